// Loaded into the server process by the bench (node --require dist/bench/loopStats.js, with
// TREATY_LENS_LOOP_STATS=<file>): what held the server's main thread, less sensitive to a shared
// machine than a keystroke's wall time. On SIGUSR2 it appends one JSON line for the time since
// the previous line (or the start) and starts again: the bench sends it at the end of each phase.
// - event-loop delay (perf_hooks.monitorEventLoopDelay): how late a 10 ms timer ran;
// - long tasks: gaps of a 5 ms timer longer than 20 / 50 / 100 ms (the thread was held that long,
//   by our code, a garbage collection, or the machine not running the process), the longest first;
// - garbage collections: count, total and longest pause, per kind;
// - event-loop utilisation: the main thread's busy milliseconds (not the parse worker's).
import { appendFileSync } from 'node:fs';
import { monitorEventLoopDelay, performance, PerformanceObserver } from 'node:perf_hooks';
import { isMainThread } from 'node:worker_threads';

const file = process.env.TREATY_LENS_LOOP_STATS;
if (isMainThread && file) {
  const TICK_MS = 5;
  const delay = monitorEventLoopDelay({ resolution: 10 });
  let gaps: number[] = [];
  let gc = { count: 0, totalMs: 0, maxMs: 0, byKind: {} as Record<string, number> };
  let utilisation = performance.eventLoopUtilization();
  let last = performance.now();
  const since = performance.now();
  let phaseStart = since;
  delay.enable();
  setInterval(() => {
    const now = performance.now();
    const gap = now - last - TICK_MS;
    if (gap > 20) gaps.push(gap);
    last = now;
  }, TICK_MS).unref();
  // Node names the kinds by number: 1 scavenge (young generation), 2 mark-compact, 4 incremental marking, 8 weak callbacks.
  const KINDS: Record<number, string> = { 1: 'scavenge', 2: 'markCompact', 4: 'incrementalMarking', 8: 'weakCallbacks' };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const kind = KINDS[(entry as { detail?: { kind?: number } }).detail?.kind ?? 0] ?? 'other';
      gc.count++;
      gc.totalMs += entry.duration;
      gc.maxMs = Math.max(gc.maxMs, entry.duration);
      gc.byKind[kind] = (gc.byKind[kind] ?? 0) + entry.duration;
    }
  }).observe({ entryTypes: ['gc'] });
  process.on('SIGUSR2', () => {
    const now = performance.now();
    const busy = performance.eventLoopUtilization(utilisation);
    const ms = (ns: number) => Math.round(ns / 1e4) / 100;
    const sorted = [...gaps].sort((a, b) => b - a);
    const line = {
      ms: Math.round(now - phaseStart),
      mainThreadBusyMs: Math.round(busy.active),
      delay: { p50: ms(delay.percentile(50)), p95: ms(delay.percentile(95)), p99: ms(delay.percentile(99)), max: ms(delay.max) },
      longTasks: { over20: gaps.length, over50: gaps.filter((g) => g > 50).length, over100: gaps.filter((g) => g > 100).length, longest: sorted.slice(0, 5).map(Math.round) },
      gc: { count: gc.count, totalMs: Math.round(gc.totalMs), maxMs: Math.round(gc.maxMs), byKind: Object.fromEntries(Object.entries(gc.byKind).map(([k, v]) => [k, Math.round(v)])) },
    };
    appendFileSync(file, JSON.stringify(line) + '\n');
    delay.reset();
    gaps = [];
    gc = { count: 0, totalMs: 0, maxMs: 0, byKind: {} };
    utilisation = performance.eventLoopUtilization();
    phaseStart = now;
  });
}
