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


### Art 125b

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

/** Grundgesetz: article 125b (1), articles 145 and 146, and the annex that reproduces articles 3–7 of the Unification Treaty (g/gg/index.md, lines 3685–3697 and 4234–4310). */
export const DE_GG_ART_125B_AND_ANNEX_EV = `### Art 125b

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
