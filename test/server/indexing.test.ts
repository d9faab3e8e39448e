// A large workspace indexes in the background: the open document answers at once.
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LspTestClient, positionOf, repositoryRoot } from '../helpers/lspClient';

describe('language server on a large workspace', function () {
  this.timeout(400000);
  let root: string;
  let client: LspTestClient | undefined;

  before(async () => {
    // 300 documents (about 20 MB): copies of the corpus's laws and treaties under new ids.
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'treaty-lens-large-'));
    const corpus = path.join(repositoryRoot(), 'corpus');
    const sources = (await fs.readdir(corpus)).filter((name) => name.endsWith('.md') && name !== 'README.md');
    for (let i = 0; i < 300; i++) {
      const name = sources[i % sources.length];
      const text = await fs.readFile(path.join(corpus, name), 'utf8');
      await fs.writeFile(path.join(root, `copy-${String(i).padStart(3, '0')}-${name}`), text.replace(/^id: (.*)$/m, `id: $1-copy-${i}`));
    }
    await fs.copyFile(path.join(corpus, 'coe-ets185-en.md'), path.join(root, 'zz-budapest.md'));
  });
  after(async () => {
    await client?.stop();
    await fs.rm(root, { recursive: true, force: true });
  });

  it('answers a hover in the open document while the rest is still indexing', async () => {
    client = await LspTestClient.start(root, { waitForIndex: false });
    const text = await fs.readFile(path.join(root, 'zz-budapest.md'), 'utf8');
    const uri = await client.open('zz-budapest.md', text);
    const position = positionOf(text, 'computer data', 'Article 4 – Data interference');
    const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: { line: position.line, character: position.character + 2 } });
    const statusesAtAnswer = client.statuses.length;
    assert.ok(hover, 'a hover');
    assert.match(hover.contents.value, /any representation of facts, information or concepts/);
    // Ordered by events, not by time: the status that says the index is complete must come after the
    // answer, and the server must have said it was indexing (no status at all is a failure, not a pass).
    await client.waitForStatus((status) => !status.indexing && status.documents === 301, 300000);
    const complete = client.statuses.findIndex((status) => !status.indexing && status.documents === 301);
    assert.ok(client.statuses.some((status) => status.indexing), `the server never reported indexing: ${JSON.stringify(client.statuses)}`);
    assert.ok(complete >= statusesAtAnswer, `answered after the index was complete (status ${complete} of ${client.statuses.length}; ${statusesAtAnswer} had arrived at the answer)`);
  });

  it('checks each keystroke typed while the rest is still indexing against its new text, before the index is complete', async () => {
    await client?.stop();
    client = await LspTestClient.start(root, { waitForIndex: false });
    const text = await fs.readFile(path.join(root, 'zz-budapest.md'), 'utf8');
    const uri = await client.open('zz-budapest.md', text);
    await client.waitForStatus((status) => status.indexing, 300000);
    const brokenCitation = (list: Array<{ code?: string; message: string }>) => list.some((d) => d.code === 'broken-reference' && /99/.test(d.message));
    const before = await client.waitForDiagnostics(uri, () => true, 300000);
    assert.ok(!brokenCitation(before), 'the Convention cites no article 99');
    // The user writes a citation of an article the Convention does not have, then takes it back.
    const at = text.indexOf('computer data', text.indexOf('### Article 4 – Data interference'));
    const typed = text.slice(0, at) + 'the data of Article 99 and ' + text.slice(at);
    await client.change(uri, typed);
    await client.waitForDiagnostics(uri, brokenCitation, 300000);
    const statusesAtFirst = client.statuses.length;
    await client.change(uri, text);
    await client.waitForDiagnostics(uri, (list) => !brokenCitation(list), 300000);
    const statusesAtSecond = client.statuses.length;
    await client.waitForStatus((status) => !status.indexing && status.documents === 301, 300000);
    const complete = client.statuses.findIndex((status) => !status.indexing && status.documents === 301);
    assert.ok(complete >= statusesAtFirst && complete >= statusesAtSecond, `a keystroke was checked only after the index was complete (status ${complete}; ${statusesAtFirst} and ${statusesAtSecond} had arrived)`);
    // What was published while indexing is what the index says once complete.
    await client.waitForDiagnostics(uri, (list) => !brokenCitation(list), 300000);
  });
});
