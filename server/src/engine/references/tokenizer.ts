// Linear tokenizer for legal prose. One pass over the text; every look-ahead is bounded
// by a small constant, so the whole scan is O(n) whatever the input.
//
// Tokens:
//   word    letters (any script) with inner "-" or "/" ("sub-paragraph", "t/m", "ci-dessus"),
//           short elided words keep their apostrophe ("l'", "d'"), "§"-runs ("§", "§§"), "n°"
//   num     digits (ASCII, Arabic-Indic, Eastern Arabic-Indic) plus attached Latin letters
//           ("138ab", "1er", "2258A", "80quinquies")
//   marker  "(b)", "(iv)", "(12)", "(أ)" and the Arabic quoted numbers "’1‘"
//   punct   any other single non-space character
//   break   a blank line (a hard boundary no citation crosses)
//
// Chinese/Japanese (Han) text has no spaces: every Han character is a word token of its own,
// except a run of Chinese numerals (一二三…十百千零), which is one num token ("二十一" → 21).
import { CJK_DIGITS, CJK_UNITS, LATIN_ITERATIVE, asciiDigits, chineseNumber, isLatinAdverb } from '../keywords';
import { isSpaceAt } from '../text';

/** Words a PDF's lost space glues to a number ("section 2of", "section 7are"): never letters of the number ("5a", "5bis", "1er"). */
const GLUED_WORDS = new Set(['of', 'is', 'are', 'and', 'or', 'the', 'to', 'in', 'by', 'for', 'shall', 'be', 'as', 'was', 'were', 'has', 'have', 'which', 'with', 'from', 'under', 'may', 'at', 'on',
  // "Artículo 25de la presente ley", "artículo 197de la Ley" (SPIJ, Peru)
  'de', 'del']);
/** A word of a capital and three lower-case letters or more, after the number's own letter if it has one. */
const GLUED_TITLE = /^([a-z]?)(\p{Lu}\p{Ll}{3,})/u;
import { EMPHASIS_IN_BRACKETS, insertedAfter } from '../markers';
import { LIST_GOES_ON, everyTable, isUnitWordOfAnyTable } from './tables';

/** Italian prepositions joined to "l'" ("all'articolo", "dell'articolo"): elided words longer than "l'" and "d'". */
const LONGER_ELIDED = new Set(['all', 'dell', 'nell', 'dall', 'sull', 'coll']);

export type TokenKind = 'word' | 'num' | 'marker' | 'punct' | 'break';

export class Token {
  constructor(
    private readonly src: string,
    public readonly kind: TokenKind,
    public readonly start: number,
    public readonly end: number,
    /** Lower-cased, apostrophes folded to "'", digits ASCII. For markers: the inner value. */
    public readonly norm: string,
    /** num: ASCII digits. */
    public readonly digits: string | undefined,
    /** num: attached letters as written. */
    public readonly suffix: string | undefined,
    /** marker: 'paren' for "(b)", 'quote' for "’1‘". */
    public readonly style: 'paren' | 'quote' | undefined,
    /** Whitespace right before the token. */
    public readonly space: boolean,
    /** That whitespace contains a line break. */
    public readonly newline: boolean,
  ) {}

  /** The text as written. */
  get raw(): string {
    return this.src.slice(this.start, this.end);
  }
}

const MAX_MARKER = 8;

/** The digits asciiDigits (keywords.ts) folds, and ASCII. */
function isDigitCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9) || (c >= 0xff10 && c <= 0xff19);
}

function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3007;
}

/**
 * Korean syllables and "ㆍ" (the dot Korean lists with, "제1호ㆍ제2호"): a token a character, as kana are. Korean writes its particles
 * onto the word before ("제10조를", "제1항에 따른"), so a run of syllables would hold a unit's noun and its particle in one token.
 */
function isHangulToken(c: number): boolean {
  return (c >= 0xac00 && c <= 0xd7a3) || c === 0x318d;
}

function isCjkNumeral(ch: string | undefined): boolean {
  return ch !== undefined && (CJK_DIGITS[ch] !== undefined || CJK_UNITS[ch] !== undefined);
}

/**
 * Each Han character's one-letter string, made once: a Chinese text is a token a character, and
 * V8 keeps one-letter strings only for Latin-1, so each token made a fresh one (a fifth less time
 * on 128 KB of Chinese without them, most of it the collector's).
 */
const hanLetters = new Map<number, string>();
function hanLetter(c: number): string {
  let letter = hanLetters.get(c);
  if (letter === undefined) {
    letter = String.fromCharCode(c);
    hanLetters.set(c, letter);
  }
  return letter;
}

function isCjkNumeralCode(c: number): boolean {
  return isCjkNumeral(hanLetter(c));
}

const LETTER = /[\p{L}\p{M}]/u;
const LATIN = /\p{Script=Latin}/u;

function isLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c === 0xb0 || c === 0xba || c === 0xd7 || c === 0xf7) return false;
  if (c >= 0xc0 && c <= 0x24f) return true;
  return LETTER.test(ch) && !isDigitCode(c);
}

function isLatin(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  return LATIN.test(ch);
}

/** ASCII punctuation, which a CommonMark backslash escapes. */
function isAsciiPunctuation(c: number): boolean {
  return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
}

function isApostrophe(ch: string | undefined): boolean {
  return ch === "'" || ch === '’';
}

/** A number's letter in emphasis, right after it: "*j*", "_d_", "**bis**". */
/** An ordinal sign set in the tags of a superscript: "<sup><span class="underline">o</span></sup>". */
/** A lower-case Cyrillic letter (a number's suffix: "126а"). */
const CYRILLIC_LETTER = /^[а-яё]$/;

/** "<sup>4</sup>": a number set raised. */
const RAISED_NUMBER = /^<sup>(\d{1,4})<\/sup>(?![ \t]*(?:\n|$))/;
const RAISED_FRENCH_ORDINAL = /^<sup>(er|re)<\/sup>/;
const RAISED_LATIN = new RegExp(`^<sup>(${LATIN_ITERATIVE})</sup>`);
const TAGGED_ORDINAL = /^(?:<[a-z][^<>]{0,40}>){1,3}[oº°ª](?:<\/[a-z]{1,6}>){1,3}/;
const EMPHASISED_LETTER = /^(\*{1,2}|_{1,2})([a-z]{1,3}|bis|ter|quater)\1(?![\p{L}\p{N}*_])/u;

/** Inner text of a marker accepted as a number: digits(+≤2 letters or "°"), ≤3 letters, a roman numeral, "6.1", "c.1" or "iii.1" (put between two). */
function markerValue(inner: string): string | null {
  const v = asciiDigits(inner);
  if (/^[0-9]{1,4}[a-zA-Z]{0,2}$/.test(v) || insertedAfter(v) !== undefined) return v;
  // "l'article 2331 (4°) du code civil": a French point, its number and the degree sign
  if (/^[0-9]{1,3}[°º]$/.test(v)) return v.slice(0, -1);
  if (/^[a-zA-Z]{1,3}$/.test(v)) return v;
  if (/^[ivxlcdm]{1,8}$/.test(v) || /^[IVXLCDM]{1,8}$/.test(v)) return v;
  // Arabic letter markers: (أ), (ب); "(هـ)" is the letter drawn out by a tatweel, which the list's "هـ –" marker is read without
  if (/^[\u0621-\u064A]{1,2}$/.test(v)) return v.length === 2 && v[1] === '\u0640' ? v[0] : v;
  if (/^[\u0430-\u044f]$/.test(v)) return v; // Cyrillic letter markers: (а), (б)
  if (v.length <= 6 && [...v].every(isCjkNumeral)) return chineseNumber(v) ?? v; // Chinese: (二) → 2
  return null;
}

function isLetterCode(c: number, text: string, i: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return isLetter(text[i]);
}

/** Where "](" or "][" closes the link text opened at `open`, on the same line and within 300 characters; or -1. */
function linkCloseAfter(text: string, open: number): number {
  for (let j = open + 1; j < text.length && j - open < 300; j++) {
    const c = text[j];
    if (c === '\n' || c === '[') return -1;
    if (c === ']') return (text[j + 1] === '(' && linkDestinationEnd(text, j + 1) > 0) || (text[j + 1] === '[' && linkLabelEnd(text, j + 1) > 0) ? j : -1;
  }
  return -1;
}

/**
 * The end (after "]") of a reference link's label "[25]" starting at `bracket`, or "[]": "by [section 200][25] of the Crown
 * Entities Act 2004" (New Zealand's reprints as scraped, every citation a reference link). At most 40 characters; or -1.
 */
function linkLabelEnd(text: string, bracket: number): number {
  for (let j = bracket + 1; j < text.length && j - bracket <= 41; j++) {
    const c = text[j];
    if (c === ']') return j + 1;
    if (c === '[' || c === '\n') return -1;
  }
  return -1;
}

/** The end (after ")") of a link destination "(…)" starting at `paren`: no spaces, at most 2,000 characters; or -1. */
function linkDestinationEnd(text: string, paren: number): number {
  for (let j = paren + 1; j < text.length && j - paren < 2000; j++) {
    const c = text[j];
    if (c === ')') return j > paren + 1 ? j + 1 : -1;
    if (c === ' ' || c === '\n' || c === '\t' || c === '(') return -1;
  }
  return -1;
}

/** Where a tokenization stopped, to go on from there (triggerScan.ts tokenizes a text piece by piece). */
export interface TokenizerState {
  /** The next character to read. */
  pos: number;
  space: boolean;
  newline: boolean;
  newlines: number;
}

/** The state at the start of a text. */
export function startState(): TokenizerState {
  return { pos: 0, space: true, newline: true, newlines: 0 };
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  tokenizeUntil(text, out, startState(), text.length);
  return out;
}

/**
 * Tokenizes from `state.pos` and stops at the first token or space that starts at or after
 * `until`; `state` is left where it stopped. Pieces tokenized one after the other give exactly
 * the tokens of the whole text (the same loop, stopped and resumed between two steps).
 */
export function tokenizeUntil(text: string, out: Token[], state: TokenizerState, until: number): void {
  const n = text.length;
  let i = state.pos;
  let space = state.space;
  let newline = state.newline;
  let newlines = state.newlines;
  const make = (
    kind: TokenKind, start: number, end: number, norm: string,
    digits: string | undefined, suffix: string | undefined, style: 'paren' | 'quote' | undefined,
  ): Token => new Token(text, kind, start, end, norm, digits, suffix, style, space, newline);
  const push = (t: Token): void => {
    out.push(t);
    space = false;
    newline = false;
    newlines = 0;
  };
  const stop = Math.min(until, n);
  while (i < stop) {
    const c = text.charCodeAt(i);
    // "§ 6 Abs\. 1 Z 7\)", "B\-VG" (a converter's CommonMark escapes, LawAT's throughout): the reader sees the mark alone
    if (c === 92 && i + 1 < n && isAsciiPunctuation(text.charCodeAt(i + 1))) {
      i++;
      continue;
    }
    if (isSpaceAt(text, i, c)) {
      space = true;
      if (c === 10) {
        newline = true;
        newlines++;
        // a blank line inside a sentence, between a word or a comma and a lower-case word or a number, is a converter's wrap
        // (InfoLEG double-spaces every line; the legal reading joined the two parts into one paragraph): no boundary
        if (newlines === 2 && !softBlankLine(text, i)) out.push(make('break', i, i + 1, '\n', undefined, undefined, undefined));
        // ("… en los capítulos VI, VII, VIII, IX, IX bis y X del\n\n### título XI y …": the wrapped line a converter made a heading,
        // joined back by the legal reading; its marks are no words)
        else if (newlines === 2) {
          const marks = HEADING_MARKS.exec(text.slice(i + 1, i + 12));
          if (marks) i += marks[0].length;
        }
      }
      i++;
      continue;
    }
    if (isDigitCode(c)) {
      const start = i;
      let ascii = true;
      while (i < n && isDigitCode(text.charCodeAt(i))) {
        if (text.charCodeAt(i) > 57) ascii = false;
        i++;
      }
      let digits = ascii ? text.slice(start, i) : asciiDigits(text.slice(start, i));
      // "artículo 2l7 de la Ley N° 16.170" (a scan read by OCR): a letter l or O between digits is the digit it looks like
      while (ascii && i + 1 < n && (text[i] === 'l' || text[i] === 'O') && isDigitCode(text.charCodeAt(i + 1)) && text.charCodeAt(i + 1) <= 57) {
        let k = i + 1;
        while (k < n && isDigitCode(text.charCodeAt(k)) && text.charCodeAt(k) <= 57) k++;
        digits += (text[i] === 'l' ? '1' : '0') + text.slice(i + 1, k);
        i = k;
      }
      const sufStart = i;
      while (i < n && (isLatin(text[i]) || text[i] === 'º' || text[i] === 'ª')) i++;
      // "чл. 126а", "Чл. 12б." (Bulgaria): an article inserted after another takes one Cyrillic letter
      if (i === sufStart && i < n && CYRILLIC_LETTER.test(text[i]) && !isLetter(text[i + 1] ?? '')) i++;
      let suffix = text.slice(sufStart, i);
      // "section 2of the Salary … Act", "section 11is not" (a PDF's space lost): an English word glued on, no number's letter
      // "§ 23Verletzung von Geschäftsgeheimnissen" (a converter's table of contents glues the number to the title), "§§ 369ff":
      // a capitalised word or "ff" (and following) glued on, no number's letter ("5Quater" is one: Latin, as the tables read it)
      const title = GLUED_TITLE.exec(suffix);
      if (GLUED_WORDS.has(suffix) || suffix === 'ff' || (title && !isLatinAdverb(title[2]))) {
        // "§ 5aBeratung": the section's own letter stays
        i = sufStart + (title?.[1].length ?? 0);
        suffix = title?.[1] ?? '';
      }
      // "artigo 3.º", "n.º 1" (Portuguese): the ordinal sign after a full stop is the number's own
      // "numeral 1.o" (Uruguay's decrees, typed without the sign): the same, its "o" raised no more
      if (!suffix && text[i] === '.' && (text[i + 1] === 'º' || text[i + 1] === '°' || (text[i + 1] === 'o' && !isLetter(text[i + 2] ?? '')))) {
        suffix = 'º';
        i += 2;
      }
      // "§ 1<sup><span class="underline">o</span></sup> do art." (pandoc from planalto's HTML): the sign set in tags
      const tagged = !suffix && text[i] === '<' ? TAGGED_ORDINAL.exec(text.slice(i, i + 100)) : null;
      if (tagged) {
        suffix = 'º';
        i += tagged[0].length;
      }
      // "al. 1<sup>er</sup>" (Legilux, Luxembourg): the French ordinal raised in tags is the number's "er"
      const raisedFirst = !suffix && text[i] === '<' ? RAISED_FRENCH_ORDINAL.exec(text.slice(i, i + 16)) : null;
      if (raisedFirst) {
        suffix = raisedFirst[1];
        i += raisedFirst[0].length;
      }
      // "artikel 509*j*", "539_d_": a converter set the number's letter in italics.
      const emphasised = !suffix && (text[i] === '*' || text[i] === '_') ? EMPHASISED_LETTER.exec(text.slice(i, i + 10)) : null;
      if (emphasised) {
        suffix = emphasised[2];
        i += emphasised[0].length;
      }
      // "Art. 40<sup>bis</sup>", "40*a*<sup>ter</sup>" (Fedlex as converted): the Latin adverb raised in tags is the number's
      const raisedLatin = text[i] === '<' ? RAISED_LATIN.exec(text.slice(i, i + 28)) : null;
      if (raisedLatin) {
        suffix += raisedLatin[1];
        i += raisedLatin[0].length;
      }
      push(make('num', start, i, suffix ? (digits + suffix).toLowerCase() : digits, digits, suffix, undefined));
      continue;
    }
    if (isHan(c)) {
      const start = i;
      if (isCjkNumeralCode(c)) {
        while (i < n && isHan(text.charCodeAt(i)) && isCjkNumeralCode(text.charCodeAt(i))) i++;
        const digits = chineseNumber(text.slice(start, i)) ?? text.slice(start, i);
        push(make('num', start, i, digits, digits, '', undefined));
      } else {
        i++;
        push(make('word', start, i, hanLetter(c), undefined, undefined, undefined));
      }
      continue;
    }
    // Japanese kana, a token a character as Han characters are: particles and endings run straight into the words around them
    // ("及びこの条", "第三条から第五条まで"), so a run of kana would hold a connector and the word after it in one token
    if ((c >= 0x3041 && c <= 0x30fa) || isHangulToken(c)) {
      push(make('word', i, i + 1, hanLetter(c), undefined, undefined, undefined));
      i++;
      continue;
    }
    if (c === 0xa7 /* § */) {
      const start = i;
      while (i < n && text.charCodeAt(i) === 0xa7) i++;
      const raw = text.slice(start, i);
      push(make('word', start, i, raw, undefined, undefined, undefined));
      continue;
    }
    if (isLetterCode(c, text, i)) {
      const start = i;
      i++;
      for (;;) {
        while (i < n && !isHan(text.charCodeAt(i)) && !isHangulToken(text.charCodeAt(i)) && isLetterCode(text.charCodeAt(i), text, i)) i++;
        // inner hyphen or slash between letters: "sub-paragraph", "t/m"
        const h = text.charCodeAt(i);
        if (i + 1 < n && (h === 45 || h === 47 || h === 0x2011) && !isHan(text.charCodeAt(i + 1)) && isLetterCode(text.charCodeAt(i + 1), text, i + 1)) {
          i++;
          continue;
        }
        break;
      }
      // "n°", "nº", and Portuguese "n.º", "n.ºs" (número, números)
      if (i < n && (text[i] === '°' || text[i] === 'º') && i - start <= 2) i++;
      else if (i - start === 1 && text[i] === '.' && text[i + 1] === 'º') i += text[i + 2] === 's' && !isLetter(text[i + 3] ?? '') ? 3 : 2;
      // elision: "l'", "d'", "qu'" directly followed by a letter
      else if (i < n && isApostrophe(text[i]) && (i + 1 === n || isLetter(text[i + 1])) && (i - start <= 2 || LONGER_ELIDED.has(text.slice(start, i).toLowerCase()))) i++;
      const raw = text.slice(start, i);
      let norm = raw.toLowerCase();
      if (norm.includes('’')) norm = norm.replace(/’/g, "'");
      if (norm.includes('‑')) norm = norm.replace(/‑/g, '-');
      push(make('word', start, i, norm, undefined, undefined, undefined));
      continue;
    }
    // "nach Artikel 26 Absatz <sup>4</sup> RVOG" (Fedlex's PDFs as converted): a number the converter raised, after a space
    // (a note's mark is glued to the word before it: "Gesetz<sup>12</sup>")
    if (c === 60 /* < */ && i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) {
      // (not one that ends its line: "<sup>7</sup> Art. <sup>7</sup>" is an article's label, set apart)
      const raised = RAISED_NUMBER.exec(text.slice(i, i + 24));
      if (raised) {
        push(make('num', i, i + raised[0].length, raised[1], raised[1], '', undefined));
        i += raised[0].length;
        continue;
      }
    }
    const ch = text[i];
    // Markdown link markup is not text: "[Articles 1](…), [12](…) … [46 of the Convention](…)" reads
    // as "Articles 1, 12 … 46 of the Convention" (a converter linked each number to another file).
    // "del ((decreto-legge)) 19 maggio 2020": normattiva sets the words an amendment inserted in double parentheses,
    // which are no parenthesis of the text (one that opens is skipped; a "(" of its own stays)
    if (ch === '(' && text[i + 1] === '(' && text[i + 2] !== '(') {
      i += 2;
      continue;
    }
    // and its closing pair, when such an opening stands shortly before: "((di cui all'articolo 166, comma 2)), del decreto
    // legislativo 30 giugno 2003, n. 196" reads on to the decree
    if (ch === ')' && text[i + 1] === ')' && text[i + 2] !== ')' && insertionOpenedBefore(text, i)) {
      i += 2;
      continue;
    }
    if (ch === '[' && linkCloseAfter(text, i) >= 0) {
      i++;
      continue;
    }
    if (ch === ']' && (text[i + 1] === '(' || text[i + 1] === '[')) {
      const end = text[i + 1] === '(' ? linkDestinationEnd(text, i + 1) : linkLabelEnd(text, i + 1);
      if (end > 0) {
        i = end;
        continue;
      }
    }
    if (ch === '(') {
      // "Paragraphs (1, 2, 5) and (6) of Article (15)": several numbers in one pair of brackets are
      // read as the markers "(1), (2), (5)", each its own token (the commas stay separators).
      const list = /^\((\d{1,3}|[a-z])(?:\s?,\s?(?:\d{1,3}|[a-z])){1,20}\)/.exec(text.slice(i, i + 100));
      if (list) {
        for (const element of list[0].slice(1, -1).matchAll(/\d{1,3}|[a-z]/g)) {
          const at = i + 1 + (element.index ?? 0);
          const start = element.index === 0 ? i : at;
          const end = at + element[0].length + (at + element[0].length === i + list[0].length - 1 ? 1 : 0);
          const comma = text.indexOf(',', end);
          push(make('marker', start, end, element[0], undefined, undefined, 'paren'));
          if (comma >= 0 && comma < i + list[0].length) push(make('punct', comma, comma + 1, ',', undefined, undefined, undefined));
        }
        i += list[0].length;
        continue;
      }
    }
    // "section 153 (1) (*d*)", "paragraphs (*b*), (*c*)" (the Irish Statute Book): a letter in italics inside its brackets
    if (ch === '(' && (text[i + 1] === '*' || text[i + 1] === '_')) {
      const italic = EMPHASIS_IN_BRACKETS.exec(text.slice(i, i + 16));
      const v = italic ? markerValue(italic[2]) : null;
      if (italic && v !== null) {
        push(make('marker', i, i + italic[0].length, v, undefined, undefined, 'paren'));
        i += italic[0].length;
        continue;
      }
    }
    if (ch === '(' || ch === '（' || ch === '’' || ch === '‘') {
      // bounded look-ahead for "(b)" / "’1‘" / "（二）"
      const close = ch === '(' || ch === '（' ? ')）' : ch === '’' ? '‘' : '’';
      let j = i + 1;
      // "(6.1)": a dot between digits, in brackets only
      const decimalDot = (at: number) => ch === '(' && text[at] === '.' && at > i + 1 && isDigitCode(text.charCodeAt(at + 1));
      // "(4°)": a degree sign after the digits, in brackets only
      const degree = (at: number) => ch === '(' && text[at] === '°' && isDigitCode(text.charCodeAt(at - 1));
      while (j < n && j - i - 1 < MAX_MARKER && (isLetter(text[j]) || isDigitCode(text.charCodeAt(j)) || decimalDot(j) || degree(j))) j++;
      if (j < n && j > i + 1 && close.includes(text[j])) {
        const v = markerValue(text.slice(i + 1, j));
        const digitsOnly = v !== null && /^[0-9]+$/.test(v);
        const romanOnly = v !== null && /^[ivxlcdm]+$/i.test(v);
        const paren = ch === '(' || ch === '（';
        if (v !== null && (paren || digitsOnly || romanOnly)) {
          push(make('marker', i, j + 1, v, undefined, undefined, paren ? 'paren' : 'quote'));
          i = j + 1;
          continue;
        }
      }
    }
    // "*paragraphs (a)* to *(d)* of *subsection (9)*", "*section 2*, *3*, *4*" (the Irish Statute Book sets its cross-references
    // in italics): emphasis opened before a unit's word or number, or closed after one, is no mark of the citation
    if (ch === '*' || ch === '_') {
      const marks = emphasisAroundCitation(text, i);
      if (marks > 0) {
        i += marks;
        continue;
      }
    }
    push(make('punct', i, i + 1, ch === '،' || ch === '、' || ch === '，' ? ',' : ch === '’' ? "'" : ch, undefined, undefined, undefined));
    i++;
  }
  state.pos = i;
  state.space = space;
  state.newline = newline;
  state.newlines = newlines;
}

/**
 * The length of the emphasis marks at `at` ("*", "**", "_", "__") when they only set a citation's words apart, else 0: opened
 * after a space or a bracket and before a unit's word ("*section", "*Part"), a bracket or a number ("*(d)*", "*3*"); or closed
 * after a number or a bracket ("(9)*", "2*", "7A*") and before a space or a stop. A name's emphasis ("the *Criminal Code*") and
 * a mark set apart by spaces ("R. * 122-5", "* * *") stay.
 */
function emphasisAroundCitation(text: string, at: number): number {
  const mark = text[at];
  const length = text[at + 1] === mark ? 2 : 1;
  if (text[at + length] === mark || text[at - 1] === mark) return 0;
  const before = text.charCodeAt(at - 1);
  const after = text[at + length];
  const opensAfter = at === 0 || isSpaceAt(text, at - 1) || before === 40 /* ( */ || before === 91 /* [ */;
  // ("referred to in*paragraph (a)(i)*": a converter's lost space before the mark, a unit's word after it)
  const gluedToWord = !opensAfter && isLetterCode(before, text, at - 1);
  if ((opensAfter || gluedToWord) && after !== undefined) {
    const next = text.charCodeAt(at + length);
    // (not after a link: "[Short title](#page-6-0) **1**", a table of contents' bold number)
    if (opensAfter && (next === 40 /* ( */ || next === 0xa7 /* § */ || (next >= 48 && next <= 57)) && text.charCodeAt(at - 2) !== 41 /* ) */) return length;
    let end = at + length;
    while (end < text.length && end - at < 24 && (isLetterCode(text.charCodeAt(end), text, end) || text[end] === '-')) end++;
    if (end > at + length && isUnitWordOfAnyTable(text.slice(at + length, end).toLowerCase())) return length;
    if (opensAfter) return 0;
  }
  // (closed after a stop that follows the number: "by virtue of*section 11C(1),*")
  const last = ',;.'.includes(text[at - 1] ?? '') ? at - 2 : at - 1;
  const lastCode = text.charCodeAt(last);
  // (a bracket that closes a marker, "(b)*", "(ix)*": not a link's address, "[Ley N° 27.446](http://…)*B.O")
  const closesAfterNumber = (lastCode === 41 /* ) */ && MARKER_CLOSED_AT_END.test(text.slice(Math.max(0, last - 10), last + 1))) || (lastCode >= 48 && lastCode <= 57) ||
    (isLatin(text[last] ?? ' ') && text.charCodeAt(last - 1) >= 48 && text.charCodeAt(last - 1) <= 57);
  // (or glued to the next word, a converter's lost space: "*paragraph (b)*of*subsection (4)*"; or opening the next marker's
  // italics right after a marker: "subsection (4A)*(a)*", "section 5(1)*(a)*", the Irish Statute Book's letters)
  if (closesAfterNumber && (after === undefined || isSpaceAt(text, at + length) || ',;:.)]'.includes(after) || (last === at - 1 && isLetterCode(text.charCodeAt(at + length), text, at + length)) ||
    (last === at - 1 && lastCode === 41 /* ) */ && after === '(' && MARKER_OPENED_AT_START.test(text.slice(at + length, at + length + 8))))) return length;
  return 0;
}

/** A marker's brackets opening where a text starts, its emphasis closing after them: "(a)*", "(ii)_". */
const MARKER_OPENED_AT_START = /^\([\dA-Za-z]{1,5}\)[*_]/;
/** A marker's brackets closing where a text ends: "(b)", "(ix)", "(*a*)", "(2A)". */
const MARKER_CLOSED_AT_END = /\((?:[*_]{1,2})?[\dA-Za-z]{1,6}(?:[*_]{1,2})?\)$/;

/** How far back the "((" of normattiva's inserted words is looked for from a "))". */
const INSERTION_REACH = 600;

/** Whether "((" (not "(((") opens words inserted by an amendment before `at`, within INSERTION_REACH and with no "))" between. */
function insertionOpenedBefore(text: string, at: number): boolean {
  for (let k = at - 1; k > 0 && k > at - INSERTION_REACH; k--) {
    const c = text.charCodeAt(k);
    if (c === 41 && text.charCodeAt(k - 1) === 41) return false;
    if (c === 40 && text.charCodeAt(k - 1) === 40) return text.charCodeAt(k + 1) !== 40 && (k < 2 || text.charCodeAt(k - 2) !== 40);
  }
  return false;
}

/** Whether the blank line whose second line break is at `at` parts a sentence's words: "inciso\n\nc) del", "las\n\nprevistas". */
function softBlankLine(text: string, at: number): boolean {
  let before = at - 1;
  while (before >= 0 && (text.charCodeAt(before) === 10 || text.charCodeAt(before) === 32 || text.charCodeAt(before) === 9 || text.charCodeAt(before) === 13)) before--;
  let after = at + 1;
  while (after < text.length && (text.charCodeAt(after) === 32 || text.charCodeAt(after) === 9)) after++;
  after += HEADING_MARKS.exec(text.slice(after, after + 10))?.[0].length ?? 0;
  if (before < 0 || after >= text.length) return false;
  if (SOFT_BEFORE.test(text[before]) && SOFT_AFTER.test(text[after])) return true;
  // "… del\n\nCONVENIO SOBRE CIBERDELITO" (no sentence ends on a preposition or an article, whatever opens the next line), "los
  // artículos 9.1.d., 9.2.b.\n\ny 9.2.c. del CONVENIO" (a list's last item after "y", the point before it no sentence's end)
  return (PHRASE_GOES_ON_AT_END.test(text.slice(Math.max(0, before - 11), before + 1)) && /\p{L}/u.test(text[after])) ||
    (text[before] === '.' && LIST_GOES_ON.test(text.slice(after, after + 6)));
}

/** A line's last word that a phrase goes on from, in the languages read ("del", "of the"). */
const PHRASE_GOES_ON_AT_END = new RegExp(String.raw`(?<!\p{L})(?:${everyTable('phraseGoesOn')})$`, 'u');


/** A heading's marks at a line's start ("### "), with what spaces stand before and after them. */
const HEADING_MARKS = /^[ \t]*#{1,6}[ \t]+/;

const SOFT_BEFORE = /[\p{Ll}\d,]/u;
const SOFT_AFTER = /[\p{Ll}\d]/u;
