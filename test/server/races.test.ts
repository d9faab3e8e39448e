// Races between indexing and the editor, through the real server: a settings change while the
// workspace is being indexed, and documents opened while their disk copies are being read.
// Ordered by events (status and log notifications), never by time.
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { LspTestClient } from '../helpers/lspClient';
import { lawName, lawsWorkspace, OTHER_DOCUMENTS } from '../helpers/lawsWorkspace';

const COPIES = 150;
const makeWorkspace = (prefix: string) => lawsWorkspace(prefix, COPIES);

describe('language server: races between indexing and the editor', function () {
  this.timeout(180000);
  const roots: string[] = [];
  let client: LspTestClient | undefined;
  afterEach(async () => {
    await client?.stop();
    client = undefined;
  });
  after(async () => {
    for (const root of roots) await fs.rm(root, { recursive: true, force: true });
  });

  it('a settings change while indexing re-indexes every document and keeps the vocabulary file', async () => {
    const root = await makeWorkspace('treaty-lens-race-settings-');
    roots.push(root);
    client = await LspTestClient.start(root, { waitForIndex: false });
    const started = client;
    // As soon as indexing reports progress, exclude one document.
    await started.waitForStatus((status) => status.indexing && (status as { done?: number }).done! > 0);
    started.settings = { exclude: ['**/law-149.md'] };
    await started.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await started.waitForStatus((status) => !status.indexing && started.logs.some((line) => line.includes('file settings changed')) &&
      started.logs.some((line, i) => /indexed \d+ documents/.test(line) && i > started.logs.findIndex((l) => l.includes('file settings changed'))));
    const changedAt = started.logs.findIndex((line) => line.includes('file settings changed'));
    const firstIndexed = started.logs.findIndex((line) => /indexed \d+ documents/.test(line));
    assert.ok(changedAt >= 0 && (firstIndexed < 0 || firstIndexed > changedAt), `the settings changed while the first index was running: ${started.logs.join(' | ')}`);
    assert.equal(started.lastStatus?.documents, COPIES - 1 + OTHER_DOCUMENTS, 'every document but the excluded one');
    // The vocabulary file still applies: "zorbic widget" is another instrument's word for "computer system".
    const draft = started.uri('zz-draft.md');
    const symbols = await started.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri: started.uri('law-000.md') } });
    assert.ok(symbols.length > 0, 'a document indexed before the change is still there');
    const list = await started.waitForDiagnostics(draft, () => true);
    assert.ok(list.some((d) => d.code === 'rival-term' && d.message.includes('zorbic widget')), JSON.stringify(list.map((d) => d.message)));
  });

  it('documents opened while the index reads them keep the editor\'s text', async () => {
    const root = await makeWorkspace('treaty-lens-race-open-');
    roots.push(root);
    client = await LspTestClient.start(root, { waitForIndex: false });
    const started = client;
    const marker = '\n\nSee subsection (99).\n';
    const uris: string[] = [];
    // Open every document, each with unsaved text, once indexing is under way.
    await started.waitForStatus((status) => status.indexing);
    for (let i = 0; i < COPIES; i++) {
      const name = lawName(i);
      const text = await fs.readFile(path.join(root, name), 'utf8');
      uris.push(await started.open(name, text + marker));
    }
    // Indexing with every document open and changed takes minutes on a loaded two-core machine.
    await started.waitForStatus((status) => !status.indexing && status.documents === COPIES + OTHER_DOCUMENTS, 150000);
    const lost = uris.filter((uri) => !(started.diagnostics.get(uri) ?? []).some((d) => d.code === 'broken-reference' && /\(99\)/.test(d.message)));
    assert.deepEqual(lost, [], 'documents whose unsaved text was replaced by the disk copy');
  });
});
