// The doubling measure itself: its re-measures (more runs, a wide span, a span one doubling
// higher) must never let quadratic code through, and must pass linear code.
import * as assert from 'node:assert/strict';
import { confirmedRatio, describeMeasure } from '../helpers/linearTime';

/** Sums over every pair (i, j < i): quadratic in n. */
function quadratic(n: number): number {
  let sum = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) sum += j & 7;
  return sum;
}

/** Splits a text of n words into an array of words and counts the letters: linear, allocating. */
function linear(text: string): number {
  return text.split(' ').reduce((count, word) => count + word.length, 0);
}

describe('linear-time measure (test/helpers/linearTime.ts)', function () {
  this.timeout(300000);

  it('reports quadratic code as not linear, after every re-measure', () => {
    // sizes whose calls take milliseconds, not microseconds: at 0.02 ms a loaded machine's timer measured a quadratic loop ×2.67
    const measure = confirmedRatio(quadratic, (size) => size, 2.5, { startSize: 256, maxSize: 1 << 13, minMs: 4, runs: 3 });
    assert.ok(measure.ratio > 3, `a quadratic loop measured ${describeMeasure(measure)}`);
  });

  it('passes linear code that allocates', () => {
    const measure = confirmedRatio(linear, (size) => 'word '.repeat(size), 2.5, { startSize: 1024, maxSize: 1 << 20, minMs: 2, runs: 3 });
    assert.ok(measure.ratio <= 2.5, `a linear split measured ${describeMeasure(measure)}`);
  });
});
