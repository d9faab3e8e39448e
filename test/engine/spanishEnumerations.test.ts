// Laws and decrees in Spanish as InfoLEG and IMPO give them, read from samples drawn at random: "el inciso 2) del artículo 13,
// ambos del Estatuto" (the name given to both items), an enumeration naming its law after the last item, a plot of land described
// by its block and section, a law's number with its thousands' point followed by its date, "los apartados b) y c) del párrafo 2"
// (lettered parts of a numbered one, one noun's kind), and labels whose dash an OCR read as an underscore. Each rule has a must-not.
import * as assert from 'node:assert';
import { oneDocument } from '../helpers/oneDocument';
import { parseReferences } from '../../server/src/engine/references/grammar';
import { AR_DEC_110_2015_BOTH_OF_THE_STATUTE, AR_LEY_22759_PLOT, UY_DL_14948_LAW_NUMBERS, PE_ROME_STATUTE_ARTICLE_19, PE_CALLAO_OCR_LABELS } from './spanishEnumerationsText';

const decree = oneDocument('decreto.md', '---\nid: decreto\ntitle: Decreto\nlanguage: es\ntype: law\n---\n\n# Decreto\n\n');
const anchors = (text: string) => parseReferences(text, { language: 'es', offset: 0 }).map((r) => `${r.text}: ${r.anchor.kind === 'instrument' ? r.anchor.name : r.anchor.kind}`);

describe('engine: Spanish enumerations, plots and law numbers as InfoLEG and IMPO give them', () => {
  it('"el inciso a) del artículo 12 y el inciso 2) del artículo 13, ambos del Estatuto": both items are the Statute\'s', () => {
    // before: "inciso 2) del artículo 13" was read as this decree's (an error), "inciso a) del artículo 12" too
    assert.deepStrictEqual(decree.broken(AR_DEC_110_2015_BOTH_OF_THE_STATUTE), []);
    assert.ok(decree.citation(AR_DEC_110_2015_BOTH_OF_THE_STATUTE, 'inciso', true).targets.every((target) => target.status === 'external'));
    // "todos" gives the name to every item of the list; "ambos" to the one item before only
    assert.deepStrictEqual(anchors('el artículo 3 y el artículo 5, el artículo 7 y el artículo 9, todos de la Ley N° 26.522'),
      ['artículo 3 y el artículo 5, el artículo 7 y el artículo 9, todos de la Ley N° 26.522: Ley N° 26.522']);
    assert.deepStrictEqual(anchors('del artículo 3, del artículo 5 y del artículo 7, ambos de la Ley N° 26.522'),
      ['artículo 3: none', 'artículo 5: Ley N° 26.522', 'artículo 7, ambos de la Ley N° 26.522: Ley N° 26.522']);
    // an enumeration of three or more items joined by one preposition names its law after the last
    assert.deepStrictEqual(anchors('del artículo 5, del artículo 7 y del artículo 9 de la Ley N° 1581'),
      ['artículo 5: Ley N° 1581', 'artículo 7: Ley N° 1581', 'artículo 9 de la Ley N° 1581: Ley N° 1581']);
    // must not: two items ("el artículo 5 y el artículo 7 de la Ley") may cite this law's article 5
    assert.deepStrictEqual(anchors('conforme al artículo 5 y al artículo 7 de la Ley N° 1581'), ['artículo 5: none', 'artículo 7 de la Ley N° 1581: Ley N° 1581']);
  });

  it('"lindando con la fracción A de la misma manzana", "sección 23, según plano … de mensura": a plot\'s description, not reported', () => {
    // before: "fracción A", "fracción B" and "sección 23" were reported as units this law lacks
    assert.deepStrictEqual(decree.broken(AR_LEY_22759_PLOT), []);
    assert.match(decree.citation(AR_LEY_22759_PLOT, 'fracción A').targets[0].reason ?? '', /plot's description \("manzana"\)/);
    // must not: a missing unit cited far from any such word is reported
    assert.strictEqual(decree.broken(`${AR_LEY_22759_PLOT}\nLo dispuesto en la sección 23 se aplicará desde su publicación.\n`).length, 1);
  });

  it('"Leyes 13.695, de 24 de octubre de 1968, artículos 71 y 72 y 14.100, de 29 de diciembre de 1972": a law\'s number and date', () => {
    // before: "14.100" was read as article 14's item 100 (an error)
    // (an article 14 of one paragraph, as the decree-law has)
    const text = '##### Artículo 14\n\nTexto.\n\n' + UY_DL_14948_LAW_NUMBERS;
    assert.deepStrictEqual(decree.broken(text), []);
    assert.match(decree.citation(text, 'artículos 71 y 72 y 14.100').targets[2].reason ?? '', /law's number and date/);
    // must not: a dotted number with no date after it is an article's part, and reported when missing
    const undated = text.replace('14.100, de 29 de diciembre', '14.100 y de 29 de diciembre');
    assert.notStrictEqual(undated, text);
    assert.strictEqual(decree.broken(undated).length, 1);
  });

  it('"en los apartados b) y c) del párrafo 2 del presente artículo" (the Rome Statute in Spanish): letters of paragraph 2', () => {
    // before: "apartados b) y c)" was read as paragraphs b and c of article 19, which has paragraphs 1 to 11 (four errors)
    assert.deepStrictEqual(decree.broken(PE_ROME_STATUTE_ARTICLE_19), []);
    const letters = decree.citation(PE_ROME_STATUTE_ARTICLE_19, 'apartados b) y c) del párrafo 2 del presente artículo');
    assert.deepStrictEqual(letters.targets.map((target) => target.unitId), ['art_19__para_2__subpara_b', 'art_19__para_2__subpara_c']);
    // must not: "el apartado 2 del artículo 5" (a numbered apartado, Spain's) is still a paragraph of an article
    assert.deepStrictEqual(parseReferences('según el apartado 2 del artículo 5', { language: 'es', offset: 0 }).map((r) => r.targets.map((t) => t.path.map((p) => `${p.kind} ${p.number}`).join('/')).join()), ['article 5/paragraph 2']);
  });

  it('"Articulo 12°._ Del Libro de Registro ." (an OCR\'s underscore for the dash): article 12, its label not a citation', () => {
    const ids = decree.unitIds(PE_CALLAO_OCR_LABELS);
    for (const id of ['art_12', 'art_13', 'art_14', 'art_15']) assert.ok(ids.includes(id), `${id} in ${ids.join(' ')}`);
    assert.deepStrictEqual(decree.broken(PE_CALLAO_OCR_LABELS), []);
    // must not: after the underscore, words in small letters go on a sentence ("Artículo 12°._ es de aplicación …"): no label
    assert.ok(!decree.unitIds('Texto.\n\nArtículo 12°._ es de aplicación a los agentes inscritos, salvo lo previsto en el reglamento.\n\nLa Comisión procederá.\n').includes('art_12'));
  });
});
