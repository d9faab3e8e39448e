// Checks of a translation against its original, on the Dutch Budapest Convention and on copies
// of it changed in memory the way a translator's slip would change it.
import * as assert from 'node:assert/strict';
import { Workspace } from '../../server/src/engine/workspace';
import { checkDocument } from '../../server/src/engine/checks';
import type { EngineDiagnostic } from '../../server/src/engine/checks/types';
import { parseTermBase, type TermBase } from '../../server/src/engine/translation/termBase';
import { corpusFiles, corpusText, corpusUri, frontMatter, joinLines, uriOf, workspaceOf } from '../helpers/workspace';

const NL = 'coe-ets185-nl.md';

/** The corpus with the Dutch Budapest text replaced by `dutch`, and an optional term base. */
function corpusWith(dutch: string, termBase?: TermBase): Workspace {
  const workspace = new Workspace();
  for (const name of corpusFiles()) workspace.set(corpusUri(name), name === NL ? dutch : corpusText(name));
  if (termBase) workspace.setTermBase(termBase);
  return workspace;
}

function versionDiagnostics(workspace: Workspace, name = NL): EngineDiagnostic[] {
  return checkDocument(workspace, corpusUri(name)).filter((d) => d.code.startsWith('version-'));
}

function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  assert.ok(at >= 0, `"${from}" is in the text`);
  assert.equal(text.indexOf(from, at + 1), -1, `"${from}" is in the text once`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

function termBase(yaml: string): TermBase {
  const parsed = parseTermBase(yaml);
  assert.equal(parsed.error, undefined);
  return parsed.termBase;
}

describe('checks between versions', () => {
  const pristine = corpusText(NL);

  it('the Dutch Budapest text as shipped: only the intended structure of article 1 (d), the stray "2" of the English article 15, and two omissions as information', () => {
    const found = versionDiagnostics(corpusWith(pristine));
    assert.deepEqual(found.map((d) => `${d.severity} ${d.code} ${lineOf(pristine, d.span.start)}`), [
      'information version-structure-differs 68',
      'warning version-number-differs 230',
      'information version-term-rendering 314',
      'information version-term-rendering 332',
    ]);
    assert.match(found[0].message, /one paragraph in coe-ets185-en, a paragraph and three “–” items here/);
    assert.match(found[1].message, /“2” in the original/);
  });

  it('a copy with a paragraph removed, a citation changed and a term rendered another way gets exactly those three diagnostics, in the right places', () => {
    let copy = pristine;
    const removed = copy.slice(copy.indexOf('2. Een Partij kan zich het recht voorbehouden als voorwaarde voor strafbaarheid te stellen dat het in het eerste lid bedoelde gedrag'));
    copy = replaceOnce(copy, removed.slice(0, removed.indexOf('\n\n') + 2), '');
    copy = replaceOnce(copy, 'die met toepassing van artikel 16 moeten', 'die met toepassing van artikel 15 moeten');
    copy = replaceOnce(copy, 'a. het invoeren, wijzigen, wissen of onderdrukken van computergegevens;', 'a. het invoeren, wijzigen, wissen of onderdrukken van computerdata;');
    const before = new Set(versionDiagnostics(corpusWith(pristine)).map((d) => `${d.code} ${d.message}`));
    const added = versionDiagnostics(corpusWith(copy)).filter((d) => !before.has(`${d.code} ${d.message}`));
    const at = (d: EngineDiagnostic) => `${d.code} line ${lineOf(copy, d.span.start)}: ${copy.slice(d.span.start, d.span.end)}`;
    assert.deepEqual(added.map(at), [
      `version-unit-missing line ${lineOf(copy, copy.indexOf('##### Artikel 4 '))}: ##### Artikel 4 – Verstoring van computergegevens`,
      `version-term-rendering line ${lineOf(copy, copy.indexOf('computerdata'))}: computerdata`,
      `version-citation-differs line ${lineOf(copy, copy.indexOf('artikel 15 moeten'))}: artikel 15`,
    ]);
    assert.match(added[0].message, /The original's Article 4, paragraph 2 is missing here/);
    assert.match(added[1].message, /uses “computer data”; its agreed rendering “computergegevens” does not stand here \(“computerdata” looks like another rendering\)/);
    assert.match(added[2].message, /"artikel 15" points elsewhere than the original at the same place, which cites "Article 16"/);
    assert.equal(added[1].severity, 'warning');
    assert.equal(added[1].fixes?.[0].edits[0].newText, 'computergegevens');
  });

  it('an accepted difference in the term base is no longer reported', () => {
    const accepted = termBase('accepted-differences:\n  - translation: coe-ets185-nl\n    unit: art_1__subpara_d\n    note: three "–" items in Dutch\n');
    const found = versionDiagnostics(corpusWith(pristine, accepted));
    assert.equal(found.filter((d) => d.code === 'version-structure-differs').length, 0);
    assert.equal(found.filter((d) => d.code === 'version-number-differs').length, 1);
  });

  it('a forbidden variant is flagged with a quick fix; a superseded one too; the agreed rendering is not', () => {
    const base = termBase(joinLines(
      'terms:',
      '  - term: computer data',
      '    language: en',
      '    renderings:',
      '      nl: { preferred: computergegevens, forbidden: [computerdata], superseded: [digitale gegevens] }',
    ));
    let copy = replaceOnce(pristine, 'a. het invoeren, wijzigen, wissen of onderdrukken van computergegevens;', 'a. het invoeren, wijzigen, wissen of onderdrukken van computerdata;');
    copy = replaceOnce(copy, 'beschadigen, wissen, aantasten, wijzigen of onderdrukken van computergegevens.', 'beschadigen, wissen, aantasten, wijzigen of onderdrukken van digitale gegevens.');
    const found = versionDiagnostics(corpusWith(copy, base)).filter((d) => d.code === 'version-term-forbidden');
    assert.deepEqual(found.map((d) => copy.slice(d.span.start, d.span.end)), ['digitale gegevens', 'computerdata']);
    assert.match(found[0].message, /superseded rendering of “computer data”; the agreed rendering is “computergegevens” \(term base\)/);
    assert.equal(found[1].fixes?.[0].edits[0].newText, 'computergegevens');
    assert.equal(versionDiagnostics(corpusWith(pristine, base)).filter((d) => d.code === 'version-term-forbidden').length, 0);
  });

  it('one term rendered two admitted ways in one document is an inconsistency; one way throughout is not', () => {
    const base = termBase(joinLines(
      'terms:',
      '  - term: service provider',
      '    renderings:',
      '      nl: { preferred: serviceprovider, admitted: [dienstverlener] }',
    ));
    assert.equal(versionDiagnostics(corpusWith(pristine, base)).filter((d) => d.code === 'version-term-inconsistent').length, 0);
    const copy = replaceOnce(pristine, 'die wordt gehouden door een serviceprovider en die', 'die wordt gehouden door een dienstverlener en die');
    const found = versionDiagnostics(corpusWith(copy, base)).filter((d) => d.code === 'version-term-inconsistent');
    assert.deepEqual(found.map((d) => copy.slice(d.span.start, d.span.end)), ['dienstverlener']);
    assert.match(found[0].message, /rendered “dienstverlener” here and “serviceprovider” \d+ times elsewhere/);
  });

  const original = (body: string[]) => frontMatter({ id: 'conv-en', title: 'Convention', type: 'treaty', language: 'en' }) + joinLines('# Convention', '', ...body, '');
  const dutch = (body: string[]) => frontMatter({ id: 'conv-nl', title: 'Verdrag', type: 'treaty', language: 'nl', 'translation-of': 'conv-en' }) + joinLines('# Verdrag', '', ...body, '');

  it('an extra paragraph is reported on the translation; the same paragraphs are not', () => {
    const en = original(['## Article 1 – Scope', '', '1. First.', '', '2. Second.']);
    const extra = workspaceOf({ 'en.md': en, 'nl.md': dutch(['## Artikel 1 – Toepassing', '', '1. Eerste.', '', '2. Tweede.', '', '3. Derde.']) });
    const found = checkDocument(extra, uriOf('nl.md')).filter((d) => d.code === 'version-unit-extra');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /Artikel 1, paragraph 3 in Artikel 1 has no counterpart in the original \(conv-en\)/);
    const same = workspaceOf({ 'en.md': en, 'nl.md': dutch(['## Artikel 1 – Toepassing', '', '1. Eerste.', '', '2. Tweede.']) });
    assert.deepEqual(checkDocument(same, uriOf('nl.md')).filter((d) => d.code.startsWith('version-')), []);
  });

  it('numbers that differ are reported; a number written in words in one version and in digits in the other is not', () => {
    const en = original(['## Article 1 – Time limits', '', '1. The request shall be answered within sixty days and no later than 1 July 2025.', '', '2. A fine of up to 10,000 euros.']);
    const nl = (days: string, fine: string) => dutch(['## Artikel 1 – Termijnen', '', `1. Het verzoek wordt binnen ${days} dagen beantwoord en uiterlijk op 1 juli 2025.`, '', `2. Een geldboete van ten hoogste ${fine} euro.`]);
    const good = workspaceOf({ 'en.md': en, 'nl.md': nl('60', '10.000') });
    assert.deepEqual(checkDocument(good, uriOf('nl.md')).filter((d) => d.code === 'version-number-differs'), []);
    const text = nl('90', '1.000');
    const bad = workspaceOf({ 'en.md': en, 'nl.md': text });
    const found = checkDocument(bad, uriOf('nl.md')).filter((d) => d.code === 'version-number-differs');
    assert.deepEqual(found.map((d) => text.slice(d.span.start, d.span.end)), ['90', '1.000']);
    assert.match(found[1].message, /“1\.000” here, not “10000” in the original/);
  });
});
