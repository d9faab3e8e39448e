// Catalan laws as a user brings them (Andorra's gazette as legalize-dev converts it): read as Catalan, not as Spanish (whose
// table reads no "article" and no "apartat": nothing was cited), with the forms the converter gives. Each rule has a case
// where it must not apply.
import * as assert from 'node:assert';
import { checkDocument } from '../../server/src/engine/checks';
import { guessLanguage } from '../../server/src/engine/language';
import { parseReferences } from '../../server/src/engine/references/grammar';
import { uriOf, workspaceOf } from '../helpers/workspace';
import {
  AD_DECRET_2007_CLITICS, AD_DECRET_2015_ARTICLES_4_TO_5_BIS, AD_DECRET_2020_PREINSTALLATION, AD_DECRET_2022_183_ARTICLES_13_AND_8,
  AD_DECRET_LLEI_IGI_ARTICLES_40_TO_42, AD_DECRET_LLEI_IGI_ARTICLES_59_TO_60_BIS, AD_LLEI_18_2025, AD_LLEI_1_2005_ACCOUNT_CODES,
  AD_LLEI_1_2005_ARTICLE_22, AD_LLEI_45_2014_ARTICLES_1_TO_5, AD_DECRET_2018_HUT_EXPOSITION, AD_LLEI_ACCESSIBILITAT_1995_CHAPTER_III,
  AD_LLEI_8_2022_ARTICLES_4_11_19_23, AD_LLEI_13_2012_ARTICLES_18_AND_33, AD_DECRET_2003_HOTEL_QUOTA_ARTICLES_1_TO_2, AD_LLEI_15_2020_ARTICLE_3,
} from './catalanLawsText';

const URI = uriOf('llei.md');

function workspace(text: string) {
  return workspaceOf({ 'llei.md': text });
}

function diagnostics(text: string, code?: string): string[] {
  return checkDocument(workspace(text), URI).filter((d) => !code || d.code === code).map((d) => `${d.code}: ${d.message}`);
}

/** Where the citation's targets go: unit ids, or status and reason. */
function resolutionOf(text: string, citation: string): string {
  const found = workspace(text).resolved(URI).find((r) => r.reference.text.replace(/\s+/g, ' ') === citation);
  assert.ok(found, `"${citation}" read as a citation`);
  return found.targets.map((t) => (t.status === 'resolved' ? t.unitId! : `${t.status}: ${t.reason ?? ''}`)).join(' | ');
}

function paths(text: string, language: string): string[] {
  return parseReferences(text, { language }).map((r) => `${r.text} → ${r.targets.map((t) => t.path.map((s) => `${s.kind} ${s.number}`).join(' / ')).join('; ')}${r.anchor.kind === 'instrument' ? ` of ${r.anchor.name}` : r.anchor.kind === 'this' ? ' of this' : ''}`);
}

describe('engine: Catalan laws as legalize-dev converts the Butlletí Oficial del Principat d’Andorra', () => {
  it('a Catalan law is read as Catalan; a Spanish law stays Spanish, a French one French', () => {
    assert.strictEqual(guessLanguage(AD_LLEI_18_2025), 'ca');
    assert.strictEqual(guessLanguage(AD_DECRET_2022_183_ARTICLES_13_AND_8), 'ca');
    assert.strictEqual(guessLanguage('Artículo 5. Los apartados 1 y 4 del artículo 41 de la Ley 3/2007, de 22 de marzo, se aplican con las modificaciones que establece esta Ley para los contratos del sector público.'), 'es');
    assert.strictEqual(guessLanguage('Article 5. Les dispositions des articles 41 et 42 de la loi du 22 mars 2007 sont applicables aux contrats conclus dans les conditions prévues par la présente loi.'), 'fr');
  });

  it('cites "l’apartat 5 de l’article 155", "els apartats 1 i 4 de l’article 41 de la Llei 3/2007", "la lletra a) de l’article 2 d’aquesta Llei"', () => {
    assert.deepStrictEqual(paths('a l’apartat 5 de l’article 155, ultra la imposició de la sanció', 'ca'), ['apartat 5 de l’article 155 → article 155 / paragraph 5']);
    assert.deepStrictEqual(paths('els apartats 1 i 4 de l’article 41 de la Llei 3/2007, del 22 de març', 'ca'),
      ['apartats 1 i 4 de l’article 41 de la Llei 3/2007 → article 41 / paragraph 1; article 41 / paragraph 4 of Llei 3/2007']);
    assert.deepStrictEqual(paths('la lletra a) de l’article 2 d’aquesta Llei', 'ca'), ['lletra a) de l’article 2 d’aquesta Llei → article 2 / subparagraph a of this']);
    assert.deepStrictEqual(paths('dels articles 23 i 24 de la Llei general de les finances públiques', 'ca'),
      ['articles 23 i 24 de la Llei general de les finances públiques → article 23; article 24 of Llei general de les finances públiques']);
  });

  it('Llei 18/2025: the articles of Llei 2/2018 set out under quoted headings after "Es modifica … que queda redactat com segueix:" are no duplicates of its own articles 3 and 4', () => {
    assert.deepStrictEqual(diagnostics(AD_LLEI_18_2025, 'duplicate-unit'), []);
    // must not: without the sentence that sets it out, the quoted article 3 and an own article 3 that amends nothing are a duplicate
    const withOwnArticle3 = `${AD_LLEI_18_2025.slice(0, AD_LLEI_18_2025.indexOf('##### Article 2.'))}##### Article 3. Entrada en vigor\n\nAquesta Llei entra en vigor l’endemà de ser publicada.\n`;
    assert.deepStrictEqual(diagnostics(withOwnArticle3, 'duplicate-unit'), []);
    const unintroduced = withOwnArticle3.replace('Es modifica l’article 3 de la Llei 2/2018, del 22 de març, de control de les mercaderies sensibles, que queda redactat com segueix:', 'Text.');
    assert.deepStrictEqual(diagnostics(unintroduced, 'duplicate-unit').map((message) => message.replace(/ \(also.*/, '')), ['duplicate-unit: Article 3 appears twice']);
  });

  it('Llei 45/2014: "Article 1 / Modificació de l’article 51" on a line of its own is article 1, titled; the quoted "Article 51" it sets out stands inside it', () => {
    const model = workspace(AD_LLEI_45_2014_ARTICLES_1_TO_5).get(URI)!;
    const articles = model.units.filter((unit) => unit.kind === 'article');
    assert.deepStrictEqual(articles.filter((unit) => unit.parent === model.root).map((unit) => `${unit.number}: ${unit.title}`),
      ['1: Modificació de l’article 51', '2: Addició d’un article 51 bis', '3: Addició d’un article 51 ter', '4: Derogació del capítol VI', '5: Modificació de l’article 106']);
    assert.deepStrictEqual(articles.filter((unit) => unit.parent !== model.root).map((unit) => `${unit.parent!.number} > ${unit.number}`), ['1 > 51', '2 > 51bis', '3 > 51ter', '5 > 106']);
    // must not: "Article 1 applies" opening a paragraph is a sentence that cites, no label
    const sentence = workspace('# Llei\n\nArticle 1 / 2 dels casos previstos.\n').get(URI)!;
    assert.deepStrictEqual(sentence.units.filter((unit) => unit.kind === 'article').map((unit) => unit.number), []);
  });

  it('"Article 5 / bis. Tramitació simplificada …" is article 5 bis, and "##### Article 60" whose title line opens "bis. Tipus …" is article 60 bis: no duplicates', () => {
    const decree = workspace(AD_DECRET_2015_ARTICLES_4_TO_5_BIS).get(URI)!;
    assert.deepStrictEqual(decree.units.filter((unit) => unit.kind === 'article').map((unit) => unit.number), ['4', '5', '5bis', '6']);
    assert.deepStrictEqual(diagnostics(AD_DECRET_2015_ARTICLES_4_TO_5_BIS, 'duplicate-unit'), []);
    const igi = workspace(AD_DECRET_LLEI_IGI_ARTICLES_59_TO_60_BIS).get(URI)!;
    assert.deepStrictEqual(igi.units.filter((unit) => unit.kind === 'article').map((unit) => unit.number), ['59', '60', '60bis']);
    assert.deepStrictEqual(diagnostics(AD_DECRET_LLEI_IGI_ARTICLES_59_TO_60_BIS, 'duplicate-unit'), []);
    // must not: a title line that opens with another word leaves the number alone (and the heading given twice is a duplicate)
    const plain = AD_DECRET_LLEI_IGI_ARTICLES_59_TO_60_BIS.replace('bis. Tipus de gravamen especial', 'Tipus de gravamen especial');
    assert.strictEqual(diagnostics(plain, 'duplicate-unit').length, 1);
  });

  it('paragraphs numbered "1.-" are the article\'s paragraphs: "la lletra d) de l’apartat quart d’aquest article" resolves', () => {
    const model = workspace(AD_DECRET_2022_183_ARTICLES_13_AND_8).get(URI)!;
    assert.deepStrictEqual(model.units.filter((unit) => unit.parent?.number === '8' && unit.parent.kind === 'article').map((unit) => unit.id),
      ['art_8__para_1', 'art_8__para_2', 'art_8__para_3', 'art_8__para_4']);
    assert.strictEqual(resolutionOf(AD_DECRET_2022_183_ARTICLES_13_AND_8, 'lletra d) de l’apartat quart d’aquest article'), 'art_13__para_4__subpara_d');
    assert.deepStrictEqual(diagnostics(AD_DECRET_2022_183_ARTICLES_13_AND_8, 'broken-reference'), []);
  });

  it('"l’apartat 2, lletra b) de l’article 42" is article 42, paragraph 2, letter b (as "paragraph 2, subparagraph (b) of article 42"); "section 5, sub-sections (3) and (7) of section 8" stays two citations', () => {
    assert.strictEqual(resolutionOf(AD_DECRET_LLEI_IGI_ARTICLES_40_TO_42, 'apartat 2, lletra b) de l’article 42'), 'art_42__para_2__subpara_b');
    assert.deepStrictEqual(diagnostics(AD_DECRET_LLEI_IGI_ARTICLES_40_TO_42, 'broken-reference'), []);
    assert.deepStrictEqual(paths('as provided in paragraph 2, subparagraph (b) of article 42', 'en'), ['paragraph 2, subparagraph (b) of article 42 → article 42 / paragraph 2 / subparagraph b']);
    // must not: units of one rank after a comma are a citation of their own
    assert.deepStrictEqual(paths('section 5, sub-sections (3) and (7) of section 8', 'en'), ['section 5 → section 5', 'sub-sections (3) and (7) of section 8 → section 8 / subsection 3; section 8 / subsection 7']);
  });

  it('"l’apartat 4 de la disposició addicional sisena de la Llei de la funció pública" is no paragraph of the article it stands in (nor Spanish "el apartado 4 de la disposición adicional sexta")', () => {
    assert.match(resolutionOf(AD_LLEI_1_2005_ARTICLE_22, 'apartat 4'), /^external: .*disposició addicional/);
    assert.deepStrictEqual(diagnostics(AD_LLEI_1_2005_ARTICLE_22, 'broken-reference'), []);
    const spanish = '# Ley\n\n##### Artículo 22\n\n1. De acuerdo con lo que dispone el apartado 4 de la disposición adicional sexta de la Ley de la función pública, se fijan los aumentos.\n\n2. Para el ejercicio 2005.\n';
    assert.deepStrictEqual(diagnostics(spanish, 'broken-reference'), []);
    // must not: "el apartado 4 del presente artículo" in an article of two paragraphs is still reported
    assert.strictEqual(diagnostics(spanish.replace('de la disposición adicional sexta de la Ley de la función pública', 'del presente artículo'), 'broken-reference').length, 1);
  });

  it('"l’apartat 11 de l’article 4 de l’Impost sobre Transmissions Patrimonials Immobiliàries" is an article of what the name after it stands for', () => {
    const text = `##### Article 4\n\nFet generador\n\nEstan subjectes a l’impost els lliuraments de béns.\n\n${AD_DECRET_LLEI_IGI_ARTICLES_59_TO_60_BIS}`;
    assert.match(resolutionOf(text, 'apartat 11 de l’article 4'), /^external: .*Impost sobre Transmissions/);
    assert.deepStrictEqual(diagnostics(text, 'broken-reference'), []);
    // must not: followed by no name, "l’apartat 11 de l’article 4" of a two-alinea article is reported
    assert.strictEqual(diagnostics(text.replace(' de l’Impost sobre Transmissions Patrimonials Immobiliàries', ''), 'broken-reference').length, 1);
  });

  it('spellings: an account "160-50" beside "16050" and the pronoun of "poder-s’hi" beside "poders" are no variants; "pre-instal·lats" beside "preinstal·lats" is, named whole; "com-munication\'s" still is', () => {
    // each excerpt in an article, so that the text is checked as a law's
    const inArticle = (excerpt: string) => `# Decret\n\n##### Article 1\n\n${excerpt}`;
    assert.deepStrictEqual(diagnostics(inArticle(AD_LLEI_1_2005_ACCOUNT_CODES), 'inconsistent-variant'), []);
    assert.deepStrictEqual(diagnostics(inArticle(AD_DECRET_2007_CLITICS), 'inconsistent-variant'), []);
    const variants = diagnostics(inArticle(AD_DECRET_2020_PREINSTALLATION), 'inconsistent-variant');
    assert.ok(variants.some((message) => message.includes('“pre-instal·lats”') && message.includes('“preinstal·lats”')), variants.join('\n'));
    const english = 'The communication is sent. It shows the com-munication\'s origin and the communication route.';
    assert.strictEqual(diagnostics(`# Act\n\n## Section 1\n\n${english}\n`, 'inconsistent-variant').length, 1);
  });
  it('"### Exposició de motius" of a decree cites the law it discusses: "l’article 24 d’aquesta mateixa Llei", "l’article 40.2", "L’article 25" are no errors', () => {
    const decree = `${AD_DECRET_2018_HUT_EXPOSITION}\n##### Article 1. Objecte\n\nAquest reglament regula la classificació.\n\n##### Article 2. Entrada en vigor\n\nAquest reglament entra en vigor l’endemà de ser publicat.\n`;
    assert.deepStrictEqual(diagnostics(decree, 'broken-reference'), []);
    assert.match(resolutionOf(decree, 'article 24'), /^external: .*named earlier/);
    // must not: in the decree's own article, "l’article 25" it lacks is reported
    assert.strictEqual(diagnostics(`${decree}\nSegons l’article 25.\n`, 'broken-reference').length, 1);
  });

  it('"Secció primera. Edificis i locals d\'ús públic." on a plain line opens section 1 of the chapter, so "aquesta secció" in its article resolves', () => {
    const text = `# Llei d'accessibilitat\n\n${AD_LLEI_ACCESSIBILITAT_1995_CHAPTER_III}`;
    const model = workspace(text).get(URI)!;
    assert.deepStrictEqual(model.units.filter((unit) => unit.kind === 'section').map((unit) => `${unit.number}: ${unit.title}`), ['1: Edificis i locals d\'ús públic.', '2: Edificis d\'habitatges']);
    assert.deepStrictEqual(diagnostics(text, 'reference-outside-unit'), []);
    // must not: "Article 5. Queda derogat." is an article's label and its text, not a section
    assert.deepStrictEqual(workspace('# Llei\n\nArticle 5. Queda derogat.\n').get(URI)!.units.filter((unit) => unit.kind === 'section'), []);
  });

  it('letters cited after "l’apartat 1 de l’article 4" in the same sentence are that paragraph\'s ("la seva lletra h)", "les lletres f) a h)"); "els paràgrafs a) a e) de l’apartat anterior" are paragraph 1\'s', () => {
    const text = AD_LLEI_8_2022_ARTICLES_4_11_19_23;
    assert.deepStrictEqual(diagnostics(text, 'broken-reference'), []);
    assert.strictEqual(resolutionOf(text, 'lletra h)'), 'art_4__para_1__subpara_h');
    const range = workspace(text).resolved(URI).find((r) => r.reference.text === 'lletres f) a h)')!;
    assert.deepStrictEqual(range.targets.map((t) => [t.unitId, t.throughUnitId]), [['art_4__para_1__subpara_f', 'art_4__para_1__subpara_h']]);
    const previous = workspace(text).resolved(URI).find((r) => r.reference.text === 'paràgrafs a) a e) de l’apartat anterior')!;
    assert.deepStrictEqual(previous.targets.map((t) => [t.unitId, t.throughUnitId]), [['art_23__para_1__subpara_a', 'art_23__para_1__subpara_e']]);
    // must not: the letters of a paragraph cited after a full stop are the article's own, and one it lacks is reported
    assert.strictEqual(diagnostics(text.replace('excepte les previstes a les lletres f) a h).', 'Vegeu l’apartat 1 de l’article 4. Excepte les previstes a les lletres f) a h).'), 'broken-reference').length, 1);
  });

  it('"l’apartat 18.4" in article 33 is article 18\'s paragraph 4 (article 33 has no paragraph 18); "l’apartat 18.9" is still reported', () => {
    const text = AD_LLEI_13_2012_ARTICLES_18_AND_33;
    // (the excerpt lacks the other articles article 33 cites: only "18.4" is asked about)
    assert.deepStrictEqual(diagnostics(text, 'broken-reference').filter((message) => message.includes('18.')), []);
    assert.strictEqual(resolutionOf(text, 'apartat 18.4'), 'art_18__para_4');
    assert.strictEqual(diagnostics(text.replace('l’apartat 18.4.', 'l’apartat 18.9.'), 'broken-reference').filter((message) => message.includes('18.')).length, 1);
  });

  it('"l\'apartat anterior" in paragraph 2 after a first paragraph run into the title line is that paragraph; "el paràgraf anterior" below paragraph 1\'s first text paragraph is paragraph 1', () => {
    const decree = AD_DECRET_2003_HOTEL_QUOTA_ARTICLES_1_TO_2;
    assert.deepStrictEqual(diagnostics(decree, 'broken-reference'), []);
    assert.strictEqual(resolutionOf(decree, 'apartat anterior'), 'art_2__al_1');
    // (the excerpt alone is too short to be told from Spanish: the front matter says it)
    const law = `---\nlanguage: ca\n---\n${AD_LLEI_15_2020_ARTICLE_3}`;
    assert.deepStrictEqual(diagnostics(law, 'broken-reference'), []);
    assert.strictEqual(resolutionOf(law, 'paràgraf anterior'), 'art_42__para_1');
    // must not: in the first paragraph of an article with nothing before it, "l'apartat anterior" is reported
    assert.strictEqual(diagnostics('# Llei\n\n##### Article 1\n\n1. Segons l\'apartat anterior, res.\n\n2. Res més.\n', 'broken-reference').length, 1);
  });
});
