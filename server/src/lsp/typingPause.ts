// While the user types, indexing the rest of the workspace waits: a letter then finds the
// server's thread free instead of behind a document being put to rest. Indexing goes on once
// typing pauses, and never stops for good: at least one document every MAX_WAIT_MS while
// letters keep coming (a user typing for minutes still gets the workspace indexed).

/** Letters closer than this belong to one burst of typing (people type 3–10 letters a second). */
export const TYPING_QUIET_MS = 300;
/** Indexing steps at least this often, however fast the letters come. */
export const MAX_WAIT_MS = 1000;

export class TypingPause {
  private lastTyped = -Infinity;

  constructor(private readonly now: () => number = () => performance.now(), private readonly quietMs = TYPING_QUIET_MS, private readonly maxWaitMs = MAX_WAIT_MS) {}

  /** The user changed an open document. */
  typed(): void {
    this.lastTyped = this.now();
  }

  /** How long background work that last stepped at `lastStep` should still wait (0: go on). */
  waitFor(lastStep: number): number {
    const now = this.now();
    const quietIn = this.lastTyped + this.quietMs - now;
    const overdueIn = lastStep + this.maxWaitMs - now;
    return Math.max(0, Math.min(quietIn, overdueIn));
  }

  /** Resolves when typing has paused, or when background work has waited long enough since `lastStep`. */
  async until(lastStep: number, sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms))): Promise<void> {
    for (let wait = this.waitFor(lastStep); wait > 0; wait = this.waitFor(lastStep)) await sleep(Math.min(wait, 50));
  }

  private lastStep = -Infinity;

  /**
   * Before each step of background work (a document indexed, a document's diagnostics published
   * after indexing): resolves when it may go on, as `until` says since the last step taken through
   * here, and counts this one as taken.
   */
  async nextStep(sleep?: (ms: number) => Promise<void>): Promise<void> {
    await this.until(this.lastStep, sleep);
    this.lastStep = this.now();
  }
}
