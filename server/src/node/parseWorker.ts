// The cold parse of documents read from disk, in a worker thread: while a large workspace is
// being indexed, the server's own thread stays free for keystrokes and requests. The model goes
// back by structured clone without its text (the server has it) or line index (rebuilt there).
import { parentPort } from 'node:worker_threads';
import { parseDocument } from '../engine/document';
import { lowerThisThreadPriority } from './threadPriority';

// Keystrokes and requests on the server's thread come first: the cold parse takes the CPU left.
lowerThisThreadPriority();

export interface ParseJob { id: number; uri: string; text: string; maxLength: number }
export type ParseAnswer = { id: number; model: unknown } | { id: number; error: string };

parentPort?.on('message', (job: ParseJob) => {
  let answer: ParseAnswer;
  try {
    const model = parseDocument(job.uri, job.text, 0, { maxLength: job.maxLength });
    answer = { id: job.id, model: { ...model, text: '', lines: undefined } };
  } catch (error) {
    answer = { id: job.id, error: String((error as Error)?.stack ?? error) };
  }
  try {
    parentPort!.postMessage(answer);
  } catch (error) {
    parentPort!.postMessage({ id: job.id, error: `the model could not be sent: ${(error as Error)?.message ?? error}` });
  }
});
