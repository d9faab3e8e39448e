// Typing in a document that incorporates another's definitions re-checks the other, through the
// real server: whether a term is used decides the defining document's unused-definition.
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LspTestClient } from '../helpers/lspClient';
import { frontMatter, joinLines } from '../helpers/workspace';

const TREATY = joinLines(
  frontMatter({ id: 'widgets', title: 'Convention on Widgets', type: 'treaty', language: 'en' }),
  '# Convention on Widgets', '', '### Article 1 – Use of terms', '',
  'For the purposes of this Convention, "widget" means a small device that processes data.', '',
  '### Article 2 – Offences', '', 'Each Party shall adopt measures.', '',
);
const LAW = joinLines(
  frontMatter({ id: 'widget-act', title: 'Widget Act', type: 'law', language: 'en', incorporates: ['widgets'] }),
  '# Widget Act', '', '### Section 1 – Offence', '', 'A person who damages a device commits an offence.', '',
);

describe('language server: documents that incorporate others\' definitions', function () {
  this.timeout(60000);
  let root: string;
  let client: LspTestClient;

  before(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'treaty-lens-incorporation-'));
    await fs.writeFile(path.join(root, 'widgets.md'), TREATY);
    await fs.writeFile(path.join(root, 'widget-act.md'), LAW);
    client = await LspTestClient.start(root);
  });
  after(async () => {
    await client.stop();
    await fs.rm(root, { recursive: true, force: true });
  });

  const unused = (list: Array<{ code?: string; message: string }>) => list.filter((d) => d.code === 'unused-definition' && d.message.includes('widget'));

  it('a law that starts using an incorporated term clears the treaty\'s unused-definition, and stopping brings it back', async () => {
    const treatyUri = await client.open('widgets.md', TREATY);
    const lawUri = await client.open('widget-act.md', LAW);
    await client.waitForDiagnostics(treatyUri, (list) => unused(list).length === 1);
    await client.change(lawUri, LAW.replace('damages a device', 'damages a widget'));
    await client.waitForDiagnostics(treatyUri, (list) => unused(list).length === 0);
    await client.change(lawUri, LAW);
    const list = await client.waitForDiagnostics(treatyUri, (l) => unused(l).length === 1);
    assert.equal(unused(list).length, 1);
  });

  it('a keystroke in the treaty outside its definitions keeps the term used by the law', async () => {
    const treatyUri = client.uri('widgets.md');
    const lawUri = client.uri('widget-act.md');
    await client.change(lawUri, LAW.replace('damages a device', 'damages a widget'));
    await client.waitForDiagnostics(treatyUri, (list) => unused(list).length === 0);
    await client.change(treatyUri, TREATY.replace('adopt measures', 'adopt xmeasures'));
    // The law's references to "widget" still count: ask the server where the term is used.
    const line = TREATY.split('\n').findIndex((l) => l.includes('"widget" means'));
    const character = TREATY.split('\n')[line].indexOf('widget') + 2;
    const refs = await client.request<Array<{ uri: string }>>('textDocument/references', { textDocument: { uri: treatyUri }, position: { line, character }, context: { includeDeclaration: false } });
    assert.deepEqual(refs.map((r) => r.uri), [lawUri]);
    assert.deepEqual(unused(client.diagnostics.get(treatyUri) ?? []), []);
  });
});
