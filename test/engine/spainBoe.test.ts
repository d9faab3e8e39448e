// Spanish acts as the BOE gives them (legalize-dev/legalize-es; verbatim lines, spainBoeText.ts): an amending article whose
// opening names the law it amends with its date and title ("La Ley 6/1984, de 5 de junio, del Valedor del Pueblo, queda
// modificada como sigue a continuación:"), and instructions written with the unit first ("El párrafo 42 se sustituye por el
// siguiente:", "Se añade un nuevo párrafo 51 …").
import * as assert from 'node:assert';
import { oneDocument } from '../helpers/oneDocument';
import { ES_MARPOL_RULE_2, ES_VALEDOR_ARTICLE_1 } from './spainBoeText';

const FRONT = '---\nid: es-ley\ntitle: Ley\nlanguage: es\n---\n# Ley\n\n';
const law = oneDocument('ley.md', FRONT);
const { broken } = law;

describe('engine: Spanish acts as the BOE gives them', () => {
  it('"La Ley 6/1984, de 5 de junio, del Valedor del Pueblo, queda modificada como sigue a continuación:": its items cite that law', () => {
    assert.deepStrictEqual(broken(ES_VALEDOR_ARTICLE_1), []);
    const cited = law.citation(ES_VALEDOR_ARTICLE_1, 'artículo 16');
    assert.strictEqual(cited.targets[0].status, 'external');
    assert.match(cited.targets[0].reason ?? '', /Ley 6\/1984/);
    // must not: an opening that amends nothing ("… queda en vigor.") leaves the citations this law's
    const inForce = ES_VALEDOR_ARTICLE_1.replace('queda modificada como sigue a continuación:', 'queda en vigor.');
    assert.notStrictEqual(inForce, ES_VALEDOR_ARTICLE_1);
    assert.ok(broken(inForce).some((message) => /no article 34/.test(message)), broken(inForce).join('\n'));
  });

  it('"El párrafo 42 se sustituye por el siguiente:", "Se añade un nuevo párrafo 51 …": paragraphs of the rule amended, not checked', () => {
    assert.deepStrictEqual(broken(ES_MARPOL_RULE_2), []);
    assert.strictEqual(law.citation(ES_MARPOL_RULE_2, 'párrafo 42').targets[0].status, 'external');
    // must not: a sentence that amends nothing ("El párrafo 42 se aplica …") cites this text's paragraph, and is reported
    const applies = ES_MARPOL_RULE_2.replace('El párrafo 42 se sustituye por el siguiente:', 'El párrafo 42 se aplica a los buques.');
    assert.notStrictEqual(applies, ES_MARPOL_RULE_2);
    assert.ok(broken(applies).some((message) => /paragraph 42/.test(message)), broken(applies).join('\n'));
  });
});
