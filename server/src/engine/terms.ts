// Matching defined terms in running text: word tokens, normalised so that plural and case
// variants meet ("computer systems" → "computer system"), Arabic with its attached
// prefixes ("وبيانات" → "بيانات"), Chinese character by character. Longest match first.
import type { Span } from './model';
import { detached, isSpaceAt } from './text';

export interface Token {
  /** Normalised forms this token can stand for (more than one for Arabic prefixes). */
  forms: string[];
  start: number;
  end: number;
}

const ARABIC = /[\u0600-\u06ff]/;
// (and Korean syllables: Korean writes its particles onto the word, "화장품을", "가상자산사업자의", so a term is matched a syllable at a
// time, as Chinese and Japanese terms are a character at a time; "ㆍ", the dot it joins words with, "노후ㆍ불량건축물", likewise)
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7a3\u318d]/;
const normalisedCache = new Map<string, string>();

/** One word's matching form: lower case, singular, Arabic letters unified, "ال" dropped. */
export function normaliseWord(word: string): string {
  const cached = normalisedCache.get(word);
  if (cached !== undefined) return cached;
  let form = word.toLowerCase().replace(/[’']/g, "'");
  if (ARABIC.test(form)) {
    form = form.replace(/[\u064b-\u065f\u0670\u0640]/g, '');
    if (form.startsWith('ال') && form.length > 3) form = form.slice(2);
    form = form.replace(/[أإآ]/g, 'ا').replace(/ة/g, 'ه').replace(/ى/g, 'ي');
  } else if (form.length > 3) {
    if (/[^aeiou]ies$/.test(form)) form = form.slice(0, -3) + 'y';
    else if (/(?:sses|xes|ches|shes)$/.test(form)) form = form.slice(0, -2);
    else if (/[^su]s$/.test(form) && !/(?:ss|us|is)$/.test(form)) form = form.slice(0, -1);
  }
  if (normalisedCache.size > 200_000) normalisedCache.clear();
  // A long run of letters is no word anyone defines: not worth a copy in the cache.
  if (word.length <= 64) normalisedCache.set(detached(word), detached(form));
  return form;
}

/**
 * normaliseWord of `text[start, end)`, from a table of the words read before, found by the hash
 * the scanner computed and compared in place: most words of a text recur, and cutting each one
 * out and hashing it again for a map took a tenth of a cold index. The table is bounded.
 */
const FORM_SLOTS = 1 << 15;
const formWords: Array<string | undefined> = new Array(FORM_SLOTS).fill(undefined);
const formValues: string[] = new Array(FORM_SLOTS).fill('');
const formHashes = new Int32Array(FORM_SLOTS);
/** How many forms came from the table (for tests: the fast path is taken). */
export const formTableStats = { hits: 0 };

function cachedForm(text: string, start: number, end: number, hash: number): string {
  const slot = (hash ^ (hash >>> 16)) & (FORM_SLOTS - 1);
  const known = formWords[slot];
  if (known !== undefined && formHashes[slot] === hash && known.length === end - start && text.startsWith(known, start)) {
    formTableStats.hits++;
    return formValues[slot];
  }
  const word = text.slice(start, end);
  const form = normaliseWord(word);
  // A long run of letters is no word anyone defines: not worth a copy in the table.
  if (word.length <= 64) {
    formWords[slot] = detached(word);
    formValues[slot] = detached(form);
    formHashes[slot] = hash;
  }
  return form;
}

const ARABIC_PREFIXES = ['و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فب', 'فل', 'وك'];

function arabicForms(word: string): string[] {
  const forms = new Set<string>([normaliseWord(word)]);
  for (const prefix of ARABIC_PREFIXES) {
    if (word.startsWith(prefix) && word.length - prefix.length >= 3) {
      const rest = word.slice(prefix.length);
      forms.add(normaliseWord(rest));
      // "لل" is "ل" + "ال" with the alif dropped: "للبيانات" = "ل" + "البيانات".
      if (rest.startsWith('ل') && prefix.endsWith('ل')) forms.add(normaliseWord('ا' + rest));
    }
  }
  if (word.startsWith('لل') && word.length > 4) forms.add(normaliseWord('ا' + word.slice(1)));
  return [...forms];
}

function isWordChar(code: number, char: string): boolean {
  if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true;
  if (code < 128) return false;
  return /[\p{L}\p{N}\p{M}]/u.test(char);
}

/** Like isWordChar, reading the character only when it is not ASCII (no one-letter string per character). */
function isWordAt(text: string, i: number, code: number): boolean {
  if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true;
  if (code < 128) return false;
  return isWordChar(code, text[i]);
}

/** What may follow a Korean word: no syllable, a particle, "등" (and the like). */
const KOREAN_AFTER_WORD = /^(?:[^\uac00-\ud7a3]|에|의|를|을|은|는|이|가|와|과|로|으로|도|만|부터|까지|에서|에게|보다|마다|등|란|이란|이라|라|및|ㆍ)/u;

/** A Korean syllable, or "ㆍ", the dot Korean joins words with. */
function isHangulCode(code: number): boolean {
  return (code >= 0xac00 && code <= 0xd7a3) || code === 0x318d;
}

function isCjkCode(code: number, text: string, i: number): boolean {
  return code >= 0x3040 && CJK.test(text[i]);
}

/**
 * The word tokens of a text as parallel arrays (no object per token): what every term matcher
 * reads. `joins[i]` says whether token i may continue a term begun at token i − 1 (the words of
 * one term are separated by one to three spaces only, or follow each other directly in Chinese).
 * Offsets and joins are typed arrays, outside the collected heap: arrays of numbers as long as a
 * megabyte document's words were copied by every young-generation collection they lived through.
 */
export interface TokenStream {
  starts: Int32Array;
  ends: Int32Array;
  /** The first (for most words the only) normalised form of each token, in chunks of FORM_CHUNK tokens: see `formAt`. */
  formChunks: string[][];
  /** Every form, for the tokens that have more than one (Arabic prefixes). */
  moreForms: Map<number, string[]>;
  joins: Uint8Array;
}

/**
 * Tokens per chunk of a stream's forms. One array of a long document's forms (over 16,000 words) is a large object:
 * every growth of it was a new allocation outside the young generation, and every form stored into it went through
 * the write barrier; building the stream was three times slower than in chunks of 64 KB.
 */
const FORM_CHUNK_BITS = 13;
const FORM_CHUNK = 1 << FORM_CHUNK_BITS;
const FORM_CHUNK_MASK = FORM_CHUNK - 1;

/** The first normalised form of token `index` of a stream. */
export function formAt(stream: TokenStream, index: number): string {
  return stream.formChunks[index >>> FORM_CHUNK_BITS][index & FORM_CHUNK_MASK];
}

/** A stream being filled: arrays with room to grow, doubled when full. */
class StreamBuilder {
  starts: Int32Array;
  ends: Int32Array;
  joins: Uint8Array;
  private forms: string[] = [];
  readonly formChunks: string[][] = [this.forms];
  readonly moreForms = new Map<number, string[]>();
  count = 0;

  constructor(expected: number) {
    const room = Math.max(16, expected);
    this.starts = new Int32Array(room);
    this.ends = new Int32Array(room);
    this.joins = new Uint8Array(room);
  }

  push(start: number, end: number, form: string, join: number): void {
    if (this.count === this.starts.length) this.grow();
    const n = this.count++;
    this.starts[n] = start;
    this.ends[n] = end;
    this.joins[n] = join;
    if (this.forms.length === FORM_CHUNK) this.formChunks.push((this.forms = []));
    this.forms.push(form);
  }

  private grow(): void {
    const room = this.starts.length * 2;
    const starts = new Int32Array(room);
    starts.set(this.starts);
    const ends = new Int32Array(room);
    ends.set(this.ends);
    const joins = new Uint8Array(room);
    joins.set(this.joins);
    this.starts = starts;
    this.ends = ends;
    this.joins = joins;
  }

  /** The stream, its arrays cut to the tokens read (views, not copies). */
  done(): TokenStream {
    const n = this.count;
    return { starts: this.starts.subarray(0, n), ends: this.ends.subarray(0, n), formChunks: this.formChunks, moreForms: this.moreForms, joins: this.joins.subarray(0, n) };
  }
}

/** About one word in six characters of prose: the arrays' first room, so that most never grow. */
const CHARS_PER_WORD = 6;

/** Tokenizes `text[from, to)` into a stream (see tokenize for what a token is). */
export function tokenStream(text: string, from = 0, to = text.length): TokenStream {
  const builder = new StreamBuilder(Math.ceil((to - from) / CHARS_PER_WORD));
  appendTokens(builder, text, from, to);
  return builder.done();
}

/**
 * One stream for many spans of a text (a document's prose), tokenized span by span:
 * the tokens of span k are `[bounds[k], bounds[k + 1])`.
 */
export function spansStream(text: string, spans: Span[]): { stream: TokenStream; bounds: number[] } {
  let length = 0;
  for (const span of spans) length += span.end - span.start;
  const builder = new StreamBuilder(Math.ceil(length / CHARS_PER_WORD));
  const bounds: number[] = [0];
  for (const span of spans) {
    appendTokens(builder, text, span.start, span.end);
    bounds.push(builder.count);
  }
  return { stream: builder.done(), bounds };
}

function appendTokens(builder: StreamBuilder, text: string, from: number, to: number): void {
  const first = builder.count;
  scanWords(text, from, to, (start, end, form, more) => {
    const n = builder.count;
    if (more) builder.moreForms.set(n, more);
    // May this token continue a term begun at the one before? One to three spaces between, or
    // none before a Chinese character.
    let join = 0;
    if (n > first) {
      const previousEnd = builder.ends[n - 1];
      const gap = start - previousEnd;
      if (gap === 0) join = end - start === 1 && CJK.test(form) ? 1 : 0;
      else if (gap <= 3) {
        join = 1;
        for (let k = previousEnd; k < start; k++) if (!isSpaceAt(text, k)) { join = 0; break; }
      }
    }
    builder.push(start, end, form, join);
  });
}

/** Calls `emit` for each word of `text[from, to)` with its first normalised form (and all of them when there are several). */
function scanWords(text: string, from: number, to: number, emit: (start: number, end: number, form: string, more: string[] | undefined) => void): void {
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (!isWordAt(text, i, code)) { i++; continue; }
    const start = i;
    if (isCjkCode(code, text, i)) {
      i++;
      emit(start, i, text[start], undefined);
      continue;
    }
    let arabic = code >= 0x600 && code <= 0x6ff;
    let digits = code >= 48 && code <= 57;
    // The word's hash, for the form cache below (no string is cut for a word seen before).
    let hash = code;
    i++;
    while (i < to) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        if (c >= 48 && c <= 57) { hash = (Math.imul(hash, 31) + c) | 0; i++; continue; }
        if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) { digits = false; hash = (Math.imul(hash, 31) + c) | 0; i++; continue; }
      } else {
        digits = false;
        if (isCjkCode(c, text, i)) break;
        if (isWordChar(c, text[i])) { if (c >= 0x600 && c <= 0x6ff) arabic = true; hash = (Math.imul(hash, 31) + c) | 0; i++; continue; }
      }
      // A hyphen inside a word keeps it one token: "e-mail", "sub-paragraph".
      if ((c === 45 || c === 0x2011) && i + 1 < to && isWordAt(text, i + 1, text.charCodeAt(i + 1))) { digits = false; hash = (Math.imul(hash, 31) + c) | 0; i++; continue; }
      break;
    }
    // A number is its own form, and most are read once (item and page numbers): kept out of the tables of words.
    if (digits) emit(start, i, text.slice(start, i), undefined);
    else if (arabic) {
      const all = arabicForms(text.slice(start, i));
      emit(start, i, all[0], all.length > 1 ? all : undefined);
    } else {
      emit(start, i, cachedForm(text, start, i, hash), undefined);
    }
  }
}

/** Splits text into word tokens (CJK characters one by one), with offsets. */
export function tokenize(text: string, offset = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  scanWords(text, offset, end, (start, stop, form, more) => { tokens.push({ forms: more ?? [form], start, end: stop }); });
  return tokens;
}

/** The key a term is indexed and compared by: its normalised words joined by spaces. */
export function termKey(term: string): string {
  return tokenize(term).map((token) => token.forms[0]).join(' ');
}

interface TrieNode {
  next: Map<string, TrieNode>;
  key?: string;
}

/** A set of term keys, matched longest-first against token streams. */
export class TermMatcher {
  private readonly root: TrieNode = { next: new Map() };
  readonly size: number;

  constructor(keys: Iterable<string>) {
    let size = 0;
    for (const key of keys) {
      if (!key) continue;
      // Arabic words of a term may be written with or without their article and conjunction
      // ("والاتصالات" in the definition, "واتصالات" in the text): every form leads to the key.
      const words = key.split(' ').map((word) => (ARABIC.test(word) ? [...new Set([word, ...arabicForms(word)])] : [word]));
      let frontier: TrieNode[] = [this.root];
      for (const forms of words) {
        const next: TrieNode[] = [];
        for (const node of frontier) {
          for (const form of forms) {
            let child = node.next.get(form);
            if (!child) { child = { next: new Map() }; node.next.set(form, child); }
            if (!next.includes(child)) next.push(child);
          }
        }
        frontier = next.slice(0, 256);
      }
      for (const node of frontier) node.key ??= key;
      size++;
    }
    this.size = size;
  }

  /**
   * Every match in `text[from, to)`, longest first at each position, never overlapping and
   * never inside `excluded` spans (references, headings' labels, code), which must be sorted.
   */
  match(text: string, from = 0, to = text.length, excluded: Span[] = [], cursor?: ExcludedCursor): Array<{ key: string; span: Span }> {
    if (this.size === 0) return [];
    const stream = tokenStream(text, from, to);
    return this.matchStream(text, stream, 0, stream.starts.length, excluded, cursor);
  }

  /**
   * `match` over the tokens `[first, last)` of an already tokenized stream (one block): one
   * stream serves every matcher. Blocks matched in document order share one `cursor`, so that
   * each block does not walk the excluded spans of every block before it (quadratic in a long list).
   */
  matchStream(text: string, stream: TokenStream, first: number, last: number, excluded: Span[] = [], cursor?: ExcludedCursor): Array<{ key: string; span: Span }> {
    const results: Array<{ key: string; span: Span }> = [];
    if (this.size === 0) return results;
    const { starts, ends, formChunks, moreForms, joins } = stream;
    // The first excluded span ending after a position only moves forward as the position does,
    // so a later block may start from where an earlier one stopped.
    let excludedIndex = cursor?.excludedIndex ?? 0;
    const state: WalkState = { starts, ends, formChunks, moreForms, joins, last, excluded, excludedIndex: 0, bestKey: undefined, bestEnd: 0, bestTokens: 0 };
    for (let i = first; i < last; ) {
      const start = starts[i];
      while (excludedIndex < excluded.length && excluded[excludedIndex].end <= start) excludedIndex++;
      if (excludedIndex < excluded.length && excluded[excludedIndex].start < ends[i]) { i++; continue; }
      // Most words start no term: one map lookup decides.
      const more = moreForms.size ? moreForms.get(i) : undefined;
      if (!more && !this.root.next.has(formChunks[i >>> FORM_CHUNK_BITS][i & FORM_CHUNK_MASK])) { i++; continue; }
      // A Korean term's use opens a word: "정당" (a party) is not in "부정당" nor "지방" in "지방세"'s neighbour "제지방"; Korean writes
      // particles after a word, never before it
      if (isHangulCode(text.charCodeAt(start)) && start > 0 && isHangulCode(text.charCodeAt(start - 1))) { i++; continue; }
      state.excludedIndex = excludedIndex;
      state.bestKey = undefined;
      state.bestTokens = 0;
      walk(state, this.root, i, 0);
      let bestKey = state.bestKey as string | undefined;
      // "United States" is a name, not a use of the defined term "State".
      if (bestKey !== undefined && state.bestTokens === 1 && !bestKey.includes(' ') && inProperName(text, stream, i, first, last)) bestKey = undefined;
      // (a Korean term of two syllables opening a longer word is that word's: "지방" in "지방세", "정당" in "정당한"; a particle after
      // it, or no syllable, is a use: "정당의", "지방에")
      if (bestKey !== undefined && state.bestEnd - start <= 2 && isHangulCode(text.charCodeAt(start)) && !KOREAN_AFTER_WORD.test(text.slice(state.bestEnd, state.bestEnd + 3) || ' ')) bestKey = undefined;
      if (bestKey !== undefined) {
        results.push({ key: bestKey, span: { start, end: state.bestEnd } });
        i += state.bestTokens;
      } else {
        i++;
      }
    }
    if (cursor) cursor.excludedIndex = excludedIndex;
    return results;
  }
}

/** Where the next block's search of the excluded spans may start (see `matchStream`). */
export interface ExcludedCursor {
  excludedIndex: number;
}

interface WalkState {
  starts: Int32Array;
  ends: Int32Array;
  formChunks: string[][];
  moreForms: Map<number, string[]>;
  joins: Uint8Array;
  last: number;
  excluded: Span[];
  excludedIndex: number;
  bestKey: string | undefined;
  bestEnd: number;
  bestTokens: number;
}

function walk(state: WalkState, node: TrieNode, index: number, depth: number): void {
  if (index >= state.last) return;
  if (depth > 0) {
    // Words of one term are separated by spaces only (no sentence punctuation).
    if (!state.joins[index]) return;
    const { excluded, excludedIndex } = state;
    if (excludedIndex < excluded.length && excluded[excludedIndex].start < state.ends[index] && excluded[excludedIndex].end > state.starts[index]) return;
  }
  const more = state.moreForms.size ? state.moreForms.get(index) : undefined;
  if (!more) {
    const child = node.next.get(state.formChunks[index >>> FORM_CHUNK_BITS][index & FORM_CHUNK_MASK]);
    if (child) visit(state, child, index, depth);
    return;
  }
  for (const form of more) {
    const child = node.next.get(form);
    if (child) visit(state, child, index, depth);
  }
}

function visit(state: WalkState, child: TrieNode, index: number, depth: number): void {
  if (child.key && (state.bestKey === undefined || depth + 1 > state.bestTokens)) {
    state.bestKey = child.key;
    state.bestEnd = state.ends[index];
    state.bestTokens = depth + 1;
  }
  if (child.next.size) walk(state, child, index + 1, depth + 1);
}

/**
 * Capitalised words that open a sentence or a phrase without being part of a name ("Each State",
 * "The Authority", "Chaque État"): determiners, pronouns, prepositions and conjunctions.
 */
const NOT_NAME_WORDS = new Set([
  'the', 'a', 'an', 'each', 'every', 'any', 'all', 'no', 'such', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our',
  'in', 'on', 'of', 'for', 'by', 'to', 'from', 'with', 'if', 'where', 'when', 'whereas', 'unless', 'and', 'or', 'but', 'nothing', 'neither',
  'either', 'both', 'some', 'other', 'another', 'one', 'under', 'upon', 'as', 'at', 'after', 'before', 'notwithstanding', 'subject', 'without',
  'le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'chaque', 'tout', 'toute', 'tous', 'toutes', 'aucun', 'aucune', 'lorsque', 'si',
  'der', 'die', 'das', 'ein', 'eine', 'jede', 'jeder', 'jedes', 'het', 'een', 'elke', 'iedere', 'ieder', 'el', 'los', 'las', 'una', 'cada',
]);

function isCapitalisedNameWord(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  return /^\p{Lu}/u.test(word) && !NOT_NAME_WORDS.has(word.toLowerCase());
}

/**
 * Is the capitalised one-word match at token `index` part of a proper name, that is, next to
 * another capitalised word on the same line or across a line break ("United States", "Federal Trade Commission", "State
 * Party")? A determiner or preposition that opens a sentence ("Each State") is not part of a name.
 * `first` and `last` bound the tokens of the block being matched.
 */
function inProperName(text: string, stream: TokenStream, index: number, first: number, last: number): boolean {
  const { starts, ends } = stream;
  if (!/^\p{Lu}/u.test(text[starts[index]])) return false;
  // A hard-wrapped line may break a name ("the Electronic\nGovernment Activities Act 2007").
  const adjacent = (other: number, from: number, to: number) => other >= first && other < last && to - from <= 8 && /^(?:[ \u00a0]{1,2}|[ \u00a0]*\r?\n[ \u00a0]*)$/.test(text.slice(from, to)) && isCapitalisedNameWord(text, starts[other], ends[other]);
  return adjacent(index - 1, ends[index - 1] ?? 0, starts[index]) || adjacent(index + 1, ends[index], starts[index + 1] ?? 0);
}

/** Carries plural ending and initial capital from `written` (a form of `term`) to `replacement`. */
export function inflectLike(written: string, term: string, replacement: string): string {
  let result = replacement;
  const w = written.toLowerCase();
  const t = term.toLowerCase();
  if (w !== t) {
    if (w.endsWith('ies') && t.endsWith('y')) result = result.replace(/y$/, 'ies');
    else if (w.endsWith('s') && !t.endsWith('s') && !result.endsWith('data')) result += 's';
  }
  if (/^\p{Lu}/u.test(written) && !/^\p{Lu}/u.test(term)) result = result[0].toUpperCase() + result.slice(1);
  return result;
}
