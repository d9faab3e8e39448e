// Measures how a function's time grows with its input: the ratio of the time taken on an input
// of twice the size to the time on the original. Linear code gives about 2, quadratic about 4.
// Time is this process's CPU time (process.cpuUsage), so that other processes on a shared
// machine do not count; each size is run several times, interleaved, and the medians compared.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export interface DoublingMeasure {
  /** Size passed to the input maker for the smaller input (the larger is twice this). */
  size: number;
  repeat: number;
  /** Median CPU milliseconds per call for the smaller and the larger input (each timed over `repeat` calls). */
  small: number;
  large: number;
  ratio: number;
  /** True when even `MAX_REPEAT` calls on the largest input stay under the noise floor. */
  bounded?: boolean;
}

const MAX_REPEAT = 64;

export interface DoublingOptions {
  /** The smaller input is grown until one call takes at least this long (ms of CPU). */
  minMs?: number;
  /** Largest size tried while growing; past it, calls are repeated instead. */
  maxSize?: number;
  startSize?: number;
  runs?: number;
  /** The input's real bound: the retries of `confirmedRatio` never grow past it (a vocabulary file is kilobytes). */
  boundedAt?: number;
}

// A young-generation collection before each timing, so that garbage left by the last run is not charged to
// this one (the heap's growth, not the finder's, made allocation-heavy finders look quadratic).
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as (options?: { type: 'minor' | 'major' }) => void;
const collect = () => gc({ type: 'minor' });

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function timeOf<T>(run: (input: T) => unknown, input: T, repeat: number): number {
  collect();
  const start = cpuMs();
  for (let i = 0; i < repeat; i++) run(input);
  return (cpuMs() - start) / repeat;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * The doubling ratio of `run` on inputs made by `make(size)`. The size grows (by doubling) until
 * one measurement is long enough to be out of timer noise (past `maxSize`, calls are repeated); a quadratic finder shows itself while growing
 * (it reaches the time at a small size, and the ratio is then measured from there).
 */
export function doublingRatio<T>(run: (input: T) => unknown, make: (size: number) => T, options: DoublingOptions = {}): DoublingMeasure {
  const minMs = options.minMs ?? 8;
  const maxSize = options.maxSize ?? 1 << 18;
  const runs = options.runs ?? 5;
  let size = options.startSize ?? 256;
  let repeat = 1;
  run(make(size)); // warm up the JIT on this shape of input
  for (;;) {
    const input = make(size);
    // The least of two timings: one slow run (a JIT compile, a collection) must not stop the growth early.
    const time = Math.min(timeOf(run, input, repeat), timeOf(run, input, repeat)) * repeat;
    if (time >= minMs) break;
    if (size < maxSize) size *= 2;
    else if (repeat < MAX_REPEAT) repeat *= 2;
    // Still under the noise floor: the finder reads a bounded part of its input (a heading's
    // first words, a marker's first characters). Nothing grows, so there is no ratio to measure.
    else return { size, repeat, small: time / repeat, large: time / repeat, ratio: 1, bounded: true };
  }
  const small = make(size);
  const large = make(size * 2);
  const smallTimes: number[] = [];
  const largeTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    smallTimes.push(timeOf(run, small, repeat));
    largeTimes.push(timeOf(run, large, repeat));
  }
  const smallMs = median(smallTimes);
  const largeMs = median(largeTimes);
  return { size, repeat, small: smallMs, large: largeMs, ratio: largeMs / Math.max(smallMs, 1e-3) };
}

/** Measures twice more (with more runs) before calling a ratio too high: one slow run of a shared machine is not a finding. */
export function confirmedRatio<T>(run: (input: T) => unknown, make: (size: number) => T, limit: number, options: DoublingOptions = {}): DoublingMeasure {
  let measure = doublingRatio(run, make, options);
  for (let attempt = 0; attempt < 4 && measure.ratio > limit; attempt++) {
    // Again with more runs, longer timings and inputs up to four times larger: a millisecond
    // timing is at the mercy of one collection or cache miss.
    // A finder whose real input is bounded is retried at its bound, with more repeats instead.
    // Every other attempt stays at the first sizes: larger inputs leave the processor's caches (×2.51 at 1 MB on an idle machine).
    const grown = options.maxSize ? Math.min(options.maxSize * (attempt % 2 === 0 ? 4 : 1), options.boundedAt ?? Infinity) : undefined;
    const again = doublingRatio(run, make, { ...options, runs: (options.runs ?? 5) + 4, minMs: (options.minMs ?? 8) * 2, ...(grown ? { maxSize: grown } : {}) });
    if (again.ratio < measure.ratio) measure = again;
  }
  return measure;
}
