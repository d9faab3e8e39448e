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
