// Peru's laws as SPIJ and the regional gazettes give them (amended wording quoted in bold and italics, OCR of signed PDFs,
// recitals before the articles) and Argentina's as InfoLEG gives them (a blank line after every wrapped line). Each rule
// has a case where it must not apply.
import * as assert from 'node:assert';
import { oneDocument } from '../helpers/oneDocument';
import {
  AR_DEC_1095_2004, AR_DEC_267_2023_ARTICLE_2, AR_DEC_6255_1958_ARTICLE_12, CO_AMENDMENT_QUEDARA_ASI, CO_NEW_ARTICLE_THIS_CONSTITUTION, PE_DLEG_1280_ARTICLE_27, PE_DLEG_1280_ARTICLE_52, PE_DLEG_1280_TITLE_IX,
  PE_OCR_LABEL_COMMA, PE_ORDINANCE_ARTICLES, PE_ORDINANCE_RECITALS,
} from './spijInfolegText';

const ley = oneDocument('ley.md', '---\nid: ley\ntitle: Ley\nlanguage: es\ntype: law\n---\n\n# Ley\n\n');
const status = (text: string, cited: string, prefix = false) => ley.citation(text, cited, prefix).targets.map((t) => t.status);

describe('engine: Peru\'s laws as SPIJ gives them, Argentina\'s as InfoLEG gives them', () => {
  it('article 27\'s amended paragraphs "**\\" 27.3.**", "\\"**27.3.**", "\\"27.6 En …" and "\\"27.7 Si …" are its paragraphs 3, 6 and 7', () => {
    const text = `${PE_DLEG_1280_ARTICLE_27}\n**Artículo 28.- Otro**\n\nVéanse los numerales 27.6 y 27.7 del artículo 27.\n`;
    const ids = ley.unitIds(text);
    for (const paragraph of ['3', '6', '7']) assert.ok(ids.some((id) => new RegExp(`^art_27(_dup\\d)?__para_${paragraph}$`).test(id)), ids.join(' '));
    assert.deepStrictEqual(ley.problems(text, 'broken-reference'), []);
    // must not: a paragraph the article does not have is reported
    assert.strictEqual(ley.problems(`${PE_DLEG_1280_ARTICLE_27}\n**Artículo 28.- Otro**\n\nVéase el numeral 27.9 del artículo 27.\n`, 'broken-reference').length, 1);
  });

  it('"**_Artículo 52.- Conformación …_**" and "**“ Artículo 52.- Composición …**" are labels of article 52 (enacted, amended)', () => {
    const ids = ley.unitIds(PE_DLEG_1280_ARTICLE_52);
    assert.ok(ids.includes('art_52'), ids.join(' '));
    assert.ok(ids.some((id) => /^art_52__para_1$/.test(id)), ids.join(' '));
    // must not: a line of text in italics that opens with a lower-case citation is no heading
    assert.ok(!ley.unitIds('**Artículo 1.- Objeto**\n\n_artículo 52 de la Ley 30045, que regula …_\n').includes('art_52'));
  });

  it('"**“ TÍTULO IX**" inserted by an amendment is title IX', () => {
    const text = `**TÍTULO VIII**\n\n**Artículo 110.- Uno**\n\nTexto.\n${PE_DLEG_1280_TITLE_IX}\n**Artículo 112.- Dos**\n\nSegún el Título IX de la presente Ley.\n`;
    assert.ok(ley.unitIds(text).includes('title_ix'), ley.unitIds(text).join(' '));
    assert.deepStrictEqual(ley.problems(text, 'broken-reference'), []);
  });

  it('a regional ordinance\'s recitals cite the Constitution\'s and other laws\' articles ("Que, el Artículo 50º de nuestra Constitución …"): not this ordinance\'s', () => {
    const text = `${PE_ORDINANCE_RECITALS}\n${PE_ORDINANCE_ARTICLES}`;
    assert.deepStrictEqual(ley.problems(text, 'broken-reference'), []);
    assert.deepStrictEqual(status(text, 'Artículo 50º'), ['external']);
    assert.match(ley.citation(text, 'Artículo 50º').targets[0].reason ?? '', /recitals/);
    // "Art. 25 de D.S. 070-2013-PCM": a supreme decree by its abbreviation
    assert.deepStrictEqual(status(text, 'Art. 25', true), ['external']);
    // must not: the same citation in the ordinance's own articles is checked
    const own = `${text}ARTÍCULO CUARTO: Lo dispuesto en el Artículo 50º se aplica.\n`;
    assert.strictEqual(ley.problems(own, 'broken-reference').length, 1, ley.problems(own, 'broken-reference').join(' | '));
  });

  it('"ARTÍCULO 7°,- Son funciones …" (OCR: a comma for the full stop) is article 7', () => {
    const ids = ley.unitIds(`ARTÍCULO 5°.- Uno.\n\n${PE_OCR_LABEL_COMMA}`);
    assert.ok(ids.includes('art_7'), ids.join(' '));
  });

  it('InfoLEG\'s blank line after every wrapped line does not part a sentence: "la Ley 11.723, las\\n\\nprevistas … en los artículos 61 y 67" are that law\'s', () => {
    const text = `##### Art. 11- Uno.\n\n${AR_DEC_6255_1958_ARTICLE_12}`;
    assert.deepStrictEqual(status(text, 'artículos 61 y 67'), ['external', 'external']);
    // must not: after a sentence's end and a blank line, the law named before is not the one cited
    const apart = '##### Art. 1- Según la Ley 11.723.\n\n##### Art. 2- Texto.\n\nLos artículos 61 y 67 se aplican.\n';
    assert.strictEqual(ley.problems(apart, 'broken-reference').length, 2);
  });

  it('"según Ley\\n\\n24.013 (art. 136)": the law\'s number over the blank line, and its article', () => {
    const text = `##### Art. 1- Uno.\n\n##### Art. 2- Dos.\n\n${AR_DEC_1095_2004}`;
    assert.deepStrictEqual(status(text, 'art. 136'), ['external']);
    assert.match(ley.citation(text, 'art. 136').targets[0].reason ?? '', /Ley 24\.013/);
  });

  it('"del citado artículo 30" is the article of the instrument named before; "del inciso\n\nc) del artículo 30" goes on over the blank line', () => {
    const text = `##### ARTÍCULO 1°.- Uno.\n\n${AR_DEC_267_2023_ARTICLE_2}`;
    const { workspace, model } = ley.read(text);
    // "del apartado 2 del inciso\n\nc) del artículo 30 de la citada norma legal" is one citation over the blank line
    const cited = workspace.resolved(model.uri).filter((r) => r.reference.text.includes('artículo 30'));
    // "de los incisos a),\n\nb) y c) del citado artículo 30": the points of the article cited before, one citation
    assert.deepStrictEqual(cited.map((r) => r.reference.text), ['apartado 2 del inciso\n\nc) del artículo 30', 'incisos a),\n\nb) y c) del citado artículo 30']);
    assert.deepStrictEqual(cited.map((r) => r.status), ['external', 'external']);
    assert.ok(!ley.unitIds(text).some((id) => /subpara_c/.test(id)), ley.unitIds(text).join(' '));
    assert.deepStrictEqual(ley.problems(text, 'broken-reference'), []);
    // must not: "del artículo 30" with no such word, of this decree, is checked
    assert.strictEqual(ley.problems('##### ARTÍCULO 1°.- Uno.\n\n##### ARTÍCULO 2°.- Dos.\n\nSegún el artículo 30.\n', 'broken-reference').length, 1);
    // must not: a list's point after a line that ends on a capital word or a colon is a point
    assert.ok(ley.unitIds('##### ARTÍCULO 1°.- Son requisitos del inciso:\n\na) el nombre;\n\nb) el domicilio.\n').some((id) => /subpara_b|pt_b|para_b/.test(id)));
  });

  it('Colombia: "El artículo 96 de la Constitución quedará así:" then "ARTÍCULO 96." is the Constitution\'s, and "de esta Constitución" in the wording set out is too', () => {
    const text = `**Artículo 1.** Uno.\n\n${CO_AMENDMENT_QUEDARA_ASI}\n${CO_NEW_ARTICLE_THIS_CONSTITUTION}`;
    assert.deepStrictEqual(ley.problems(text, 'broken-reference'), []);
    assert.deepStrictEqual(status(text, 'ARTÍCULO 96'), ['external']);
    assert.deepStrictEqual(status(text, 'artículo 207 de esta Constitución'), ['external']);
    // must not: in a constitution, "de esta Constitución" is checked
    const constitution = oneDocument('constitucion.md', '---\nid: co-constitucion\ntitle: Constitución Política\nlanguage: es\ntype: law\n---\n\n# Constitución Política\n\n');
    assert.strictEqual(constitution.problems('**Artículo 1.** Uno.\n\n**Artículo 2.** Según el artículo 207 de esta Constitución.\n', 'broken-reference').length, 1);
  });
});
