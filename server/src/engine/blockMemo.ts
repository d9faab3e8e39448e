// Results computed from one block's text, remembered across versions of a document being
// edited: a keystroke changes one block, so every other block's answer is reused. Entries not
// used by the latest version are dropped at the next one, so the memo stays the size of one
// document's results.

interface Table {
  version: number;
  generation: number;
  current: Map<string, unknown>;
  previous: Map<string, unknown>;
}

export class BlockMemo {
  private readonly tables = new Map<string, Table>();

  /**
   * The memoised result of `compute` for a block's text. `name` separates kinds of results
   * (and must include whatever else the result depends on, e.g. a matcher's terms).
   */
  get<T>(name: string, version: number, generation: number, blockText: string, compute: () => T): T {
    let table = this.tables.get(name);
    if (!table || table.generation !== generation) {
      table = { version, generation, current: new Map(), previous: new Map() };
      this.tables.set(name, table);
    } else if (table.version !== version) {
      table.previous = table.current;
      table.current = new Map();
      table.version = version;
    }
    if (table.current.has(blockText)) return table.current.get(blockText) as T;
    const value = table.previous.has(blockText) ? (table.previous.get(blockText) as T) : compute();
    table.current.set(blockText, value);
    return value;
  }
}
