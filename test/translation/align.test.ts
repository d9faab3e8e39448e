// Aligning language versions by structure, on the corpus (Budapest Convention and its Additional
// Protocol in English and Dutch) and on small documents shaped the way other languages number.
import * as assert from 'node:assert/strict';
import { alignDocuments } from '../../server/src/engine/translation/align';
import { counterpart, otherVersions } from '../../server/src/engine/translation/versions';
import { corpusDoc, frontMatter, joinLines, loadCorpus, uriOf, workspaceOf } from '../helpers/workspace';

describe('translation alignment', () => {
  for (const work of ['coe-ets185', 'coe-ets189']) {
    it(`${work}: English and Dutch align completely, unit for unit`, () => {
      const en = corpusDoc(`${work}-en`);
      const nl = corpusDoc(`${work}-nl`);
      const alignment = alignDocuments(en, nl);
      assert.deepEqual(alignment.unaligned.map((u) => `${u.side} ${u.unit.id}: ${u.reason}`), []);
      assert.equal(alignment.pairs.length, en.units.length);
      assert.equal(alignment.pairs.length, nl.units.length);
      // Every unit of each version appears exactly once.
      assert.equal(new Set(alignment.pairs.map((p) => p.translation)).size, nl.units.length);
    });
  }

  it('pairs "Article 2" with "Artikel 2", SECTION with AFDELING, and paragraph with lid', () => {
    const en = corpusDoc('coe-ets185-en');
    const nl = corpusDoc('coe-ets185-nl');
    const alignment = alignDocuments(en, nl);
    const art2 = alignment.toTranslation.get('art_2');
    assert.equal(art2?.label, 'Artikel 2');
    assert.equal(alignment.toTranslation.get('chp_ii__sec_1')?.id, 'chp_ii__dvs_1');
    assert.match(nl.text.slice(alignment.toTranslation.get('art_17__para_1')?.span.start ?? 0).slice(0, 60), /^1\. Iedere Partij neemt ten aanzien van verkeersgegevens/);
    assert.equal(alignment.toOriginal.get('art_1__subpara_d')?.id, 'art_1__subpara_d');
  });

  it('goes between two translations through their original', () => {
    const workspace = loadCorpus();
    const nl = corpusDoc('coe-ets185-nl');
    const en = corpusDoc('coe-ets185-en');
    assert.deepEqual(otherVersions(workspace, nl).map((m) => m.id), ['coe-ets185-en']);
    assert.deepEqual(otherVersions(workspace, en).map((m) => m.id), ['coe-ets185-nl']);
    assert.equal(counterpart(workspace, nl, 'art_29__para_2__subpara_f', en)?.label, 'f)');
  });

  const original = (body: string[]) => frontMatter({ id: 'conv-en', title: 'Convention', type: 'treaty', language: 'en' }) + joinLines('# Convention', '', ...body, '');
  const translation = (lang: string, body: string[]) => frontMatter({ id: `conv-${lang}`, title: 'Convention', type: 'treaty', language: lang, 'translation-of': 'conv-en' }) + joinLines('# Convention', '', ...body, '');

  it('pairs subparagraphs lettered differently ("(a)" and "(أ)") by their order, and says so', () => {
    const workspace = workspaceOf({
      'en.md': original(['## Article 3 – Scope', '', '1. This Convention applies to:', '', '(a) the prevention;', '', '(b) the investigation.']),
      'ar.md': translation('ar', ['## المادة 3: نطاق الانطباق', '', '1 - تنطبق هذه الاتفاقية على:', '', '(أ) المنع؛', '', '(ب) التحقيق.']),
    });
    const alignment = alignDocuments(workspace.get(uriOf('en.md'))!, workspace.get(uriOf('ar.md'))!);
    assert.deepEqual(alignment.unaligned, []);
    const lettered = alignment.pairs.filter((p) => p.original.kind === 'subparagraph');
    assert.deepEqual(lettered.map((p) => [p.original.number, p.translation.number, p.byPosition]), [['a', 'أ', true], ['b', 'ب', true]]);
  });

  it('pairs the articles of a chapter whose heading one version lacks, and lists only the heading', () => {
    const workspace = workspaceOf({
      'en.md': original(['## CHAPTER I – SCOPE', '', '### Article 1 – One', '', '1. First.', '', '## CHAPTER II – MEASURES', '', '### Article 2 – Two', '', 'Text.']),
      'nl.md': translation('nl', ['## HOOFDSTUK I – TOEPASSING', '', '### Artikel 1 – Een', '', '1. Eerste.', '', '### Artikel 2 – Twee', '', 'Tekst.']),
    });
    const alignment = alignDocuments(workspace.get(uriOf('en.md'))!, workspace.get(uriOf('nl.md'))!);
    assert.deepEqual(alignment.unaligned.map((u) => `${u.side} ${u.unit.id}`), ['original chp_ii']);
    assert.equal(alignment.toTranslation.get('art_2')?.label, 'Artikel 2');
    assert.equal(alignment.toTranslation.get('art_2__al_1')?.id, 'art_2__al_1');
  });

  it('lists a missing article and an extra paragraph with their reasons', () => {
    const workspace = workspaceOf({
      'en.md': original(['## Article 1 – One', '', 'Text.', '', '## Article 2 – Two', '', '1. First.', '', '2. Second.', '', '## Article 3 – Three', '', 'Text.']),
      'nl.md': translation('nl', ['## Artikel 1 – Een', '', 'Tekst.', '', '## Artikel 2 – Twee', '', '1. Eerste.', '', '2. Tweede.', '', '3. Derde.']),
    });
    const alignment = alignDocuments(workspace.get(uriOf('en.md'))!, workspace.get(uriOf('nl.md'))!);
    const topmost = alignment.unaligned.filter((u) => u.topmost).map((u) => `${u.side}: ${u.reason}`);
    assert.deepEqual(topmost.sort(), [
      'original: Article 3 has no counterpart in conv-nl',
      'translation: Artikel 2, paragraph 3 in Artikel 2 has no counterpart in the original (conv-en)',
    ]);
    // The missing article's own paragraph is listed too, with the article as its cause.
    assert.ok(alignment.unaligned.some((u) => !u.topmost && u.unit.id === 'art_3__al_1' && /inside Article 3/.test(u.reason)));
  });
});
