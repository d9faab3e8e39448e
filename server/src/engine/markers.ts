// Paragraph markers at the start of a block: "1.", "(1)", "a.", "(a)", "a)", "(A)", "(i)",
// "1°.", Arabic "(أ)" and "’1’". The style tells the nesting; the value is the number.
import { LATIN_ITERATIVE, asciiDigits, chineseNumber, normaliseNumber, romanValue } from './keywords';
import { withoutEscapes } from './text';

export type MarkerStyle =
  | 'num-dot' | 'num-dash' | 'num-paren' | 'degree' | 'lower-dot' | 'lower-paren' | 'upper-dot' | 'upper-paren'
  | 'roman-dot' | 'roman-paren' | 'arabic-letter' | 'quoted-num' | 'upper-roman-dash'
  // "II. Derogada.", "XIV. Para …": a roman numeral in capitals and a full stop (Mexico's "fracciones"); "I." alone reads as a letter (structure.ts)
  | 'upper-roman-dot'
  // The deeper levels of the US Code, told from "(A)" and "(a)" by where they stand (structure.ts):
  // subclauses "(I)", "(II)"; items "(aa)", "(bb)"; subitems "(AA)", "(BB)".
  | 'upper-roman-paren' | 'lower-double-paren' | 'upper-double-paren'
  // Chinese items ("项"): "（一）", "(二)", in full-width or ASCII parentheses; the value is the number ("1", "2").
  | 'cjk-paren'
  // "一、", "二、": a Chinese numeral and the enumeration comma (Taiwan's subparagraphs, "款", above their items "（一）")
  | 'cjk-comma'
  // "1)", "3-1)": a number closed by a parenthesis (Russian and Kazakh "подпункт", Latin American "numeral 1)")
  | 'num-close'
  // "§ 1º", "§ 10.", "§ 2º-A", "Parágrafo único." (Brazilian laws): the paragraphs of an article, below its head ("caput")
  | 'paragraph-sign'
  // "<sup>1</sup> Die Kosten …", "<sup>4.</sup> Die Gesamtdauer …" (Fedlex as converted): an article's paragraph, its number raised
  | 'num-sup'
  // "**①** 다음 각 호의 …", "② …" (Korean and Japanese laws): an article's paragraphs numbered by circled digits, ① to ⑳
  | 'circled'
  // "59.1.1. Solicitud firmada …" (Peru's regulations): a paragraph's parts numbered after the article and the paragraph
  | 'decimal-sub'
  // Japan's laws: "２　前項の許可を…", "**２**　…", "○２　…" an article's paragraph ("項", numbered from the second, in full-width
  // digits); "一　商号…", "二の二　…" a paragraph's item ("号"); "イ　…" an item's sub-item, lettered in the iroha order
  | 'ja-paragraph' | 'ja-item' | 'ja-subitem'
  // Korea's laws: "가. …", "나. …" an item's sub-items ("목"), lettered in the order of the Korean syllabary
  | 'ko-subitem';

export interface Marker {
  style: MarkerStyle;
  /** Normalised value: "1", "b", "iv", "A" (upper case kept: US "(A)" differs from "(a)"), "أ". */
  value: string;
  /** The marker as a reader sees it, e.g. "(b)" or "1." (without a converter's backslashes). */
  label: string;
  /** How many characters it takes in the text as written: "1\." is three (emphasis and spaces before it are not counted). */
  length: number;
  /** The number of the article a paragraph is numbered after: "15" in "15.1." (Peru's laws), its value being "1". */
  within?: string;
}

/**
 * "15.1. El Fiscal …", "**14.1. **El Fiscal …", "14.2 La indagación …": a paragraph numbered after the article it is in (Peru's
 * laws, many regulations). A trailing full stop, a closing bold or a capital after one space tells it from "1.5 millones".
 */
const WITHIN_ARTICLE = /^(\d{1,4}(?:-?[A-Z])?)\.(\d{1,2})(?:\.(\d{1,2}))?(\.?)((?:[ \t]*(?:\*\*|__))?)/;

/** Whether a paragraph numbered "2.3" is of the article numbered `articleNumber`: "2" and "2", or "2" and "II" (Peru's "Artículo II" of a preliminary title). */
export function isNumberedAfter(within: string, articleNumber: string): boolean {
  const article = normaliseNumber(articleNumber);
  return normaliseNumber(within) === article || (/^\d+$/.test(within) && romanValue(article) === Number(within));
}

function withinArticleMarker(head: string): Marker | undefined {
  const match = WITHIN_ARTICLE.exec(head);
  if (!match) return undefined;
  const after = head.slice(match[0].length);
  const ends = match[5] ? /^(?:\s|\p{L}|$)/u.test(after) : match[4] ? /^(?:\s|$)/.test(after) : /^[ \t]\p{Lu}/u.test(after);
  if (!ends) return undefined;
  // "59.1.5. Requisitos vinculados …": part 5 of paragraph 59.1, numbered after both
  if (match[3] !== undefined) return { style: 'decimal-sub', value: match[3], label: `${match[1]}.${match[2]}.${match[3]}${match[4]}`, length: match[0].length, within: `${match[1]}.${match[2]}` };
  return { style: 'num-dot', value: match[2], label: match[1] + '.' + match[2] + match[4], length: match[0].length, within: match[1] };
}

/** "1.1", "c.1", "iii.2": a unit put between two (Canada's statutes), written as the one it follows, a dot and a number. */
const INSERTED = /^(\d{1,4}|[a-z]{1,4})\.\d{1,2}$/;

/** The value a unit put between two follows ("1" for "1.1", "c" for "c.1"), or undefined for any other value. */
export function insertedAfter(value: string): string | undefined {
  return INSERTED.exec(value)?.[1];
}

/** The value as its run counts it: "c.1" is of the run "c" is of. */
export function withoutInsertion(value: string): string {
  return insertedAfter(value) ?? value;
}

const PATTERNS: Array<{ style: MarkerStyle; pattern: RegExp }> = [
  // French parts of an article: "I.-1. Les personnes …", "II bis (1).-Afin …", "IV - Ainsi …", "I. - Toute …", "II. ― Les prêts …" (a horizontal bar), "II. − Afin …" (a minus sign)
  { style: 'upper-roman-dash', pattern: /^([IVXL]{1,6}(?: ?(?:bis|ter|quater))?)(?: ?\(\d{1,2}\))? ?\.? ?[-–—―−] ?(?=\S)/ },
  // "8.L'autorité …": a converter may drop the space after the number; "٢.تحدد اللائحة …" (Saudi laws as nezams.com gives them)
  // "1-bis. Il documento …" (Italy): a paragraph inserted after 1, its value "1bis"
  // "1.- El seguiment …" (Spanish and Catalan gazettes): a full stop and a dash after the number
  // "1.—(1) Parts II, III …", "2.—Article 3 and every …" (the Irish Statute Book's schedules): an em dash after the stop
  { style: 'num-dot', pattern: new RegExp(String.raw`^(\d{1,4}(?:[a-z]|-${LATIN_ITERATIVE})?)\.(?:-(?=[ \t])|(?=—[ \t]*[(A-Z])|(?=\s|$|[A-ZÀ-Ý][a-zà-ÿ'’]|[\u0621-\u064a]))`) },
  { style: 'num-dash', pattern: /^(\d{1,4})\s?[-–—](?=\s)/ },
  // (a capital after it, perhaps after a footnote's mark: "<sup>99</sup> oder 286 des Strafgesetzbuches" is a footnote's mark
  // left in the text; "<sup>4</sup> <sup>18</sup> Das Eidgenössische …" is paragraph 4 with note 18's mark)
  // ("<sup>(1)</sup> Bei einer Anrufung …", "<sup>(2)</sup> umfasst der Begriff …": in brackets too, which no note's mark has,
  // and then a small letter may follow, the sentence going on from a colon above)
  { style: 'num-sup', pattern: /^<sup>(?:(\d{1,2})\.?<\/sup>(?=[ \t]+(?:<sup>\d{1,3}<\/sup>[ \t]+)?\p{Lu})|\((\d{1,2})\)<\/sup>(?=[ \t]+\S))/u },
  // "(1.1)": a subsection put between (1) and (2) (Canada's statutes), its value "1.1"
  // "(2A)", "(3AB)": a subsection inserted after (2) or (3A), in capitals (Australia's and the UK's statutes)
  { style: 'num-paren', pattern: /^\((\d{1,4}(?:[a-z]|[A-Z]{1,3}|\.\d{1,2})?)\)/ },
  // "2a)" (Liechtenstein): a paragraph inserted after "2)", as "2a." is after "2."
  // "**1). Ambulancia.-** Vehículo diseñado …" (SPIJ: a definitions annex's numerals, a full stop after the parenthesis)
  { style: 'num-close', pattern: /^(\d{1,4}(?:[a-z]|-\d{1,2})?)\)\.?(?=\s)/ },
  // "2 )по начисленным …" (a Tax Code's copy): the space typed before the parenthesis instead of after it
  { style: 'num-close', pattern: /^(\d{1,4}) \)(?=\p{Ll})/u },
  // "1°", and "1° bis" inserted after it (French codes): its value is "1bis"; "1.°", "1.º", and "9ª.", "16 ª" counting circunstancias (Chile's codes)
  // "(1° aux autorités publiques …" (Belgium's Justel: a parenthesis opens the text an amendment gave, its marker inside it)
  // "1º Se impondrá reclusión …", "2º el que, para apoderarse …" (Argentina's Penal Code as InfoLEG gives it): the ordinal sign alone
  { style: 'degree', pattern: /^\(?(\d{1,3})(?:\.?°|\.?º|[ \t]?ª)(?: ?(bis|ter|quater|quinquies|sexies|septies|octies|nonies|decies)(?![a-z]))?\.?(?=\s)/ },
  // "(c.1)", "(iii.1)": a paragraph put between (c) and (d) (Canada's statutes), its value "c.1"
  { style: 'lower-paren', pattern: /^\(([a-z]{1,4}(?:\.\d{1,2})?)\)/ },
  // "a)access …", "a.door …": converters drop the space after the marker; "e.g." and "i.e." stay words.
  { style: 'lower-dot', pattern: /^([a-z]{1,2})(?:[.)](?=\s|$)|\)(?=\p{L})|\.(?=\p{L}{2}))/u },
  // "đ) …" (Vietnamese: its alphabet has "đ" between "d" and "e", and letters the points of a clause with it)
  { style: 'lower-dot', pattern: /^(đ)\)(?=\s)/u },
  // "a-bis) …" (Italy): a point inserted after "a)", its value "abis"
  { style: 'lower-dot', pattern: new RegExp(String.raw`^([a-z]-${LATIN_ITERATIVE})\)(?=\s)`) },
  { style: 'upper-paren', pattern: /^\(([A-Z]{1,2}|[IVX]{3,4})\)/ },
  { style: 'upper-dot', pattern: /^([A-Z])\.(?=\s)/ },
  // two characters at least ("II.", "IV.", "XIV."): a capital letter and a full stop is a letter's marker first
  { style: 'upper-roman-dot', pattern: /^((?=[IVXLC]{2})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))\.(?=[ \t]+\p{Lu})/u },
  { style: 'arabic-letter', pattern: /^\(([\u0621-\u064a])\)/ },
  // "أ- أن يكون الفرد سعودي الجنسية.", "هـ- …" (the letter drawn out by a tatweel): a letter and a dash
  { style: 'arabic-letter', pattern: /^([\u0621-\u064a])\u0640?\s?[-–]\s?(?=[\u0600-\u06ff])/ },
  // "أ. ألا تتجاوز مدة عمل مراجع الحسابات …" (Saudi regulations as nezams.com gives them): a letter and a full stop, then a space
  { style: 'arabic-letter', pattern: /^([\u0621-\u064a])\u0640?\.[ \t](?=[\u200b-\u200f]?[\u0600-\u06ff])/ },
  { style: 'quoted-num', pattern: /^[’‘'](\d{1,3})[’‘']/ },
  { style: 'cjk-paren', pattern: /^[（(]([〇零一二三四五六七八九十百]{1,5})[）)]/ },
  { style: 'cjk-comma', pattern: /^([〇零一二三四五六七八九十百]{1,5})、(?=[^\s\u3000])/ },
  // The sign is required ("§ 1º", "§ 10."): "§ 1 Anwendungsbereich" is a German section's label.
  // From 10 on the sign may be left out before a capitalised word ("§ 10 Aplica-se …").
  // "(§ 2. Le Registre national …" (Belgium's Justel: a parenthesis opens the text an amendment gave, its marker inside it)
  // "§ 1er. Pour les plans …" (Belgium's Justel): the first paragraph, "premier"
  // "§ 3  ~~º~~  A apresentação …", "§ 3 _o_ Excetuam-se …" (Planalto's page as converted: the ordinal sign struck through or in italics), "§ 2\. …" (a converter's escaped stop)
  { style: 'paragraph-sign', pattern: /^(?:\(?§[ \t]?(\d{1,3})(?:[º°]|o(?=[ \t-])|\\?\.(?=[ \t])|[ \t]{1,3}(?:~~[º°]~~|_[oº°]_)|(?<=§[ \t]?1)er\.(?=[ \t])|(?:<[a-z][^<>]{0,40}>){1,3}[oº°](?:<\/[a-z]{1,6}>){1,3}|(?<=\d{2})(?=[ \t]+\p{Lu}\p{Ll}))(?:-([A-Z]))?\.?|(Par[áa]grafo [úu]nico|PAR[ÁA]GRAFO [ÚU]NICO)[.:]?)(?=[ \t])/u },
  // "⒈", "⒉" … "⒛": one character each (Chinese texts' points, "目"); read as "1.", "2."
  { style: 'num-dot', pattern: /^([\u2488-\u249b])/ },
  // ("②제1항의 규정에 의한 …": Korea's older texts write the paragraph's words right after its number)
  { style: 'circled', pattern: /^([\u2460-\u2473])(?=\s|\*|[\uac00-\ud7a3])/ },
  // (the full-width digits are ASCII here: asciiDigits; an ideographic space after the number is what marks it)
  // ("○２" alone, a paragraph's number made a heading of its own, its words in the paragraph after it)
  { style: 'ja-paragraph', pattern: /^○?(\d{1,3})(?:\u3000(?=[^\s\u3000])|(?<=○\d{1,3})[ \t]*$)/ },
  // (alone too: "一", "イ", an item's number made a heading of its own, its words in the paragraph after it)
  { style: 'ja-item', pattern: /^([〇一二三四五六七八九十百]{1,5})(?:の([一二三四五六七八九十百]{1,5}))?(?:\u3000(?=[^\s\u3000])|[ \t]*$)/ },
  { style: 'ja-subitem', pattern: /^([イロハニホヘトチリヌルヲワカヨタレソツネナラム])(?:\u3000(?=[^\s\u3000])|[ \t]*$)/ },
  { style: 'ko-subitem', pattern: /^([가나다라마바사아자차카타파하])\.(?=[ \t])/ },
  // "1의2. …" (Korea's laws): the item put after item 1, cited "제1호의2"
  { style: 'num-dot', pattern: /^(\d{1,3})의(\d{1,2})\.(?=[ \t])/ },
];

/** "§ 2<sup><span class="underline">o</span></sup>" (pandoc from planalto's HTML): the ordinal sign in tags, 43 characters. */
const TAGGED_SIGN = /^§[ \t]?\d{1,3}<[a-z]/;

/** What `readMarker` needs of a block from `start`: the first 32 characters, or 64 for a "§" sign whose ordinal is set in tags. */
export function markerWindow(text: string, start: number, end: number): string {
  return text.slice(start, Math.min(end, start + (text.charCodeAt(start) === 0xa7 ? 64 : 32)));
}

/** Reads a marker at the start of `text` (leading whitespace allowed). */
export function readMarker(text: string): Marker | undefined {
  // "####### (g) It shall not be unlawful": US Code chunks mark levels below markdown's six heading
  // levels with seven or more "#", which markdown leaves as text; the marker follows them.
  // '<a id="p-1"></a>1. …': a converter's empty anchor before the marker.
  // "((01. Chiunque …": normattiva's double parentheses around a paragraph an amendment inserted.
  // "^2\n[(4) Nothing in this Act …" (India Code): a footnote's mark, then the bracket that opens amended text.
  // "[^](2) A superior commits …" (Justice Canada's laws as converted): an empty footnote link left of a note's mark.
  // "F5[(1A)A person …" (the Irish Statute Book): the mark of an amendment's note, then the bracket of the text it gave.
  // '**"** 4. Cuando …' (SPIJ): the quotation mark, in bold, that opens the wording an amendment inserted; '"27.6 En el …' too.
  // "\u200cأ. ألا …": a zero-width joiner or direction mark a web page left before the marker.
  const unprefixed = text.slice(0, 64).replace(/^(?:[\s*_\u200b-\u200f]|#{7,}(?= )|["“](?=[*_ \t]{1,4}\(?[\dA-Za-z]{1,4}(?:\.\d{1,3})?[.)](?:[*_]{1,3})?[ \t])|["“](?=\d{1,4}\.\d{1,2}\.?[ \t][A-ZÁÉÍÓÚÑ])|<a\s[^<>]{0,40}><\/a>|\(\((?=\d)|\^\d{1,3}(?=[\s[])|\[\^\](?=\()|F\d{1,4}(?=\[\([*_]{0,2}[\dA-Za-z]{1,4}[*_]{0,2}\))|\[(?=\([\dA-Za-z]{1,4}\)\]?[\sA-Z]|\(([*_]{1,2})[\dA-Za-z]{1,4}\1\)[\sA-Z]))+/, '');
  // "**b)** Localizar …": the marker in bold, closed right after it; read as "b) Localizar …" (the label's length is its own)
  // '"**18.3.** Los …', '**_18.3._** _Los …_' (SPIJ): after a quotation mark, or in bold and italics
  // "`(1)` Sofern …", ">> `1.` in den Fällen …" (LawAT's Austrian laws: the marker in a code span)
  // "_(a)_ in the case of personal data …" (a bill as converted from its PDF): a bracketed marker in italics
  const boldAround = /^[ \t]*["“]?[ \t]*(?:\*\*|__)/.test(text) ? /^([^*_\s]{1,10})(?:\*\*|__|_\*\*|\*\*_|\*__|__\*)(?=[ \t\u3000]|—[ \t]*[(A-Z])/.exec(unprefixed)
    : /^[ \t]*[_*]\(/.test(text) ? /^(\([^*_\s()]{1,6}\))[_*](?=[ \t])/.exec(unprefixed)
    // "*1.* *Where a Contracting Party …" (an article set out in italics, its paragraph's number too)
    : /^[ \t]*[_*]\d/.test(text) ? /^(\d{1,4}[a-z]?\.)[_*](?=[ \t])/.exec(unprefixed)
    : unprefixed.charCodeAt(0) === 96 ? CODE_SPAN_MARKER.exec(unprefixed) : null;
  // "(*a*) Subject to subsection (1A) …" (the Irish Statute Book: a paragraph's letter in italics inside its brackets)
  const italicInside = boldAround ? null : EMPHASIS_IN_BRACKETS.exec(unprefixed);
  const written = (boldAround ? boldAround[1] + unprefixed.slice(boldAround[0].length) : italicInside ? `(${italicInside[2]})` + unprefixed.slice(italicInside[0].length) : unprefixed).slice(0, TAGGED_SIGN.test(unprefixed) ? 64 : unprefixed.startsWith('<sup>') ? 32 : 24);
  // Converters escape what markdown would read as a list: turndown writes "1\. Each Party",
  // pandoc "a\)" and "\(a\)". The reader sees "1.", "a)", "(a)".
  const escaped = written.includes('\\');
  const head = asciiDigits(escaped ? withoutEscapes(written) : written);
  const within = escaped ? undefined : withinArticleMarker(head);
  if (within) return within;
  for (const { style, pattern } of PATTERNS) {
    const match = pattern.exec(head);
    if (match) {
      const letters = withoutInsertion(match[1]);
      if ((style === 'lower-paren' || style === 'lower-dot') && letters.length > 1 && !/^[ivxlc]+$/.test(letters) && !/^([a-z])\1$/.test(letters) && letters[1] !== '-' &&
        !(style === 'lower-paren' && /^[a-z]a$/.test(letters))) {
        continue; // "(ab)" is not a marker; "(aa)", "(iv)" and "(ha)" (a clause inserted after "(h)", as in India's acts) are
      }
      if (style === 'num-dot' && match[1].length === 1 && match[1] >= '\u2488') return { style, value: String(match[1].charCodeAt(0) - 0x2487), label: match[0], length: match[0].length };
      if (style === 'circled') return { style, value: String(match[1].charCodeAt(0) - 0x245f), label: match[0], length: match[0].length };
      if (style === 'cjk-paren' || style === 'cjk-comma') return { style, value: chineseNumber(match[1]) ?? match[1], label: match[0], length: match[0].length };
      // ("二の二", the item put after item 2: "2-2", as "第二号の二" cites it; the label without its space)
      if (style === 'ja-item') return { style, value: (chineseNumber(match[1]) ?? match[1]) + (match[2] ? `-${chineseNumber(match[2]) ?? match[2]}` : ''), label: match[0].trimEnd().replace(/\u3000$/, ''), length: match[0].length };
      if (style === 'ja-paragraph' || style === 'ja-subitem') return { style, value: match[1], label: match[0].trimEnd().replace(/\u3000$/, ''), length: match[0].length };
      if (style === 'num-dot' && match[0].includes('의')) return { style, value: `${match[1]}-${match[2]}`, label: match[0], length: escaped ? writtenLength(written, match[0].length) : match[0].length };
      if (style === 'ko-subitem') return { style, value: match[1], label: match[0], length: escaped ? writtenLength(written, match[0].length) : match[0].length };
      // "Parágrafo único" is the article's one paragraph, cited "parágrafo único" (= 1, keywords.ts)
      if (style === 'paragraph-sign') return { style, value: match[3] ? '1' : match[1] + (match[2] ?? '').toLowerCase(), label: match[0], length: match[0].length };
      // (a reader sees the raised number alone, not its tags)
      if (style === 'num-sup') return { style, value: match[1] ?? match[2], label: match[1] ?? `(${match[2]})`, length: match[0].length };
      const value = match[1] + (match[2] ?? '');
      return { style, value: value.includes('-') && (style === 'num-dot' || style === 'lower-dot') ? value.replace(/-/g, '') : value, label: match[0], length: (escaped ? writtenLength(written, match[0].length) : match[0].length) + (italicInside ? 2 * italicInside[1].length : 0) };
    }
  }
  return undefined;
}

/** A bracketed letter or number in emphasis inside its brackets: "(*a*)", "(_iv_)" (a marker, and a citation's step: tokenizer.ts). */
export const EMPHASIS_IN_BRACKETS = /^\((\*{1,2}|_{1,2})([0-9a-zA-Z]{1,6})\1\)/;

/** A marker alone in a code span, then a space: "`(1)` ", "`1.` ", read as the marker (its backticks are the converter's). */
const CODE_SPAN_MARKER = /^`([^`\s]{1,10})`(?=[ \t])/;

/** The written characters that show as the first `shown` characters, escapes included. */
function writtenLength(written: string, shown: number): number {
  let at = 0;
  for (let seen = 0; seen < shown && at < written.length; seen++) {
    if (written[at] === '\\' && /[!-/:-@[-`{-~]/.test(written[at + 1] ?? '')) at++;
    at++;
  }
  return at;
}

export function isRomanCandidate(value: string): boolean {
  return /^[ivxlc]+$/.test(value);
}

/** The Vietnamese alphabet as laws letter their points: "đ" after "d", no f, j, w or z ("d) … đ) … e) … g)", "i) … k)", "v) … x)"). */
export const VIETNAMESE_LETTERS = 'abcdđeghiklmnopqrstuvxy';

/**
 * Whether the letter `value` comes right after `before`: "c" after "b"; "ll" after "l" and "m" after "ll" (the Spanish alphabet
 * before 1994, as Argentina's older decrees letter their incisos); "l" after "i" (Italian letters its "lettere" without j and k:
 * "h) … i) … l) … m)"; a roman "l", fifty, never follows a letter); Vietnamese's "d) đ) e) g)", "i) k)", "v) x)".
 */
export function lettersFollow(before: string, value: string): boolean {
  return before === previousLetter(value) || (before === 'l' && value === 'll') || (before === 'll' && value === 'm') || (before === 'i' && value === 'l') ||
    (before.length === 1 && value.length === 1 && VIETNAMESE_LETTERS.indexOf(value) > 0 && VIETNAMESE_LETTERS.indexOf(value) === VIETNAMESE_LETTERS.indexOf(before) + 1);
}


/** The letter before `value` in the alphabet ("h" for "i"), for roman/letter ambiguity. */
export function previousLetter(value: string): string | undefined {
  if (value.length !== 1) return undefined;
  const code = value.charCodeAt(0);
  return code > 97 ? String.fromCharCode(code - 1) : undefined;
}
