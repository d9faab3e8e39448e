// The real dist/server.js over stdio, driven as an editor drives it, on the real corpus.
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { LspTestClient, positionOf, startOnCorpus } from '../helpers/lspClient';

interface Hover { contents: { value: string } }
interface LocationLink { targetUri: string; targetSelectionRange: { start: { line: number } } }
interface Location { uri: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }

describe('language server over stdio (real corpus)', function () {
  this.timeout(30000);
  let client: LspTestClient;
  let root: string;
  let budapest: string;
  let budapestUri: string;

  let stop: () => Promise<void> = async () => undefined;

  before(async () => {
    ({ client, root, budapest, budapestUri, stop } = await startOnCorpus());
  });
  after(async () => stop());

  it('indexes every corpus document and reports the count', () => {
    assert.ok(client.lastStatus, 'a status notification arrived');
    assert.equal(client.lastStatus!.documents >= 11, true);
  });

  it('hover on "computer data" in article 4 shows the article 1 definition', async () => {
    const position = positionOf(budapest, 'computer data', 'Article 4 – Data interference');
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: budapestUri }, position: { line: position.line, character: position.character + 3 } });
    assert.ok(hover, 'a hover');
    assert.match(hover.contents.value, /“computer data”/);
    assert.match(hover.contents.value, /Article 1/);
    assert.match(hover.contents.value, /any representation of facts, information or concepts in a form suitable for processing in a computer system/);
  });

  it('go to definition on "Articles 2 through 11" in article 13 lands on article 2', async () => {
    const position = positionOf(budapest, 'Articles 2 through 11', 'Article 13 – Sanctions and measures');
    const links = await client.request<LocationLink[]>('textDocument/definition', { textDocument: { uri: budapestUri }, position: { line: position.line, character: position.character + 'Articles '.length } });
    assert.equal(links.length, 1);
    assert.equal(links[0].targetUri, budapestUri);
    const targetLine = budapest.split('\n')[links[0].targetSelectionRange.start.line];
    assert.match(targetLine, /Article 2 – Illegal access/);
  });

  it('find references on article 14 lists the citations of it', async () => {
    const heading = positionOf(budapest, 'Article 14 – Scope of procedural provisions');
    const locations = await client.request<Location[]>('textDocument/references', { textDocument: { uri: budapestUri }, position: { line: heading.line, character: heading.character + 9 }, context: { includeDeclaration: false } });
    const lines = budapest.split('\n');
    const cited = locations.filter((l) => l.uri === budapestUri).map((l) => lines[l.range.start.line].slice(Math.max(0, l.range.start.character - 12), l.range.end.character));
    assert.ok(cited.length >= 5, `article 14 is cited several times, got ${cited.length}`);
    for (const text of cited) assert.match(text, /Article|14/, `each location is a citation: ${text}`);
    // Article 15 opens with "… provided for in this Section": not article 14; but article 14's own
    // paragraph 2 cites "Article 21" and is not a citation of article 14.
    assert.ok(!locations.some((l) => lines[l.range.start.line].includes('Article 21 – Interception of content data')));
  });

  it('renaming "traffic data" changes the definition and every use, and nothing else', async () => {
    const position = positionOf(budapest, 'traffic data', 'Article 1 – Definitions');
    const prepare = await client.request<{ placeholder: string }>('textDocument/prepareRename', { textDocument: { uri: budapestUri }, position });
    assert.equal(prepare.placeholder, 'traffic data');
    const edit = await client.request<{ changes: Record<string, Array<{ range: Location['range']; newText: string }>> }>('textDocument/rename', { textDocument: { uri: budapestUri }, position, newName: 'communication metadata' });
    const edits = edit.changes[budapestUri];
    assert.ok(edits.length > 10, `many uses of traffic data, got ${edits.length}`);
    const lines = budapest.split('\n');
    for (const e of edits) {
      const original = lines[e.range.start.line].slice(e.range.start.character, e.range.end.character);
      assert.match(original, /^traffic data$/i, `only "traffic data" is replaced, not "${original}"`);
    }
    const expected = (budapest.match(/traffic data/gi) ?? []).length;
    assert.equal(edits.length, expected, 'every occurrence of the term is renamed');
    assert.deepEqual(Object.keys(edit.changes), [budapestUri], 'no other document uses the Budapest definition');
  });

  it('reports a broken citation in a draft with the reason, and clears it when fixed', async () => {
    const draft = ['---', 'id: test-draft', 'title: Draft law', 'type: law', 'language: en', 'implements: [coe-ets185-en]', '---', '', '# Draft law', '',
      '## Section 1 – Offences', '', '(1) A person who contravenes section 7 or article 2 of the Convention commits an offence.', ''].join('\n');
    const uri = await client.open('draft.md', draft);
    const list = await client.waitForDiagnostics(uri, (l) => l.some((d) => d.code === 'broken-reference'));
    const broken = list.filter((d) => d.code === 'broken-reference');
    assert.equal(broken.length, 1);
    assert.match(broken[0].message, /section 7/);
    await client.change(uri, draft.replace('section 7', 'section 1'));
    await client.waitForDiagnostics(uri, (l) => !l.some((d) => d.code === 'broken-reference'));
  });

  it('answers with nothing, not a crash, for positions outside a document and unknown documents', async () => {
    const far = await client.request('textDocument/hover', { textDocument: { uri: budapestUri }, position: { line: 99999, character: 5 } });
    assert.equal(far, null);
    const unknown = await client.request('textDocument/definition', { textDocument: { uri: client.uri('nope.md') }, position: { line: 0, character: 0 } });
    assert.equal(unknown, null);
    const symbols = await client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri: budapestUri } });
    assert.ok(symbols.length > 0, 'the server is still alive');
  });

  it('a malformed request gets an error answer and the server keeps serving', async () => {
    const answer = await client.request('textDocument/hover', { textDocument: 42 }).catch(() => 'error');
    assert.ok(answer === null || answer === 'error', `an empty or error answer, got ${JSON.stringify(answer)}`);
    const hover = await client.request('textDocument/hover', { textDocument: { uri: budapestUri }, position: { line: 0, character: 0 } });
    assert.equal(hover, null);
  });
});
