// How far V8 lets the heap grow between full collections. By default it may grow to several times
// what is alive after the last one when it allocates fast (a cold index does): at 1,000 documents
// the peak was 1.3-2.5x the live index, depending on when collections fell. The index is long-lived
// data, so the server and the command line cap the growth; the price is more frequent full
// collections during indexing (docs/BENCHMARK.md, "Memory, round one").
import { setFlagsFromString } from 'node:v8';

/** The heap may grow by this many percent over what was alive after the last full collection. */
export const HEAP_GROWING_PERCENT = 30;

export function limitHeapGrowth(percent = HEAP_GROWING_PERCENT): void {
  setFlagsFromString(`--heap-growing-percent=${percent}`);
}
