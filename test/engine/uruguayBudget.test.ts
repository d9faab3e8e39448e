// Uruguay's budget law as legalize-dev converts it (verbatim lines, uruguayBudgetText.ts): "a) Inciso 05 Programa 007 Proyecto
// 718" names a ministry's code in the budget's classification, not an inciso of the article. The rule has a must-not.
import * as assert from 'node:assert';
import { oneDocument } from '../helpers/oneDocument';
import { UY_LEY_17296_ARTICLE_647 } from './uruguayBudgetText';

const FRONT = '---\nid: uy-ley\ntitle: Ley\nlanguage: es\n---\n# Ley\n\n##### Artículo 646\n\nTexto.\n\n';
const law = oneDocument('ley.md', FRONT);
const { broken } = law;

describe('engine: codes of a budget\'s classification are no units (Uruguay)', () => {
  it('"Inciso 05 Programa 007 Proyecto 718", "Inciso 12 Programa 005 …": codes written with leading zeros, not incisos of article 647', () => {
    assert.deepStrictEqual(broken(UY_LEY_17296_ARTICLE_647), []);
    // must not: an inciso cited by its number, written as units are, is checked
    const cited = UY_LEY_17296_ARTICLE_647.replace('a) Inciso 05 Programa 007 Proyecto 718', 'a) el inciso 5 del presente artículo');
    assert.notStrictEqual(cited, UY_LEY_17296_ARTICLE_647);
    assert.ok(broken(cited).some((message) => message.startsWith('"inciso 5 del presente artículo"')), broken(cited).join('\n'));
  });
});
