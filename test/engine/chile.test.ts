// Chile's laws as a converter gives them from the BCN: Spanish front matter keys, an article's heading then its label again,
// a law approved by an article of its own ("Artículo Primero.- Apruébase la siguiente ley …:") numbering its articles from
// one, hard-wrapped lines that open with a citation, "Artículo 6 A". Each rule has a case where it must not apply.
import * as assert from 'node:assert';
import { parseDocument } from '../../server/src/engine/document';
import { oneDocument } from '../helpers/oneDocument';
import { parseReferences } from '../../server/src/engine/references/grammar';
import {
  CL_BIS_A_IN_LIST,
  CL_CIVIL_PROCEDURE_ARTICLE_44, CL_CIVIL_PROCEDURE_FORMER_NUMBER, CL_CIVIL_PROCEDURE_INCISO_CITED, CL_CIVIL_PROCEDURE_TITLE_PARRAFOS, CL_FRONT_MATTER,
  CL_INSOLVENCY_ARTICLE_6_A, CL_LABOUR_CODE_ARTICLE_36, CL_LABOUR_CODE_MARGIN_NOTES, CL_LABOUR_CODE_WRAPPED_CITATION, CL_LAW_APPROVED_BY_ITS_ARTICLE,
  CL_PENAL_CODE_ARTICLE_12, CL_PENAL_CODE_ARTICLE_366_QUATER, CL_PENAL_CODE_CIVIL_CODE_WRAPPED, CL_PENAL_CODE_PARRAFOS,
  CL_CIVIL_CODE_ARTICLES_98_99, CL_LABOUR_CODE_ARTICLES_40_BIS, CL_PENAL_CODE_ARTICLE_32_BIS,
  CL_ORDINAL_AS_LETTER,
} from './chileText';

const ley = oneDocument('ley.md', '---\nid: cl-ley\ntitle: Ley\nlanguage: es\ntype: law\n---\n\n# Ley\n\n');

describe('engine: Chile\'s laws as the BCN gives them', () => {
  it('"identificador:" in the front matter is the document\'s id', () => {
    const model = parseDocument('file:///workspace/BCN-1008668.md', `${CL_FRONT_MATTER}\n# Ley 20393\n`);
    assert.strictEqual(model.id, 'BCN-1008668');
    assert.ok(!model.problems.some((p) => p.code === 'front-matter-missing-id'));
  });

  it('"Artículo Primero.- Apruébase la siguiente ley …:" then "## Artículo 1": the approved law\'s article 1, no duplicate', () => {
    assert.deepStrictEqual(ley.problems(CL_LAW_APPROVED_BY_ITS_ARTICLE, 'duplicate-unit'), []);
    // must not: an article 1 given twice with no text introduced between is a duplicate
    assert.strictEqual(ley.problems('## Artículo 1\n\nTexto.\n\n## Artículo 1\n\nOtro texto.\n', 'duplicate-unit').length, 1);
  });

  it('"##### Artículo 36" then "Art. 36. El descanso …" is one article; "artículo 36. Estos descansos …" opening a wrapped line is a citation', () => {
    const text = `${CL_LABOUR_CODE_ARTICLE_36}\n##### Artículo 37\n\n${CL_LABOUR_CODE_WRAPPED_CITATION}`;
    assert.deepStrictEqual(ley.problems(text, 'duplicate-unit'), []);
    // (the label given again is article 36's second unit; the wrapped line opens no third)
    assert.ok(!ley.unitIds(text).includes('art_36_dup3'), ley.unitIds(text).join(' '));
    assert.strictEqual(ley.citation(text, 'artículo 36').targets[0]?.status, 'resolved');
    // must not: "Artículo 38. Estos …" capitalised on a line of its own is still a label
    assert.ok(ley.unitIds('##### Artículo 37\n\nTexto.\n\nArtículo 38. Estos descansos son comunes.\n').includes('art_38'));
  });

  it('"### Artículo 6 A" is article 6A, no duplicate of article 6; "Artículo 5 A los efectos …" is article 5', () => {
    const ids = ley.unitIds(`### Artículo 6\n\nTexto.\n\n${CL_INSOLVENCY_ARTICLE_6_A}`);
    assert.ok(ids.includes('art_6a'), ids.join(' '));
    assert.ok(ley.unitIds('**Artículo 5.-** Texto.\n\nArtículo 6 A los efectos de esta ley, se entiende.\n').every((id) => id !== 'art_6a'));
  });

  it('"el inciso 2° del\nartículo 44" where article 44 is three paragraphs wrapped with no blank line between: its second paragraph', () => {
    const text = `${CL_CIVIL_PROCEDURE_ARTICLE_44}\n\n#### Artículo 48\n\n${CL_CIVIL_PROCEDURE_INCISO_CITED}`;
    assert.deepStrictEqual(ley.problems(text, 'broken-reference'), []);
    const cited = ley.citation(text, 'inciso 2° del\nartículo 44');
    // (the line before "Establecidos ambos hechos" ends a sentence short of the width: the paragraph ends there)
    const model = ley.read(text).model;
    const unit = model.units.find((u) => u.id === cited.targets[0].unitId);
    assert.ok(unit, JSON.stringify(cited.targets[0]));
    assert.match(model.text.slice(unit.span.start, unit.span.end), /^Establecidos ambos hechos, en la segunda búsqueda/);
    // must not: an article whose parts are numbered has no unnumbered paragraph counted by its place
    const numbered = '#### Artículo 45\n\nArt. 45. Son:\n1.° Uno;\n2.° Dos.\n\n#### Artículo 46\n\nArt. 46. Según el inciso 3° del artículo 45.\n';
    assert.strictEqual(ley.problems(numbered, 'broken-reference').length, 1);
  });

  it('"Art. 277 (267). Siempre …": the former number is part of the label, no paragraph "(267)"', () => {
    const ids = ley.unitIds(CL_CIVIL_PROCEDURE_FORMER_NUMBER);
    assert.ok(!ids.some((id) => /para_267/.test(id)), ids.join(' '));
    assert.deepStrictEqual(ley.problems(CL_CIVIL_PROCEDURE_FORMER_NUMBER, 'broken-reference'), []);
    // must not: "Art. 30. (1) …" with no full stop after the bracket opens paragraph 1
    assert.ok(ley.unitIds('#### Artículo 30\n\nArt. 30. (1) Texto uno.\n\n(2) Texto dos.\n').some((id) => /para_1$/.test(id)));
  });

  it('"el párrafo 2° de este título" in a title whose párrafos have no headings: not checked, no error', () => {
    assert.deepStrictEqual(ley.problems(CL_CIVIL_PROCEDURE_TITLE_PARRAFOS, 'broken-reference'), []);
    // must not: a paragraph of an article whose paragraphs are numbered is checked
    const numbered = '### Título I DE LA PRUEBA\n\n#### Artículo 5\n\nArt. 5. Reglas:\n1.° Uno;\n2.° Dos.\n\n#### Artículo 6\n\nArt. 6. Véase el párrafo 3 del artículo 5.\n';
    assert.strictEqual(ley.problems(numbered, 'broken-reference').length, 1);
  });

  it('article 12 of the Penal Code counts "1.°" to "15.°", "16 ª", "21ª." and "24ª.": "numeral 22º del artículo 12" is found', () => {
    const text = `${CL_PENAL_CODE_ARTICLE_12}\n#### Artículo 12 bis\n\nEl numeral 22º del artículo 12 y el numeral 16 del artículo 12.\n`;
    assert.strictEqual(ley.citation(text, 'numeral 22º del artículo 12').targets[0].status, 'resolved');
    assert.strictEqual(ley.citation(text, 'numeral 16 del artículo 12').targets[0].status, 'resolved');
    // must not: a circumstance it does not have is reported
    assert.strictEqual(ley.problems(`${CL_PENAL_CODE_ARTICLE_12}\n#### Artículo 12 bis\n\nEl numeral 25º del artículo 12.\n`, 'broken-reference').length, 1);
  });

  it('"los Párrafos 5, 6, 9 y\n9 bis de este Título" are the title\'s "§ V.", "§ VI.", "§ IX." and "§ 9 bis." divisions', () => {
    const cited = ley.citation(CL_PENAL_CODE_PARRAFOS, 'Párrafos 5, 6, 9 y', true);
    assert.deepStrictEqual(cited.targets.map((t) => t.status), ['resolved', 'resolved', 'resolved', 'resolved']);
    assert.deepStrictEqual(cited.targets.map((t) => t.unitId?.split('__').pop()), ['sec_v', 'sec_vi', 'sec_ix', 'sec_9bis']);
    // must not: a párrafo the title does not have is reported
    const missing = CL_PENAL_CODE_PARRAFOS.replace('9 bis de este Título', '14 de este Título');
    assert.ok(ley.problems(missing, 'broken-reference').some((m) => /14/.test(m)), ley.problems(missing, 'broken-reference').join(' | '));
  });

  it('"#### Artículo 366 QUÁTER" is article 366 quater', () => {
    const text = `${CL_PENAL_CODE_ARTICLE_366_QUATER}\n\n#### Artículo 367\n\nLo dispuesto en el artículo 366 quater y en el artículo 366 quáter.\n`;
    assert.ok(ley.unitIds(text).includes('art_366quater'), ley.unitIds(text).join(' '));
    assert.strictEqual(ley.citation(text, 'artículo 366 quater').targets[0].status, 'resolved');
    assert.strictEqual(ley.citation(text, 'artículo 366 quáter').targets[0].status, 'resolved');
  });

  it('"del artículo 2472 del Código\nCivil": the code named over the line break, another instrument', () => {
    const cited = ley.citation(CL_PENAL_CODE_CIVIL_CODE_WRAPPED, 'artículo 2472', true);
    assert.ok(cited.reference.text.endsWith('Código\nCivil'), cited.reference.text);
    assert.strictEqual(cited.targets[0].status, 'external');
    // must not: a capitalised word opening the next line that is no adjective starts new text
    const own = ley.citation('#### Artículo 1\n\nTexto.\n\n#### Artículo 2\n\nSegún el artículo 1 del Código\nLas penas se aplican.\n', 'artículo 1', true);
    assert.ok(!own.reference.text.includes('Las'), own.reference.text);
  });

  it('"Art. 25-B" at the end of a line among margin notes ("L. 18.620") is a margin note run into the text: no error', () => {
    // (article 25 before it: a document of one article reads as an excerpt, whose other articles are elsewhere)
    const text = `##### Artículo 25\n\nArt. 25. Texto.\n${CL_LABOUR_CODE_MARGIN_NOTES}`;
    assert.deepStrictEqual(ley.problems(text, 'broken-reference'), []);
    // must not: with no margin notes around, the same citation of a missing article is reported
    const plain = text.replace(/ L\. 1[89]\.[0-9]{3}/g, '');
    assert.strictEqual(ley.problems(plain, 'broken-reference').length, 1, ley.problems(plain, 'broken-reference').join(' | '));
  });

  it('"Artículo 40 BIS A" is article 40 bis A, "ART. 32. BIS" article 32 bis, and "#### Artículo 98 (DEL ART. 2)" then "Art. 98." one article: no duplicates', () => {
    for (const text of [CL_LABOUR_CODE_ARTICLES_40_BIS, CL_PENAL_CODE_ARTICLE_32_BIS, CL_CIVIL_CODE_ARTICLES_98_99]) assert.deepStrictEqual(ley.problems(text, 'duplicate-unit'), []);
    assert.ok(ley.unitIds(CL_LABOUR_CODE_ARTICLES_40_BIS).includes('art_40bisa'), ley.unitIds(CL_LABOUR_CODE_ARTICLES_40_BIS).join(' '));
    assert.ok(ley.unitIds(CL_PENAL_CODE_ARTICLE_32_BIS).includes('art_32bis'), ley.unitIds(CL_PENAL_CODE_ARTICLE_32_BIS).join(' '));
    // must not: "Art. 5. Bis zum Ende …" (a capitalised word after the full stop) is article 5 and a sentence
    assert.ok(ley.unitIds('#### Artículo 4\n\nTexto.\n\n#### Artículo 5\n\nArt. 5. Bis zum Ende.\n').every((id) => !id.includes('5bis')));
    // must not: a heading with a title of its own, then the same label, is a duplicate
    assert.strictEqual(ley.problems('#### Artículo 98 De los esponsales\n\nTexto.\n\n#### Artículo 98\n\nOtro.\n', 'duplicate-unit').length, 1);
  });

  it('"Art. 3.o Para todos los efectos …" is article 3 (its ordinal sign typed as a letter), not a point (o) of it', () => {
    const text = `### Artículo 1\n\nTexto.\n\n### Artículo 2\n\nTexto.\n\n${CL_ORDINAL_AS_LETTER}`;
    assert.deepStrictEqual(ley.problems(text, 'broken-reference'), []);
    assert.deepStrictEqual(ley.citation(text, 'Art. 3.o').targets.map((t) => t.unitId), ['art_3']);
    // must not: "5.a)" is letter a) of article 5, the ")" showing the point
    assert.deepStrictEqual(parseReferences('según el artículo 5.a) del Código', { language: 'es', offset: 0 })[0].targets[0].path.map((step) => step.number), ['5', 'a']);
  });

  it('"456 bis A y 470, numerales 1° y 11, del Código Penal": "456 bis A" is one article, and the numerals are article 470\'s', () => {
    const cited = parseReferences(CL_BIS_A_IN_LIST, { language: 'es', offset: 0 }).find((r) => r.text.includes('456'))!;
    const paths = cited.targets.map((t) => t.path.map((step) => step.number).join('/'));
    assert.ok(paths.includes('456bisA') && paths.includes('470/1') && paths.includes('470/11'), paths.join(' '));
    assert.strictEqual(cited.anchor.kind === 'instrument' ? cited.anchor.name : cited.anchor.kind, 'Código Penal');
    // must not: "el artículo 5 bis a todos" keeps "a" a word
    assert.deepStrictEqual(parseReferences('se aplica el artículo 5 bis a todos los casos', { language: 'es', offset: 0 }).map((r) => r.targets.map((t) => t.path[0].number).join()), ['5bis']);
  });
});
