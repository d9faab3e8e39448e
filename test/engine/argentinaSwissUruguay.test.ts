// Laws of Argentina, Switzerland and Uruguay as converters give them: a label given again after its heading and title, an
// amending act's articles quoted in an editor's note (no duplicates of the code's own), lists of points starting again at
// "a." where the converter lost the articles, footnote texts whose marks were lost, a label run into its title and text, a
// budget's "Inciso 10 "Ministerio …"", a part cited outside any article. Each rule has a case where it must not apply.
import * as assert from 'node:assert';
import { oneDocument } from '../helpers/oneDocument';
import {
  AR_CPP_ARTICLE_23, AR_CPP_ARTICLE_30_BIS, AR_CPP_QUOTED_AMENDING_ACT, AR_CPP_SENTENCE_AS_HEADING, AR_SOCIAL_SECURITY_5_BIS, CH_BASEL_LAND_POINTS, CH_BASEL_LAND_SECOND_POINTS, CH_INLAND_NAVIGATION_ARTICLE_7,
  CH_WIPO_FOOTNOTES, UY_BUDGET_INCISO,
} from './argentinaSwissUruguayText';

const es = oneDocument('ley.md', '---\nid: ley\ntitle: Ley\nlanguage: es\ntype: law\n---\n\n# Ley\n\n');
const de = oneDocument('gesetz.md', '---\nid: gesetz\ntitle: Gesetz\nlanguage: de\ntype: law\n---\n\n# Gesetz\n\n');

describe('engine: laws of Argentina, Switzerland and Uruguay as converters give them', () => {
  it('InfoLEG: "##### ARTICULO 23.—", its title, then "Artículo 23.- La Cámara …" is one article, no duplicate', () => {
    assert.deepStrictEqual(es.problems(`##### ARTICULO 22.—\n\nTexto.\n\n${AR_CPP_ARTICLE_23}`, 'duplicate-unit'), []);
    // must not: the article given again after text of its own (a full sentence) is a drafter's duplicate
    assert.strictEqual(es.problems('##### ARTICULO 23.—\n\nLa Cámara juzga.\n\nArtículo 23.- La Cámara juzga otra vez.\n', 'duplicate-unit').length, 1);
  });

  it('InfoLEG: an amending act\'s articles 3°, 4°, 5° … quoted after the code\'s own, and the article 30 bis it sets out, are no duplicates', () => {
    const own = '##### Art. 3° - Texto.\n\n##### Art. 4° - Texto.\n\n##### Art. 5° - Texto.\n\n##### Art. 6° - Texto.\n\n';
    assert.deepStrictEqual(es.problems(`${own}${AR_CPP_QUOTED_AMENDING_ACT}\n${AR_CPP_ARTICLE_30_BIS}`, 'duplicate-unit'), []);
    // must not: the code's article 6 given again with no amending act around it is a duplicate
    assert.strictEqual(es.problems(`${own}##### Art. 6° - Otra vez.\n`, 'duplicate-unit').length, 1);
  });

  it('InfoLEG: "##### artículo 55 y el tribunal …" (running text made a heading) is no article; "Artículo 5º bis. —" is article 5 bis', () => {
    assert.ok(!es.unitIds(`##### Artículo 54.- Texto.\n\n${AR_CPP_SENTENCE_AS_HEADING}`).includes('art_55'));
    const ids = es.unitIds(AR_SOCIAL_SECURITY_5_BIS);
    assert.ok(ids.includes('art_5bis') && ids.includes('art_5ter'), ids.join(' '));
    assert.deepStrictEqual(es.problems(AR_SOCIAL_SECURITY_5_BIS, 'duplicate-unit'), []);
    // must not: "##### Artículo 55 Título", its word capitalised, stays a heading
    assert.ok(es.unitIds('##### Artículo 55 Título\n\nTexto.\n').includes('art_55'));
  });

  it('Fedlex: points "a." … given again from "a." at the top level (the articles lost) are no duplicates; "b." twice in one run is', () => {
    assert.deepStrictEqual(de.problems(CH_BASEL_LAND_POINTS + CH_BASEL_LAND_SECOND_POINTS, 'duplicate-unit'), []);
    assert.strictEqual(de.problems('a. Eins.\n\nb. Zwei.\n\nc. Drei.\n\nb. Noch einmal.\n', 'duplicate-unit').length, 1);
  });

  it('Fedlex: "in den Absätzen 1 bis 3" outside any article, in a text with no numbered paragraphs at its top level, is not checked', () => {
    assert.deepStrictEqual(de.problems(CH_BASEL_LAND_POINTS, 'broken-reference'), []);
    // must not: in a text whose top level numbers its paragraphs, a paragraph it lacks is reported
    assert.strictEqual(de.problems('1. Eins.\n\n2. Zwei, nach Absatz 5.\n', 'broken-reference').length, 1);
  });

  it('Fedlex: footnote texts none of which is referred to get one note, not a warning each', () => {
    const unused = de.problems(CH_WIPO_FOOTNOTES, 'footnote-unused');
    assert.strictEqual(unused.length, 1, unused.join('\n'));
    assert.match(unused[0], /None of the \d+ footnote texts is referred to/);
    // must not: where the text refers to one footnote, the others are each unused
    assert.strictEqual(de.problems('Text[^1].\n\n[^1]: Eins.\n\n[^2]: Zwei.\n\n[^3]: Drei.\n', 'footnote-unused').length, 2);
  });

  it('Fedlex PDF: "<sup>8</sup> Art. 7 Konzession und Bewilligung Das Recht …" is a label run into its title, not a citation of a missing article', () => {
    const before = '### Art. 1 Titel\n\nText.\n\n### Art. 2 Titel\n\n';
    assert.deepStrictEqual(de.problems(`${before}${CH_INLAND_NAVIGATION_ARTICLE_7}`, 'broken-reference'), []);
    // must not: "Art. 99 gilt …" opening a line cites an article, and is reported
    assert.strictEqual(de.problems(`${before}Art. 99 gilt entsprechend.\n`, 'broken-reference').length, 1);
  });

  it('IMPO: "en el Inciso 10 "Ministerio de Transporte y Obras Públicas"" names a budget\'s section, not a subparagraph of the article', () => {
    assert.deepStrictEqual(es.problems(UY_BUDGET_INCISO, 'broken-reference'), []);
    // must not: "el inciso 10 del artículo 4" of an article with no such part is reported
    assert.strictEqual(es.problems('##### Artículo 4\n\nTexto.\n\n##### Artículo 5\n\nSegún el inciso 10 del artículo 4.\n', 'broken-reference').length, 1);
  });
});
