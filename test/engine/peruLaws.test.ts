// Peru's laws as a scraper of lpderecho.pe gives them (one line per paragraph, no blank lines): paragraphs numbered after
// their article ("17.1.", cited "párrafo 17.2 del artículo 17"), "numeral 2 del literal b", labels with an editor's
// asterisk ("**Artículo 11*.-**"), markers in bold ("**b)** …"), and another instrument's articles set out by an amending
// provision, quoted or not. Each rule has a case where it must not apply.
import * as assert from 'node:assert';
import { oneDocument } from '../helpers/oneDocument';
import {
  PE_DLEG_1373_ARTICLES_14_AND_15, PE_DLEG_1373_ARTICLE_II, PE_DS_001_97_TR_ARTICLES_47_TO_49, PE_DS_001_97_TR_ARTICLE_20, PE_GRA_QUOTED_ARTICLE, PE_LEY_27269_ARTICLE_11, PE_LEY_28880_ARTICLE_1_TABLE, PE_LEY_29733_ARTICLE_39, PE_LEY_30096_ARTICLES_3_AND_4, PE_LEY_30096_FOURTH_PROVISION, PE_LEY_30096_SECOND_PROVISION, PE_LEY_30424_ARTICLES_5_TO_8, PE_LEY_30424_ARTICLE_17, PE_LEY_30424_INCORPORATIONS, PE_LEY_32434_ARTICLES_6_TO_11,
} from './peruLawsText';

const ley = oneDocument('ley.md', '---\nid: pe-ley\ntitle: Ley\nlanguage: es\ntype: law\n---\n\n# Ley\n\n');
const problems = ley.problems;
const resolution = (text: string, cited: string) => ley.citation(text, cited).targets;
const unitIds = (text: string, prefix: string) => ley.unitIds(text).filter((id) => id.startsWith(prefix));

describe('engine: Peru\'s laws as a scraper gives them', () => {
  it('Ley 30424 art. 17: "17.1." to "17.5." are its paragraphs 1–5, and "párrafo 17.1" / "párrafo 17.2" resolve to them', () => {
    assert.deepStrictEqual(unitIds(PE_LEY_30424_ARTICLE_17, 'art_17__para_').filter((id) => /^art_17__para_\d+$/.test(id)), ['art_17__para_1', 'art_17__para_2', 'art_17__para_3', 'art_17__para_4', 'art_17__para_5']);
    assert.deepStrictEqual(resolution(PE_LEY_30424_ARTICLE_17, 'párrafo 17.1').map((t) => t.unitId), ['art_17__para_1']);
    assert.deepStrictEqual(resolution(PE_LEY_30424_ARTICLE_17, 'párrafo 17.2').map((t) => t.unitId), ['art_17__para_2']);
    const cited = `${PE_LEY_30424_ARTICLE_17}**Artículo 18. Prueba**\nSegún el párrafo 17.3 del artículo 17 y el numeral 17.9 del artículo 17.\n`;
    assert.deepStrictEqual(resolution(cited, 'párrafo 17.3 del artículo 17').map((t) => t.unitId), ['art_17__para_3']);
    // must not: a paragraph article 17 does not have is still reported
    assert.deepStrictEqual(problems(cited, 'broken-reference').length, 1, problems(cited, 'broken-reference').join('\n'));
  });

  it('must not: "2.1. Alcance" in article 3 numbers no paragraph of it', () => {
    const text = '**Artículo 3. Alcance**\nLa presente Ley se aplica:\n2.1. Alcance general de la norma.\n';
    assert.deepStrictEqual(unitIds(text, 'art_3__para'), []);
  });

  it('DL 1373 Artículo II: "**2.1. Nulidad:**" … are its paragraphs, and "numeral 2.3 del artículo II" is paragraph 3', () => {
    assert.deepStrictEqual(unitIds(PE_DLEG_1373_ARTICLE_II, 'art_ii__para_'), ['art_ii__para_1', 'art_ii__para_2', 'art_ii__para_3', 'art_ii__para_4']);
    const cited = `${PE_DLEG_1373_ARTICLE_II}**Artículo III. Prueba**\nConforme al segundo párrafo del numeral 2.3 del artículo II.\n`;
    const targets = resolution(cited, 'numeral 2.3 del artículo II');
    assert.deepStrictEqual(targets.map((t) => t.unitId), ['art_ii__para_3']);
  });

  it('DL 1373 art. 14: "**a) **…" and "**b)** …" (the marker in bold) are the points a–f of paragraph 14.1', () => {
    assert.deepStrictEqual(unitIds(PE_DLEG_1373_ARTICLES_14_AND_15, 'art_14__para_1__subpara_'),
      ['a', 'b', 'c', 'd', 'e', 'f'].map((letter) => `art_14__para_1__subpara_${letter}`));
  });

  it('Ley 30424 arts. 5–8: "numeral 2 del literal b del artículo 5" is the literal\'s numeral, whichever way round it is written', () => {
    assert.deepStrictEqual(resolution(PE_LEY_30424_ARTICLES_5_TO_8, 'numeral 2 del literal b del artículo 5').map((t) => t.unitId), ['art_5__subpara_b__para_2']);
    assert.deepStrictEqual(problems(PE_LEY_30424_ARTICLES_5_TO_8, 'broken-reference'), []);
    // must not: a numeral the literal does not have is reported
    assert.strictEqual(problems(`${PE_LEY_30424_ARTICLES_5_TO_8}**Artículo 9. Prueba**\nSegún el numeral 7 del literal b del artículo 5.\n`, 'broken-reference').length, 1);
  });

  it('points after a full sentence, "Medidas.\\na. …\\nb. …", are points where the next one opens a later line', () => {
    const text = '**Artículo 3.-** Medidas.\na. Multa.\nb. Inhabilitación.\n';
    assert.deepStrictEqual(unitIds(text, 'art_3__subpara_'), ['art_3__subpara_a', 'art_3__subpara_b']);
    // must not: a lone "a." after a sentence, with no "b." to follow, stays the article's text
    assert.deepStrictEqual(unitIds('**Artículo 3.-** Medidas.\na. Multa y otras.\n', 'art_3__subpara_'), []);
  });

  it('Ley 30424: the Penal Code\'s article 401-C, quoted after "con el texto siguiente:", cites that code ("artículo 397-A"), not this law', () => {
    const text = `${PE_LEY_30424_ARTICLES_5_TO_8}${PE_LEY_30424_INCORPORATIONS}`;
    assert.deepStrictEqual(problems(text, 'broken-reference').filter((message) => /397|313/.test(message)), []);
    assert.ok(resolution(text, 'artículo 397-A').every((t) => t.status === 'external'));
    assert.ok(resolution(text, 'numeral 1 del artículo 313').every((t) => t.status === 'external'));
  });

  it('Ley 30096: articles 162, 183-A and 323 of the Penal Code set out after "Modifíquese los artículos 162, 183-A y 323 del Código Penal, …, en los siguientes términos:" cite that code', () => {
    const text = `${PE_LEY_30096_ARTICLES_3_AND_4}${PE_LEY_30096_FOURTH_PROVISION}`;
    assert.deepStrictEqual(problems(text, 'broken-reference'), []);
    const targets = resolution(text, 'artículo 36, incisos 1, 2 y 4');
    assert.ok(targets.every((t) => t.status === 'external' && /sets out for another instrument/.test(t.reason ?? '')), JSON.stringify(targets));
    // must not: an article the lead-in does not name, after the set-out ones, is this law's own, and its citations are checked
    const own = `${text}**Artículo 400. Prueba**\nSegún el artículo 36.\n`;
    assert.strictEqual(problems(own, 'broken-reference').length, 1);
  });

  it('Ley 30096: the article 3 of Ley 30077 set out after "Modifíquese el numeral 9 del artículo 3 de la Ley 30077 …:" is no duplicate of the law\'s own article 3', () => {
    // the law's own article 3 without the editor's note of its amendment (which makes a later article 3 a version of it)
    const own = '#### **Artículo 3. Alcance**\nLa presente Ley se aplica.\n';
    assert.deepStrictEqual(problems(`${own}${PE_LEY_30096_SECOND_PROVISION}`, 'duplicate-unit'), []);
    // must not: article 3 given twice with no lead-in naming it is a drafter's duplicate
    assert.strictEqual(problems(`${own}#### **Artículo 4. Otro**\nTexto.\n#### **Artículo 3. Otro**\nTexto.\n`, 'duplicate-unit').length, 1);
  });

  it('Ley 27269: "**Artículo 11*.-**" (an editor\'s asterisk) is article 11\'s label, not a citation of it', () => {
    const text = `**Artículo 10.-** Texto.\n${PE_LEY_27269_ARTICLE_11}`;
    assert.ok(unitIds(text, 'art_').includes('art_11'));
    assert.deepStrictEqual(problems(text, 'broken-reference'), []);
  });

  it('Ley 29733 art. 39: "el artículo 230, numeral 3), de la Ley 27444" is that law\'s article', () => {
    assert.deepStrictEqual(problems(PE_LEY_29733_ARTICLE_39, 'broken-reference'), []);
    assert.ok(resolution(PE_LEY_29733_ARTICLE_39, 'artículo 230, numeral 3), de la Ley 27444').every((t) => t.status === 'external'));
    // must not: a parenthesis closing an aside ("(véase el artículo 230), de la …") joins nothing to the citation
    assert.ok(resolution('**Artículo 39. Sanciones**\nLa multa (véase el artículo 230), de la Ley 27444, se aplica.\n', 'artículo 230'));
  });

  it('Ley 32434 as scanned: articles 7 to 11 run together into paragraphs ("… fuentes. Artículo 7. Agricultura …", "CAPÍTULO III SIGNO DISTINTIVO Artículo 10. …") are articles, each going on the numbering', () => {
    const articles = ley.unitIds(PE_LEY_32434_ARTICLES_6_TO_11).filter((id) => /^art_\d+$/.test(id));
    assert.deepStrictEqual(articles, ['art_6', 'art_7', 'art_8', 'art_9', 'art_10', 'art_11']);
    // their labels are no citations of articles missing from the text
    assert.deepStrictEqual(problems(PE_LEY_32434_ARTICLES_6_TO_11, 'broken-reference').filter((message) => /"Artículo \d+"/.test(message)), []);
    // must not: a label that does not go on the numbering stays in its paragraph ("Artículo 5." after article 7 is no article 5,
    // and 9, 10 and 11 after it follow no 8: where the numbering breaks, less is read, not more)
    const renumbered = PE_LEY_32434_ARTICLES_6_TO_11.replace('Artículo 8. Semillas', 'Artículo 5. Semillas');
    assert.notStrictEqual(renumbered, PE_LEY_32434_ARTICLES_6_TO_11);
    assert.deepStrictEqual(ley.unitIds(renumbered).filter((id) => /^art_\d+$/.test(id)), ['art_6', 'art_7']);
  });

  it('Ley 28880: a table\'s rows "SECCIÓN PRIMERA: GOBIERNO CENTRAL   1 686 313 859,00" are no sections: "del presente artículo" under them is article 1\'s', () => {
    assert.deepStrictEqual(ley.unitIds(PE_LEY_28880_ARTICLE_1_TABLE).filter((id) => !id.includes('__')), ['art_1']);
    assert.deepStrictEqual(problems(PE_LEY_28880_ARTICLE_1_TABLE, 'reference-outside-unit'), []);
    // must not: the same heading with no amount in a column opens a section
    const heading = PE_LEY_28880_ARTICLE_1_TABLE.replace(/SECCIÓN PRIMERA: GOBIERNO CENTRAL[\s\u00a0]+1 686 313 859,00/, 'SECCIÓN PRIMERA: GOBIERNO CENTRAL');
    assert.notStrictEqual(heading, PE_LEY_28880_ARTICLE_1_TABLE);
    assert.ok(ley.unitIds(heading).includes('sec_1'), ley.unitIds(heading).join(' '));
  });

  it('D.S. 001-97-TR art. 20: "**a)** …" to "**c)** …" at a line\'s start (the marker in bold) are its points, and "el literal b) del presente artículo" finds point b', () => {
    assert.deepStrictEqual(ley.unitIds(PE_DS_001_97_TR_ARTICLE_20).filter((id) => id.includes('subpara')), ['art_20__subpara_a', 'art_20__subpara_b', 'art_20__subpara_c']);
    assert.deepStrictEqual(resolution(PE_DS_001_97_TR_ARTICLE_20, 'literal b) del presente artículo').map((t) => t.unitId), ['art_20__subpara_b']);
    assert.deepStrictEqual(problems(PE_DS_001_97_TR_ARTICLE_20, 'broken-reference'), []);
    // must not: a word in bold opening a line is no point ("**Nota:** …")
    assert.ok(!ley.unitIds(PE_DS_001_97_TR_ARTICLE_20.replace('**c)**', '**Nota:**')).includes('art_20__subpara_c'));
  });

  it('D.S. 001-97-TR: "**Artículo 48. &#8211;** Si conforme …" (the dash as an HTML entity) opens article 48, and its label is no citation', () => {
    assert.deepStrictEqual(ley.unitIds(PE_DS_001_97_TR_ARTICLES_47_TO_49).filter((id) => /^art_\d+$/.test(id)), ['art_47', 'art_48', 'art_49']);
    assert.deepStrictEqual(problems(PE_DS_001_97_TR_ARTICLES_47_TO_49, 'broken-reference'), []);
    // must not: an entity that is no dash ("&#8226;", a bullet) leaves the label a citation, reported
    assert.ok(problems(PE_DS_001_97_TR_ARTICLES_47_TO_49.replace('&#8211;', '&#8226;'), 'broken-reference').some((message) => message.startsWith('"Artículo 48')));
  });

  it('"… señala lo siguiente:", a line "Artículo 9. Responsabilidades esenciales", then “9.1 … el párrafo anterior …”: a quoted passage, the other law\'s', () => {
    const text = '**Artículo 1.** Uno.\n\n**Artículo 2.** Dos.\n\n' + PE_GRA_QUOTED_ARTICLE;
    assert.deepStrictEqual(problems(text, 'broken-reference'), []);
    assert.match(resolution(text, 'párrafo anterior')[0].reason ?? '', /quoted from another instrument/);
    // must not: without the quotation marks the words are no quoted passage
    const unquoted = text.replace('“9.1 Los funcionarios', '9.1 Los funcionarios').replace('(...)”.', '(...).');
    assert.notStrictEqual(unquoted, text);
    assert.doesNotMatch(resolution(unquoted, 'párrafo anterior')[0].reason ?? '', /quoted from another instrument/);
  });
});
