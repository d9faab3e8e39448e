// Keyword tables for the cross-reference grammar: one plain object per language.
// Adding a language means adding a table here (and listing it in LANGUAGE_TABLES); the
// grammar itself never mentions a word of any language.
//
// Every key is written as it appears in text; it is tokenized with the same tokenizer as
// the prose, so multi-word keys ("tot en met", "de la"), abbreviations ("art.") and hyphenated
// words ("sub-paragraph") all work. Matching is case-insensitive.
import type { RefUnitKind } from './types';

export interface UnitKeyword {
  kind: RefUnitKind;
  plural?: boolean;
  /** Only a citation when the first item is a number ("s. 14", never "s. a"). */
  numericOnly?: boolean;
}

export type Direction = 'above' | 'below' | 'preceding' | 'following';

export interface LanguageTable {
  /** BCP-47 primary tag. */
  code: string;
  /** Unit nouns, singular, plural and abbreviated → unit kind. */
  units: Record<string, UnitKeyword>;
  /** List connectors ("and", "or"); the comma is always a list separator. */
  listConnectors: string[];
  /** Range connectors ("to", "through", "-"). */
  rangeConnectors: string[];
  /** Words introducing an outer unit or an anchor: "of", "de", "van", "من". */
  ofWords: string[];
  /** Determiners skipped before a unit or instrument: "the", "la", "het". */
  determiners: string[];
  /** "this" words: "this", "the present", "présent", "dit", "هذه". */
  thisWords: string[];
  /** Relative anchors: "above" → above. */
  relative: Record<string, Direction>;
  /** Nouns naming an instrument (a whole document): Convention, Act, Code, Verdrag. */
  instruments: string[];
  /** Unit kinds that, after an of-word, name another instrument ("of title 18"). */
  instrumentUnits?: RefUnitKind[];
  /** Small words allowed inside an instrument name ("Treaty on European Union"). */
  nameConnectors: string[];
  /** Whether lower-case words may continue an instrument name after a connector ("code de procédure pénale"). */
  lowercaseNames?: boolean;
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
}

const EN: LanguageTable = {
  code: 'en',
  units: {
    article: { kind: 'article' }, articles: { kind: 'article', plural: true },
    'art.': { kind: 'article' }, 'arts.': { kind: 'article', plural: true },
    section: { kind: 'section' }, sections: { kind: 'section', plural: true },
    '§': { kind: 'section' }, '§§': { kind: 'section', plural: true },
    's.': { kind: 'section', numericOnly: true }, 'ss.': { kind: 'section', plural: true, numericOnly: true },
    'sec.': { kind: 'section', numericOnly: true }, 'secs.': { kind: 'section', plural: true, numericOnly: true },
    subsection: { kind: 'subsection' }, subsections: { kind: 'subsection', plural: true },
    'sub-section': { kind: 'subsection' }, 'sub-sections': { kind: 'subsection', plural: true },
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
  },
  listConnectors: ['and', 'or', 'and/or', '&'],
  rangeConnectors: ['to', 'through', 'thru', '-', '–', '—'],
  ofWords: ['of', 'in'],
  determiners: ['the'],
  thisWords: ['this', 'the present', 'these'],
  relative: { above: 'above', below: 'below', preceding: 'preceding', following: 'following' },
  instruments: ['convention', 'protocol', 'treaty', 'act', 'code', 'regulation', 'directive', 'agreement',
    'charter', 'constitution', 'statute', 'law', 'covenant', 'decision', 'ordinance', 'decree', 'rules'],
  instrumentUnits: ['title'],
  nameConnectors: ['of', 'on', 'for', 'against', 'and', 'the', 'in', 'to', 'no.', 'no'],
  ordinals: {
    first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
    eleventh: 11, twelfth: 12,
  },
  ordinalSuffixes: ['st', 'nd', 'rd', 'th'],
};

const FR: LanguageTable = {
  code: 'fr',
  units: {
    article: { kind: 'article' }, articles: { kind: 'article', plural: true },
    'art.': { kind: 'article' }, 'arts.': { kind: 'article', plural: true },
    paragraphe: { kind: 'paragraph' }, paragraphes: { kind: 'paragraph', plural: true }, '§': { kind: 'paragraph' },
    'par.': { kind: 'paragraph', numericOnly: true },
    alinéa: { kind: 'alinea' }, alinéas: { kind: 'alinea', plural: true }, 'al.': { kind: 'alinea', numericOnly: true },
    'sous-paragraphe': { kind: 'subparagraph' }, 'sous-paragraphes': { kind: 'subparagraph', plural: true },
    point: { kind: 'point' }, points: { kind: 'point', plural: true },
    section: { kind: 'section' }, sections: { kind: 'section', plural: true },
    'sous-section': { kind: 'subsection' }, 'sous-sections': { kind: 'subsection', plural: true },
    chapitre: { kind: 'chapter' }, chapitres: { kind: 'chapter', plural: true },
    titre: { kind: 'title' }, titres: { kind: 'title', plural: true },
    livre: { kind: 'book' }, livres: { kind: 'book', plural: true },
    partie: { kind: 'part' }, parties: { kind: 'part', plural: true },
    annexe: { kind: 'annex' }, annexes: { kind: 'annex', plural: true },
  },
  listConnectors: ['et', 'ou', 'et/ou'],
  rangeConnectors: ['à', 'au', '-', '–'],
  ofWords: ['de', 'du', 'des', "d'"],
  determiners: ['le', 'la', 'les', "l'"],
  thisWords: ['présent', 'présente', 'présents', 'présentes', 'ce', 'cette', 'ces'],
  relative: { 'ci-dessus': 'above', 'ci-dessous': 'below', précédent: 'preceding', précédente: 'preceding',
    suivant: 'following', suivante: 'following', 'ci-après': 'below' },
  instruments: ['convention', 'protocole', 'traité', 'loi', 'code', 'décret', 'ordonnance', 'règlement', 'directive',
    'accord', 'charte', 'constitution', 'pacte', 'statut'],
  nameConnectors: ['de', 'du', 'des', 'la', 'le', "l'", "d'", 'sur', 'contre', 'relative', 'relatif', 'à', 'en', 'et',
    'pour', 'n°', 'no'],
  lowercaseNames: true,
  ordinals: {
    premier: 1, première: 1, deuxième: 2, second: 2, seconde: 2, troisième: 3, quatrième: 4, cinquième: 5, sixième: 6,
    septième: 7, huitième: 8, neuvième: 9, dixième: 10,
  },
  ordinalSuffixes: ['er', 're', 'ère', 'e', 'ème', 'eme', 'nd', 'nde'],
  numberOrdinalSuffixes: ['er', 're'],
  ordinalItems: true,
  numberSuffixWords: ['bis', 'ter', 'quater', 'quinquies', 'sexies', 'septies', 'octies', 'nonies', 'decies'],
};

const ES: LanguageTable = {
  code: 'es',
  units: {
    artículo: { kind: 'article' }, artículos: { kind: 'article', plural: true },
    'art.': { kind: 'article' }, 'arts.': { kind: 'article', plural: true },
    párrafo: { kind: 'paragraph' }, párrafos: { kind: 'paragraph', plural: true },
    apartado: { kind: 'paragraph' }, apartados: { kind: 'paragraph', plural: true },
    inciso: { kind: 'subparagraph' }, incisos: { kind: 'subparagraph', plural: true },
    literal: { kind: 'subparagraph' }, literales: { kind: 'subparagraph', plural: true },
    numeral: { kind: 'paragraph' }, numerales: { kind: 'paragraph', plural: true },
    sección: { kind: 'section' }, secciones: { kind: 'section', plural: true },
    capítulo: { kind: 'chapter' }, capítulos: { kind: 'chapter', plural: true },
    título: { kind: 'title' }, títulos: { kind: 'title', plural: true },
    libro: { kind: 'book' }, parte: { kind: 'part' }, anexo: { kind: 'annex' },
  },
  listConnectors: ['y', 'e', 'o', 'u'],
  rangeConnectors: ['a', 'al', 'hasta', '-', '–'],
  ofWords: ['de', 'del'],
  determiners: ['el', 'la', 'los', 'las'],
  thisWords: ['presente', 'presentes', 'este', 'esta', 'estos', 'estas'],
  relative: { anterior: 'preceding', anteriores: 'preceding', siguiente: 'following', siguientes: 'following' },
  instruments: ['convención', 'convenio', 'protocolo', 'tratado', 'ley', 'código', 'reglamento', 'decreto',
    'directiva', 'acuerdo', 'carta', 'constitución', 'pacto', 'estatuto'],
  nameConnectors: ['de', 'del', 'la', 'el', 'sobre', 'contra', 'y', 'para', 'en', 'n°', 'no'],
  lowercaseNames: true,
  ordinals: {
    primero: 1, primera: 1, segundo: 2, segunda: 2, tercero: 3, tercera: 3, cuarto: 4, cuarta: 4, quinto: 5,
    quinta: 5, sexto: 6, sexta: 6, séptimo: 7, séptima: 7, octavo: 8, octava: 8, noveno: 9, novena: 9,
    décimo: 10, décima: 10,
  },
  ordinalSuffixes: ['º', 'ª', 'o', 'a'],
  numberOrdinalSuffixes: ['º', 'ª'],
  ordinalItems: true,
  numberSuffixWords: ['bis', 'ter', 'quater', 'quinquies', 'sexies'],
};

const NL: LanguageTable = {
  code: 'nl',
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
  ofWords: ['van'],
  determiners: ['het', 'de'],
  thisWords: ['dit', 'deze'],
  relative: { hierboven: 'above', hieronder: 'below', voorgaande: 'preceding', volgende: 'following' },
  instruments: ['verdrag', 'protocol', 'wet', 'wetboek', 'verordening', 'richtlijn', 'overeenkomst', 'handvest',
    'grondwet', 'besluit', 'statuut'],
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
  instruments: ['الاتفاقية', 'الاتفاقيه', 'البروتوكول', 'المعاهدة', 'القانون', 'الاتفاق', 'الميثاق'],
  nameConnectors: [],
  ordinals: {
    'الأول': 1, 'الأولى': 1, 'الثاني': 2, 'الثانية': 2, 'الثالث': 3, 'الثالثة': 3, 'الرابع': 4, 'الرابعة': 4,
    'الخامس': 5, 'الخامسة': 5, 'السادس': 6, 'السادسة': 6, 'السابع': 7, 'السابعة': 7, 'الثامن': 8, 'الثامنة': 8,
    'التاسع': 9, 'التاسعة': 9, 'العاشر': 10, 'العاشرة': 10,
  },
  ordinalSuffixes: [],
  ordinalItems: true,
  // Longest first. "لل…" is "ل" + "ال…" with the alif dropped.
  prefixes: [['وبال', 'ال'], ['فبال', 'ال'], ['ولل', 'ال'], ['فلل', 'ال'], ['لل', 'ال'], ['وب', ''], ['ول', ''],
    ['فب', ''], ['فل', ''], ['وك', ''], ['و', ''], ['ب', ''], ['ل', ''], ['ف', ''], ['ك', '']],
};

const DE: LanguageTable = {
  code: 'de',
  units: {
    artikel: { kind: 'article' }, 'art.': { kind: 'article' },
    absatz: { kind: 'paragraph' }, absätze: { kind: 'paragraph', plural: true }, 'abs.': { kind: 'paragraph' },
    buchstabe: { kind: 'subparagraph' }, buchstaben: { kind: 'subparagraph', plural: true }, 'buchst.': { kind: 'subparagraph' },
    nummer: { kind: 'point' }, 'nr.': { kind: 'point', numericOnly: true },
    satz: { kind: 'item' },
    '§': { kind: 'section' }, '§§': { kind: 'section', plural: true },
    kapitel: { kind: 'chapter' }, titel: { kind: 'title' }, abschnitt: { kind: 'section' }, teil: { kind: 'part' },
    anhang: { kind: 'annex' },
  },
  listConnectors: ['und', 'oder', 'sowie'],
  rangeConnectors: ['bis', '-', '–'],
  ofWords: ['des', 'der'],
  determiners: [],
  thisWords: ['dieses', 'dieser', 'diesem', 'diese'],
  relative: {},
  instruments: ['übereinkommens', 'übereinkommen', 'protokolls', 'protokoll', 'vertrags', 'vertrag', 'gesetzes',
    'gesetz', 'gesetzbuchs', 'verordnung', 'richtlinie'],
  nameConnectors: ['über', 'zur', 'zum', 'der', 'des', 'und', 'gegen'],
  ordinals: {},
  ordinalSuffixes: [],
};

/** All tables, in the order tried when the language is unknown. */
export const LANGUAGE_TABLES: LanguageTable[] = [EN, FR, ES, NL, AR, DE];
