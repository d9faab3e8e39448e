// The Azores' regional acts as the Diário da República gives them (legalize-dev/legalize-pt; verbatim lines,
// portugalRegionalText.ts): "a alínea d) do artigo 4.º" where the article's letters are in its "1 -", and a statute's number
// after "n.º" ("Decreto-Lei n.º 323/89"), where "n.º" also names a paragraph.
import * as assert from 'node:assert';
import { oneDocument } from '../helpers/oneDocument';
import { PT_DLR_1995_ARTICLE_12, PT_DLR_1995_ARTICLE_4, PT_DRR_1998_ARTICLE_12 } from './portugalRegionalText';

const FRONT = '---\nid: pt-dlr\ntitle: Decreto Legislativo Regional\nlanguage: pt\n---\n# Decreto Legislativo Regional\n\n###### Artigo 1.º — Objecto\n\nTexto.\n\n';
const act = oneDocument('dlr.md', FRONT);
const { broken } = act;

describe('engine: regional acts of the Azores (Diário da República)', () => {
  it('"a alínea d) do artigo 4.º": the one letter d) below the article, in its paragraph 1', () => {
    const text = PT_DLR_1995_ARTICLE_4 + '\n' + PT_DLR_1995_ARTICLE_12;
    // (the lines also cite articles 1 and 7, which this test's document does not hold)
    assert.deepStrictEqual(broken(text).filter((message) => /artigo 4/.test(message)), []);
    assert.strictEqual(act.citation(text, 'alínea d) do artigo 4.º').targets[0].unitId, 'art_4__para_1__subpara_d');
    // must not: a letter the article does not have is reported
    const missing = text.replace('a alínea d) do artigo 4.º', 'a alínea g) do artigo 4.º');
    assert.notStrictEqual(missing, text);
    assert.ok(broken(missing).some((message) => /article 4 has no/.test(message)), broken(missing).join('\n'));
  });

  it('"…, no artigo 7.º e no n.º 1 do artigo 18.º, todos do [Decreto-Lei n.º 323/89]": that decree-law\'s, by its number', () => {
    assert.deepStrictEqual(broken(PT_DRR_1998_ARTICLE_12), []);
    const cited = act.citation(PT_DRR_1998_ARTICLE_12, 'n.º 1 do artigo 18.º');
    assert.strictEqual(cited.targets[0].status, 'external');
    assert.match(cited.targets[0].reason ?? '', /Decreto-Lei n\.º 323\/89/);
    // must not: "todos do presente diploma" are this act's, and checked (it has no article 18)
    const ours = PT_DRR_1998_ARTICLE_12.replace(/todos do \[Decreto-Lei n\.º 323\/89\]\([^)]*\)/, 'todos do presente diploma');
    assert.notStrictEqual(ours, PT_DRR_1998_ARTICLE_12);
    assert.ok(broken(ours).some((message) => /no article 18/.test(message)), broken(ours).join('\n'));
  });
});
