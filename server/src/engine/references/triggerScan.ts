// The trigger pre-scan: the citation grammar tokenizes and parses only around the words a
// citation needs, and skips the rest of a block with one native regex search.
//
// Why it gives exactly the citations of a full scan (test/engine/triggerScan.test.ts checks it):
//
// 1. Every citation the grammar reads holds an anchor: a unit keyword ("article", "§"), an
//    instrument noun ("this Convention"), or, for a bare number ("au 2 du I"), the word before it.
//    The tokens before the first anchor are words of the language table (determiners, "this",
//    ordinals, place words, connectors) or no words at all (numbers, punctuation). So a citation
//    starts at most one token after an anchor, or in the run of such tokens right before one.
// 2. The regex finds every place where an anchor token may start (a superset): the anchors are the
//    first tokens of the table's keys, read from the compiled tries, never listed by hand.
// 3. Pieces of text are tokenized from safe starts (syncPoint) with tokenizeUntil, which gives the
//    tokens of the whole text; the parser sees edge tokens beyond a piece, and reading one makes the
//    piece longer (or, before it, falls back to a full scan), so the parser never sees a token the
//    full scan would not show it.
// 4. Candidates are tried in text order with the full scan's rule: after a citation, the next try
//    is at the token after it.
import { isSpaceAt } from '../text';
import type { Compiled, TrieNode } from './compiledTable';
import { Token, tokenizeUntil, startState, type TokenizerState } from './tokenizer';

/** What the pre-scan needs of a language table. */
export interface TriggerSet {
  /** Norms of the words that anchor a citation. */
  anchors: Set<string>;
  /** Norms of every word of every key of the table: what may stand between a citation's start and its anchor. */
  vocabulary: Set<string>;
  /** Matches, at its lastIndex in the lower-cased text, where an anchor may start (a superset). */
  pattern: RegExp;
  /** 1 for each UTF-16 code an anchor may start with: the pattern is tried only there. */
  firstCodes: Uint8Array;
}

/** A parser over one token array: `at(i)` is the grammar's rule at token i. */
export interface TokenParser<R> {
  at(i: number): (R & { next: number }) | null;
}

const LATIN_LETTER = 'a-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f';
const CYRILLIC_LETTER = '\\u0400-\\u04ff';

function isLatinLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

function isCyrillicLetter(c: number): boolean {
  return c >= 0x400 && c <= 0x4ff;
}

/**
 * Whether a word token can start at `p` of the lower-cased text: not right after a letter of the
 * script its first letter is in (the tokenizer would have gone on with the word before). A Latin
 * letter can end a number's suffix ("12ab") before a word of another script, never of its own.
 */
function startsWord(lower: string, p: number): boolean {
  if (p === 0) return true;
  const c = lower.charCodeAt(p);
  const before = lower.charCodeAt(p - 1);
  if (isLatinLetter(c)) return !isLatinLetter(before);
  if (isCyrillicLetter(c)) return !isCyrillicLetter(before);
  return true;
}

function trieWords<V>(trie: TrieNode<V>, into: Set<string>): void {
  for (const [word, child] of trie.next) {
    into.add(word);
    trieWords(child, into);
  }
}

function escapeChar(ch: string): string {
  // The tokenizer folds "’" to "'" and "‑" to "-": the text still has them.
  return ch === "'" ? "['’]" : ch === '-' ? '[-‑]' : ch.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/**
 * The words as one regex alternation shaped as a trie ("art(?:icles?|s)?"): the regex engine then
 * decides on each character once, instead of trying every word at every position.
 */
function trieAlternation(words: string[]): string {
  const root = new Map<string, unknown>();
  const END = '';
  for (const word of words) {
    let node = root;
    for (const ch of word) {
      if (!node.has(ch)) node.set(ch, new Map<string, unknown>());
      node = node.get(ch) as Map<string, unknown>;
    }
    node.set(END, true);
  }
  const emit = (node: Map<string, unknown>, top = false): string => {
    const branches: string[] = [];
    let optional = false;
    for (const [ch, child] of node) {
      if (ch === END) optional = true;
      // After a word's first letter: no letter of its script right before it (see startsWord).
      else branches.push(escapeChar(ch) + (top ? notAfterLetter(ch) : '') + emit(child as Map<string, unknown>));
    }
    if (!branches.length) return '';
    const body = branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
    return optional ? (branches.length === 1 ? `(?:${body})?` : `${body}?`) : body;
  };
  return emit(root, true);
}

function notAfterLetter(first: string): string {
  const c = first.charCodeAt(0);
  return isLatinLetter(c) ? `(?<![${LATIN_LETTER}].)` : isCyrillicLetter(c) ? `(?<![${CYRILLIC_LETTER}].)` : '';
}

/**
 * The trigger set of a compiled table, or null when the pre-scan does not apply: tables with
 * attached prefixes (Arabic: any word may hide a keyword) and tables that write the number before
 * the unit (Chinese: no spaces, so no safe places to start a piece) are always scanned in full.
 * `without` drops words from both sets (for the test that shows a missing trigger loses citations).
 */
export function triggerSet(c: Compiled, without: string[] = []): TriggerSet | null {
  if (c.prefixes.length || c.table.numberBeforeUnit) return null;
  const anchors = new Set<string>([...c.units.next.keys(), ...c.instruments.next.keys(), ...(c.table.bareUnits?.before ?? [])]);
  const vocabulary = new Set<string>();
  for (const value of Object.values(c)) {
    if (value && typeof value === 'object' && (value as TrieNode<unknown>).next instanceof Map) trieWords(value as TrieNode<unknown>, vocabulary);
  }
  for (const word of c.table.bareUnits?.before ?? []) vocabulary.add(word);
  for (const word of without) {
    anchors.delete(word);
    vocabulary.delete(word);
  }
  // A word token ends where a letter of its script does not follow, and starts where none precedes.
  // A word token ends where no letter of its script follows: a lookahead narrows the matches of
  // words that end with one. (That none precedes is checked on each match: startsWord.)
  const latinEnd: string[] = [];
  const cyrillicEnd: string[] = [];
  const other: string[] = [];
  for (const anchor of anchors) {
    const last = anchor.charCodeAt(anchor.length - 1);
    (isLatinLetter(last) ? latinEnd : isCyrillicLetter(last) ? cyrillicEnd : other).push(anchor);
  }
  const parts: string[] = [];
  if (latinEnd.length) parts.push(`${trieAlternation(latinEnd)}(?![${LATIN_LETTER}])`);
  if (cyrillicEnd.length) parts.push(`${trieAlternation(cyrillicEnd)}(?![${CYRILLIC_LETTER}])`);
  if (other.length) parts.push(trieAlternation(other));
  // Sticky, and tried only where a word starts with an anchor's first character (nextAnchor): a
  // search with the regex alone tried its alternation at every character (4 % of a cold index).
  const firstCodes = new Uint8Array(65536);
  for (const anchor of anchors) {
    const first = anchor.charCodeAt(0);
    firstCodes[first] = 1;
    // escapeChar: the text may still have the typographic forms.
    if (first === 39) firstCodes[0x2019] = 1;
    if (first === 45) firstCodes[0x2011] = 1;
  }
  return { anchors, vocabulary, pattern: new RegExp(parts.join('|') || '(?!)', 'y'), firstCodes };
}

/** The first place at or after `from` where the pattern matches at the start of a word, or -1. */
function nextAnchor(lower: string, from: number, triggers: TriggerSet): number {
  const { pattern, firstCodes } = triggers;
  for (let i = from; i < lower.length; i++) {
    if (firstCodes[lower.charCodeAt(i)] === 0 || !startsWord(lower, i)) continue;
    pattern.lastIndex = i;
    if (pattern.test(lower)) return i;
  }
  return -1;
}

/** A token beyond a piece: reading any of its fields says that the piece was too short. */
class EdgeToken {
  constructor(private readonly touched: { hit: boolean }) {}
  private touch(): never | undefined { this.touched.hit = true; return undefined; }
  get kind(): string { this.touch(); return 'break'; }
  get start(): number { this.touch(); return 0; }
  get end(): number { this.touch(); return 0; }
  get norm(): string { this.touch(); return '\n'; }
  get digits(): undefined { return this.touch(); }
  get suffix(): undefined { return this.touch(); }
  get style(): undefined { return this.touch(); }
  get space(): boolean { this.touch(); return true; }
  get newline(): boolean { this.touch(); return true; }
  get raw(): string { this.touch(); return '\n'; }
}

const FRONT_EDGES = 4;
const BACK_EDGES = 8;
/** How far a piece reaches past what was asked, in characters (more tokens for the parser's look-ahead). */
const READ_AHEAD = 32;

/**
 * A place where a piece can start: 0, or a space, tab or newline right after a token the
 * tokenizer pushed (so its state there is "just after a token"). Not after "[" or ")" (link markup
 * the tokenizer skips without a token), and not next to a comma (inside "(1, 2)", one token run).
 */
export function isSyncPoint(text: string, q: number): boolean {
  if (q === 0) return true;
  const c = text.charCodeAt(q);
  if (c !== 32 && c !== 9 && c !== 10) return false;
  const before = text.charCodeAt(q - 1);
  if (isSpaceAt(text, q - 1, before) || before === 44 /* , */ || before === 91 /* [ */ || before === 41 /* ) */) return false;
  return text.charCodeAt(q + 1) !== 44;
}

/** The last sync point at or before `from` and above `floor`, or -1. */
function syncBefore(text: string, from: number, floor: number): number {
  for (let q = from; q > floor; q--) if (isSyncPoint(text, q)) return q;
  return floor === 0 && from >= 0 ? 0 : -1;
}

/** Contiguous tokens of the text from a safe start, with edge tokens around them for the parser. */
class Piece {
  /** FRONT_EDGES edge tokens (none at the text's start), the real tokens, BACK_EDGES edge tokens (none at its end). */
  readonly toks: Token[] = [];
  readonly first: number;
  realEnd: number;
  ended = false;

  constructor(private readonly text: string, readonly start: number, readonly state: TokenizerState, initial: Token[],
    readonly front: { hit: boolean }, private readonly back: { hit: boolean }) {
    if (start > 0) for (let k = 0; k < FRONT_EDGES; k++) this.toks.push(new EdgeToken(front) as unknown as Token);
    this.first = this.toks.length;
    for (const t of initial) this.toks.push(t);
    this.realEnd = this.toks.length;
    this.addEdges();
  }

  private addEdges(): void {
    this.ended = this.state.pos >= this.text.length;
    if (!this.ended) for (let k = 0; k < BACK_EDGES; k++) this.toks.push(new EdgeToken(this.back) as unknown as Token);
  }

  /** Tokenizes on to `until` (at least one token more, unless the text ends). */
  extendTo(until: number): void {
    if (this.ended) return;
    this.toks.length = this.realEnd;
    const target = Math.max(until, this.state.pos + 1);
    tokenizeUntil(this.text, this.toks, this.state, target);
    while (this.toks.length === this.realEnd && this.state.pos < this.text.length) tokenizeUntil(this.text, this.toks, this.state, this.state.pos + READ_AHEAD);
    this.realEnd = this.toks.length;
    this.addEdges();
  }
}

/**
 * The grammar's results at every token where a full scan finds a citation, or null when this text
 * must be scanned in full (the parser looked before the start of a piece; the text changes length
 * when lower-cased).
 */
export function scanAtTriggers<R>(text: string, triggers: TriggerSet, parserFor: (toks: Token[]) => TokenParser<R>): Array<R & { next: number }> | null {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return null;
  const out: Array<R & { next: number }> = [];
  const front = { hit: false };
  const back = { hit: false };
  const { anchors, vocabulary } = triggers;
  /** Where the search for the next anchor goes on. */
  let searchFrom = 0;
  /** No citation may start before this character (the full scan's "next token after a citation"). */
  let nextChar = 0;
  let piece: Piece | undefined;
  let parser: TokenParser<R> | undefined;
  /** The next token of the piece to consider. */
  let cursor = 0;
  /** Memo of the vocabulary run: every token before runEnd reaches runAnchor (or not). */
  let runEnd = -1;
  let runReaches = false;

  const isAnchor = (t: Token) => t.kind === 'word' && anchors.has(t.norm);
  const inVocabulary = (t: Token) => t.kind !== 'word' || vocabulary.has(t.norm);
  // Token k may start a citation: the token before it is an anchor, or the words from k on reach one.
  const candidate = (p: Piece, k: number): boolean => {
    if (k > p.first && isAnchor(p.toks[k - 1])) return true;
    if (k < runEnd) return runReaches;
    let j = k;
    for (;;) {
      if (j >= p.realEnd) {
        if (p.ended) { runEnd = j; runReaches = false; return false; }
        p.extendTo(p.state.pos + READ_AHEAD);
        continue;
      }
      const t = p.toks[j];
      if (isAnchor(t)) { runEnd = j; runReaches = true; return true; }
      if (!inVocabulary(t)) { runEnd = j; runReaches = false; return false; }
      j++;
    }
  };

  /** Runs the grammar at the candidates of the current piece, up to its last token. Returns false to fall back. */
  const scanPiece = (p: Piece, parse: TokenParser<R>): boolean => {
    for (;;) {
      if (cursor >= p.realEnd) {
        // The token after an anchor may start a citation ("au 2"): read it.
        if (!p.ended && cursor > p.first && isAnchor(p.toks[cursor - 1])) {
          p.extendTo(p.state.pos + READ_AHEAD);
          continue;
        }
        return true;
      }
      const k = cursor++;
      const t = p.toks[k];
      if (t.start < nextChar || !candidate(p, k)) continue;
      let result: (R & { next: number }) | null;
      for (;;) {
        front.hit = false;
        back.hit = false;
        result = parse.at(k);
        if (front.hit) return false;
        if (!back.hit) break;
        p.extendTo(p.state.pos + Math.max(READ_AHEAD, p.state.pos - p.start));
      }
      if (result) {
        out.push(result);
        const next = Math.max(result.next, k + 1);
        nextChar = next < p.realEnd ? p.toks[next].start : p.toks[p.realEnd - 1].end;
        cursor = next;
      }
    }
  };

  for (let at = nextAnchor(lower, 0, triggers); at >= 0; at = nextAnchor(lower, searchFrom, triggers)) {
    // An anchor may start inside a longer match ("§§§"): search again from the next character.
    searchFrom = at + 1;
    if (piece && at < piece.state.pos) continue;
    const floor = piece ? piece.state.pos : 0;
    // Walk back from the anchor one piece between two sync points at a time, while the tokens are
    // vocabulary (a citation may start there), then one piece more for the parser's look-back.
    const nearest = syncBefore(text, at, floor);
    let from = nearest;
    const chunks: Token[][] = [];
    let margin = false;
    // With no sync point between the current piece's end and here, the piece goes on (floor 0 always has one).
    let continuePiece = nearest < 0;
    while (!continuePiece && from > 0) {
      const earlier = syncBefore(text, from - 1, floor);
      if (earlier < 0) { continuePiece = true; break; }
      const chunk: Token[] = [];
      tokenizeUntil(text, chunk, stateAt(earlier), from);
      chunks.push(chunk);
      from = earlier;
      if (margin) break;
      if (chunk.some((t) => !inVocabulary(t))) margin = true;
    }
    if (continuePiece && piece) {
      piece.extendTo(at + READ_AHEAD);
    } else {
      const tokens: Token[] = [];
      for (let c = chunks.length - 1; c >= 0; c--) for (const t of chunks[c]) tokens.push(t);
      piece = new Piece(text, from, stateAt(nearest), tokens, front, back);
      piece.extendTo(at + READ_AHEAD);
      parser = parserFor(piece.toks);
      cursor = piece.first;
      runEnd = -1;
    }
    if (!scanPiece(piece, parser!)) return null;
    searchFrom = Math.max(searchFrom, piece.state.pos);
  }
  return out;
}

/** The tokenizer's state at a sync point: the text's start, or just after a token. */
export function stateAt(syncPoint: number): TokenizerState {
  return syncPoint === 0 ? startState() : { pos: syncPoint, space: false, newline: false, newlines: 0 };
}
