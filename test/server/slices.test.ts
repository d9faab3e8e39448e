// Work in slices stops at the next item once the client cancels, with RequestCancelled; long
// work cedes to the client's messages, so that a keystroke is answered before the work goes on.
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { CancellationTokenSource, ResponseError, createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { cedeToMessages, inSlices, noteDispatch, noteInput } from '../../server/src/lsp/slices';

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

describe('server: ceding to the messages that came in', () => {
  // Through a real socket, as the client's messages reach the server: read in one turn of the
  // event loop, handled by the connection in a later one.
  it('a message written while an item is worked on is handled before the next item', async () => {
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'treaty-lens-cede-'));
    const socketPath = path.join(folder, 'socket');
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(socketPath, resolve));
    const accepted = new Promise<net.Socket>((resolve) => server.once('connection', resolve));
    const writer = net.connect(socketPath);
    await new Promise<void>((resolve) => writer.once('connect', resolve));
    const reading = await accepted;
    const connection = createMessageConnection(new StreamMessageReader(reading), new StreamMessageWriter(reading), undefined, {
      messageStrategy: { handleMessage: (message, handle) => { noteDispatch(); handle(message); } },
    });
    const handledAt: number[] = [];
    let item = -1;
    connection.onNotification('keystroke', () => handledAt.push(item));
    connection.listen();
    reading.on('data', noteInput);
    try {
      await new Promise((resolve) => setImmediate(resolve));
      const written = [3, 7, 12];
      for (item = 0; item < 16; item++) {
        if (written.includes(item)) {
          const body = JSON.stringify({ jsonrpc: '2.0', method: 'keystroke', params: { item } });
          writer.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
        }
        await cedeToMessages();
      }
      assert.deepEqual(handledAt, written);
    } finally {
      connection.dispose();
      writer.destroy();
      reading.destroy();
      await new Promise((resolve) => server.close(resolve));
      await fs.rm(folder, { recursive: true, force: true });
    }
  });
});
