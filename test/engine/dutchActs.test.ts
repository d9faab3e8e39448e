// Dutch acts as wetten.overheid.nl gives them (legalize-dev/legalize-nl; verbatim lines, dutchActsText.ts): "van het vorige
// artikel", the genitive "der" ("art. 188 der Grondwet"), and a law named after its subject's capitalised name ("de Wet op de
// Raad van State").
import * as assert from 'node:assert';
import { oneDocument } from '../helpers/oneDocument';
import { NL_HANDELSNAAMWET_ARTICLES_6_6A, NL_STRANDVONDERIJ_ARTICLES_16_17, NL_WATERSTAATSWET_ARTICLE_4, NL_WATERSTAATSWET_PREAMBLE } from './dutchActsText';

const FRONT = '---\nid: nl-wet\ntitle: Wet\nlanguage: nl\n---\n# Wet\n\n##### Artikel 1\n\nTekst.\n\n##### Artikel 14\n\nTekst.\n\n';
const act = oneDocument('wet.md', FRONT);
const { broken } = act;

describe('engine: Dutch acts (wetten.overheid.nl)', () => {
  it('"Het vierde, vijfde en zesde lid van het vorige artikel": paragraphs of article 6, cited from article 6a', () => {
    assert.deepStrictEqual(broken(NL_HANDELSNAAMWET_ARTICLES_6_6A), []);
    const cited = act.citation(NL_HANDELSNAAMWET_ARTICLES_6_6A, 'vierde, vijfde en zesde lid', true);
    assert.deepStrictEqual(cited.targets.map((t) => t.unitId), ['art_6__para_4', 'art_6__para_5', 'art_6__para_6']);
    // must not: "van dit artikel" are article 6a's own, which has four
    const own = NL_HANDELSNAAMWET_ARTICLES_6_6A.replace('zesde lid van het vorige artikel', 'zesde lid van dit artikel');
    assert.notStrictEqual(own, NL_HANDELSNAAMWET_ARTICLES_6_6A);
    assert.ok(broken(own).some((message) => /article 6a has no paragraph 5/.test(message)), broken(own).join('\n'));
  });

  it('"het tweede lid van het vorige artikel" in article 17: article 16\'s', () => {
    assert.deepStrictEqual(broken(NL_STRANDVONDERIJ_ARTICLES_16_17), []);
    assert.strictEqual(act.citation(NL_STRANDVONDERIJ_ARTICLES_16_17, 'tweede lid', true).targets[0].unitId, 'art_16__para_2');
  });

  it('"Gezien art. 188 der [Grondwet](…)" and "[Artikel 18**a**, …, van de Wet op de Raad van State](…)": other laws\' articles', () => {
    assert.deepStrictEqual(broken(NL_WATERSTAATSWET_PREAMBLE), []);
    assert.strictEqual(act.citation(NL_WATERSTAATSWET_PREAMBLE, 'art. 188', true).reference.anchor.kind, 'instrument');
    assert.deepStrictEqual(broken(NL_WATERSTAATSWET_ARTICLE_4), []);
    const anchor = act.citation(NL_WATERSTAATSWET_ARTICLE_4, 'Artikel 18', true).reference.anchor;
    assert.strictEqual(anchor.kind === 'instrument' ? anchor.name : anchor.kind, 'Wet op de Raad van State');
    // must not: "van deze wet" is this act's, which has no article 18a
    const ours = NL_WATERSTAATSWET_ARTICLE_4.replace('van de Wet op de Raad van State', 'van deze wet');
    assert.notStrictEqual(ours, NL_WATERSTAATSWET_ARTICLE_4);
    assert.ok(broken(ours).some((message) => /no article 18a/.test(message)), broken(ours).join('\n'));
  });
});
