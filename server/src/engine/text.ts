// Offsets ↔ lines. Every span in the engine is a UTF-16 offset; editors and the CLI want lines.
import type { Span } from './model';

export class LineIndex {
  /** Where each line starts: 4 bytes a line (an array of numbers would take 8, plus its growth). */
  private readonly starts: Int32Array;
  /** The text's length: the index keeps no reference to the text (a resting document's text is not kept). */
  private readonly length: number;

  /**
   * `moved`: this text is `moved.lines`' text with an edit at `start` that adds `delta` characters
   * and no line break, nor removes any: the line starts after it move, none is looked for.
   */
  constructor(text: string, moved?: { lines: LineIndex; start: number; delta: number }) {
    this.length = text.length;
    if (moved) {
      // Int32Array.slice copies: the previous version's index stays as it was.
      const starts = moved.lines.starts.slice();
      for (let i = starts.length - 1; i >= 0 && starts[i] > moved.start; i--) starts[i] += moved.delta;
      this.starts = starts;
      return;
    }
    let count = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
    const starts = new Int32Array(count);
    let line = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts[line++] = i + 1;
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Zero-based line and UTF-16 column of an offset (clamped into the text). */
  position(offset: number): { line: number; character: number } {
    const clamped = Math.max(0, Math.min(offset, this.length));
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - this.starts[low] };
  }

  /** Offset of a zero-based line and column, clamped to the line and the text. */
  offset(line: number, character: number): number {
    if (line < 0) return 0;
    if (line >= this.starts.length) return this.length;
    const start = this.starts[line];
    // Every line but the last ends with the "\n" that starts the next one.
    const lineEnd = line + 1 < this.starts.length ? this.starts[line + 1] - 1 : this.length;
    return Math.min(start + Math.max(0, character), lineEnd);
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }

  /**
   * Start and end (before its "\n") of the line holding an offset. Per citation or term use, a
   * search for "\n" would cost the line's length, and a law run into one long line has thousands.
   */
  lineAround(offset: number): { start: number; end: number } {
    const { line } = this.position(offset);
    const start = this.starts[line];
    const end = line + 1 < this.starts.length ? this.starts[line + 1] - 1 : this.length;
    return { start, end };
  }

  /** The lines above the one holding `offset`, nearest first, at most `count` of them: start and end (before its "\n") of each. */
  *linesAbove(offset: number, count: number): Generator<{ start: number; end: number }> {
    const { line } = this.position(offset);
    for (let above = line - 1; above >= 0 && above >= line - count; above--) yield { start: this.starts[above], end: this.starts[above + 1] - 1 };
  }
}

/**
 * The line holding `offset`, looked for no further than `reach` characters either way: its start and end where found
 * (`startFound`, `endFound`), else where the reach ended. A check of a short line reads no more than that, however long
 * the line (one long line of citations stays linear); the model's LineIndex serves callers that have a model.
 */
export function lineWithinReach(text: string, offset: number, reach: number): { start: number; end: number; startFound: boolean; endFound: boolean } {
  // (sliced before searching: an unbounded search for "\n" would cost the line's length at every citation)
  const from = Math.max(0, offset - reach);
  const newlineBefore = text.slice(from, offset).lastIndexOf('\n');
  const to = Math.min(text.length, offset + reach);
  const newlineAfter = text.slice(offset, to).indexOf('\n');
  return {
    start: newlineBefore >= 0 ? from + newlineBefore + 1 : from,
    end: newlineAfter >= 0 ? offset + newlineAfter : to,
    startFound: newlineBefore >= 0 || from === 0,
    endFound: newlineAfter >= 0 || to === text.length,
  };
}

/** Whether `offset` stands in a row of a markdown table: its line opens with "|" (spaces before it aside). */
export function onTableRow(text: string, offset: number): boolean {
  let at = text.lastIndexOf('\n', offset - 1) + 1;
  while (text[at] === ' ' || text[at] === '\t') at++;
  return text[at] === '|';
}

/** Collapses runs of whitespace and trims: for messages, hovers and keys. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * A copy of a string that does not keep the text it was sliced from alive. V8 represents a
 * slice of 13 characters or more as a view into its parent: a word kept in a module-level cache
 * would hold a whole document's text in memory after the document is gone. The JSON round trip
 * gives a flat string of its own (a slice of a concatenation would again be a view, of the
 * concatenation), stored at one byte per character when it can be.
 */
export function detached(value: string): string {
  return value.length < 13 ? value : (JSON.parse(JSON.stringify(value)) as string);
}

/** Strings up to this length are shared between documents (ids, labels, numbers, keys); longer ones are copied. */
const INTERNED_LENGTH = 64;
/** The table starts again past this many strings, so that it cannot grow without bound. */
const INTERNED_LIMIT = 500_000;

/**
 * One copy of each short string (unit ids such as "art_7__para_2" recur in every document and
 * every citation into it). A string built by concatenation is a tree of pieces in V8; the
 * interned copy is flat.
 */
export class StringInterner {
  private readonly table = new Map<string, string>();

  intern(value: string): string {
    if (value.length > INTERNED_LENGTH) return detached(value);
    const known = this.table.get(value);
    if (known !== undefined) return known;
    if (this.table.size >= INTERNED_LIMIT) this.table.clear();
    const copy = value.length === 0 ? value : (JSON.parse(JSON.stringify(value)) as string);
    this.table.set(copy, copy);
    return copy;
  }
}

/** The empty array of every resting model (frozen: a push into it throws instead of changing every model). */
const EMPTY: readonly never[] = Object.freeze([]);
/** Offsets below this pack into one number with room to spare (texts are at most 8 MB by default). */
const SPAN_KEY_BASE = 2 ** 26;

/** A plain `{ start, end }` object of two small whole numbers, and nothing else. */
function isSpan(value: unknown): value is Span {
  if (value === null || typeof value !== 'object') return false;
  const { start, end } = value as Span;
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end >= 0 && start < SPAN_KEY_BASE && end < SPAN_KEY_BASE &&
    Object.getPrototypeOf(value) === Object.prototype && Object.keys(value).length === 2;
}

/** A plain `{ kind: 'none' }` object, and nothing else: a citation with no anchor (references/types.ts). */
function isNoAnchor(value: unknown): boolean {
  return value !== null && typeof value === 'object' && (value as { kind?: unknown }).kind === 'none' &&
    Object.getPrototypeOf(value) === Object.prototype && Object.keys(value).length === 1;
}

/**
 * The one span of this value: keyed by its start (a small integer, cheap to hash; start × base +
 * end was a heap number per lookup), then by its end among the few spans starting there.
 */
function sharedSpan(spans: Map<number, Span | Span[]>, span: Span): Span {
  const known = spans.get(span.start);
  if (known === undefined) {
    spans.set(span.start, span);
    return span;
  }
  if (!Array.isArray(known)) {
    if (known.end === span.end) return known;
    spans.set(span.start, [known, span]);
    return span;
  }
  for (const other of known) if (other.end === span.end) return other;
  known.push(span);
  return span;
}

/**
 * Replaces, in place, every string reachable from `root` (object properties, array elements,
 * Map and Set entries) by a detached copy, skipping the properties of `root` named in `skip`: the model
 * of a resting document then holds nothing of its text but what it copied. With an interner,
 * short strings are shared with other documents' and long ones copied, whatever their length.
 */
export function detachStrings(root: object, skip: ReadonlySet<string> = new Set(), interner?: StringInterner): void {
  stringDetacher(root, skip, interner)(Infinity);
}

/** How many objects are visited between two looks at the clock. */
const DETACH_CLOCK_EVERY = 256;

/**
 * `detachStrings` in steps: each call of the returned function goes on with the walk until it is
 * over (then true) or `until` (a `performance.now()` time) has passed. The walk and its result are
 * the same as one call's; between steps the model holds some copies and some originals, all equal.
 */
export function stringDetacher(root: object, skip: ReadonlySet<string> = new Set(), interner?: StringInterner): (until: number) => boolean {
  const copy = interner ? (value: string) => interner.intern(value) : detached;
  const needsCopy = interner ? (value: string) => value.length > 0 : (value: string) => value.length >= 13;
  // With an interner (a model put to rest), arrays are also replaced by copies of their exact
  // length: one built by pushes keeps room to grow (17 slots for 1 to 17 items). A shared array
  // stays shared. An empty one becomes the one frozen empty array (a leaf unit's children), and
  // spans of equal value become one object (a citation's span, its target's and its path
  // step's are often the same), as does a citation's anchor `{ kind: 'none' }` (most citations
  // have it): a resting model is never changed in place.
  const arrays = interner ? new Map<unknown[], unknown[]>() : undefined;
  const spans = interner ? new Map<number, Span | Span[]>() : undefined;
  let noAnchor: object | undefined;
  let wasSpan = false;
  const exact = <T>(value: T): T => {
    if (!arrays || !spans) return value;
    if (isNoAnchor(value)) return (noAnchor ??= value as object) as T;
    if (!Array.isArray(value)) {
      if (!isSpan(value)) return value;
      wasSpan = true;
      return sharedSpan(spans, value) as T;
    }
    if (Object.getPrototypeOf(value) !== Array.prototype || Object.isFrozen(value) || 'index' in value) return value;
    if (value.length === 0) return EMPTY as T;
    let same = arrays.get(value);
    if (!same) {
      same = value.slice();
      arrays.set(value, same);
    }
    return same as T;
  };
  const seen = new Set<object>();
  const stack: object[] = [root];
  const visit = (value: unknown) => {
    if (value !== null && typeof value === 'object' && !seen.has(value)) stack.push(value);
  };
  // A span holds two numbers and nothing else: nothing in it to copy, and spans are the most
  // numerous objects of a model. `exact` says when it returned one, and that is not visited.
  const replaceAndVisit = (owner: Record<string | number, unknown>, key: string | number, value: unknown): void => {
    wasSpan = false;
    const next = exact(value);
    if (next !== value) owner[key] = next;
    if (!wasSpan) visit(next);
  };
  return (until: number): boolean => {
    let visited = 0;
    while (stack.length) {
      if (++visited % DETACH_CLOCK_EVERY === 0 && performance.now() >= until) return false;
      const current = stack.pop() as object;
      if (seen.has(current)) continue;
      seen.add(current);
      if (Array.isArray(current)) {
        const frozen = Object.isFrozen(current);
        for (let i = 0; i < current.length; i++) {
          const item = current[i];
          if (typeof item === 'string') { if (needsCopy(item) && !frozen) current[i] = copy(item); } else if (frozen) visit(item); else replaceAndVisit(current as unknown as Record<number, unknown>, i, item);
        }
      } else if (current instanceof Map) {
        const entries = [...current.entries()];
        if (entries.some(([key]) => typeof key === 'string' && needsCopy(key))) {
          current.clear();
          for (const [key, value] of entries) current.set(typeof key === 'string' ? copy(key) : key, typeof value === 'string' ? copy(value) : exact(value));
        } else {
          for (const [key, value] of entries) {
            if (typeof value === 'string') { if (needsCopy(value)) current.set(key, copy(value)); } else {
              const next = exact(value);
              if (next !== value) current.set(key, next);
            }
          }
        }
        for (const [, value] of current) visit(value);
      } else if (current instanceof Set) {
        for (const value of current) visit(value);
      } else if (!ArrayBuffer.isView(current)) {
        const record = current as Record<string, unknown>;
        const frozen = Object.isFrozen(record);
        for (const key of Object.keys(record)) {
          if (current === root && skip.has(key)) continue;
          const value = record[key];
          if (typeof value === 'string') {
            if (needsCopy(value) && !frozen) record[key] = copy(value);
          } else if (frozen) visit(value); else replaceAndVisit(record, key, value);
        }
      }
    }
    return true;
  };
}

/**
 * The text cut to at most `maxLength` characters at a word boundary, marked " …" when cut. A text
 * with no space in its second half (Chinese, a long URL) is cut at `maxLength` itself.
 */
export function truncateAtWord(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const cut = text.lastIndexOf(' ', maxLength);
  return text.slice(0, cut > maxLength / 2 ? cut : maxLength) + ' …';
}

const SPACE = /\s/u;

/** Whether the character at `i` of `text` (UTF-16 code `code`) is white space, as `\s` reads it: the regex is tested only past ASCII. Both tokenizers split on it. */
export function isSpaceAt(text: string, i: number, code = text.charCodeAt(i)): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(text[i]);
}

/** A CommonMark backslash escape: a backslash before ASCII punctuation. */
const MARKDOWN_ESCAPE = /\\(?=[!-/:-@[-`{-~])/g;

/** The text as a reader sees it, a converter's escapes dropped: "BGBl\\. Nr\\. 133" → "BGBl. Nr. 133" (LawAT escapes every mark). */
export function withoutEscapes(text: string): string {
  return text.includes('\\') ? text.replace(MARKDOWN_ESCAPE, '') : text;
}

/** A footnote's mark: "[^1]", "[^f00014]". */
export const FOOTNOTE_MARK = /\[\^[^\]\s]{1,40}\]/g;

/** A link's markup around its words: "[" before them and "](/eli/…)" or "][25]" after. */
const LINK_MARKUP = /\[(?=[^\]\n]{1,300}\](?:\(|\[))|\]\([^()\s]{1,2000}\)|\]\[[^\[\]\n]{0,40}\]/g;

/**
 * Words as a reader reads them, without the link markup around some of them: "[loi modifiée du 8 juin 1999](/eli/…) sur le budget"
 * reads "loi modifiée du 8 juin 1999 sur le budget" (the tokenizer reads past the same markup).
 */
export function withoutLinkMarkup(words: string): string {
  return words.includes('](') || words.includes('][') ? words.replace(LINK_MARKUP, '') : words;
}
