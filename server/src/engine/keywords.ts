// Unit names in the languages of treaties and laws. Data, not code: adding a language is
// adding words here (headings) and a table in references/ (citations).
import type { UnitKind } from './model';
import { detached } from './text';
import { LANGUAGE_TABLES } from './references/tables';

/** Heading words (lower case, without a trailing dot) → the kind of unit they open. */
export const HEADING_WORDS: Record<string, UnitKind> = {
  // English
  article: 'article', art: 'article', section: 'section', sec: 'section', sect: 'section', s: 'section', '§': 'section',
  chapter: 'chapter', chap: 'chapter', part: 'part', title: 'title', book: 'book', division: 'division',
  subdivision: 'division', annex: 'annex', schedule: 'schedule', preamble: 'preamble', appendix: 'annex',
  // French
  chapitre: 'chapter', partie: 'part', titre: 'title', livre: 'book', annexe: 'annex', préambule: 'preamble',
  'sous-section': 'division', paragraphe: 'division',
  // Spanish / Portuguese / Italian
  artículo: 'article', articulo: 'article', artigo: 'article', articolo: 'article', sección: 'section', seção: 'section',
  capítulo: 'chapter', capitulo: 'chapter', capitolo: 'chapter', parte: 'part', título: 'title', titulo: 'title',
  titolo: 'title', capo: 'chapter', sezione: 'section', libro: 'book', livro: 'book', secção: 'section', subseção: 'division', subsecção: 'division', anexo: 'annex', allegato: 'annex', preámbulo: 'preamble',
  // Catalan
  capítol: 'chapter', títol: 'title', secció: 'section', llibre: 'book', preàmbul: 'preamble',
  // Dutch / German
  artikel: 'article', hoofdstuk: 'chapter', afdeling: 'division', afdeeling: 'division', paragraaf: 'division', deel: 'part', titel: 'title',
  boek: 'book', bijlage: 'annex', kapitel: 'chapter', abschnitt: 'division', unterabschnitt: 'division', teil: 'part', hauptstück: 'part', buch: 'book', anhang: 'annex', anlage: 'annex',
  // Russian
  статья: 'article', глава: 'chapter', раздел: 'title', часть: 'part', приложение: 'annex',
  // Vietnamese: "Điều 1. Phạm vi điều chỉnh", "Chương I", "Mục 2" (a grouping below a chapter), "Phần thứ nhất"
  điều: 'article', chương: 'chapter', mục: 'division', phần: 'part',
  // Czech: "ČÁST PRVNÍ", "HLAVA I", "Díl 1", "Oddíl 2", "Čl. I" (an amending act's articles), "Příloha č. 1"
  část: 'part', hlava: 'title', díl: 'chapter', oddíl: 'division', článek: 'article', čl: 'article', příloha: 'annex',
  // Bulgarian
  член: 'article', чл: 'article', част: 'part',
  // Arabic
  المادة: 'article', مادة: 'article', الفصل: 'chapter', الباب: 'part', الجزء: 'part', القسم: 'section',
  المرفق: 'annex', الديباجة: 'preamble',
};

/**
 * Ordinal words used as numbers in headings and citations ("Chapter One", "الفصل الأول", "eerste
 * lid", "Artículo primero"): every citation table's ordinals, and the words only headings number
 * with (cardinals, "unique" and "único", an Arabic spelling without hamza, "1er").
 */
export const ORDINAL_WORDS: Record<string, string> = ordinalWords();

function ordinalWords(): Record<string, string> {
  const out: Record<string, string> = {
    one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
    '1er': '1', '1re': '1', unique: '1', único: '1', única: '1', unico: '1', unica: '1', الاول: '1',
    // "Chapitre préliminaire", "Título preliminar", "Titolo preliminare": the grouping before the first, numbered 0 so that it
    // nests and closes as the numbered ones do
    préliminaire: '0', liminaire: '0', preliminar: '0', preliminare: '0',
  };
  for (const table of LANGUAGE_TABLES) for (const [word, value] of Object.entries(table.ordinals)) out[word] ??= String(value);
  return out;
}

/**
 * The Latin words that number a unit inserted after another ("article 3 bis", Italy's "articolo 3-bis",
 * "2-terdecies", "2-sex-decies"): a regular-expression source, to be followed by a boundary.
 */
// (and France's tax code's "novodecies", "sexvicies", "novovicies", "tricies")
export const LATIN_ITERATIVE = '(?:bis|ter|qu[aá]ter|quinquies|sexies|septies|octies|novies|nonies|tricies|(?:un|duo|ter|quater|quinquies|quin|sex|sexies|sept|septies|octo|octies|novo|novies)?-?(?:decies|vicies))';
const LATIN_ADVERB_ALONE = new RegExp(`^${LATIN_ITERATIVE}$`, 'i');

/** Whether a word is a Latin adverb alone ("Quater", "bis", "quinquies"): it numbers a unit inserted after another. */
export function isLatinAdverb(word: string): boolean {
  return LATIN_ADVERB_ALONE.test(word);
}
const HYPHENED_ITERATIVE = new RegExp(`^(\\d+)-(${LATIN_ITERATIVE})$`);
const DOTTED_ITERATIVE = new RegExp(`^(\\d+|[ivxlc]+)\\.(${LATIN_ITERATIVE})$`);
/** Latin adverbs that numbers take in two spellings, and the one they are normalised to. */
const LATIN_SPELLING: Record<string, string> = { quáter: 'quater', nonies: 'novies', quinquiesdecies: 'quindecies', sexiesdecies: 'sexdecies' };
const LATIN_VARIANT = /^(\d+)(quáter|nonies|quinquiesdecies|sexiesdecies)$/;

/** Akoma Ntoso-style id prefixes. */
export const ID_PREFIX: Record<UnitKind, string> = {
  document: '', preamble: 'preamble', book: 'book', part: 'part', title: 'title', chapter: 'chp', division: 'dvs',
  section: 'sec', article: 'art', annex: 'annex', schedule: 'sched', subsection: 'subsec', paragraph: 'para',
  subparagraph: 'subpara', clause: 'clause', item: 'item', alinea: 'al',
};

/** Digits other than ASCII that legal texts are written with: Arabic-Indic, Eastern Arabic-Indic, full-width. */
const OTHER_DIGITS = /[\u0660-\u0669\u06f0-\u06f9\uff10-\uff19]/g;

/** Converts Arabic-Indic, Eastern Arabic-Indic and full-width digits to ASCII digits (headings, markers and citations alike). */
export function asciiDigits(text: string): string {
  return text.replace(OTHER_DIGITS, (digit) => {
    const code = digit.charCodeAt(0);
    return String(code >= 0xff10 ? code - 0xff10 : code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

/** Chinese numerals: digits, and the units that multiply what stands before them. */
export const CJK_DIGITS: Record<string, number> = {
  '〇': 0, '零': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
};
export const CJK_UNITS: Record<string, number> = { '十': 10, '百': 100, '千': 1000 };

/**
 * A Chinese numeral as ASCII digits, in headings and citations alike, or undefined if the text is
 * not one: "七" → "7", "十一" → "11", "二十一" → "21", "一百零五" → "105", "一千二百六十" → "1260",
 * "一九九八" → "1998" (digits without units are read one by one). ASCII digits stay as they are.
 */
export function chineseNumber(text: string): string | undefined {
  if (/^\d+$/.test(text)) return text;
  let hasUnit = false;
  for (const char of text) {
    if (CJK_UNITS[char] !== undefined) hasUnit = true;
    else if (CJK_DIGITS[char] === undefined) return undefined;
  }
  if (!text) return undefined;
  if (!hasUnit) {
    let out = '';
    for (const char of text) out += String(CJK_DIGITS[char]);
    return out;
  }
  let total = 0;
  let current = 0;
  for (const char of text) {
    const unit = CJK_UNITS[char];
    if (unit !== undefined) {
      total += (current || 1) * unit;
      current = 0;
    } else {
      current = CJK_DIGITS[char];
    }
  }
  return String(total + current);
}

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };

/** Value of a roman numeral, or undefined if the text is not one. */
export function romanValue(text: string): number | undefined {
  const lower = text.toLowerCase();
  if (!/^[ivxlcdm]+$/.test(lower)) return undefined;
  let total = 0;
  for (let i = 0; i < lower.length; i++) {
    const value = ROMAN[lower[i]];
    const next = i + 1 < lower.length ? ROMAN[lower[i + 1]] : 0;
    total += value < next ? -value : value;
  }
  return total > 0 ? total : undefined;
}

/**
 * The form in which numbers are compared: lower case, no spaces or trailing dots, ordinal
 * words and "1er" as digits. Roman numerals stay as they are (a chapter "II" matches a
 * citation "Chapter II"); `numbersMatch` also accepts "2" for "II".
 */
const normalisedNumbers = new Map<string, string>();

export function normaliseNumber(raw: string): string {
  const cached = normalisedNumbers.get(raw);
  if (cached !== undefined) return cached;
  const value = computeNormalisedNumber(raw);
  if (normalisedNumbers.size > 100_000) normalisedNumbers.clear();
  normalisedNumbers.set(detached(raw), detached(value));
  return value;
}

function computeNormalisedNumber(raw: string): string {
  let value = asciiDigits(raw).trim().toLowerCase().replace(/\s+/g, '');
  // Trailing "." and ":" dropped by a backwards scan (/[.:]+$/ is quadratic on a long run of dots inside).
  let end = value.length;
  while (end > 0 && (value[end - 1] === '.' || value[end - 1] === ':')) end--;
  value = value.slice(0, end);
  if (ORDINAL_WORDS[value]) value = ORDINAL_WORDS[value];
  // "1er", "1re", "2nd": ordinals. A bare "e" is not stripped: "§ 32e" and Dutch "artikel 139e" are
  // units of their own next to "§ 32" (the French "2e" as an ordinal is read by the grammar's own suffixes).
  // Only the ending that number takes as an ordinal: Dutch "artikel 126nd" is an article of its own.
  // "section 1ère" (French, with its accent) is section 1 too
  value = value.replace(/^(\d+)(er|re|ère|st|nd|rd|th)$/, (whole, digits: string, ending: string) => (ordinalEnding(digits) === ending || ((ending === 'er' || ending === 're' || ending === 'ère') && digits === '1') ? digits : whole));
  // "Art. 1º", "Art. 1o" (Brazilian laws, the ordinal sign typed as a letter), "artigo 3.º", "artigo 12.o" (Portuguese):
  // article 1, 3, 12. A letter "o" after more than one digit and no dot is a unit's own letter (German "§ 111o").
  value = value.replace(/^(\d+)\.?[º°](?=$|-)|^(\d)o(?=$|-)|^(\d+)\.o(?=$|-)/, (whole, signed?: string, one?: string, dotted?: string) => signed ?? one ?? dotted ?? whole);
  // "ART. 32. BIS", "§ III. bis." (Chile's Penal Code): the full stop before the Latin adverb
  value = value.replace(DOTTED_ITERATIVE, '$1$2');
  // "Art. 154-A", "art. 1º-A": the article inserted after 154, which other laws write "154A"
  value = value.replace(/^(\d+)-([a-z])$/, '$1$2');
  // "IV-A" (a Dutch chapter inserted after IV): "IVA", as "Titel IIIA" is written
  value = value.replace(/^([ivxlc]+)-([a-z])$/, '$1$2');
  // "3-bis", "2-sex-decies" (Italy): "3bis", as "article 3 bis" is
  value = value.replace(HYPHENED_ITERATIVE, (whole, digits: string, latin: string) => digits + latin.replace(/-/g, ''));
  // "2212-nonies" and "2212-novies", "2-quinquiesdecies" and "2-quindecies" (both in one Italian code): one Latin adverb spelt two ways
  value = value.replace(LATIN_VARIANT, (whole, digits: string, variant: string) => digits + LATIN_SPELLING[variant]);
  // "L. 226-1" and "L226-1" are one article of a French code, and "R.* 122-5" (a decree in Conseil d'État) is "R122-5"
  value = value.replace(/^(lo|[lrda])\.?\*?(?=\d)/, '$1');
  // "المادة 14 مكرراً": the Arabic "bis", written with or without its tanwin
  if (value.includes('مكرر')) value = value.replace(/مكرر[\u064b-\u0652ا]*$/u, 'bis');
  return value;
}

/** The English ordinal ending of a number: 1st, 2nd, 3rd, 11th, 12th, 13th, 21st, 126th. */
function ordinalEnding(digits: string): string {
  const lastTwo = Number(digits.slice(-2));
  if (lastTwo >= 11 && lastTwo <= 13) return 'th';
  return ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[lastTwo % 10] ?? 'th';
}

export function numbersMatch(cited: string, actual: string | undefined): boolean {
  if (actual === undefined) return false;
  if (cited === actual) return true;
  const a = normaliseNumber(cited);
  const b = normaliseNumber(actual);
  if (a === b) return true;
  // "art. 1517" and "Art. 1.517" (a thousands separator, Brazil's codes): one article
  if (/^\d{1,3}\.\d{3}$/.test(a) !== /^\d{1,3}\.\d{3}$/.test(b) && a.replace('.', '') === b.replace('.', '')) return true;
  const romanA = romanValue(a);
  const romanB = romanValue(b);
  if (romanA !== undefined && String(romanA) === b) return true;
  if (romanB !== undefined && String(romanB) === a) return true;
  // "los párrafos 1, 3 y 3 bis del título VIII" under "#### § III. bis. Del maltrato …": a roman number and its Latin adverb
  if (endsWithLetter(a) && endsWithLetter(b)) {
    const tailA = NUMBER_AND_ADVERB.exec(a);
    const tailB = tailA ? NUMBER_AND_ADVERB.exec(b) : null;
    if (tailA && tailB && tailA[2] === tailB[2]) return numbersMatch(tailA[1], tailB[1]);
  }
  return false;
}

const NUMBER_AND_ADVERB = new RegExp(`^([0-9ivxlc]+)(${LATIN_ITERATIVE})$`);

function endsWithLetter(value: string): boolean {
  const code = value.charCodeAt(value.length - 1);
  return code >= 97 && code <= 122;
}
