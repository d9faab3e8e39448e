// Long work in slices that yield to incoming messages: a keystroke or a cancellation arriving
// while the server re-checks a hundred documents is read between two slices, not after all.
import { LSPErrorCodes, ResponseError, type CancellationToken, type ResponseMessage, type Message } from 'vscode-languageserver';

/** How long one slice runs before the server reads its messages again. */
const SLICE_MS = 10;

/** Resolves after the event loop has read pending input (incoming messages). */
export function yieldToMessages(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
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
 */
export async function inSlices<T>(items: Iterable<T>, work: (item: T) => void, token?: CancellationToken): Promise<void> {
  let sliceStart = performance.now();
  for (const item of items) {
    throwIfCancelled(token);
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToMessages();
      throwIfCancelled(token);
      sliceStart = performance.now();
    }
    work(item);
  }
  await yieldToMessages();
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
