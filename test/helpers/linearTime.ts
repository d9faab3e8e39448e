// Measures how a function's time grows with its input: the time per doubling of the input.
// Linear code gives about 2, quadratic about 4. The ratio is the slope of a least-squares fit of
// log(time) on log(size) over three sizes (n, 2n, 4n), not one pair: one doubling can cross a
// collector threshold or leave a processor cache and show ×1.0 or ×3.2 from linear code (measured
// on an allocation-heavy tokenizer), but quadratic code is steep across the whole range.
// Time is this process's CPU time (process.cpuUsage), so that other processes on a shared
// machine do not count; each size is run several times, interleaved, and the least time kept
// (noise only ever adds time).
// The suite runs with a 64 MB young generation (.mocharc.json's node-option): an allocation-heavy
// finder's live objects (the citation tokenizer's tokens, ~100 bytes each, one per Chinese character)
// then stay young up to about 512 KB of input, and are not copied out by each collection past a size
// that falls inside the measured range (linear code failed a CI run: ×6.0 at the last doubling, to
// 128 KB of Chinese, ×2.51 over five doublings). Quadratic code is as steep with any heap.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export interface DoublingMeasure {
  /** Smallest size measured (the largest is `size * 2 ** DOUBLINGS`). */
  size: number;
  /** Calls per timing at the largest size (each smaller size is called more, for the same volume). */
  repeat: number;
  /** Every size measured, and the least CPU milliseconds per call at each. */
  sizes: number[];
  times: number[];
  /** CPU milliseconds per call at the smallest and the largest size. */
  small: number;
  large: number;
  /** Time factor per doubling of the input, from the fit over every size. */
  ratio: number;
  /** True when even `MAX_REPEAT` calls on the largest input stay under the noise floor. */
  bounded?: boolean;
  /** A wide measure's steepest doubling, set aside from `ratio` (see `withoutKnees`). */
  knee?: { from: number; factor: number };
  /** Its second steepest, set aside too in a measure of five doublings or more. */
  secondKnee?: { from: number; factor: number };
}

const MAX_REPEAT = 64;
/**
 * The wide re-measure never starts below this many characters. Finders read bounded windows around what they find (a
 * citation's sentence, up to 300–420 characters either way; an item's lead-in), and in a smaller input each find sees
 * less than a whole window: linear resolution measured ×2.7 per doubling from 128 characters, ×2.0 from 1 KB up.
 * Quadratic code is steeper higher up, never flatter, so the floor cannot hide one.
 */
const WINDOW_FLOOR = 1 << 11;
/** Doublings spanned by one measure: sizes n, 2n, 4n. */
const DOUBLINGS = Number(process.env.TREATY_LENS_DOUBLINGS ?? 2);

export interface DoublingOptions {
  /** The smallest input is grown until one call takes at least this long (ms of CPU). */
  minMs?: number;
  /** Half the largest size measured (the largest input is twice this); past it, calls are repeated instead. */
  maxSize?: number;
  startSize?: number;
  runs?: number;
  /** Doublings spanned by the measure (default `DOUBLINGS`). */
  doublings?: number;
  /** Measure from exactly this smallest size (no growth): the wide re-measure of `confirmedRatio`. */
  fromSize?: number;
  /** The family repeats every `period` characters: a wide measure never starts below one period. */
  period?: number;
  /** The input's real bound: the wide re-measure never passes twice this (a vocabulary file is kilobytes). */
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

/** Slope of the least-squares line through (log2 size, log2 time). */
function slopeOf(sizes: number[], times: number[]): number {
  const xs = sizes.map(Math.log2);
  const ys = times.map((t) => Math.log2(Math.max(t, 1e-3)));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i] - mx) * (ys[i] - my);
    den += (xs[i] - mx) ** 2;
  }
  return num / den;
}

/** Doublings a measure must span before one of its steps may be set aside as a knee (a second knee needs one more). */
const KNEE_SPAN = 4;

/**
 * The time per doubling over a wide measure with its steepest steps set aside as knees: when the live objects of one
 * call outgrow the young generation, each collection inside the call copies them, and linear code pays a higher cost
 * per character from that size on: one step of ×4–8 (measured ×4.06 from 128 to 256 KB on a loaded CI machine, ×8.6
 * from 256 to 512 KB here, for the citation tokenizer's 262,000 tokens), linear on either side of it. The processor's
 * cache is a second such threshold, lower down (the citation tokenizer: 20 ns a character to 32 KB, 47 from 64 KB with
 * a 64 MB young generation, where no collection copies anything; 300 ns past the collector's knee at 512 KB). A fit over
 * five doublings that holds such a step measured ×2.54.
 * So a measure of `KNEE_SPAN` doublings may set one step aside, one of five doublings two; never its last step
 * (quadratic code is steepest there, and a knee at the top is seen by the measure one doubling higher). Quadratic
 * code is steep at every step (×4 each), so the steps left still show it.
 */
function withoutKnees(measure: DoublingMeasure): DoublingMeasure {
  const steps = measure.times.slice(1).map((time, i) => Math.max(time, 1e-3) / Math.max(measure.times[i], 1e-3));
  if (steps.length < KNEE_SPAN) return measure;
  const knees = steps.length > KNEE_SPAN ? 2 : 1;
  const setAside = steps.slice(0, -1).map((factor, i) => ({ factor, i })).sort((a, b) => b.factor - a.factor).slice(0, knees).map((step) => step.i);
  const others = steps.filter((_, i) => !setAside.includes(i));
  const ratio = Math.exp(others.reduce((sum, step) => sum + Math.log(step), 0) / others.length);
  const steepest = setAside[0];
  return ratio < measure.ratio ? { ...measure, ratio, knee: { from: measure.sizes[steepest], factor: steps[steepest] }, ...(setAside.length > 1 ? { secondKnee: { from: measure.sizes[setAside[1]], factor: steps[setAside[1]] } } : {}) } : measure;
}

/**
 * The time per doubling of `run` on inputs made by `make(size)`. The smallest size grows (by
 * doubling) until one measurement is long enough to be out of timer noise (while the largest input
 * would pass twice `maxSize`, calls are repeated instead); a quadratic finder shows itself while
 * growing (it reaches the time at a small size, and the fit is measured from there).
 */
export function doublingRatio<T>(run: (input: T) => unknown, make: (size: number) => T, options: DoublingOptions = {}): DoublingMeasure {
  const minMs = options.minMs ?? 8;
  const maxSize = options.maxSize ?? 1 << 18;
  const runs = options.runs ?? 5;
  const doublings = options.doublings ?? DOUBLINGS;
  const span = 2 ** doublings;
  let size = options.fromSize ?? options.startSize ?? 256;
  let repeat = 1;
  run(make(size)); // warm up the JIT on this shape of input
  for (;;) {
    if (options.fromSize) break;
    const input = make(size);
    // The least of two timings: one slow run (a JIT compile, a collection) must not stop the growth early.
    const time = Math.min(timeOf(run, input, repeat), timeOf(run, input, repeat)) * repeat;
    if (time >= minMs) break;
    if (size * span <= maxSize) size *= 2;
    else if (repeat < MAX_REPEAT) repeat *= 2;
    // Still under the noise floor: the finder reads a bounded part of its input (a heading's
    // first words, a marker's first characters). Nothing grows, so there is no ratio to measure.
    else return { size, repeat, sizes: [size], times: [time / repeat], small: time / repeat, large: time / repeat, ratio: 1, bounded: true };
  }
  const sizes = Array.from({ length: doublings + 1 }, (_, i) => size * 2 ** i);
  const inputs = sizes.map(make);
  // Every timing reads the same volume of input (n repeated 4 times, 2n twice, 4n once), so that
  // each allocates about as much and pays its share of collections: with one call each, the least
  // time at n was often a run between two collections, and linear code looked ×2.6 per doubling.
  const repeats = sizes.map((_, i) => repeat * 2 ** (doublings - i));
  const best = sizes.map(() => Infinity);
  for (let r = 0; r < runs; r++) {
    for (let i = 0; i < inputs.length; i++) best[i] = Math.min(best[i], timeOf(run, inputs[i], repeats[i]));
  }
  return { size, repeat, sizes, times: best, small: best[0], large: best[best.length - 1], ratio: 2 ** slopeOf(sizes, best) };
}

/** Measures again (with more runs) before calling a ratio too high: one slow run of a shared machine is not a finding. */
export function confirmedRatio<T>(run: (input: T) => unknown, make: (size: number) => T, limit: number, options: DoublingOptions = {}): DoublingMeasure {
  let measure = doublingRatio(run, make, options);
  if (measure.ratio <= limit) return measure;
  // Again with more runs and longer timings.
  const again = doublingRatio(run, make, { ...options, runs: (options.runs ?? 5) + 4, minMs: (options.minMs ?? 8) * 2 });
  if (again.ratio < measure.ratio) measure = again;
  if (measure.ratio <= limit || measure.bounded) return measure;
  // Then over a wide range, n/4 to 8n (never past twice a real bound): one doubling may cross a
  // collector's threshold (an allocation-heavy tokenizer's live tokens outgrowing the young
  // generation cost ×3–5 at one step) or change the family's mix of lines (a 200-deep descent
  // repeats every ~84 KB), or pass the processor's cache, but such steps are two of five and are
  // set aside (`withoutKnees`); quadratic code is steep at every one.
  // A family built of whole periods is never cut below one period: from n to 16n instead.
  const top = Math.min(measure.size * (options.period ? 16 : 8), options.boundedAt ? options.boundedAt * 2 : Infinity);
  const from = options.period ? Math.max(options.period, measure.size) : Math.max(WINDOW_FLOOR, Math.floor(measure.size / 4));
  const doublings = Math.max(DOUBLINGS, Math.floor(Math.log2(top / from)));
  const wide = withoutKnees(doublingRatio(run, make, { ...options, runs: options.runs ?? 5, fromSize: from, doublings }));
  if (wide.ratio < measure.ratio) measure = wide;
  if (measure.ratio <= limit || (options.boundedAt && from * 2 ** (doublings + 1) > options.boundedAt * 2)) return measure;
  // Last, the same span one doubling higher: the young generation's knee sits between 128 and
  // 512 KB of tokens (it moves with --max-semi-space-size), and a span that starts below it
  // measured linear tokenizers ×2.5 on a loaded machine, ×1.9–2.0 above it. Quadratic code is
  // steeper higher up, never flatter, so this cannot hide one.
  const higher = withoutKnees(doublingRatio(run, make, { ...options, runs: options.runs ?? 5, fromSize: from * 2, doublings }));
  if (higher.ratio < measure.ratio) measure = higher;
  if (measure.ratio <= limit) return measure;
  // Last of all, the first measure once more with twice the runs and longer timings: on 2 busy cores a
  // collector thread's work lands in this process's CPU time at some sizes and not others (a linear
  // term matcher measured ×2.53 and ×2.55 in one CI run, ×1.9–2.3 in the next). Quadratic code measures
  // ×4 on every attempt, so this cannot hide one.
  const last = doublingRatio(run, make, { ...options, runs: ((options.runs ?? 5) + 4) * 2, minMs: (options.minMs ?? 8) * 4 });
  return last.ratio < measure.ratio ? last : measure;
}

/** One line for a failure message: the sizes, the times and the time per doubling. */
export function describeMeasure(measure: DoublingMeasure, unit = 'chars'): string {
  if (measure.bounded) return `reads a bounded part of its input (${measure.small.toFixed(3)} ms at ${measure.size} ${unit})`;
  const times = measure.times.map((t) => t.toFixed(2)).join(' / ');
  const second = measure.secondKnee ? ` and the step from ${measure.secondKnee.from} ${unit}, ×${measure.secondKnee.factor.toFixed(2)},` : '';
  const knee = measure.knee ? ` (the step from ${measure.knee.from} ${unit}, ×${measure.knee.factor.toFixed(2)},${second} set aside as ${second ? 'memory knees' : 'a memory knee'})` : '';
  return `${measure.sizes[0]} → ${measure.sizes[measure.sizes.length - 1]} ${unit}, ${times} ms, ×${measure.ratio.toFixed(2)} per doubling${knee}`;
}
