// Norway's statutes as Lovdata gives them (lovdata.no, converted to markdown by github.com/Jakobkoding2/legalize-no,
// commit e768c8e, no/<identifier>.md): verbatim excerpts, where each comes from in its comment. Norwegian statutes are
// not protected by copyright (åndsverkloven § 14). Not in the corpus: read as a user brings them.

/** Vegtrafikkloven (LOV-1965-06-18-4), lines 93–112: § 7, then § 7 a (repealed) and § 7 b, inserted after it, each letter set apart. */
export const NO_VEGTRAFIKKLOVEN_7_TO_7B = `### § 7.Særlige forbud mot trafikk.

Kongen eller den han gir fullmakt kan forby bestemte grupper av kjøretøyer. Forbudet kan begrenses til å gjelde på eller utenfor visse veger og innenfor et bestemt tidsrom. Det kan på samme måte gjelde bestemte trafikantgrupper.

Det kan treffes midlertidig vedtak om forbud mot all trafikk eller om annen regulering av trafikk på veg dersom forhold på vegen eller i dens omgivelser, arbeid på vegen eller vegens tilstand tilsier det. Slikt vedtak treffes for riksveg og fylkesveg av Statens vegvesen og for kommunal veg av kommunen.

Vegdirektoratet kan i forskrift gi nærmere bestemmelser om at transport av visse typer farlig gods kun skal være tillatt på visse veger, til visse tider eller på andre særlige vilkår.

> Endret ved lover 10 apr 1981 nr. 8 , 4 juli 1991 nr. 49 , 14 juni 2002 nr. 20 (ikr. 1 juli 2002 iflg. res. 14 juni 2002 nr. 536 ), 21 juni 2002 nr. 39 (ikr. 1 juli 2002 iflg. res. 21 juni 2002 nr. 576 ), 21 juni 2019 nr. 68 (ikr. 1 jan 2020 iflg. res. 21 juni 2019 nr. 869 ).

### § 7 a.(Opphevet)

> Tilføyd ved lov 15 juni 2001 nr. 86 (ikr. 24 okt 2011 iflg. res. 21 okt 2011 nr. 1040 ), opphevet ved lov 16 juni 2017 nr. 75 (ikr. 1 okt 2017 iflg. res. 16 juni 2017 nr. 788 ).

### § 7 b.Sykkelritt på veg som helt eller delvis er åpen for alminnelig ferdsel

Sykkelritt på veg som helt eller delvis er åpen for alminnelig ferdsel, er forbudt uten tillatelse fra Statens vegvesen. Før Statens vegvesen treffer vedtak, skal politiet uttale seg.

I vedtaket kan Statens vegvesen gi tillatelse til å fravike §§ 4 , 5 og 6, eller bestemmelser fastsatt i medhold av disse paragrafene, i den grad det er nødvendig og forsvarlig. Statens vegvesen kan også stille krav om skiltplan, trafikkregulering og bruk av private vakter.

`;

/** Vegtrafikkloven, lines 291–301: "§ 20.Utenlandsk motorvogn." and "§ 21.1Alminnelige plikter." (the title glued to the dot; "1" is a footnote's number), a footnote under § 20. */
export const NO_VEGTRAFIKKLOVEN_20_AND_21 = `### § 20.Utenlandsk motorvogn.

Departementet 1 gir bestemmelser om i hvilken utstrekning og på hvilke vilkår motorvogn eller tilhenger som er registrert eller hjemmehørende i fremmed stat kan tillates brukt her i riket.
1 Samferdselsdepartementet, som 24 aug 1990 nr. 695 har gitt Vegdirektoratet fullmakt til å gjøre unntak fra forskrift 28 mars 1967 nr. 9350 om bruk av utenlandsk motorvogn i riket for personer bosatt i Sverige som må kjøre mellom bopel og arbeidsplass i Norge.
## Kap. IV. Fører av kjøretøy m.m.

### § 21.1Alminnelige plikter.

Ingen må føre eller forsøke å føre kjøretøy når han er i en slik tilstand at han ikke kan anses skikket til å kjøre på trygg måte, hva enten dette har sin årsak i at han er påvirket av alkohol eller annet berusende eller bedøvende middel, eller i at han er syk, svekket, sliten eller trett, eller skyldes andre omstendigheter.

Departementet kan gi forskrifter om kjøre- og hviletid, om bruk av fartsskrivere, om arbeidstid og om arbeidsvilkår for førere, grupper av førere, andre arbeidstakere innenfor vegtransport og avtalepart i transportoppdrag. Departementet kan videre gi forskrifter om plikt til å registrere opplysninger som nevnt i første punktum, om ferie- og sykefravær og om lagring, nedlasting, oppbevaring, innsending og kontroll av opplysningene og om kontrollmyndighetenes tilgang til virksomheter, kjøretøy og kontrollapparater. Departementet kan også gi forskrifter om gebyr for utstedelse av fartsskriverkort.
`;

/** Finansavtaleloven (LOV-2020-12-18-146), lines 18–27: "§ 1-1.Lovens alminnelige virkeområde", "§ 1-2.Virkeområdet for kapittel 2 til 6". */
export const NO_FINANSAVTALELOVEN_1_1_AND_1_2 = `## Kapittel 1. Innledende bestemmelser

### I. Virkeområde

#### § 1-1.Lovens alminnelige virkeområde
(1) Loven gjelder finansavtaler, jf. § 1-3, med mindre noe annet er fastsatt i eller i medhold av lov. For forsikringstjenester gjelder forsikringsavtaleloven.(2) Kongen kan i forskrift gi nærmere regler om lovens virkeområde, herunder kan det gis regler som helt eller delvis unntar tjenester eller avtaler som er omfattet av loven etter § 1-2, særskilte regler for visse avtaler som er omfattet av § 1-2, og regler om at bestemmelser i loven skal gjelde for finansavtaler som er unntatt fra lovens virkeområde etter § 1-2.
#### § 1-2.Virkeområdet for kapittel 2 til 6
(1) Kapittel 2 gjelder betalingsoppgjør og pengekrav.(2) Kapittel 3 gjelder for alle finansielle tjenester og finansoppdrag, jf. § 1-3 annet og tredje ledd, med mindre noe annet følger av sjette ledd eller for øvrig er særskilt bestemt.(3) Kapittel 4 gjelder for kontoavtaler og betalingstjenester, jf. § 1-5 første og åttende ledd, med mindre noe annet følger av sjette ledd eller for øvrig er særskilt bestemt, jf. §§ 4-47 til 4-52.(4) Kapittel 5 gjelder for kredittavtaler, jf. § 1-7 første ledd, med mindre noe annet følger av sjette ledd eller for øvrig er særskilt bestemt, jf. §§ 5-22 og 5-23.(5) Kapittel 6 gjelder for kausjon, jf. § 1-7 annet ledd, med mindre noe annet følger av sjette ledd eller for øvrig er særskilt bestemt, jf. § 6-14.(6) Er kunden forbruker, gjelder reglene i kapittel 3 til 6 for alle tjenesteytere, jf. § 1-4, med mindre noe annet er særskilt bestemt. Kapittel 3 til 6 gjelder også for avtaler med en forbruker når kredittyteren eller garantisten er en kommune eller fylkeskommune. Er kunden ikke forbruker, gjelder reglene i kapittel 3 til 6 bare for tjenester som krever særskilt tillatelse eller meldeplikt etter finansforetaksloven og formidling av slike tjenester, med mindre noe annet er særskilt bestemt. Kapittel 3 til 6 gjelder ikke for tjenester som mottas av en annen tjenesteyter uten å berøre kundens rettigheter eller tjenesteyterens plikter etter denne loven.
> Endret ved lov 7 juni 2024 nr. 29 (i kraft 1 jan 2025 iflg. res. 7 juni 2024 nr. 925 ).

`;

/** Folketrygdloven (LOV-1997-02-28-19), lines 2285–2297: "§ 11 A-1.Formål", "§ 11 A-1 a.Forholdet …", "§ 11 A-2.Alder": sections of chapter 11 A, inserted after chapter 11. */
export const NO_FOLKETRYGDLOVEN_11A = `#### § 11 A-1.Formål

Formålet med tilleggsstønader er å kompensere for bestemte utgifter som et medlem har i forbindelse med gjennomføringen av et arbeidsrettet tiltak.

> Tilføyd ved lov 16 juni 2017 nr. 43 (ikr. 1 jan 2018).

#### § 11 A-1 a.Forholdet til bestemmelser om internasjonal trygdekoordinering

Tilleggsstønader etter dette kapitlet er ytelser ved sykdom etter trygdeforordningen. Bestemmelsene i dette kapitlet skal fravikes i den utstrekning det er nødvendig av hensyn til relevante bestemmelser i EØS-avtalens hoveddel, trygdeforordningen, gjennomføringsforordningen og bi- og multilaterale trygdeavtaler, se §§ 1-3 a og 1-3 b .

> Tilføyd ved lov 25 nov 2022 nr. 86 (i kraft 25 nov 2022 iflg. res. 25 nov 2022 nr. 2013 ).

#### § 11 A-2.Alder
`;

/** Lov om internasjonale sikkerhetsretter i mobilt løsøre (LOV-2010-11-12-58): the Cape Town Convention in English as Lovdata gives it, its paragraph numbers and item letters lost. Lines 52–62: article 2, "subparagraph (a), (b) or (c) of that paragraph" (paragraph 2, whose items run on after a colon, separated by semicolons). */
export const NO_CAPE_TOWN_ARTICLE_2 = `#### Art 2.The international interest

This Convention provides for the constitution and effects of an international interest in certain categories of mobile equipment and associated rights.

For the purposes of this Convention, an international interest in mobile equipment is an interest, constituted under Article 7, in a uniquely identifiable object of a category of such objects listed in paragraph 3 and designated in the Protocol: granted by the chargor under a security agreement; vested in a person who is the conditional seller under a title reservation agreement; or vested in a person who is the lessor under a leasing agreement.

An interest falling within sub-paragraph (a) does not also fall within sub-paragraph (b) or (c).

The categories referred to in the preceding paragraphs are: airframes, aircraft engines and helicopters; railway rolling stock; and space assets.

The applicable law determines whether an interest to which paragraph 2 applies falls within subparagraph (a), (b) or (c) of that paragraph.
`;

/** The same, lines 102–114: article 8, "the acts referred to in the preceding paragraph" in its second paragraph. */
export const NO_CAPE_TOWN_ARTICLE_8 = `#### Art 8.Remedies of charge

In the event of default as provided in Article 11, the chargee may, to the extent that the chargor has at any time so agreed and subject to any declaration that may be made by a Contracting State under Article 54, exercise any one or more of the following remedies: take possession or control of any object charged to it; sell or grant a lease of any such object; collect or receive any income or profits arising from the management or use of any such object.

The chargee may alternatively apply for a court order authorising or directing any of the acts referred to in the preceding paragraph.

Any remedy set out in sub-paragraph (a), (b) or (c) of paragraph 1 or by Article 13 shall be exercised in a commercially reasonable manner. A remedy shall be deemed to be exercised in a commercially reasonable manner where it is exercised in conformity with a provision of the security agreement except where such a provision is manifestly unreasonable.

A chargee proposing to sell or grant a lease of an object under paragraph 1 shall give reasonable prior notice in writing of the proposed sale or lease to: interested persons specified in Article 1(m)(i) and (ii); and interested persons specified in Article 1(m)(iii) who have given notice of their rights to the chargee within a reasonable time prior to the sale or lease.

Any sum collected or received by the chargee as a result of exercise of any of the remedies set out in paragraph 1 or 2 shall be applied towards discharge of the amount of the secured obligations.

Where the sums collected or received by the chargee as a result of the exercise of any remedy set out in paragraph 1 or 2 exceed the amount secured by the security interest and any reasonable costs incurred in the exercise of any such remedy, then unless otherwise ordered by the court the chargee shall distribute the surplus among holders of subsequently ranking interests which have been registered or of which the chargee has been given notice, in order of priority, and pay any remaining balance to the chargor.
`;

/** The same, the Aircraft Protocol: line 1100 (its preamble: "(hereinafter referred to as «the Convention»)"), line 1114 (its definitions, «aircraft» among them), lines 1116–1118 (article II, a paragraph after its heading: "The Convention shall apply …") and 1318–1320 (article XXIII: "… the Convention on the International Recognition of Rights in Aircraft …"). */
export const NO_AIRCRAFT_PROTOCOL_EXCERPTS = `CONSIDERING it necessary to implement the Convention on International Interests in Mobile Equipment (hereinafter referred to as «the Convention») as it relates to aircraft equipment, in the light of the purposes set out in the preamble to the Convention,

In this Protocol the following terms are employed with the meanings set out below: «aircraft» means aircraft as defined for the purposes of the Chicago Convention which are either airframes with aircraft engines installed thereon or helicopters; «aircraft engines» means aircraft engines (other than those used in military, customs or police services) powered by jet propulsion or turbine or piston technology and: in the case of jet propulsion aircraft engines, have at least 1750 lb of thrust or its equivalent; and in the case of turbine-powered or piston-powered aircraft engines, have at least 550 rated take-off shaft horsepower or its equivalent, together with all modules and other installed, incorporated or attached accessories, parts and equipment and all data, manuals and records relating thereto; «aircraft objects» means airframes, aircraft engines and helicopters; «aircraft register» means a register maintained by a State or a common mark registering authority for the purposes of the Chicago Convention; «airframes» means airframes (other than those used in military, customs or police services) that, when appropriate aircraft engines are installed thereon, are type certified by the competent aviation authority to transport: at least eight (8) persons including crew; or goods in excess of 2750 kilograms, together with all installed, incorporated or attached accessories, parts and equipment (other than aircraft engines), and all data, manuals and records relating thereto; «authorised party» means the party referred to in Article XIII(3); «Chicago Convention» means the Convention on International Civil Aviation , signed at Chicago on 7 December 1944, as amended, and its Annexes; «common mark registering authority» means the authority maintaining a register in accordance with Article 77 of the Chicago Convention as implemented by the Resolution adopted on 14 December 1967 by the Council of the International Civil Aviation Organization on nationality and registration of aircraft operated by international operating agencies; «de-registration of the aircraft» means deletion or removal of the registration of the aircraft from its aircraft register in accordance with the Chicago Convention; «guarantee contract» means a contract entered into by a person as guarantor; «guarantor» means a person who, for the purpose of assuring performance of any obligations in favour of a creditor secured by a security agreement or under an agreement, gives or issues a suretyship or demand guarantee or a standby letter of credit or any other form of credit insurance; «helicopters» means heavier-than-air machines (other than those used in military, customs or police services) supported in flight chiefly by the reactions of the air on one or more power-driven rotors on substantially vertical axes and which are type certified by the competent aviation authority to transport: at least five (5) persons including crew; or goods in excess of 450 kilograms, together with all installed, incorporated or attached accessories, parts and equipment (including rotors), and all data, manuals and records relating thereto; «insolvency-related event» means: the commencement of the insolvency proceedings; or the declared intention to suspend or actual suspension of payments by the debtor where the creditor's right to institute insolvency proceedings against the debtor or to exercise remedies under the Convention is prevented or suspended by law or State action; «primary insolvency jurisdiction» means the Contracting State in which the centre of the debtor's main interests is situated, which for this purpose shall be deemed to be the place of the debtor's statutory seat or, if there is none, the place where the debtor is incorporated or formed, unless proved otherwise; «registry authority» means the national authority or the common mark registering authority, maintaining an aircraft register in a Contracting State and responsible for the registration and de-registration of an aircraft in accordance with the Chicago Convention; and «State of registry» means, in respect of an aircraft, the State on the national register of which an aircraft is entered or the State of location of the common mark registering authority maintaining the aircraft register.

#### Art II.Application of Convention as regards aircraft objects

The Convention shall apply in relation to aircraft objects as provided by the terms of this Protocol.

#### Art XXIII.Relationship with the Convention on the International Recognition of Rights in Aircraft

The Convention shall, for a Contracting State that is a party to the Convention on the International Recognition of Rights in Aircraft, signed at Geneva on 19 June 1948, supersede that Convention as it relates to aircraft, as defined in this Protocol, and to aircraft objects. However, with respect to rights or interests not covered or affected by the present Convention, the Geneva Convention shall not be superseded.
`;
