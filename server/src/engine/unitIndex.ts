// A resting document's units by id, without a Map. A Map costs about 45 bytes per unit (a
// thousand 200 KB laws hold 670,000 units: 27 MB); this index is the model's own `units` array
// and their positions sorted by id, 4 bytes per unit, searched by halving.
// It answers as the Map built by parseDocument does: where two units share an id, `get` gives
// the last one and the id is listed once, where it first appears.
import type { Unit } from './model';

export class SortedUnitIndex implements ReadonlyMap<string, Unit> {
  /** Positions in `units`, ordered by id, then by position. */
  private readonly order: Int32Array;

  /** `order`: this index's order for the same ids, kept from before (a resting tree built again). */
  constructor(private readonly units: readonly Unit[], order?: Int32Array) {
    if (order && order.length === units.length) {
      this.order = order;
      return;
    }
    const positions = Array.from(units.keys());
    positions.sort((a, b) => {
      const x = units[a].id;
      const y = units[b].id;
      return x < y ? -1 : x > y ? 1 : a - b;
    });
    this.order = Int32Array.from(positions);
  }

  /** The positions in id order, to build the index of an equal tree again without sorting. */
  get idOrder(): Int32Array {
    return this.order;
  }

  /** Index in `order` of the last unit with this id, or -1. */
  private find(id: string): number {
    let low = 0;
    let high = this.order.length;
    // The first position whose id is greater than `id`; the one before it holds `id` if any does.
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.units[this.order[middle]].id <= id) low = middle + 1;
      else high = middle;
    }
    return low > 0 && this.units[this.order[low - 1]].id === id ? low - 1 : -1;
  }

  get(id: string): Unit | undefined {
    const found = this.find(id);
    return found < 0 ? undefined : this.units[this.order[found]];
  }

  has(id: string): boolean {
    return this.find(id) >= 0;
  }

  get size(): number {
    let distinct = 0;
    for (let i = 0; i < this.order.length; i++) {
      if (i === 0 || this.units[this.order[i]].id !== this.units[this.order[i - 1]].id) distinct++;
    }
    return distinct;
  }

  *keys(): IterableIterator<string> {
    for (let i = 0; i < this.units.length; i++) {
      const id = this.units[i].id;
      // Listed where the id first appears: the first of its equals in `order`.
      let first = this.find(id);
      while (first > 0 && this.units[this.order[first - 1]].id === id) first--;
      if (this.order[first] === i) yield id;
    }
  }

  *values(): IterableIterator<Unit> {
    for (const id of this.keys()) yield this.get(id) as Unit;
  }

  *entries(): IterableIterator<[string, Unit]> {
    for (const id of this.keys()) yield [id, this.get(id) as Unit];
  }

  [Symbol.iterator](): IterableIterator<[string, Unit]> {
    return this.entries();
  }

  /** As a Map: JSON has no form for it. */
  toJSON(): Record<string, never> {
    return {};
  }

  forEach(callback: (value: Unit, key: string, map: ReadonlyMap<string, Unit>) => void, thisArg?: unknown): void {
    for (const [id, unit] of this.entries()) callback.call(thisArg, unit, id, this);
  }
}
