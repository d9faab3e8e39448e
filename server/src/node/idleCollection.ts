// A full garbage collection when the user pauses, rather than inside the next edit. Every keystroke
// leaves garbage that outlives the young generation (the previous version's model, memos), and V8
// collects the whole heap once it has grown by HEAP_GROWING_PERCENT over what was alive: at 1,000
// documents that collection takes 300-650 ms of the main thread, and whichever edit crosses the limit
// waits for it (the first structural edit after typing took 1.0 s in `npm run bench`, half of it in
// the collector; docs/BENCHMARK.md, "Structural edit, round four"). When the server has had nothing
// to do for a moment after a change, and the heap has grown by a good part of that allowance, the
// collection V8 would soon make is made now. It frees the same garbage, only earlier.
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { HEAP_GROWING_PERCENT } from './heapGrowth';

/** How long nothing must have changed before collecting (longer than the gap between a typist's keystrokes in a burst). */
export const IDLE_MS = 150;
/** Collect once the heap has grown by this share of what V8 allows before it collects by itself. */
const SHARE_OF_ALLOWANCE = 0.5;

export interface HeapProbe {
  /** Bytes in use in the heap now. */
  used(): number;
  /** A full, synchronous collection. */
  collect(): void;
}

/** The process's heap: V8's statistics, and its collector (exposed at run time: the server starts without --expose-gc). */
export function processHeap(): HeapProbe | undefined {
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as (() => void) | undefined;
    if (typeof gc !== 'function') return undefined;
    // gc() without options: a full collection that also clears weak references ({ type: 'major' } left them).
    return { used: () => getHeapStatistics().used_heap_size, collect: () => gc() };
  } catch {
    return undefined;
  }
}

export class IdleCollection {
  private timer: NodeJS.Timeout | undefined;
  /** Bytes in use just after the last collection made here (undefined before the first). */
  private liveAfterLast: number | undefined;
  /** Collections made, for the tests. */
  collections = 0;

  /** `busy`: whether the server is working anyway (indexing); then the pause is not the user's. */
  constructor(private readonly heap: HeapProbe | undefined, private readonly busy: () => boolean, private readonly idleMs = IDLE_MS, private readonly growingPercent = HEAP_GROWING_PERCENT) {}

  /** Something changed: wait for the next pause. */
  activity(): void {
    if (!this.heap) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.idle(), this.idleMs);
    // A pending pause never keeps the process alive.
    this.timer.unref();
  }

  /** The pause came: collect when the heap has grown enough since the last collection made here (or none was made yet). */
  idle(): void {
    this.timer = undefined;
    const heap = this.heap;
    if (!heap || this.busy()) return;
    const used = heap.used();
    if (this.liveAfterLast !== undefined && used < this.liveAfterLast * (1 + (SHARE_OF_ALLOWANCE * this.growingPercent) / 100)) return;
    heap.collect();
    this.collections++;
    this.liveAfterLast = heap.used();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
