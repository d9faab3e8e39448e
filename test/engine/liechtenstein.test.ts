// Liechtenstein's laws as gesetze.li gives them through legalize-li: titles in an outline of titles ("**a) Im allgemeinen**")
// under an article's heading, paragraphs "2a)" inserted after "2)", the gazette's numbers ("LGBl. 1915 Nr. 14") and things
// numbered ("Beschluss Nr. 106", "Grundstücke Nr. 212"), and EEA decisions' recitals between the articles of several acts.
// Each rule has a case where it must not apply.
import * as assert from 'node:assert';
import { oneDocument } from '../helpers/oneDocument';
import { LI_ANNEX_OF_THE_AGREEMENT, LI_EEA_DECISIONS, LI_GAZETTE_NUMBERS, LI_INSERTED_PARAGRAPH, LI_INSERTED_PARAGRAPH_NOTE, LI_OUTLINE_TITLES, LI_OUTLINE_TITLES_NOTES, LI_PARCEL_NUMBERS, LI_PROTOCOL_THIS_CONVENTION } from './liechtensteinText';

// (legalize-li's front matter says no language; short texts written for the tests would be too short to guess it)
const gesetz = oneDocument('gesetz.md', '---\nid: li-gesetz\ntitle: Gesetz\nlanguage: de\ntype: law\n---\n');
const before = '# Gesetz\n\n##### Art. 1\n\nDieses Gesetz regelt die Anwendung des Bundesrechts.\n\n';

describe('engine: Liechtenstein\'s laws as gesetze.li gives them', () => {
  it('"**a) Im allgemeinen**" under "##### Art. 7" is its title, so "Art. 7 Abs. 1" in the editors\' notes finds paragraph 1)', () => {
    const text = `${before}${LI_OUTLINE_TITLES}\n${LI_OUTLINE_TITLES_NOTES}`;
    assert.deepStrictEqual(gesetz.problems(text, 'broken-reference'), []);
    assert.deepStrictEqual(gesetz.citation(text, 'Art. 7 Abs. 1').targets.map((t) => t.unitId), ['art_7__para_1']);
    // must not: a bold point that ends as a clause ("**a) der gesamten Zollgesetzgebung;**") is point a)
    const point = `${before}##### Art. 7\n\n**a) der gesamten schweizerischen Zollgesetzgebung;**\n\n**b) der übrigen Bundesgesetzgebung.**\n\nGemäss Bst. a gilt dies.\n`;
    assert.ok(gesetz.unitIds(point).includes('art_7__subpara_a'), gesetz.unitIds(point).join(' '));
  });

  it('"2a)" is a paragraph inserted after "2)": "Art. 6 Abs. 2a" finds it', () => {
    // articles 4 and 5, which its text cites, written for the test
    const text = `${before}##### Art. 4\n\nText.\n\n##### Art. 5\n\nText.\n\n${LI_INSERTED_PARAGRAPH}\n${LI_INSERTED_PARAGRAPH_NOTE}`;
    assert.deepStrictEqual(gesetz.problems(text, 'broken-reference'), []);
    assert.deepStrictEqual(gesetz.citation(text, 'Art. 6 Abs. 2a').targets.map((t) => t.unitId), ['art_6__para_2a']);
  });

  it('"LGBl. 1915 Nr. 14", "Beschluss Nr. 106" and "Grundstücke Nr. 212, 213 und 214" number no points of this text', () => {
    for (const text of [`${before}##### Art. 109\n\n${LI_GAZETTE_NUMBERS}`, `${before}${LI_PARCEL_NUMBERS}`]) {
      assert.deepStrictEqual(gesetz.problems(text, 'broken-reference'), []);
    }
    const gazette = gesetz.citation(`${before}##### Art. 109\n\n${LI_GAZETTE_NUMBERS}`, 'Nr. 14');
    assert.match(gazette.targets[0].reason ?? '', /an issue of an official gazette/);
    assert.strictEqual(gesetz.citation(`${before}${LI_PARCEL_NUMBERS}`, 'Nr. 212', true).status, 'external');
    // must not: "Abs. 1 Nr. 3" after a number is a point of this text, and reported when there is none
    assert.strictEqual(gesetz.problems(`${before}##### Art. 2\n\n1) Es gilt:\n\n- a) das Zollgesetz;\n\n2) Abs. 1 Nr. 3 gilt sinngemäss.\n`, 'broken-reference').length, 1);
  });

  it('EEA decisions set out one after another: "gestützt auf …, insbesondere auf Art. 98," is a recital of each', () => {
    const text = `${before}${LI_EEA_DECISIONS}`;
    assert.deepStrictEqual(gesetz.problems(text, 'broken-reference'), []);
    // a recital's, or the agreement's that the recital names before it ("Abkommen" is an instrument's noun)
    assert.match(gesetz.citation(text, 'Art. 98').targets[0].reason ?? '', /recitals|names "Anpassungsprotokoll zum Abkommen/);
    // must not: an article's sentence that cites a missing article is reported
    assert.strictEqual(gesetz.problems(`${text}\n##### Art. 9\n\nArt. 98 gilt sinngemäss.\n`, 'broken-reference').length, 1);
  });

  it('"Art. 41 Abs. 1 dieses Übereinkommens" in a protocol is the convention named before it, not this protocol', () => {
    const protokoll = oneDocument('protokoll.md', '---\nid: li-protokoll\ntitle: "Protokoll über Rechtsfähigkeit, Privilegien und Immunitäten der Europäischen Freihandelsassoziation"\nlanguage: de\n---\n# Protokoll\n\n##### Art. 19\n\nText.\n\n');
    assert.deepStrictEqual(protokoll.problems(LI_PROTOCOL_THIS_CONVENTION, 'broken-reference'), []);
    assert.strictEqual(protokoll.citation(LI_PROTOCOL_THIS_CONVENTION, 'Art. 41 Abs. 1 dieses Übereinkommens').status, 'external');
    // must not: a convention's own "dieses Übereinkommens" is itself, and its missing article is reported
    const convention = oneDocument('uebereinkommen.md', '---\nid: efta\ntitle: "Übereinkommen zur Errichtung der Europäischen Freihandelsassoziation"\nlanguage: de\n---\n# Übereinkommen\n\n');
    assert.strictEqual(convention.problems('##### Art. 1\n\nGemäss Art. 41 Abs. 1 dieses Übereinkommens tritt er bei.\n', 'broken-reference').length, 1);
  });

  it('"Kapitel XII des Anhangs II des Abkommens" is the EEA Agreement\'s, not a chapter of this text\'s "Anhang 2"', () => {
    const text = `${before}${LI_ANNEX_OF_THE_AGREEMENT}`;
    assert.deepStrictEqual(gesetz.problems(text, 'broken-reference'), []);
    const cited = gesetz.citation(text, 'Kapitel XII des Anhangs II des Abkommens');
    assert.strictEqual(cited.targets[0].status, 'external');
    // must not: "Art. 1 des Anhangs 2" with no instrument after it is this text's annex 2, article 1
    const own = `${text}\n##### Art. 2\n\nArt. 1 des Anhangs 2 gilt sinngemäss.\n`;
    // (the text's second "Art. 1", the one under "### Anhang 2": the structure does not nest a decision's articles in its annex)
    assert.deepStrictEqual(gesetz.citation(own, 'Art. 1 des Anhangs 2').targets.map((t) => t.unitId), ['art_1_dup2']);
  });
});
