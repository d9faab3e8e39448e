// What the legal reading (legalBlocks.ts) found in each block, kept across versions of a document
// being edited: a keystroke changes one block, so every other block's reading is replayed from
// here instead of being read again. An entry is found by where its block stands: a block that
// ends before the edit, or starts after it, has the same text as in the version before (no
// string is hashed). The key holds every other input of the reading (the block's fields, the
// markers open before it), so a replay gives what a fresh reading gives. Entries the latest
// version did not use are dropped.
import type { Block } from './blocks';
import type { KeptReading } from './legalBlocks';

/** Where two versions of a text differ: [start, oldEnd) of the old text became [start, newEnd) of the new. */
export interface TextEdit {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** Characters compared at once by textEdit. */
const CHUNK = 1024;

/** The smallest edit that turns `before` into `after` (common prefix and suffix). */
export function textEdit(before: string, after: string): TextEdit {
  const shorter = Math.min(before.length, after.length);
  // Whole chunks first (string equality is a native comparison), then character by character.
  let start = 0;
  while (start + CHUNK <= shorter && before.slice(start, start + CHUNK) === after.slice(start, start + CHUNK)) start += CHUNK;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (tail + CHUNK <= shorter - start && before.slice(before.length - tail - CHUNK, before.length - tail) === after.slice(after.length - tail - CHUNK, after.length - tail)) tail += CHUNK;
  while (tail < shorter - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { start, oldEnd: before.length - tail, newEnd: after.length - tail };
}

/** Offsets and lengths stay below 2^23 (texts over 8 MB are not analysed): one number names a block's place. */
const PLACE = 2 ** 23;
/** The values a block's fact may take (`facts`): bits of one byte. */
const FACT_VALUES = 256;

export class LegalReadingMemo {
  /** Readings by their block's place in this version (start and length), then by the other inputs. */
  private readonly entries = new Map<number, Map<string, unknown>>();

  /**
   * Small facts of each block (`facts`), by place: `check * FACT_VALUES + value`. Every version
   * asks them of every block, so the version before holds them all (no carrying over needed).
   */
  private readonly factEntries = new Map<number, number>();

  /** This version's reading and the state before each block (readLegalBlocks). */
  reading?: KeptReading;

  constructor(private previous?: LegalReadingMemo, private readonly edit?: TextEdit) {}

  /** The previous version's reading and the edit since, when both are known. */
  earlierReading(): { reading: KeptReading; edit: TextEdit } | undefined {
    return this.previous?.reading && this.edit ? { reading: this.previous.reading, edit: this.edit } : undefined;
  }

  /**
   * The previous version's readings of every block the edit did not touch, taken over whether or
   * not this version asked for them: a reading that resumed after the edited block asks for none,
   * and the next version may need them.
   */
  keepUnused(): void {
    const { previous, edit } = this;
    if (!previous || !edit) return;
    for (const [place, byKey] of previous.entries) {
      const start = Math.floor(place / PLACE);
      const length = place - start * PLACE;
      const end = start + length;
      const moved = end + 1 <= edit.start ? place : start - 1 >= edit.oldEnd ? (start + edit.newEnd - edit.oldEnd) * PLACE + length : -1;
      if (moved >= 0 && !this.entries.has(moved)) this.entries.set(moved, byKey);
    }
  }

  /** The memo for the next version of the document (`before` is this version's text; `edit`: textEdit(before, after) when known). */
  next(before: string, after: string, edit: TextEdit = textEdit(before, after)): LegalReadingMemo {
    // One version back only: older versions' entries are not kept alive through a chain.
    this.previous = undefined;
    return new LegalReadingMemo(this, edit);
  }

  /**
   * The remembered reading of the block [start, end) with inputs `key`, or `compute()`'s. The
   * reading may look one character beyond the block on either side.
   */
  get<T>(start: number, end: number, key: string, compute: () => T): T {
    const place = start * PLACE + (end - start);
    let byKey = this.entries.get(place);
    if (!byKey) {
      byKey = this.before(start, end) ?? new Map<string, unknown>();
      this.entries.set(place, byKey);
    }
    let value = byKey.get(key) as T | undefined;
    if (value === undefined) byKey.set(key, (value = compute()));
    return value;
  }

  /**
   * A small fact of the block [start, end) (a number below FACT_VALUES) computed from its text and
   * `check` (the block's other inputs, as a small non-negative integer), remembered as `get` remembers
   * readings but without a key to build and hash: what is asked of every block at every keystroke.
   */
  facts(start: number, end: number, check: number, compute: () => number): number {
    const place = start * PLACE + (end - start);
    let stored = this.factEntries.get(place);
    if (stored === undefined) stored = this.factBefore(start, end);
    if (stored !== undefined && Math.floor(stored / FACT_VALUES) === check) {
      this.factEntries.set(place, stored);
      return stored % FACT_VALUES;
    }
    const value = compute();
    this.factEntries.set(place, check * FACT_VALUES + value);
    return value;
  }

  private factBefore(start: number, end: number): number | undefined {
    const place = this.placeBefore(start, end);
    return place === undefined ? undefined : this.previous?.factEntries.get(place);
  }

  /** The previous version's readings of the same block, when the edit did not touch it (nor the character on each side). */
  private before(start: number, end: number): Map<string, unknown> | undefined {
    const place = this.placeBefore(start, end);
    return place === undefined ? undefined : this.previous?.entries.get(place);
  }

  /** Where the block [start, end) stood in the previous version, when the edit did not touch it (nor the character on each side). */
  private placeBefore(start: number, end: number): number | undefined {
    const { previous, edit } = this;
    if (!previous || !edit) return undefined;
    const length = end - start;
    if (end + 1 <= edit.start) return start * PLACE + length;
    if (start - 1 >= edit.newEnd) return (start - edit.newEnd + edit.oldEnd) * PLACE + length;
    return undefined;
  }
}

/** A block with its offsets moved by `delta`: made relative to be remembered, moved back when replayed. */
export function shiftBlock(block: Block, delta: number): Block {
  // Field by field, in Block's order (a spread costs many times more; a keystroke moves every block after the edited one).
  const moved: Block = { kind: block.kind, depth: block.depth, span: { start: block.span.start + delta, end: block.span.end + delta }, contentStart: block.contentStart + delta };
  if ('ordered' in block) moved.ordered = block.ordered;
  if ('listNumber' in block) moved.listNumber = block.listNumber;
  if ('furniture' in block) moved.furniture = block.furniture;
  if ('titleOfNext' in block) moved.titleOfNext = block.titleOfNext;
  return moved;
}
