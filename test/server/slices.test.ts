// Work in slices stops at the next item once the client cancels, with RequestCancelled.
import * as assert from 'node:assert/strict';
import { CancellationTokenSource, ResponseError } from 'vscode-jsonrpc/node';
import { inSlices } from '../../server/src/lsp/slices';

describe('server: work in slices', () => {
  it('stops at the item after the cancellation and rejects with RequestCancelled', async () => {
    const source = new CancellationTokenSource();
    const done: number[] = [];
    const items = Array.from({ length: 1000 }, (_, i) => i);
    await assert.rejects(inSlices(items, (i) => {
      done.push(i);
      if (i === 10) source.cancel();
    }, source.token), (error: unknown) => error instanceof ResponseError && error.code === -32800);
    assert.deepEqual(done, items.slice(0, 11));
  });

  it('without cancellation, does every item once, in order', async () => {
    const done: number[] = [];
    await inSlices([1, 2, 3], (i) => done.push(i));
    assert.deepEqual(done, [1, 2, 3]);
  });
});
