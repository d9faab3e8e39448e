// Argentina's Penal Code and a decree as InfoLEG gives them (legalize-ar): repealed articles whose whole text is the editor's
// note, labels glued to the note that closes the article before, incisos numbered "1º", a wrapped line made a heading, and
// an amended regulation's wording whose every paragraph reopens the quotation mark. Each rule has a case where it must not apply.
import * as assert from 'node:assert';
import { oneDocument } from '../helpers/oneDocument';
import {
  AR_CP_ARTICLE_120_GLUED, AR_CP_ARTICLE_139_BIS, AR_CP_ARTICLES_119_120, AR_CP_CHAPTER_IX_GLUED, AR_CP_ARTICLE_2_GLUED, AR_CP_ARTICLE_34, AR_CP_ARTICLE_81, AR_CP_ARTICLE_86_HEADING, AR_CP_CHAPTERS_OF_TITLE_XI,
  AR_CP_REPEALED_118, AR_CP_TITLE_PRIOR_TO, AR_DEC_8558_1967_QUOTED, AR_LEY_26388_INCISO_SET_OUT, AR_LEY_27078_NOTE_ARTICLE_104, AR_LEY_27411_RESERVATIONS,
  PE_DLEG_882_ARTICLE_20, PE_DS_010_2017_ARTICLE_59, PE_DS_058_2003_ANNEX_II,
} from './infolegCodesText';

const ley = oneDocument('codigo.md', '---\nid: codigo\ntitle: Código\nlanguage: es\ntype: law\n---\n\n# Código\n\n');
const reglamento = oneDocument('reglamento.md', '---\nid: reglamento\ntitle: Reglamento Nacional de Vehículos\nlanguage: es\ntype: law\n---\n\n# Reglamento Nacional de Vehículos\n\n');
const act = oneDocument('act.md', '---\nid: act\ntitle: Act\nlanguage: en\ntype: law\n---\n\n# Act\n\n');
const article = (ids: string[], number: string) => ids.filter((id) => new RegExp(`(?:^|__)art_${number}$`).test(id));

describe('engine: Argentina\'s codes as InfoLEG gives them', () => {
  it('"**ARTICULO 118.-** *(Artículo derogado por …)*", a repealed article whose text is the note in italics, is article 118', () => {
    const ids = ley.unitIds(AR_CP_REPEALED_118);
    assert.strictEqual(article(ids, '118').length, 1, ids.join(' '));
    assert.deepStrictEqual(ley.broken(`${AR_CP_REPEALED_118}\nVéanse los artículos 118 y 119.\n`), []);
    // must not: an article the code does not have is still reported
    assert.strictEqual(ley.broken(`**ARTICULO 1.-** Texto.\n\n${AR_CP_REPEALED_118}\nVéase el artículo 124.\n`).length, 1);
  });

  it('"…B.O. 17/5/2017)***ARTICULO 120** — Será …": a label glued to the note that closes the article before opens article 120', () => {
    const text = `**ARTICULO 119.** - Texto.\n\n${AR_CP_ARTICLE_120_GLUED}`;
    const ids = ley.unitIds(text);
    for (const number of ['119', '120', '121', '122', '123']) assert.strictEqual(article(ids, number).length, 1, `${number}: ${ids.join(' ')}`);
    assert.deepStrictEqual(ley.broken(`${text}\nSegún los artículos 119 y 120.\n`).filter((message) => message.includes('120')), []);
    // must not: a citation after a note in italics ("*(ver nota)* Artículo 120 del Código Civil …") opens no article
    assert.deepStrictEqual(article(ley.unitIds('**ARTICULO 1.-** Texto *(ver nota)* Artículo 120 del Código Civil se aplica.\n'), '120'), []);
  });

  it('a note over three paragraphs, then "República Argentina)***ARTICULO 2º.-** Si la ley …": article 2', () => {
    const ids = ley.unitIds(`**ARTICULO 1º.-** Este Código se aplicará:\n\n${AR_CP_ARTICLE_2_GLUED}`);
    assert.strictEqual(article(ids, '2').length, 1, ids.join(' '));
  });

  it('"… previstos en el" then "##### artículo 86.": the wrapped line a converter made a heading goes on with the inciso, no second article 86', () => {
    const text = `**ARTICULO 84 bis.-** Texto.\n\n${AR_CP_ARTICLE_86_HEADING}`;
    const ids = ley.unitIds(text);
    assert.strictEqual(article(ids, '86').length, 1, ids.join(' '));
    assert.deepStrictEqual(ley.problems(text, 'duplicate-unit'), []);
    // must not: after an inciso that ends its sentence, the heading stays one
    assert.strictEqual(article(ley.unitIds('**ARTICULO 85.-** Texto:\n\n1. Con prisión de tres años.\n\n##### Artículo 86.\n\nNo es delito.\n'), '86').length, 1);
  });

  it('"**ARTICULO 81.** - 1º Se impondrá …", then "2º *(Inciso derogado …)*": incisos 1º and 2º, and "inciso 1º del artículo anterior" resolves', () => {
    const ids = ley.unitIds(AR_CP_ARTICLE_81);
    assert.ok(ids.includes('art_81__para_1') && ids.includes('art_81__para_2'), ids.join(' '));
    assert.deepStrictEqual(ley.broken(AR_CP_ARTICLE_81), []);
    assert.deepStrictEqual(ley.citation(AR_CP_ARTICLE_81, 'inciso 1º del artículo anterior').targets.map((target) => target.unitId), ['art_81__para_1']);
    // must not: an inciso the article does not have is reported
    assert.strictEqual(ley.broken(`${AR_CP_ARTICLE_81}\nSegún el inciso 3º del artículo 81.\n`).length, 1);
  });

  it('"por las causales del presente inciso" in article 34\'s "1º. El que …" is that inciso; "this subparagraph" in English is no paragraph', () => {
    assert.deepStrictEqual(ley.problems(AR_CP_ARTICLE_34, 'reference-outside-unit'), []);
    // must not: English "this subparagraph" in a paragraph that holds none is still reported
    const english = 'Section 1. Scope\n\n(1) A person commits an offence.\n\nThe penalty under this subparagraph is a fine.\n\n(2) Other.\n\n(a) One.\n';
    assert.strictEqual(act.problems(english, 'reference-outside-unit').length, 1, act.problems(english, 'reference-outside-unit').join(' | '));
  });

  it('"los capítulos VI, VII, VIII, IX, IX bis y X del" and the line made a heading, "### título XI … del Código Penal": chapters of the code named, IX bis among them', () => {
    const text = `### Capítulo VI\n\n**ARTICULO 41 quater.-** Texto:\n\na) Delitos previstos en la Ley 23.737 y la\n\n${AR_CP_CHAPTERS_OF_TITLE_XI}`;
    assert.deepStrictEqual(ley.broken(text), []);
    const chapters = ley.citation(text, 'capítulos VI', true);
    assert.strictEqual(chapters.targets.length, 6);
    assert.ok(chapters.targets.every((target) => target.status === 'external'), JSON.stringify(chapters.targets));
    // must not: after a paragraph that ends its sentence, "### Título XI" stays a heading
    assert.ok(ley.unitIds('Texto del capítulo.\n\n### Título XI\n\n**ARTICULO 1.-** Texto.\n').some((id) => /title_xi/.test(id)));
  });

  it('"por causa o título anterior al hecho delictivo" ("prior to the offence") names no preceding title', () => {
    assert.deepStrictEqual(ley.broken(`### TITULO I\n\n**ARTICULO 304.-** Texto:\n\n${AR_CP_TITLE_PRIOR_TO}`), []);
    // must not: "del título anterior" with no title before is reported
    assert.strictEqual(ley.broken('### TITULO I\n\n**ARTICULO 1.-** Según lo dispuesto en el título anterior, se aplica.\n').length, 1);
  });

  it('"**ARTICULO 139 bis**- Será …", the dash right after the Latin adverb, is article 139 bis', () => {
    const ids = ley.unitIds(`**ARTICULO 139.-** Texto.\n\n${AR_CP_ARTICLE_139_BIS}`);
    assert.strictEqual(article(ids, '139bis').length, 1, ids.join(' '));
    assert.strictEqual(article(ids, '139').length, 1, ids.join(' '));
  });

  it('a decree that sets out a regulation\'s articles, every paragraph reopening \'"\' and none closing it: "Artículo 5º", "38º", "100º" are the regulation\'s', () => {
    assert.deepStrictEqual(ley.broken(AR_DEC_8558_1967_QUOTED), []);
    assert.strictEqual(ley.citation(AR_DEC_8558_1967_QUOTED, 'Artículo 38º', true).targets[0].status, 'external');
    // must not: definitions after a lead-in, each closing its quoted term, are the law's own text: its citations are checked
    const definitions = '**Artículo 1.-** A los fines de esta ley se entiende por:\n\n"Dato": la información, conforme al artículo 9.\n\n"Archivo": el conjunto de datos.\n';
    assert.strictEqual(ley.broken(definitions).length, 1);
  });

  it('the Budapest Convention\'s articles a law reserves, over InfoLEG\'s blank lines ("9.2.b.\\n\\ny 9.2.c. del CONVENIO", "22.1.d. del\\n\\nCONVENIO"), are the Convention\'s', () => {
    const text = `**ARTÍCULO 1°.- Apruébase** el Convenio.\n\n${AR_LEY_27411_RESERVATIONS}`;
    assert.deepStrictEqual(ley.broken(text), []);
    for (const cited of ['artículos 9.1.d', 'artículo 22.1.d']) {
      const citation = ley.citation(text, cited, true);
      assert.ok(citation.targets.every((target) => target.status === 'external') && /CONVENIO/.test(citation.reference.text), `${cited}: ${citation.reference.text}`);
    }
    // must not: a paragraph that ends a sentence does not run into the next one ("… del artículo 2.\n\nCONVENIO …")
    assert.strictEqual(ley.broken('**ARTÍCULO 1°.-** Texto.\n\n**ARTÍCULO 2°.-** Según el artículo 22.\n\nCONVENIO SOBRE CIBERDELITO.\n').length, 1);
  });

  it('"Incorpórase como inciso 16 del artículo 173 del Código Penal, el siguiente:" then "Inciso 16. El que …": the label of the inciso set out, not this law\'s', () => {
    const text = `##### ARTICULO 8º — Texto.\n\n${AR_LEY_26388_INCISO_SET_OUT}`;
    assert.deepStrictEqual(ley.broken(text), []);
    assert.match(ley.citation(text, 'Inciso 16').targets[0].reason ?? '', /sets out/);
    // must not: the same paragraph after a lead-in that amends nothing cites this law's inciso
    assert.strictEqual(ley.broken('##### ARTICULO 9º — Se aplican las reglas siguientes:\n\nInciso 16. El que defraudare a otro.\n').length, 1);
  });

  it('"*(Artículo sustituido* *por art. 104**de la*[Ley Nº 27.591](…)": the article of the law named after the emphasis, not this law\'s', () => {
    const text = `**ARTICULO 14.-** Texto.\n\n${AR_LEY_27078_NOTE_ARTICLE_104}`;
    assert.deepStrictEqual(ley.broken(text), []);
    assert.match(ley.citation(text, 'art. 104', true).reference.text, /Ley Nº 27\.591/);
  });

  it('Peru: "… el texto siguiente:" then the paragraph quoted, indented with no-break spaces, closed before SPIJ\'s note mark: its incisos are the amended law\'s', () => {
    assert.deepStrictEqual(ley.broken(PE_DLEG_882_ARTICLE_20), []);
    // must not: the same paragraph unquoted is this article's text, and "incisos a), b) y m) del presente artículo" is checked
    assert.strictEqual(ley.broken(PE_DLEG_882_ARTICLE_20.replace(/"/g, '')).length, 3);
  });

  it('"los incisos\\n\\na), b), c), e) o f) del cuarto párrafo del artículo 119": the incisos listed after that paragraph', () => {
    const ids = ley.citation(AR_CP_ARTICLES_119_120, 'incisos\n\na), b), c), e) o f) del cuarto párrafo del artículo 119').targets.map((target) => target.unitId);
    assert.deepStrictEqual(ids, ['a', 'b', 'c', 'e', 'f'].map((letter) => `art_119__subpara_${letter}`));
    // must not: an inciso the paragraph is not followed by is reported
    assert.strictEqual(ley.broken(`${AR_CP_ARTICLES_119_120}\nSegún el inciso g) del cuarto párrafo del artículo 119.\n`).length, 1);
  });

  it('"República Argentina)*Capítulo IX", a chapter\'s heading glued to the note that closes the article before, is chapter IX', () => {
    const text = `### Capítulo VIII\n\n**ARTICULO 265.-** Texto.\n\n${AR_CP_CHAPTER_IX_GLUED}\nSegún el Capítulo IX.\n`;
    const ids = ley.unitIds(text);
    assert.ok(ids.some((id) => /(?:^|__)chp_ix(?:__|$)/.test(id)) && article(ids, '266').length === 1, ids.join(' '));
    assert.deepStrictEqual(ley.broken(text), []);
    // must not: a sentence that goes on after the note's close is no heading
    assert.ok(!ley.unitIds('**ARTICULO 1.-** Texto *(nota)*Capítulo IX del Código Civil se aplica a los contratos de este tipo.\n').some((id) => /chp_ix/.test(id)));
  });

  it('Peru: an annex\'s definitions numbered "**1). Ambulancia.-**", "**5). Bastidor.-**" are its numerals 1) to 5)', () => {
    const text = `**Artículo 1.-** Según el numeral 5) del Anexo II del presente Reglamento.\n\n${PE_DS_058_2003_ANNEX_II}`;
    assert.deepStrictEqual(reglamento.broken(text), []);
    assert.match(reglamento.citation(text, 'numeral 5) del Anexo II del presente Reglamento').targets[0].unitId ?? '', /annex_ii__para_5$/);
    // must not: a numeral the annex does not have is reported
    assert.strictEqual(reglamento.broken(text.replace('numeral 5)', 'numeral 9)')).length, 1);
  });

  it('Peru: "59.1.1." to "59.1.5." are parts of paragraph "59.1.", and "el numeral 59.1.5 del artículo 59" is the fifth', () => {
    const ids = reglamento.unitIds(PE_DS_010_2017_ARTICLE_59);
    for (const part of ['1', '2', '5']) assert.ok(ids.includes(`art_59__para_1__subpara_${part}`), ids.join(' '));
    assert.ok(ids.includes('art_59__para_1__subpara_5__subpara_a'), ids.join(' '));
    assert.deepStrictEqual(reglamento.broken(PE_DS_010_2017_ARTICLE_59), []);
    assert.deepStrictEqual(reglamento.citation(PE_DS_010_2017_ARTICLE_59, 'numeral 59.1.5 del artículo 59 del presente Reglamento').targets.map((target) => target.unitId), ['art_59__para_1__subpara_5']);
    // must not: a part the paragraph does not have is reported; "1.2.3." under article 59 is no part of it
    assert.strictEqual(reglamento.broken(PE_DS_010_2017_ARTICLE_59.replace('numeral 59.1.5 del', 'numeral 59.1.9 del')).length, 1);
    assert.ok(!reglamento.unitIds('**Artículo 59.- Texto**\n\n59.1. Uno.\n\n1.2.3. Otro número.\n').some((id) => /subpara_3/.test(id)));
  });
});
