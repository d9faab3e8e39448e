// Peru's decrees as SPIJ and the gazette's PDFs give them: a decree's own articles, then the regulation it approves numbered
// from one again (no duplicates); an erratum ("DICE:" / "DEBE DECIR:"); labels the converter or the OCR wrote oddly; citations
// of a point inside a paragraph, of numerals written "1), 8) y 24)", of annexes published apart, of parts of what the grammar
// does not read. Each rule has a case where it must not apply.
import * as assert from 'node:assert';
import { oneDocument } from '../helpers/oneDocument';
import {
  PE_ORDINAL_ARTICLES, PE_DLEG_1256_ARTICLE_34, PE_DLEG_1256_OR, PE_DS_004_2014_ANNEX_CITED, PE_DS_004_2014_ERRATUM, PE_DS_005_1991_ARTICLE_6, PE_DS_016_2018_ARTICLE_11,
  PE_DS_016_2018_DECREE, PE_DS_016_2018_RECITAL, PE_DS_016_2018_REGULATION_START, PE_DS_042_2005_RECITAL, PE_DS_134_2006_ARTICLES_1_AND_2,
  PE_DS_042_2005_TRANSITIONAL, PE_LEY_26636_OCR, PE_LEY_31855_RUN_IN, PE_LEY_32335_SET_OUT,
} from './peruDecreesText';

const decreto = oneDocument('decreto.md', '---\nid: pe-decreto\ntitle: Decreto\nlanguage: es\ntype: law\n---\n\n# Decreto\n\n');
const problems = decreto.problems;
const unitIds = decreto.unitIds;
/** The citation whose text is `cited`, or undefined (some tests assert there is none). */
function citation(text: string, cited: string) {
  const { workspace, model } = decreto.read(text);
  return workspace.resolved(model.uri).find((r) => r.reference.text === cited);
}

describe('engine: Peru\'s decrees as SPIJ and the gazette give them', () => {
  it('DS 016-2018-SA: the decree\'s articles 1–4, then the regulation it approves from its article 1, are no duplicates', () => {
    assert.deepStrictEqual(problems(PE_DS_016_2018_DECREE + PE_DS_016_2018_REGULATION_START, 'duplicate-unit'), []);
    // must not: an article number given again with no new run of numbering (2 after 5) is a drafter's duplicate
    assert.strictEqual(problems('**Artículo 1.-** Uno.\n\n**Artículo 2.-** Dos.\n\n**Artículo 5.-** Cinco.\n\n**Artículo 2.-** Otra vez.\n', 'duplicate-unit').length, 1);
  });

  it('DS 004-2014-MINAGRI: an erratum\'s article 10 as printed ("DICE:") and as it should read ("DEBE DECIR:") is no duplicate', () => {
    const text = `**Artículo 10.- Destino**\n\nTexto.\n\n**Artículo 11.- Otro**\n\nTexto.\n\n${PE_DS_004_2014_ERRATUM}`;
    assert.deepStrictEqual(problems(text, 'duplicate-unit'), []);
    assert.ok(problems(text, 'unit-given-again').length >= 1);
  });

  it('DS 016-2018-SA art. 11: "literales c) y e) del artículo 11" are the points c) and e) of its one paragraph that has them', () => {
    // (the excerpt's own "del presente Reglamento" names the regulation, which this test document is not called)
    const found = citation(`${PE_DS_016_2018_ARTICLE_11}\nVéanse los literales c) y e) del artículo 11.\n`, 'literales c) y e) del artículo 11');
    assert.deepStrictEqual(found?.targets.map((t) => t.unitId), ['art_11__para_1__subpara_c', 'art_11__para_1__subpara_e']);
    // must not: a point "a)" in both paragraphs is not chosen between; the citation stays unresolved
    const both = `${PE_DS_016_2018_ARTICLE_11}\nVéase el literal a) del artículo 11.\n`;
    assert.strictEqual(citation(both, 'literal a) del artículo 11')?.status, 'unresolved');
  });

  it('DS 016-2018-SA recital: "el numeral 4 de la Sexta Disposición Complementaria Final" is a part of what it names, not checked', () => {
    assert.deepStrictEqual(problems(PE_DS_016_2018_RECITAL, 'broken-reference'), []);
    // must not: a numeral of an article that has none is reported
    assert.strictEqual(problems('**Artículo 3.-** Texto.\n\n**Artículo 4.-** Según el numeral 4 del artículo 3.\n', 'broken-reference').length, 1);
  });

  it('DS 042-2005-EM: "los numerales 1), 8) y 24) del artículo 118 de la Constitución" is one citation of three numerals of the Constitution', () => {
    const found = citation(PE_DS_042_2005_RECITAL, 'numerales 1), 8) y 24) del artículo 118 de la Constitución Política del Perú');
    assert.strictEqual(found?.targets.length, 3);
    assert.deepStrictEqual(problems(PE_DS_042_2005_RECITAL, 'broken-reference'), []);
  });

  it('DS 004-2014-MINAGRI: "el Anexo I del presente Decreto" in a copy that holds no annex is not checked', () => {
    assert.deepStrictEqual(problems(PE_DS_004_2014_ANNEX_CITED, 'broken-reference'), []);
    // must not: where the copy holds annexes, one it does not hold is reported
    assert.strictEqual(problems(`${PE_DS_004_2014_ANNEX_CITED}\n## Anexo I\n\nTexto.\n\n## Anexo II\n\nSegún el Anexo III del presente Decreto.\n`, 'broken-reference').length, 1);
  });

  it('labels written oddly are labels: "**Artículo 6**.-", a 150-character bold heading, OCR\'s "Artículo 2”.-"', () => {
    assert.ok(unitIds(`**Artículo 5.-** Texto.\n\n${PE_DS_005_1991_ARTICLE_6}`).includes('art_6'));
    assert.ok(unitIds(PE_DS_134_2006_ARTICLES_1_AND_2).includes('art_2'));
    const ocr = unitIds(PE_LEY_26636_OCR);
    for (const id of ['art_1', 'art_2', 'art_3', 'art_4']) assert.ok(ocr.includes(id), `${id} in ${ocr.join(' ')}`);
    assert.deepStrictEqual(problems(PE_LEY_26636_OCR, 'broken-reference'), []);
  });

  it('DL 1256 art. 34: numeral 4, after the bold quotation mark that opens inserted wording, is its paragraph 4', () => {
    const ids = unitIds(PE_DLEG_1256_ARTICLE_34);
    assert.ok(ids.includes('art_34__para_4') && ids.includes('art_34__para_5'), ids.join(' '));
  });

  it('"el párrafo, el artículo o parte pertinente": "artículo o" is no article "o"', () => {
    assert.strictEqual(citation(PE_DLEG_1256_OR, 'artículo o'), undefined);
  });

  it('Ley 31855: "… dicho fin. Artículo 8. Financiamiento de las prestaciones Las Instituciones …" is a label run into the text', () => {
    assert.deepStrictEqual(problems(PE_LEY_31855_RUN_IN, 'broken-reference'), []);
    // must not: "según el Artículo 99. La pena …" cites an article that does not exist
    assert.strictEqual(problems('**Artículo 1.-** Se sanciona según el Artículo 99. La pena es mayor.\n', 'broken-reference').length, 1);
  });

  it('DS 042-2005-EM: "este artículo" in a transitional provision after the last article ("**Tercera.-** …") is not an error', () => {
    const law = '**Artículo 1.-** Texto.\n\n**Artículo 2.-** Texto.\n\n';
    assert.deepStrictEqual(decreto.problems(law + PE_DS_042_2005_TRANSITIONAL, 'reference-outside-unit'), []);
    // must not: "este artículo" between two articles, outside both, is reported
    assert.strictEqual(decreto.problems('**Artículo 1.-** Texto.\n\n## Capítulo II\n\nSegún este artículo.\n\n**Artículo 2.-** Texto.\n', 'reference-outside-unit').length, 1);
  });

  it('Ley 32335: articles 165 and 180 of the Tax Code set out after "Se modifican … en los términos siguientes:" cite that code ("del presente Código")', () => {
    assert.deepStrictEqual(problems(PE_LEY_32335_SET_OUT, 'broken-reference'), []);
  });

  it('"ARTICULO PRIMERO.- APROBAR …", "ARTICULO TERCERO.-DISPONER …": articles numbered in words, their separator glued', () => {
    const ids = unitIds(PE_ORDINAL_ARTICLES);
    assert.ok(['art_1', 'art_2', 'art_3'].every((id) => ids.includes(id)), ids.join(' '));
    assert.deepStrictEqual(decreto.citation(`${PE_ORDINAL_ARTICLES}\nConforme al artículo segundo, se encarga.\n`, 'artículo segundo').targets.map((t) => t.unitId), ['art_2']);
    // must not: "Artículo único." of a decree that approves a text stays no article 1 of the text it approves
    assert.ok(!unitIds('Artículo único.\n\nApruébase el Reglamento.\n\nArtículo 1.- Objeto\n\nTexto.\n').includes('art_1_dup2'));
  });
});
