// A structural edit (an article renumbered) re-checks the documents that depend on the edited
// one without starting them afresh: their term results are kept when no definition changed
// (workspace/keptResults.ts, the memo generation), and only the citations that may read the
// edited document are resolved again (resolutionReuse.ts, reuseOwnTargets). After each edit,
// every document's diagnostics must equal those of a workspace built afresh from the same texts;
// a citation of the old number must become an error, and a changed definition must show in
// every document that uses the term.
import * as assert from 'node:assert/strict';
import { Workspace } from '../../server/src/engine/workspace';
import { checkDocument } from '../../server/src/engine/checks';
import { reuseStats } from '../../server/src/engine/workspace/resolutionReuse';
import { keptStats } from '../../server/src/engine/workspace/keptResults';
import { corpusFiles, corpusText, corpusUri } from '../helpers/workspace';

const TREATY = corpusUri('coe-ets185-en.md');
const US_CH121 = corpusUri('us-18usc-ch121.md');

/**
 * A law written for this test: citations of the Convention's articles (one chained to the one
 * before: "paragraph 2 of that article"), citations of its own sections, and treaty terms it
 * neither defines nor incorporates.
 */
const PRESERVATION_LAW = `---
id: test-preservation-law
title: Preservation of Data Act for Testing
type: law
language: en
implements: [coe-ets185-en]
---

# Preservation of Data Act for Testing

### Section 1 – Preservation orders

1. A prosecutor may order the expedited preservation of stored computer data as Article 16 of the Convention requires, and paragraph 2 of that article applies to the order.

2. An order under subsection 1 names the traffic data to be kept and the service provider who keeps them.

### Section 2 – Disclosure

A service provider served with an order under section 1 shall disclose the traffic data, as provided in Article 17 of the Convention.

Requests made under Article 16 of the Convention on Cybercrime go through the central authority.
`;
const LAW_URI = 'file:///test/test-preservation-law.md';

type Texts = Map<string, string>;

function corpusTexts(): Texts {
  const texts: Texts = new Map(corpusFiles().map((name) => [corpusUri(name), corpusText(name)]));
  texts.set(LAW_URI, PRESERVATION_LAW);
  return texts;
}

function diagnostics(workspace: Workspace, uri: string): unknown[] {
  return checkDocument(workspace, uri).map((d) => ({ code: d.code, severity: d.severity, span: d.span, message: d.message, related: d.related }));
}

function fresh(texts: Texts): Workspace {
  const workspace = new Workspace();
  for (const [uri, text] of texts) workspace.set(uri, text, 1);
  return workspace;
}

/** A workspace as the editor has it: everything indexed and checked, the treaty open and typed in. */
function opened(texts: Texts): Workspace {
  const workspace = fresh(texts);
  for (const uri of texts.keys()) checkDocument(workspace, uri);
  workspace.set(TREATY, texts.get(TREATY) as string, 2);
  checkDocument(workspace, TREATY);
  return workspace;
}

/** The treaty edited; the edited workspace re-checks it and its dependants, as the server does. */
function edit(workspace: Workspace, texts: Texts, text: string, version: number): string[] {
  texts.set(TREATY, text);
  const generation = workspace.generation;
  workspace.set(TREATY, text, version);
  assert.notEqual(workspace.generation, generation, 'a structural edit moves the workspace generation');
  checkDocument(workspace, TREATY);
  const dependants = workspace.dependents(TREATY);
  for (const uri of dependants) checkDocument(workspace, uri);
  return dependants;
}

function assertAllFresh(workspace: Workspace, texts: Texts, what: string): void {
  const reference = fresh(texts);
  for (const uri of texts.keys()) assert.deepEqual(diagnostics(workspace, uri), diagnostics(reference, uri), `${what}: ${uri}`);
}

/** The diagnostics of a document at a citation whose text starts with `cited`. */
function at(workspace: Workspace, uri: string, cited: string): Array<{ code: string; severity: string }> {
  const text = (workspace.get(uri) as { text: string }).text;
  return checkDocument(workspace, uri).filter((d) => text.slice(d.span.start, d.span.end).startsWith(cited) || text.slice(d.span.start - 8, d.span.end).includes(cited));
}

describe('engine: a structural edit re-checks its dependants', function () {
  this.timeout(180000);

  it('an article renumbered: the dependants\' diagnostics equal a fresh workspace\'s, and the citation of the old number becomes an error', () => {
    const texts = corpusTexts();
    const workspace = opened(texts);
    const original = texts.get(TREATY) as string;
    assert.ok(original.includes('##### Article 16 – '), 'the treaty has an article 16');
    assert.deepEqual(at(workspace, LAW_URI, 'Article 16').filter((d) => d.severity === 'error'), [], 'before: "Article 16 of the Convention" is no error');
    const kept = { ...keptStats };
    const reuse = { ...reuseStats };
    const dependants = edit(workspace, texts, original.replace('##### Article 16 – ', '##### Article 61 – '), 3);
    assert.ok(dependants.includes(LAW_URI) && dependants.includes(US_CH121), 'the implementing laws are dependants');
    assert.ok(keptStats.reused > kept.reused, 'the dependants\' term results were kept');
    assert.ok(reuseStats.reused > reuse.reused && reuseStats.resolvedAgain > reuse.resolvedAgain, 'some citations kept their resolution, others were resolved again');
    assertAllFresh(workspace, texts, 'after renumbering article 16');
    const errors = at(workspace, LAW_URI, 'Article 16').filter((d) => d.severity === 'error');
    // Both citations: by the relation ("the Convention") and by the treaty's name (the name index).
    assert.equal(errors.length, 2, 'after: "Article 16 of the Convention" and "… of the Convention on Cybercrime" are errors');
    // And back: the error goes, everywhere as in a fresh workspace.
    edit(workspace, texts, original, 4);
    assertAllFresh(workspace, texts, 'after numbering it back');
    assert.deepEqual(at(workspace, LAW_URI, 'Article 16').filter((d) => d.severity === 'error'), [], 'back: no error');
    // Renamed: the name the law cites it by no longer finds it.
    const renamed = original.replace('title: "Convention on Cybercrime"', 'title: "Budapest Treaty on Cybercrime"').replace('aliases: ["Convention on Cybercrime", ', 'aliases: [');
    assert.notEqual(renamed, original);
    edit(workspace, texts, renamed, 5);
    assertAllFresh(workspace, texts, 'after renaming the treaty');
    assert.equal(workspace.resolved(LAW_URI).find((r) => r.reference.text.includes('Convention on Cybercrime'))?.status, 'external', 'renamed: that name is not in the workspace');
  });

  it('a citation chained to a renumbered one ("paragraph 2 of that article") follows it', () => {
    const texts = corpusTexts();
    const workspace = opened(texts);
    const original = texts.get(TREATY) as string;
    const before = workspace.resolved(LAW_URI).find((r) => r.reference.text.startsWith('paragraph 2'));
    assert.ok(before && before.targets.every((t) => t.status === 'resolved' && t.uri === TREATY), 'before: paragraph 2 of article 16 of the Convention');
    edit(workspace, texts, original.replace('##### Article 16 – ', '##### Article 61 – '), 3);
    const after = workspace.resolved(LAW_URI).find((r) => r.reference.text.startsWith('paragraph 2'));
    assert.ok(after && after.targets.every((t) => t.uri !== TREATY), 'after: it no longer points into the treaty');
    assertAllFresh(workspace, texts, 'after renumbering article 16');
  });

  it('the treaty a law names appears: a citation that found a unit of the law itself until then points into the treaty', () => {
    // "the Convention" names the law itself while the workspace holds no convention the law is
    // related to (its title says "Convention"); indexed before the treaty, the law resolves so.
    const law = [
      '---', 'id: test-convention-act', 'title: Convention Implementation Act for Testing', 'type: law', 'language: en', 'implements: [coe-ets185-en]', '---', '',
      '# Convention Implementation Act for Testing', '',
      '### Article 16 – Preservation', '',
      'The measures of Article 16 of the Convention apply to stored computer data.', '',
    ].join('\n');
    const lawUri = 'file:///test/test-convention-act.md';
    const texts = corpusTexts();
    const treaty = texts.get(TREATY) as string;
    texts.delete(TREATY);
    texts.set(lawUri, law);
    const workspace = fresh(texts);
    for (const uri of texts.keys()) checkDocument(workspace, uri);
    const cited = (ws: Workspace) => ws.resolved(lawUri).find((r) => r.reference.text.startsWith('Article 16'))?.targets.map((t) => `${t.status} ${t.uri ?? ''} ${t.unitId ?? ''}`);
    assert.deepEqual(cited(workspace), [`resolved ${lawUri} art_16`], 'before: the law\'s own article 16');
    texts.set(TREATY, treaty);
    workspace.set(TREATY, treaty, 1);
    assert.deepEqual(cited(workspace), [`resolved ${TREATY} art_16`], 'after: the treaty\'s article 16');
    assertAllFresh(workspace, texts, 'after the treaty appeared');
  });

  it('a note\'s citation found in exactly one document follows a section appearing, then leaving, in another document', () => {
    // A note's bare "§ 1029" that the annotated Convention lacks is the one document that holds it
    // (resolve.ts uniqueElsewhere): it read every document, so any document's sections may change it.
    const noteUri = 'file:///test/test-note-on-article-6.md';
    const note = ['---', 'id: test-note-on-article-6', 'title: A note on article 6', 'type: commentary', 'language: en', 'annotates: coe-ets185-en', '---', '', '# A note on article 6', '', 'Compare § 1029 for the devices offence.', ''].join('\n');
    const texts = corpusTexts();
    texts.set(noteUri, note);
    const workspace = opened(texts);
    const us2510 = corpusUri('us-18usc2510.md');
    const original = texts.get(us2510) as string;
    const found = () => workspace.resolved(noteUri).find((r) => r.reference.text.includes('1029'))!.targets[0];
    assert.equal(found().uri, corpusUri('us-18usc1029.md'), 'before: the one document that holds § 1029');
    // § 2510 renumbered § 1029: two documents hold one now, and the note cannot tell which.
    const renumbered = original.replace('### § 2510. Definitions', '### § 1029. Definitions');
    assert.notEqual(renumbered, original);
    for (const [text, version] of [[renumbered, 2], [original, 3]] as Array<[string, number]>) {
      texts.set(us2510, text);
      workspace.set(us2510, text, version);
      const dependants = workspace.dependents(us2510);
      assertAllFresh(workspace, texts, `after § 2510 became ${text === original ? '§ 2510 again' : '§ 1029'}`);
      assert.ok(dependants.includes(noteUri), 'the note is re-checked with the law');
      assert.equal(found().status === 'resolved', text === original, JSON.stringify(found()));
    }
  });

  it('a citation of a code named by its collection ("section 3121 of title 18") follows a section added to one of its documents', () => {
    const lawUri = 'file:///test/test-records-law.md';
    const law = ['---', 'id: test-records-law', 'title: Records Act for Testing', 'type: law', 'language: en', '---', '', '## Section 1', '', 'Records are kept as section 3121 of title 18 provides.', ''].join('\n');
    const texts = corpusTexts();
    texts.set(lawUri, law);
    const workspace = opened(texts);
    const us2510 = corpusUri('us-18usc2510.md');
    const original = texts.get(us2510) as string;
    const cited = () => workspace.resolved(lawUri).find((r) => r.reference.text.startsWith('section 3121'))!.targets[0];
    assert.equal(cited().status, 'external', 'before: no document of title 18 holds section 3121');
    // The user adds a section to one document of the collection (a heading written for this test).
    const added = original + '\n### § 3121. General prohibition\n\nText.\n';
    texts.set(us2510, added);
    workspace.set(us2510, added, 2);
    const dependants = workspace.dependents(us2510);
    assertAllFresh(workspace, texts, 'after section 3121 was added');
    assert.ok(dependants.includes(lawUri), 'the law is re-checked with the code');
    assert.equal(`${cited().status} ${cited().documentId}`, 'resolved us-18usc2510');
  });

  it('citations of the treaty\'s other articles keep their resolution; those of a changed number, or into a renumbered article, are resolved again', () => {
    const texts = corpusTexts();
    const workspace = opened(texts);
    const original = texts.get(TREATY) as string;
    const cited = (text: string) => workspace.resolved(LAW_URI).find((r) => r.reference.text.startsWith(text));
    const article17 = cited('Article 17');
    assert.ok(article17 && article17.targets.every((t) => t.status === 'resolved' && t.uri === TREATY && t.unitId === 'art_17'), 'before: "Article 17 of the Convention" is the treaty\'s article 17');
    // Article 16 renumbered 61: article 17 kept its number and its id, so its citation keeps its resolution.
    edit(workspace, texts, original.replace('##### Article 16 – ', '##### Article 61 – '), 3);
    assert.equal(cited('Article 17'), article17, 'renumbered 61: "Article 17 of the Convention" kept its resolution');
    assert.notEqual(cited('Article 16'), undefined);
    assert.ok(cited('Article 16')!.targets.every((t) => t.status !== 'resolved'), 'renumbered 61: "Article 16 of the Convention" is resolved again, and found nowhere');
    assertAllFresh(workspace, texts, 'after renumbering article 16 as 61');
    // Article 16 renumbered 17: two articles 17, the first of them the renumbered one; 17 is a changed number.
    edit(workspace, texts, original.replace('##### Article 16 – ', '##### Article 17 – '), 4);
    assert.notEqual(cited('Article 17'), article17, 'renumbered 17: "Article 17 of the Convention" is resolved again');
    assertAllFresh(workspace, texts, 'after renumbering article 16 as 17');
    // An article added, and one whose heading is gone: the units moved, nothing is kept but what cites the law itself.
    edit(workspace, texts, original.replace('##### Article 16 – ', '##### Article 15A – Added for the test\n\nText.\n\n##### Article 16 – '), 5);
    assertAllFresh(workspace, texts, 'after adding an article');
    edit(workspace, texts, original.replace('##### Article 16 – ', 'Article sixteen – '), 6);
    assertAllFresh(workspace, texts, 'after removing the heading of article 16');
    assert.ok(cited('Article 16')!.targets.every((t) => t.status !== 'resolved'), 'heading gone: "Article 16 of the Convention" finds nothing');
    edit(workspace, texts, original, 7);
    assertAllFresh(workspace, texts, 'after restoring the treaty');
  });

  it('the renumbered treaty\'s own citations keep their resolution where the change cannot reach them, and resolve as in a fresh workspace', () => {
    const texts = corpusTexts();
    const workspace = opened(texts);
    const original = texts.get(TREATY) as string;
    const resolutions = (ws: Workspace) => ws.resolved(TREATY).map((r) => JSON.stringify([r.reference.text, r.reference.span, r.reference.unitId, r.status, r.targets]));
    // Article 4 renumbered 40 lies inside "Articles 2 through 5" and "Articles 3 through 5"; 16 is cited by number.
    for (const [text, version, what] of [
      [original.replace('##### Article 4 – ', '##### Article 40 – '), 3, 'article 4 renumbered 40'],
      [original, 4, 'article 4 numbered back'],
      [original.replace('##### Article 16 – ', '##### Article 61 – '), 5, 'article 16 renumbered 61'],
      [original, 6, 'article 16 numbered back'],
    ] as Array<[string, number, string]>) {
      assert.notEqual(text, texts.get(TREATY), what);
      texts.set(TREATY, text);
      const reuse = { ...reuseStats };
      workspace.set(TREATY, text, version);
      const own = resolutions(workspace);
      assert.ok(reuseStats.reused > reuse.reused && reuseStats.resolvedAgain > reuse.resolvedAgain, `${what}: some of the treaty's own citations kept their resolution, others were resolved again`);
      assert.deepEqual(own, resolutions(fresh(texts)), `${what}: the treaty's resolutions`);
      checkDocument(workspace, TREATY);
      for (const uri of workspace.dependents(TREATY)) checkDocument(workspace, uri);
      assertAllFresh(workspace, texts, what);
    }
  });

  it('a section renumbered: "section 18 of the Convention", which found article 18 for want of a section 18, finds the section', () => {
    // A law written for this test: the treaty has sections (groupings of articles) and no section 18.
    const lawUri = 'file:///test/test-production-law.md';
    const law = ['---', 'id: test-production-law', 'title: Production Orders Act for Testing', 'type: law', 'language: en', 'implements: [coe-ets185-en]', '---', '',
      '# Production Orders Act for Testing', '', '### Section 1 – Orders', '', 'A production order is made as section 18 of the Convention provides.', ''].join('\n');
    const texts = corpusTexts();
    texts.set(lawUri, law);
    const workspace = opened(texts);
    const original = texts.get(TREATY) as string;
    const cited = () => workspace.resolved(lawUri).find((r) => r.reference.text.startsWith('section 18'))?.targets.map((t) => `${t.status} ${t.unitId ?? ''}`).join();
    assert.equal(cited(), 'resolved art_18', 'before: article 18, the citable unit numbered 18');
    assert.ok(original.includes('### SECTION 1 – SUBSTANTIVE'), 'the treaty has a section 1');
    edit(workspace, texts, original.replace('### SECTION 1 – SUBSTANTIVE', '### SECTION 18 – SUBSTANTIVE'), 3);
    assertAllFresh(workspace, texts, 'after renumbering section 1 as 18');
    assert.notEqual(cited(), 'resolved art_18', 'after: the section numbered 18');
  });

  it('a definition changed in the treaty: every document using the term is re-checked as a fresh workspace would', () => {
    const texts = corpusTexts();
    const workspace = opened(texts);
    const original = texts.get(TREATY) as string;
    const warned = (uri: string, term: string) => checkDocument(workspace, uri).some((d) => d.code === 'term-not-defined' && d.message.includes(`“${term}”`));
    assert.ok(warned(US_CH121, 'service provider') && warned(LAW_URI, 'service provider'), 'before: "service provider" is a treaty term the laws do not define');
    // The term renamed: the laws no longer use a treaty term of that name.
    const renamed = original.replace('c) “service provider” means:', 'c) “service operator” means:');
    assert.notEqual(renamed, original);
    edit(workspace, texts, renamed, 3);
    assertAllFresh(workspace, texts, 'after renaming a defined term');
    assert.ok(!warned(US_CH121, 'service provider') && !warned(LAW_URI, 'service provider'), 'after: "service provider" is no treaty term');
    // A new definition of a word the law uses: it is now a treaty term used without a definition.
    const added = renamed.replace('c) “service operator” means:', 'c) “prosecutor” means a public official;\n\nd) “service operator” means:');
    edit(workspace, texts, added, 4);
    assertAllFresh(workspace, texts, 'after adding a definition');
    assert.ok(warned(LAW_URI, 'prosecutor'), 'after: "prosecutor" is a treaty term the law does not define');
    // Back to the original text.
    edit(workspace, texts, original, 5);
    assertAllFresh(workspace, texts, 'after restoring the definitions');
    assert.ok(warned(US_CH121, 'service provider'), 'back: "service provider" again');
  });
});
