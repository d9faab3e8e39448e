// French codes as Légifrance gives them through legalize-fr: the tax code's numbering ("Article 95 ZG", "article 199 undecies
// B", "article 87-0 A bis"), an annex of a code citing the code ("du code général des impôts" in "Code général des impôts,
// annexe II"), "du même code" after another code, and a code's regulatory part citing its legislative part ("L. 89-3").
// Each rule has a case where it must not apply.
import * as assert from 'node:assert';
import { oneDocument } from '../helpers/oneDocument';
import { parseReferences } from '../../server/src/engine/references/grammar';
import { FR_CGI_ANNEX_NUMBERS, FR_DOMAIN_REGULATORY_PART, FR_ENERGY_SAME_CODE, FR_CITED_BEFORE, FR_HEADINGS_OF_EARLIER_VERSION, FR_LATIN_NOVODECIES } from './legifranceCodesText';

// legalize-fr's front matter: a title, no type and no language
const annexII = oneDocument('cgi-annexe-2.md', '---\ntitle: "Code général des impôts, annexe II"\nidentifier: "LEGITEXT000006069569"\n---\n# Code général des impôts, annexe II\n\n');
const energy = oneDocument('energie.md', '---\ntitle: "Code de l\'énergie"\nidentifier: "LEGITEXT000023983208"\n---\n# Code de l\'énergie\n\n##### Article L111-8\n\nTexte.\n\n');
const domain = oneDocument('domaine.md', '---\ntitle: "Code du domaine de l\'Etat"\nidentifier: "LEGITEXT000006070208"\n---\n# Code du domaine de l\'Etat\n\nArticle R169-4\n\nIl est fait application à la commission départementale.\n\n');
const numbers = (text: string) => parseReferences(text, { language: 'fr', offset: 0 }).map((r) => r.targets.map((t) => t.path.map((s) => s.number).join('/')).join(','));

describe('engine: French codes as Légifrance gives them', () => {
  it('"Article 95 ZG" (heading) and "l\'article 95 ZG" (citation) are one article; "199 undecies B du code général des impôts" is the code\'s', () => {
    assert.deepStrictEqual(annexII.problems(FR_CGI_ANNEX_NUMBERS, 'broken-reference'), []);
    assert.deepStrictEqual(annexII.problems(FR_CGI_ANNEX_NUMBERS, 'duplicate-unit'), []);
    assert.deepStrictEqual(annexII.citation(FR_CGI_ANNEX_NUMBERS, 'article 95 ZG').targets.map((t) => t.unitId), ['art_95zg']);
    assert.strictEqual(annexII.citation(FR_CGI_ANNEX_NUMBERS, 'I de l\'article 199 undecies B', true).status, 'external');
    assert.deepStrictEqual(numbers("l'article 87-0 A bis du code, les articles 23 L nonies A et 46 quindecies QA"), ['87-0Abis', '23LnoniesA,46quindeciesQA']);
    // must not: "A" that a sentence goes on from is the word "à" ("l'article 5 A partir du …")
    assert.deepStrictEqual(numbers("prévu à l'article 5 A partir du 1er janvier"), ['5']);
    // must not: a treaty's initials after the number ("l'article 81 CE") are no part of it
    assert.deepStrictEqual(numbers("conformément à l'article 81 CE"), ['81']);
    // must not: in the code itself, "du code général des impôts" is this code (its article 199 is missing, and reported)
    const code = oneDocument('cgi.md', '---\ntitle: "Code général des impôts"\n---\n# Code général des impôts\n\n');
    assert.strictEqual(code.problems('##### Article 1\n\nLe I de l\'article 199 undecies B du code général des impôts s\'applique.\n', 'broken-reference').length, 1);
  });

  it('"du même code" after "du code de commerce" is the code of commerce\'s, not this code\'s', () => {
    assert.deepStrictEqual(energy.problems(FR_ENERGY_SAME_CODE, 'broken-reference'), []);
    assert.strictEqual(energy.citation(FR_ENERGY_SAME_CODE, 'article L. 430-1 du même code').status, 'external');
    // must not: "du même code" after "du présent code" is this code, and its missing article is reported
    assert.strictEqual(energy.problems('##### Article L111-9\n\nEn application de l\'article L. 111-8 du présent code et de l\'article L. 430-1 du même code, il est statué.\n', 'broken-reference').length, 1);
  });

  it('the regulatory part (articles R…) citing "l\'article L. 89-3": the legislative part is published apart', () => {
    assert.deepStrictEqual(domain.problems(FR_DOMAIN_REGULATORY_PART, 'broken-reference'), []);
    assert.match(domain.citation(FR_DOMAIN_REGULATORY_PART, 'article L. 89-3').targets[0].reason ?? '', /lettered "L"/);
    // must not: an R article it lacks is reported
    assert.strictEqual(domain.problems(`${FR_DOMAIN_REGULATORY_PART}\nLa demande prévue à l'article R. 170-99 est rejetée.\n`, 'broken-reference').length, 1);
  });

  it('"Article 242 octodecies" and "Article 242 novodecies" are two articles, no article 242 given twice', () => {
    assert.deepStrictEqual(annexII.problems(FR_LATIN_NOVODECIES, 'duplicate-unit'), []);
    const ids = annexII.unitIds(FR_LATIN_NOVODECIES);
    assert.ok(ids.includes('art_242octodecies') && ids.includes('art_242novodecies'), ids.join(' '));
  });

  it('a section\'s heading given again over nothing but headings (an earlier version\'s) is no duplicate; over articles it is', () => {
    const patrimoine = oneDocument('patrimoine.md', '---\ntitle: "Code du patrimoine"\n---\n# Code du patrimoine\n\n');
    assert.deepStrictEqual(patrimoine.problems(FR_HEADINGS_OF_EARLIER_VERSION, 'duplicate-unit'), []);
    // must not: the heading given again over an article of its own is a duplicate
    const again = FR_HEADINGS_OF_EARLIER_VERSION.replace('#### Sous-section 4 : Procédure judiciaire.\n', '#### Sous-section 4 : Procédure judiciaire.\n\n##### Article L112-30\n\nTexte.\n');
    assert.notStrictEqual(again, FR_HEADINGS_OF_EARLIER_VERSION);
    assert.ok(patrimoine.problems(again, 'duplicate-unit').length >= 1);
  });

  it('"l\'article 787 B précité" (cited before, of the code) is not this annex\'s missing article; without "précité" it is', () => {
    // between articles of this annex's own (written for the test), as in the annex (which has no article 787 B)
    const text = `##### Article 294\n\n${FR_CITED_BEFORE}\n##### Article 900\n\nTexte.\n`;
    // (the excerpt's own "1° du IV du présent article" cites a part the excerpt leaves out)
    assert.deepStrictEqual(annexII.problems(text, 'broken-reference').filter((message) => message.includes('787')), []);
    assert.match(annexII.citation(text, 'article 787 B').targets[0].reason ?? '', /cited before/);
    // must not: an article of this document cited "précité" still links; one it lacks, without the word, is reported
    const own = '##### Article 5\n\nTexte.\n\n##### Article 6\n\nLe délai prévu à l\'article 5 précité est porté à un mois ; celui de l\'article 787 C est maintenu.\n\n##### Article 900\n\nTexte.\n';
    assert.deepStrictEqual(annexII.citation(own, 'article 5').targets.map((t) => t.unitId), ['art_5']);
    assert.strictEqual(annexII.problems(own, 'broken-reference').length, 1);
  });
});
