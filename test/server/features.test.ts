// More of what a reader and a drafter use all day, through the real server over stdio.
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { LspTestClient, positionOf, startOnCorpus } from '../helpers/lspClient';

interface Symbol { name: string; location?: { uri: string }; children?: Symbol[] }
interface CompletionItem { label: string; detail?: string }
interface CodeLens { range: { start: { line: number } }; command?: { title: string } }
interface TextEdit { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }

describe('language server features (real corpus)', function () {
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

  it('workspace symbols find "article 15", "art 15 budapest" and "traffic data"', async () => {
    const article = await client.request<Symbol[]>('workspace/symbol', { query: 'article 15' });
    assert.ok(article.some((s) => /^Article 15 – Conditions and safeguards/.test(s.name)), JSON.stringify(article.map((s) => s.name)));
    const narrowed = await client.request<Symbol[]>('workspace/symbol', { query: 'art 15 budapest' });
    assert.ok(narrowed.length >= 1);
    assert.ok(narrowed.every((s) => s.location?.uri === budapestUri), 'only the Budapest Convention (its aliases say "Budapest Convention")');
    const term = await client.request<Symbol[]>('workspace/symbol', { query: 'traffic data' });
    assert.ok(term.some((s) => s.name === 'traffic data' && s.location?.uri === budapestUri));
  });

  it('the outline shows chapters, articles and their paragraphs', async () => {
    const symbols = await client.request<Symbol[]>('textDocument/documentSymbol', { textDocument: { uri: budapestUri } });
    const names: string[] = [];
    const walk = (list: Symbol[]) => { for (const s of list) { names.push(s.name); walk(s.children ?? []); } };
    walk(symbols);
    assert.ok(names.includes('Article 2 – Illegal access'));
    assert.ok(names.includes('Article 48 – Notification'));
    assert.ok(names.some((n) => /^CHAPTER II/.test(n)));
    const articles = names.filter((n) => /^Article \d+ –/.test(n));
    assert.equal(articles.length, 48);
  });

  it('completion after "Article " offers the articles that exist, with their titles', async () => {
    const draft = ['---', 'id: completion-draft', 'type: law', 'language: en', 'implements: [coe-ets185-en]', '---', '', '# Draft', '', '## Section 1', '', 'As required by Article '].join('\n');
    const uri = await client.open('completion-draft.md', draft);
    const lines = draft.split('\n');
    const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: lines.length - 1, character: lines[lines.length - 1].length } });
    const illegalAccess = items.find((i) => i.detail?.includes('Illegal access'));
    assert.ok(illegalAccess, 'article 2 of the implemented convention is offered');
    assert.equal(illegalAccess.label, '2');
  });

  it('code lenses count the citations of each article', async () => {
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: budapestUri } });
    const lines = budapest.split('\n');
    const article14 = lenses.filter((l) => lines[l.range.start.line].includes('Article 14 – Scope of procedural provisions'));
    assert.ok(article14[0]?.command);
    assert.match(article14[0].command.title, /^referenced by \d+/);
    // Beside it, the Dutch version's article (translation-of), opened by treatyLens.showOtherVersion.
    assert.equal(article14[1]?.command?.title, 'nl: Artikel 14');
    assert.match(JSON.stringify(article14[1]?.command), /"command":"treatyLens.showOtherVersion"/);
    assert.equal(lenses.filter((l) => /referenced/.test(l.command?.title ?? '')).length, 48);
    // One "N notes" lens per article the shipped commentary annotates (articles 2–11).
    assert.equal(lenses.filter((l) => /^\d+ notes?$/.test(l.command?.title ?? '')).length, 10);
    assert.equal(lenses.length, 106);
  });

  it('semantic tokens mark defined terms and citations', async () => {
    const tokens = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri: budapestUri } });
    assert.ok(tokens.data.length > 5 * 100, 'hundreds of tokens');
    const types = new Set<number>();
    for (let i = 3; i < tokens.data.length; i += 5) types.add(tokens.data[i]);
    assert.deepEqual([...types].sort(), [0, 1, 2]);
  });

  it('renumbering article 14 changes its heading and every citation of it, and nothing else', async () => {
    const heading = positionOf(budapest, '14', 'Article 14 – Scope of procedural provisions');
    const prepare = await client.request<{ placeholder: string }>('textDocument/prepareRename', { textDocument: { uri: budapestUri }, position: heading });
    assert.equal(prepare.placeholder, '14');
    const edit = await client.request<{ changes: Record<string, TextEdit[]> }>('textDocument/rename', { textDocument: { uri: budapestUri }, position: heading, newName: '14bis' });
    const edits = edit.changes[budapestUri];
    const lines = budapest.split('\n');
    for (const e of edits) assert.equal(lines[e.range.start.line].slice(e.range.start.character, e.range.end.character), '14');
    assert.ok(edits.length >= 5);
    // The Additional Protocol cites "Articles 14 to 21 … of the Convention": renumbered too.
    const protocolUri = client.uri('coe-ets189-en.md');
    const protocol = (await fs.readFile(path.join(root, 'coe-ets189-en.md'), 'utf8')).split('\n');
    assert.deepEqual(edit.changes[protocolUri]?.map((e) => protocol[e.range.start.line].slice(e.range.start.character - 'Articles '.length, e.range.end.character)), ['Articles 14']);
    const references = await client.request<unknown[]>('textDocument/references', { textDocument: { uri: budapestUri }, position: heading, context: { includeDeclaration: true } });
    const total = Object.values(edit.changes).reduce((sum, list) => sum + list.length, 0);
    assert.equal(total, references.length, 'one edit per citation naming article 14, plus the heading');
  });

  it('follows files created and deleted outside the editor', async () => {
    const file = path.join(root, 'outside.md');
    await fs.writeFile(file, ['---', 'id: outside', 'type: law', 'language: en', '---', '', '# Outside', '', '## Section 1', '', 'See section 9.'].join('\n'));
    const uri = client.uri('outside.md');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 1 }] });
    const list = await client.waitForDiagnostics(uri, (l) => l.some((d) => d.code === 'broken-reference'));
    assert.match(list[0].message, /section 9/);
    await fs.rm(file);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 3 }] });
    await client.waitForDiagnostics(uri, (l) => l.length === 0);
    const symbols = await client.request<Symbol[]>('workspace/symbol', { query: 'outside' });
    assert.ok(!symbols.some((s) => s.location?.uri === uri));
  });

  it('reads the workspace vocabulary file, and re-checks when it changes', async () => {
    const draft = ['---', 'id: vocabulary-draft', 'type: law', 'language: en', 'implements: [coe-ets185-en]', '---', '', '# Draft', '', '## Section 1', '', 'A person who alters digital records without right commits an offence.'].join('\n');
    const uri = await client.open('vocabulary-draft.md', draft);
    await client.waitForDiagnostics(uri, (list) => !list.some((d) => d.code === 'rival-term'));
    const file = path.join(root, 'treaty-lens.vocabulary.yaml');
    await fs.writeFile(file, ['instruments:', '  budapest: { ids: ["coe-ets185*"] }', '  other-act: { ids: ["other*"] }', 'concepts:', '  - id: records',
      '    terms:', '      en: { budapest: "computer data", other-act: "digital records" }'].join('\n'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri('treaty-lens.vocabulary.yaml'), type: 1 }] });
    const list = await client.waitForDiagnostics(uri, (l) => l.some((d) => d.code === 'rival-term'));
    assert.match(list.find((d) => d.code === 'rival-term')!.message, /says “computer data”/);
    await fs.rm(file);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri('treaty-lens.vocabulary.yaml'), type: 3 }] });
    await client.waitForDiagnostics(uri, (l) => !l.some((d) => d.code === 'rival-term'));
  });

  it('shows the folding of articles and the selection from term to article', async () => {
    const folds = await client.request<Array<{ startLine: number; endLine: number }>>('textDocument/foldingRange', { textDocument: { uri: budapestUri } });
    const lines = budapest.split('\n');
    const article2 = folds.find((f) => lines[f.startLine].includes('Article 2 – Illegal access'));
    assert.ok(article2 && article2.endLine > article2.startLine);
    const term = positionOf(budapest, 'computer system', 'Article 2 – Illegal access');
    const [selection] = await client.request<Array<{ range: { start: { line: number } }; parent?: unknown }>>('textDocument/selectionRange', { textDocument: { uri: budapestUri }, positions: [term] });
    let depth = 0;
    for (let s: { parent?: unknown } | undefined = selection; s; s = s.parent as { parent?: unknown } | undefined) depth++;
    assert.ok(depth >= 4, `term → paragraph → article → … (${depth})`);
  });
});
