// Luxembourg's laws as legalize-dev converts Legilux (verbatim paragraphs, luxembourgLawsText.ts): the French ordinal raised in
// tags ("al. 1<sup>er</sup>"), an alinéa of a paragraph (§), a law "modifiée et complétée" named by its date. Each rule has a
// case where it must not apply.
import * as assert from 'node:assert';
import { parseReferences } from '../../server/src/engine/references/grammar';
import { LU_BUDGET_1965_INCOME_TAX, LU_BUDGET_1965_REMEMBREMENT, LU_LOI_1990_TRAITEMENTS } from './luxembourgLawsText';

/** Each citation's text, its targets as "kind number" paths, and the instrument it names. */
function citations(text: string): Array<[string, string[], string]> {
  return parseReferences(text, { language: 'fr' }).map((r) => [r.text.replace(/\s+/g, ' '),
    r.targets.map((t) => t.path.map((step) => `${step.kind} ${step.number}`).join(', ')), r.anchor.kind === 'instrument' ? r.anchor.name : r.anchor.kind]);
}

describe('engine: Luxembourg\'s laws as legalize-dev converts Legilux', () => {
  it('"au § 34, al. 1<sup>er</sup> de la loi sur l\'impôt sur le revenu" is alinéa 1 of that law\'s § 34', () => {
    assert.deepStrictEqual(citations(LU_BUDGET_1965_INCOME_TAX).find(([text]) => text.startsWith('§ 34')),
      ['§ 34, al. 1<sup>er</sup> de la loi sur l\'impôt sur le revenu', ['paragraph 34, alinea 1'], 'loi sur l\'impôt sur le revenu']);
    // must not: a raised number that is no French ordinal ("1<sup>2</sup>", a note's mark) stays out of the number
    assert.deepStrictEqual(citations('prévus à l\'article 1<sup>2</sup> de la loi').map(([text]) => text), ['article 1']);
  });

  it('"l\'article 41, alinéas 1<sup>er</sup> et 3, de la loi du 25 mai 1964" and "l\'article 5, § 2, alinéa 3": an alinéa is a part of the article or of its §', () => {
    assert.deepStrictEqual(citations(LU_BUDGET_1965_REMEMBREMENT).find(([text]) => text.startsWith('article 41')),
      ['article 41, alinéas 1<sup>er</sup> et 3, de la loi du 25 mai 1964', ['article 41, alinea 1', 'article 41, alinea 3'], 'loi du 25 mai 1964']);
    assert.deepStrictEqual(citations('conformément à l\'article 5, § 2, alinéa 3, de la loi du 8 août 1983')[0][1], ['article 5, paragraph 2, alinea 3']);
    // must not: a § after an alinéa is no part of it ("l'alinéa 2, § 3 de l'article 5" is not read as § 3 in alinéa 2)
    assert.ok(!citations('voir l\'alinéa 2, § 3 de l\'article 5').some(([, paths]) => paths.some((path) => path.includes('alinea 2, paragraph 3'))));
  });

  it('"l\'article 6bis de la loi modifiée et complétée du 22 juin 1963 fixant …" is that law\'s, not "la loi" (this one)', () => {
    assert.deepStrictEqual(citations(LU_LOI_1990_TRAITEMENTS)[0].slice(0, 1).concat(citations(LU_LOI_1990_TRAITEMENTS)[0][2]),
      ['article 6bis de la loi modifiée et complétée du 22 juin 1963', 'loi modifiée et complétée du 22 juin 1963']);
  });
});
