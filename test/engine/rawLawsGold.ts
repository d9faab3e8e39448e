// Hand-checked gold for the raw test set (test/fixtures/raw-laws): what a careful lawyer reads in
// each law, written down by reading the text, not by running the engine.
//
// Units are written as number paths from the article or section down: "6 > I > 2" is point 2 of
// part I of article 6, "3 > 2 > 1" is Nummer 1 of Absatz 2 of § 3, "6 > I > 7 > al4" the fourth
// alinéa of point 7. A German "Satz" (sentence) is not a unit: "§ 3 Absatz 2 Satz 1" is read as
// § 3 Absatz 2. "external" is another instrument; "gap" a unit of this law that the excerpt
// leaves out (front matter `gaps:`), which must never be reported as an error.
//
// `pending` marks a known miss of today's engine, with the reason and who works on it; the test
// then shows as pending instead of failing, and the metrics count it as a miss.

export interface GoldDefinition {
  term: string;
  unit: string;
  pending?: string;
}

export interface GoldCitation {
  /** A unique piece of the text around the citation (line breaks as in the file). */
  needle: string;
  /** The citation itself, inside the needle. */
  cite: string;
  targets: string[] | 'external' | 'gap';
  pending?: string;
}

export interface LawGold {
  file: string;
  definitions: GoldDefinition[];
  citations: GoldCitation[];
}


export const GOLD: LawGold[] = [
  {
    file: 'de-ttdsg.md',
    definitions: [
      { term: 'Anbieter von Telemedien', unit: '2 > 2 > 1' },
      { term: 'Bestandsdaten', unit: '2 > 2 > 2' },
      { term: 'Nutzungsdaten', unit: '2 > 2 > 3' },
      { term: 'Nachricht', unit: '2 > 2 > 4' },
      { term: 'Dienst mit Zusatznutzen', unit: '2 > 2 > 5' },
      { term: 'Endeinrichtung', unit: '2 > 2 > 6' },
      // A Klammerdefinition of a short name: "die Bundesnetzagentur für Elektrizität, Gas, … (Bundesnetzagentur)".
      { term: 'Bundesnetzagentur', unit: '11 > 5 > 2' },
    ],
    citations: [
      { needle: 'Art. 4 G v. 12.8.2021 I 3544 (Nr. 54)', cite: 'Art. 4 G v. 12.8.2021', targets: 'external' },
      { needle: 'Behörden und § 40 des Bundesdatenschutzgesetzes unberührt', cite: '§ 40 des Bundesdatenschutzgesetzes', targets: 'gap' },
      { needle: 'Markt bereitstellen. § 3 des Telemediengesetzes bleibt', cite: '§ 3 des Telemediengesetzes', targets: 'external' },
      { needle: 'soweit in Absatz 2\nkeine abweichende', cite: 'Absatz 2', targets: ['2 > 2'] },
      { needle: '(3) Den nach Absatz 2 Satz 1 Verpflichteten', cite: 'Absatz 2 Satz 1', targets: ['3 > 2'] },
      { needle: 'nur für den in Satz 1 genannten Zweck verwenden', cite: 'Satz 1', targets: ['3 > 3'] },
      { needle: 'Die\nAnzeigepflicht nach § 138 des Strafgesetzbuches', cite: '§ 138 des Strafgesetzbuches', targets: 'external' },
      { needle: '(§ 1 Absatz 1 des Funkanlagengesetzes)', cite: '§ 1 Absatz 1 des Funkanlagengesetzes', targets: 'external' },
      { needle: 'im Sinne des § 2 Nummer 1 des Amateurfunkgesetzes', cite: '§ 2 Nummer 1 des Amateurfunkgesetzes', targets: 'external' },
      { needle: 'nicht schon nach § 3 besteht', cite: '§ 3', targets: ['3'] },
      { needle: 'werden. § 3\nAbsatz 4 gilt entsprechend', cite: '§ 3\nAbsatz 4', targets: ['3 > 4'] },
      { needle: '(1) Nach § 3 Absatz 2 Satz 1 Nummer 1 und 2 Verpflichtete dürfen bei', cite: '§ 3 Absatz 2 Satz 1 Nummer 1 und 2', targets: ['3 > 2 > 1', '3 > 2 > 2'] },
      { needle: 'gemäß § 12 des eID-Karte-\nGesetzes', cite: '§ 12 des eID-Karte-\nGesetzes', targets: 'external' },
      { needle: '(3) Das Verbot, Telekommunikationsanlagen nach Absatz 1 zu besitzen', cite: 'Absatz 1', targets: ['8 > 1'] },
      { needle: 'eines Berechtigten nach\n    Absatz 5 erlangt', cite: 'Absatz 5', targets: ['8 > 5'] },
      { needle: 'Eine über Satz 1 hinausgehende Verarbeitung', cite: 'Satz 1', targets: ['9 > 1'] },
      { needle: 'Verwendung der Verkehrsdaten zu den in Satz 1 genannten Zwecken', cite: 'Satz 1', targets: ['9 > 2'] },
      { needle: 'Maßgabe der Absätze 2 bis 4 erfolgen', cite: 'Absätze 2 bis 4', targets: ['10 > 2', '10 > 3', '10 > 4'] },
      { needle: 'Verkehrsdaten nach § 9 Absatz 1 Satz 1 Nummer 1 bis 3 und 5 nur', cite: '§ 9 Absatz 1 Satz 1 Nummer 1 bis 3 und 5', targets: ['9 > 1 > 1', '9 > 1 > 2', '9 > 1 > 3', '9 > 1 > 5'] },
      { needle: 'nach Absatz 1 Satz 1 mitgeteilt werden, wenn er Einwendungen', cite: 'Absatz 1 Satz 1', targets: ['11 > 1'] },
      { needle: 'im Sinne des Absatzes 5 Nummer 1 dienen', cite: 'Absatzes 5 Nummer 1', targets: ['11 > 5 > 1'] },
      { needle: '§ 203 Absatz 1 Nummer 4 und 5 des Strafgesetzbuches', cite: '§ 203 Absatz 1 Nummer 4 und 5 des Strafgesetzbuches', targets: 'external' },
      { needle: 'nach § 7 des Gesetzes gegen den unlauteren Wettbewerb', cite: '§ 7 des Gesetzes gegen den unlauteren Wettbewerb', targets: 'external' },
      { needle: 'nach den Absätzen 1 und 2 muss', cite: 'Absätzen 1 und 2', targets: ['13 > 1', '13 > 2'] },
    ],
  },
  {
    file: 'de-bdsg.md',
    definitions: [
      { term: 'Öffentliche Stellen des Bundes', unit: '2 > 1' },
      { term: 'Öffentliche Stellen der Länder', unit: '2 > 2' },
      { term: 'Nichtöffentliche Stellen', unit: '2 > 4' },
      { term: 'Videoüberwachung', unit: '4 > 1' },
    ],
    citations: [
      { needle: 'Art. 12 G v. 20.11.2019 I 1626', cite: 'Art. 12 G v. 20.11.2019', targets: 'external' },
      { needle: 'nicht gemäß Satz 2 Anwendung findet', cite: 'Satz 2', targets: ['1 > 4'] },
      { needle: 'nur die §§ 8 bis 21, 39\nbis 44', cite: '§§ 8 bis 21, 39\nbis 44', targets: 'gap' },
      { needle: 'gemäß Artikel 2 der Verordnung (EU)\n2016/679', cite: 'Artikel 2 der Verordnung (EU)\n2016/679', targets: 'external' },
      { needle: 'gemäß Artikel 1 Absatz 1 der\nRichtlinie (EU) 2016/680', cite: 'Artikel 1 Absatz 1 der\nRichtlinie (EU) 2016/680', targets: 'external' },
      { needle: 'nicht unter die Absätze 1 bis 3 fallen', cite: 'Absätze 1 bis 3', targets: ['2 > 1', '2 > 2', '2 > 3'] },
      { needle: 'Verwendung von nach Absatz 1 erhobenen Daten', cite: 'Absatz 1', targets: ['4 > 1'] },
      { needle: 'überwiegen. Absatz 1 Satz 2 gilt', cite: 'Absatz 1 Satz 2', targets: ['4 > 1'] },
      { needle: 'gemäß den Artikeln 13 und 14\nder Verordnung (EU) 2016/679', cite: 'Artikeln 13 und 14\nder Verordnung (EU) 2016/679', targets: 'external' },
      { needle: '2016/679. § 32 gilt entsprechend', cite: '§ 32', targets: 'gap' },
      { needle: 'nach § 2 Absatz 5, die am Wettbewerb', cite: '§ 2 Absatz 5', targets: ['2 > 5'] },
      { needle: 'Erfüllung der in § 7\ngenannten Aufgaben', cite: '§ 7', targets: ['7'] },
      { needle: 'Anwendung des § 626 des Bürgerlichen Gesetzbuchs', cite: '§ 626 des Bürgerlichen Gesetzbuchs', targets: 'external' },
      { needle: 'Durchführung gemäß § 67 dieses Gesetzes', cite: '§ 67 dieses Gesetzes', targets: 'gap' },
    ],
  },
  {
    file: 'fr-lcen.md',
    definitions: [
      { term: 'communication au public par voie électronique', unit: '1 > IV' },
      { term: 'communication au public en ligne', unit: '1 > IV' },
      { term: 'courrier électronique', unit: '1 > IV' },
      { term: 'standard ouvert', unit: '4' },
      { term: 'commerce électronique', unit: '14' },
    ],
    citations: [
      { needle: "dit à l'article 1er de la loi n° 86-1067 du 30 septembre 1986", cite: "l'article 1er de la loi n° 86-1067 du 30 septembre 1986", targets: 'external' },
      { needle: "Les personnes visées à l'alinéa précédent les informent", cite: "l'alinéa précédent", targets: ['6 > I > 1'] },
      { needle: "définie à l'article L. 336-3 du code de la propriété intellectuelle", cite: "l'article L. 336-3 du code de la propriété intellectuelle", targets: 'external' },
      { needle: "alinéa de l'article L. 331-26 du même code", cite: "l'article L. 331-26 du même code", targets: 'external' },
      { needle: '3. Les personnes visées au 2 ne peuvent', cite: 'au 2', targets: ['6 > I > 2'] },
      { needle: "au sens de l'article 93-3 de la loi n° 82-652 du 29 juillet 1982", cite: "l'article 93-3 de la loi n° 82-652", targets: 'external' },
      { needle: 'aux articles 227-23, 227-24 et 421-2-5 du code pénal', cite: 'articles 227-23, 227-24 et 421-2-5 du code pénal', targets: 'external' },
      { needle: 'alinéas est puni des peines prévues au 1 du VI.', cite: 'au 1 du VI', targets: ['6 > VI > 1'] },
      { needle: 'II.-Les personnes mentionnées aux 1 et 2 du I détiennent', cite: 'aux 1 et 2 du I', targets: ['6 > I > 1', '6 > I > 2'] },
      { needle: "conditions d'identification prévues au III.", cite: 'au III', targets: ['6 > III'] },
      { needle: "instituée par l'article L. 34-1-1 du code des postes et des communications électroniques", cite: "l'article L. 34-1-1 du code des postes et des communications électroniques", targets: 'external' },
      { needle: 'obligations définies aux quatrième et cinquième alinéas du 7 du I du présent article', cite: 'quatrième et cinquième alinéas du 7 du I du présent article', targets: ['6 > I > 7 > al4', '6 > I > 7 > al5'] },
      { needle: "prévues à l'article 6-1 de la présente loi", cite: "l'article 6-1 de la présente loi", targets: ['6-1'] },
      { needle: "éléments d'information visés au II du présent article", cite: 'au II du présent article', targets: ['6 > II'] },
      { needle: "morale exerçant l'une des activités définies aux 1 et 2 du I, de ne pas", cite: 'aux 1 et 2 du I', targets: ['6 > I > 1', '6 > I > 2'] },
      { needle: "toute personne mentionnée au III de l'article 6 de la présente loi", cite: "au III de l'article 6 de la présente loi", targets: ['6 > III'] },
      { needle: 'aux personnes mentionnées au 2 du I du même article 6', cite: 'au 2 du I du même article 6', targets: ['6 > I > 2'] },
      { needle: "au 1° du I de l'article 13 de la loi n° 78-17 du 6 janvier 1978", cite: "au 1° du I de l'article 13 de la loi n° 78-17", targets: 'external' },
      { needle: "puni des peines prévues au 1 du VI de l'article 6 de la présente loi", cite: "au 1 du VI de l'article 6 de la présente loi", targets: ['6 > VI > 1'] },
      { needle: "Lorsque les personnes visées au 1 du I de l'article 6 invoquent", cite: "au 1 du I de l'article 6", targets: ['6 > I > 1'] },
      { needle: "l'activité définie au premier alinéa de l'article 14", cite: "premier alinéa de l'article 14", targets: ['14 > al1'] },
    ],
  },
  {
    file: 'us-15usc-ch91-coppa.md',
    definitions: [
      { term: 'child', unit: '6501 > 1' },
      { term: 'operator', unit: '6501 > 2' },
      { term: 'Commission', unit: '6501 > 3' },
      { term: 'disclosure', unit: '6501 > 4' },
      { term: 'Federal agency', unit: '6501 > 5' },
      { term: 'Internet', unit: '6501 > 6' },
      { term: 'parent', unit: '6501 > 7' },
      { term: 'personal information', unit: '6501 > 8' },
      { term: 'verifiable parental consent', unit: '6501 > 9' },
      { term: 'website or online service directed to children', unit: '6501 > 10' },
      { term: 'person', unit: '6501 > 11' },
      { term: 'online contact information', unit: '6501 > 12' },
    ],
    citations: [
      { needle: 'coverage under section 45 of this title .', cite: 'section 45 of this title', targets: 'external' },
      { needle: 'defined in section 551(1) of title 5 .', cite: 'section 551(1) of title 5', targets: 'external' },
      { needle: 'regulations prescribed under subsection (b).\n', cite: 'subsection (b)', targets: ['6502 > b'] },
      { needle: 'Notwithstanding paragraph (1), neither an operator', cite: 'paragraph (1)', targets: ['6502 > a > 1'] },
      { needle: 'personal information under subsection (b)(1)(B)(iii) to the parent', cite: 'subsection (b)(1)(B)(iii)', targets: ['6502 > b > 1 > B > iii'] },
      { needle: 'promulgate under section 553 of title 5 regulations', cite: 'section 553 of title 5', targets: 'external' },
      { needle: 'Subject to sections 6503 and 6505 of this title, a violation', cite: 'sections 6503 and 6505 of this title', targets: ['6503', '6505'] },
      { needle: 'regulations issued under section 6502(b) of this title by following', cite: 'section 6502(b) of this title', targets: ['6502 > b'] },
      { needle: 'or by other persons, approved under subsection (b).', cite: 'subsection (b)', targets: ['6503 > b'] },
      { needle: 'In prescribing regulations under section 6502 of this title , the Commission', cite: 'section 6502 of this title', targets: ['6502'] },
      { needle: 'described in subsection (b) of that section', cite: 'subsection (b) of that section', targets: ['6502 > b'] },
      { needle: 'as provided for in section 706 of title 5 .', cite: 'section 706 of title 5', targets: 'external' },
      { needle: 'Before filing an action under paragraph (1), the attorney general', cite: 'paragraph (1)', targets: ['6504 > a > 1'] },
      { needle: 'On receiving notice under subsection (a)(2), the Commission', cite: 'subsection (a)(2)', targets: ['6504 > a > 2'] },
      { needle: 'For purposes of bringing any civil action under subsection (a), nothing', cite: 'subsection (a)', targets: ['6504 > a'] },
      { needle: 'venue under section 1391 of title 28 .', cite: 'section 1391 of title 28', targets: 'external' },
    ],
  },
  {
    file: 'my-egaa-2007.md',
    definitions: [
      { term: 'designated Act', unit: '5' },
      { term: 'Information Technology Instructions', unit: '5' },
      { term: 'electronic', unit: '5' },
      { term: 'Minister', unit: '5' },
      { term: 'relevant Minister', unit: '5' },
      { term: 'electronic message', unit: '5' },
      { term: 'originator', unit: '5' },
      { term: 'addressee', unit: '5' },
      { term: 'information processing system', unit: '5' },
      { term: 'electronic signature', unit: '5' },
    ],
    citations: [
      { needle: 'Subject to section 3, this Act', cite: 'section 3', targets: ['3'] },
      { needle: 'designated in accordance with section 6.', cite: 'section 6', targets: ['6'] },
      { needle: 'relevant Minister under section 6;', cite: 'section 6', targets: ['6'] },
      { needle: 'issued under section 9;', cite: 'section 9', targets: ['9'] },
      { needle: 'part of it under subsection (1), may impose', cite: 'subsection (1)', targets: ['6 > 1'] },
      { needle: 'in accordance\nwith subsection (2).', cite: 'subsection (2)', targets: ['7 > 2'] },
      { needle: 'excluded under subsection\n(2)', cite: 'subsection\n(2)', targets: ['7 > 2'] },
      { needle: 'For the purposes of paragraph (1)(c), an electronic signature', cite: 'paragraph (1)(c)', targets: ['13 > 1 > c'] },
      { needle: '(2) Notwithstanding subsection (1), the Minister may, by order', cite: 'subsection (1)', targets: ['14 > 1'] },
      { needle: 'complies with the requirement of section\n13.', cite: 'section\n13', targets: ['13'] },
      { needle: 'For the purposes of subparagraph (1)(a)—', cite: 'subparagraph (1)(a)', targets: ['16 > 1 > a'] },
      { needle: 'fulfills the requirement under section 16.', cite: 'section 16', targets: ['16'] },
      { needle: '(2) For the purposes of subsection (1), where any prescribed', cite: 'subsection (1)', targets: ['19 > 1'] },
      { needle: '# (2) This section does not apply to—', cite: 'This section', targets: ['24'] },
      { needle: 'in accordance with section 19 accompanied', cite: 'section 19', targets: ['19'] },
      { needle: '(4) Subsection (3) does not apply if—', cite: 'Subsection (3)', targets: ['28 > 3'] },
      { needle: 'specified in paragraph (a), give notice', cite: 'paragraph (a)', targets: ['35 > 4 > a'] },
      { needle: '[Section 6]', cite: 'Section 6', targets: ['6'] },
      { needle: 'conferred by subsection 7(2) of the Electronic', cite: 'subsection 7(2)', targets: ['7 > 2'] },
      { needle: '[Subsection 7(3)]', cite: 'Subsection 7(3)', targets: ['7 > 3'] },
    ],
  },
  {
    // Saudi Arabia's Personal Data Protection Law in the official English translation, as a converter
    // made markdown of it: "N- **Term:** …" definitions, "Article (9) of this Law", bracketed lists.
    file: 'sa-pdpl-2021-en.md',
    definitions: [
      { term: 'Law', unit: '1 > 1' },
      { term: 'Regulations', unit: '1 > 2' },
      { term: 'Competent Authority', unit: '1 > 3' },
      { term: 'Personal Data', unit: '1 > 4' },
      { term: 'Processing', unit: '1 > 5' },
      { term: 'Collection', unit: '1 > 6' },
      { term: 'Destruction', unit: '1 > 7' },
      { term: 'Disclosure', unit: '1 > 8' },
      { term: 'Transfer', unit: '1 > 9' },
      { term: 'Publishing', unit: '1 > 10' },
      { term: 'Sensitive Data', unit: '1 > 11' },
      { term: 'Genetic Data', unit: '1 > 12' },
      { term: 'Health Data', unit: '1 > 13' },
      { term: 'Health Services', unit: '1 > 14' },
      { term: 'Credit Data', unit: '1 > 15' },
      { term: 'Data Subject', unit: '1 > 16' },
      { term: 'Public Entity', unit: '1 > 17' },
      { term: 'Controller', unit: '1 > 18' },
      { term: 'Processor', unit: '1 > 19' },
    ],
    citations: [
      { needle: 'without prejudice to the provisions of Article (9) of this Law', cite: 'Article (9) of this Law', targets: ['9'] },
      { needle: 'without prejudice to the provisions of Article (18) of this Law.', cite: 'Article (18) of this Law', targets: ['18'] },
      { needle: 'withdraw the consent mentioned in Paragraph (1) of this Article', cite: 'Paragraph (1) of this Article', targets: ['5 > 1'] },
      { needle: 'consent referred to in Paragraph (1) of Article (5) herein:', cite: 'Paragraph (1) of Article (5) herein', targets: ['5 > 1'] },
      { needle: 'The consent referred to in paragraph (1) of Article (5) of this Law', cite: 'paragraph (1) of Article (5) of this Law', targets: ['5 > 1'] },
      { needle: 'stated in Paragraph (2) of Article (4) herein', cite: 'Paragraph (2) of Article (4) herein', targets: ['4 > 2'] },
      { needle: 'Paragraphs (1, 2, 3, 4, 5) and (6) of Article (16) herein', cite: 'Paragraphs (1, 2, 3, 4, 5) and (6) of Article (16) herein', targets: ['16 > 1', '16 > 2', '16 > 3', '16 > 4', '16 > 5', '16 > 6'] },
      { needle: 'related to what is stated in paragraphs (2) to (7) of this Article', cite: 'paragraphs (2) to (7) of this Article', targets: ['10 > 2', '10 > 3', '10 > 4', '10 > 5', '10 > 6', '10 > 7'] },
      { needle: 'cases other than those stated in Article (10) of this Law', cite: 'Article (10) of this Law', targets: ['10'] },
      { needle: 'The rights of the Data Subject pursuant to Article (4) herein', cite: 'Article (4) herein', targets: ['4'] },
      { needle: 'related to what is stated in paragraphs (2) to (6) of this Article', cite: 'paragraphs (2) to (6) of this Article', targets: ['15 > 2', '15 > 3', '15 > 4', '15 > 5', '15 > 6'] },
      { needle: 'Paragraphs (1, 2, 5) and (6) of Article (15) if the Disclosure', cite: 'Paragraphs (1, 2, 5) and (6) of Article (15)', targets: ['15 > 1', '15 > 2', '15 > 5', '15 > 6'] },
      // "(b)" and "(c)" cite the points this translation letters "B." and "C.".
      { needle: 'referred to in Subparagraphs (b) and (c) of Paragraph (2) of this Article', cite: 'Subparagraphs (b) and (c) of Paragraph (2) of this Article', targets: ['29 > 2 > B', '29 > 2 > C'] },
      { needle: 'the national register referred to in Subparagraph (c) of this Paragraph', cite: 'Subparagraph (c) of this Paragraph', targets: ['30 > 4 > C'] },
      { needle: 'In cases that are not covered in Article (35) herein', cite: 'Article (35) herein', targets: ['35'] },
      { needle: 'the committee mentioned in Paragraph (2) of this Article has the right', cite: 'Paragraph (2) of this Article', targets: ['36 > 2'] },
      { needle: 'the committee referred to in paragraph (2) of Article (36), as the case may be', cite: 'paragraph (2) of Article (36)', targets: ['36 > 2'] },
      { needle: 'provisions of Article (35) and Paragraph (1) of Article (36) of this Law', cite: 'Paragraph (1) of Article (36) of this Law', targets: ['36 > 1'] },
    ],
  },
  {
    // §§ 100a and 100b StPO: the lists of serious offences cite other codes by a lead-in item
    // ("1.  aus dem Strafgesetzbuch:"); every such citation is of that code, never of the StPO.
    file: 'de-stpo-100a-100b.md',
    definitions: [],
    citations: [
      { needle: 'eine in Absatz 2 bezeichnete schwere Straftat', cite: 'Absatz 2', targets: ['100a > 2'] },
      { needle: 'Schwere Straftaten im Sinne des Absatzes 1 Nr. 1', cite: 'Absatzes 1 Nr. 1', targets: ['100a > 1 > 1'] },
      { needle: 'Bestechung von Mandatsträgern nach § 108e', cite: '§ 108e', targets: 'external' },
      { needle: 'Landesverteidigung nach den §§ 109d bis 109h', cite: '§§ 109d bis 109h', targets: 'external' },
      { needle: 'Bandenhehlerei nach den §§ 260, 260a', cite: '§§ 260, 260a', targets: 'external' },
      { needle: 'Computerbetrug in den Fällen des § 263a Absatz 2', cite: '§ 263a Absatz 2', targets: 'external' },
      { needle: 'Straftaten nach § 4 Absatz 3 Nummer 1 Buchstabe a', cite: '§ 4 Absatz 3 Nummer 1 Buchstabe a', targets: 'external',
        pending: '"9a." (an inserted number) is no markdown list marker, so the indented line after it is an indented code block, which is not read' },
      { needle: '(§ 152 des\nGerichtsverfassungsgesetzes)', cite: '§ 152 des\nGerichtsverfassungsgesetzes', targets: 'external' },
      { needle: '§ 95 Absatz 2 gilt entsprechend', cite: '§ 95 Absatz 2', targets: 'gap' },
      { needle: 'Anordnung nach § 100e Absatz 1 auch', cite: '§ 100e Absatz 1', targets: 'gap' },
      { needle: 'Anordnung nach § 100e Absatz 3 bezeichnete', cite: '§ 100e Absatz 3', targets: 'gap' },
      { needle: 'eine in Absatz 2 bezeichnete besonders schwere', cite: 'Absatz 2', targets: ['100b > 2'] },
      { needle: '(4) § 100a Absatz 5 und 6 gilt', cite: '§ 100a Absatz 5 und 6', targets: ['100a > 5', '100a > 6'] },
      // "mit Ausnahme von Absatz 5 …" after "§ 100a Absatz 5 und 6": the Absatz of § 100a just cited, not of § 100b.
      { needle: 'mit Ausnahme von Absatz 5 Satz 1 Nummer\n1 entsprechend', cite: 'Absatz 5 Satz 1 Nummer\n1', targets: ['100a > 5 > 1'] },
    ],
  },
];
