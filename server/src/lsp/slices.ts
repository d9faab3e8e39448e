// Long work in slices that yield to incoming messages: a keystroke or a cancellation arriving
// while the server re-checks a hundred documents is read between two slices, not after all.
import { LSPErrorCodes, ResponseError, type CancellationToken, type ResponseMessage, type Message } from 'vscode-languageserver';

/** How long one slice runs before the server reads its messages again. */
const SLICE_MS = 10;

/** Resolves after the event loop has read pending input (incoming messages). */
export function yieldToMessages(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * What the connection reports (server.ts: `noteInput` on every chunk or message read from the
 * client, `noteDispatch` when the connection hands a message to its handler). Input read in one
 * turn of the event loop is decoded by the reader in the next turn, queued by the connection and
 * handled one message per turn after that, each step behind an immediate scheduled before it.
 * So a yield of one turn lets a message be read but not handled; `cedeToMessages` yields until
 * QUIET_TURNS turns in a row passed with nothing read or handled.
 */
const traffic = { input: 0, dispatched: 0 };

export function noteInput(): void {
  traffic.input++;
}

export function noteDispatch(): void {
  traffic.dispatched++;
}

/** Turns yielded at most in one cede: a client that never stops sending cannot stop the work for good. */
const MAX_CEDED_TURNS = 64;
/** Turns with nothing read or handled after which no message read before is still on its way. */
const QUIET_TURNS = 2;

/**
 * Resolves once the messages that arrived before (or while) it was called have been handled:
 * a keystroke sent while the server indexes is answered before the indexing goes on.
 */
export async function cedeToMessages(): Promise<void> {
  let quiet = 0;
  for (let turn = 0; turn < MAX_CEDED_TURNS && quiet < QUIET_TURNS; turn++) {
    const before = traffic.input + traffic.dispatched;
    await yieldToMessages();
    quiet = traffic.input + traffic.dispatched === before ? quiet + 1 : 0;
  }
}

export function cancelledError(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
}

export function throwIfCancelled(token?: CancellationToken): void {
  if (token?.isCancellationRequested) throw cancelledError();
}

/**
 * Runs `work` on every item, yielding to incoming messages between slices. With a token, stops
 * with a RequestCancelled error as soon as the client cancels (checked before every item).
 * `beforeItem`, when given, is called before every item and what it returns awaited, if anything
 * (background work waiting for the user to pause typing: typingPause.ts).
 */
export async function inSlices<T>(items: Iterable<T>, work: (item: T) => void, token?: CancellationToken, beforeItem?: () => Promise<void> | undefined): Promise<void> {
  let sliceStart = performance.now();
  for (const item of items) {
    throwIfCancelled(token);
    const waiting = beforeItem?.();
    if (waiting) {
      await waiting;
      throwIfCancelled(token);
    }
    if (performance.now() - sliceStart > SLICE_MS) {
      await cedeToMessages();
      throwIfCancelled(token);
      sliceStart = performance.now();
    }
    work(item);
  }
  await cedeToMessages();
  throwIfCancelled(token);
}

/**
 * For the connection: a request cancelled before its handler started is answered as cancelled
 * at once (the library's default runs it anyway, and the client waits for nothing).
 */
export function cancelUndispatched(message: Message): ResponseMessage | undefined {
  const id = (message as { id?: number | string | null }).id;
  if (id === undefined) return undefined;
  return { jsonrpc: '2.0', id, error: { code: LSPErrorCodes.RequestCancelled, message: 'The request was cancelled before it started.' } };
}
