// Argentina's decrees as legalize-dev converts them from InfoLEG (verbatim excerpts, argentinaDecreesText.ts): a blank line after
// every wrapped line, a wrapped line made a heading, incisos lettered with the Spanish alphabet before 1994 ("ll)") and listed
// with semicolons, and "su artículo 17" of an agreement named before. Each rule has a case where it must not apply.
import * as assert from 'node:assert';
import { parseReferences } from '../../server/src/engine/references/grammar';
import { oneDocument } from '../helpers/oneDocument';
import { AR_DEC_1062_2009, AR_DEC_190_2014, AR_DEC_2183_1991, AR_LEY_22119 } from './argentinaDecreesText';

const FRONT = '---\nid: ar-decreto\ntitle: Decreto\nlanguage: es\n---\n# Decreto\n\n';
const decree = oneDocument('decreto.md', FRONT);
const problems = (text: string) => [...decree.problems(text, 'broken-reference'), ...decree.problems(text, 'reference-outside-unit')];

describe('engine: Argentina\'s decrees as InfoLEG gives them', () => {
  it('"Que por su artículo 17 establece …" is the article of the agreement named before, not of this decree', () => {
    assert.deepStrictEqual(problems(AR_DEC_1062_2009), []);
    // must not: "el artículo 17" with no possessive is this decree's, which has two articles
    const own = AR_DEC_1062_2009.replace('Que por su artículo 17', 'Que por el artículo 17');
    assert.notStrictEqual(own, AR_DEC_1062_2009);
    assert.ok(problems(own).some((message) => message.startsWith('"artículo 17"')), problems(own).join('\n'));
  });

  it('"Sustitúyese del" then "### Anexo I al Artículo 1° del Decreto Nº 357 …" is one sentence: the article goes on', () => {
    assert.deepStrictEqual(problems(AR_DEC_190_2014), []);
    // must not: after a sentence's end the heading is one, and "presente artículo" below it stands outside the article
    const ended = AR_DEC_190_2014.replace('Sustitúyese del\n', 'Sustitúyese.\n');
    assert.notStrictEqual(ended, AR_DEC_190_2014);
    assert.ok(problems(ended).some((message) => message.includes('stands outside any article')), problems(ended).join('\n'));
  });

  it('"los incisos g); h); j); k); ll); o); p); q); r) y s) del artículo 6º": one list, "ll)" the inciso after "l)"', () => {
    assert.deepStrictEqual(problems(AR_DEC_2183_1991), []);
    const [listed] = parseReferences('previstas en los incisos g); h); k); ll); o) y s) del artículo 6º del presente decreto', { language: 'es' });
    assert.deepStrictEqual(listed.targets.map((target) => target.path.map((step) => step.number).join('.')), ['6.g', '6.h', '6.k', '6.ll', '6.o', '6.s']);
    // must not: a letter after a semicolon that no list goes on from is the text's next point ("inciso a); b) la persona")
    const [alone] = parseReferences('conforme al inciso a); b) la persona que', { language: 'es' });
    assert.strictEqual(alone.text, 'inciso a)');
    // must not: an inciso the article does not have is still reported
    const missing = AR_DEC_2183_1991.replace('los incisos g); h); j); k); ll); o); p)', 'los incisos g); h); j); k); ll); o); p); x)');
    assert.ok(problems(missing).some((message) => message.includes('(x)')), problems(missing).join('\n'));
  });

  it('"a) Artículo 9º — La Dirección General estará …" after "Sustitúyense los artículos 9º y 9º bis de la Ley Nº 12.709": a label set out, not a citation', () => {
    const text = '##### ARTICULO 1º — Uno.\n\n' + AR_LEY_22119;
    assert.deepStrictEqual(problems(text), []);
    // must not: the same words as a sentence's citation ("a) Artículo 9º de esta ley, …") are this law's, and reported
    const cited = text.replace('a) Artículo 9º — La Dirección General', 'a) Artículo 9º de esta ley, la Dirección General');
    assert.notStrictEqual(cited, text);
    assert.ok(problems(cited).some((message) => message.startsWith('"Artículo 9º de esta ley"')), problems(cited).join('\n'));
  });
});
