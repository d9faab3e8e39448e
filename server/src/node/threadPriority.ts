// The parse worker yields the CPU to the server's own thread: on Linux a thread has its own nice
// value, so the worker lowers its own (an unprivileged thread may always lower its priority).
// While a large workspace indexes, a keystroke then waits less for a CPU taken by the cold
// parse; when nothing else runs, the worker still has a CPU to itself and indexes as fast.
import { readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/** The nice value of a background parse thread (0 is the default, 19 the lowest priority). */
export const BACKGROUND_NICE = 10;

/**
 * Lowers the calling thread's priority to `nice` (never raises it: a server started at a lower
 * priority stays there); false where the system has no per-thread priority (not Linux).
 */
export function lowerThisThreadPriority(nice = BACKGROUND_NICE): boolean {
  try {
    // "/proc/thread-self" links to "<pid>/task/<tid>": the id setpriority takes for one thread
    const tid = Number(/task\/(\d+)$/.exec(readlinkSync('/proc/thread-self'))?.[1]);
    if (!Number.isInteger(tid) || tid <= 0) return false;
    if (getPriority(tid) < nice) setPriority(tid, nice);
    return true;
  } catch {
    return false;
  }
}
