// Results computed from one block's text, remembered across versions of a document being
// edited: a keystroke changes one block, so every other block's answer is reused. A block is
// found by its place (start and length), moved by the edits since: its text is the same when the
// edits did not touch it (nor the character on either side), so no block text is sliced or
// hashed to find it. Entries not used by the latest version are dropped at the next one, and so
// are whole tables (a kind of result, e.g. the spellings of the hyphenated words typed so far)
// that the last two versions did not use, so the memo stays the size of one document's results.
import type { TextEdit } from './legalReadingMemo';

/** Results by block, sorted by the block's start (blocks are asked for in document order). */
class Places {
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  readonly values: unknown[] = [];
  /** Where the last search ended: the next block asked for is usually the next one here. */
  private hint = 0;

  /** The index of the block starting at `start`, or -(insertion point) - 1. */
  find(start: number): number {
    const { starts } = this;
    const hint = this.hint;
    if (hint < starts.length && starts[hint] === start) return hint;
    if (hint + 1 < starts.length && starts[hint + 1] === start) return (this.hint = hint + 1);
    if (starts.length === 0 || starts[starts.length - 1] < start) return -starts.length - 1;
    let low = 0;
    let high = starts.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (starts[middle] < start) low = middle + 1;
      else if (starts[middle] > start) high = middle - 1;
      else return (this.hint = middle);
    }
    return -low - 1;
  }

  /** The value remembered for the block [start, end), as `found` (undefined when none). */
  lookup(start: number, end: number, found: { value: unknown }): boolean {
    const index = this.find(start);
    if (index < 0 || this.ends[index] !== end) return false;
    found.value = this.values[index];
    return true;
  }

  put(start: number, end: number, value: unknown): void {
    const index = this.find(start);
    if (index >= 0) {
      this.ends[index] = end;
      this.values[index] = value;
      return;
    }
    const at = -index - 1;
    if (at === this.starts.length) {
      this.starts.push(start);
      this.ends.push(end);
      this.values.push(value);
    } else {
      this.starts.splice(at, 0, start);
      this.ends.splice(at, 0, end);
      this.values.splice(at, 0, value);
    }
    this.hint = at;
  }

  get size(): number {
    return this.starts.length;
  }
}

interface Table {
  /** The document version (memo stamp) that last used the table. */
  stamp: number;
  generation: number | string;
  /** Results by block place in the version `stamp`; `previous`: in the version `previousStamp`. */
  current: Places;
  previous: Places;
  previousStamp: number;
}

export class BlockMemo {
  private readonly tables = new Map<string, Table>();
  private stamp = 0;
  /** The edit that made each version from the one before (by stamp); undefined when not known. */
  private readonly edits = new Map<number, TextEdit | undefined>();
  private readonly found = { value: undefined as unknown };
  /** How many results this version took over from the previous one (for tests). */
  reused = 0;

  /** A new version of the document is being analysed; `edit` made it from the previous one (textEdit). */
  nextVersion(edit?: TextEdit): void {
    for (const [name, table] of this.tables) if (table.stamp < this.stamp - 1) this.tables.delete(name);
    this.stamp++;
    this.reused = 0;
    this.edits.set(this.stamp, edit);
    // A table is kept at most two versions back: so are the edits that move its places.
    this.edits.delete(this.stamp - 3);
  }

  /**
   * The memoised result of `compute` for the block [start, end) of this version's text (a
   * function of that text alone). `name` separates kinds of results (and must include whatever
   * else the result depends on, e.g. a matcher's terms).
   */
  get<T>(name: string, generation: number | string, start: number, end: number, compute: () => T): T {
    let table = this.tables.get(name);
    if (!table || table.generation !== generation) {
      table = { stamp: this.stamp, generation, current: new Places(), previous: new Places(), previousStamp: this.stamp };
      this.tables.set(name, table);
    } else if (table.stamp !== this.stamp) {
      table.previous = table.current;
      table.previousStamp = table.stamp;
      table.current = new Places();
      table.stamp = this.stamp;
    }
    const found = this.found;
    if (table.current.lookup(start, end, found)) return found.value as T;
    const before = this.moveBack(table.previousStamp, start, end);
    let value: T;
    if (before && table.previous.lookup(before.start, before.end, found)) {
      value = found.value as T;
      this.reused++;
    } else {
      value = compute();
    }
    found.value = undefined;
    table.current.put(start, end, value);
    return value;
  }

  private readonly moved = { start: 0, end: 0 };

  /** Where the block [start, end) of this version was in version `stamp`, when no edit since touched it (nor the character on either side). */
  private moveBack(stamp: number, start: number, end: number): { start: number; end: number } | undefined {
    for (let version = this.stamp; version > stamp; version--) {
      const edit = this.edits.get(version);
      if (!edit) return undefined;
      if (end + 1 <= edit.start) continue;
      if (start - 1 < edit.newEnd) return undefined;
      const delta = edit.oldEnd - edit.newEnd;
      start += delta;
      end += delta;
    }
    this.moved.start = start;
    this.moved.end = end;
    return this.moved;
  }

  /** How much is remembered: tables (kinds of results) and block entries. */
  get size(): { tables: number; entries: number } {
    let entries = 0;
    for (const table of this.tables.values()) entries += table.current.size + table.previous.size;
    return { tables: this.tables.size, entries };
  }
}
