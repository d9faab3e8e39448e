// The cold parse of many documents on every core: a few parse threads (parseThread.ts) work
// ahead while this thread puts their models into the workspace in the documents' own order, so
// the workspace (ids, duplicates, the order of `all()`) is the one a parse in this thread builds.
// A model is the same whichever thread parsed it (test/server/parsePool.test.ts).
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { DocumentModel } from '../engine/document';
import { ParseThread } from './parseThread';

/** Fewer documents than this are parsed here: starting a thread costs more than it saves. */
export const POOL_MINIMUM_DOCUMENTS = 8;

/**
 * How many parse threads a cold load uses: TREATY_LENS_PARSE_THREADS (0 to 16), none by default.
 * Each thread warms its own compiler and every model is copied back, so threads spend more CPU
 * than they save: on 2 shared cores they made the cold index slower, wall time included
 * (docs/BENCHMARK.md, "Cold index, round four"). Worth trying where cores are idle.
 */
export function parseThreadCount(): number {
  const setting = process.env.TREATY_LENS_PARSE_THREADS?.trim();
  return setting && /^\d+$/.test(setting) ? Math.min(16, Number(setting)) : 0;
}

/** dist/parseWorker.js: next to this bundle (server, CLI), or a folder or two above it (bench and test bundles under dist/). */
function workerScript(): string {
  const candidates = [__dirname, path.dirname(__dirname), path.dirname(path.dirname(__dirname))].map((folder) => path.join(folder, 'parseWorker.js'));
  return candidates.find((file) => existsSync(file)) ?? candidates[0];
}

export class ParsePool {
  private readonly threads: ParseThread[];

  constructor(size: number, script = workerScript()) {
    this.threads = Array.from({ length: size }, () => new ParseThread(script));
  }

  /** The document's model, parsed by the least busy thread. */
  parse(uri: string, text: string, maxLength: number): Promise<DocumentModel> {
    let best = this.threads[0];
    for (const thread of this.threads) if (thread.pendingCount < best.pendingCount) best = thread;
    return best.parse(uri, text, maxLength);
  }

  /** Models a worker parsed (the others were parsed here, the worker being unavailable). */
  get workerModels(): number {
    return this.threads.reduce((n, thread) => n + thread.workerModels, 0);
  }

  get size(): number {
    return this.threads.length;
  }

  stop(): void {
    for (const thread of this.threads) thread.stop();
  }
}

/**
 * Documents added one by one are parsed ahead in the pool (at most `window` waiting) and handed
 * to `set` in the order they were added, with their model. Without a pool, `set` parses.
 */
export class OrderedParse {
  private readonly queue: Array<{ uri: string; text: string; model?: Promise<DocumentModel> }> = [];
  private readonly seen = new Set<string>();

  constructor(
    private readonly pool: ParsePool | undefined,
    private readonly maxLength: number,
    private readonly set: (uri: string, text: string, model: DocumentModel | undefined) => void,
    private readonly window = 2 * (pool?.size ?? 0) + 2,
  ) {}

  async add(uri: string, text: string): Promise<void> {
    // A document named twice is set twice; its second version is parsed as an edit of the first, as before.
    const model = this.pool && !this.seen.has(uri) ? this.pool.parse(uri, text, this.maxLength) : undefined;
    this.seen.add(uri);
    this.queue.push({ uri, text, model });
    while (this.queue.length > this.window) await this.next();
  }

  /** Sets every document still waiting. */
  async finish(): Promise<void> {
    while (this.queue.length) await this.next();
  }

  private async next(): Promise<void> {
    const item = this.queue.shift();
    if (!item) return;
    this.set(item.uri, item.text, item.model ? await item.model : undefined);
  }
}
