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

/** Sums n numbers: linear, allocating nothing. */
function linearLoop(n: number): number {
  let sum = 0;
  for (let i = 0; i < n * 64; i++) sum += i & 7;
  return sum;
}

/** Sums over a sixteenth of the pairs (i, j < i): quadratic, and cheap enough to measure up to 65,536. */
function pairs(n: number): number {
  let sum = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < i >> 4; j++) sum += j & 7;
  return sum;
}

/** Sums over a 256th of the pairs (i, j < i): quadratic, and cheap enough to measure up to 65,536 many times. */
function fewPairs(n: number): number {
  let sum = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < i >> 8; j++) sum += j & 7;
  return sum;
}

/** `work(n)` done once below 8,192 items, 4 times up to 32,767 and 16 times from there: two steps in the cost per item. */
function twoSteps(work: (n: number) => number): (n: number) => number {
  return (n) => {
    let sum = 0;
    for (let k = (n >= 8192 ? 4 : 1) * (n >= 32768 ? 4 : 1); k > 0; k--) sum += work(n);
    return sum;
  };
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

  it('passes linear code whose cost per item steps up once (a collector\'s knee), and still reports a quadratic loop with such a step', () => {
    // Linear on either side of 16,384 items, each item there costing four times as much: that doubling measures ×8,
    // and the first measure (8,192 → 32,768) ×4.
    const knee = (n: number) => linearLoop(n < 16384 ? n : 4 * n);
    const stepped = confirmedRatio(knee, (size) => size, 2.5, { startSize: 8192, maxSize: 1 << 14, minMs: 1, runs: 3 });
    assert.ok(stepped.ratio <= 2.5 && stepped.knee, `a linear loop with one step measured ${describeMeasure(stepped)}`);
    const steppedPairs = confirmedRatio((n: number) => pairs(n < 4096 ? n : 2 * n), (size) => size, 2.5, { startSize: 2048, maxSize: 1 << 13, minMs: 1, runs: 3 });
    assert.ok(steppedPairs.ratio > 3, `a quadratic loop with one step measured ${describeMeasure(steppedPairs)}`);
  });

  it('passes linear code whose cost per item steps up twice (the processor\'s cache, then the collector), and still reports a quadratic loop with such steps', () => {
    // Each step measures ×8 (×2 for the input, ×4 for the cost per item): with one of them set aside, the five doublings
    // from 2,048 measure ×2.8.
    const linearSteps = twoSteps(linearLoop);
    const stepped = confirmedRatio(linearSteps, (size) => size, 2.5, { startSize: 8192, maxSize: 1 << 14, minMs: 1, runs: 3 });
    assert.ok(stepped.ratio <= 2.5, `a linear loop with two steps measured ${describeMeasure(stepped)}`);
    const quadraticSteps = confirmedRatio(twoSteps(fewPairs), (size) => size, 2.5, { startSize: 8192, maxSize: 1 << 14, minMs: 1, runs: 3 });
    // Reported means over the suite's limit: with both steps set aside, a noisy run of the quadratic loop measured ×2.80 (CI)
    assert.ok(quadraticSteps.ratio > 2.5, `a quadratic loop with two steps measured ${describeMeasure(quadraticSteps)}`);
  });

  it('passes linear code that allocates', () => {
    const measure = confirmedRatio(linear, (size) => 'word '.repeat(size), 2.5, { startSize: 1024, maxSize: 1 << 20, minMs: 2, runs: 3 });
    assert.ok(measure.ratio <= 2.5, `a linear split measured ${describeMeasure(measure)}`);
  });
});
