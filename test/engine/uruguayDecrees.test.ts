// Uruguay's laws and decree-laws as IMPO gives them: "numeral 2.3" where item 2) runs on with lines "2.1 …" to "2.3 …"
// (sub-items numbered after their item, not split into units) goes to item 2; "numeral 1.o" is numeral 1.º typed without
// the sign; "Inciso 07" with a capital in mid-sentence is a section of the national budget; "del Decreto-Ley Nº 15.605"
// and "la ley de 6 de Octubre de 1919" name other laws; "artículo 2l7" (OCR) is article 217. Each rule has a case where
// it must not apply.
import * as assert from 'node:assert';
import { checkDocument } from '../../server/src/engine/checks';
import { uriOf, workspaceOf } from '../helpers/workspace';
import { UY_LEY_10945_INCISOS_A_B_C, UY_LEY_12034_LEY_NUMERO, UY_LEY_13229_CONTRATO, UY_LEY_15851_ACTO_INSTITUCIONAL, UY_ACADEMIA_ARTICLE_4, UY_BUDGET_ARTICLE_23, UY_BUDGET_ARTICLE_2L7, UY_BUDGET_DECRETO_LEY, UY_BUDGET_INCISO_07, UY_LEY_9493_LAW_BY_DATE, UY_RECLUSION_ARTICLE_61 } from './uruguayDecreesText';

const URI = uriOf('decreto.md');
const FRONT = '---\nid: uy-decreto\ntitle: Decreto Ley\nlanguage: es\ntype: law\n---\n\n# Decreto Ley\n\n';

function workspace(text: string) {
  return workspaceOf({ 'decreto.md': FRONT + text });
}

function brokenReferences(text: string): string[] {
  return checkDocument(workspace(text), URI).filter((d) => d.code === 'broken-reference').map((d) => d.message);
}

function targetOf(text: string, cited: string): string[] {
  const found = workspace(text).resolved(URI).find((r) => r.reference.text === cited);
  return found ? found.targets.map((t) => `${t.status} ${t.unitId ?? ''}`) : [];
}

describe('engine: Uruguay\'s laws and decree-laws as IMPO gives them', () => {
  it('Decreto Ley 14470, art. 61: "numeral 2.3" goes to item 2), whose lines "2.1" to "2.3" are its sub-items: no error', () => {
    assert.deepStrictEqual(brokenReferences(UY_RECLUSION_ARTICLE_61), []);
    assert.deepStrictEqual(targetOf(UY_RECLUSION_ARTICLE_61, 'numeral 2.3'), ['resolved art_61__para_2']);
  });

  it('must not: "numeral 2.4", which item 2) does not have, is reported', () => {
    const text = UY_RECLUSION_ARTICLE_61.replace('numeral 2.3', 'numeral 2.4');
    assert.ok(text.includes('numeral 2.4'));
    assert.strictEqual(brokenReferences(text).length, 1, JSON.stringify(brokenReferences(text)));
  });

  it('Decreto Ley 14260, art. 4: "numeral 1.o" is numeral 1.º, not a sub-item "o": no error', () => {
    assert.deepStrictEqual(brokenReferences(UY_ACADEMIA_ARTICLE_4), []);
    assert.ok(targetOf(UY_ACADEMIA_ARTICLE_4, 'numeral 1.o').every((t) => t.startsWith('resolved art_4')), JSON.stringify(targetOf(UY_ACADEMIA_ARTICLE_4, 'numeral 1.o')));
  });

  it('must not: "artículo 9.o" in a decree of articles 1 to 4, and "numeral 7.o" of article 4, are reported', () => {
    const decree = `##### Artículo 1\n\nTexto.\n\n${UY_ACADEMIA_ARTICLE_4}`;
    assert.deepStrictEqual(brokenReferences(`${decree}\nVéase el artículo 9.o.\n`), ['"artículo 9.o": this document has no article 9 (it has articles 1–4).']);
    assert.strictEqual(brokenReferences(`${decree}\nExceptúase la condición prevista en el numeral 7.o.\n`).length, 1);
  });

  it('Ley 16.226 (a budget law): "los Incisos 02 al 14" and "del Inciso 07, "Ministerio …"" name sections of the budget, not subparagraphs: no error, and the reason said', () => {
    assert.deepStrictEqual(brokenReferences(UY_BUDGET_ARTICLE_23), []);
    assert.deepStrictEqual(brokenReferences(UY_BUDGET_INCISO_07), []);
    const cited = workspace(UY_BUDGET_INCISO_07).resolved(URI).find((r) => r.reference.text.startsWith('Inciso 07'));
    assert.ok(cited && cited.targets.every((t) => t.status === 'external' && /section of the national budget/.test(t.reason ?? '')), JSON.stringify(cited?.targets));
  });

  it('must not: "el inciso 3" (a small letter) and "Inciso 3" opening a sentence, of an article with two incisos, are reported', () => {
    const article = '##### Artículo 1\n\nTexto.\n\n##### Artículo 2\n\nPrimer inciso.\n\nSegundo inciso, según el inciso 3.\n\n';
    assert.strictEqual(brokenReferences(article).length, 1);
    assert.strictEqual(brokenReferences('##### Artículo 1\n\nTexto.\n\n##### Artículo 2\n\nPrimer inciso.\n\nInciso 13 de este artículo.\n').length, 1);
  });

  it('Ley 16.226: "los numerales 1) y 2) del literal A) del artículo 17 del Decreto-Ley Nº 15.605" are the decree-law\'s, not this law\'s article 17', () => {
    assert.deepStrictEqual(brokenReferences(UY_BUDGET_DECRETO_LEY), []);
    const cited = workspace(UY_BUDGET_DECRETO_LEY).resolved(URI).find((r) => r.reference.text.startsWith('numerales 1)'));
    assert.ok(cited && cited.targets.every((t) => t.status === 'external' && /Decreto-Ley Nº 15\.605/.test(t.reason ?? '')), JSON.stringify(cited?.targets));
  });

  it('Ley 16.226: "artículo 2l7 de la Ley N° 16.170" (OCR\'s letter l for a 1) is article 217 of that law', () => {
    assert.deepStrictEqual(brokenReferences(UY_BUDGET_ARTICLE_2L7), []);
    const cited = workspace(UY_BUDGET_ARTICLE_2L7).resolved(URI).find((r) => r.reference.text.startsWith('artículo 2l7'));
    assert.ok(cited, 'the citation is read whole');
    assert.deepStrictEqual(cited.targets.map((t) => t.status), ['external']);
  });

  it('Ley 9.493: "el artículo 18 bis de la ley de 6 de Octubre de 1919" is that law\'s, not this law\'s missing article 18 bis', () => {
    assert.deepStrictEqual(brokenReferences(`##### Artículo 1\n\nTexto.\n\n${UY_LEY_9493_LAW_BY_DATE}`), []);
    assert.deepStrictEqual(brokenReferences('##### Artículo 1\n\nTexto.\n\n##### Artículo 2\n\nSegún el artículo 18 bis de esta ley.\n').length, 1, 'must not: "de esta ley" is this law');
  });

  it('Ley 10.945: "los incisos A), B) y C) del artículo 4º" are article 4\'s items (C with its ")" is a letter, not the numeral 100)', () => {
    const text = `##### Artículo 1\n\nTexto.\n\n${UY_LEY_10945_INCISOS_A_B_C}`;
    // (the excerpt's "artículo 7º" is not in it: only the items are looked at)
    assert.deepStrictEqual(brokenReferences(text).filter((message) => message.includes('incisos')), []);
    const cited = workspace(text).resolved(URI).find((r) => r.reference.text.startsWith('incisos A)'));
    assert.deepStrictEqual(cited?.reference.text, 'incisos A), B) y C) del artículo 4º');
    assert.deepStrictEqual(cited?.targets.map((t) => `${t.status} ${t.unitId}`), ['resolved art_4', 'resolved art_4', 'resolved art_4']);
  });

  it('must not: "los incisos A), B) y D) del artículo 4º", a D that article 4 does not have, is reported', () => {
    const text = `##### Artículo 1\n\nTexto.\n\n${UY_LEY_10945_INCISOS_A_B_C}`.replace('incisos A), B) y C) del artículo 4º', 'incisos A), B) y D) del artículo 4º');
    assert.strictEqual(brokenReferences(text).filter((message) => message.includes('incisos')).length, 1);
  });

  it('Ley 12.034: "del artículo 1° de la ley número 9.189", the Contrato de Préstamo\'s "Sección 3.02" and "del acto institucional Nº 9" name other instruments', () => {
    for (const text of [UY_LEY_12034_LEY_NUMERO, UY_LEY_13229_CONTRATO, UY_LEY_15851_ACTO_INSTITUCIONAL]) {
      assert.deepStrictEqual(brokenReferences(`##### Artículo 1\n\nTexto.\n\n${text}`), [], text.slice(0, 80));
    }
    const numero = workspace(UY_LEY_12034_LEY_NUMERO).resolved(URI).find((r) => r.reference.text.startsWith('incisos A)'));
    assert.ok(numero && numero.targets.every((t) => t.status === 'external' && /ley número 9\.189/.test(t.reason ?? '')), JSON.stringify(numero?.targets));
  });
});
