// Items kept in text order (units, citations): the first that starts at or after an offset, by halves.
import type { Span } from './model';

/** The index of the first of `items` (in text order) whose span starts at or after `offset`; `items.length` when none does. */
export function firstStartingFrom(items: readonly { span: Span }[], offset: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (items[middle].span.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
