// Parses documents in a worker thread (parseWorker.ts, bundled as dist/parseWorker.js next to
// the server). Where the worker cannot start or fails, the document is parsed in this thread:
// the result is the same model either way, only where the time is spent differs.
import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { parseDocument, type DocumentModel } from '../engine/document';
import { LineIndex } from '../engine/text';
import type { ParseAnswer, ParseJob } from './parseWorker';

export class ParseThread {
  private worker?: Worker;
  private failed = false;
  private nextId = 0;
  /** Models the worker parsed (not this thread): what tests check to know the worker was used. */
  workerModels = 0;
  private readonly pending = new Map<number, { resolve: (model: DocumentModel) => void; uri: string; text: string; maxLength: number }>();

  constructor(private readonly script = path.join(__dirname, 'parseWorker.js')) {}

  /** The model of a document read from disk (version 0), parsed off this thread when possible. */
  parse(uri: string, text: string, maxLength: number): Promise<DocumentModel> {
    const worker = this.start();
    if (!worker) return Promise.resolve(parseDocument(uri, text, 0, { maxLength }));
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, { resolve, uri, text, maxLength });
      worker.postMessage({ id, uri, text, maxLength } satisfies ParseJob);
    });
  }

  /** Documents sent and not yet answered. */
  get pendingCount(): number {
    return this.pending.size;
  }

  stop(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private start(): Worker | undefined {
    if (this.worker || this.failed) return this.worker;
    if (!existsSync(this.script)) {
      this.failed = true;
      return undefined;
    }
    try {
      const worker = new Worker(this.script);
      worker.unref();
      worker.on('message', (answer: ParseAnswer) => this.answer(answer));
      worker.on('error', () => this.fail());
      worker.on('exit', () => this.fail());
      this.worker = worker;
    } catch {
      this.failed = true;
    }
    return this.worker;
  }

  private answer(answer: ParseAnswer): void {
    const job = this.pending.get(answer.id);
    if (!job) return;
    this.pending.delete(answer.id);
    if ('error' in answer) {
      job.resolve(parseDocument(job.uri, job.text, 0, { maxLength: job.maxLength }));
      return;
    }
    const model = answer.model as DocumentModel;
    this.workerModels++;
    job.resolve({ ...model, text: job.text, version: 0, lines: new LineIndex(job.text) });
  }

  /** The worker is gone: what it had not answered is parsed here, and so is everything after. */
  private fail(): void {
    if (this.failed && !this.worker) return;
    this.failed = true;
    this.worker = undefined;
    const jobs = [...this.pending.entries()];
    this.pending.clear();
    for (const [, job] of jobs) job.resolve(parseDocument(job.uri, job.text, 0, { maxLength: job.maxLength }));
  }
}
