// A structural edit re-checks its dependants in slices, so a keystroke or a request that
// arrives meanwhile is answered before they are all done; long requests honour the client's
// cancellation. Through the real server; ordered by events, never by time.
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { CancellationTokenSource, ResponseError } from 'vscode-jsonrpc/node';
import { LspTestClient, positionOf } from '../helpers/lspClient';
import { lawsWorkspace } from '../helpers/lawsWorkspace';

const COPIES = 150;
const REQUEST_CANCELLED = -32800;

describe('language server: responsive under a structural edit', function () {
  this.timeout(180000);
  let root: string;
  let client: LspTestClient;
  let budapest: string;
  let budapestUri: string;

  before(async () => {
    root = await lawsWorkspace('treaty-lens-responsive-', COPIES);
    client = await LspTestClient.start(root);
    budapest = await fs.readFile(path.join(root, 'budapest.md'), 'utf8');
    budapestUri = await client.open('budapest.md', budapest);
  });
  after(async () => {
    await client.stop();
    await fs.rm(root, { recursive: true, force: true });
  });

  async function until(condition: () => boolean): Promise<void> {
    while (!condition()) await new Promise((resolve) => setImmediate(resolve));
  }

  it('renumbering an article: a keystroke and a hover are answered before every dependant is re-checked', async () => {
    const from = client.published.length;
    const lawsPublished = () => client.published.slice(from).filter((uri) => /law-\d+\.md$/.test(uri)).length;
    const renumbered = budapest.replace('### Article 2 – Illegal access', '### Article 2A – Illegal access');
    await client.change(budapestUri, renumbered);
    await until(() => lawsPublished() > 0);
    await client.change(budapestUri, renumbered + '\nA keystroke.');
    const position = positionOf(renumbered, 'computer data', 'Article 4 – Data interference');
    const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: budapestUri }, position: { line: position.line, character: position.character + 2 } });
    const atAnswer = lawsPublished();
    assert.ok(hover && /any representation of facts/.test(hover.contents.value));
    assert.ok(atAnswer < COPIES, `the hover waited for all ${COPIES} dependants (${atAnswer} re-checked when it was answered)`);
    await until(() => lawsPublished() >= COPIES);
  });

  it('references after a structural edit: cancelled by the client, answered RequestCancelled; asked again, answered', async () => {
    await client.change(budapestUri, budapest.replace('### Article 3 – Illegal interception', '### Article 3A – Illegal interception'));
    const heading = positionOf(budapest, 'Article 14', '### Article 14');
    const params = { textDocument: { uri: budapestUri }, position: heading, context: { includeDeclaration: false } };
    const source = new CancellationTokenSource();
    const pending = client.connection.sendRequest('textDocument/references', params, source.token);
    source.cancel();
    await assert.rejects(pending, (error: unknown) => error instanceof ResponseError && error.code === REQUEST_CANCELLED);
    const answered = await client.request<Array<{ uri: string }>>('textDocument/references', params);
    assert.ok(answered.length > 0, 'article 14 is cited');
  });

  it('workspace symbols, code lenses and rename honour cancellation too', async () => {
    const requests: Array<[string, unknown]> = [
      ['workspace/symbol', { query: 'article 2' }],
      ['textDocument/codeLens', { textDocument: { uri: budapestUri } }],
      ['textDocument/rename', { textDocument: { uri: budapestUri }, position: positionOf(budapest, 'computer data', 'Article 4 – Data interference'), newName: 'digital data' }],
    ];
    for (const [index, [method, params]] of requests.entries()) {
      // A structural edit first (renumbered article): the request and its cancellation reach a
      // busy server, and the edit makes the request's cross-document work long again.
      await client.change(budapestUri, budapest.replace('### Article 5 – System interference', `### Article 5${'A'.repeat(index + 1)} – System interference`));
      const source = new CancellationTokenSource();
      const pending = client.connection.sendRequest(method, params, source.token);
      source.cancel();
      await assert.rejects(pending, (error: unknown) => error instanceof ResponseError && error.code === REQUEST_CANCELLED, method);
    }
  });
});
