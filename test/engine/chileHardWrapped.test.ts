// Chile's laws as the BCN gives them (verbatim lines, chileHardWrappedText.ts): every line cut near 60 characters, an
// article's incisos not parted by blank lines. A hard-wrapped paragraph is cut where a line ends a sentence short of the
// width (the next word would have fit) or before a line that opens the next sentence; "el inciso anterior" in an item's
// second paragraph is the item's first, and from a list's first item the words that open the list may be the ones meant.
import * as assert from 'node:assert';
import { oneDocument } from '../helpers/oneDocument';
import { CL_HERENCIAS_ARTICLE_46, CL_MERCADO_DE_VALORES_ARTICLE_16, CL_PENAL_ARTICLE_161_A, CL_PENAL_ARTICLE_250, CL_PENAL_ARTICLE_260_TER, CL_PENAL_TITLE_VIII_PARRAFOS, CL_PROCESAL_PENAL_ARTICLE_141, CL_CIVIL_ARTICLE_138 } from './chileHardWrappedText';
import { CL_PENAL_CODE_PARRAFOS } from './chileText';

const FRONT = '---\nid: cl-ley\ntitle: Ley\nlanguage: es\n---\n# Ley\n\n';
const law = oneDocument('ley.md', FRONT);
const { broken } = law;
const citedIn251 = (words: string) => `\n\n#### Artículo 251\n\n\nART. 251.\n\nLo dispuesto en el ${words} se aplicará también.\n`;

describe('engine: incisos of a hard-wrapped article (Chile\'s BCN text)', () => {
  // Its last sentence, "Las penas previstas en este inciso …", opens a line after a full one that ends a sentence: whether the
  // wrapper or the text broke there cannot be told, and it is read as an inciso of its own (one too many leaves a citation
  // unchecked; one too few would be a false error).
  it('article 250 of the Penal Code: the fifth inciso is "Tratándose … en el artículo 249", not the label "ART. 250." given again', () => {
    const text = CL_PENAL_ARTICLE_250 + citedIn251('inciso quinto del artículo 250');
    assert.deepStrictEqual(broken(text), []);
    const fifth = law.citation(text, 'inciso quinto del artículo 250');
        const model = law.read(text).model;
    const unit = model.units.find((u) => u.id === fifth.targets[0].unitId)!;
    assert.match(model.text.slice(unit.span.start, unit.span.end), /^Tratándose del beneficio dado, ofrecido o consentido\nen relación con los crímenes/);
    const first = model.units.find((u) => u.id === law.citation(CL_PENAL_ARTICLE_250 + citedIn251('inciso primero del artículo 250'), 'inciso primero del artículo 250').targets[0].unitId)!;
    assert.match(model.text.slice(first.span.start, first.span.end), /^El que diere/);
  });

  it('"a que se refiere el inciso anterior" in the second inciso of article 161-A is its first', () => {
    assert.deepStrictEqual(broken(CL_PENAL_ARTICLE_161_A), []);
    const before = law.citation(CL_PENAL_ARTICLE_161_A, 'inciso anterior');
    const model = law.read(CL_PENAL_ARTICLE_161_A).model;
    const unit = model.units.find((u) => u.id === before.targets[0].unitId)!;
    assert.match(model.text.slice(unit.span.start, unit.span.end), /^Se castigará con la pena de reclusión menor en\ncualquiera/);
  });

  it('lines of one sentence each (no hard wrapping) stay one paragraph: a second inciso is not found in it', () => {
    const sentences = '#### Artículo 1\n\nPrimera oración del inciso único.\nSegunda oración, bastante más larga que la primera, del mismo inciso.\nTercera.\nCuarta oración, también del mismo inciso, que termina aquí.\n';
    const cited = sentences + '\n#### Artículo 2\n\nVéase el inciso segundo del artículo 1.\n';
    const second = law.citation(cited, 'inciso segundo del artículo 1').targets[0];
    assert.notStrictEqual(second.status, 'resolved');
    assert.match(second.reason ?? '', /run together/);
  });

  it('"No obstante lo señalado en el inciso anterior" after item a)\'s first paragraph is item a)', () => {
    // (the article 46 bis it cites is not among these lines)
    assert.deepStrictEqual(broken(CL_HERENCIAS_ARTICLE_46).filter((message) => !message.startsWith('"artículo 46 bis"')), []);
    const before = law.citation(CL_HERENCIAS_ARTICLE_46, 'inciso anterior');
        const model = law.read(CL_HERENCIAS_ARTICLE_46).model;
    const unit = model.units.find((u) => u.id === before.targets[0].unitId)!;
    assert.match(model.text.slice(unit.span.start, unit.span.end), /^a\) El avalúo con que figuren/);
  });

  it('"indicadas en el inciso anterior" in a list\'s first item, after "… en el inciso anterior:", is not reported, with the reason', () => {
    assert.deepStrictEqual(broken(CL_MERCADO_DE_VALORES_ARTICLE_16), []);
    const first = law.citation(CL_MERCADO_DE_VALORES_ARTICLE_16, 'inciso\nanterior');
    assert.strictEqual(first.targets[0].status, 'external');
    assert.match(first.targets[0].reason ?? '', /opens a list: the words before the list may be the ones meant/);
    // must not: with no lead-in ending in a colon before the item, there is nothing before it to cite
    const noLeadIn = CL_MERCADO_DE_VALORES_ARTICLE_16.replace('inciso anterior:\n', 'inciso anterior.\n');
    assert.notStrictEqual(noLeadIn, CL_MERCADO_DE_VALORES_ARTICLE_16);
    assert.ok(broken(noLeadIn).some((message) => message.startsWith('"inciso')), broken(noLeadIn).join('\n'));
  });
});

describe('engine: the "§" divisions of a code\'s title are its párrafos (Chile\'s Penal Code)', () => {
  it('"contemplados en los Párrafos 5, 6, 9 y 9 bis el hecho de …" in article 260 ter: the title\'s "§ V.", "§ VI.", "§ IX." and "§ 9 bis."', () => {
    const text = CL_PENAL_CODE_PARRAFOS + '\n\n' + CL_PENAL_ARTICLE_260_TER;
    const cited = law.citation(text, 'Párrafos 5, 6, 9 y 9 bis');
    assert.deepStrictEqual(cited.targets.map((t) => t.unitId?.split('__').pop()), ['sec_v', 'sec_vi', 'sec_ix', 'sec_9bis']);
    // must not: "párrafo" in lower case cited alone is the article's own paragraph, checked as such
    const lower = text.replace('contemplados en los Párrafos 5, 6, 9 y 9 bis el hecho', 'contemplados en el párrafo 5 el hecho');
    assert.notStrictEqual(lower, text);
    assert.ok(broken(lower).some((message) => message.startsWith('"párrafo 5"')), broken(lower).join('\n'));
  });

  it('"las medidas previstas en el\nPárrafo 6º" where the copy shows no "§" division: not checked, with the reason', () => {
    assert.deepStrictEqual(broken(CL_PROCESAL_PENAL_ARTICLE_141), []);
    assert.match(law.citation(CL_PROCESAL_PENAL_ARTICLE_141, 'Párrafo 6º').targets[0].reason ?? '', /capitalised in running text names a division/);
    // must not: "párrafo" in lower case is the article's paragraph, checked
    const lower = CL_PROCESAL_PENAL_ARTICLE_141.replace('Párrafo 6º, podrá', 'párrafo 6º, podrá');
    assert.notStrictEqual(lower, CL_PROCESAL_PENAL_ARTICLE_141);
    assert.ok(broken(lower).some((message) => message.startsWith('"párrafo 6º"')), broken(lower).join('\n'));
  });

  it('"lo dispuesto en el\npárrafo 4º del título De la sociedad conyugal": a title cited by its name, not checked', () => {
    assert.deepStrictEqual(broken(CL_CIVIL_ARTICLE_138), []);
    assert.match(law.citation(CL_CIVIL_ARTICLE_138, 'párrafo 4º').targets[0].reason ?? '', /título De la sociedad conyugal/);
    // must not: a title cited by its number ("del título II") is no name
    const numbered = CL_CIVIL_ARTICLE_138.replace('párrafo 4º del título De la sociedad conyugal', 'párrafo 4º del título II');
    assert.notStrictEqual(numbered, CL_CIVIL_ARTICLE_138);
    assert.doesNotMatch(law.citation(numbered, 'párrafo 4º', true).targets[0].reason ?? '', /by its title/);
  });

  it('"los párrafos 1, 3 y 3 bis del título VIII del libro II de este código": "§ III. bis." is párrafo 3 bis', () => {
    const cited = law.citation(CL_PENAL_TITLE_VIII_PARRAFOS, 'párrafos 1, 3 y 3 bis', true);
    assert.deepStrictEqual(cited.targets.map((t) => t.unitId?.split('__').pop()), ['sec_i', 'sec_iii', 'sec_iiibis']);
    // must not: a "3 ter" the title does not have is reported
    const ter = CL_PENAL_TITLE_VIII_PARRAFOS.replace('1, 3 y 3 bis del título', '1, 3 y 3 ter del título');
    assert.ok(broken(ter).some((message) => /3ter/.test(message)), broken(ter).join('\n'));
  });
});
