// Peru's norms as SPIJ gives them: "**Artículo 10***" (a note's asterisk after the bold label) and "**_Artículo 14_** _.- El
// Subjefe …" (the separator in italics) are articles run into their text; a line of "=" under a budget's total does not
// make the paragraph above it, articles and all, one heading; "SECCION PRIMERA : Gobierno Central" among "PLIEGO 009 : …"
// is a row of a budget's chart, not a section. Each rule has a case where it must not apply.
import * as assert from 'node:assert';
import { checkDocument } from '../../server/src/engine/checks';
import { uriOf, workspaceOf } from '../helpers/workspace';
import { PE_DLEG_713_ARTICLE_10, PE_DS_008_92_ARTICLE_14, PE_DU_027_2020_ARTICLES, PE_LOM_ARTICLE_81_NOTE, PE_RECITALS_PRECITADA, PE_SUNEDU_ARTICLES_16_TO_18, PE_CONASEV_ARTICLES_12_TO_14 } from './peruSpijText';

const URI = uriOf('norma.md');
const FRONT = '---\nid: pe-norma\ntitle: Norma\nlanguage: es\ntype: law\n---\n\n# Norma\n\n';

function workspace(text: string) {
  return workspaceOf({ 'norma.md': FRONT + text });
}

function units(text: string, kinds: string[]): string[] {
  return workspace(text).get(URI)!.units.filter((u) => kinds.includes(u.kind)).map((u) => `${u.kind} ${u.number ?? ''}`);
}

function errors(text: string): string[] {
  return checkDocument(workspace(text), URI).filter((d) => d.severity === 'error').map((d) => d.message);
}

describe('engine: Peru\'s norms as SPIJ gives them', () => {
  it('Decreto Legislativo 713: "**Artículo 10***" alone on its line (a note\'s asterisk) is article 10', () => {
    assert.deepStrictEqual(units(PE_DLEG_713_ARTICLE_10, ['article']), ['article 8', 'article 9', 'article 10']);
  });

  it('Decreto Supremo 008-92-JUS: "**_Artículo 14_** _.- El Subjefe …" is article 14 (the separator in italics of its own)', () => {
    assert.deepStrictEqual(units(PE_DS_008_92_ARTICLE_14, ['article']), ['article 14']);
  });

  it('must not: "**Artículo 5** _de la Ley_ dispone …" (a bold citation in running text) opens no article', () => {
    assert.deepStrictEqual(units('**Artículo 1.-** Texto.\n\n**Artículo 5** _de la Ley 27444_ dispone lo contrario.\n', ['article']), ['article 1']);
  });

  it('Decreto de Urgencia 027-2020: articles 1 to 7 are read though a line of "=" underlines a total, and "SECCION PRIMERA : Gobierno Central" is no section', () => {
    assert.deepStrictEqual(units(PE_DU_027_2020_ARTICLES, ['article', 'section']), ['article 1', 'article 2', 'article 3', 'article 4', 'article 5', 'article 6', 'article 7']);
    assert.deepStrictEqual(errors(PE_DU_027_2020_ARTICLES).filter((message) => /presente artículo|this article/.test(message)), []);
  });

  it('must not: a two-line title underlined with "=" stays a heading, and "SECCIÓN PRIMERA : Disposiciones generales" alone opens a section', () => {
    const model = workspace('Ley de Presupuesto\ndel Sector Público\n==================\n\n**Artículo 1.-** Texto.\n').get(URI)!;
    assert.ok(model.units.some((u) => u.kind === 'article' && u.number === '1'));
    assert.deepStrictEqual(units('**Artículo 1.-** Texto.\n\nSECCIÓN PRIMERA : Disposiciones generales\n\n**Artículo 2.-** Texto.\n', ['section']), ['section 1']);
  });

  it('Ley Orgánica de Municipalidades, art. 81: "el presente inciso" in a note, in an article that numbers none of its paragraphs, cannot be checked (no error, the reason said)', () => {
    // (another article has incisos a) and b): the document does number subparagraphs, article 81 none)
    const text = `**Artículo 1.-** Las funciones son:\n\na) Normar.\n\nb) Regular.\n\n${PE_LOM_ARTICLE_81_NOTE}`;
    assert.deepStrictEqual(errors(text).filter((message) => /inciso|subparagraph/.test(message)), []);
    const cited = workspace(text).resolved(URI).find((r) => r.reference.text === 'presente inciso');
    assert.ok(cited && cited.targets.every((t) => t.status === 'external' && /paragraphs, which are not numbered/.test(t.reason ?? '')), JSON.stringify(cited?.targets));
  });

  it('must not: "this clause" in an English section with no clauses, in an Act whose other sections have clauses, is still reported', () => {
    const english = workspaceOf({ 'act.md': '---\nid: act\ntitle: Act\nlanguage: en\ntype: law\n---\n\n# Act\n\n## Section 3 - Powers.\n\n(1) The Authority may--\n\n(a) act--\n\n(i) at once;\n\n(ii) later.\n\n## Section 4 - Duties.\n\nFor the purposes of this clause, the Authority shall act.\n' });
    assert.ok(checkDocument(english, uriOf('act.md')).some((d) => d.code === 'reference-outside-unit'));
  });

  it('recitals: "el artículo 123 de la precitada Ley", "el artículo 117 del citado texto normativo" are the law named before, not this one\'s', () => {
    const text = `**Artículo 1.-** Texto.\n\n${PE_RECITALS_PRECITADA}`;
    assert.deepStrictEqual(errors(text), []);
    const cited = workspace(text).resolved(URI).filter((r) => /^artículo 1(?:23|17)$/.test(r.reference.text));
    assert.strictEqual(cited.length, 2);
    assert.ok(cited.every((r) => r.targets.every((t) => t.status === 'external' && /named earlier/.test(t.reason ?? ''))), JSON.stringify(cited.map((r) => r.targets)));
  });

  it('must not: "el artículo 9 de la presente Ley" is this law\'s, and reported when it has no article 9', () => {
    assert.strictEqual(errors('**Artículo 1.-** Según el artículo 9 de la presente Ley.\n').length, 1);
  });

  it('Resolución SUNEDU 026-2016: "**Artículo 17 Requisitos de la solicitud de confidencialidad**" (no separator, its neighbours have ".-") is article 17', () => {
    assert.deepStrictEqual(units(PE_SUNEDU_ARTICLES_16_TO_18, ['article']), ['article 16', 'article 17', 'article 18']);
  });

  it('must not: "**Artículo Décimo Segundo.- ACCIONES CLASE B**" is not read as an article "Décimo" titled "Segundo"', () => {
    assert.ok(!workspace('**Artículo Décimo Segundo.- ACCIONES CLASE B**\n\nTexto.\n').get(URI)!.units.some((u) => u.kind === 'article' && u.title?.startsWith('Segundo')));
  });

  it('Resolución CONASEV 031-2003: "**Artículo Décimo Segundo.- ACCIONES CLASE B**" is article 12 (a tens ordinal, then a units one), and 13, 14 after it', () => {
    const numbers = units(PE_CONASEV_ARTICLES_12_TO_14, ['article']);
    assert.deepStrictEqual(numbers.slice(0, 3), ['article 12', 'article 13', 'article 14']);
    assert.deepStrictEqual(checkDocument(workspace(PE_CONASEV_ARTICLES_12_TO_14), URI).filter((d) => d.code === 'duplicate-unit'), []);
  });
});
