// Keyword tables for the cross-reference grammar: one plain object per language.
// Adding a language means adding a table here (and listing it in LANGUAGE_TABLES); the
// grammar itself never mentions a word of any language.
//
// Every key is written as it appears in text; it is tokenized with the same tokenizer as
// the prose, so multi-word keys ("tot en met", "de la"), abbreviations ("art.") and hyphenated
// words ("sub-paragraph") all work. Matching is case-insensitive.
import type { DistributiveWords, EnumerationJoins } from './sharedInstrument';
import { ARABIC_ORDINALS } from '../arabicOrdinals';
import type { RefUnitKind } from './types';

export interface UnitKeyword {
  kind: RefUnitKind;
  plural?: boolean;
  /** Only a citation when the first item is a number ("s. 14", never "s. a"). */
  numericOnly?: boolean;
  /** Items are roman numerals only: a unit named by its numeral alone ("art. 150, III, e 153", bareRomanUnit). */
  romanOnly?: boolean;
  /**
   * Only a citation when the first item is a marker in parentheses: California's "subdivision (m) of Section 1798.145" (the
   * level below a section), never Australia's grouping "Subdivision B of Division 2".
   */
  markerOnly?: boolean;
  /**
   * A sentence (German "Satz"): read, but no unit of the structure. "Absatz 2 Satz 1" cites
   * Absatz 2; "Satz 1" alone cites the paragraph it stands in.
   */
  sentence?: boolean;
  /**
   * The kind the noun names below an article, in a citation's chain: Bulgarian "параграф" is a § of the provisions after
   * a law's articles ("параграф 29"), but "чл. 44, втори параграф" is the second paragraph of an EU regulation's article.
   */
  belowArticle?: RefUnitKind;
  /**
   * Only a citation when the first item is a letter or number closed by a bracket ("sous c)", "sous 1)"): a word that is a
   * common preposition otherwise ("sous réserve", "sous peine"). In `unitsInChain`, read after a comma too ("l'article 134,
   * sous c) de la convention").
   */
  closedItemOnly?: boolean;
}

export type Direction = 'above' | 'below' | 'preceding' | 'following';

export interface LanguageTable {
  /** BCP-47 primary tag, or a primary tag and its script where one language is written two ways ("zh-Hant"). */
  code: string;
  /** Unit nouns, singular, plural and abbreviated → unit kind. */
  units: Record<string, UnitKeyword>;
  /**
   * Unit nouns read only right after an article's number, in its chain (no comma between): Italian "n." numbers laws ("legge 7
   * agosto 1990, n. 241") but after an article names its item ("l'art. 106 n. 2 della LF del 24 mar. 2006", Switzerland's Italian).
   */
  unitsInChain?: Record<string, UnitKeyword>;
  /**
   * Unit nouns (`words`, of `kind`) that never open a citation and are read only right below a unit of kind `below` ("Buchstabe b
   * Ziffer 1"; "Ziffer 3 des Anhangs" and "Artikel 2 Ziffer 1.1.2" are not read so).
   */
  unitsBelowOnly?: { words: string[]; kind: RefUnitKind; below: RefUnitKind };
  /** List connectors ("and", "or"); the comma is always a list separator. */
  listConnectors: string[];
  /** Range connectors ("to", "through", "-"). */
  rangeConnectors: string[];
  /** Words introducing an outer unit or an anchor: "of", "de", "van", "من". */
  ofWords: string[];
  /**
   * Words that amend another text, as regular-expression sources joined into one language-independent pattern
   * (amendingInstruction.ts): `instruction` in a sentence that amends ("the words … are omitted", "omit subsection (2)",
   * "sont remplacés"); `asFollows` in a lead-in whose list says how ("is amended as follows", "wird wie folgt geändert");
   * `introducesText` at the end of an instruction whose new text follows on the next lines ("after subsection (2) insert—"),
   * with `introducesTextEndsWith`, the characters every match of it ends with (spaces aside): a document is searched for
   * lines ending in them first, a search many times quicker than the words' (so a table giving one gives both).
   * `announcesList`: the words that announce a list of amendments before the instrument they are made to, up to its name
   * ("Introdúcense las siguientes modificaciones al", "The following amendments are made to"), with `announcesListHolds`,
   * words every match of it holds (an opening without them is not read for names, which costs more).
   * `inUnitLeadIn`: the word that opens an amending list's lead-in naming the unit amended, ending with a dash ("In paragraph 7
   * (qualifying childcare vouchers)—"); `nameThenDate`: what stands between an instrument's name and the words that say it is
   * amended as follows, its date and title (", de 5 de junio, del Valedor del Pueblo" before ", queda modificada como sigue");
   * `beforeName`: words opening such a sentence before the instrument's name, left out of the name ("In the ").
   * `asAmendedBy`: the words after the amended instrument's name that list the acts which amended it before ("Zákon č. 182/2006 Sb., …, ve
   * znění zákona č. 312/2006 Sb., …, se mění takto:"): the names after them are not the one amended.
   */
  amending?: { instruction?: string; asFollows?: string; announcesList?: string; announcesListHolds?: string; inUnitLeadIn?: string; nameThenDate?: string; beforeName?: string; principalInstrument?: string; asAmendedBy?: string } & ({ introducesText?: never; introducesTextEndsWith?: never } | { introducesText: string; introducesTextEndsWith: string });
  /**
   * A clause that says whose provisions an amending part's citations are: "whenever in this title an amendment or repeal is
   * expressed in terms of an amendment to, or repeal of, a section or other provision, the reference shall be considered to be
   * made to a section or other provision of the Internal Revenue Code of 1986" (the United States' Public Laws). `trigger`: words
   * every such clause holds (found natively first); `clause`: the clause, its groups `scope` (the unit's noun: "title", "Act")
   * and `instrument`.
   */
  referenceRule?: { trigger: string; clause: RegExp };
  /**
   * Words no sentence or title ends on, so a phrase goes on from them at a line's or a part's end (prepositions, articles and
   * conjunctions, in lower case: "… in point (e) of" then "Article 46(2). Such …", the GDPR hard-wrapped; "Sustitúyese del" then
   * "### Anexo I …", InfoLEG's wrapped line made a heading): the next line goes on with the sentence, and is no heading or label
   * (regular-expression sources).
   */
  phraseGoesOn?: string[];
  /**
   * The United States' printed laws: a page's running head in the Statutes at Large ("128 STAT. 3088", "PUBLIC LAW 113–283—"),
   * no heading of the law's (regular-expression source, read at a heading's start).
   */
  runningHead?: string;
  /** A bill's number where its legislative history gives it ("[S. 2521]", "LEGISLATIVE HISTORY—S. 2521:"), ending right after a citation "S. 2521". */
  billNumber?: string;
  /**
   * After a citation, its place in a code in brackets ("(42 U.S.C. 1320a–7(a))": group 1) or the code named after a comma (", United
   * States Code": group 2): the unit is that code's (regular-expression source, read right after the citation).
   */
  codifiedAt?: string;
  /** Words about the term a definition defines, not a term ("The term does not include", "Such expression means"): regular-expression source. */
  aboutTheTerm?: string;
  /** The titles of a section's own notes, which a converter may make headings ("Illustrations.", "Explanation.": India's acts): regular-expression source. */
  innerNoteTitle?: string;
  /** How an editor's footnote opens (regular-expression source), its words run on after its number ("So in original", the U.S. Code): the number is no unit's. */
  editorsFootnoteOpenings?: string;
  /**
   * How an editor's note recording the text's own amendment opens, as a paragraph of its own under the provision (regular-expression
   * source, read case-insensitively after any dash, bullet or bracket, Arabic short vowels left out): "عُدلت هذه المادة بموجب …",
   * "– تعديل الفقرة (3) …", "Modifié par …", "Amended by …". Its citations may be of the provision as it read before the amendment.
   */
  historyNoteOpenings?: string;
  /** Small words inside a body's capitalised name that a law is on: "Raad van State", "Kamers van Koophandel en Fabrieken". */
  bodyNameJoiners?: string[];
  /** Words after a range's end that say its ends are in it, before the of-word: "articles 2 to 34 inclusive of the Convention". */
  inclusiveWords?: string[];
  /** Nouns of the domestic instruments an act names by their year before the noun: "the 2013 Act", "the 1998 Regulations". */
  instrumentsAfterYear?: string[];
  /**
   * A lead-in that says its list holds an instrument's provisions, named right after `opening` (which ends with the
   * of-word), the lead-in ending with `listFollows`: "The provisions in the 2011 Act referred to in paragraph (1) are—".
   */
  /** `opening`'s first group, when it matched, says a list follows whatever the lead-in's end ("the following provisions of"). */
  provisionsListLeadIn?: { opening: RegExp; listFollows: RegExp };
  /** Of-words after one kind of unit only, before the instrument it is part of: "Schedule 4 to the Local Government Act 1972". */
  ofWordsAfter?: Partial<Record<RefUnitKind, string[]>>;
  /** Determiners skipped before a unit or instrument: "the", "la", "het". */
  determiners: string[];
  /** "this" words: "this", "the present", "présent", "dit", "هذه". */
  thisWords: string[];
  /** Items are letters, never roman numerals below a letter: Vietnamese points "a, b, c, d, đ, e, g, h, i, k" ("g, i" skips h). */
  lettersOnly?: boolean;
  /** "this" words written after their noun: Vietnamese "Điều này" (this article), "Luật này" (this Law). */
  thisWordsAfter?: string[];
  /** Relative anchors: "above" → above. */
  relative: Record<string, Direction>;
  /**
   * Instrument nouns that are common words too: in a name only with its year after the noun ("the York and North Yorkshire
   * Combined Authority Order 2023", "the Pastoral Measure 1983") or before it ("the 1983 Measure"), or after "this"; never
   * "(d) Requirements for Court Order." or "a court order for disclosure".
   */
  instrumentsNamedWithYear?: string[];
  /**
   * Relative words that are also prepositions: after a citation they anchor it only where no word follows on the line
   * ("subsection (2) following."), not before a noun phrase ("pursuant to Section 1798.81.5 following a breach").
   */
  relativePrepositions?: string[];
  /**
   * Words after a unit's noun and its place word that make the place word a comparison, not a place in the text: "por causa o
   * título anterior al hecho delictivo" ("prior to the offence", Argentina's Penal Code) names no preceding title.
   */
  comparedWith?: string[];
  /**
   * A unit named by its place, with no number: "the preceding paragraph", "le précédent alinéa"
   * (before the noun), "l'alinéa précédent", "l'alinéa qui précède" (after it).
   */
  relativeUnits?: { before: Record<string, Direction>; after: Record<string, Direction> };
  /**
   * Words after an article's or section's noun naming it by its place, read only as what the units cited before are of
   * ("párrafo segundo del artículo anterior"): a paragraph named so alone ("el párrafo anterior") is read as before.
   */
  outerArticleByPlace?: Record<string, Direction>;
  /** Words before a unit noun that point back to units of an instrument named before: "ces mêmes articles", "auxdits articles". */
  anaphoric?: string[];
  /**
   * What follows a citation to say it is of a unit or instrument named before, not of this document: "of the said
   * Act", "dudit article", "del medesimo decreto" (matched right after the citation, case-insensitive, Unicode).
   */
  anaphoricAfter?: RegExp;
  /**
   * What follows a citation to say it is of a part of a definition, the definition then named with where it stands:
   * "paragraph (a) of the definition **agreement** in subsection 2(1)", "l'alinéa a) de la définition de « accord » au
   * paragraphe 2(1)" (matched right after the citation, case-insensitive, Unicode).
   */
  definitionPartAfter?: RegExp;
  /**
   * What follows a citation to say it cites the text as it read before an amendment: "paragraph 52(1)(a) as it read
   * immediately before the coming into force of this Part", "dans sa rédaction antérieure à" (matched right after the
   * citation, after an optional comma, case-insensitive, Unicode). The text now in force may lack the unit.
   */
  earlierVersionAfter?: RegExp;
  /**
   * What precedes a citation to say it cites the text of another version, before an amendment or as one amended it on a date:
   * "本條例中華民國一百零五年一月六日修正公布之第三十六條之二" (as the amendment promulgated on 6 January 2016 worded article 36-2),
   * "修正施行前第五條", "違反行為時第六十六條之二" (as it read when the act was done; matched right before the citation, Unicode). The
   * text now in force may lack the unit.
   */
  earlierVersionBefore?: RegExp;
  /**
   * Words right before a "第N号" that make it the number of an instrument or a form, not a unit's (Japanese "法律第六号", an act's
   * number; "様式第三号", a form's): matched on the text just before the citation (Unicode).
   */
  numberedInstrumentBefore?: RegExp;
  /** Words right after a "第N号" that make it a form's or a table's number (Japanese "第四号様式", "第三号表"), not an item's. */
  numberedFormAfter?: RegExp;
  /**
   * Words right before a citation naming a part of the text whose units are numbered apart from the main provisions' (Japanese
   * "附則第五条", article 5 of the supplementary provisions): the citation is not checked against the main provisions.
   */
  partNamedBefore?: RegExp;
  /** An instrument's noun alone names one before a citation (Japanese "法第十五条": the act an order implements, so abbreviated). */
  bareInstrumentNoun?: boolean;
  /**
   * The marks an instrument's name is set in before its units (Korean "「형법」 제347조", "「전자금융거래법」 제2조제14호"): the opening and
   * the closing mark. Japanese quotes words in the same marks, and names no act in them.
   */
  nameMarks?: [string, string];
  /**
   * Korean: words are spaced and particles written onto them ("이 조에서", "전항의"), so a unit's or an instrument's noun named without
   * its number ("이 조", "전항", "이 법") ends where the syllables after it are a particle's, and "이 조치" (this measure) names none.
   */
  particlesAfterNoun?: RegExp;
  /**
   * The letters of a sub-item, written before its noun and cited alone too (Korean "가목", "나목": "가목 및 나목의 행위", sub-items of
   * the item the citation stands in), in order.
   */
  subItemLetters?: string;
  /**
   * What follows a citation to say it is of a part of a provision no unit word names, so that no citation can reach it:
   * "el apartado 4 de la disposición adicional sexta", "l’apartat 2 de la disposició final primera" (matched right after
   * the citation, case-insensitive, Unicode). The cited part is not this unit's.
   */
  unnamedProvisionAfter?: RegExp;
  /** Month names: "loi du 29 juillet 1881" is named by its date. */
  months?: string[];
  /** One word for "of this instrument" after a citation: "Chapter IV hereof". */
  hereWords?: string[];
  /** Nouns naming an instrument (a whole document): Convention, Act, Code, Verdrag. */
  instruments: string[];
  /** Unit kinds that, after an of-word, name another instrument ("of title 18"). */
  instrumentUnits?: RefUnitKind[];
  /** Small words allowed inside an instrument name ("Treaty on European Union"). */
  nameConnectors: string[];
  /** Whether lower-case words may continue an instrument name after a connector ("code de procédure pénale"). */
  lowercaseNames?: boolean;
  /** The unit a roman numeral names after a comma with no noun: Brazil's inciso ("arts. 37, XI, 39, § 4º"). */
  bareRomanUnit?: RefUnitKind;
  /** Whether a full stop between a number's thousands and its hundreds is a separator ("art. 1.631" is article 1631). */
  thousandsSeparator?: boolean;
  /** Unit nouns that cite only in lower case: "n.º 2 do artigo 3.º", never "N.º 155" heading a gazette page. */
  lowerCaseUnits?: string[];
  /**
   * Words naming the head of a unit, which has no number of its own: "inciso II do caput do art. 5º" is
   * item II of article 5 (Brazilian "caput", the article's text before its paragraphs).
   */
  headWords?: string[];
  /** Ordinal words → number: "eerste" → 1, "first" → 1. */
  ordinals: Record<string, number>;
  /** Ordinal suffixes after digits in "5ème alinéa", "2nd paragraph". */
  ordinalSuffixes: string[];
  /** Suffixes dropped from an item number: "article 1er" → "1". */
  numberOrdinalSuffixes?: string[];
  /** Whether an ordinal word can be the number after a unit noun ("الفصل الثاني", "article premier"). */
  ordinalItems?: boolean;
  /** Detached number suffixes: "article 78 ter" → "78ter". */
  numberSuffixWords?: string[];
  /** Attached prefixes (Arabic و ب ل ف): [written, replacement]; "لل" stands for "ل" + "ال". */
  prefixes?: [string, string][];
  /**
   * An outer unit, a "this" phrase or an instrument may follow the cited unit without an of-word
   * (the Russian genitive: "пункт 2 статьи 7", "пункта 1 настоящей статьи", "статья 2 Конвенции").
   */
  bareOuter?: boolean;
  /**
   * Lower-case words that go on naming a law right after its bare noun ("van de Wet rechtspositie rechterlijke ambtenaren",
   * "Wet geluidhinder"), up to any of these words, which end it.
   */
  namesAfterBareNoun?: string[];
  /** Articles inserted after another numbered after a slash: "l'article 7/1", "artikel 7/1" (Belgium's laws). */
  slashNumbers?: boolean;
  /**
   * Whether items are numbered with the degree sign ("1°", "13°") and cited after their unit and a comma: "l'article 4, § 1er,
   * 13°, a)", "artikel 5, eerste lid, 3°" (French and Belgian drafting). Such a number is then an item of the unit before it,
   * never another unit of its kind (where "°" is the ordinal sign, "artículos 5°, 6°", it is not).
   */
  degreeItems?: boolean;
  /** Words that may open the lower-case words naming a law after its bare noun, with a determiner: "Wet op de identificatieplicht". */
  bareNounPrepositions?: string[];
  /**
   * Whether a law's abbreviation right after a citation names its instrument: 'initials' as German writes them ("§ 823
   * BGB", "Art. 554 OR", "Artikel 32 Absatz 2 ATSG", "§ 5 StGB"); 'capitals' only, as EU texts cite the treaties ("Article
   * 263 TFEU", "Article 8 ECHR", "article 16 TFUE").
   */
  abbreviationsAfter?: 'initials' | 'capitals';
  /** How many capitals a law's abbreviation after a citation may have (default 5): Bulgarian "чл. 35 ЗБППМН" has 6, "ЗЗЛПСПОИН" 9. */
  abbreviationsUpTo?: number;
  /** Whether a letter is cited in quotes after its noun: Bulgarian 'буква "б"', 'букви „а“ и „в“'. */
  quotedLetters?: boolean;
  /**
   * The drafting levels below a section, as the common-law statutes write them: "subsection 31(6)" is section 31,
   * subsection (6); "paragraph 103(2)(b)" section 103, its (2), paragraph (b). A unit word at level N, then a number
   * with exactly N bracketed parts glued to it, names a section's part; "paragraph 2(b)" of a treaty (one part) stays
   * paragraph 2, subparagraph (b).
   */
  levelsBelowSection?: Partial<Record<RefUnitKind, number>>;
  /**
   * The number comes before the unit noun, between a prefix and the noun ("第七条", "第7条"); the
   * citation runs from the outermost unit in ("第七条第二款第(二)项"), and an anchor stands before
   * it ("本条第一款", "本公约第二条"). The prefix may be left out before a marker ("(b)项").
   */
  numberBeforeUnit?: string[];
  /** Words that begin with a keyword but are not one: "条件" (condition) is not "条" (article). */
  compounds?: string[];
  /**
   * Kinds the language nests either way round: Spanish "numeral 2 del literal b" and "literal b del numeral 2" (Peru's laws
   * write both), so either may be the outer one in "X of Y".
   */
  nestsEitherWay?: ReadonlySet<RefUnitKind>;
  /** Unit ranks where the language nests differently (German: Absatz > Satz > Nummer > Buchstabe). */
  ranks?: Partial<Record<RefUnitKind, number>>;
  /** Endings of compound instrument nouns: "Telemediengesetzes", "Strafgesetzbuches". */
  instrumentSuffixes?: string[];
  /**
   * An Act cited by its chapter of the annual or revised statutes right before the unit, as Canadian and UK historical
   * notes do: "2018, c. 16, s. 194", "R.S., 1985, c. C-46, s. 2", "[Repealed, 2012, c. 1, s. 175]". The letter that
   * abbreviates "chapter" ("c"); only where it does ("c. 2" is a comma in Italian).
   */
  statuteChapterWord?: string;
  /**
   * An amending act cited by its date right after the unit, as German gazettes do:
   * "Art. 4 G v. 12.8.2021 I 3544 (Nr. 54)". nouns: the act ("G", "V"); dateWords: "v.", "vom".
   */
  datedInstruments?: { nouns: string[]; dateWords: string[] };
  /** A unit lettered "b)" may stand in one numbered "2" that its noun names as the same kind ("el apartado b) del párrafo 2"). */
  lettersInNumbered?: boolean;
  /** The words between items of one enumeration of citations whose instrument is named once, after the last (sharedInstrument.ts). */
  enumerationJoins?: EnumerationJoins;
  /**
   * Words after a citation's comma that give the instrument named next to the items before it too: "el inciso a) del artículo 12 y
   * el inciso 2) del artículo 13, ambos del Estatuto" (`pair`: the one item before; `all`: the whole enumeration).
   */
  distributiveWords?: DistributiveWords;
  /**
   * Units cited by their bare number after a preposition, with no unit noun (French "au 2 du I",
   * "aux 1 et 2 du I", "au III de l'article 6"). before: the prepositions; cueWords: word stems
   * that must stand right before the preposition ("visées au 2") when no outer unit follows.
   * ("du 4° de l'article 483" is not read so: a copy's items often differ from the version cited, and read, they were reported)
   */
  bareUnits?: { before: string[]; outerWords: string[]; cueWords: string[] };
  /** Article numbers joined by hyphens ("323-3-1") and led by a code's part letter ("L. 226-1"). */
  codeNumbers?: { partLetters: string[] };
  /** The unit that holds a cited one is never named after a comma ("des Art. 1, der §§ 35 Abs. 2": German, in the genitive). */
  outerNotAfterComma?: boolean;
  /**
   * A paragraph cited by a bare number ("Absatz 2") may count unnumbered paragraphs by their place: German writes so whether the
   * text numbers its paragraphs or not (Italian writes "secondo comma" for an unnumbered one, "comma 2" for one numbered "2.").
   */
  bareNumberCountsPlace?: boolean;
  /**
   * A word before the first number of a range that says "from": "articoli da 1 a 5" (Italian), "artículos del 1 al 5" (Spanish,
   * Catalan). Read only when a range follows the first number.
   */
  rangeOpeners?: string[];
  /** Words that close a range after its end, before a list goes on: Japanese "まで" ("第一項から第五項まで、第七項"). */
  rangeClosers?: string[];
  /** "et suivants", "et seq.", "ff.": the units from the one cited on; read as part of the citation, so that what follows ("du code pénal") is its tail. */
  openEnds?: string[];
  /** An adjective that follows an instrument's noun and is part of its name: "code pénal", "code monétaire et financier", "código penal". */
  nameAdjective?: RegExp;
  /**
   * Whether a name's adjectives stand before its nouns (Bulgarian "Гражданския процесуален кодекс", "Закона за местните данъци
   * и такси"): lower-case adjectives (nameAdjective) may lead to the noun, and the word after one goes on with the name.
   */
  adjectivesBeforeNoun?: boolean;
  /** Prepositions capitalised only because they open a sentence before a name ("В Закона за …"): not the name's first word. */
  prepositionsBeforeName?: string[];
  /**
   * A singular unit noun takes a list ("Absatz 2 und 3", "Nummer 5, 6, 9 oder 10"): under a plural
   * outer noun ("§§ 171b und 172 Nr. 2 und 3"), a next number that goes on counting the inner items
   * and does not pass the outer item's is the inner unit's.
   */
  singularNounLists?: boolean;
  /** Units whose numbers are always written with a closing parenthesis, as their markers are: Italian "numero 13)", "punti 33), 34)". */
  closedNumbers?: RefUnitKind[];
  /** Points lettered on past "z" by doubling the letter: "lettere z), aa), bb)" (Italy). Not Spanish, whose "ll)" follows "l)". */
  doubledLetters?: boolean;
  /**
   * A sentence cited alone is one of the text it stands in, whatever unit that is ("podle věty první" in an annex's item, "na konci
   * textu věty desáté" in an amending point): no error where no paragraph is around it (German's "Satz 1" there is).
   */
  sentenceOfTextAround?: boolean;
  /** Sections are the "§" units only, never articles ("Čl. I"): a text of articles holds no section a "§" cites. */
  sectionsBySignOnly?: boolean;
  /** Articles are numbered in roman numerals, as amending acts number theirs ("Čl. XVII"): such a numeral of two letters or more is a number whatever word follows it ("V čl. XVII se …"). */
  romanArticles?: boolean;
  /**
   * Whether the language's consolidated texts leave repealed articles and sections out, with no word where they stood (e-Sbírka's
   * Czech texts as legalize-cz gives them: "§ 1", "§ 3", "§ 6"): a number the text skips is most likely a repealed one.
   */
  repealedLeftOut?: boolean;
  /** Signs of a number between a unit's noun and its number: Czech "přílohy č. 1" ("číslo"). */
  numberSigns?: string[];
  /** Letters of the language's alphabet beyond a–z, a point's number with its ")": Spanish "ch)", "ll)", "ñ)" (Argentina's older decrees). */
  moreLetters?: string[];
  /** A semicolon parts the items of a list of numbers: "articoli 83, comma 6; 88, comma 3; 97, comma 9" (Italy). */
  semicolonLists?: boolean;
  /** Articles numbered on with capitals after a space: "article 293 B", "article 39 octies D", "article 46 quindecies QA" (France's tax code). */
  capitalsAfterNumber?: boolean;
  /** An inserted article's letter set apart from its number: "Art. 30 c BVG", "Artikel 62 b" (Switzerland's acts through a PDF). */
  letterAfterNumber?: boolean;
}

const EN: LanguageTable = {
  abbreviationsAfter: 'capitals',
  code: 'en',
  // "section 1 (3) of article V of the state constitution", "section 7 of article II of the Constitution" (the United States'
  // constitutions hold sections in articles; treaties and statutes, paragraphs in articles and articles in sections)
  nestsEitherWay: new Set<RefUnitKind>(['section', 'article']),
  phraseGoesOn: ['of', 'in', 'to', 'the', 'and', 'or', 'by', 'under', 'with', 'from', 'at', 'on', 'for', 'an?'],
  runningHead: String.raw`\d{1,3}[ \t]+STAT\.[ \t]+\d{1,5}(?![\d.])|PUBLIC[ \t]+LAW[ \t]+\d{1,3}[–-]\d{1,4}[ \t]*[—–-]`,
  billNumber: String.raw`\[S\.[ \t]?\d{1,5}\](?!\()|LEGISLATIVE HISTORY[ \t]*[—–-][ \t]*S\.[ \t]?\d{1,5}:`,
  codifiedAt: String.raw`[ \t]*\((\d{1,2}[ \t]U\.S\.C\.[ \t]\d[^()\n]{0,24}(?:\([^()\n]{1,6}\)){0,4})\)|,[ \t]+(United[ \t]+States[ \t]+Code)(?![ \t]*(?:Annotated|Service))`,
  innerNoteTitle: String.raw`Illustrations?|Explanations?|Examples?|Proviso`,
  aboutTheTerm: String.raw`^(?:the|such|this|that)\s+(?:term|expression|word|phrase)s?\s|\s(?:means?|include[sd]?|does\s+not\s+include|do\s+not\s+include)$`,
  // "The following provisions of the Local Government Act 1972 have effect as if …—": with "following", any lead-in's end
  // ("Subject to *subsection (4)*, the following provisions of the Act of 1988 are repealed:": after a proviso's clause)
  provisionsListLeadIn: { opening: /^(?:(?:subject\s+to|without\s+prejudice\s+to|save\s+as\s+provided\s+(?:in|by))\s[^,:;\n]{1,80},\s+)?(?:the\s+)?(?:(following)\s+)?(?:provisions|enactments)\s+(?:of|in)\s+/i, listFollows: /\s(?:are|is)\s*[:—–-]\s*$/ },
  amending: {
    // "The Central Bank of Malaysia Act 2009 [Act 701], which** is referred to as the “principal Act” in this Act, is amended in …—"
    // ("[Act 49],\nwhich in this Act is referred to as the "principal Act", is amended …": the phrase before, the line broken anywhere)
    nameThenDate: String.raw`\]?(?:\s*\*{1,2})?,\s*(?:\*{1,2}\s*)?which(?:\s*\*{1,2})?\s+(?:in\s+this\s+Act\s+)?is\s+referred\s+to\s+as\s+the\s+["“][^"”\n]{1,40}["”](?:\s+in\s+this\s+Act)?`,
    instruction: String.raw`(?:is|are|were|was|shall\s+be|(?:has|have|had)\s+been)\s+(?:hereby\s+)?(?:omitted|substituted|inserted|repealed|replaced|deleted|added)|(?:strike|striking|insert|inserting)(?:\s+out)?\s+(?=[“"‘])|(?:omit|substitute|insert)(?=\s*[“"‘—–]|\s+the\s+(?:words?|entr(?:y|ies)|definitions?|following)\b|\s+(?:sub-?)?(?:sections?|paragraphs?|articles?|regulations?|rules?|schedules?|parts?|chapters?)\b)`,
    // ("Section 13 of the principal Act is amended in** paragraph 2—", "… is amended in subsection 2(1)—": the part of it the items amend)
    // ("… is amended in subsection 3(1) by substituting for the words “sixty per centum” the words …": the one amendment in the
    // sentence, its provision named after "in")
    asFollows: String.raw`(?:is|are)\s+(?:hereby\s+)?amended\s+in(?:\*{1,2})?\s+(?:sub)?(?:section|paragraph|subparagraph|regulation|rule|clause|item|article)s?\s+[\dA-Za-z]{1,6}(?:\([\dA-Za-z]{1,4}\))*(?:\s+as\s+follows|\s+by\s[\s\S]{0,600}?)?|(?:is|are)\s+(?:hereby\s+)?(?:further\s+)?amended(?:\s+as\s+follows|\s+by)?|(?:is|are)\s+modified\s+as\s+follows|(?:has|have)\s+effect\s+as\s+if|(?:has|have)\s+effect\s+subject\s+to\s+the\s+following\s+modifications|shall\s+be\s+amended(?:\s+(?:as\s+follows|in\s+the\s+following\s+manner)(?:,?\s*namely)?)?|(?:is|are|shall\s+be)\s+(?:hereby\s+)?amended\s+by\s+the\s+(?:repeal|deletion|revocation)\s+of`,
    announcesList: String.raw`the\s+following\s+amendments\s+(?:are|shall\s+be)\s+made\s+(?:to|in)\s+`,
    announcesListHolds: String.raw`following\s+amendments`,
    inUnitLeadIn: '[Ii]n',
    beforeName: String.raw`(?:In|To|Of)[ \t]+the[ \t]+`,
    // ("Section 3 of the principal Act is amended—": an amending Act names the Act it amends once, then by a standing phrase)
    principalInstrument: String.raw`(?:the|The)\s+principal\s+(?:Act|Ordinance|Enactment|Law|Code|Regulations|Order|Rules)`,
    introducesText: String.raw`\b(?:insert|substitute|add)(?:\s+the\s+following)?\s*[—–:]|\b(?:inserted|substituted|added)\s+the\s+following(?:\s+[a-z-]+){0,2}\s*[—–:]`,
    introducesTextEndsWith: '—–:',
  },
  referenceRule: {
    trigger: 'expressed in terms of',
    clause: /whenever\s+in\s+this\s+(?<scope>title|subtitle|part|chapter|Act|section)\s+an\s+amendment(?:\s+or\s+repeal)?\s+is\s+expressed\s+in\s+terms\s+of\s+an\s+amendment\s+to,?\s+or\s+(?:a\s+)?repeal\s+of,?\s+a\s+section\s+or\s+other\s+provision,?\s+the\s+reference\s+shall\s+be\s+considered\s+to\s+be\s+made\s+to\s+(?:a|that|the)\s+section\s+or\s+other\s+provision\s+of\s+(?<instrument>[^.;\n]{3,120}?)\s*[.;]/i,
  },
  anaphoricAfter: /ibid(?:em)?\.?(?!\p{L})|there(?:of|in|to|under)(?!\p{L})|(?:of|in|under|to)\s+(?:that|such|said|the\s+said|the\s+same|each\s+such|any\s+such|that\s+same|the\s+(?:principal|parent|amended|former|repealed|previous))\s+(?:section|article|act|measure|ordinance|decree|title|chapter|part|subsection|paragraph|code|law|regulation|convention|treaty|statute|instrument|order|rule|schedule|annex|appendix|division|directive|(?:framework\s+)?decision|protocol|agreement|declaration|charter|covenant)s?\b/u,
  definitionPartAfter: /of\s+(?:the|that|this|such|the\s+same|the\s+said)\s+definitions?(?!\p{L})(?:\s+of(?!\p{L}))?/u,
  earlierVersionAfter: /as\s+(?:it|they|(?:that|those|the\s+said)\s+\p{L}+)\s+(?:read|stood|had\s+effect)(?!\p{L})|as\s+in\s+force\s+(?:immediately\s+)?(?:before|prior\s+to)(?!\p{L})/u,
  openEnds: ['et seq.', 'et seq', 'and following'],
  units: {
    article: { kind: 'article' }, articles: { kind: 'article', plural: true },
    'art.': { kind: 'article' }, 'arts.': { kind: 'article', plural: true },
    section: { kind: 'section' }, sections: { kind: 'section', plural: true },
    '§': { kind: 'section' }, '§§': { kind: 'section', plural: true },
    's.': { kind: 'section', numericOnly: true }, 'ss.': { kind: 'section', plural: true, numericOnly: true },
    'sec.': { kind: 'section', numericOnly: true }, 'secs.': { kind: 'section', plural: true, numericOnly: true },
    subsection: { kind: 'subsection' }, subsections: { kind: 'subsection', plural: true },
    'sub-section': { kind: 'subsection' }, 'sub-sections': { kind: 'subsection', plural: true },
    subdivision: { kind: 'subsection', markerOnly: true }, subdivisions: { kind: 'subsection', plural: true, markerOnly: true },
    paragraph: { kind: 'paragraph' }, paragraphs: { kind: 'paragraph', plural: true },
    'para.': { kind: 'paragraph' }, 'paras.': { kind: 'paragraph', plural: true },
    'par.': { kind: 'paragraph', numericOnly: true },
    subparagraph: { kind: 'subparagraph' }, subparagraphs: { kind: 'subparagraph', plural: true },
    'sub-paragraph': { kind: 'subparagraph' }, 'sub-paragraphs': { kind: 'subparagraph', plural: true },
    'subpara.': { kind: 'subparagraph' }, 'subparas.': { kind: 'subparagraph', plural: true },
    'sub-para.': { kind: 'subparagraph' }, 'sub-paras.': { kind: 'subparagraph', plural: true },
    clause: { kind: 'clause' }, clauses: { kind: 'clause', plural: true }, 'cl.': { kind: 'clause' },
    item: { kind: 'item' }, items: { kind: 'item', plural: true },
    point: { kind: 'point' }, points: { kind: 'point', plural: true },
    chapter: { kind: 'chapter' }, chapters: { kind: 'chapter', plural: true }, 'ch.': { kind: 'chapter', numericOnly: true },
    title: { kind: 'title' }, titles: { kind: 'title', plural: true },
    part: { kind: 'part' }, parts: { kind: 'part', plural: true },
    book: { kind: 'book' }, books: { kind: 'book', plural: true },
    division: { kind: 'division' }, divisions: { kind: 'division', plural: true },
    annex: { kind: 'annex' }, annexes: { kind: 'annex', plural: true },
    schedule: { kind: 'schedule' }, schedules: { kind: 'schedule', plural: true },
    // a statutory instrument's provisions: "regulation 4 of the 2003 Regulations", "rules 3 to 5" (a number follows; "Regulation
    // (EU) 2016/679" stays an instrument)
    regulation: { kind: 'section', numericOnly: true }, regulations: { kind: 'section', plural: true, numericOnly: true },
    'reg.': { kind: 'section', numericOnly: true }, 'regs.': { kind: 'section', plural: true, numericOnly: true },
    rule: { kind: 'section', numericOnly: true }, rules: { kind: 'section', plural: true, numericOnly: true },
  },
  listConnectors: ['and', 'or', 'and/or', '&'],
  rangeConnectors: ['to', 'through', 'thru', '-', '–', '—'],
  // "from section 5 to section 10": the range's end names the unit again
  rangeOpeners: ['from'],
  ofWords: ['of', 'in'],
  ofWordsAfter: { schedule: ['to'], annex: ['to'] },
  determiners: ['the'],
  thisWords: ['this', 'the present', 'these'],
  relative: { above: 'above', below: 'below', preceding: 'preceding', following: 'following', foregoing: 'preceding', previous: 'preceding', next: 'following' },
  relativePrepositions: ['following', 'preceding', 'next'],
  hereWords: ['hereof', 'herein', 'hereto', 'hereunder'],
  // "of the 1983 Measure" (the Church of England's and the Welsh Assembly's), "of this Order" (a statutory instrument)
  instruments: ['convention', 'protocol', 'treaty', 'act', 'code', 'regulation', 'directive', 'agreement',
    'charter', 'constitution', 'statute', 'law', 'covenant', 'decision', 'ordinance', 'decree', 'rules', 'measure', 'order',
    // a statutory instrument: "the 2003 Regulations", "the Social Security (Contributions) Regulations 2001"
    'regulations',
    // "paragraph 8 (b) of resolution 1718 (2006)" (the Security Council's, as a State's gazette publishes them)
    'resolution',
    // India's codes of 2023, named in Hindi in their English text: "the Bharatiya Nyaya Sanhita, 2023", "the Bharatiya Sakshya Adhiniyam, 2023"
    'sanhita', 'adhiniyam',
    // "section 4 of Pub. L. 107–296" (the United States' public laws, as the U.S. Code's notes cite them)
    'pub. l.'],
  instrumentsNamedWithYear: ['measure', 'order'],
  instrumentsAfterYear: ['act', 'order', 'regulations', 'rules', 'measure', 'ordinance'],
  inclusiveWords: ['inclusive', 'inclusively'],
  editorsFootnoteOpenings: String.raw`So[ \t]+in[ \t]+original|See[ \t]+References[ \t]+in[ \t]+Text|See[ \t]+note|Probably[ \t]+should`,
  historyNoteOpenings: String.raw`(?:amended|inserted|substituted|repealed|added|renumbered|replaced|omitted|revoked)[ \t]+(?:by|on|with[ \t]+effect)(?!\p{L})|as[ \t]+amended[ \t]+by(?!\p{L})`,
  // "Regulation (EU) 2016/679", "the Social Security (Contributions) Regulations 2001", "the Civil Procedure Rules": capitalised,
  // the nouns name instruments; a statutory instrument's provisions are cited in lower case ("regulation 4", "rules 3 to 5")
  lowerCaseUnits: ['regulation', 'regulations', 'reg.', 'regs.', 'rule', 'rules'],
  instrumentUnits: ['title'],
  // ("the Ethical Standards in Public Life etc. (Scotland) Act 2000")
  nameConnectors: ['of', 'on', 'for', 'against', 'and', 'the', 'in', 'to', 'no.', 'no', 'etc.'],
  ordinals: {
    first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
    eleventh: 11, twelfth: 12,
  },
  ordinalSuffixes: ['st', 'nd', 'rd', 'th'],
  statuteChapterWord: 'c',
  levelsBelowSection: { subsection: 1, paragraph: 2, subparagraph: 3, clause: 4 },
};

const FR: LanguageTable = {
  abbreviationsAfter: 'capitals',
  code: 'fr',
  phraseGoesOn: ['de', 'du', 'des', 'la', 'le', 'les', 'et', 'ou', 'à', 'au', 'aux', 'en', 'par', 'pour', 'sur'],
  // "Modifié par Loi n°2004-575 du 21 juin 2004 - art. 46 (V)", "Créé par …" (Légifrance's notes under an article)
  historyNoteOpenings: String.raw`(?:modifié|créé|abrogé|remplacé|rétabli|transféré|inséré)e?s?[ \t]+par(?!\p{L})`,
  instrumentsAfterYear: ['loi'],
  inclusiveWords: ['inclus', 'inclusivement'],
  // "l'article 5, § 2, alinéa 3, de la loi" (Belgium, Luxembourg): an alinéa is a part of the paragraph (§) it stands in
  ranks: { alinea: 8.5 },
  amending: {
    instruction: String.raw`(?:sont|est)\s+(?:ainsi\s+)?(?:remplacée?s?|ajoutée?s?|insérée?s?|supprimée?s?|abrogée?s?|complétée?s?|rédigée?s?)`,
    // ("L´article 41, alinéa 2 du code des assurances sociales est conçu comme suit:", "… est modifié de la façon suivante:", "… est
    // libellée comme suit:" (Luxembourg): the new wording follows, the named instrument's)
    asFollows: String.raw`(?:est|sont)\s+ainsi\s+modifiée?s?|(?:est|sont)\s+(?:modifiée?s?|conçue?s?|libellée?s?|rédigée?s?)\s+(?:comme\s+suit|de\s+la\s+(?:façon|manière)\s+suivante|ainsi\s+qu['’]il\s+suit)`,
    announcesList: String.raw`les\s+modifications\s+suivantes\s+sont\s+apportées\s+(?:au|aux|à\s+la|à\s+l['’])\s*`,
    announcesListHolds: String.raw`modifications\s+suivantes`,
    // "5. L'article 36 de la loi précitée est remplacé par la disposition suivante:", "9. … est remplacé par une disposition ayant la
    // teneur suivante:", "3. L'article 16 est rétabli dans la teneur suivante:" (Luxembourg's amending laws, the new text unquoted),
    // "Il est inséré un article 5 ainsi rédigé :"; never "est modifiée comme suit:" (a list of amendments follows, not new text),
    // nor "la demande est complétée par les documents suivants :" (no provision's words). No look-behind: tried at every place of
    // every line ending in ":", it cost 1.4 % of a cold index
    introducesText: String.raw`(?:remplacée?s?|complétée?s?|insérée?s?|ajoutée?s?|rétablie?s?|introduite?s?)(?!\p{L})[^\n:]{0,80}?(?:dispositions?|texte|alinéas?|articles?|paragraphes?|phrases?|points?|tirets?|mots|termes|libellé|teneur)\s+suivante?s?\s*:|(?:libellée?s?|rédigée?s?|conçue?s?)\s+(?:comme\s+suit|ainsi\s+qu['’]il\s+suit)\s*:|ainsi\s+(?:rédigée?s?|conçue?s?|libellée?s?)\s*:`,
    introducesTextEndsWith: ':',
  },
  anaphoricAfter: /(?:dudit|de\s+ladite|de\s+ce\s+même|du\s+même|de\s+la\s+même|des\s+mêmes|desdits)(?!\p{L})|de\s+(?:cet\s+(?:article|alinéa)|cette\s+(?:section|sous-section|loi|ordonnance|annexe))(?!\p{L})/u,
  definitionPartAfter: /de\s+(?:la|cette|ladite)\s+définition(?!\p{L})(?:\s+de(?!\p{L})|\s+d['’])?/u,
  earlierVersionAfter: /dans\s+(?:sa|leur)\s+(?:rédaction|version)\s+(?:antérieure|en\s+vigueur\s+avant|applicable\s+avant)(?!\p{L})|tel(?:le)?s?\s+qu['’](?:il|elle|ils|elles)\s+(?:était|étaient)\s+(?:rédigée?s?|libellée?s?)(?!\p{L})/u,
  // ("règlement grand-ducal": a compound adjective)
  nameAdjective: /^(?:\p{Ll}{2,}-)?\p{Ll}{2,}(?:al|ale|il|ile|el|elle|ier|ière|aire|ique|if|ive|ain|aine|eur)$/u,
  openEnds: ['et suivants', 'et suivantes'],
  units: {
    article: { kind: 'article' }, articles: { kind: 'article', plural: true },
    'art.': { kind: 'article' }, 'arts.': { kind: 'article', plural: true },
    paragraphe: { kind: 'paragraph' }, paragraphes: { kind: 'paragraph', plural: true }, '§': { kind: 'paragraph' },
    'par.': { kind: 'paragraph', numericOnly: true },
    alinéa: { kind: 'alinea' }, alinéas: { kind: 'alinea', plural: true }, 'al.': { kind: 'alinea', numericOnly: true },
    'sous-paragraphe': { kind: 'subparagraph' }, 'sous-paragraphes': { kind: 'subparagraph', plural: true },
    point: { kind: 'point' }, points: { kind: 'point', plural: true },
    section: { kind: 'section' }, sections: { kind: 'section', plural: true },
    // A grouping of articles in French codes ("Sous-section 2 : …", a division heading in keywords.ts), never a part of one.
    'sous-section': { kind: 'division' }, 'sous-sections': { kind: 'division', plural: true },
    chapitre: { kind: 'chapter' }, chapitres: { kind: 'chapter', plural: true },
    titre: { kind: 'title' }, titres: { kind: 'title', plural: true },
    livre: { kind: 'book' }, livres: { kind: 'book', plural: true },
    partie: { kind: 'part' }, parties: { kind: 'part', plural: true },
    annexe: { kind: 'annex' }, annexes: { kind: 'annex', plural: true },
  },
  // "l'article 2 sous a)", "l'article 48 sous b) à d)", "prévu à l´article 134, sous c) de la convention sur la délivrance de
  // brevets européens" (Luxembourg's laws): the article's lettered point, "under" it
  unitsInChain: { sous: { kind: 'point', closedItemOnly: true } },
  listConnectors: ['et', 'ou', 'et/ou'],
  rangeConnectors: ['à', 'au', '-', '–'],
  // "de l'article 5 à l'article 10"
  rangeOpeners: ['de'],
  // "l'article 57 de l'annexe II au code général des impôts", "annexe I à la convention": an annex's "to" names the instrument
  ofWordsAfter: { annex: ['au', 'à'] },
  ofWords: ['de', 'du', 'des', "d'"],
  // "ce code", "cette loi" name the instrument cited just before (the text itself is "le présent code")
  determiners: ['le', 'la', 'les', "l'", 'même', 'mêmes', 'ce', 'cette', 'ces'],
  thisWords: ['présent', 'présente', 'présents', 'présentes'],
  relative: { 'ci-dessus': 'above', 'ci-dessous': 'below', précédent: 'preceding', précédente: 'preceding',
    suivant: 'following', suivante: 'following', 'ci-après': 'below' },
  instruments: ['convention', 'protocole', 'traité', 'loi', 'code', 'décret', 'ordonnance', 'règlement', 'directive', 'arrêté',
    'accord', 'charte', 'constitution', 'pacte', 'statut', 'résolution',
    // France's code of tax procedure is a "livre", not a code by name; "livre" alone is a division of a code ("livre II")
    'livre des procédures fiscales',
    // Belgium's municipal law, named so since 1988: "l'article 135 de la nouvelle loi communale"
    'nouvelle loi communale'],
  // "la loi modifiée du 7 mars 1980 sur l'organisation judiciaire", "la loi modifiée et complétée du 22 juin 1963" (Luxembourg,
  // Belgium): a law as amended, named by its date
  // ("la loi du 24 juillet 2014 relative aux droits et obligations du patient": Luxembourg's laws are named by date and title;
  // never "aux" or "les" alone: "du code pénal aux moteurs de recherche", "du code pénal pour les contraventions")
  nameConnectors: ['de', 'du', 'des', 'la', 'le', "l'", "d'", 'sur', 'contre', 'relative', 'relatif', 'relative aux', 'relatif aux', 'relatives aux',
    'relatifs aux', 'relative au', 'relatif au', 'à', 'en', 'et',
    'pour', 'n°', 'no', 'modifiée', 'modifié', 'modifiées', 'modifiés', 'complétée', 'complété', 'complétées', 'complétés'],
  lowercaseNames: true,
  ordinals: {
    premier: 1, première: 1, deuxième: 2, second: 2, seconde: 2, troisième: 3, quatrième: 4, cinquième: 5, sixième: 6,
    septième: 7, huitième: 8, neuvième: 9, dixième: 10,
  },
  ordinalSuffixes: ['er', 're', 'ère', 'e', 'ème', 'eme', 'nd', 'nde'],
  numberOrdinalSuffixes: ['er', 're'],
  ordinalItems: true,
  numberSuffixWords: ['bis', 'ter', 'quater', 'quinquies', 'sexies', 'septies', 'octies', 'nonies', 'decies', 'undecies',
    'duodecies', 'terdecies', 'quaterdecies', 'quindecies', 'sexdecies', 'septdecies', 'octodecies', 'novodecies', 'vicies',
    'unvicies', 'duovicies', 'tervicies', 'quatervicies', 'quinvicies', 'sexvicies', 'septvicies', 'octovicies', 'novovicies', 'tricies'],
  capitalsAfterNumber: true,
  slashNumbers: true,
  degreeItems: true,
  codeNumbers: { partLetters: ['L', 'R', 'D', 'A', 'LO'] },
  anaphoric: ['mêmes', 'lesdits', 'lesdites', 'auxdits', 'auxdites', 'desdits', 'desdites', 'susdits', 'susdites'],
  months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  relativeUnits: {
    before: { précédent: 'preceding', précédente: 'preceding', suivant: 'following', suivante: 'following' },
    after: { précédent: 'preceding', précédente: 'preceding', 'qui précède': 'preceding', 'ci-dessus': 'preceding',
      suivant: 'following', suivante: 'following', 'qui suit': 'following', 'ci-après': 'following' },
  },
  // "visées au 2", "prévues au III", "au 1 du VI de l'article 6", "aux 1 et 2 du I"
  // "des articles 217 et 219, du deuxième alinéa de l'article 397, de l'article 417 … ou de l'article 494-10 du code civil"
  enumerationJoins: {
    families: [
      // (", du 4° de l'": an item's part the citation after it leaves out, "4°" not read after "du")
      /^\s*,?\s*(?:(?:et|ou|ainsi\s+que)\s+)?(?:de\s+l['’]\s*|du\s+|des\s+|d['’]\s*)(?:\d{1,3}°?\s+(?:de\s+l['’]\s*|du\s+))?$/iu,
      /^\s*,?\s*(?:(?:et|ou|ainsi\s+que)\s+)?(?:à\s+l['’]\s*|au\s+|aux\s+)$/iu,
    ],
  },
  bareUnits: {
    before: ['au', 'aux'],
    outerWords: ['du', 'de'],
    cueWords: ['visé', 'mentionné', 'désigné', 'prévu', 'défini', 'cité', 'énoncé', 'énuméré', 'fixé', 'indiqué', 'relevant'],
  },
};

/**
 * "del citado artículo 30", "los mencionados artículos 5 y 6": units of the instrument named before; "Que por su artículo 17
 * establece …" (the agreement named in the recital before): a possessive points back too.
 */
const ES_POINTING_BACK = ['citado', 'citada', 'citados', 'citadas', 'precitado', 'precitada', 'precitados', 'precitadas', 'mencionado', 'mencionada',
  'mencionados', 'mencionadas', 'referido', 'referida', 'referidos', 'referidas', 'aludido', 'aludida', 'aludidos', 'aludidas', 'su', 'sus'];

const ES: LanguageTable = {
  abbreviationsAfter: 'capitals',
  code: 'es',
  phraseGoesOn: ['del', 'el', 'los', 'las', 'al', 'y', 'de', 'la', 'en', 'con', 'por', 'para', 'que', 'sus?'],
  // "Modificado por el art. único.2 de la Ley 4/2022", "Redacción dada por …" (an editor's note under an article)
  historyNoteOpenings: String.raw`(?:modificad|añadid|adicionad|derogad|suprimid|reformad|sustituid)[oa]s?[ \t]+por(?!\p{L})|redacción[ \t]+(?:dada|según)(?!\p{L})`,
  instrumentsAfterYear: ['ley'],
  inclusiveWords: ['inclusive'],
  // "la ley de 6 de Octubre de 1919": a law named by its date ("setiembre" as Uruguay writes it)
  months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre'],
  // "Modifíquese el artículo 5 de la Ley 27444 …", "Incorpórase el artículo 401-C al Código Penal con el texto siguiente:" (the
  // imperative with its pronoun, as Latin American gazettes write it; also unaccented), "quedan redactados como sigue"
  amending: {
    instruction: String.raw`(?:modif[ií](?:qu|c)|incorp[oó]r|sustit[uú]y|der[oó]gu?|agr[eé]gu?|adici[oó]n|ins[eé]rt|reempl[aá][zc]|supr[ií]m)[ea]n?se|queda(?:n|r[aá]n?)?\s+(?:modificad|derogad|redactad|sustituid|incorporad|suprimid)[oa]s?|se\s+(?:modific|incorpor|sustituy|derog|agreg|adicion|suprim|añad|insert)[ae]n?\s+(?:el|la|los|las|una?(?:\s+nuev[oa])?|(?:los|las)\s+nuev[oa]s)\s+(?:art[ií]culos?|numeral(?:es)?|incisos?|literal(?:es)?|p[aá]rrafos?|apartados?|puntos?|letras?|frases?|reglas?|disposici[oó]n(?:es)?|cap[ií]tulos?|t[ií]tulos?|anexos?)(?!\p{L})`
      // "El párrafo 42 se sustituye por el siguiente:", "… se añade «o libro registro electrónico»" (BOE: the unit first, then the verb)
      + String.raw`|se\s+(?:sustituye|sustituyen|reemplaza|reemplazan)\s+por(?!\p{L})|se\s+(?:añade|añaden|agrega|agregan|inserta|insertan)\s*«`,
    // ("La Ley 6/1984, de 5 de junio, del Valedor del Pueblo, queda modificada como sigue a continuación:", BOE)
    asFollows: String.raw`queda(?:n|r[aá]n?)?\s+modificad[oa]s?\s+(?:como\s+sigue|de\s+la\s+siguiente\s+(?:forma|manera)|en\s+los\s+(?:siguientes\s+t[eé]rminos|t[eé]rminos\s+siguientes))(?:\s+a\s+continuaci[oó]n)?|en\s+los\s+(?:siguientes\s+t[eé]rminos|t[eé]rminos\s+siguientes)|con\s+el\s+(?:siguiente\s+texto|texto\s+siguiente)|(?:queda(?:n|r[aá]n?)?\s+)?redactad[oa]s?\s+(?:de\s+la\s+siguiente\s+manera|como\s+sigue)|de\s+la\s+siguiente\s+manera|cuyo\s+texto\s+es\s+el\s+siguiente|conforme\s+al\s+(?:siguiente\s+texto|texto\s+siguiente)|queda(?:n|r[aá]n?)?\s+(?:así|como\s+sigue|de\s+la\s+siguiente\s+forma)|se\s+leer[aá]n?\s+así|dir[aá]n?\s+así|por\s+(?:el|la|los|las)\s+siguientes?\s*:|por\s+el\s+que\s+sigue`,
    // "Introdúcense las siguientes modificaciones al decreto con fuerza de ley Nº 382, …:" (Chile): a few lower-case words of the
    // instrument's kind between the announcement and the name as the grammar reads it
    announcesList: String.raw`(?:introd[úu]cen(?:se)?|incorp[óo]ran(?:se)?|se\s+introducen)\s+las\s+siguientes\s+(?:modificaciones|enmiendas)\s+(?:al?|en\s+(?:el|la|los|las)|a\s+(?:la|los|las))\s+(?:\p{Ll}+\s+){0,5}`,
    announcesListHolds: String.raw`siguientes\s+(?:modificaciones|enmiendas)`,
    nameThenDate: String.raw`,[ \t]*de[ \t]+\d{1,2}[ \t]+de[ \t]+\p{L}+(?:[ \t]+de[ \t]+\d{4})?(?:,[ \t]*(?:del?|de[ \t]+la|de[ \t]+los|de[ \t]+las|sobre|por[ \t]+la[ \t]+que)[ \t][^,;:\n]{1,160})?`,
  },
  unnamedProvisionAfter: /(?:de|en)\s+(?:la|las|esta|dicha)\s+disposici(?:ón|on|ones)\s+(?:adicional|transitoria|final|derogatoria|complementaria)(?:es)?(?!\p{L})/u,
  anaphoric: ES_POINTING_BACK,
  // "el artículo 123 de la precitada Ley", "el artículo 117 del citado texto normativo" (Peru's recitals)
  anaphoricAfter: /(?:del?|en)\s+(?:la\s+|el\s+|los\s+|las\s+)?(?:mism[ao]s?|referid[ao]s?|(?:pre)?citad[ao]s?|aludid[ao]s?|mencionad[ao]s?|dich[ao]s?|es[ao]s?)\s+(?:ley|código|decreto|decreto-ley|decreto\s+legislativo|decreto\s+supremo|reglamento|convención|convenio|tratado|constitución|norma|resolución|declaración|carta|pacto|protocolo|acuerdo|artículo|dispositivo|texto\s+normativo|texto\s+único\s+ordenado)(?!\p{L})/u,
  nameAdjective: /^\p{Ll}{2,}(?:al|ales|il|iles|ica|ico|ivo|iva|ario|aria)s?$/u,
  openEnds: ['y siguientes', 'y ss.'],
  units: {
    artículo: { kind: 'article' }, artículos: { kind: 'article', plural: true },
    'art.': { kind: 'article' }, 'arts.': { kind: 'article', plural: true },
    párrafo: { kind: 'paragraph' }, párrafos: { kind: 'paragraph', plural: true },
    apartado: { kind: 'paragraph' }, apartados: { kind: 'paragraph', plural: true },
    inciso: { kind: 'subparagraph' }, incisos: { kind: 'subparagraph', plural: true },
    literal: { kind: 'subparagraph' }, literales: { kind: 'subparagraph', plural: true },
    numeral: { kind: 'paragraph' }, numerales: { kind: 'paragraph', plural: true },
    // Mexico: an article's parts numbered in roman capitals ("fracción II", "fracciones I y III"), above its "incisos"
    fracción: { kind: 'paragraph' }, fracciones: { kind: 'paragraph', plural: true },
    sección: { kind: 'section' }, secciones: { kind: 'section', plural: true },
    capítulo: { kind: 'chapter' }, capítulos: { kind: 'chapter', plural: true },
    título: { kind: 'title' }, títulos: { kind: 'title', plural: true },
    libro: { kind: 'book' }, parte: { kind: 'part' }, anexo: { kind: 'annex' },
  },
  // "los apartados b) y c) del párrafo 2 del presente artículo" (the Rome Statute in Spanish): lettered parts of a numbered one
  lettersInNumbered: true,
  // "el inciso a) del artículo 12 y el inciso 2) del artículo 13, ambos del Estatuto"
  distributiveWords: { pair: ['ambos', 'ambas'], all: ['todos', 'todas'] },
  enumerationJoins: {
    families: [
      /^\s*(?:,|,?\s*(?:y|e|o|u))\s*(?:el\s+|la\s+|los\s+|las\s+)?$/iu,
      /^\s*(?:,|,?\s*(?:y|e|o|u))\s*(?:del\s+|de\s+(?:la|los|las)\s+)$/iu,
      /^\s*(?:,|,?\s*(?:y|e|o|u))\s*(?:al\s+|a\s+(?:la|los|las)\s+)$/iu,
    ],
  },
  listConnectors: ['y', 'e', 'o', 'u'],
  rangeConnectors: ['a', 'al', 'hasta', '-', '–'],
  rangeOpeners: ['del', 'de'],
  ofWords: ['de', 'del'],
  // "el artículo 3 del anexo II al Convenio": an annex's "to" names the instrument
  ofWordsAfter: { annex: ['al', 'a'] },
  // "del citado artículo 6", "de su artículo 17": the outer unit is of the instrument named before (anaphoric, below)
  determiners: ['el', 'la', 'los', 'las', ...ES_POINTING_BACK],
  // "los incisos g); h); j); k); ll); o)": the alphabet before 1994 letters on with "ch" and "ll"
  moreLetters: ['ch', 'll', 'ñ'],
  thisWords: ['presente', 'presentes', 'este', 'esta', 'estos', 'estas'],
  relative: { anterior: 'preceding', anteriores: 'preceding', siguiente: 'following', siguientes: 'following' },
  // "el párrafo segundo del artículo anterior", "los incisos 2 y 3 del artículo anterior": the article named by its place
  outerArticleByPlace: { anterior: 'preceding', precedente: 'preceding', siguiente: 'following' },
  // "las letras a) a e) del apartado anterior": the unit named by its place
  relativeUnits: { before: {}, after: { anterior: 'preceding', precedente: 'preceding', siguiente: 'following' } },
  comparedWith: ['al'],
  nestsEitherWay: new Set<RefUnitKind>(['paragraph', 'subparagraph']),
  // "los numerales 1), 8) y 24) del artículo 118", "incisos 1), 2) y 4)": numbers written as their markers
  closedNumbers: ['paragraph', 'subparagraph'],
  // "del Decreto-Ley Nº 15.605", "Decreto Ley Nº 14470" (Uruguay): a decree-law, hyphenated or not; "del acto institucional
  // Nº 9" (Uruguay, 1976-1984); "la Sección 3.02 literal (a) del Contrato de Préstamo" (a loan contract a law approves)
  instruments: ['convención', 'convenio', 'protocolo', 'tratado', 'ley', 'código', 'reglamento', 'decreto', 'decreto-ley', 'decreto ley',
    'acto institucional', 'contrato',
    'directiva', 'acuerdo', 'carta', 'constitución', 'pacto', 'estatuto',
    // "el artículo 5 de la Resolución 123 de 2019" (a regulator's or ministry's resolution, an instrument across Latin America)
    'resolución',
    // "del D.S. 070-2013-PCM", "D.Leg. 1280", "D.U. 011-2020" (Peru), "D.F.L. 1" (Chile): decrees by their abbreviations
    'd.s.', 'd.leg.', 'd.u.', 'd.f.l.'],
  nameConnectors: ['de', 'del', 'la', 'el', 'sobre', 'contra', 'y', 'para', 'en', 'n°', 'no'],
  lowercaseNames: true,
  ordinals: {
    primero: 1, primera: 1, segundo: 2, segunda: 2, tercero: 3, tercera: 3, cuarto: 4, cuarta: 4, quinto: 5,
    quinta: 5, sexto: 6, sexta: 6, séptimo: 7, séptima: 7, octavo: 8, octava: 8, noveno: 9, novena: 9,
    décimo: 10, décima: 10, undécimo: 11, undécima: 11, duodécimo: 12, duodécima: 12, decimotercero: 13, decimotercera: 13,
    decimocuarto: 14, decimocuarta: 14, decimoquinto: 15, decimoquinta: 15, decimosexto: 16, decimosexta: 16,
    decimoséptimo: 17, decimoséptima: 17, decimoctavo: 18, decimoctava: 18, decimonoveno: 19, decimonovena: 19,
    vigésimo: 20, vigésima: 20,
  },
  ordinalSuffixes: ['º', 'ª', 'o', 'a'],
  numberOrdinalSuffixes: ['º', 'ª'],
  ordinalItems: true,
  // "artículo 366 quáter" (Chile writes the accent)
  numberSuffixWords: ['bis', 'ter', 'quater', 'quáter', 'quinquies', 'sexies', 'septies', 'octies'],
};

// Portuguese, as Brazil writes it ("inciso II do § 1º do art. 5º desta Lei", "arts. 1º a 5º") and as Portugal
// does ("alínea a) do n.º 1 do artigo 3.º da presente lei", "número anterior"). An article's paragraphs are
// "§" (Brazil) or "n.º" (Portugal); its items "incisos" (roman), their points "alíneas" (letters), then "itens".
const PT: LanguageTable = {
  abbreviationsAfter: 'capitals',
  code: 'pt',
  phraseGoesOn: ['dos', 'das', 'da', 'do', 'na', 'no', 'ao', 'em', 'pelo', 'pela'],
  // "(Redação dada pela Lei nº 13.964, de 2019)", "(Incluído pela Lei …)" as a paragraph of its own
  historyNoteOpenings: String.raw`(?:redação[ \t]+dada|incluíd[oa]|revogad[oa]|acrescentad[oa]|alterad[oa]|renumerad[oa])s?[ \t]+(?:pel[oa]s?|por)(?!\p{L})`,
  // "a Lei de 16 de dezembro de 1830": a law named by its date
  months: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  amending: {
    asFollows: String.raw`passa(?:m)?\s+a\s+vigorar\s+com\s+as\s+seguintes\s+alterações`,
  },
  anaphoricAfter: /(?:d[aoe]s?|no|na)\s+(?:mesm[ao]s?|referid[ao]s?|citad[ao]s?|aludid[ao]s?|mencionad[ao]s?)\s+(?:lei|código|decreto|decreto-lei|regulamento|convenção|convenio|tratado|constituição|norma|resolução|medida\s+provisória|artigo)(?!\p{L})/u,
  nameAdjective: /^\p{Ll}{2,}(?:al|il|ica|ico|iva|ivo|ário|ária|ar|ares)s?$/u,
  openEnds: ['e seguintes', 'e ss.'],
  units: {
    artigo: { kind: 'article' }, artigos: { kind: 'article', plural: true },
    'art.': { kind: 'article' }, 'arts.': { kind: 'article', plural: true },
    parágrafo: { kind: 'paragraph' }, parágrafos: { kind: 'paragraph', plural: true },
    '§': { kind: 'paragraph' }, '§§': { kind: 'paragraph', plural: true },
    // "n.º 1", "n.ºs 2 e 3": Portugal's numbered paragraphs. Not "nº": Brazil numbers its laws so ("Lei nº 12.965").
    número: { kind: 'paragraph', numericOnly: true }, números: { kind: 'paragraph', plural: true, numericOnly: true },
    'n.º': { kind: 'paragraph', numericOnly: true }, 'n.ºs': { kind: 'paragraph', plural: true, numericOnly: true },
    inciso: { kind: 'subparagraph' }, incisos: { kind: 'subparagraph', plural: true },
    alínea: { kind: 'clause' }, alíneas: { kind: 'clause', plural: true },
    item: { kind: 'item' }, itens: { kind: 'item', plural: true },
    seção: { kind: 'section' }, seções: { kind: 'section', plural: true },
    secção: { kind: 'section' }, secções: { kind: 'section', plural: true },
    subseção: { kind: 'division' }, subsecção: { kind: 'division' },
    capítulo: { kind: 'chapter' }, capítulos: { kind: 'chapter', plural: true },
    título: { kind: 'title' }, títulos: { kind: 'title', plural: true },
    livro: { kind: 'book' }, parte: { kind: 'part' }, anexo: { kind: 'annex' }, anexos: { kind: 'annex', plural: true },
  },
  headWords: ['caput'],
  // 'alínea "a"', 'alínea “a”' (Brazil's laws as Planalto gives them)
  quotedLetters: true,
  thousandsSeparator: true,
  bareRomanUnit: 'subparagraph',
  lowerCaseUnits: ['n.º', 'n.ºs'],
  listConnectors: ['e', 'ou', 'e/ou'],
  rangeConnectors: ['a', 'ao', '-', '–'],
  ofWords: ['de', 'do', 'da', 'dos', 'das'],
  // "o artigo 3 do anexo II ao Decreto", "anexo I à Convenção": an annex's "to" names the instrument
  ofWordsAfter: { annex: ['ao', 'à', 'a'] },
  determiners: ['o', 'os', 'as'],
  // "desta Lei", "deste artigo": "of this" in one word, after the unit as German's genitive is
  thisWords: ['presente', 'presentes', 'este', 'esta', 'estes', 'estas', 'deste', 'desta', 'destes', 'destas',
    'neste', 'nesta', 'nestes', 'nestas'],
  // "do inciso I do artigo antecedente" (Brazil's Código Civil)
  relative: { anterior: 'preceding', anteriores: 'preceding', antecedente: 'preceding', antecedentes: 'preceding', seguinte: 'following', seguintes: 'following' },
  relativeUnits: { before: {}, after: { anterior: 'preceding', antecedente: 'preceding', seguinte: 'following' } },
  comparedWith: ['ao', 'à'],
  instruments: ['convenção', 'protocolo', 'tratado', 'lei', 'código', 'regulamento', 'decreto', 'decreto-lei', 'diretiva',
    'acordo', 'carta', 'constituição', 'pacto', 'estatuto', 'portaria', 'resolução', 'emenda', 'medida provisória', 'ato',
    // "do artigo 3.º do Regime Jurídico da Segurança do Ciberespaço" (Portugal names laws so)
    'regime jurídico'],
  nameConnectors: ['de', 'do', 'da', 'dos', 'das', 'sobre', 'contra', 'e', 'para', 'em', 'n.º', 'nº', 'n°', 'no'],
  lowercaseNames: true,
  ordinals: {
    primeiro: 1, primeira: 1, segundo: 2, segunda: 2, terceiro: 3, terceira: 3, quarto: 4, quarta: 4, quinto: 5,
    quinta: 5, sexto: 6, sexta: 6, sétimo: 7, sétima: 7, oitavo: 8, oitava: 8, nono: 9, nona: 9, décimo: 10, décima: 10,
    // "parágrafo único": an article's one paragraph
    único: 1, única: 1,
  },
  ordinalSuffixes: ['º', 'ª'],
  // "art. 1o": older Planalto texts type the ordinal sign as a letter
  numberOrdinalSuffixes: ['º', 'ª', 'o'],
  ordinalItems: true,
  numberSuffixWords: ['bis', 'ter'],
};

const NL: LanguageTable = {
  abbreviationsAfter: 'capitals',
  code: 'nl',
  phraseGoesOn: ['van', 'het', 'een', 'de', 'en', 'met', 'voor'],
  amending: {
    instruction: String.raw`(?:wordt|worden)\s+(?:vervangen|ingevoegd|geschrapt|toegevoegd)`,
    asFollows: String.raw`(?:wordt|worden)\s+als\s+volgt\s+gewijzigd`,
  },
  anaphoricAfter: /(?:van\s+dat|van\s+die|van\s+hetzelfde)\b/u,
  definitionPartAfter: /van\s+(?:de|die|deze)\s+(?:definitie|begripsomschrijving|begripsbepaling)(?!\p{L})(?:\s+van(?!\p{L}))?/u,
  earlierVersionAfter: /zoals\s+(?:dat|die|het|deze)\s+(?:luidde|gold)(?!\p{L})/u,
  openEnds: ['e.v.', 'en volgende'],
  units: {
    artikel: { kind: 'article' }, artikelen: { kind: 'article', plural: true },
    'art.': { kind: 'article' }, 'artt.': { kind: 'article', plural: true },
    lid: { kind: 'paragraph' }, leden: { kind: 'paragraph', plural: true },
    onderdeel: { kind: 'subparagraph' }, onderdelen: { kind: 'subparagraph', plural: true },
    onder: { kind: 'subparagraph' }, 'onder onderdeel': { kind: 'subparagraph' },
    subonderdeel: { kind: 'clause' }, subonderdelen: { kind: 'clause', plural: true },
    hoofdstuk: { kind: 'chapter' }, hoofdstukken: { kind: 'chapter', plural: true },
    titel: { kind: 'title' }, titels: { kind: 'title', plural: true },
    afdeling: { kind: 'section' }, afdelingen: { kind: 'section', plural: true },
    paragraaf: { kind: 'section' }, paragrafen: { kind: 'section', plural: true }, '§': { kind: 'section' },
    boek: { kind: 'book' }, deel: { kind: 'part' }, bijlage: { kind: 'annex' },
  },
  listConnectors: ['en', 'of', 'en/of'],
  rangeConnectors: ['tot en met', 't/m', 'tot', '-', '–'],
  // "art. 188 der Grondwet" (older acts: the genitive article)
  ofWords: ['van', 'der'],
  // "artikel 3 van bijlage II bij het Verdrag": an annex's "to" names the instrument
  ofWordsAfter: { annex: ['bij'] },
  determiners: ['het', 'de'],
  thisWords: ['dit', 'deze'],
  relative: { hierboven: 'above', hieronder: 'below', voorgaande: 'preceding', vorige: 'preceding', volgende: 'following' },
  instruments: ['verdrag', 'protocol', 'wet', 'wetboek', 'verordening', 'richtlijn', 'overeenkomst', 'handvest',
    'grondwet', 'besluit', 'statuut'],
  // "van de Politiewet 2012", "de Opiumwet", "het Vreemdelingenbesluit": compounds ending in an instrument noun
  slashNumbers: true,
  // "artikel 4, § 1, 13°" (Belgium's laws)
  degreeItems: true,
  // "van de NIB-richtlijn": a directive named by its abbreviation
  instrumentSuffixes: ['wet', 'wetboek', 'besluit', 'verordening', 'verdrag', 'regeling', 'richtlijn'],
  // "van de Wet op de bijzondere opsporingsdiensten", "de Wet op het hoger onderwijs": the law's subject after "op"
  bareNounPrepositions: ['op', 'inzake', 'betreffende'],
  bodyNameJoiners: ['van', 'de', 'der', 'het', 'en', 'voor'],
  instrumentsAfterYear: ['wet'],
  // "Wet rechtspositie rechterlijke ambtenaren", "Wet geluidhinder": the name ends at a verb or a small word
  namesAfterBareNoun: ['is', 'zijn', 'wordt', 'worden', 'werd', 'geldt', 'gelden', 'blijft', 'blijven', 'vervalt', 'luidt', 'bepaalt',
    'kan', 'kunnen', 'zal', 'zullen', 'moet', 'moeten', 'heeft', 'hebben', 'dient', 'wel', 'niet', 'ook', 'nog', 'dan', 'als', 'die', 'dat',
    'welke', 'waarin', 'waarbij', 'indien', 'wanneer', 'zoals', 'bedoeld', 'bedoelde', 'genoemd', 'genoemde', 'gestelde', 'vastgestelde',
    'of', 'en', 'van', 'de', 'het', 'een', 'in', 'op', 'te', 'tot', 'voor', 'bij', 'aan', 'door', 'om', 'uit', 'naar', 'over', 'met', 'onder',
    'juncto', 'jo', 'dit', 'deze', 'haar', 'hun', 'er', 'daarvan', 'hiervan', 'overeenkomstig', 'overeenkomstige', 'toepassing',
    'alsmede', 'alsook', 'evenals', 'respectievelijk', 'onderscheidenlijk', 'casu', 'zowel', 'noch', 'doch', 'maar', 'echter', 'tenzij',
    'mits', 'behalve', 'ingevolge', 'krachtens', 'volgens', 'gelet'],
  nameConnectors: ['van', 'de', 'het', 'inzake', 'tegen', 'en', 'ter', 'tot', 'voor', 'over', 'nr.'],
  ordinals: {
    eerste: 1, tweede: 2, derde: 3, vierde: 4, vijfde: 5, zesde: 6, zevende: 7, achtste: 8, negende: 9, tiende: 10,
    elfde: 11, twaalfde: 12, dertiende: 13, veertiende: 14, vijftiende: 15, zestiende: 16, zeventiende: 17,
    achttiende: 18, negentiende: 19, twintigste: 20,
  },
  ordinalSuffixes: ['ste', 'de', 'e'],
  numberSuffixWords: ['bis', 'ter', 'quater', 'quinquies', 'sexies', 'septies', 'octies', 'nonies', 'decies'],
};

const AR: LanguageTable = {
  code: 'ar',
  units: {
    'المادة': { kind: 'article' }, 'مادة': { kind: 'article' },
    'المواد': { kind: 'article', plural: true }, 'المادتين': { kind: 'article', plural: true },
    'المادتان': { kind: 'article', plural: true },
    'الفقرة': { kind: 'paragraph' }, 'فقرة': { kind: 'paragraph' },
    'الفقرات': { kind: 'paragraph', plural: true }, 'الفقرتين': { kind: 'paragraph', plural: true },
    'الفقرتان': { kind: 'paragraph', plural: true },
    'الفقرة الفرعية': { kind: 'subparagraph' }, 'الفقرات الفرعية': { kind: 'subparagraph', plural: true },
    'الفقرتين الفرعيتين': { kind: 'subparagraph', plural: true },
    'الفقرتان الفرعيتان': { kind: 'subparagraph', plural: true },
    'البند': { kind: 'item' }, 'البنود': { kind: 'item', plural: true },
    'الفصل': { kind: 'chapter' }, 'الفصول': { kind: 'chapter', plural: true },
    'الباب': { kind: 'part' }, 'الجزء': { kind: 'part' },
    'القسم': { kind: 'section' }, 'المرفق': { kind: 'annex' },
  },
  listConnectors: ['و', 'أو', 'او'],
  rangeConnectors: ['إلى', 'الى', 'حتى', '-', '–'],
  ofWords: ['من', 'في'],
  determiners: [],
  thisWords: ['هذه', 'هذا'],
  relative: { 'أعلاه': 'above', 'أدناه': 'below' },
  // "من النظام", "من هذا النظام", "من هذه اللائحة": Saudi Arabia's and the Gulf's word for a statute is "نظام", for regulations
  // "لائحة" ("المادة (التاسعة بعد المائة) من النظام" in the Implementing Regulations of the Companies Law: that Law's article)
  instruments: ['الاتفاقية', 'الاتفاقيه', 'البروتوكول', 'المعاهدة', 'القانون', 'الاتفاق', 'الميثاق', 'النظام', 'اللائحة', 'المرسوم'],
  nameConnectors: [],
  // "الأولى" … "العاشرة", "الحادية عشرة", "الحادية والعشرون", "الأولى بعد المائة" (arabicOrdinals.ts)
  ordinals: ARABIC_ORDINALS,
  ordinalSuffixes: [],
  ordinalItems: true,
  // "المادة 14 مكرراً": an article inserted after 14 (keywords.ts reads it as "14bis")
  numberSuffixWords: ['مكرر', 'مكررا', 'مكرراً', 'مكررًا'],
  // "الفقرة 5 من ذلك التصريح" (the UN Charter, article 106), "من القانون المذكور", "من النظام المشار إليه", "من الاتفاقية ذاتها": an
  // instrument named earlier
  anaphoricAfter: /(?:من|في)\s+(?:ذلك|تلك)\s+[\u0621-\u064a]+|(?:من|في)\s+ال(?!مادة|فقرة|بند)[\u0621-\u064a]+\s+(?:المذكورة?|المشار\s+إليها?|السالفة?\s+الذكر|سالفة?\s+الذكر|ذاتها?|نفسها?)(?![\u0621-\u064a])/u,
  // "عُدلت هذه المادة بموجب المرسوم الملكي …", "تم إلغاء هذه المادة بموجب …", "– تعديل الفقرة (3) لتصبح …", "بموجب قرار مجلس الوزراء …
  // تم إضافة فقرة جديدة" (the notes under a provision in Saudi laws as nezams.com gives them)
  historyNoteOpenings: String.raw`(?:تم|تمت)\s+(?:تعديل|إلغاء|الغاء|إضافة|اضافة|حذف|استبدال)|(?:عدلت|ألغيت|الغيت|أضيفت|اضيفت|حذفت|استبدلت)(?!\p{L})|(?:تعديل|إلغاء|الغاء|إضافة|اضافة|حذف|استبدال)\s+(?:الفقرة|الفقرات|البند|البنود|المادة|المواد|تعريف|عبارة|كلمة|النص)|بموجب\s[^\n]{0,160}?(?:تم|تمت)\s+(?:تعديل|إلغاء|الغاء|إضافة|اضافة)`,
  // Longest first. "لل…" is "ل" + "ال…" with the alif dropped.
  prefixes: [['وبال', 'ال'], ['فبال', 'ال'], ['ولل', 'ال'], ['فلل', 'ال'], ['لل', 'ال'], ['وب', ''], ['ول', ''],
    ['فب', ''], ['فل', ''], ['وك', ''], ['و', ''], ['ب', ''], ['ل', ''], ['ف', ''], ['ك', '']],
};

const DE: LanguageTable = {
  letterAfterNumber: true,
  outerNotAfterComma: true,
  bareNumberCountsPlace: true,
  code: 'de',
  phraseGoesOn: ['der', 'die', 'das', 'dem', 'den', 'und', 'oder', 'nach', 'gemäß', 'von', 'zu', 'im', 'mit'],
  // "Geändert durch Art. 1 G v. 12.6.2020", "Eingefügt durch …" (an editor's note under a provision)
  historyNoteOpenings: String.raw`(?:geändert|eingefügt|aufgehoben|neugefasst|neu[ \t]+gefasst|ersetzt)[ \t]+(?:durch|mit[ \t]+wirkung)(?!\p{L})`,
  instrumentsAfterYear: ['gesetz'],
  amending: {
    instruction: String.raw`(?:wird|werden)\s+(?:[^.;\n]{0,80}\s)?(?:ersetzt|eingefügt|gestrichen|aufgehoben|angefügt)`,
    // "Das Gesetz über die allgemeine Landesverwaltungspflege vom 21. April 1922 wird abgeändert wie folgt:" (Liechtenstein)
    asFollows: String.raw`(?:wird|werden)\s+wie\s+folgt\s+(?:ab)?geändert|(?:wird|werden)\s+(?:ab)?geändert(?:\s+und\s+ergänzt)?\s+wie\s+folgt`,
  },
  abbreviationsAfter: 'initials',
  anaphoricAfter: /(?:des|der)\s+(?:genannten|vorgenannten|bezeichneten)\s+(?:gesetzes|verordnung|richtlinie|vorschrift|paragraphen|artikels|übereinkommens)(?!\p{L})/u,
  // "§ 66 Abs. 7 in der bis zum 30. Juni 1997 geltenden Fassung", "§ 82 findet in der bis zum 31. Dezember 1991 geltenden Fassung
  // Anwendung" (a verb between), "in der am 31. Dezember 2002 geltenden Fassung", "in der vor dem 1. Januar 2002 gültigen Fassung"
  earlierVersionAfter: /(?:(?:findet|finden|gilt|gelten|ist|sind|bleibt|bleiben)\s+)?(?:jeweils\s+)?in\s+der\s+(?:bis\s+(?:zum|einschließlich)|am|vor\s+dem|vor)\s+[^;]{1,80}?\s(?:geltenden|gültigen|maßgebenden|maßgeblichen)\s+Fassung(?!\p{L})/u,
  openEnds: ['ff.', 'f.', 'ff'],
  // Every case a citation uses: "des Absatzes 5", "den Absätzen 1 und 2", "den Artikeln 13 und 14".
  units: {
    artikel: { kind: 'article' }, artikels: { kind: 'article' }, artikeln: { kind: 'article', plural: true }, 'art.': { kind: 'article' },
    absatz: { kind: 'paragraph' }, absatzes: { kind: 'paragraph' }, absätze: { kind: 'paragraph', plural: true },
    absätzen: { kind: 'paragraph', plural: true }, 'abs.': { kind: 'paragraph' },
    satz: { kind: 'item', sentence: true }, satzes: { kind: 'item', sentence: true },
    sätze: { kind: 'item', plural: true, sentence: true }, sätzen: { kind: 'item', plural: true, sentence: true },
    nummer: { kind: 'point' }, nummern: { kind: 'point', plural: true }, 'nr.': { kind: 'point', numericOnly: true },
    // Austria's "Ziffer": "§ 63 Z 1 bis 3 ElWOG 2010", "§ 2 Abs. 1 Z 3 lit. a" (figures only: "z. B." is "for example")
    z: { kind: 'point', numericOnly: true },
    // Switzerland's "Ziffer", below a letter: "Artikel 10 Absatz 1 Buchstabe b Ziffer 1 ELG", "Art. 5 Abs. 2 Bst. a Ziff. 3"
    ziffer: { kind: 'clause' }, ziffern: { kind: 'clause', plural: true }, 'ziff.': { kind: 'clause', numericOnly: true },
    'nrn.': { kind: 'point', plural: true, numericOnly: true },
    buchstabe: { kind: 'subparagraph' }, buchstaben: { kind: 'subparagraph', plural: true }, 'buchst.': { kind: 'subparagraph' }, 'bst.': { kind: 'subparagraph' }, 'lit.': { kind: 'subparagraph' },
    '§': { kind: 'section' }, '§§': { kind: 'section', plural: true },
    kapitel: { kind: 'chapter' }, kapitels: { kind: 'chapter' }, titel: { kind: 'title' }, titels: { kind: 'title' },
    abschnitt: { kind: 'section' }, abschnitts: { kind: 'section' }, abschnittes: { kind: 'section' },
    teil: { kind: 'part' }, teils: { kind: 'part' }, teiles: { kind: 'part' }, teile: { kind: 'part', plural: true },
    anhang: { kind: 'annex' }, anhangs: { kind: 'annex' },
    // "nach § 23 und Anlage 3 des Justizvergütungs- und -entschädigungsgesetzes": German laws' schedules
    anlage: { kind: 'annex' }, anlagen: { kind: 'annex', plural: true },
  },
  // "Art. 24 Abs. 5 i.V.m. 26 ArG", "§ 5 Absatz 1 Satz 1 in Verbindung mit Satz 3 Nummer 8": "in Verbindung mit" joins the units read together
  listConnectors: ['und', 'oder', 'sowie', 'i.v.m.', 'in verbindung mit'],
  // ("§§ 275 bis und mit 297": Swiss German's "up to and including")
  rangeConnectors: ['bis', 'bis und mit', '-', '–'],
  // "Abs. 1 zum Einigungsvertrag", "Anlage zur Verordnung": an annex's "to the" names the instrument too.
  ofWords: ['des', 'der', 'zum', 'zur'],
  // "§ 6 Absatz 2, die §§ 7 bis 9 …": an article between the items of a list. "der" and "des" are of-words.
  determiners: ['die', 'den', 'dem', 'das'],
  thisWords: ['dieses', 'dieser', 'diesem', 'diese'],
  relative: {},
  instruments: ['übereinkommens', 'übereinkommen', 'abkommens', 'abkommen', 'protokolls', 'protokoll', 'vertrags', 'vertrag', 'gesetzes',
    'gesetz', 'gesetzbuchs', 'gesetzbuches', 'gesetzbuch', 'verordnung', 'richtlinie'],
  instrumentSuffixes: ['gesetz', 'gesetzes', 'gesetzbuch', 'gesetzbuchs', 'gesetzbuches', 'ordnung', 'verordnung',
    'abkommen', 'abkommens', 'übereinkommen', 'übereinkommens', 'vertrag', 'vertrags', 'vertrages', 'staatsvertrag', 'staatsvertrages',
    // "Das Sachenrecht vom 31. Dezember 1922", "des Personen- und Gesellschaftsrechts" (Liechtenstein's codes are named so)
    'recht', 'rechts', 'rechtes'],
  nameConnectors: ['über', 'zur', 'zum', 'der', 'des', 'und', 'gegen', 'den', 'die', 'das', 'dem', 'für', 'vom', 'von'],
  // "des Gesetzes über die allgemeine Landesverwaltungspflege", "im Allgemeinen bürgerlichen Gesetzbuch" (Liechtenstein, Austria):
  // an adjective in lower case inside a law's name
  nameAdjective: /^\p{Ll}{2,}(?:lich|isch|ig|al|ell|iv|ein|är)(?:e|en|er|es|em)$/u,
  adjectivesBeforeNoun: true,
  months: ['januar', 'jänner', 'februar', 'feber', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
  ordinals: {},
  ordinalSuffixes: [],
  // § > Absatz > Satz > Nummer > Buchstabe: "§ 3 Absatz 2 Satz 1 Nummer 1", "Nummer 3 Buchstabe a".
  ranks: { item: 9, point: 10, subparagraph: 11, clause: 11.5 },
  unitsBelowOnly: { words: ['ziffer', 'ziffern', 'ziff.'], kind: 'clause', below: 'subparagraph' },
  singularNounLists: true,
  datedInstruments: { nouns: ['g', 'v', 'vo', 'gesetz', 'verordnung'], dateWords: ['v.', 'vom'] },
  relativeUnits: {
    before: { vorstehenden: 'preceding', vorstehende: 'preceding', vorstehender: 'preceding', vorhergehenden: 'preceding',
      vorhergehende: 'preceding', nachstehenden: 'following', nachstehende: 'following', folgenden: 'following', folgende: 'following' },
    after: {},
  },
};

const RU: LanguageTable = {
  code: 'ru',
  // Every case of each noun. "статьи" is genitive singular ("пункт 2 статьи 7") and nominative
  // plural ("статьи 2–11"); it is marked plural so that it can take a list.
  units: {
    'статья': { kind: 'article' },
    'статьи': { kind: 'article', plural: true },
    'статью': { kind: 'article' },
    'статьей': { kind: 'article' },
    'статьёй': { kind: 'article' },
    'статье': { kind: 'article' },
    'статей': { kind: 'article', plural: true },
    'статьям': { kind: 'article', plural: true },
    'статьями': { kind: 'article', plural: true },
    'статьях': { kind: 'article', plural: true },
    'ст.': { kind: 'article', numericOnly: true },
    'пункт': { kind: 'paragraph' },
    'пункта': { kind: 'paragraph' },
    'пункту': { kind: 'paragraph' },
    'пунктом': { kind: 'paragraph' },
    'пункте': { kind: 'paragraph' },
    'пункты': { kind: 'paragraph', plural: true },
    'пунктов': { kind: 'paragraph', plural: true },
    'пунктам': { kind: 'paragraph', plural: true },
    'пунктами': { kind: 'paragraph', plural: true },
    'пунктах': { kind: 'paragraph', plural: true },
    'п.': { kind: 'paragraph', numericOnly: true },
    'подпункт': { kind: 'subparagraph' },
    'подпункта': { kind: 'subparagraph' },
    'подпункту': { kind: 'subparagraph' },
    'подпунктом': { kind: 'subparagraph' },
    'подпункте': { kind: 'subparagraph' },
    'подпункты': { kind: 'subparagraph', plural: true },
    'подпунктов': { kind: 'subparagraph', plural: true },
    'подпунктам': { kind: 'subparagraph', plural: true },
    'подпунктами': { kind: 'subparagraph', plural: true },
    'подпунктах': { kind: 'subparagraph', plural: true },
    'подп.': { kind: 'subparagraph' },
    'пп.': { kind: 'subparagraph', plural: true },
    'глава': { kind: 'chapter' },
    'главы': { kind: 'chapter', plural: true },
    'главе': { kind: 'chapter' },
    'главу': { kind: 'chapter' },
    'главой': { kind: 'chapter' },
    'глав': { kind: 'chapter', plural: true },
    'главам': { kind: 'chapter', plural: true },
    'главами': { kind: 'chapter', plural: true },
    'главах': { kind: 'chapter', plural: true },
    // "Раздел" groups chapters in a code (headings read it so: keywords.ts); never a section beside the articles
    'раздел': { kind: 'title' },
    'раздела': { kind: 'title' },
    'разделу': { kind: 'title' },
    'разделом': { kind: 'title' },
    'разделе': { kind: 'title' },
    'разделы': { kind: 'title', plural: true },
    'разделов': { kind: 'title', plural: true },
    'разделам': { kind: 'title', plural: true },
    'разделами': { kind: 'title', plural: true },
    'разделах': { kind: 'title', plural: true },
    'часть': { kind: 'part' },
    'части': { kind: 'part' },
    'частью': { kind: 'part' },
    'частей': { kind: 'part', plural: true },
    'частям': { kind: 'part', plural: true },
    'частями': { kind: 'part', plural: true },
    'частях': { kind: 'part', plural: true },
    'приложение': { kind: 'annex' },
    'приложения': { kind: 'annex' },
    'приложению': { kind: 'annex' },
    'приложением': { kind: 'annex' },
    'приложении': { kind: 'annex' },
  },
  listConnectors: ['и', 'или', 'и/или'],
  rangeConnectors: ['-', '–', '—', 'по', 'до'],
  ofWords: [],
  determiners: [],
  thisWords: ['настоящая', 'настоящей', 'настоящую', 'настоящий', 'настоящего', 'настоящему', 'настоящим', 'настоящем',
    'настоящее', 'настоящие', 'настоящих', 'настоящими', 'этой', 'этого', 'этом', 'эта', 'этот', 'эту'],
  relative: { выше: 'above', ниже: 'below' },
  instruments: [
    'конвенция', 'конвенции', 'конвенцию', 'конвенцией', 'конвенций',
    'протокол', 'протокола', 'протоколу', 'протоколом', 'протоколе',
    'договор', 'договора', 'договору', 'договором', 'договоре',
    'соглашение', 'соглашения', 'соглашению', 'соглашением', 'соглашении',
    'закон', 'закона', 'закону', 'законом', 'законе',
    'кодекс', 'кодекса', 'кодексу', 'кодексом', 'кодексе',
    'устав', 'устава', 'уставу', 'уставом', 'уставе',
    'пакт', 'пакта', 'пакту', 'пактом', 'пакте',
  ],
  nameConnectors: ['о', 'об', 'против', 'и', 'по'],
  ordinals: {},
  ordinalSuffixes: [],
  bareOuter: true,
  // "части 2 статьи 7": a part of an article is its numbered paragraph ("1.", "2."), inside the article
  ranks: { part: 8 },
  // "подпункте 6) пункта 1 статьи 679": a subparagraph's number written with its marker's parenthesis
  closedNumbers: ['subparagraph'],
};

const ZH: LanguageTable = {
  code: 'zh',
  units: {
    // "款" is a paragraph counted by its place, never numbered in the text: the French alinéa
    条: { kind: 'article' }, 款: { kind: 'alinea' }, 项: { kind: 'item' }, 目: { kind: 'point' },
    章: { kind: 'chapter' }, 节: { kind: 'division' }, 编: { kind: 'part' }, 部分: { kind: 'part' }, 附件: { kind: 'annex' },
  },
  listConnectors: ['和', '及', '以及', '或', '或者'],
  rangeConnectors: ['至', '到', '-', '–', '—', '~', '～'],
  ofWords: [],
  determiners: [],
  thisWords: ['本'],
  relative: {},
  instruments: ['公约', '议定书', '条约', '协定', '法', '法典', '通则', '宪章', '宪法', '条例', '办法', '规定', '解释', '决定', '细则', '规则', '意见', '批复'],
  // "前款", "前条": the preceding paragraph, the preceding article
  relativeUnits: { before: { 前: 'preceding' }, after: {} },
  nameConnectors: [],
  ordinals: {},
  ordinalSuffixes: [],
  numberBeforeUnit: ['第'],
  compounds: ['条件', '条约', '条例', '条款', '条文', '款项', '项目', '章程', '节约', '编制', '目的', '目前', '目标', '部分地'],
};

// Chinese in traditional characters, as Taiwan's laws cite ("第三百三十六條第一項", "前項第一款", "第一百八十五條之一", "依刑事訴訟法第二百五十三條").
// The same words rank otherwise than in the mainland's drafting: an article's paragraphs are "項", counted by their place (each a
// line of its own), their subparagraphs "款" ("一、", "二、"), and those's items "目" ("（一）"), as Taiwan's official English
// translations name them ("Paragraph 1, Subparagraph 2 of Article 3").
const ZH_HANT: LanguageTable = {
  code: 'zh-Hant',
  units: {
    條: { kind: 'article' }, 項: { kind: 'alinea' }, 款: { kind: 'subparagraph' }, 目: { kind: 'item' },
    章: { kind: 'chapter' }, 節: { kind: 'division' }, 編: { kind: 'part' }, 部分: { kind: 'part' }, 附件: { kind: 'annex' },
  },
  listConnectors: ['和', '及', '以及', '與', '或', '或者'],
  rangeConnectors: ['至', '到', '-', '–', '—', '~', '～'],
  ofWords: [],
  determiners: [],
  thisWords: ['本'],
  relative: {},
  instruments: ['公約', '議定書', '條約', '協定', '法', '法典', '通則', '憲章', '憲法', '條例', '辦法', '規定', '解釋', '決定', '細則', '規則', '規程', '準則', '綱要'],
  // "前項", "前條", "前款": the preceding paragraph, article, subparagraph
  relativeUnits: { before: { 前: 'preceding' }, after: {} },
  nameConnectors: [],
  ordinals: {},
  ordinalSuffixes: [],
  numberBeforeUnit: ['第'],
  earlierVersionBefore: /行為時之?$|(?:[〇零一二三四五六七八九十百千\d]+年[〇零一二三四五六七八九十\d]+月[〇零一二三四五六七八九十\d]+日修正(?:公布|施行)?之?(?:條文)?(?:施行前|施行後|前|後)?|修正(?:施行|公布)?[前後]之?)$/u,
  compounds: ['條件', '條約', '條例', '條款', '條文', '款項', '項目', '章程', '節約', '編制', '目的', '目前', '目標', '部分地', '節省', '編列', '編號', '編製', '項下'],
};

// Japanese, as Japan's laws cite ("第二条第一項第三号", "前条第二項", "次条", "同項", "第五十三条から第五十五条まで", "酒税法（昭和二十八年
// 法律第六号）第二条第一項", "第三条の二"). An article's paragraphs are "項", numbered from the second ("２"); their items "号" ("一　");
// the groupings "編", "章", "節", as the official English translations name them (Part, Chapter, Section; "Article 2, paragraph (1),
// item (iii)"). "法律第六号", "政令第二百四十六号", "様式第三号" number an act, an order or a form, never an item ("規則第十四条" is
// the regulation's article all the same).
const JA: LanguageTable = {
  code: 'ja',
  units: {
    条: { kind: 'article' }, 項: { kind: 'paragraph' }, 号: { kind: 'subparagraph' },
    章: { kind: 'chapter' }, 節: { kind: 'division' }, 編: { kind: 'part' },
  },
  listConnectors: ['及び', '並びに', '又は', '若しくは'],
  rangeConnectors: ['から', '-', '–', '—', '～'],
  rangeClosers: ['まで'],
  ofWords: [],
  determiners: [],
  thisWords: ['この', '本'],
  relative: {},
  // ("潜水業務令", "安衛則": an order's and a regulation's short names end in "令" and "則"; "附則", the supplementary provisions,
  // names none: cjk.ts)
  instruments: ['法', '法律', '政令', '省令', '府令', '規則', '規程', '条約', '憲法', '施行令', '施行規則', '条例', '協定', '議定書', '勅令', '令', '則', '基準', '告示', '要綱'],
  // "前条", "前項", "前号", "次条", "次項": the preceding or the following unit
  relativeUnits: { before: { 前: 'preceding', 次: 'following' }, after: {} },
  nameConnectors: [],
  ordinals: {},
  ordinalSuffixes: [],
  numberBeforeUnit: ['第'],
  numberedInstrumentBefore: /(?:法律|政令|省令|府令|勅令|規則|告示|条例|訓令|布告|達|様式|別記|別表|附録|号外)$/u,
  numberedFormAfter: /^(?:様式|書式|表)/u,
  // "改正前の第二十三条", "改正後の第五条", "旧第十二条": the text as it read before an amendment, or as one made it
  earlierVersionBefore: /(?:改正(?:前|後)の?|旧)$/u,
  // "附則第五条": an article of the supplementary provisions, numbered apart from the main provisions' ("第五条"); "別表第一第二号",
  // "同表第六十二号", "別表第三備考第六号": a row of an appended table, or of its notes
  // ("令別表第一の六第一号イ", an order's appended table 1-6; "第二条の表第一号", a row of the table in article 2)
  // ("この表の第十五号", "前条の表の第二十二号": that table's rows too)
  partNamedBefore: /(?:附則|(?:別表(?:第[〇一二三四五六七八九十]{1,3}(?:の[〇一二三四五六七八九十]{1,3})?)?|同表|この表|(?:前条|第[〇一二三四五六七八九十百千]{1,6}条(?:の[〇一二三四五六七八九十百千]{1,6}){0,3}(?:第[〇一二三四五六七八九十]{1,3}項)?)?の表)(?:備考)?の?)$/u,
  bareInstrumentNoun: true,
  compounds: ['条件', '条約', '条例', '条文', '条項', '項目', '号令', '章程', '節約', '編集', '編成', '目的', '目標', '条理'],
};

// Korean, as Korea's laws cite ("제2조제1항제3호", "제10조제1항부터 제4항까지", "제434조의2", "같은 조 제15호", "「전자금융거래법」 제2조제14호",
// "이 법", "전항", "제1호가목"). An article's paragraphs are "항" (①, ②), their items "호" ("1."), and those's sub-items "목" ("가."), as the
// official English translations name them (Article 2 (1) 3 (a)); the groupings "편", "장", "절", "관". "법률 제19563호" numbers an act,
// "별지 제1호서식" a form, never an item.
const KO: LanguageTable = {
  code: 'ko',
  units: {
    조: { kind: 'article' }, 항: { kind: 'paragraph' }, 호: { kind: 'subparagraph' },
    편: { kind: 'part' }, 장: { kind: 'chapter' }, 절: { kind: 'division' },
  },
  listConnectors: ['및', '또는', '와', '과', 'ㆍ', '、'],
  // ("제7항 내지 제9항": older laws' "through")
  rangeConnectors: ['부터', '내지', '-', '–', '~', '～'],
  rangeClosers: ['까지'],
  ofWords: [],
  determiners: [],
  thisWords: ['이', '본'],
  relative: {},
  // ("이 영", this decree: "령" after a word's first syllable is written "영")
  // ("이 협약", this convention: a treaty's Korean text)
  instruments: ['법', '법률', '영', '령', '시행령', '시행규칙', '규칙', '조례', '규정', '헌법', '조약', '협정', '협약', '의정서'],
  // "전조", "전항", "전호" (older laws): the preceding unit
  relativeUnits: { before: { 전: 'preceding' }, after: {} },
  nameConnectors: [],
  ordinals: {},
  ordinalSuffixes: [],
  numberBeforeUnit: ['제'],
  // ("법률 제19470호 공직자윤리법", "부칙 <제19563호,2023.7.18>", "대통령령 제1234호": an act's or a decree's number)
  numberedInstrumentBefore: /(?:법률|대통령령|총리령|부령|규칙|조례|고시|훈령|예규|공고|<)[ \t]?$/u,
  // ("별지 제1호서식", "제2호의2서식", "제3호표")
  numberedFormAfter: /^(?:의\d{1,3})?[ \t]?(?:서식|양식|표|호증)/u,
  // ("종전의 제5조", "개정 전의 제3조", "구 제12조": the text as it read before an amendment)
  earlierVersionBefore: /(?:종전의|종전|개정[ \t]?전의|개정[ \t]?후의|구)[ \t]$/u,
  // "부칙 제2조제6항": an article of the supplementary provisions, numbered apart; "별표 1 제3호": a row of an appended table;
  // "별표 3 제1호의 비고 제7호": an item of a table's notes; "같은 표 제2호": a row of the table named before
  partNamedBefore: /(?:부칙|별표[ \t]?\d{0,3}(?:의\d{1,2})?|별지|비고|같은[ \t]?(?:별)?표)[ \t]?$/u,
  nameMarks: ['「', '」'],
  subItemLetters: '가나다라마바사아자차카타파하',
  // (a particle, a unit's number after it, a range's or a list's word, or no syllable at all)
  particlesAfterNoun: /^(?:[^\uac00-\ud7a3]|에|의|를|을|은|는|이|가|와|과|로|으로|도|만|부터|까지|및|제|중|각|단|본|전|후|에서|에게|보다|마다|란|이란|으로서|으로써|로서|로써)/u,
};

// Italian, as Italy's laws cite ("articolo 1, comma 2, lettera a), del decreto legislativo 30 marzo 2001, n. 165",
// "all'articolo 3-bis e al Capo IV", "artt. 9, terzo comma, della legge …", "del medesimo decreto"). An article's
// paragraphs are "commi", their points "lettere" ("a)"), then "numeri" ("1)").
const IT: LanguageTable = {
  abbreviationsAfter: 'capitals',
  code: 'it',
  phraseGoesOn: ['di', 'della', 'dello', 'dei', 'degli', 'delle', 'nel', 'nella', 'ai', 'al', 'alla'],
  amending: {
    instruction: String.raw`(?:è|e'|sono)\s+(?:(?:infine|inoltre),?\s+)?(?:sostituit|aggiunt|inserit|soppress|abrogat)[oaie]`,
    asFollows: String.raw`(?:sono|vengono)\s+apportate\s+le\s+seguenti\s+modific(?:he|azioni)`,
  },
  anaphoricAfter: /(?:del|della|dello|dei|degli|delle)\s+(?:medesim[oaie]|citat[oaie]|predett[oaie]|suddett[oaie]|stess[oaie]|richiamat[oaie])\s+(?:decreto(?:\s+legislativo|-legge)?|legge|codice|regolamento|direttiva|testo\s+unico|articol[oi]|convenzione|trattato)(?!\p{L})/u,
  nameAdjective: /^\p{Ll}{2,}(?:ale|ali|ile|ili|ico|ici|ichi|ica|iche|ivo|ivi|iva|ive|ario|ari|aria|arie|are)$/u,
  openEnds: ['e seguenti', 'e ss.', 'e segg.'],
  units: {
    articolo: { kind: 'article' }, articoli: { kind: 'article', plural: true },
    'art.': { kind: 'article' }, 'artt.': { kind: 'article', plural: true },
    comma: { kind: 'paragraph' }, commi: { kind: 'paragraph', plural: true }, 'co.': { kind: 'paragraph', numericOnly: true },
    paragrafo: { kind: 'paragraph' }, paragrafi: { kind: 'paragraph', plural: true }, 'par.': { kind: 'paragraph', numericOnly: true },
    lettera: { kind: 'subparagraph' }, lettere: { kind: 'subparagraph', plural: true }, 'lett.': { kind: 'subparagraph' },
    // Switzerland's Italian names an article's paragraph "capoverso" ("capoverso 1 lettere d ed e", "art. 22 cpv. 2 lett. c")
    capoverso: { kind: 'paragraph' }, capoversi: { kind: 'paragraph', plural: true }, 'cpv.': { kind: 'paragraph', numericOnly: true },
    // "numero 1)" names an item; never "n.", which numbers laws ("legge 7 agosto 1990, n. 241")
    numero: { kind: 'item', numericOnly: true }, numeri: { kind: 'item', plural: true, numericOnly: true },
    punto: { kind: 'point' }, punti: { kind: 'point', plural: true },
    // "comma 13, terzo periodo, della legge …": a sentence, read but no unit (as German "Satz")
    periodo: { kind: 'item', sentence: true }, periodi: { kind: 'item', plural: true, sentence: true },
    capo: { kind: 'chapter' }, capi: { kind: 'chapter', plural: true },
    capitolo: { kind: 'chapter' }, capitoli: { kind: 'chapter', plural: true },
    sezione: { kind: 'section' }, sezioni: { kind: 'section', plural: true },
    titolo: { kind: 'title' }, titoli: { kind: 'title', plural: true },
    libro: { kind: 'book' }, libri: { kind: 'book', plural: true },
    parte: { kind: 'part' }, parti: { kind: 'part', plural: true },
    allegato: { kind: 'annex' }, allegati: { kind: 'annex', plural: true },
    // "ai capitoli da 28 a 39 dell’Elenco XL" (the GATT's schedules of concessions: a numbered list, a unit only with its number)
    elenco: { kind: 'schedule' }, elenchi: { kind: 'schedule', plural: true },
  },
  unitsInChain: { 'n.': { kind: 'item', numericOnly: true } },
  listConnectors: ['e', 'ed', 'o', 'od', 'e/o'],
  rangeConnectors: ['a', 'al', '-', '–'],
  rangeOpeners: ['da', 'dal'],
  // "dell'articolo 5", "degli articoli 43 e 44": the preposition and the article in one word
  ofWords: ['di', 'del', 'dello', 'della', "dell'", 'dei', 'degli', 'delle'],
  // "l'articolo 3 dell'allegato II al decreto": an annex's "to" names the instrument
  ofWordsAfter: { annex: ['al', 'alla', "all'", 'allo'] },
  // "del medesimo decreto", "della citata legge": the instrument named before (resolve.ts)
  determiners: ['il', 'lo', 'la', "l'", 'i', 'gli', 'le', 'medesimo', 'medesima', 'medesimi', 'medesime', 'citato', 'citata',
    'citati', 'citate', 'predetto', 'predetta', 'suddetto', 'suddetta', 'stesso', 'stessa', 'stessi', 'stesse'],
  thisWords: ['presente', 'presenti', 'questo', 'questa'],
  relative: { precedente: 'preceding', precedenti: 'preceding', seguente: 'following', seguenti: 'following',
    successivo: 'following', successiva: 'following', successivi: 'following', successive: 'following' },
  relativeUnits: { before: {}, after: { precedente: 'preceding', successivo: 'following', successiva: 'following', seguente: 'following' } },
  // "al citato articolo 226 delle norme di cui al decreto legislativo n. 271 del 1989"
  anaphoric: ['medesimo', 'medesima', 'medesimi', 'medesime', 'predetti', 'predette', 'suddetti', 'suddette', 'citato', 'citata',
    'citati', 'citate', 'stesso', 'stessa', 'stessi', 'stesse'],
  instruments: ['convenzione', 'protocollo', 'trattato', 'legge', 'decreto', 'decreto legislativo', 'decreto-legge',
    'd.lgs.', 'd.l.', 'd.p.r.', 'l.', 'codice', 'regolamento', 'direttiva', 'accordo', 'carta', 'costituzione', 'statuto',
    'testo unico', 'ordinanza', 'contratto collettivo', 'contratti collettivi', 'regio decreto', 'regio-decreto', 'r.d.'],
  nameConnectors: ['di', 'del', 'dello', 'della', "dell'", 'dei', 'degli', 'delle', 'in', 'materia', 'per', 'sulla', 'sul', "sull'",
    'sui', 'sulle', 'contro', 'e', 'n.', 'n'],
  lowercaseNames: true,
  months: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre',
    'novembre', 'dicembre'],
  ordinals: {
    primo: 1, prima: 1, secondo: 2, seconda: 2, terzo: 3, terza: 3, quarto: 4, quarta: 4, quinto: 5, quinta: 5,
    sesto: 6, sesta: 6, settimo: 7, settima: 7, ottavo: 8, ottava: 8, nono: 9, nona: 9, decimo: 10, decima: 10,
    // "i commi decimo e undicesimo dell'articolo 14 della citata legge"
    undicesimo: 11, undicesima: 11, dodicesimo: 12, dodicesima: 12, tredicesimo: 13, tredicesima: 13, quattordicesimo: 14,
    quattordicesima: 14, quindicesimo: 15, quindicesima: 15, sedicesimo: 16, sedicesima: 16, diciassettesimo: 17, diciassettesima: 17,
    diciottesimo: 18, diciottesima: 18, diciannovesimo: 19, diciannovesima: 19, ventesimo: 20, ventesima: 20,
  },
  ordinalSuffixes: ['º', 'ª', '°'],
  ordinalItems: true,
  numberSuffixWords: ['bis', 'ter', 'quater', 'quinquies', 'sexies', 'septies', 'octies', 'novies', 'nonies', 'decies'],
  closedNumbers: ['item', 'point'],
  doubledLetters: true,
  semicolonLists: true,
};

// Catalan, as Andorra's Butlletí Oficial and Catalonia's, Valencia's and the Balearic Islands' gazettes write it: "l’apartat 5
// de l’article 155", "els apartats 1 i 4 de l’article 41 de la Llei 3/2007, del 22 de març", "la lletra a) de l’article 2
// d’aquesta Llei" ("aquesta Llei" is the text itself, as Spanish "esta Ley"), "el paràgraf anterior".
const CA: LanguageTable = {
  abbreviationsAfter: 'capitals',
  code: 'ca',
  months: ['gener', 'febrer', 'març', 'abril', 'maig', 'juny', 'juliol', 'agost', 'setembre', 'octubre', 'novembre', 'desembre'],
  // "Es modifica l’article 3 de la Llei 2/2018, …, que queda redactat com segueix:", "S’afegeix un article 99 bis a la Llei …",
  // "Se suprimeix la lletra c)", "queden derogats"
  amending: {
    instruction: String.raw`(?:es|s['’])\s*(?:modifica|modifiquen|afegeix|afegeixen|addiciona|addicionen|deroga|deroguen|insereix|insereixen|incorpora|incorporen|substitueix|substitueixen)(?!\p{L})|se\s+suprimeix(?:en)?(?!\p{L})|queda(?:n|ran?)?\s+(?:modifica|deroga|redacta|suprimi|substituï|afegi|incorpora)(?:t|da|ts|des)(?!\p{L})`,
    asFollows: String.raw`(?:com\s+segueix|de\s+la\s+manera\s+següent|en\s+els\s+termes\s+següents|amb\s+el\s+text\s+següent|(?:de\s+la\s+forma|del\s+mode)\s+següent)(?!\p{L})`,
  },
  unnamedProvisionAfter: /(?:de|a|en)\s+(?:la|les|aquesta|aquestes|l['’]esmentada|la\s+dita)\s+disposici(?:ó|ons)\s+(?:addicional|transitòria|final|derogatòria)s?(?!\p{L})/u,
  // "de l’esmentat article 30", "dels citats articles 5 i 6": units of the instrument named before
  anaphoric: ['esmentat', 'esmentada', 'esmentats', 'esmentades', 'citat', 'citada', 'citats', 'citades', 'referit', 'referida',
    'referits', 'referides', 'dit', 'dita', 'dits', 'dites'],
  // "l’article 12 de l’esmentada Llei", "de la mateixa llei", "del citat decret"
  // "l’article 24 d’aquesta mateixa Llei": this same law, the one named before, not this text
  anaphoricAfter: /(?:de\s+l['’]|d['’]|del?s?\s+(?:la\s+|les\s+)?)\s*(?:aquest(?:a|s|es)?\s+)?(?:mateix|mateixa|mateixos|mateixes|esmentad?[ae]?s?|citad?[ae]?s?|referid?[ae]?s?|dit|dita|dits|dites)\s+(?:llei|codi|decret|decret\s+legislatiu|reglament|conveni|convenció|tractat|constitució|norma|article|text)(?!\p{L})/u,
  nameAdjective: /^\p{Ll}{2,}(?:al|als|il|ils|ica|iques|ic|ics|iu|ius|iva|ives|ari|aris|ària|àries)$/u,
  openEnds: ['i següents', 'i ss.'],
  units: {
    article: { kind: 'article' }, articles: { kind: 'article', plural: true },
    'art.': { kind: 'article' }, 'arts.': { kind: 'article', plural: true },
    apartat: { kind: 'paragraph' }, apartats: { kind: 'paragraph', plural: true },
    paràgraf: { kind: 'paragraph' }, paràgrafs: { kind: 'paragraph', plural: true },
    lletra: { kind: 'subparagraph' }, lletres: { kind: 'subparagraph', plural: true },
    secció: { kind: 'section' }, seccions: { kind: 'section', plural: true },
    capítol: { kind: 'chapter' }, capítols: { kind: 'chapter', plural: true },
    títol: { kind: 'title' }, títols: { kind: 'title', plural: true },
    llibre: { kind: 'book' }, llibres: { kind: 'book', plural: true }, part: { kind: 'part' },
    annex: { kind: 'annex' }, annexos: { kind: 'annex', plural: true },
  },
  listConnectors: ['i', 'o', 'i/o'],
  rangeConnectors: ['a', 'al', 'fins a', 'fins al', '-', '–'],
  rangeOpeners: ['del', 'de'],
  ofWords: ['de', 'del', 'dels', "d'"],
  // "l’article 3 de l’annex II al Conveni": an annex's "to" names the instrument
  ofWordsAfter: { annex: ['al', 'a'] },
  determiners: ['el', 'la', 'els', 'les', "l'"],
  thisWords: ['present', 'presents', 'aquest', 'aquesta', 'aquests', 'aquestes'],
  relative: { anterior: 'preceding', anteriors: 'preceding', precedent: 'preceding', precedents: 'preceding', següent: 'following', següents: 'following' },
  // "l’apartat segon de l’article anterior": the article named by its place
  outerArticleByPlace: { anterior: 'preceding', precedent: 'preceding', següent: 'following' },
  // "els paràgrafs a) a e) de l’apartat anterior": the unit named by its place
  relativeUnits: { before: {}, after: { anterior: 'preceding', precedent: 'preceding', següent: 'following' } },
  nestsEitherWay: new Set<RefUnitKind>(['paragraph', 'subparagraph']),
  // "la lletra a) de l’apartat 1": letters written as their markers
  closedNumbers: ['paragraph', 'subparagraph'],
  // "la Llei qualificada 9/2005", "el Decret legislatiu del 29-1-2020", "el Codi de l’Administració"
  instruments: ['conveni', 'convenció', 'protocol', 'tractat', 'llei', 'llei qualificada', 'codi', 'reglament', 'decret',
    'decret legislatiu', 'decret llei', 'directiva', 'acord', 'carta', 'constitució', 'pacte', 'estatut'],
  nameConnectors: ['de', 'del', 'dels', 'la', 'el', 'les', 'els', "l'", "d'", 'sobre', 'contra', 'i', 'per', 'en', 'núm.', 'n.'],
  lowercaseNames: true,
  ordinals: {
    primer: 1, primera: 1, segon: 2, segona: 2, tercer: 3, tercera: 3, quart: 4, quarta: 4, cinquè: 5, cinquena: 5,
    sisè: 6, sisena: 6, setè: 7, setena: 7, vuitè: 8, vuitena: 8, novè: 9, novena: 9, desè: 10, desena: 10,
    onzè: 11, onzena: 11, dotzè: 12, dotzena: 12,
  },
  ordinalSuffixes: ['º', 'ª'],
  numberOrdinalSuffixes: ['º', 'ª'],
  ordinalItems: true,
  numberSuffixWords: ['bis', 'ter', 'quater', 'quinquies', 'sexies', 'septies', 'octies'],
};

/** All tables, in the order tried when the language is unknown. */
// Bulgarian, as Bulgaria's laws cite ("чл. 17, ал. 3 и 18, ал. 3", "по чл. 9 от Закона за защита на конкуренцията", "ал. 1,
// т. 3", "§ 1 от допълнителните разпоредби"): an article's paragraphs are "алинеи" ("(1)"), their points "точки" ("1."), then
// letters ("буква „а“"). No cases: a noun has its plain, its definite ("члена") and its plural forms.
const BG: LanguageTable = {
  code: 'bg',
  // "В Гражданския процесуален кодекс (обн., …) се правят следните изменения:" then "1. В чл. 583, ал. 2 думата … се заменя с …"
  amending: {
    instruction: String.raw`се\s+(?:заменя|заменят|заличава|заличават|отменя|отменят|създава|създават|изменя|изменят|добавя|добавят|допълва|допълват)(?![\p{L}])`,
    asFollows: String.raw`се\s+правят\s+следните\s+(?:изменения|допълнения)(?:\s+и\s+(?:изменения|допълнения))?`,
  },
  units: {
    'член': { kind: 'article' }, 'члена': { kind: 'article' }, 'членът': { kind: 'article' }, 'членове': { kind: 'article', plural: true },
    'членовете': { kind: 'article', plural: true }, 'чл.': { kind: 'article', numericOnly: true },
    'алинея': { kind: 'paragraph' }, 'алинеята': { kind: 'paragraph' }, 'алинеи': { kind: 'paragraph', plural: true },
    'алинеите': { kind: 'paragraph', plural: true }, 'ал.': { kind: 'paragraph', numericOnly: true },
    'точка': { kind: 'point' }, 'точката': { kind: 'point' }, 'точки': { kind: 'point', plural: true }, 'точките': { kind: 'point', plural: true },
    'т.': { kind: 'point', numericOnly: true },
    'буква': { kind: 'subparagraph' }, 'буквата': { kind: 'subparagraph' }, 'букви': { kind: 'subparagraph', plural: true },
    'буквите': { kind: 'subparagraph', plural: true },
    'глава': { kind: 'chapter' }, 'главата': { kind: 'chapter' }, 'глави': { kind: 'chapter', plural: true },
    // "Раздел" groups articles inside a chapter (headings read it as a title: keywords.ts)
    'раздел': { kind: 'title' }, 'раздела': { kind: 'title' }, 'раздели': { kind: 'title', plural: true },
    'част': { kind: 'part' }, 'частта': { kind: 'part' }, 'части': { kind: 'part', plural: true },
    'приложение': { kind: 'annex' }, 'приложението': { kind: 'annex' }, 'приложения': { kind: 'annex', plural: true },
    // the numbered provisions of the supplementary, transitional and final provisions: "**§ 1.** По смисъла на този закон: …"
    '§': { kind: 'section' }, '§§': { kind: 'section', plural: true }, 'параграф': { kind: 'section', belowArticle: 'paragraph' },
    'параграфа': { kind: 'section', belowArticle: 'paragraph' }, 'параграфи': { kind: 'section', plural: true, belowArticle: 'paragraph' },
  },
  // "§ 1, т. 18 от допълнителните разпоредби на закона": a § of the provisions after the articles (of this law or of another)
  unnamedProvisionAfter: /(?:от|на)\s+(?:допълнителните|преходните|заключителните|преходните\s+и\s+заключителните|допълнителните\s+и\s+заключителните)\s+разпоредби(?!\p{L})/iu,
  listConnectors: ['и', 'или', 'и/или'],
  rangeConnectors: ['-', '–', '—', 'до'],
  ofWords: ['от', 'на'],
  // "приложение № 1, раздел ІІ, буква "А", т. 7 към Кодекса за застраховането": an annex "to" a code, and what it holds
  ofWordsAfter: { annex: ['към'], title: ['към'], subparagraph: ['към'], point: ['към'] },
  determiners: [],
  thisWords: ['този', 'тази', 'това', 'настоящия', 'настоящият', 'настоящата', 'настоящото', 'настоящите'],
  relative: {},
  instruments: [
    'закон', 'закона', 'законът', 'кодекс', 'кодекса', 'кодексът', 'конвенция', 'конвенцията', 'договор', 'договора',
    'споразумение', 'споразумението', 'протокол', 'протокола', 'наредба', 'наредбата', 'правилник', 'правилника',
    'регламент', 'регламента', 'директива', 'директивата', 'конституция', 'конституцията', 'устав', 'устава',
  ],
  nameConnectors: ['за', 'на', 'и', 'от', 'по', 'с', 'срещу'],
  // "от Закона за предучилищното и училищното образование": a law's name goes on in lower case
  lowercaseNames: true,
  // adjectives: "-ски", "-ския" (definite), "-ската", "-ен", "-ния", "-ните", "-ов", "-ето" ("висшето"); a name's words go on after one
  nameAdjective: /^\p{Ll}{2,}(?:ски|ския|ският|ска|ската|ско|ското|ските|ен|на|ната|но|ното|ни|ните|ния|ният|ов|ова|ово|ови|ев|ева|ево|еви|ото|ето)$/u,
  adjectivesBeforeNoun: true,
  prepositionsBeforeName: ['в', 'във', 'съгласно', 'със', 'с', 'по', 'от'],
  quotedLetters: true,
  // "по реда на чл. 195 ЗУТ", "чл. 161, ал. 1 ЗУТ": a law's initials in capitals after the citation
  abbreviationsAfter: 'capitals',
  abbreviationsUpTo: 8,
  ordinals: {
    'първи': 1, 'първа': 1, 'първо': 1, 'втори': 2, 'втора': 2, 'второ': 2, 'трети': 3, 'трета': 3, 'трето': 3,
    'четвърти': 4, 'четвърта': 4, 'четвърто': 4, 'пети': 5, 'пета': 5, 'пето': 5, 'шести': 6, 'шеста': 6, 'шесто': 6,
    'седми': 7, 'седма': 7, 'седмо': 7, 'осми': 8, 'осма': 8, 'осмо': 8, 'девети': 9, 'девета': 9, 'девето': 9,
    'десети': 10, 'десета': 10, 'десето': 10,
  },
  ordinalSuffixes: [],
};

// Vietnamese, as Vietnam's laws write it (thuvienphapluat.vn as scraped): "khoản 2 Điều 5 của Luật này", "điểm a khoản 1 Điều 10"
// (the inner unit first, the outer after it with no of-word, as in Russian), "Điều này" and "Luật này" ("this" after its noun),
// "các khoản 1, 2 và 3 Điều 7", "Chương II", "Mục 2" (a grouping below a chapter). Not read yet: "từ Điều 5 đến Điều 10" as one
// range (its two ends are read as two citations), and an instrument's whole name ("Bộ luật Hình sự" is read to its capital words).
const VI: LanguageTable = {
  code: 'vi',
  units: {
    'điều': { kind: 'article' }, 'các điều': { kind: 'article', plural: true },
    'khoản': { kind: 'paragraph' }, 'các khoản': { kind: 'paragraph', plural: true },
    'điểm': { kind: 'point' }, 'các điểm': { kind: 'point', plural: true },
    'chương': { kind: 'chapter' }, 'mục': { kind: 'division' }, 'phần': { kind: 'part' }, 'phụ lục': { kind: 'annex' },
  },
  listConnectors: ['và', 'hoặc', 'và/hoặc'],
  rangeConnectors: ['đến', '-', '–'],
  rangeOpeners: ['từ'],
  ofWords: ['của'],
  determiners: [],
  thisWords: [],
  thisWordsAfter: ['này'],
  relative: {},
  instruments: ['luật', 'bộ luật', 'nghị định', 'nghị quyết', 'thông tư', 'pháp lệnh', 'hiến pháp', 'công ước', 'điều ước', 'hiệp định',
    'quyết định'],
  nameConnectors: [],
  ordinals: {},
  ordinalSuffixes: [],
  bareOuter: true,
  lettersOnly: true,
};

// Czech, as Czech laws write it (e-Sbírka, legalize-cz): "§ 230 odst. 1 písm. a)", "§ 182 odst. 1 písm. b) nebo c)", "v odstavci 1
// nebo 2", "podle § 285 odst. 4 a 5", "§ 2 až 5", "čl. I bod 3", "odst. 1 věty první", "tohoto zákona", "přílohy č. 1"; another act
// by its number ("§ 26 odst. 8 zákona č. 18/1997 Sb.") or its adjectives before the noun ("§ 110 trestního řádu", "občanského
// zákoníku"). The outer unit or the instrument follows in the genitive, with no of-word, as in Russian. Every case of each noun.
const CS_ORDINALS = czechOrdinals();
const CS: LanguageTable = {
  code: 'cs',
  amending: {
    // "V § 18 odst. 2 písm. b) se tečka nahrazuje čárkou", "se za slova „a to“ vkládá slovo „jen“", "§ 7 včetně nadpisu zní:",
    // "Odstavec 3 se zrušuje." (the clitic "se" stands anywhere before the verb; a court that "zrušuje rozhodnutí" amends nothing)
    instruction: String.raw`(?:nahrazuje|nahrazují|vkládá|vkládají|doplňuje|doplňují|vypouští|vypouštějí|zní|znějí|přečíslovávají|přečíslovává|přečíslují|označuje|označují)(?!\p{L})|(?:se\s+zrušuj[eí]|zrušuj[eí]\s+se)(?!\p{L})`,
    asFollows: String.raw`se\s+(?:mění|doplňuje|mění\s+a\s+doplňuje)\s+takto`,
    asAmendedBy: String.raw`ve\s+znění`,
    // "Zákon č. 182/2006 Sb., o úpadku a způsobech jeho řešení, se mění takto:": the act's title after its number
    nameThenDate: String.raw`,[ \t]+o[ \t][^,:;\n]{1,300}?[ \t]*`,
  },
  units: {
    '§': { kind: 'section' }, '§§': { kind: 'section', plural: true },
    paragraf: { kind: 'section' }, paragrafu: { kind: 'section' }, paragrafem: { kind: 'section' }, paragrafy: { kind: 'section', plural: true },
    'paragrafů': { kind: 'section', plural: true }, paragrafech: { kind: 'section', plural: true }, 'paragrafům': { kind: 'section', plural: true },
    'článek': { kind: 'article' }, 'článku': { kind: 'article' }, 'článkem': { kind: 'article' }, 'články': { kind: 'article', plural: true },
    'článků': { kind: 'article', plural: true }, 'článcích': { kind: 'article', plural: true }, 'článkům': { kind: 'article', plural: true },
    'čl.': { kind: 'article' },
    // "odstavce" is the genitive singular ("odstavce 1") and the plural ("odstavce 1 a 2"): plural, so that it takes a list
    odstavec: { kind: 'paragraph' }, odstavce: { kind: 'paragraph', plural: true }, odstavci: { kind: 'paragraph', plural: true },
    odstavcem: { kind: 'paragraph' }, 'odstavců': { kind: 'paragraph', plural: true }, 'odstavcích': { kind: 'paragraph', plural: true },
    'odstavcům': { kind: 'paragraph', plural: true }, 'odst.': { kind: 'paragraph', plural: true },
    'písmeno': { kind: 'subparagraph' }, 'písmene': { kind: 'subparagraph' }, 'písmenu': { kind: 'subparagraph' }, 'písmenem': { kind: 'subparagraph' },
    'písmena': { kind: 'subparagraph', plural: true }, 'písmen': { kind: 'subparagraph', plural: true }, 'písmenech': { kind: 'subparagraph', plural: true },
    'písmenům': { kind: 'subparagraph', plural: true }, 'písmeny': { kind: 'subparagraph', plural: true }, 'písm.': { kind: 'subparagraph', plural: true },
    bod: { kind: 'point' }, bodu: { kind: 'point' }, bodem: { kind: 'point' }, body: { kind: 'point', plural: true }, 'bodů': { kind: 'point', plural: true },
    bodech: { kind: 'point', plural: true }, 'bodům': { kind: 'point', plural: true },
    // "odst. 1 věty první", "věta druhá" (a sentence: read, no unit of the structure)
    'věta': { kind: 'item', sentence: true }, 'věty': { kind: 'item', sentence: true, plural: true }, 'větě': { kind: 'item', sentence: true },
    'větu': { kind: 'item', sentence: true }, 'větou': { kind: 'item', sentence: true },
    'část': { kind: 'part' }, 'části': { kind: 'part' }, 'částí': { kind: 'part', plural: true },
    hlava: { kind: 'title' }, hlavy: { kind: 'title' }, 'hlavě': { kind: 'title' }, hlavu: { kind: 'title' }, hlavou: { kind: 'title' },
    'díl': { kind: 'chapter' }, 'dílu': { kind: 'chapter' }, 'dílem': { kind: 'chapter' },
    'oddíl': { kind: 'division' }, 'oddílu': { kind: 'division' }, 'oddílem': { kind: 'division' },
    'příloha': { kind: 'annex' }, 'přílohy': { kind: 'annex' }, 'příloze': { kind: 'annex' }, 'přílohu': { kind: 'annex' }, 'přílohou': { kind: 'annex' },
  },
  // "přílohy č. 1", "bodu č. 3": the number's sign between the noun and the number
  numberSigns: ['č.'],
  // ("§ 39 popř. § 71 vládního nařízení č. 100/1966 Sb.": "or, as the case may be")
  listConnectors: ['a', 'nebo', 'anebo', 'či', 'a/nebo', 'popř.', 'popřípadě', 'případně', 'resp.', 'respektive'],
  rangeConnectors: ['až', '-', '–'],
  openEnds: ['a násl.', 'a následující', 'a následujících', 'a sl.', 'a sled.'],
  ofWords: [],
  determiners: [],
  // (singular only: "doplňují tyto věty" is "these sentences", which follow)
  thisWords: ['tohoto', 'této', 'tomto', 'tento', 'tato', 'toto', 'tomuto', 'touto', 'tímto'],
  // "téhož zákona", "uvedeného zákona", "citovaného nařízení": the act named before
  anaphoricAfter: /(?:téhož|téže|tomtéž|uvedeného|uvedené|citovaného|citované|označeného|označené|zmíněného|zmíněné)\s+(?:zákona|zákoníku|nařízení|vyhlášky|předpisu|řádu|směrnice|úmluvy|smlouvy|dohody|paragrafu|článku)(?!\p{L})/u,
  relative: {},
  relativeUnits: {
    before: {
      'předchozího': 'preceding', 'předchozím': 'preceding', 'předchozí': 'preceding', 'předcházejícího': 'preceding', 'předcházejícím': 'preceding',
      'předcházející': 'preceding', 'následujícího': 'following', 'následujícím': 'following', 'následující': 'following',
    },
    after: {},
  },
  instruments: [
    'zákon', 'zákona', 'zákonu', 'zákonem', 'zákoně', 'zákony', 'zákonů',
    'zákoník', 'zákoníku', 'zákoníkem',
    'vyhláška', 'vyhlášky', 'vyhlášce', 'vyhláškou', 'vyhlášku',
    'nařízení', 'nařízením', 'nařízení vlády', 'nařízením vlády',
    'řád', 'řádu', 'řádem',
    'úmluva', 'úmluvy', 'úmluvě', 'úmluvou', 'úmluvu',
    'smlouva', 'smlouvy', 'smlouvě', 'smlouvou',
    'směrnice', 'směrnici', 'směrnicí', 'směrnic',
    'ústava', 'ústavy', 'ústavě', 'ústavou',
    'protokol', 'protokolu', 'protokolem',
    'dohoda', 'dohody', 'dohodě', 'dohodou',
    // "§ 3 odst. 7 a 8 výnosu federálního ministerstva práce a sociálních věcí ze dne 30. prosince 1988" (an older ministry's edict)
    'výnos', 'výnosu', 'výnosem',
    // "Část sedmá sdělení je bez názvu" (a notice's part, the form a decree sets out)
    'sdělení',
  ],
  nameConnectors: ['o', 'z', 'ze', 'na', 'proti', 'č.'],
  // "trestního řádu", "občanského zákoníku", "zákoníku práce": adjectives before the noun
  nameAdjective: /^\p{Ll}{2,}(?:ní|ního|nímu|ním|ský|ského|skému|ském|ská|ské|cký|ckého|ckému|ckém|cká|cké|ový|ového|ovému|ovém|ová|ové)$/u,
  adjectivesBeforeNoun: true,
  // "zákona o daních z příjmů": a law's name goes on in lower case
  lowercaseNames: true,
  ordinals: CS_ORDINALS,
  ordinalSuffixes: [],
  ordinalItems: true,
  bareOuter: true,
  singularNounLists: true,
  // "písm. g), i), j) a o)": letters, never a roman numeral below one; always closed by their bracket ("nebo v odstavci 2" names no "v")
  lettersOnly: true,
  closedNumbers: ['subparagraph'],
  repealedLeftOut: true,
  romanArticles: true,
  sectionsBySignOnly: true,
  sentenceOfTextAround: true,
  // "§ 3, přílohy č. 2 a 3": after a comma, a unit of its own, not the one that holds the units before (genitive, as German)
  outerNotAfterComma: true,
  // "části 2 přílohy č. 34", "části A bodu 2 přílohy č. 6": an annex holds parts, points and letters, and is no section's ("§ 3,
  // přílohy č. 2 a 3" cites both)
  ranks: { annex: 0.5 },
};

/** Czech ordinals one to twenty in every gender and case a citation or a heading writes ("části první", "věty druhé", "HLAVA PÁTÁ"). */
function czechOrdinals(): Record<string, number> {
  const soft = ['první', 'třetí'];
  const hard = ['druh', 'čtvrt', 'pát', 'šest', 'sedm', 'osm', 'devát', 'desát', 'jedenáct', 'dvanáct', 'třináct', 'čtrnáct', 'patnáct', 'šestnáct',
    'sedmnáct', 'osmnáct', 'devatenáct', 'dvacát'];
  const values: Record<string, number> = { první: 1, druh: 2, třetí: 3, čtvrt: 4, pát: 5, šest: 6, sedm: 7, osm: 8, devát: 9, desát: 10, jedenáct: 11,
    dvanáct: 12, třináct: 13, čtrnáct: 14, patnáct: 15, šestnáct: 16, sedmnáct: 17, osmnáct: 18, devatenáct: 19, dvacát: 20 };
  const out: Record<string, number> = {};
  for (const word of soft) for (const ending of ['', 'ho', 'mu', 'm']) out[word + ending] = values[word];
  const hardEndings = ['ý', 'á', 'é', 'ého', 'ému', 'ém', 'ou'];
  const softEndings = ['í', 'í', 'í', 'ího', 'ímu', 'ím', 'í'];
  for (const stem of hard) for (const ending of hardEndings) out[stem + ending] = values[stem];
  // "dvacátá čtvrtá", "třicátého prvního": the tens, then the units, both in the same case
  const tens: Record<string, number> = { dvacát: 20, třicát: 30, čtyřicát: 40, padesát: 50, šedesát: 60, sedmdesát: 70, osmdesát: 80, devadesát: 90 };
  const units = ['první', 'druh', 'třetí', 'čtvrt', 'pát', 'šest', 'sedm', 'osm', 'devát'];
  for (const [ten, tenValue] of Object.entries(tens)) {
    hardEndings.forEach((ending, k) => {
      out[ten + ending] = tenValue;
      for (const unit of units) {
        const written = soft.includes(unit) ? unit.slice(0, -1) + softEndings[k] : unit + ending;
        out[`${ten}${ending} ${written}`] = tenValue + values[unit];
      }
    });
  }
  return out;
}

export const LANGUAGE_TABLES: LanguageTable[] = [EN, FR, ES, PT, NL, AR, DE, RU, ZH, ZH_HANT, JA, KO, IT, CA, BG, VI, CS];

/** Every table's regular-expression sources of one field, as one alternation (a text may be in any language read, or several). */
let unitWords: Set<string> | undefined;

/** Whether `word` (lower case, letters only) is a unit noun in some language's table ("section", "sub-paragraphs", "art"). */
export function isUnitWordOfAnyTable(word: string): boolean {
  unitWords ??= new Set(LANGUAGE_TABLES.flatMap((table) => Object.keys(table.units).map((key) => key.replace(/\.$/, ''))).filter((key) => key.length >= 2));
  return unitWords.has(word);
}

export function everyTable(field: 'phraseGoesOn' | 'runningHead' | 'billNumber' | 'codifiedAt' | 'aboutTheTerm' | 'innerNoteTitle'): string {
  const sources = LANGUAGE_TABLES.flatMap((table) => table[field] ?? []);
  return [...new Set(sources)].join('|');
}

/**
 * A list's last item opening a line or a part, after a connector of any language read ("y 9.2.c.", "and 5", "oder 3"): the list
 * begun before the break goes on (the connectors that are words of letters; "i.v.m." and "&" open no item).
 */
export const LIST_GOES_ON = new RegExp(String.raw`^(?:${[...new Set(LANGUAGE_TABLES.flatMap((table) => table.listConnectors))].filter((word) => /^\p{L}+$/u.test(word)).join('|')})[ \t]+\d`, 'u');
