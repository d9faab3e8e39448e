// Terminology checks on real corpus text and on drafts written into an in-memory workspace.
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { Workspace } from '../../server/src/engine/workspace';
import { checkDocument } from '../../server/src/engine/checks';
import type { EngineDiagnostic, FixEdit } from '../../server/src/engine/checks/types';
import { compareDefinitions } from '../../server/src/engine/checks/compare';

const corpusDir = path.join(findRoot(), 'corpus');

function findRoot(): string {
  let dir = __dirname;
  while (!readdirSync(dir).includes('package.json')) dir = path.dirname(dir);
  return dir;
}

function corpusText(id: string): string {
  return readFileSync(path.join(corpusDir, `${id}.md`), 'utf8');
}

/** The real corpus plus drafts, in memory. */
function workspaceWith(drafts: Record<string, string>, corpusIds = ['coe-ets185-en', 'coe-ets185-nl', 'un-cybercrime-2024-ar']): Workspace {
  const workspace = new Workspace();
  for (const id of corpusIds) workspace.set(`file:///corpus/${id}.md`, corpusText(id));
  for (const [name, text] of Object.entries(drafts)) workspace.set(`file:///drafts/${name}`, text);
  return workspace;
}

function lawDraft(implementsId: string, body: string[]): string {
  return ['---', 'id: draft-law', 'title: Cybercrime (Draft) Act', 'type: law', 'language: en', `implements: [${implementsId}]`, '---', '', '# Cybercrime (Draft) Act', '', ...body, ''].join('\n');
}

function applyEdits(text: string, edits: FixEdit[]): string {
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.span.start - a.span.start)) result = result.slice(0, edit.span.start) + edit.newText + result.slice(edit.span.end);
  return result;
}

function byCode(list: EngineDiagnostic[], code: string): EngineDiagnostic[] {
  return list.filter((d) => d.code === code);
}

describe('terminology checks', () => {
  const draftUri = 'file:///drafts/law.md';

  it('a Budapest-implementing law that uses "traffic data" undefined gets term-not-defined, and the quick fix removes it', () => {
    const text = lawDraft('coe-ets185-en', [
      '## Section 1 – Interpretation', '',
      'In this Act, unless the context otherwise requires—', '',
      '“computer data” means any representation of facts, information or concepts in a form suitable for processing in a computer system, including a program suitable to cause a computer system to perform a function;', '',
      '## Section 2 – Preservation orders', '',
      '(1) A police officer may require a person to preserve traffic data relating to a communication.', '',
      '(2) Traffic data preserved under subsection (1) shall be kept for 90 days.',
    ]);
    const workspace = workspaceWith({ 'law.md': text });
    const found = byCode(checkDocument(workspace, draftUri), 'term-not-defined');
    // "computer system" (used inside the law's own definition of computer data) is undefined too.
    assert.deepEqual(found.map((d) => text.slice(d.span.start, d.span.end)).sort(), ['computer system', 'traffic data']);
    const diagnostic = found.find((d) => text.slice(d.span.start, d.span.end) === 'traffic data') as EngineDiagnostic;
    assert.equal(text.slice(diagnostic.span.start, diagnostic.span.end), 'traffic data');
    assert.match(diagnostic.message, /Article 1 \(d\)/);
    assert.match(diagnostic.message, /used 2 times/);
    assert.equal(diagnostic.related[0].uri, 'file:///corpus/coe-ets185-en.md');
    const fix = diagnostic.fixes?.[0];
    assert.ok(fix, 'a quick fix is offered');
    const fixed = applyEdits(text, fix.edits);
    assert.match(fixed, /“traffic data” means any computer data relating to a communication by means of a computer system/);
    // Inserted right after the law's last definition, in its style (curly quotes, "means", ";").
    assert.ok(fixed.indexOf('“traffic data” means') > fixed.indexOf('“computer data” means'));
    assert.ok(fixed.indexOf('“traffic data” means') < fixed.indexOf('## Section 2'));
    workspace.set(draftUri, fixed, 2);
    const after = checkDocument(workspace, draftUri);
    assert.deepEqual(byCode(after, 'term-not-defined').map((d) => fixed.slice(d.span.start, d.span.end)), ['computer system']);
    assert.deepEqual(byCode(after, 'definition-differs'), [], 'the inserted definition is the treaty\'s own');
  });

  it('an incorporation clause or front matter means the treaty terms need no definition', () => {
    const clause = lawDraft('coe-ets185-en', ['## Section 1', '', 'Terms used in this Act have the meaning given to them in the Convention on Cybercrime.', '', 'A person shall preserve traffic data.']);
    assert.deepEqual(byCode(checkDocument(workspaceWith({ 'law.md': clause }), draftUri), 'term-not-defined'), []);
    const frontMatter = lawDraft('coe-ets185-en', ['## Section 1', '', 'A person shall preserve traffic data.']).replace('type: law', 'type: law\nincorporates: [coe-ets185-en]');
    assert.deepEqual(byCode(checkDocument(workspaceWith({ 'law.md': frontMatter }), draftUri), 'term-not-defined'), []);
  });

  it('a clause pointing at an article that defines nothing does not incorporate the treaty definitions', () => {
    const clauseIn = (article: number) => lawDraft('coe-ets185-en', ['## Section 1', '', `Terms used in this Act have the meaning given to them in article ${article} of the Convention.`, '', 'A person shall preserve traffic data.']);
    // Budapest article 1 defines "traffic data"; article 2 (illegal access) defines nothing.
    assert.deepEqual(byCode(checkDocument(workspaceWith({ 'law.md': clauseIn(1) }), draftUri), 'term-not-defined'), []);
    const wrong = clauseIn(2);
    const found = byCode(checkDocument(workspaceWith({ 'law.md': wrong }), draftUri), 'term-not-defined');
    assert.deepEqual(found.map((d) => wrong.slice(d.span.start, d.span.end)), ['traffic data']);
  });

  it('headings are never capitals variants (Benin article 617)', () => {
    const benin = corpusText('bj-code-numerique');
    const workspace = workspaceWith({ 'benin.md': benin });
    const variants = byCode(checkDocument(workspace, 'file:///drafts/benin.md'), 'inconsistent-variant').filter((d) => /other capitals/.test(d.message));
    assert.ok(variants.length > 0, 'the prose variants are still reported');
    for (const diagnostic of variants) {
      for (const span of [diagnostic.span, ...diagnostic.related.map((r) => r.span)]) {
        const lineStart = benin.lastIndexOf('\n', span.start) + 1;
        assert.doesNotMatch(benin.slice(lineStart, span.start), /^\s*#/, `a heading is flagged: ${benin.slice(lineStart, span.end)}`);
      }
      const count = Number(/\((\d+) occurrences?\)/.exec(diagnostic.message)?.[1]);
      assert.equal(1 + diagnostic.related.length, count, 'every occurrence the message counts is listed');
    }
  });

  it("grades and explains Kenya's definition of \"computer system\" against Budapest article 1", () => {
    const kenya = corpusText('ke-cmca-2018').replace(/^type: law$/m, 'type: law\nimplements: [coe-ets185-en]');
    const workspace = workspaceWith({ 'kenya.md': kenya });
    const differs = byCode(checkDocument(workspace, 'file:///drafts/kenya.md'), 'definition-differs');
    const computerSystem = differs.find((d) => /“computer system”/.test(d.message));
    assert.ok(computerSystem, differs.map((d) => d.message).join('\n'));
    assert.equal(computerSystem.severity, 'warning');
    assert.match(computerSystem.message, /substantive difference/);
    // Kenya's text adds physical/virtual devices and drops "pursuant to a program … automatic processing".
    assert.match(computerSystem.message, /adds “physical”, “virtual”/);
    assert.match(computerSystem.message, /drops “.*program.*”/);
    assert.match(computerSystem.message, /Article 1 \(a\)/);
  });

  it('grades wording-only and identical differences as such', () => {
    assert.equal(compareDefinitions('any device; ', 'any device').grade, 'identical');
    assert.equal(compareDefinitions('any device or a group of devices', 'any device or group of the devices').grade, 'wording');
    const narrowed = compareDefinitions('an electronic device', 'any device');
    assert.equal(narrowed.grade, 'substantive');
    assert.match(narrowed.summary, /adds “electronic”/);
    assert.match(narrowed.summary, /narrower/);
  });

  it('a UN-style draft that says "computer data" gets rival-term with a fix to "electronic data"', () => {
    const text = lawDraft('un-cybercrime-2024-ar', ['## Section 3 – Illegal interference', '', 'A person who damages, deletes or alters computer data without right commits an offence.']);
    const workspace = workspaceWith({ 'law.md': text });
    const rivals = byCode(checkDocument(workspace, draftUri), 'rival-term');
    assert.equal(rivals.length, 1);
    assert.equal(text.slice(rivals[0].span.start, rivals[0].span.end), 'computer data');
    assert.match(rivals[0].message, /says “electronic data”/);
    const fixed = applyEdits(text, rivals[0].fixes![0].edits);
    assert.match(fixed, /alters electronic data without right/);
    workspace.set(draftUri, fixed, 2);
    assert.deepEqual(byCode(checkDocument(workspace, draftUri), 'rival-term'), []);
  });

  it('the same term defined twice in one scope is an error with both locations', () => {
    const text = lawDraft('coe-ets185-en', ['## Section 1', '', 'In this Act—', '', '“device” means any apparatus;', '', '“device” means any machine;', '', 'A device is used.']);
    const duplicates = byCode(checkDocument(workspaceWith({ 'law.md': text }), draftUri), 'duplicate-definition');
    assert.equal(duplicates.length, 1);
    assert.equal(duplicates[0].severity, 'error');
    assert.equal(duplicates[0].related.length, 1);
    assert.ok(duplicates[0].related[0].span.start < duplicates[0].span.start);
  });

  it('must not: a second definition that says it adds to the first ("… sind ferner", "also includes") is no duplicate (GVG § 95)', () => {
    const text = lawDraft('coe-ets185-en', ['## Section 1', '', 'In this Act—', '', '“device” means any apparatus;', '', '“device” also includes any machine;', '', 'A device is used.']);
    assert.equal(byCode(checkDocument(workspaceWith({ 'law.md': text }), draftUri), 'duplicate-definition').length, 0);
  });

  it('reports an unused definition, and inconsistent variants of a term', () => {
    const text = lawDraft('un-cybercrime-2024-ar', ['## Section 1', '', 'In this Act—', '', '“information and communications technology system” means any device;', '', '“widget” means a thing;', '',
      '## Section 2', '', 'An information and communications technology system or an ICT system may send e-mail.', '', 'Email is kept.', '', 'An email is read.']);
    const list = checkDocument(workspaceWith({ 'law.md': text }), draftUri);
    const unused = byCode(list, 'unused-definition');
    assert.deepEqual(unused.map((d) => text.slice(d.span.start, d.span.end)), ['widget']);
    const variants = byCode(list, 'inconsistent-variant').map((d) => text.slice(d.span.start, d.span.end));
    assert.ok(variants.includes('ICT system'), JSON.stringify(variants));
    assert.ok(variants.includes('e-mail'), JSON.stringify(variants));
  });

  it('a defined term with other capitals mid-sentence is a variant; headings and sentence starts are not', () => {
    const text = lawDraft('coe-ets185-en', ['## Section 1 – Interpretation', '', 'In this Act—', '', '“stored data” means data kept on a medium;', '', '“Central Authority” means the office named by the Minister;', '',
      '## Section 2 – STORED DATA', '', 'Stored data may be seized. A court may order that the Stored Data of a person be kept, and the central authority may ask for it.', '', '(a) Orders for Stored Data in Title Case Headings.']);
    const recased = byCode(checkDocument(workspaceWith({ 'law.md': text }), draftUri), 'inconsistent-variant').map((d) => text.slice(d.span.start, d.span.end));
    assert.deepEqual(recased.sort(), ['Stored Data', 'central authority']);
  });

  it('a term defined "In this Part" and used in another part is reported there', () => {
    const text = lawDraft('coe-ets185-en', ['## Part 1 – Offences', '', '### Section 1', '', 'In this Part, “protected computer” means a computer used by a bank.', '', '### Section 2', '', 'A person who accesses a protected computer commits an offence.', '',
      '## Part 2 – Procedure', '', '### Section 3', '', 'A protected computer may be searched.']);
    const outside = byCode(checkDocument(workspaceWith({ 'law.md': text }), draftUri), 'term-outside-scope');
    assert.equal(outside.length, 1);
    assert.ok(outside[0].span.start > text.indexOf('Part 2'));
  });

  it('raises no terminology diagnostics on the Budapest Convention itself', () => {
    const workspace = workspaceWith({});
    const list = checkDocument(workspace, 'file:///corpus/coe-ets185-en.md');
    const terminology = list.filter((d) => ['term-not-defined', 'definition-differs', 'rival-term', 'duplicate-definition', 'unused-definition', 'term-outside-scope'].includes(d.code));
    assert.deepEqual(terminology.map((d) => d.message), []);
  });
});
