// EU acts as EUR-Lex gives them (legalize-dev/legalize-eu, English; verbatim lines, eurLexText.ts): "of that Directive" after a
// citation, an article cited again right after its instrument, footnotes whose marks stood in the recitals this copy leaves
// out, and an annex's sections titled in capitals after a definitions list.
import * as assert from 'node:assert';
import { oneDocument } from '../helpers/oneDocument';
import { EU_CONFISCATION_ARTICLE_5, EU_CONFISCATION_FOOTNOTES, EU_ECB_ARTICLE_5, EU_SILC_ANNEX } from './eurLexText';

const FRONT = '---\nid: eu-act\ntitle: Directive\nlanguage: en\n---\n# Directive\n\n#### Article 1\n\nText.\n\n#### Article 2\n\nText.\n\n#### Article 3\n\nText.\n\n#### Article 4\n\nText.\n\n';
const act = oneDocument('act.md', FRONT);
const problems = (text: string, code: string) => act.problems(text, code);

describe('engine: EU acts as EUR-Lex gives them', () => {
  it('"as provided for in Article 5(6) of that Directive": a unit of the directive named before, not checked here', () => {
    assert.deepStrictEqual(problems(EU_CONFISCATION_ARTICLE_5, 'broken-reference'), []);
    const cited = act.citation(EU_CONFISCATION_ARTICLE_5, 'Article 5(6)');
    assert.strictEqual(cited.targets[0].status, 'external');
    assert.match(cited.targets[0].reason ?? '', /that Directive/);
    // must not: "of this Directive" is this one's article 5, which has no paragraph 6
    const ours = EU_CONFISCATION_ARTICLE_5.replace('Article 5(6) of that Directive', 'Article 5(6) of this Directive');
    assert.notStrictEqual(ours, EU_CONFISCATION_ARTICLE_5);
    assert.ok(problems(ours, 'broken-reference').some((message) => /article 5 has no/.test(message)), problems(ours, 'broken-reference').join('\n'));
  });

  it('"… Article 49.2 of the Statute. The references in Article 49.2 to …": the Statute\'s article again', () => {
    assert.deepStrictEqual(problems(EU_ECB_ARTICLE_5, 'broken-reference'), []);
    const again = act.read(EU_ECB_ARTICLE_5).workspace.resolved(act.read(EU_ECB_ARTICLE_5).model.uri).filter((r) => r.reference.text === 'Article 49.2');
    assert.strictEqual(again.length, 1);
    assert.match(again[0].targets[0].reason ?? '', /Statute/);
    // with a paragraph between, the article that named the Statute for it still does
    const apart = EU_ECB_ARTICLE_5.replace('of the Statute. The references in Article 49.2', 'of the Statute.\n\nThe references in Article 49.2');
    assert.notStrictEqual(apart, EU_ECB_ARTICLE_5);
    assert.deepStrictEqual(problems(apart, 'broken-reference'), []);
    // must not: with no instrument named for it before, the bare citation is this act's, and reported
    const unnamed = EU_ECB_ARTICLE_5.replace('in accordance with Article 49.2 of the Statute. The references in Article 49.2', 'in accordance with the Statute. The references in Article 49.2');
    assert.notStrictEqual(unnamed, EU_ECB_ARTICLE_5);
    assert.ok(problems(unnamed, 'broken-reference').some((message) => /no article 49/.test(message)), problems(unnamed, 'broken-reference').join('\n'));
  });

  it('footnotes that link back to marks in recitals this copy leaves out: one note for them all, not a warning each', () => {
    const unused = act.read(EU_CONFISCATION_FOOTNOTES);
    assert.ok(unused.model);
    assert.deepStrictEqual(problems(EU_CONFISCATION_FOOTNOTES, 'footnote-unused').length, 1);
    assert.match(problems(EU_CONFISCATION_FOOTNOTES, 'footnote-unused')[0], /11 footnotes, the first \[\^E0001\], link back/);
    // must not: footnotes with no link back are each reported as never referred to
    const plain = EU_CONFISCATION_FOOTNOTES.replace(/\(\[<sup>\d+<\/sup>\]\([^)]*\)\) /g, '');
    assert.notStrictEqual(plain, EU_CONFISCATION_FOOTNOTES);
    assert.strictEqual(problems(plain, 'footnote-unused').filter((message) => /never referred to/.test(message)).length, 11);
  });

  it('an annex\'s "2. IDENTIFICATION NUMBERS …" title ends its definitions list: "- Priority 1: …" in section 4 defines nothing', () => {
    assert.deepStrictEqual(problems(EU_SILC_ANNEX, 'duplicate-definition'), []);
    // must not: without titles in capitals, the lists "Priority 1: …" go on as entries of the definitions list
    const untitled = EU_SILC_ANNEX.replace(/^(\d\. )([A-Z][A-Z ]+)$/gm, (_line, number: string, title: string) => number + title[0] + title.slice(1).toLowerCase());
    assert.notStrictEqual(untitled, EU_SILC_ANNEX);
    assert.ok(problems(untitled, 'duplicate-definition').some((message) => /Priority 1/.test(message)), problems(untitled, 'duplicate-definition').join('\n'));
  });
});
