// German federal laws as github.com/bundestag/gesetze converts them (commit 77abca2c), verbatim excerpts: where each
// comes from is in its comment. Not in the corpus: read as a user brings them.

/** Strafgesetzbuch: the opening of the "Allgemeiner Teil" (§§ 1–2 heading) and of the "Besonderer Teil" (§§ 80, 80a), each with its own "Erster Abschnitt" and "Erster Titel" (bundestag/gesetze s/stgb/index.md, lines 55–71 and 4037–4062). */
export const DE_STGB_TWO_PARTS = `## Allgemeiner Teil - 



### Erster Abschnitt - Das Strafgesetz



#### Erster Titel - Geltungsbereich



##### § 1 Keine Strafe ohne Gesetz

Eine Tat kann nur bestraft werden, wenn die Strafbarkeit gesetzlich
bestimmt war, bevor die Tat begangen wurde.


## Besonderer Teil - 



### Erster Abschnitt - Friedensverrat, Hochverrat und Gefährdung des demokratischen Rechtsstaates



#### Erster Titel - Friedensverrat



##### § 80 (weggefallen)



##### § 80a Aufstacheln zum Verbrechen der Aggression

Wer im räumlichen Geltungsbereich dieses Gesetzes öffentlich, in einer
Versammlung oder durch Verbreiten eines Inhalts (§ 11 Absatz 3) zum
Verbrechen der Aggression (§ 13 des Völkerstrafgesetzbuches)
aufstachelt, wird mit Freiheitsstrafe von drei Monaten bis zu fünf
Jahren bestraft.
`;

/** Strafprozessordnung: § 111 (its heading and first paragraph), § 111l (1)–(2), § 111n and § 111o, lettered sections inserted after § 111 (s/stpo/index.md, lines 4724–4738, 5015–5024, 5062–5088). */
export const DE_STPO_SECTIONS_111_TO_111O = `#### § 111 Errichtung von Kontrollstellen an öffentlich zugänglichen Orten

(1) Begründen bestimmte Tatsachen den Verdacht, daß eine Straftat nach
§ 89a oder § 89c Absatz 1 bis 4 des Strafgesetzbuchs oder nach § 129a,
auch in Verbindung mit § 129b Abs. 1, des Strafgesetzbuches, eine der
in dieser Vorschrift bezeichneten Straftaten oder eine Straftat nach §
250 Abs. 1 Nr. 1 des Strafgesetzbuches begangen worden ist, so können
auf öffentlichen Straßen und Plätzen und an anderen öffentlich
zugänglichen Orten Kontrollstellen eingerichtet werden, wenn Tatsachen
die Annahme rechtfertigen, daß diese Maßnahme zur Ergreifung des
Täters oder zur Sicherstellung von Beweismitteln führen kann, die der
Aufklärung der Straftat dienen können. An einer Kontrollstelle ist
jedermann verpflichtet, seine Identität feststellen und sich sowie
mitgeführte Sachen durchsuchen zu lassen.


#### § 111l Mitteilungen

(1) Die Staatsanwaltschaft teilt die Vollziehung der Beschlagnahme
oder des Vermögensarrests demjenigen mit, dem ein Anspruch auf
Rückgewähr des Erlangten oder auf Ersatz des Wertes des Erlangten aus
der Tat erwachsen ist.

(2) In den Fällen der Beschlagnahme einer beweglichen Sache ist die
Mitteilung mit dem Hinweis auf den Regelungsgehalt des Verfahrens über
die Herausgabe nach den §§ 111n und 111o zu verbinden.


#### § 111n Herausgabe beweglicher Sachen

(1) Wird eine bewegliche Sache, die nach § 94 beschlagnahmt oder auf
andere Weise sichergestellt oder nach § 111c Absatz 1 beschlagnahmt
worden ist, für Zwecke des Strafverfahrens nicht mehr benötigt, so
wird sie an den letzten Gewahrsamsinhaber herausgegeben.

(2) Abweichend von Absatz 1 wird die Sache an denjenigen
herausgegeben, dem sie durch die Straftat unmittelbar entzogen worden
ist, wenn dieser bekannt ist.

(3) Steht der Herausgabe nach Absatz 1 oder Absatz 2 der Anspruch
eines Dritten entgegen, wird die Sache an den Dritten herausgegeben,
wenn dieser bekannt ist.

(4) Die Herausgabe erfolgt nur, wenn ihre Voraussetzungen offenkundig
sind.


#### § 111o Verfahren bei der Herausgabe

(1) Über die Herausgabe entscheidet im vorbereitenden Verfahren und
nach rechtskräftigem Abschluss des Verfahrens die Staatsanwaltschaft,
im Übrigen das mit der Sache befasste Gericht.

(2) Gegen die Verfügung der Staatsanwaltschaft können die Betroffenen
die Entscheidung des nach § 162 zuständigen Gerichts beantragen.
`;

/** Grundgesetz: article 125b (1) (g/gg/index.md, lines 3685–3697), which two excerpts below hold. */
const DE_GG_ART_125B_1 = `### Art 125b

(1) Recht, das auf Grund des Artikels 75 in der bis zum 1. September
2006 geltenden Fassung erlassen worden ist und das auch nach diesem
Zeitpunkt als Bundesrecht erlassen werden könnte, gilt als Bundesrecht
fort. Befugnisse und Verpflichtungen der Länder zur Gesetzgebung
bleiben insoweit bestehen. Auf den in Artikel 72 Abs. 3 Satz 1
genannten Gebieten können die Länder von diesem Recht abweichende
Regelungen treffen, auf den Gebieten des Artikels 72 Abs. 3 Satz 1 Nr.
2, 5 und 6 jedoch erst, wenn und soweit der Bund ab dem 1. September
2006 von seiner Gesetzgebungszuständigkeit Gebrauch gemacht hat, in
den Fällen der Nummern 2 und 5 spätestens ab dem 1. Januar 2010, im
Falle der Nummer 6 spätestens ab dem 1. August 2008.
`;

/** Grundgesetz: the heading that repeals articles 74a and 75 at once, article 76 (1), and articles 125a and 125b (1), which cite them (g/gg/index.md, lines 1739–1746 and 3664–3697). */
export const DE_GG_ARTS_74A_75_REPEALED = `### (XXXX) Art 74a und 75 (weggefallen)



### Art 76

(1) Gesetzesvorlagen werden beim Bundestage durch die Bundesregierung,
aus der Mitte des Bundestages oder durch den Bundesrat eingebracht.


### Art 125a

(1) Recht, das als Bundesrecht erlassen worden ist, aber wegen der
Änderung des Artikels 74 Abs. 1, der Einfügung des Artikels 84 Abs. 1
Satz 7, des Artikels 85 Abs. 1 Satz 2 oder des Artikels 105 Abs. 2a
Satz 2 oder wegen der Aufhebung der Artikel 74a, 75 oder 98 Abs. 3
Satz 2 nicht mehr als Bundesrecht erlassen werden könnte, gilt als
Bundesrecht fort. Es kann durch Landesrecht ersetzt werden.

(2) Recht, das auf Grund des Artikels 72 Abs. 2 in der bis zum 15.
November 1994 geltenden Fassung erlassen worden ist, aber wegen
Änderung des Artikels 72 Abs. 2 nicht mehr als Bundesrecht erlassen
werden könnte, gilt als Bundesrecht fort. Durch Bundesgesetz kann
bestimmt werden, dass es durch Landesrecht ersetzt werden kann.

(3) Recht, das als Landesrecht erlassen worden ist, aber wegen
Änderung des Artikels 73 nicht mehr als Landesrecht erlassen werden
könnte, gilt als Landesrecht fort. Es kann durch Bundesrecht ersetzt
werden.


${DE_GG_ART_125B_1}`;

/** Grundgesetz: article 125b (1), articles 145 and 146, and the annex that reproduces articles 3–7 of the Unification Treaty (g/gg/index.md, lines 3685–3697 and 4234–4310). */
export const DE_GG_ART_125B_AND_ANNEX_EV = `${DE_GG_ART_125B_1}

### Art 145

(1) Der Parlamentarische Rat stellt in öffentlicher Sitzung unter
Mitwirkung der Abgeordneten Groß-Berlins die Annahme dieses
Grundgesetzes fest, fertigt es aus und verkündet es.

(2) Dieses Grundgesetz tritt mit Ablauf des Tages der Verkündung in
Kraft.

(3) Es ist im Bundesgesetzblatte zu veröffentlichen.


### Art 146

Dieses Grundgesetz, das nach Vollendung der Einheit und Freiheit
Deutschlands für das gesamte deutsche Volk gilt, verliert seine
Gültigkeit an dem Tage, an dem eine Verfassung in Kraft tritt, die von
dem deutschen Volke in freier Entscheidung beschlossen worden ist.


### Anhang EV

- EinigVtr v. 31.8.1990 II 889, 890 - 892, -
sieht folgende Maßgaben vor:
Artikel 3
Inkrafttreten des Grundgesetzes
Mit dem Wirksamwerden des Beitritts tritt das Grundgesetz für die
Bundesrepublik Deutschland in der im Bundesgesetzblatt Teil III,
Gliederungsnummer 100-1, veröffentlichten bereinigten Fassung, zuletzt
geändert durch Gesetz vom 21. Dezember 1983 (BGBl. I S. 1481), in den
Ländern Brandenburg, Mecklenburg-Vorpommern, Sachsen, Sachsen-Anhalt
und Thüringen sowie in dem Teil des Landes Berlin, in dem es bisher
nicht galt, mit den sich aus Artikel 4 ergebenden Änderungen in Kraft,
soweit in diesem Vertrag nichts anderes bestimmt ist.
Artikel 4
Beitrittsbedingte Änderungen des Grundgesetzes
... (betroffen: Präambel, Art. 23, 51, 135a, 143, 146)
Artikel 5
Künftige Verfassungsänderungen
Die Regierungen der beiden Vertragsparteien empfehlen den
gesetzgebenden Körperschaften des vereinten Deutschlands, sich
innerhalb von zwei Jahren mit den im Zusammenhang mit der deutschen
Einigung aufgeworfenen Fragen zur Änderung oder Ergänzung des
Grundgesetzes zu befassen, insbesondere

-   in bezug auf das Verhältnis zwischen Bund und Ländern entsprechend dem
    Gemeinsamen Beschluß der Ministerpräsidenten vom 5. Juli 1990,


-   in bezug auf die Möglichkeit einer Neugliederung für den Raum
    Berlin/Brandenburg abweichend von den Vorschriften des Artikels 29 des
    Grundgesetzes durch Vereinbarung der beteiligten Länder,


-   mit den Überlegungen zur Aufnahme von Staatszielbestimmungen in das
    Grundgesetz sowie


-   mit der Frage der Anwendung des Artikels 146 des Grundgesetzes und in
    deren Rahmen einer Volksabstimmung.



Artikel 6
Ausnahmebestimmung
Artikel 131 des Grundgesetzes wird in dem in Artikel 3 genannten
Gebiet vorerst nicht in Kraft gesetzt.
Artikel 7
Finanzverfassung
(1) Die Finanzverfassung der Bundesrepublik Deutschland wird auf das
in Artikel 3 genannte Gebiet erstreckt, soweit in diesem Vertrag
nichts anderes bestimmt ist.

(2) Für die Verteilung des Steueraufkommens auf den Bund sowie auf die
Länder und Gemeinden (Gemeindeverbände) in dem in Artikel 3 genannten
Gebiet gelten die Bestimmungen des Artikels 106 des Grundgesetzes mit
der Maßgabe, daß
`;

/** Gerichtsverfassungsgesetz: § 1 and the heading that repeals §§ 2 to 9 at once (g/gvg/index.md, lines 29–40). */
export const DE_GVG_SECTIONS_2_TO_9_REPEALED = `


### § 1

Die richterliche Gewalt wird durch unabhängige, nur dem Gesetz
unterworfene Gerichte ausgeübt.


### (XXXX) §§ 2 bis 9 (weggefallen)



### § 10
`;

/** Grundgesetz: article 20 (four paragraphs), the heading and first paragraph of articles 33, 38, 101, 103 and 104, and article 93 (1)'s lead-in and item 4a, "in Artikel 20 Abs. 4, 33, 38, 101, 103 und 104 enthaltenen Rechte" (g/gg/index.md, lines 500–516, 809, 899, 2388–2424, 2615, 2629, 2640, each heading with its first paragraph). */
export const DE_GG_ART_93_RIGHTS = `### Art 20

(1) Die Bundesrepublik Deutschland ist ein demokratischer und sozialer
Bundesstaat.

(2) Alle Staatsgewalt geht vom Volke aus. Sie wird vom Volke in Wahlen
und Abstimmungen und durch besondere Organe der Gesetzgebung, der
vollziehenden Gewalt und der Rechtsprechung ausgeübt.

(3) Die Gesetzgebung ist an die verfassungsmäßige Ordnung, die
vollziehende Gewalt und die Rechtsprechung sind an Gesetz und Recht
gebunden.

(4) Gegen jeden, der es unternimmt, diese Ordnung zu beseitigen, haben
alle Deutschen das Recht zum Widerstand, wenn andere Abhilfe nicht
möglich ist.


### Art 33

(1) Jeder Deutsche hat in jedem Lande die gleichen staatsbürgerlichen
Rechte und Pflichten.


### Art 38

(1) Die Abgeordneten des Deutschen Bundestages werden in allgemeiner,
unmittelbarer, freier, gleicher und geheimer Wahl gewählt. Sie sind
Vertreter des ganzen Volkes, an Aufträge und Weisungen nicht gebunden
und nur ihrem Gewissen unterworfen.


### Art 93

(1) Das Bundesverfassungsgericht entscheidet:

4a. über Verfassungsbeschwerden, die von jedermann mit der Behauptung
    erhoben werden können, durch die öffentliche Gewalt in einem seiner
    Grundrechte oder in einem seiner in Artikel 20 Abs. 4, 33, 38, 101,
    103 und 104 enthaltenen Rechte verletzt zu sein;


### Art 101

(1) Ausnahmegerichte sind unzulässig. Niemand darf seinem gesetzlichen
Richter entzogen werden.


### Art 103

(1) Vor Gericht hat jedermann Anspruch auf rechtliches Gehör.


### Art 104

(1) Die Freiheit der Person kann nur auf Grund eines förmlichen
Gesetzes und nur unter Beachtung der darin vorgeschriebenen Formen
beschränkt werden. Festgehaltene Personen dürfen weder seelisch noch
körperlich mißhandelt werden.
`;

/** Swiss Patentgesetz (PatG) as legalize-dev/legalize-ch converts Fedlex's PDF (commit 8ab8bcf9, ch/cc-1955-871_893_899.md, lines 35–60): "#### 1. Abschnitt: …", "##### **Art. 1**", then articles whose headings the converter left as paragraphs, a footnote's superscript before them ("<sup>9</sup> Art. 1 a"), and margin notes run into the text. */
export const CH_PATG_ARTS_1_TO_2 = `#### 1. Abschnitt: Voraussetzungen und Wirkung des Patentes

##### **Art. 1**

<sup>1</sup> Für neue gewerblich anwendbare Erfindungen werden Erfindungs- A. Patentierbare Erfindungen patente erteilt. I. Grundsatz 6

<sup>2</sup> Was sich in nahe liegender Weise aus dem Stand der Technik (Art. 7

<sup>7</sup> Abs. 2) ergibt, ist keine patentierbare Erfindung.

<sup>3</sup> <sup>8</sup> Die Patente werden ohne Gewährleistung des Staates erteilt.

<sup>9</sup> Art. 1 a

<sup>1</sup> Der menschliche Körper als solcher in allen Phasen seiner Entste- II. Der menschliche Körper hung und Entwicklung, einschliesslich des Embryos, ist nicht patenund seine Bestandteile tierbar.

<sup>2</sup> Bestandteile des menschlichen Körpers in ihrer natürlichen Umgebung sind nicht patentierbar. Ein Bestandteil des menschlichen Körpers ist jedoch als Erfindung patentierbar, wenn er technisch bereitgestellt wird, ein technischer Nutzeffekt angegeben wird und die weiteren Voraussetzungen von Artikel 1 erfüllt sind; Artikel 2 bleibt vorbehalten.

<sup>10</sup> Art. 1 b

<sup>1</sup> Eine natürlich vorkommende Sequenz oder Teilsequenz eines Gens III. Gensequenzen ist als solche nicht patentierbar.

<sup>2</sup> Sequenzen, die sich von einer natürlich vorkommenden Sequenz oder Teilsequenz eines Gens ableiten, sind jedoch als Erfindung patentierbar, wenn sie technisch bereitgestellt werden, ihre Funktion konkret angegeben wird und die weiteren Voraussetzungen von Artikel 1 erfüllt sind; Artikel 2 bleibt vorbehalten.

<sup>11</sup> Art. 2
`;

/** Swiss SchKG as legalize-ch gives it (ch/cc-11-529_488_529.md, lines 555–588): "##### **Art. 68**" and, after articles 68a–68d left as text, "##### **Art. 68** e", the letter set after the bold. */
export const CH_SCHKG_ART_68_TO_68E = `##### **Art. 68**

<sup>1</sup> Der Schuldner trägt die Betreibungskosten. Dieselben sind vom B. Betreibungskosten Gläubiger vorzuschiessen. Wenn der Vorschuss nicht geleistet ist, kann das Betreibungsamt unter Anzeige an den Gläubiger die Betreibungshandlung einstweilen unterlassen.

<sup>2</sup> Der Gläubiger ist berechtigt, von den Zahlungen des Schuldners die Betreibungskosten vorab zu erheben. VI. Betreibung eines in Gütergemeinschaft lebenden Ehegatten <sup>126</sup> 127 Art. 68 a

<sup>1</sup> Wird ein in Gütergemeinschaft lebender Ehegatte betrieben, so sind A. Zustellung der Betreibungsder Zahlungsbefehl und alle übrigen Betreibungsurkunden auch dem urkunden. Rechtsvorschlag andern Ehegatten zuzustellen; das Betreibungsamt holt diese Zustellung unverzüglich nach, wenn erst im Laufe des Verfahrens geltend gemacht wird, dass der Schuldner der Gütergemeinschaft untersteht.

<sup>2</sup> Jeder Ehegatte kann Rechtsvorschlag erheben.

<sup>3</sup> <sup>128</sup> … 129 Art. 68 b

<sup>1</sup> Jeder Ehegatte kann im Widerspruchsverfahren (Art. 106–109) gel- B. Besondere Bestimmungen tend machen, dass ein gepfändeter Wert zum Eigengut des Ehegatten des Schuldners gehört.

<sup>2</sup> Beschränkt sich die Betreibung neben dem Eigengut auf den Anteil des Schuldners am Gesamtgut, so kann sich überdies jeder Ehegatte im Widerspruchsverfahren (Art. 106–109) der Pfändung von Gegenständen des Gesamtgutes widersetzen.

<sup>3</sup> Wird die Betreibung auf Befriedigung aus dem Eigengut und dem Anteil am Gesamtgut fortgesetzt, so richten sich die Pfändung und die Verwertung des Anteils am Gesamtgut nach Artikel 132; vorbehalten bleibt eine Pfändung des künftigen Erwerbseinkommens des betriebe- 130 nen Ehegatten (Art. 93).

<sup>4</sup> Der Anteil eines Ehegatten am Gesamtgut kann nicht versteigert werden.

<sup>5</sup> Die Aufsichtsbehörde kann beim Richter die Anordnung der Gütertrennung verlangen. VII. Betreibung bei gesetzlicher Vertretung oder <sup>131</sup> Beistandschaft 132 Art. 68 c

<sup>1</sup> Ist der Schuldner minderjährig, so werden die Betreibungsurkunden 1. Minderjähriger Schuldner dem gesetzlichen Vertreter zugestellt. Im Fall einer Beistandschaft 133 nach Artikel 325 ZGB erhalten der Beistand und die Inhaber der elterlichen Sorge die Betreibungsurkunden, sofern die Ernennung des Beistands dem Betreibungsamt mitgeteilt worden ist.

<sup>2</sup> Stammt die Forderung jedoch aus einem bewilligten Geschäftsbetrieb oder steht sie im Zusammenhang mit der Verwaltung des Arbeitsverdienstes oder des freien Vermögens durch eine minderjährige Person (Art. 321 Abs. 2, 323 Abs. 1 und 327 b ZGB), so werden die Betreibungsurkunden dem Schuldner und dem gesetzlichen Vertreter zugestellt. 134 Art. 68 d

<sup>1</sup> Ist ein Beistand oder eine vorsorgebeauftragte Person für die Ver- 2. Volljähriger Schuldner unter mögensverwaltung des volljährigen Schuldners zuständig und hat die einer Massnahme des Erwach- Erwachsenenschutzbehörde dies dem Betreibungsamt mitgeteilt, so senenschutzes werden die Betreibungsurkunden dem Beistand oder der vorsorgebeauftragten Person zugestellt.

<sup>2</sup> Ist die Handlungsfähigkeit des Schuldners nicht eingeschränkt, so werden die Betreibungsurkunden auch diesem zugestellt.

##### **Art. 68** e

Haftet der Schuldner nur mit dem freien Vermögen, so kann im Wi- 3. Haftungsbeschränkung derspruchsverfahren (Art. 106–109) geltend gemacht werden, ein gepfändeter Wert gehöre nicht dazu. VIII. Zahlungsbefehl und Rechtsvorschlag <sup>135</sup>
`;

/** SchKG (ch/cc-11-529_488_529.md, lines 433–437): article 50, its paragraphs set as superscripts. */
export const CH_SCHKG_ART_50 = `##### **Art. 50**

<sup>1</sup> Im Auslande wohnende Schuldner, welche in der Schweiz eine 3. Betreibungsort des im Ausland Geschäftsniederlassung besitzen, können für die auf Rechnung der wohnenden Schuldners letztern eingegangenen Verbindlichkeiten am Sitze derselben betrieben werden.

<sup>2</sup> Im Auslande wohnende Schuldner, welche in der Schweiz zur Erfüllung einer Verbindlichkeit ein Spezialdomizil gewählt haben, können für diese Verbindlichkeit am Orte desselben betrieben werden.
`;

/** IPRG (ch/cc-1988-1776_1776_1776.md, line 1529): "nach Artikel 50 Absatz 1 SchKG … nach Artikel 250 SchKG", another law cited by its abbreviation. */
export const CH_IPRG_ART_170_PARA_3 = `<sup>3</sup> Ist ein Verfahren nach Artikel 50 Absatz 1 SchKG bereits eröffnet und die Frist nach Artikel 250 SchKG nicht abgelaufen, so wird dieses Verfahren nach der Anerkennung des ausländischen Konkursdekrets eingestellt. Bereits angemeldete Forderungen werden nach Massgabe von Artikel 172 in den Kollokationsplan des Hilfskonkursverfahrens aufgenommen. Die aufgelaufenen Verfahrenskosten werden dem Hilfskonkursverfahren zugeschlagen.
`;

/** SchKG (line 359): "(Art. 554 OR); 3. als …", the Code of Obligations cited by its abbreviation, inside brackets. */
export const CH_SCHKG_LINE_359 = `<sup>64</sup> ); 1. als Inhaber einer Einzelfirma (Art. 934 und 935 OR 2. als Mitglied einer Kollektivgesellschaft (Art. 554 OR); 3. als unbeschränkt haftendes Mitglied einer Kommanditgesellschaft (Art. 596 OR); 4. als Mitglied der Verwaltung einer Kommanditaktiengesellschaft (Art. 765 OR);
`;

/** SchKG (ch/cc-11-529_488_529.md, line 741): a footnote, "Art. 122 Abs. 1 der BV vom 18. April 1999", the Federal Constitution by its abbreviation. */
export const CH_SCHKG_FOOTNOTE_2 = `[^2]: [BS 1 3]. Der genannten Bestimmung entspricht heute Art. 122 Abs. 1 der BV vom 18. April 1999 (SR 101 ).
`;

// Austrian federal laws as github.com/clairexen/LawAT converts RIS (commit b9d25e5, RisEx), verbatim excerpts.

/** Allgemeines Verwaltungsverfahrensgesetz (files/BG.AVG.md): the opening of its table of contents (lines 17–35), of "I. Teil" (159–170) and of "II. Teil", whose divisions are numbered from 1 again (622–632). */
export const AT_AVG_CONTENTS_AND_TWO_PARTS = `## Inhaltsverzeichnis

**I. Teil: Allgemeine Bestimmungen**  
**1. Abschnitt: Behörden**  
* [§ 1 AVG — Zuständigkeit](#-1-avg--zuständigkeit)  
* [§ 2 AVG](#-2-avg)  
* [§ 3 AVG](#-3-avg)  
* [§ 4 AVG](#-4-avg)  
* [§ 5 AVG](#-5-avg)  
* [§ 6 AVG](#-6-avg)  
* [§ 7 AVG — Befangenheit von Verwaltungsorganen](#-7-avg--befangenheit-von-verwaltungsorganen)

**2. Abschnitt: Beteiligte und deren Vertreter**  
* [§ 8 AVG — Beteiligte; Parteien](#-8-avg--beteiligte-parteien)  
* [§ 9 AVG — Rechts- und Handlungsfähigkeit](#-9-avg--rechts--und-handlungsfähigkeit)  
* [§ 10 AVG — Vertreter](#-10-avg--vertreter)  
* [§ 11 AVG](#-11-avg)  
* [§ 12 AVG](#-12-avg)


## I. Teil: Allgemeine Bestimmungen

## 1. Abschnitt: Behörden

### § 1 AVG — Zuständigkeit

> Die sachliche und örtliche Zuständigkeit der Behörden richtet sich nach den Vorschriften über ihren Wirkungsbereich und nach den Verwaltungsvorschriften\.

\[ [🔗 Permalink](https://github.com/clairexen/LawAT/blob/main/files/BG.AVG.md#-1-avg--zuständigkeit) | [📜 RIS-Paragraphenansicht](http://www.ris.bka.gv.at/NormDokument.wxe?Abfrage=Bundesnormen&Gesetzesnummer=10005768&Paragraf=1) | [📖 RIS-Gesamtansicht](https://ris.bka.gv.at/GeltendeFassung.wxe?Abfrage=Bundesnormen&Gesetzesnummer=10005768#MainContent_DocumentRepeater_BundesnormenCompleteNormDocumentData_1_TextContainer_1) | [🤖 KI-freundliche Fassung](https://github.com/clairexen/LawAT/blob/main/files/BG.AVG.001.md#-1-avg--zuständigkeit) \]

----


## II. Teil: Ermittlungsverfahren

## 1. Abschnitt: Zweck und Gang des Ermittlungsverfahrens

### § 37 AVG — Allgemeine Grundsätze

> Zweck des Ermittlungsverfahrens ist, den für die Erledigung einer Verwaltungssache maßgebenden Sachverhalt festzustellen und den Parteien Gelegenheit zur Geltendmachung ihrer Rechte und rechtlichen Interessen zu geben\. Nach einer Antragsänderung \(§ 13 Abs\. 8\) hat die Behörde das Ermittlungsverfahren insoweit zu ergänzen, als dies im Hinblick auf seinen Zweck notwendig ist\.
>
> *\(Beachte: \[CELEX\-Nr\.: 32021L1883\]\)*

\[ [🔗 Permalink](https://github.com/clairexen/LawAT/blob/main/files/BG.AVG.md#-37-avg--allgemeine-grundsätze) | [📜 RIS-Paragraphenansicht](http://www.ris.bka.gv.at/NormDokument.wxe?Abfrage=Bundesnormen&Gesetzesnummer=10005768&Paragraf=37) | [📖 RIS-Gesamtansicht](https://ris.bka.gv.at/GeltendeFassung.wxe?Abfrage=Bundesnormen&Gesetzesnummer=10005768#MainContent_DocumentRepeater_BundesnormenCompleteNormDocumentData_40_TextContainer_40) | [🤖 KI-freundliche Fassung](https://github.com/clairexen/LawAT/blob/main/files/BG.AVG.002.md#-37-avg--allgemeine-grundsätze) \]`;

/** Datenschutzgesetz (files/BG.DSG.md): "### Art. 2 § 9 DSG — …" with "Die §§ 12 und 13 dieses Bundesgesetzes …" (lines 323–329), and the headings of §§ 12 and 13 with their first paragraph (399–401, 437–439). */
export const AT_DSG_SECTIONS_IN_ARTICLE_2 = `### Art. 2 § 9 DSG — Freiheit der Meinungsäußerung und Informationsfreiheit

> \`(1)\` Für die Verarbeitung personenbezogener Daten durch Medieninhaber, Herausgeber, Medienmitarbeiter und Arbeitnehmer eines Medienunternehmens oder Mediendienstes im Sinne des Mediengesetzes – MedienG, BGBl\\. Nr\\. 314/1981, sowie durch sonstige Personen, die in einem Medienunternehmen oder Mediendienst auf Grundlage eines Vertrages an der inhaltlichen Gestaltung eines Mediums oder der inhaltlichen Gestaltung der Mitteilungen eines Mediendienstes journalistisch mitwirken, zu journalistischen Zwecken des Medienunternehmens oder Mediendienstes gelten die Bestimmungen der DSGVO sowie dieses Bundesgesetzes mit folgenden Maßgaben:
>
>> \`1.\` Der Verantwortliche ist gegenüber der betroffenen Person nicht zur Offenlegung von Informationen verpflichtet, die dem Schutz des Redaktionsgeheimnisses \\(§ 31 MedienG\\) unterliegen \\(datenschutzrechtliches Redaktionsgeheimnis\\); § 31 Abs\\. 2 MedienG ist anzuwenden\\. In Verfahren vor Gerichten und Behörden, die Angelegenheiten des Datenschutzes zum Gegenstand haben, gilt § 31 MedienG mit der Maßgabe, dass der Verantwortliche die Beantwortung von Fragen im Sinne des § 31 Abs\\. 1 MedienG nicht nur als Zeuge, sondern auch als sonst Verfahrensbeteiligter verweigern darf\\. § 321 Abs\\. 1 der Zivilprozessordnung – ZPO, RGBl\\. Nr\\. 113/1895, ist sinngemäß anzuwenden\\. Die Datenschutzbehörde hat bei Ausübung ihrer Befugnisse den Schutz des Redaktionsgeheimnisses zu beachten\\.
>
>> \`2.\` Der Verantwortliche ist berechtigt, personenbezogene Daten einschließlich der in Art\\. 9 Abs\\. 1 DSGVO genannten besonderen Kategorien personenbezogener Daten sowie personenbezogener Daten über strafrechtliche Verurteilungen und Straftaten oder damit zusammenhängende Sicherungsmaßregeln \\(Art\\. 10 DSGVO\\) zu verarbeiten, soweit dies für journalistische Zwecke erfolgt\\. Art\\. 10 letzter Satz DSGVO bleibt unberührt\\. Die §§ 12 und 13 dieses Bundesgesetzes sind nicht anwendbar\\.

### Art. 2 § 12 DSG — Zulässigkeit der Bildaufnahme

> \`(1)\` Eine Bildaufnahme im Sinne dieses Abschnittes bezeichnet die durch Verwendung technischer Einrichtungen zur Bildverarbeitung vorgenommene Feststellung von Ereignissen im öffentlichen oder nicht\\-öffentlichen Raum zu privaten Zwecken\\. Zur Bildaufnahme gehören auch dabei mitverarbeitete akustische Informationen\\. Für eine derartige Bildaufnahme gilt dieser Abschnitt, soweit nicht durch andere Gesetze Besonderes bestimmt ist\\.

### Art. 2 § 13 DSG — Besondere Datensicherheitsmaßnahmen und Kennzeichnung

> \`(1)\` Der Verantwortliche hat dem Risiko des Eingriffs angepasste geeignete Datensicherheitsmaßnahmen zu ergreifen und dafür zu sorgen, dass der Zugang zur Bildaufnahme und eine nachträgliche Veränderung derselben durch Unbefugte ausgeschlossen ist\\.`;

// legalize-dev/legalize-de, de/GESCHGEHG.md (commit c412148), from gesetze-im-internet.de: the table of contents as the
// converter gives it, one paragraph with each section's number glued to its title, then section 1.
export const DE_GESCHGEHG_CONTENTS = `##### Inhaltsübersicht

Abschnitt 1Allgemeines§  1Anwendungsbereich§  2Begriffsbestimmungen§  3Erlaubte Handlungen§  4Handlungsverbote§  5AusnahmenAbschnitt 2Ansprüche bei Rechtsverletzungen§  6Beseitigung und Unterlassung§  7Vernichtung; Herausgabe; Rückruf; Entfernung und Rücknahme vom Markt§  8Auskunft über rechtsverletzende Produkte; Schadensersatz bei Verletzung der Auskunftspflicht§  9Anspruchsausschluss bei Unverhältnismäßigkeit§ 10Haftung des Rechtsverletzers§ 11Abfindung in Geld§ 12Haftung des Inhabers eines Unternehmens§ 13Herausgabeanspruch nach Eintritt der Verjährung§ 14MissbrauchsverbotAbschnitt 3Verfahren in Geschäftsgeheimnisstreitsachen§ 15Sachliche und örtliche Zuständigkeit; Verordnungsermächtigung§ 16Geheimhaltung§ 17Ordnungsmittel§ 18Geheimhaltung nach Abschluss des Verfahrens§ 19Weitere gerichtliche Beschränkungen§ 20Verfahren bei Maßnahmen nach den §§ 16 bis 19§ 21Bekanntmachung des Urteils§ 22StreitwertbegünstigungAbschnitt 4Strafvorschriften§ 23Verletzung von Geschäftsgeheimnissen

## Abschnitt 1 Allgemeines

##### § 1 Anwendungsbereich

(1) Dieses Gesetz dient dem Schutz von Geschäftsgeheimnissen vor unerlaubter Erlangung, Nutzung und Offenlegung.

(2) Öffentlich-rechtliche Vorschriften zur Geheimhaltung, Erlangung, Nutzung oder Offenlegung von Geschäftsgeheimnissen gehen vor.

(3) Es bleiben unberührt:

1. der berufs- und strafrechtliche Schutz von Geschäftsgeheimnissen, deren unbefugte Offenbarung von § 203 des Strafgesetzbuches erfasst wird,

2. die Ausübung des Rechts der freien Meinungsäußerung und der Informationsfreiheit nach der Charta der Grundrechte der Europäischen Union (ABl. C 202 vom 7.6.2016, S. 389), einschließlich der Achtung der Freiheit und der Pluralität der Medien,

3. die Autonomie der Sozialpartner und ihr Recht, Kollektivverträge nach den bestehenden europäischen und nationalen Vorschriften abzuschließen,

4. die Rechte und Pflichten aus dem Arbeitsverhältnis und die Rechte der Arbeitnehmervertretungen.
`;
