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

  private lastStep = -Infinity;

  /**
   * Before each step of background work (a document indexed, a document's diagnostics published
   * after indexing): undefined when it may go on now, else a promise that resolves when typing
   * has paused or the work has waited long enough since the step before. Either way the step is
   * counted as taken. Nothing to await when nobody types (most steps of a long index).
   */
  nextStep(sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms))): Promise<void> | undefined {
    if (this.waitFor(this.lastStep) === 0) {
      this.lastStep = this.now();
      return undefined;
    }
    return this.stepAfterWaiting(sleep);
  }

  private async stepAfterWaiting(sleep: (ms: number) => Promise<void>): Promise<void> {
    // In short sleeps: a pause that began meanwhile is noticed within 50 ms.
    for (let wait = this.waitFor(this.lastStep); wait > 0; wait = this.waitFor(this.lastStep)) await sleep(Math.min(wait, 50));
    this.lastStep = this.now();
  }
}
