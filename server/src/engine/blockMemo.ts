// Results computed from one block's text, remembered across versions of a document being
// edited: a keystroke changes one block, so every other block's answer is reused. Entries not
// used by the latest version are dropped at the next one, and so are whole tables (a kind of
// result, e.g. the spellings of the hyphenated words typed so far) that the last two versions
// did not use, so the memo stays the size of one document's results.

interface Table {
  /** The document version (memo stamp) that last used the table. */
  stamp: number;
  generation: number | string;
  current: Map<string, unknown>;
  previous: Map<string, unknown>;
}

export class BlockMemo {
  private readonly tables = new Map<string, Table>();
  private stamp = 0;

  /** A new version of the document is being analysed. */
  nextVersion(): void {
    for (const [name, table] of this.tables) if (table.stamp < this.stamp - 1) this.tables.delete(name);
    this.stamp++;
  }

  /**
   * The memoised result of `compute` for a block's text. `name` separates kinds of results
   * (and must include whatever else the result depends on, e.g. a matcher's terms).
   */
  get<T>(name: string, generation: number | string, blockText: string, compute: () => T): T {
    let table = this.tables.get(name);
    if (!table || table.generation !== generation) {
      table = { stamp: this.stamp, generation, current: new Map(), previous: new Map() };
      this.tables.set(name, table);
    } else if (table.stamp !== this.stamp) {
      table.previous = table.current;
      table.current = new Map();
      table.stamp = this.stamp;
    }
    if (table.current.has(blockText)) return table.current.get(blockText) as T;
    const value = table.previous.has(blockText) ? (table.previous.get(blockText) as T) : compute();
    table.current.set(blockText, value);
    return value;
  }

  /** How much is remembered: tables (kinds of results) and block entries. */
  get size(): { tables: number; entries: number } {
    let entries = 0;
    for (const table of this.tables.values()) entries += table.current.size + table.previous.size;
    return { tables: this.tables.size, entries };
  }
}
