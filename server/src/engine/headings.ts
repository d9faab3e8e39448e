// Reads a heading's text: "Article 7 – Illegal access", "### Art. 7", "§ 2510. Definitions",
// "s3 Unauthorised access", "Artikel 138ab", "المادة 2: استخدام المصطلحات", "CHAPTER II",
// "LIVRE 0 : …", "第七条". Lenient: what it cannot read is simply not a structural heading.
import type { Block } from './blocks';
import { WELL_FORMED_ROMAN } from './references/items';
import type { UnitKind } from './model';
import { HEADING_WORDS, LATIN_ITERATIVE, ORDINAL_WORDS, asciiDigits, chineseNumber, isLatinAdverb, normaliseNumber } from './keywords';
import { leadingOrdinalValue } from './leadingOrdinals';
import { arabicOrdinalAt } from './arabicOrdinals';
import { unitWords } from './references/unitWords';

let unitWordSet: Set<string> | undefined;
/** The citation tables' unit words ("absatz", "abs.", "paragraph"), looked up once. */
function citationWords(): Set<string> {
  return (unitWordSet ??= new Set(unitWords().map((unit) => unit.word)));
}

export interface HeadingInfo {
  kind: UnitKind | 'numbered';
  /** Undefined when the heading names a kind but no number (reported as a problem). */
  number?: string;
  label: string;
  title?: string;
  /** "Part III — s14 Unauthorised access": the grouping one heading names before the unit. */
  within?: { kind: UnitKind; number: string; label: string; title?: string };
}

/** The number read, less a Latin adverb after a full stop written "Bis" (a capitalised word opening a sentence). */
function withoutCapitalisedAdverb(found: RegExpExecArray | null): RegExpExecArray | null {
  if (!found) return found;
  const dotted = /\.[ \t]{1,2}(\p{Lu}\p{Ll}+)/u.exec(found[0]);
  if (!dotted) return found;
  // "ARTICULO 53. Bis. Informes sobre …", "ARTICULO 17. Quáter. Ejecución …" (Guatemala's laws): closed by its own stop, the adverb numbers
  if (/^[.:]/.test(found.input.slice((found.index ?? 0) + found[0].length)) && isLatinAdverb(dotted[1])) return found;
  const shorter = /^\d+/.exec(found[0]);
  return shorter ? (Object.assign([shorter[0], shorter[0]], { index: 0, input: found.input }) as unknown as RegExpExecArray) : null;
}

/** A number with a superscript number after it: "16<sup>1</sup>". */
const SUPERSCRIPT_AFTER_NUMBER = /(\d)<sup>(\d{1,3})<\/sup>/g;

/** After a heading's number: capitals, a Latin adverb, capitals again, to the heading's end or separator (case-sensitive). */
const CAPITALS_AFTER_NUMBER = new RegExp(String.raw`^[ \t]+([A-Z]{1,3}(?:[ \t]+${LATIN_ITERATIVE})?(?:[ \t]+[A-Z]{1,3})?)(?=[ \t]*(?:$|[.:–—-]))`);

// "§ 7 a.(Opphevet)" (Norway, Denmark): section 7 a, inserted after § 7, its letter set apart (a title in brackets may follow the dot).
const SECTION_SIGN_NUMBER = new RegExp(String.raw`^§+\s*(\d[a-z0-9.^-]*?)(?:[ \t](${LATIN_ITERATIVE}|[a-z])(?=\.))?\.?(?=\s|$|[–—:]|(?<=\.)\()`, 'i');
/**
 * A state code's section number alone (title, article or chapter, then section: "6-1-1301", "13A-8-112", "35-43-1-4"), its
 * full stop, then a capital. The first part has at most three digits: "2023-05-01." is a date.
 */
const STATE_CODE_SECTION = /^(\d{1,3}[A-Z]?(?:-\d{1,4}[A-Z]?){2,4})\.(?=[ \t]+\p{Lu})/u;

/** Whether a label read is a state code section's number alone ("6-1-1301."). */
export function isStateCodeLabel(label: string): boolean {
  return /^\d{1,3}[A-Z]?(?:-\d{1,4}[A-Z]?){2,4}\.$/.test(label);
}
/**
 * "§ 20.Utenlandsk motorvogn.", "§ 1-1.Lovens alminnelige virkeområde", "§ 7 a.Sykkelritt på veg",
 * "§ 21.1Alminnelige plikter.", "§ 11 A-1 a.Forholdet til …" (chapter 11 A's; Lovdata's text, Norway): the title
 * glued to the label's dot, at times with a footnote's number between them. Not "§ 2.1 Title" (a number with a point).
 */
const GLUED_SECTION_TITLE = /^§+[ \t]*(\d+(?:[ \t]?[A-Z](?=-))?(?:-\d+)?[a-z]?)(?:[ \t]([a-z]))?\.(\d{1,2})?(?=\p{Lu}\p{Ll})/u;

/**
 * "§ 23Verletzung von Geschäftsgeheimnissen" (gesetze-im-internet.de's table of contents as legalize-de converts it): the
 * title glued to the number with no stop. A capital and three lower-case letters begin the title; a Latin adverb
 * ("§ 2Quater") is the number's.
 */
const GLUED_SECTION_TITLE_NO_STOP = /^§+[ \t]*(\d+[a-z]?)(?=(\p{Lu}\p{Ll}{3,}))/u;

/** A well-formed roman numeral in capitals ("XVII", not "IIII" or "VX"). */
const WELL_FORMED_UPPER_ROMAN = /^(?=[IVXLC])(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

const GROUPINGS_BEFORE_UNIT = new Set<UnitKind | 'numbered'>(['book', 'part', 'title', 'chapter', 'division']);

// French codes number articles by book and chapter, with a part letter: "L. 226-1", "R10-13", "323-3-1";
// French groupings write the first one "Ier".
// "Art. 3-bis", "Art. 2-sex-decies" (Italy): the Latin word after a hyphen.
// ("**ARTICULO 139 bis**- Será …", InfoLEG: the dash that closes the label right after the Latin adverb)
// (a numeral or a letter ends before any Latin letter: "ČÁST DVĚ STĚ DRUHÁ" holds no roman "DV")
const NUMBER = new RegExp(String.raw`^((?:(?:LO|[LRDA])\.?\s?(?:\*\s?)?(?=\d))?\d+(?:\^\d{1,3}|\/\d{1,3}(?![\d\/]))?(?:\.\d+)*(?::\d+[a-z]{0,4})*(?:[a-z]{1,12}(?![a-z])|[а-яё](?![а-яёa-z])|\s[A-Z](?=\s*(?:$|[.:–—-]|§)))?(?:-${LATIN_ITERATIVE}(?![a-z-])|(?:[º°]|\.(?=[ \t]{1,2}[a-z]))?[ \t]{1,2}${LATIN_ITERATIVE}(?![a-z]|-(?!\d|[ \t]|$))(?!\s+\d)(?:[ \t][A-Z](?=[ \t]*(?:$|[.:–—-])))?|\sمكرر[\u064b-\u0652ا]*)?(?:-\d+)*(?:(?<=\d-\d+)[ \t]${LATIN_ITERATIVE}(?![a-z-])(?!\s+\d))?(?:[º°]?-[a-z](?![a-zà-ÿ])|[ \t]-[ \t][A-Z](?=\.?[ \t]*$))?|i(?:er|re)\b|[ivxlcdm]+(?![a-zà-ÿ\u0100-\u024f])(?:-[a-z](?![a-zà-ÿ-])|\/\d{1,3}(?![\d\/])|\.?\s${LATIN_ITERATIVE}(?![a-z-]))?|[a-z](?:\.\d+)?(?![a-zà-ÿ\u0100-\u024f])|1er\b|1re\b)`, 'i');
// "Art 12 bis 14 (weggefallen)": German "bis" between two numbers is "to", no Latin "12 bis".
// "Art. 154-A", "Art. 1º-A" (Brazilian laws): an article inserted after another, its letter after a hyphen;
// "Hoofdstuk IV-A" (Dutch laws): a chapter inserted after chapter IV.
// "Article 7/1", "CHAPITRE III/1" (Belgium's laws): an article or chapter inserted after 7, after III.
// "ART. 161 - A." (Chile's Penal Code): the letter of an inserted article after a spaced hyphen, closing the label
// "§ III. bis. Del maltrato …" (the same code): a roman number's Latin adverb after a full stop
// "Artículo 1°.-", "ARTICULO 1º —": an ordinal sign after the number, then the separator ("Artículo 9°._ De la …": an OCR's
// reading of the dash as an underscore).
// "Artigo 2.º" (Portugal): the sign after a full stop.
// "Art. 2<sup><span class="underline">o</span></sup>" (pandoc from planalto's HTML): the sign set in tags, no title.
// "Artículo 11*.-": an editor's asterisk after the number (a note on the article, Peru's gazette as lpderecho gives it)
// "Artículo 2”.-", "Artículo 3*”.-": an OCR's reading of the ordinal sign "º" before the ".-" that ends a label (Peru's PDFs)
const SEPARATOR = /^(?:\\?\*{1,3}(?=[.°º:–—-])|[”"'*]{1,2}(?=\.\s?[-–—]))?(?:\.?[°º]|(?:<[a-z][^<>]{0,40}>){1,3}[oº°ª](?:<\/[a-z]{1,6}>){1,3})?\s*(?:[–—\-:.](?:\s?(?:[–—\-:.]|_(?=[ \t])))*|\)\s*[–—\-:.]?|\/(?=[ \t]))?\s*/;

/** A heading's number in compared form ("139e" stays Dutch article 139e: see normaliseNumber). */
function headingNumber(raw: string): string {
  // "TITRE Ier", "Chapitre Ier": the French ordinal of the roman one.
  if (/^i(?:er|re)$/i.test(raw.trim())) return 'i';
  // "5º bis": the ordinal sign is no part of the number
  // "5 / bis": the slash a converter set between the number and its adverb (ADVERB_AFTER_SLASH)
  return normaliseNumber(raw.replace(/[º°](?=\s)/, '').replace(/[ \t]*\/[ \t]+/, ' '));
}

function splitTitle(rest: string): string | undefined {
  const title = rest.replace(SEPARATOR, '').trim();
  return title || undefined;
}

/** Heading words compared without accents too: "Preambule" (Dutch) is "préambule", "Chapitre" written "Chapître". */
const plain = (word: string) => word.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
const HEADING_WORDS_PLAIN = new Map(Object.entries(HEADING_WORDS).map(([word, kind]) => [plain(word), kind] as const));

function headingWord(word: string): UnitKind | undefined {
  return HEADING_WORDS[word.toLowerCase()] ?? (/[\u0600-\u06ff]/.test(word) ? undefined : HEADING_WORDS_PLAIN.get(plain(word)));
}

/** The plural endings of heading words in the languages read ("Arts.", "Artículos", "articoli", "artigos", "articles"). */
const PLURAL_ENDINGS: ReadonlyArray<[RegExp, string]> = [[/s$/, ''], [/i$/, 'o'], [/os$/, 'o'], [/es$/, 'e']];

/** "§§" → section, "Arts" → article, "Articoli" → article: a heading word, singular or plural. */
export function headingWordOrPlural(word: string): UnitKind | undefined {
  if (word.startsWith('§')) return 'section';
  const kind = headingWord(word);
  if (kind) return kind;
  for (const [ending, singular] of PLURAL_ENDINGS) {
    if (!ending.test(word.toLowerCase())) continue;
    const found = headingWord(word.toLowerCase().replace(ending, singular));
    if (found) return found;
  }
  return undefined;
}

// Emphasis may wrap the mark or the quote on its own: "_(103)_ _Artículo 73.-", "“_ Artículo 57.-".
/** An editor's mark of a note on a provision: "(31)", "(*)", "(\\*\\*)" (the asterisks escaped by a converter). One pattern for every reader of labels. */
// "<sup>11</sup> Art. 2" (Fedlex's PDFs as converted): a footnote's number set as a superscript before the label
export const NOTE_MARK_PATTERN = String.raw`(?:\((?:\d{1,3}|\\?\*{1,3})\)|<sup>\d{1,3}</sup>)`;
/** Quotation marks that open an amended text before its label: "“Artículo 20.-". */
export const OPENING_QUOTES = '“"«';
const MARK_OR_QUOTE = new RegExp(String.raw`^[_*]*(?:${NOTE_MARK_PATTERN}[\s_*]*|[${OPENING_QUOTES}][\s_*]*){1,2}(?=\p{L})`, 'u');

/**
 * "_Article 4_" → "Article 4": one "_" or "*" at either end that touches the text. Read at the two
 * ends only: a pattern with "$" in it is tried at every position of a long line.
 */
function withoutOuterEmphasisMark(text: string): string {
  const mark = (at: number) => text[at] === '_' || text[at] === '*';
  const touching = (at: number) => at >= 0 && at < text.length && /\S/.test(text[at]);
  const start = mark(0) && touching(1) ? 1 : 0;
  const end = text.length > 1 && mark(text.length - 1) && touching(text.length - 2) ? text.length - 1 : text.length;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/** Groupings from the outermost: a heading may name one and, inside its title, the first of the next lower ones. */
const GROUPING_ORDER: readonly UnitKind[] = ['book', 'part', 'title', 'chapter', 'division'];
/** Words that end a title before a grouping's label only when they cite it ("DISPOSIZIONI DEL CAPO I"). */
const CITING_WORD = /^(?:DEL|DELLA|DELLO|DEI|DEGLI|DELLE|AL|ALLA|ALLO|AI|AGLI|ALLE|DAL|DALLA|NEL|NELLA|DI|E|OF|THE|TO|IN|AND|DU|DE|LA|LE|LES|DES|AU|AUX|ET|À)$/;

/**
 * "TITOLO VI DEGLI ILLECITI … Capo I DEGLI ILLECITI AMMINISTRATIVI …", "LIBRO PRIMO ORGANIZZAZIONE E FUNZIONI TITOLO I
 * DISPOSIZIONI PRELIMINARI" (normattiva): a grouping's heading that also opens the first grouping below it, whose label
 * stands inside the title after a word in capitals. The lower grouping is the heading's unit, the outer one `within`.
 */
function withEmbeddedGrouping(info: HeadingInfo): HeadingInfo {
  const outer = GROUPING_ORDER.indexOf(info.kind as UnitKind);
  const title = info.title;
  if (outer < 0 || info.number === undefined || !title || title.length < 6) return info;
  for (const match of title.matchAll(/(\S+)(\s+)(?=(\p{Lu}\p{L}+)\s+\S)/gu)) {
    const [, before, space, word] = match;
    const kind = headingWord(word);
    if (!kind || GROUPING_ORDER.indexOf(kind) <= outer) continue;
    // the title so far in capitals, and the label's word written as a heading word ("CAPO", "Capo"), not cited
    if (!/^\p{Lu}[\p{Lu}'’),.]+$/u.test(before) || CITING_WORD.test(before.replace(/[),.]+$/, ''))) continue;
    const at = (match.index ?? 0) + before.length + space.length;
    const inner = readHeading(title.slice(at));
    if (!inner || inner.kind !== kind || inner.number === undefined || inner.within) continue;
    return { ...inner, within: { kind: info.kind as UnitKind, number: info.number, label: info.label, title: title.slice(0, at).trim() || undefined } };
  }
  return info;
}

const ADVERB_AFTER_SLASH = new RegExp(String.raw`^[ \t]*\/[ \t]+${LATIN_ITERATIVE}(?=\.[ \t])`, 'i');
/** An adverb and a full stop opening the line after a heading: "bis. Tipus de gravamen especial". */
const ADVERB_OPENING_LINE = new RegExp(String.raw`^[ \t]*(${LATIN_ITERATIVE})\.[ \t]+\p{Lu}`, 'u');

/**
 * "##### Article 60" then "bis. Tipus de gravamen especial" (Andorra's gazette as legalize-ad gives it): the adverb opening
 * the title's line numbers the article or section (60 bis), which has no title of its own in the heading.
 */
export function withAdverbOnNextLine(info: HeadingInfo | undefined, nextLine: string | undefined): HeadingInfo | undefined {
  if (!info || info.title || (info.kind !== 'article' && info.kind !== 'section') || !/^\d+$/.test(info.number ?? '') || !nextLine) return info;
  const adverb = ADVERB_OPENING_LINE.exec(nextLine);
  return adverb ? { ...info, number: normaliseNumber(`${info.number}${adverb[1].toLowerCase()}`) } : info;
}

/** The word that heads all of a text's schedules or annexes, before the first one's own heading. */
const PLURAL_ANNEX_LEAD = /^(?:schedules|annexes|appendices|appendixes)\.?[ \t]*[:—–-]?[ \t]+(?=\S)/i;

const BOLD_NUMBER_THEN_LETTER = /^(\s*\*\*[^*]*\d)\*\*\s([a-z])(?=\s|$)/;

/** A heading of a Japanese law's supplementary provisions: "附則", "附　則　（昭和六一年一二月四日法律第九三号）　抄". */
const SUPPLEMENTARY_PROVISIONS = /^(附[ \t\u3000]*則)[ \t\u3000]*(（[^（）\n]{1,60}）)?[ \t\u3000]*(?:抄)?$/u;

/** A heading of a Korean law's supplementary provisions: "부칙", "부칙 <제19563호,2023.7.18>", "부칙(국회법) <제20372호,2024.3.12>". */
const KOREAN_SUPPLEMENTARY_PROVISIONS = /^부[ \t]?칙[ \t]*(?:\(([^()\n]{1,40})\))?[ \t]*(?:<[^<>\n]{1,40}>)?[ \t]*$/u;
/** A Korean article's or grouping's heading: "제1조 (목적)", "제434조의2", "제1장 총칙" (its syllable after the noun a word's: "제1조치" none). */
const KOREAN_HEADING = /^제[ \t]?(\d{1,4})[ \t]?(조|장|절|편|관)((?:[ \t]?의[ \t]?\d{1,3}){1,3})?(?![\uac00-\ud7a3])[ \t]*(.*)$/u;
/** The kind of unit a Korean heading's noun opens ("관" a grouping inside "절"). */
const KOREAN_HEADING_KINDS: Record<string, UnitKind> = { 조: 'article', 장: 'chapter', 절: 'division', 편: 'part', 관: 'division' };

/** A Chinese heading's unit character, in either script, and the kind of unit it opens. */
const CHINESE_HEADING_KINDS: Record<string, UnitKind> = { 条: 'article', 條: 'article', 章: 'chapter', 节: 'division', 節: 'division', 编: 'part', 編: 'part', 部: 'part' };

/** Czech hundreds written in words before an ordinal ("dvě stě druhá", 202nd), and their values. */
const HUNDREDS: Record<string, number> = { sto: 100, 'dvě stě': 200, 'tři sta': 300, 'čtyři sta': 400, 'pět set': 500, 'šest set': 600, 'sedm set': 700, 'osm set': 800, 'devět set': 900 };
const HUNDREDS_BEFORE_ORDINAL = new RegExp(`^(${Object.keys(HUNDREDS).join('|')})[ \\t]+(?=\\p{L})`, 'iu');

/** "č. " (číslo, Czech) before a unit's number in its heading. */
const NUMBER_SIGN_BEFORE_NUMBER = /^č\.[ \t]?(?=\d)/;

export function readHeading(raw: string): HeadingInfo | undefined {
  // Emphasis around the whole label goes too: "**_Artículo 4.-_**" (bold and italic, as official sites' HTML gives it)
  // "**Art. 68** e" (Fedlex's PDFs): the letter of an inserted article set after the bold number
  // "§ 16<sup>1</sup>." (Estonia's Riigi Teataja): section 16¹, inserted after § 16, read "16^1"
  const text = withoutOuterEmphasisMark(asciiDigits(raw).replace(BOLD_NUMBER_THEN_LETTER, '$1$2').replace(SUPERSCRIPT_AFTER_NUMBER, '$1^$2').replace(/\*\*|__|`/g, '').trim());
  if (!text) return undefined;
  // "((CAPO II - (PRINCIPI)))": normattiva sets text an amendment inserted in double parentheses, label and all
  if (text.startsWith('((') && /^\(\(\s?\p{L}/u.test(text)) return readHeading(text.slice(2).replace(/\s?\)\)$/, ''));
  // "### [^]5 Breach of responsibility …", "### [^]14" (Justice Canada's laws as XYOca/laws-lois-markdown gives them): an empty
  // footnote link, what the converter left of a note's mark, before the section's number
  if (text.startsWith('[^]')) return readHeading(text.slice(3));
  // "## **SCHEDULES.** FIRST SCHEDULE. Registration Rules." (the Irish Statute Book's older Acts): the heading of all the
  // schedules run into the first one's
  const allOfThem = PLURAL_ANNEX_LEAD.exec(text);
  if (allOfThem) {
    const inner = readHeading(text.slice(allOfThem[0].length));
    if (inner && (inner.kind === 'schedule' || inner.kind === 'annex') && inner.number !== undefined) return inner;
  }
  // "(31) Artículo 20.-", "“Artículo 20.-": a note's mark, or the quote that opens an amended text, before an article's label
  const unmarked = MARK_OR_QUOTE.exec(text);
  if (unmarked && unmarked[0].length < text.length) {
    const inner = readHeading(text.slice(unmarked[0].length));
    // '**“ TÍTULO IX**' (SPIJ): a grouping's label in capitals may open an amendment's wording too
    return inner && inner.number !== undefined && (inner.kind === 'article' || inner.kind === 'section' || (inner.label === inner.label.toUpperCase() && /\p{Lu}{2}/u.test(inner.label))) && !inner.within ? inner : undefined;
  }

  // "##### Article Annexe 1" (Légifrance's codes: an annex given as an article): annex 1, which "l'annexe 1" cites
  // (not "Article Annexe I-1 (art. R122-4)", an annex's part numbered after its annex, which is not read as such)
  const annexAsArticle = /^Article\s+(?=Annexe\s+[\p{L}\p{N}]{1,6}(?:\s|$|[.:–—]))/iu.exec(text);
  if (annexAsArticle) {
    const inner = readHeading(text.slice(annexAsArticle[0].length));
    if (inner?.kind === 'annex' && inner.number !== undefined) return { ...inner, label: text.slice(0, annexAsArticle[0].length) + inner.label };
  }

  // "附則", "附　則　（平成一一年一二月二二日法律第一六〇号）　抄" (Japan's laws): supplementary provisions, whose articles are numbered
  // apart from the main provisions' (the text's own first, then each amending act's, as e-Gov sets them out)
  const supplementary = SUPPLEMENTARY_PROVISIONS.exec(text);
  if (supplementary) return { kind: 'annex', label: text.trim(), title: supplementary[2]?.replace(/[（）]/g, '') };
  // "부칙", "부칙 <제19563호,2023.7.18>" (Korea's laws): the same
  const korean = KOREAN_SUPPLEMENTARY_PROVISIONS.exec(text);
  if (korean) return { kind: 'annex', label: text.trim(), title: korean[1] };

  // "제1조 (목적)", "제3조의2(적용 범위)", "제1장 총칙", "제2절 …" (Korea's laws): the number in digits between "제" and the unit's noun;
  // "의2" a unit put after another
  const koreanUnit = KOREAN_HEADING.exec(text);
  if (koreanUnit) {
    const inserted = koreanUnit[3] ? koreanUnit[3].replace(/[ \t]/g, '').slice(1).split('의').join('-') : undefined;
    const title = koreanUnit[4].replace(/\s+/g, ' ').trim().replace(/^[(（]([^()（）]{1,60})[)）]$/u, '$1');
    return { kind: KOREAN_HEADING_KINDS[koreanUnit[2]], number: inserted ? `${koreanUnit[1]}-${inserted}` : koreanUnit[1], label: text.slice(0, text.length - koreanUnit[4].length).trim(), title: title || undefined };
  }

  // "第二百八十六条之一": the article inserted after article 286, numbered "286-1"
  // ("第 5-1 條", "第 一 編 總則": Taiwan's laws as the Ministry of Justice's database sets them, traditional characters, the
  // number spaced and an inserted article's written "5-1")
  // ("第三条の二（定義）", "第十四章の三　政党…", "第十二条の五の二": Japan's laws insert a unit after another with "の", after an
  // inserted one too, and set an article's caption in brackets after its label)
  const chinese = /^第[ \t\u3000]*([0-9〇零一二三四五六七八九十百千]+)(?:-([0-9]{1,2}))?[ \t\u3000]*([条條章节節编編部])((?:[之の][一二三四五六七八九十百千]{1,6}){1,3})?[\s\u3000]*(.*)$/.exec(text);
  if (chinese) {
    // "节" groups articles inside a chapter: a division, never a citable section beside the articles
    const kind = CHINESE_HEADING_KINDS[chinese[3]];
    const number = chineseNumber(chinese[1]);
    const article = kind === 'article';
    // ("第十二条の五の二": put after article 12-5, "12-5-2")
    const inserted = article && chinese[2] !== undefined ? chinese[2] : chinese[4] !== undefined ? chinese[4].slice(1).split(/[之の]/).map((part) => chineseNumber(part) ?? part).join('-') : undefined;
    // ("第百五十三条から第百六十条まで", "第百七十三条及び第百七十四条": repealed together, the label names the last too; no title)
    const through = article ? /^(?:から|及び)第[0-9〇零一二三四五六七八九十百千]+条(?:の[一二三四五六七八九十]{1,3})?(?:まで)?/.exec(chinese[5]) : null;
    const title = chinese[5].slice(through ? through[0].length : 0).replace(/[\s\u3000]+/g, ' ').trim().replace(/^（([^（）]{1,60})）$/, '$1');
    return { kind, number: number !== undefined && inserted !== undefined ? `${number}-${inserted}` : number, label: text.slice(0, text.length - chinese[5].length + (through ? through[0].length : 0)).trim(), title: title || undefined };
  }

  // "§ 2510. Definitions", "§2510", "§§ …" (a heading naming several sections is read as the first).
  // One digit, then the lazy rest: "\d+" before a class that also takes digits tried every split (quadratic on "§" + digits + "!").
  // "§ 9 bis. Cohecho a Funcionarios Públicos Extranjeros" (Chile's Penal Code): a division inserted after § 9
  const glued = GLUED_SECTION_TITLE.exec(text);
  if (glued) {
    const label = glued[3] ? glued[0].slice(0, -glued[3].length) : glued[0];
    return { kind: 'section', number: normaliseNumber(glued[1].replace(/[ \t]/g, '') + (glued[2] ?? '')), label, title: splitTitle(text.slice(glued[0].length)) };
  }
  const gluedNoStop = GLUED_SECTION_TITLE_NO_STOP.exec(text);
  if (gluedNoStop && !isLatinAdverb(gluedNoStop[2])) {
    return { kind: 'section', number: normaliseNumber(gluedNoStop[1]), label: gluedNoStop[0], title: splitTitle(text.slice(gluedNoStop[0].length)) };
  }
  const section = SECTION_SIGN_NUMBER.exec(text);
  if (section) {
    return { kind: 'section', number: normaliseNumber(section[1] + (section[2] ?? '').toLowerCase()), label: section[0].trim(), title: splitTitle(text.slice(section[0].length)) };
  }
  // "6-1-1301. Short title.", "47-18-3201. Part definitions." (a US state code's section, as its session laws print it): no
  // word or sign, the number alone in three hyphened parts or more, a full stop, then the title
  const stateCode = STATE_CODE_SECTION.exec(text);
  if (stateCode) {
    return { kind: 'section', number: normaliseNumber(stateCode[1]), label: stateCode[0], title: splitTitle(text.slice(stateCode[0].length)) };
  }
  // "s3 Unauthorised access", "s. 3", "S 12A"
  const shortSection = /^s\.?\s?(\d+[a-z]{0,3})\b/i.exec(text);
  if (shortSection) {
    return { kind: 'section', number: normaliseNumber(shortSection[1]), label: shortSection[0], title: splitTitle(text.slice(shortSection[0].length)) };
  }

  // "Erster Teil - Anwendungsbereich", "FIRST SCHEDULE", "Deuxième partie": an ordinal, then the heading word.
  const ordinalFirst = /^(\p{L}+)\s+(\p{L}+)\.?(?=$|[\s:–—-])/u.exec(text);
  if (ordinalFirst) {
    const value = leadingOrdinalValue(ordinalFirst[1]);
    const kind = value !== undefined ? headingWord(ordinalFirst[2]) : undefined;
    if (kind && kind !== 'preamble') {
      // "Tweede afdeling A": a division inserted after the second
      const inserted = /^\s+([A-Z])(?=\s*$|\s+[-–—:])/.exec(text.slice(ordinalFirst[0].length));
      const label = inserted ? ordinalFirst[0] + inserted[0] : ordinalFirst[0];
      return { kind, number: inserted ? `${value}${inserted[1].toLowerCase()}` : String(value), label, title: splitTitle(text.slice(label.length)) };
    }
  }

  // "1. Abschnitt: Geltungsbereich", "2. Kapitel: …" (Fedlex), "II. Teil: Ermittlungsverfahren" (RIS): the number first, then the grouping's word
  // ("137. Division IV. Annual close season …": the word has a number of its own, so the first is a section's, its title the
  // division's heading run into it, as the Irish Statute Book's older Acts give it)
  const numberFirst = /^(\d{1,3}|[IVXLC]{1,7})\.\s+(\p{L}+)\.?(?=$|\s*[:–—-]|\s+\p{Lu})(?!\s+[IVXLC]{1,7}(?:[.:–—-]|\s|$))/u.exec(text);
  const numberedKind = numberFirst ? headingWord(numberFirst[2]) : undefined;
  const romanFirst = numberFirst && /^[IVXLC]+$/.test(numberFirst[1]);
  if (numberFirst && numberedKind && numberedKind !== 'preamble' && (!romanFirst || (GROUPING_ORDER.includes(numberedKind) && WELL_FORMED_ROMAN.test(numberFirst[1])))) {
    return { kind: numberedKind, number: romanFirst ? numberFirst[1].toLowerCase() : numberFirst[1], label: numberFirst[0], title: splitTitle(text.slice(numberFirst[0].length)) };
  }

  // "SOUS-SECTION 1 : …": a heading word with a hyphen in it
  const hyphened = /^([^\s\d.:–—-]+-[^\s\d.:–—-]+)\.?/u.exec(text);
  const word = hyphened && headingWord(hyphened[1]) ? hyphened : /^([^\s\d.:–—-]+)\.?/u.exec(text);
  if (word) {
    const kind = headingWord(word[1]);
    if (kind) {
      const afterWord = text.slice(word[0].length);
      // "Příloha č. 1 k vyhlášce č. 297/2001 Sb." (Czech): the number's sign between the word and the number
      const rest = afterWord.replace(/^\s+/, '').replace(NUMBER_SIGN_BEFORE_NUMBER, '');
      // "Příloha k vyhlášce č. 84/1983 Sb." (Czech): "k" is "to", the one annex unnumbered
      if (kind === 'annex' && /^k\s+\p{Ll}/u.test(rest)) return { kind, label: word[0], title: splitTitle(rest) };
      if (kind === 'preamble') return { kind, label: word[0], title: splitTitle(rest) };
      if (afterWord.length > 0 && afterWord === rest && !/^[\d]/.test(rest)) {
        // "Articles" glued to another word: not a structural heading.
        return undefined;
      }
      // "المادة الحادية عشرة", "المادة الحادية والعشرون": an Arabic ordinal of several words
      const arabic = /^[\u0621-\u064a]/.test(rest) ? arabicOrdinalAt(rest) : undefined;
      if (arabic) {
        // "المادة التاسعة والسبعين مكرر": an article inserted after the 79th ("bis"), as with figures ("المادة 14 مكرراً")
        const bis = /^\s+مكرر[\u064b-\u0652ا]*(?![\u0621-\u064a])/u.exec(rest.slice(arabic.length))?.[0].length ?? 0;
        const label = text.slice(0, word[0].length + (afterWord.length - rest.length) + arabic.length + bis);
        return { kind, number: `${arabic.value}${bis ? 'bis' : ''}`, label, title: splitTitle(rest.slice(arabic.length + bis)) };
      }
      // "المادة (4)": the number in parentheses
      const parenthesised = /^\((\d{1,4})\)/.exec(rest);
      if (parenthesised) {
        const label = text.slice(0, word[0].length + (afterWord.length - rest.length) + parenthesised[0].length);
        return { kind, number: parenthesised[1], label, title: splitTitle(rest.slice(parenthesised[0].length)) };
      }
      // "الفصل الثاني: التجريم", "Chapter One – Scope": the ordinal word ends before the separator.
      // "Sección primera. De los libros": a grouping's ordinal ends before a full stop too. Not an article's: "Artículo
      // único." of a decree is followed in its file by the articles of the text it approves, whose article 1 it would take.
      // "Artículo Primero.- Apruébese …", "ARTÍCULO SEGUNDO.- Derógase …" (a decree's or a resolution's articles) are numbered so.
      // ("ČÁST DVĚ STĚ DRUHÁ", part 202 (Czech): the hundreds in words before the ordinal)
      const hundred = HUNDREDS_BEFORE_ORDINAL.exec(rest);
      const ordinalRest = hundred ? rest.slice(hundred[0].length) : rest;
      const ordinal = (kind === 'article' && /^(?:único|única|unico|unica|unique)\./iu.test(ordinalRest) ? /^([^\s:：–—,]+)/ : /^([^\s:：–—,.]+)/).exec(ordinalRest);
      if (ordinal && ORDINAL_WORDS[ordinal[1].toLowerCase()]) {
        let number = ORDINAL_WORDS[ordinal[1].toLowerCase()];
        let length = ordinal[1].length;
        // "Artículo Décimo Segundo.- ACCIONES CLASE B", "Vigésimo Primero": a tens ordinal, then a units one (12, 21)
        const tens = Number(number);
        const second = tens >= 10 && tens % 10 === 0 ? /^[ \t]+([^\s:：–—,.]+)/.exec(ordinalRest.slice(length)) : null;
        const units = second ? Number(ORDINAL_WORDS[second[1].toLowerCase()]) : NaN;
        if (second && units >= 1 && units <= 9) {
          number = String(tens + units);
          length += second[0].length;
        }
        if (hundred) {
          number = String(Number(number) + HUNDREDS[hundred[1].toLowerCase()]);
          length += hundred[0].length;
        }
        // 'Глава първа "а". РЕГИСТЪР …' (Bulgaria): a chapter inserted after the first takes a letter in quotes
        const inserted = /^[ \t]+["„“]([а-я])["“”](?=[ \t.:]|$)/u.exec(rest.slice(length));
        if (inserted) {
          number += inserted[1];
          length += inserted[0].length;
        }
        // "HLAVA PÁTÁ A" (Czech): a title inserted after the fifth, its capital alone ending the line
        const lettered = inserted ? null : /^[ \t]+([A-Z])[ \t]*$/.exec(rest.slice(length));
        if (lettered) {
          number += lettered[1].toLowerCase();
          length += lettered[0].length;
        }
        const label = text.slice(0, word[0].length + (afterWord.length - rest.length) + length);
        return withEmbeddedGrouping({ kind, number, label, title: splitTitle(rest.slice(length)) });
      }
      // "Titel IIIA", "Titel IVA": a title inserted after title III, IV (Dutch codes)
      const romanSuffixed = /^([IVXLC]{1,6}[A-Z])(?=\s|$|[.:–—-])/.exec(rest);
      // …unless the numeral reads longer as a plain one ("Titre XI bis", where "XI" alone also reads as "X" and "I")
      // "ART. 32. BIS" (the adverb in capitals after a full stop), never "Art. 5. Bis zum Ende …" (a German sentence)
      const plainNumber = withoutCapitalisedAdverb(NUMBER.exec(rest));
      let number = romanSuffixed && (!plainNumber || plainNumber[0].length <= romanSuffixed[0].length) ? romanSuffixed : plainNumber;
      // "Article 95 ZG", "Article 23 L nonies A", "Article 46 quindecies QA", "Article 46 quater-0 FB", "Article 262-0 bis"
      // (France's tax code): capitals, and a Latin word after a hyphened part, go on numbering
      const capitals = number && number === plainNumber && (kind === 'article' || kind === 'section') ? CAPITALS_AFTER_NUMBER.exec(rest.slice(number[0].length)) : null;
      if (number && capitals && !/^[IVX]{2,}$/.test(capitals[1])) number = Object.assign([number[0] + capitals[0]], { index: 0, input: rest }) as unknown as RegExpExecArray;
      // "Article 5 / bis. Tramitació simplificada …" (Andorra's gazette as legalize-ad gives it): the adverb after the slash numbers it
      const adverb = number && (kind === 'article' || kind === 'section') && /^\d+$/.test(number[0]) ? ADVERB_AFTER_SLASH.exec(rest.slice(number[0].length)) : null;
      if (number && adverb) number = Object.assign([number[0] + adverb[0]], { index: 0, input: rest }) as unknown as RegExpExecArray;
      if (number) {
        const label = text.slice(0, word[0].length + (afterWord.length - rest.length) + number[0].length);
        const title = splitTitle(rest.slice(number[0].length));
        // "Part I — s2 Interpretation" (Kenya Law's headings): the part, then the section in it.
        const inner = title && GROUPINGS_BEFORE_UNIT.has(kind) && /^\s*[–—:,-]/.test(rest.slice(number[0].length)) ? readHeading(title) : undefined;
        if (inner && (inner.kind === 'article' || inner.kind === 'section') && inner.number !== undefined && !inner.within) {
          return { ...inner, within: { kind, number: headingNumber(number[0]), label } };
        }
        // "Art. 2 § 12 DSG — Zulässigkeit der Bildaufnahme" (RIS): the sections of a law enacted as an article of another
        // (not "Article 5. § 1er. La décision …" (Belgium's Justel): after the article's full stop, its own first paragraph)
        const sectionInArticle = kind === 'article' && title && /^§\s?\d/.test(title) && !/^\s*\./.test(rest.slice(number[0].length)) ? readHeading(title) : undefined;
        if (sectionInArticle && sectionInArticle.kind === 'section' && sectionInArticle.number !== undefined && !sectionInArticle.within) {
          return { ...sectionInArticle, within: { kind, number: headingNumber(number[0]), label } };
        }
        // "Art. 1 a" alone (Fedlex's PDFs): the letter of an inserted article set apart from its number
        if (title && /^[a-z]$/.test(title) && (kind === 'article' || kind === 'section') && /^\d+$/.test(number[0])) {
          return { kind, number: headingNumber(number[0] + title), label: text.trim() };
        }
        // "Art. 6 a Zivilstandsregister, Personenstandsregister" (Fedlex): the letter apart, then the article's title
        // (never "Artikel 124 a Absatz 3 des Zivilgesetzbuches": a unit's word after the letter goes on citing)
        const letterThenTitle = title && (kind === 'article' || kind === 'section') && /^\d+$/.test(number[0]) ? /^([a-z])\s+(\p{Lu}.*)$/u.exec(title) : null;
        if (letterThenTitle && !citationWords().has(/^\p{L}+\.?/u.exec(letterThenTitle[2])![0].toLowerCase())) {
          return { kind, number: headingNumber(number[0] + letterThenTitle[1]), label: `${label} ${letterThenTitle[1]}`, title: letterThenTitle[2] };
        }
        return withEmbeddedGrouping({ kind, number: headingNumber(number[0]), label, title });
      }
      if (!rest || /^[–—:\-]/.test(rest)) return { kind, label: word[0], title: splitTitle(rest) };
      // "SCHEDULE. Article 2A of the Constitution.", "SCHEDULE. Certain Customs Duties." (the Irish Statute Book): an Act's one
      // schedule, its word and a full stop, then its title
      if ((kind === 'schedule' || kind === 'annex') && word[0].endsWith('.') && /^\p{Lu}/u.test(rest)) return { kind, label: word[0], title: splitTitle(rest) };
      return undefined; // "Part of the problem", "Title of the act": an ordinary heading
    }
  }

  // "342.1 Unauthorized use of computer" (Canada's Criminal Code), "476.1 Definitions" (Australia's):
  // a code numbered in decimals; the number is whole, never "342" titled "1 Unauthorized …".
  const decimal = /^(\d+[a-z]{0,3}(?:\.\d+[a-z]{0,3})+)\.?(?:\s*[–—:-])?(?:\s+(\S.*))?$/i.exec(text);
  if (decimal) {
    return { kind: 'numbered', number: normaliseNumber(decimal[1]), label: decimal[1], title: decimal[2]?.trim() || undefined };
  }
  // "3. Unauthorised access", "12A Title" — a bare number: the document's citable kind.
  // "6 a § Taksiliikenteen …" (Finland's and Sweden's statutes): section 6 a, its letter set apart before the sign
  const lettered = /^(\d+)\s([a-z])(?=\s+§)\s+(\S.*)$/.exec(text);
  if (lettered) return { kind: 'numbered', number: normaliseNumber(lettered[1] + lettered[2]), label: `${lettered[1]} ${lettered[2]}`, title: lettered[3].trim() };
  const bare = /^(\d+[a-z]{0,3})(?:\.|\s*[–—:-])\s*(\S.*)?$/i.exec(text) ?? /^(\d+[a-z]{0,3})\s+(\S.*)$/i.exec(text);
  if (bare) {
    return { kind: 'numbered', number: normaliseNumber(bare[1]), label: bare[1], title: bare[2]?.trim() || undefined };
  }
  // "### XVII" alone (the Italian Constitution's transitional provisions): a provision numbered in capital roman numerals
  const roman = /^([IVXLC]{1,7})\.?$/.exec(text);
  if (roman && WELL_FORMED_UPPER_ROMAN.test(roman[1])) return { kind: 'numbered', number: normaliseNumber(roman[1]), label: roman[1] };
  return undefined;
}

/** "96", "12A": a heading that is a unit's number alone. */
const LONE_NUMBER = /^(\d{1,4})([A-Z]{0,2})$/;
/** How far a lone number may run ahead of the numbered heading before it: a few units repealed in a row. */
const LONE_NUMBER_STEP = 10;
/** How many headings are looked through for the numbered heading before or after a lone number. */
const LONE_NUMBER_LOOK = 40;

/**
 * "### 96" then "[Repealed, 2023, c. 31, s. 10]" (Justice Canada's Acts as converted to markdown: a repealed section keeps
 * its number and loses its title): a heading that is a number alone is the document's unit of that number only where it
 * falls between the numbered headings of its level before and after it (a page number or a year heading does not), at
 * most a few units after the one before. `infos` are the headings' readings; the lone numbers read are filled in.
 */
export function readLoneNumberHeadings(blocks: readonly Block[], infos: (HeadingInfo | undefined)[], text: string): void {
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index];
    if (block.kind !== 'heading' || infos[index] || block.span.end - block.contentStart > 12) continue;
    const lone = LONE_NUMBER.exec(text.slice(block.contentStart, block.span.end).trim());
    if (!lone) continue;
    const value = Number(lone[1]);
    const before = numberedNeighbour(blocks, infos, index, -1);
    if (before === undefined || before >= value + (lone[2] ? 1 : 0) || value - before > LONE_NUMBER_STEP) continue;
    const after = numberedNeighbour(blocks, infos, index, 1);
    if (after !== undefined && after <= value) continue;
    infos[index] = { kind: 'numbered', number: lone[1] + lone[2], label: lone[0] };
  }
  readLoneNumberRuns(blocks, infos, text);
}

/** A heading that holds a number alone: where it stands, its whole number, its letters ("3A"), its number and label as written. */
interface LoneEntry { index: number; value: number; suffix: string; number: string; label: string }

/** How many lone numbers, rising, make a run of units; a run starts at most at LONE_RUN_FIRST. */
const LONE_RUN_LENGTH = 3;
const LONE_RUN_FIRST = 10;

/**
 * "#### Attempting to commit an offence" then "##### 1", "##### 2" … (legislation.gov.uk's Acts as legalize-uk converts them:
 * every section's number alone in a heading, its title in the heading above): lone numbers at one depth rising from a small
 * first one, at least LONE_RUN_LENGTH of them (or "1" then "2"), are the document's units. A year heading ("### 2019") starts
 * no run, and a number lower than the one before ends the run. After a run, lettered numbers of its sections ("##### 3A",
 * "##### 16A" after section 18) are sections inserted later, which the converter gives last.
 */
function readLoneNumberRuns(blocks: readonly Block[], infos: (HeadingInfo | undefined)[], text: string): void {
  const runs = new Map<number, LoneEntry[]>();
  /** Per depth, the whole numbers of the runs read: "##### 3A" and "##### 16A" after section 18 are sections inserted later. */
  const read = new Map<number, Set<number>>();
  const close = (run: LoneEntry[], depth: number) => {
    const first = run[0];
    const inserted = run.every((entry) => entry.suffix && read.get(depth)?.has(entry.value));
    if (!inserted && first.value > LONE_RUN_FIRST) return;
    if (!inserted && run.length < LONE_RUN_LENGTH && !(run.length === 2 && first.value === 1 && !first.suffix && run[1].value === 2 && !run[1].suffix)) return;
    let numbers = read.get(depth);
    if (!numbers) read.set(depth, (numbers = new Set()));
    for (const { index, value, number, label } of run) {
      numbers.add(value);
      infos[index] = { kind: 'numbered', number, label };
    }
  };
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index];
    if (block.kind !== 'heading' || infos[index] || block.span.end - block.contentStart > 12) continue;
    const lone = LONE_NUMBER.exec(text.slice(block.contentStart, block.span.end).trim());
    if (!lone) continue;
    const entry: LoneEntry = { index, value: Number(lone[1]), suffix: lone[2], number: lone[1] + lone[2], label: lone[0] };
    const run = runs.get(block.depth);
    const last = run?.[run.length - 1];
    if (run && last && (entry.value > last.value || (entry.value === last.value && entry.suffix > last.suffix))) {
      run.push(entry);
      continue;
    }
    if (run) close(run, block.depth);
    runs.set(block.depth, [entry]);
  }
  for (const [depth, run] of runs) close(run, depth);
}

/** The whole number of the nearest numbered heading of the same depth before (-1) or after (1) `index`, if any. */
function numberedNeighbour(blocks: readonly Block[], infos: readonly (HeadingInfo | undefined)[], index: number, direction: -1 | 1): number | undefined {
  const depth = blocks[index].depth;
  let seen = 0;
  for (let at = index + direction; at >= 0 && at < blocks.length && seen < LONE_NUMBER_LOOK; at += direction) {
    if (blocks[at].kind !== 'heading' || blocks[at].depth !== depth) continue;
    seen++;
    const info = infos[at];
    if (!info || info.number === undefined) continue;
    if (info.kind !== 'numbered' && info.kind !== 'section' && info.kind !== 'article') return undefined;
    const whole = /^\d+/.exec(info.number);
    return whole ? Number(whole[0]) : undefined;
  }
  return undefined;
}

/**
 * "Convenzione- art. 10", "Accordo - art. 4", "Accordo-art. II": an instrument's name, a dash and an article's label, alone on a
 * line (Normattiva's line over each article of a treaty annexed to the law that ratifies it, as legalize-it gives it).
 */
export const ANNOUNCING_LINE = /^(\p{Lu}\p{L}+(?:[ \t]\p{L}+){0,2})[ \t]?[-–—][ \t]?(?:art\.|articolo|article|artículo|artigo)[ \t]?(\d{1,4}[a-z]{0,8}|[IVXLC]{1,8})[ \t]*$/iu;
