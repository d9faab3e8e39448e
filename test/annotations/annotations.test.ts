// Notes attached to provisions, as a researcher meets them: the shipped commentary on Budapest
// articles 2–11 (corpus/notes-coe-ets185-offences.md), notes in memory, and footnotes.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { CodeLens, Hover, Location, LocationLink, WorkspaceEdit } from 'vscode-languageserver';
import { Workspace } from '../../server/src/engine/workspace';
import { checkDocument } from '../../server/src/engine/checks';
import { commentaryNotes, footnoteNotes, notesByUnit } from '../../server/src/engine/annotations';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/settings';
import type { FeatureContext } from '../../server/src/features/context';
import { hover } from '../../server/src/features/hover';
import { codeLenses } from '../../server/src/features/codeLens';
import { definition } from '../../server/src/features/definition';
import { references } from '../../server/src/features/references';
import { rename } from '../../server/src/features/rename';
import { indexToJson } from '../../server/src/engine/indexJson';
import { exportHtml } from '../../server/src/cli/export';

const ROOT = path.resolve(__dirname, '../../..');
const CORPUS = path.join(ROOT, 'corpus');
const BUDAPEST = 'file:///corpus/coe-ets185-en.md';
const NOTES = 'file:///corpus/notes-coe-ets185-offences.md';

function corpusWorkspace(extra: Record<string, string> = {}): Workspace {
  const workspace = new Workspace();
  for (const name of readdirSync(CORPUS).filter((file) => file.endsWith('.md'))) workspace.set(`file:///corpus/${name}`, readFileSync(path.join(CORPUS, name), 'utf8'));
  for (const [uri, text] of Object.entries(extra)) workspace.set(uri, text);
  return workspace;
}
const context = (workspace: Workspace): FeatureContext => ({ workspace, settings: () => DEFAULT_SETTINGS });
function position(workspace: Workspace, uri: string, needle: string, delta = 1) {
  const model = workspace.get(uri)!;
  const offset = model.text.indexOf(needle);
  assert.ok(offset >= 0, needle);
  return model.lines.position(offset + delta);
}
const hoverText = (result: Hover | null) => (result && typeof result.contents === 'object' && 'value' in result.contents ? result.contents.value : '');

const note = (headings: string) => `---\nid: my-notes\ntitle: "My notes on the Convention on Cybercrime"\ntype: commentary\nlanguage: en\nannotates: coe-ets185-en\n---\n\n# My notes\n\n${headings}\n`;

describe('annotations: commentary documents and footnotes', function () {
  this.timeout(60000);

  it('each heading of the shipped commentary is a note on Budapest articles 2–11', () => {
    const workspace = corpusWorkspace();
    const notes = commentaryNotes(workspace.get(NOTES)!, workspace);
    assert.deepEqual(notes.map((n) => n.target?.unitId), ['art_2', 'art_3', 'art_4', 'art_5', 'art_6', 'art_7', 'art_8', 'art_9', 'art_10', 'art_11']);
    assert.ok(notes.every((n) => n.target?.documentId === 'coe-ets185-en' && !n.problem));
    // The note's citations resolve to the documents it discusses, and none is broken.
    assert.deepEqual(checkDocument(workspace, NOTES).filter((d) => d.severity === 'error').map((d) => d.message), []);
  });

  it('a hover on Budapest article 2 shows the note about it, with its source and a link', () => {
    const workspace = corpusWorkspace();
    const text = hoverText(hover(context(workspace), { textDocument: { uri: BUDAPEST }, position: position(workspace, BUDAPEST, '##### Article 2 – Illegal access', 8) }));
    assert.match(text, /\*\*1 note on Article 2\*\*/);
    assert.match(text, /Treaty Lens notes on Budapest articles 2–11/);
    assert.match(text, /Illegal access\. United Nations Convention against Cybercrime: article 7/);
    assert.match(text, /\[Open\]\(file:\/\/\/corpus\/notes-coe-ets185-offences\.md#L\d+\)/);
  });

  it('"N notes" lenses count the commentary notes and footnotes of each unit', () => {
    const workspace = corpusWorkspace({ 'file:///drafts/more.md': note('## Article 2\n\nA second note on illegal access.\n\n## Article 2, paragraph 1\n\nNot a unit: article 2 has no numbered paragraphs.') });
    const lenses = codeLenses(context(workspace), { textDocument: { uri: BUDAPEST } }) as CodeLens[];
    const budapest = workspace.get(BUDAPEST)!;
    const titleAt = (heading: string) => lenses.filter((l) => l.range.start.line === budapest.lines.position(budapest.text.indexOf(heading)).line).map((l) => l.command?.title);
    assert.ok(titleAt('##### Article 2 – Illegal access').includes('2 notes'), JSON.stringify(titleAt('##### Article 2 – Illegal access')));
    assert.ok(titleAt('##### Article 3 – Illegal interception').includes('1 note'));
    assert.ok(!titleAt('##### Article 12 – Corporate liability').some((t) => /note/.test(t ?? '')));
  });

  it('a note about a unit that does not exist is reported, and says what exists', () => {
    const workspace = corpusWorkspace({ 'file:///drafts/more.md': note('## Article 99\n\nAbout nothing.\n\n## Introduction\n\nNot about a unit.') });
    const found = checkDocument(workspace, 'file:///drafts/more.md').filter((d) => d.code === 'note-target-missing');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /"Article 99".*no article 99.*articles 1–48/);
    const clean = corpusWorkspace({ 'file:///drafts/more.md': note('## Article 9\n\nAbout article 9.') });
    assert.deepEqual(checkDocument(clean, 'file:///drafts/more.md').filter((d) => d.code === 'note-target-missing'), []);
  });

  it('in a note, "Article 14 of the Convention" and a bare "Article 14" are Budapest article 14, not the note\'s own heading', () => {
    const uri = 'file:///drafts/more.md';
    const workspace = corpusWorkspace({ [uri]: note('## Article 14\n\nArticle 14 of the Convention sets the scope; see also Article 14, paragraph 2.') });
    const resolved = workspace.resolved(uri);
    assert.deepEqual(resolved.map((r) => r.targets.map((t) => `${t.documentId}#${t.unitId}`)), [['coe-ets185-en#art_14'], ['coe-ets185-en#art_14__para_2']]);
    // Go to definition on the note's heading opens the article itself.
    const links = definition(context(workspace), { textDocument: { uri }, position: position(workspace, uri, '## Article 14', 5) }) as LocationLink[];
    assert.equal(links[0].targetUri, BUDAPEST);
    assert.equal(links[0].targetSelectionRange.start.line, workspace.get(BUDAPEST)!.units.find((u) => u.id === 'art_14')!.line);
    // Find references on the article lists the note.
    const budapest = workspace.get(BUDAPEST)!;
    const found = references(context(workspace), { textDocument: { uri: BUDAPEST }, position: budapest.lines.position(budapest.units.find((u) => u.id === 'art_14')!.labelSpan.start + 10), context: { includeDeclaration: false } }) as Location[];
    assert.ok(found.some((l) => l.uri === uri && l.range.start.line === workspace.get(uri)!.lines.position(workspace.get(uri)!.text.indexOf('Article 14\n')).line), JSON.stringify(found.filter((l) => l.uri === uri)));
  });

  it('renumbering Budapest article 14 updates the note headings about it', () => {
    const uri = 'file:///drafts/more.md';
    const workspace = corpusWorkspace({ [uri]: note('## Article 14\n\nScope.\n\n## Article 14, paragraph 2\n\nScope of paragraph 2.\n\n## Article 15\n\nUntouched.') });
    const budapest = workspace.get(BUDAPEST)!;
    const label = budapest.units.find((u) => u.id === 'art_14')!.labelSpan;
    const edit = rename(context(workspace), { textDocument: { uri: BUDAPEST }, position: budapest.lines.position(budapest.text.indexOf('14', label.start)), newName: '14a' }) as WorkspaceEdit;
    const noteEdits = edit.changes?.[uri] ?? [];
    const model = workspace.get(uri)!;
    const lines = noteEdits.map((e) => model.text.split('\n')[e.range.start.line]);
    assert.deepEqual(lines, ['## Article 14', '## Article 14, paragraph 2']);
    assert.ok(noteEdits.every((e) => e.newText === '14a'));
  });

  it('footnotes resolve both ways, annotate their unit, and loose ends are reported', () => {
    const uri = 'file:///drafts/footnotes.md';
    const text = `---\nid: fn-law\ntitle: Footnote Act\ntype: law\nlanguage: en\n---\n\n# Footnote Act\n\n## Section 1\n\nA person who accesses a computer system commits an offence.[^1]\n\n## Section 2\n\nSee section 1.[^missing]\n\n[^1]: As amended in 2020;\n    the amendment added "system".\n[^orphan]: Nothing refers to this.\n`;
    const workspace = corpusWorkspace({ [uri]: text });
    const model = workspace.get(uri)!;
    const { notes, problems } = footnoteNotes(model);
    assert.deepEqual(notes.map((n) => [n.label, n.target?.unitId]), [['[^1]', 'sec_1']]);
    assert.deepEqual(problems.map((p) => [p.code, p.label]).sort(), [['footnote-undefined', 'missing'], ['footnote-unused', 'orphan']]);
    assert.deepEqual(checkDocument(workspace, uri).filter((d) => d.code.startsWith('footnote-')).map((d) => d.code).sort(), ['footnote-undefined', 'footnote-unused']);
    // Reference → text.
    const toText = definition(context(workspace), { textDocument: { uri }, position: position(workspace, uri, '[^1]', 2) }) as LocationLink[];
    assert.equal(toText[0].targetSelectionRange.start.line, model.lines.position(text.indexOf('[^1]: As amended')).line);
    // Text → reference.
    const toReference = references(context(workspace), { textDocument: { uri }, position: position(workspace, uri, '[^1]: As', 2), context: { includeDeclaration: false } }) as Location[];
    assert.deepEqual(toReference.map((l) => l.range.start.line), [model.lines.position(text.indexOf('[^1]')).line]);
    // The section shows its footnote.
    assert.equal(notesByUnit(workspace, 'fn-law').get('sec_1')?.length, 1);
    assert.match(hoverText(hover(context(workspace), { textDocument: { uri }, position: position(workspace, uri, '[^1]', 1) })), /As amended in 2020; the amendment added "system"/);
  });

  it('export html shows each unit\'s notes beside it, as text', () => {
    const workspace = corpusWorkspace({ 'file:///drafts/more.md': note('## Article 3\n\nSee <script>alert(1)</script> and <img src=x onerror=alert(2)>.') });
    const page = exportHtml(workspace).get('coe-ets185-en.html')!;
    const article3 = page.slice(page.indexOf('id="art_3"'), page.indexOf('id="art_4"'));
    assert.match(article3, /<aside class="notes">/);
    assert.match(article3, /Treaty Lens notes on Budapest articles 2–11/);
    assert.match(article3, /See &lt;script&gt;alert\(1\)&lt;\/script&gt; and &lt;img src=x onerror=alert\(2\)&gt;/);
    assert.doesNotMatch(page, /<script|<img/);
  });

  it('index --json lists the annotations of each unit', () => {
    const workspace = corpusWorkspace();
    const index = indexToJson(workspace, (model) => model.uri);
    const budapest = index.documents.find((d) => d.id === 'coe-ets185-en')!;
    const article2 = budapest.units.find((u) => u.id === 'art_2') as { annotations?: Array<{ document: string; line: number }> };
    assert.deepEqual(article2.annotations?.map((a) => a.document), ['notes-coe-ets185-offences']);
    assert.ok(!(budapest.units.find((u) => u.id === 'art_12') as { annotations?: unknown }).annotations);
  });
});
