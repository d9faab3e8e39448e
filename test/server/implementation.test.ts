// Implementation mapping through the real server over stdio: code lenses, hover, outline,
// completion on a marker line, the suggestion quick fix, renumbering, the coverage request and
// the front-matter diagnostic.
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { LspTestClient, positionOf, startOnCorpus } from '../helpers/lspClient';

interface CodeLens { range: { start: { line: number } }; command?: { title: string; command: string; arguments?: unknown[] } }
interface TextEdit { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }
interface CodeAction { title: string; edit?: { changes: Record<string, TextEdit[]> } }
interface Symbol { name: string; detail?: string; children?: Symbol[] }

describe('implementation mapping in the language server (real corpus)', function () {
  this.timeout(60000);
  let client: LspTestClient;
  let root: string;
  let budapest: string;
  let budapestUri: string;
  let sr: string;
  let srUri: string;
  let stop: () => Promise<void> = async () => undefined;

  before(async () => {
    ({ client, root, budapest, budapestUri, stop } = await startOnCorpus());
    sr = await fs.readFile(path.join(root, 'nl-sr-computercriminaliteit.md'), 'utf8');
    srUri = await client.open('nl-sr-computercriminaliteit.md', sr);
  });
  after(async () => stop());

  it('a treaty article has "implemented by N", which peeks the provisions; a law provision "implements article N"', async () => {
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: budapestUri } });
    const lines = budapest.split('\n');
    const article2 = lenses.find((l) => lines[l.range.start.line].includes('Article 2 – Illegal access') && /^implemented/.test(l.command?.title ?? ''));
    assert.ok(article2?.command, 'a lens on article 2');
    assert.equal(article2.command.title, 'implemented by 4');
    assert.equal(article2.command.command, 'treatyLens.showReferences');
    const locations = article2.command.arguments?.[2] as Array<{ uri: string }>;
    assert.ok(locations.some((l) => l.uri === srUri), 'the Dutch Sr is among the provisions peeked');
    const article7 = lenses.find((l) => lines[l.range.start.line].includes('Article 7 – Computer-related forgery') && /^implemented/.test(l.command?.title ?? ''));
    assert.equal(article7?.command?.title, 'implemented by none');

    const lawLenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: srUri } });
    const srLines = sr.split('\n');
    const on138ab = lawLenses.find((l) => srLines[l.range.start.line] === '## Artikel 138ab' && /^implements/.test(l.command?.title ?? ''));
    assert.equal(on138ab?.command?.title, 'implements article 2');
    const on350a = lawLenses.find((l) => srLines[l.range.start.line] === '## Artikel 350a' && /^implements/.test(l.command?.title ?? ''));
    assert.equal(on350a?.command?.title, 'implements articles 4, 6');
  });

  it('hover on a law provision shows the treaty text it implements; on a treaty article, its obligation', async () => {
    const onLaw = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: srUri }, position: positionOf(sr, '138ab', '\n## Artikel 1') });
    assert.match(onLaw.contents.value, /\*\*Implements:\*\* Article 2 – Illegal access of the Budapest Convention|\*\*Implements:\*\* Article 2 of the Budapest Convention/);
    assert.match(onLaw.contents.value, /> Each Party shall adopt such legislative and other measures as may be necessary to establish as criminal offences under its domestic law, when committed intentionally, the access to the whole or any part of a computer system without right/);
    const onTreaty = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: budapestUri }, position: positionOf(budapest, '2', '##### Article') });
    assert.match(onTreaty.contents.value, /\*\*Obligation:\*\* mandatory criminalisation/);
    assert.match(onTreaty.contents.value, /Wetboek van Strafrecht Artikel 138ab/);
  });

  it('the outline shows each article\'s obligation', async () => {
    const symbols = await client.request<Symbol[]>('textDocument/documentSymbol', { textDocument: { uri: budapestUri } });
    const all: Symbol[] = [];
    const walk = (list: Symbol[]) => { for (const s of list) { all.push(s); walk(s.children ?? []); } };
    walk(symbols);
    assert.equal(all.find((s) => s.name === 'Article 2 – Illegal access')?.detail, 'mandatory criminalisation');
    assert.equal(all.find((s) => s.name === 'Article 19 – Search and seizure of stored computer data')?.detail, 'mandatory procedural power');
    assert.equal(all.find((s) => s.name === 'Article 25 – General principles relating to mutual assistance')?.detail, 'mandatory international cooperation');
    assert.equal(all.find((s) => s.name === 'Article 1 – Definitions')?.detail, undefined);
  });

  it('on a marker line, treaty articles complete as citations that name the treaty', async () => {
    const draft = ['---', 'id: mapping-draft', 'type: law', 'language: en', '---', '', '# Draft', '', '## Section 1. Unauthorised access', '', '> Implements: '].join('\n');
    const uri = await client.open('mapping-draft.md', draft);
    const lines = draft.split('\n');
    const items = await client.request<Array<{ label: string; insertText?: string; detail?: string }>>('textDocument/completion', { textDocument: { uri }, position: { line: lines.length - 1, character: lines[lines.length - 1].length } });
    const article2 = items.find((i) => i.insertText === 'article 2 of the Budapest Convention');
    assert.ok(article2, items.slice(0, 5).map((i) => i.insertText).join(', '));
    assert.match(article2.detail ?? '', /Illegal access.*mandatory criminalisation/);
  });

  it('a provision without a mapping gets a quick fix that writes the suggested mapping', async () => {
    const draft = ['---', 'id: suggestion-draft', 'title: Draft', 'type: law', 'language: en', 'implements: [coe-ets185-en]', '---', '', '# Draft', '', '## Section 4. Unlawful interception', '', '(1) A person who intentionally and without right intercepts, by technical means, a non-public transmission of computer data to or from a computer system commits an offence.'].join('\n');
    const uri = await client.open('suggestion-draft.md', draft);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 10, character: 3 }, end: { line: 10, character: 3 } }, context: { diagnostics: [] } });
    const first = actions.find((a) => /^Map to Article/.test(a.title));
    assert.ok(first, actions.map((a) => a.title).join(' | '));
    assert.match(first.title, /^Map to Article 3 – Illegal interception \(Budapest Convention\)/);
    assert.deepEqual(first.edit?.changes[uri], [{ range: { start: { line: 10, character: 35 }, end: { line: 10, character: 35 } }, newText: '\n\n> Implements: article 3 of the Budapest Convention' }]);
    // Once the mapping is there, the quick fix is not offered again.
    const mapped = draft.replace('## Section 4. Unlawful interception', '## Section 4. Unlawful interception\n\n> Implements: article 3 of the Budapest Convention');
    await client.change(uri, mapped);
    const after = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 10, character: 3 }, end: { line: 10, character: 3 } }, context: { diagnostics: [] } });
    assert.ok(!after.some((a) => /^Map to/.test(a.title)));
  });

  it('renumbering a treaty article rewrites the mappings that name it, in a Dutch law too', async () => {
    const edit = await client.request<{ changes: Record<string, TextEdit[]> }>('textDocument/rename', { textDocument: { uri: budapestUri }, position: positionOf(budapest, '3', '##### Article'), newName: '3bis' });
    const srEdits = edit.changes[srUri] ?? [];
    const marker = sr.split('\n').findIndex((line) => line === '> Implements: article 3 of the Budapest Convention');
    assert.ok(marker > 0);
    assert.deepEqual(srEdits.map((e) => [e.range.start.line, sr.split('\n')[e.range.start.line].slice(e.range.start.character, e.range.end.character), e.newText]), [[marker, '3', '3bis']]);
  });

  it('the coverage request renders the table for the webview, with a nonce and strict CSP', async () => {
    const result = await client.request<{ treatyId: string; content: string; treaties: Array<{ id: string }> }>('treatyLens/coverageTable', { uri: srUri, format: 'webview', nonce: 'n0nce', cspSource: 'vscode-webview:' });
    assert.equal(result.treatyId, 'coe-ets185-en');
    assert.match(result.content, /content="default-src 'none'; style-src 'sha256-[^']+' vscode-webview:; script-src 'nonce-n0nce'"/);
    assert.match(result.content, /Artikel 138ab/);
    const csv = await client.request<{ content: string }>('treatyLens/coverageTable', { treatyId: 'coe-ets185-en', lawIds: ['nl-sr-computercriminaliteit'], format: 'csv' });
    assert.match(csv.content, /Article 2,2,Illegal access,mandatory criminalisation,nl-sr-computercriminaliteit,implemented,Artikel 138ab/);
    await assert.rejects(client.request('treatyLens/coverageTable', { treatyId: 'nowhere', format: 'md' }), /no document has the id "nowhere"/);
  });

  it('the law\'s front matter lists the mandatory criminalisation articles it leaves unimplemented (information)', async () => {
    const list = await client.waitForDiagnostics(srUri, (d) => d.some((x) => x.code === 'unimplemented-criminalisation'), 20000);
    const found = list.find((d) => d.code === 'unimplemented-criminalisation');
    assert.equal(found?.severity, 3);
    assert.equal(found?.range.start.line, 0);
  });
});
