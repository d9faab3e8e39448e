// The first groupings of a part whose headings a copy lost, and a grouping's heading written deeper than the article before it:
// Benin's digital code as a site publishes it (../shared/sources), where "chapitre II du présent Livre" was reported missing
// though Livre 6 shows its chapters from chapter 8 on, its articles 491–546 under no chapter heading. Each rule has a case where it
// must not apply.
import * as assert from 'node:assert';
import { oneDocument } from '../helpers/oneDocument';
import { SOURCES_DIR, rawSourceWithFrontMatter, uriOf, workspaceOf } from '../helpers/workspace';
import { checkDocument } from '../../server/src/engine/checks';
import { BJ_LIVRE_6, CA_SB_53_SECTION_2 } from './groupingHeadingsLostText';

const benin = oneDocument('bj.md', '---\nid: bj\ntitle: "Code du numérique"\ntype: law\nlanguage: fr\n---\n\n# Code du numérique\n\n');
const parentOf = (text: string, id: string, reader = benin) => {
  const unit = reader.read(text).model.units.find((u) => u.id === id);
  assert.ok(unit, `no unit ${id}`);
  return unit.parent?.id;
};

describe('engine: groupings whose first headings a copy lost (Benin, Livre 6)', () => {
  it('"#### CHAPITRE 8" after "### Article 546", its first article 547: a chapter of Livre 6, not a part of article 546', () => {
    // before: chapters 8 and 9 (and all that followed) were parts of article 546
    assert.strictEqual(parentOf(BJ_LIVRE_6, 'book_6__chp_8'), 'book_6');
    assert.strictEqual(parentOf(BJ_LIVRE_6, 'book_6__chp_9'), 'book_6');
    assert.strictEqual(parentOf(BJ_LIVRE_6, 'art_547'), 'book_6__chp_8');
    const article546 = benin.read(BJ_LIVRE_6).model.units.find((u) => u.id === 'art_546')!;
    assert.ok(article546.children.every((child) => child.kind !== 'chapter'));
  });

  it('"mentionné au chapitre II du présent Livre": chapters before 8 show no heading here, so it cannot be checked', () => {
    // before: "this document has no chapter II (it has chapters 8–9)", an error
    assert.deepStrictEqual(benin.broken(BJ_LIVRE_6), []);
    const cited = benin.citation(BJ_LIVRE_6, 'chapitre II du présent Livre');
    assert.strictEqual(cited.status, 'external');
    assert.match(cited.targets[0].reason ?? '', /first chapter heading at CHAPITRE 8, with Article 491 to Article 546 before it under none.*chapter II cannot be checked/);
  });

  it('must not: a part that shows a chapter numbered below the one cited, or its first chapter with no article before it', () => {
    // (a chapter 1 heading given before article 491: chapter II should be shown, and is missing)
    const first = BJ_LIVRE_6.replace('### Article 491', '#### CHAPITRE 1 : DISPOSITIONS GENERALES\n\n### Article 491');
    assert.deepStrictEqual(benin.broken(first), ['"chapitre II du présent Livre": this document has no chapter II (it has chapters 1–9).']);
    // (Livre 6 opening with chapter 8, the citation moved after it: nothing stands before chapter 8 that could be an earlier chapter's)
    const chapter8 = BJ_LIVRE_6.indexOf('#### CHAPITRE 8');
    const opening = BJ_LIVRE_6.slice(0, BJ_LIVRE_6.indexOf('### Article 491'));
    const fromChapter8 = `${opening}${BJ_LIVRE_6.slice(chapter8)}\nVoir le chapitre II du présent Livre.\n`;
    assert.deepStrictEqual(benin.broken(fromChapter8), ['"chapitre II du présent Livre": this document has no chapter II (it has chapters 8–9).']);
  });

  it('must not: a chapter a section of a bill adds to a code (California SB-53), or one set out after a colon, stays the section\'s', () => {
    const bill = oneDocument('sb53.md', '---\nid: sb53\ntitle: "SB-53"\ntype: law\nlanguage: en\n---\n\n# SB-53\n\n');
    const chapter = bill.read(CA_SB_53_SECTION_2).model.units.find((u) => u.kind === 'chapter');
    assert.ok(chapter);
    assert.strictEqual(chapter.parent?.kind, 'section');
    assert.strictEqual(chapter.parent?.number, '2');
    // (article 546 made a lead-in: "… les dispositions suivantes :" then the chapter: the text it sets out)
    const leadIn = BJ_LIVRE_6.replace('\n\n#### CHAPITRE 8', ' Sont insérées les dispositions suivantes :\n\n#### CHAPITRE 8');
    assert.strictEqual(parentOf(leadIn, 'book_6__chp_8') === 'book_6', false);
  });

  it('the copy in ../shared/sources: no error for "chapitre II du présent Livre"', function () {
    if (!SOURCES_DIR) this.skip();
    const text = rawSourceWithFrontMatter('bj-code-numerique-livre0-livre6-fr.md', 'bj-code-numerique');
    const workspace = workspaceOf({ 'bj-raw.md': text });
    const errors = checkDocument(workspace, uriOf('bj-raw.md')).filter((d) => d.code === 'broken-reference').map((d) => d.message);
    assert.ok(!errors.some((message) => message.includes('chapitre II')), errors.join('\n'));
  });
});
