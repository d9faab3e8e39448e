// Switzerland's federal acts as Fedlex's PDFs become markdown: an amended article's heading after its footnote's
// superscript mark, footnotes referred to by "<sup>N</sup>" (some marks lost as bare numbers), labels run into paragraphs
// after a footnote's bare number, laws cited by abbreviations such as "VStrR", editors' footnotes citing the amending acts.
// Each rule has a case where it must not apply.
import * as assert from 'node:assert';
import { oneDocument } from '../helpers/oneDocument';
import { parseReferences } from '../../server/src/engine/references/grammar';
import { CH_INVESTMENT_TREATY_ARTICLE_1, CH_ARGV1_RAISED_PARAGRAPH_NUMBERS, CH_SERBIA_VISA_ARTICLE_5, CH_ARTICLE_BETWEEN_PARAGRAPH_LISTS, CH_FOOTNOTES_CITING_ACTS, CH_KOSTENVERORDNUNG_VSTRR, CH_LETTER_APART_CITATION, CH_LETTER_APART_HEADING, CH_SVAV_FOOTNOTED_HEADING, CH_SVAV_LABELS_IN_TEXT, CH_EL_ZIFFER_BELOW_LETTER } from './fedlexText';

const verordnung = oneDocument('verordnung.md', '---\nid: ch-verordnung\ntitle: Verordnung\nlanguage: de\ntype: law\n---\n\n# Verordnung\n\n');
const before = '##### **Art. 1** Gegenstand\n\nText.\n\n##### **Art. 3** Ausnahmen\n\n';

describe('engine: Swiss acts as Fedlex\'s PDFs become markdown', () => {
  it('"<sup>17</sup> Art. 4 Pauschale Abgabeerhebung" on a line of its own is article 4\'s heading; "(Art. 4)" finds it', () => {
    const text = before + CH_SVAV_FOOTNOTED_HEADING;
    assert.ok(verordnung.unitIds(text).includes('art_4'), verordnung.unitIds(text).join(' '));
    assert.deepStrictEqual(verordnung.citation(text, 'Art. 4').targets.map((t) => t.unitId), ['art_4']);
    // must not: a footnoted line that goes on as a sentence is text
    assert.ok(!verordnung.unitIds(`${before}<sup>3</sup> Art. 4 gilt sinngemäss.\n`).includes('art_4'));
  });

  it('footnotes referred to by "<sup>17</sup>" are referred to; where some marks were lost, one note says so for them all', () => {
    // footnotes 16, 17 and 18 are referred to by "<sup>16</sup>", "<sup>17</sup>", "<sup>18</sup>": none is left over
    const text = before + CH_SVAV_FOOTNOTED_HEADING;
    assert.deepStrictEqual(verordnung.problems(text, 'footnote-unused'), []);
    const lost = `${before}${CH_FOOTNOTES_CITING_ACTS}`;
    const messages = verordnung.problems(lost, 'footnote-unused');
    assert.strictEqual(messages.length, 1, messages.join(' | '));
    assert.match(messages[0], /lost in conversion/);
    // must not: with "[^1]" marks only, a footnote never referred to is reported as such
    assert.deepStrictEqual(verordnung.problems(`${before}Text[^1].\n\n[^1]: Eins.\n\n[^2]: Zwei.\n`, 'footnote-unused'), ['Footnote [^2] is never referred to in the text.']);
  });

  it('". 102 Zahlungsverzug Art. 50" and ". 111 Art. 61 Verwendung …": labels run into the text after a footnote\'s number, no citation errors', () => {
    const text = before + CH_SVAV_LABELS_IN_TEXT;
    assert.ok(!verordnung.problems(text, 'broken-reference').some((m) => /"Art\. (?:50|61)"/.test(m)), verordnung.problems(text, 'broken-reference').join(' | '));
    assert.strictEqual(verordnung.citation(text, 'Art. 50').targets[0].status, 'external');
    assert.strictEqual(verordnung.citation(text, 'Art. 61').targets[0].status, 'external');
    // must not: a citation of a missing article in a sentence is reported
    assert.strictEqual(verordnung.problems(`${before}Es gilt Art. 50 sinngemäss.\n`, 'broken-reference').length, 1);
  });

  it('"(Art. 63 Abs. 2 VStrR)": the law cited by its abbreviation, not this ordinance', () => {
    const text = before + CH_KOSTENVERORDNUNG_VSTRR;
    assert.ok(!verordnung.problems(text, 'broken-reference').some((m) => /"Art\. (?:63|33)/.test(m)), verordnung.problems(text, 'broken-reference').join(' | '));
    assert.strictEqual(verordnung.citation(text, 'Art. 63 Abs. 2 VStrR').targets[0].status, 'external');
    assert.strictEqual(verordnung.citation(text, 'Art. 33 VStrR').targets[0].status, 'external');
    // must not: a capitalised word after the citation that is no abbreviation ("Art. 63 Absatz") names no law
    assert.strictEqual(verordnung.problems(`${before}Nach Art. 63 Die Kosten.\n`, 'broken-reference').length, 1);
  });

  it('an editor\'s footnote cites the acts that amended the text ("[^73]: … durch Art. 128 Ziff. 2 des …"): not this act\'s articles', () => {
    const text = `${before}Text<sup>73</sup> und<sup>74</sup>.\n\n${CH_FOOTNOTES_CITING_ACTS}`;
    assert.deepStrictEqual(verordnung.problems(text, 'broken-reference'), []);
    // must not: the same citation in the act's own text is reported
    assert.strictEqual(verordnung.problems(`${before}Es gilt Art. 103 Abs. 1.\n`, 'broken-reference').length, 1);
  });

  it('"<sup>17</sup> Art. 6 a Zivilstandsregister, …" is article 6a; "Artikel 52 c BVG" is the BVG\'s article 52c', () => {
    assert.ok(verordnung.unitIds(before + CH_LETTER_APART_HEADING).includes('art_6a'), verordnung.unitIds(before + CH_LETTER_APART_HEADING).join(' '));
    const cited = verordnung.citation(before + CH_LETTER_APART_CITATION, 'Artikel 52 c BVG');
    assert.strictEqual(cited.status, 'external');
    // must not: "Artikel 124 a Absatz 3 des Zivilgesetzbuches" on a line of its own cites; it is no heading of article 124a
    assert.ok(!verordnung.unitIds(`${before}<sup>2</sup> Artikel 124 a Absatz 3 des Zivilgesetzbuches (ZGB)\n`).includes('art_124a'));
    // must not: "Art. 3 a)" is article 3's point a), not an article 3a
    assert.deepStrictEqual(parseReferences('Es gilt Art. 3 a) sinngemäss.', { language: 'de', offset: 0 })[0].targets[0].path.map((step) => step.number), ['3', 'a']);
    // must not: "§ 12 a. F." is section 12 in its old version ("alte Fassung"), not a section 12a
    assert.deepStrictEqual(parseReferences('nach § 12 a. F. gilt', { language: 'de', offset: 0 })[0].targets[0].path.map((step) => step.number), ['12']);
  });

  it('"Die Artikel 4 Absatz 4, 6 Absätze 2 bis 5 und 7": "6" before "Absätze" is article 6, not a paragraph of article 4', () => {
    const paths = (text: string) => parseReferences(text, { language: 'de', offset: 0 }).flatMap((r) => r.targets.map((t) => t.path.map((step) => step.number).join('/')));
    assert.deepStrictEqual(paths(CH_ARTICLE_BETWEEN_PARAGRAPH_LISTS).filter((path) => path.startsWith('4/') || path.startsWith('6/')), ['4/4', '6/2', '6/7']);
    // articles 4 and 6 with their paragraphs, written for the test
    const paragraphs = (n: number) => Array.from({ length: n }, (_, k) => `<sup>(${k + 1})</sup> Text.`).join('\n\n');
    const text = `##### **Art. 4**\n\n${paragraphs(4)}\n\n##### **Art. 6**\n\n${paragraphs(7)}\n\n${CH_ARTICLE_BETWEEN_PARAGRAPH_LISTS}`;
    assert.deepStrictEqual(verordnung.problems(text, 'broken-reference'), []);
    // must not: "Absatz 4, 6 Satz 2" (a sentence is below a paragraph) keeps 6 a paragraph of article 4
    assert.deepStrictEqual(paths('nach Artikel 4 Absatz 4, 6 Satz 2'), ['4/4', '4/6']);
  });

  it('"<sup>1</sup> Die …", "<sup>4.</sup> Die …" are an article\'s paragraphs 1 and 4: "Artikel 62 Absatz 4" and "den Absätzen 1–3" resolve; a wrapped line\'s raised "<sup>4</sup> Stunden pro Tag" is no paragraph', () => {
    const ordinance = CH_ARGV1_RAISED_PARAGRAPH_NUMBERS;
    const units = verordnung.unitIds(ordinance);
    assert.deepStrictEqual(units.filter((id) => /^art_6[12]__para_\d+$/.test(id)), ['art_61__para_1', 'art_61__para_2', 'art_62__para_1', 'art_62__para_2', 'art_62__para_3', 'art_62__para_4']);
    assert.deepStrictEqual(verordnung.citation(ordinance, 'Artikel 62 Absatz 4').targets.map((t) => t.unitId), ['art_62__para_4']);
    assert.deepStrictEqual(verordnung.problems(ordinance, 'broken-reference').filter((m) => m.includes('Absatz')), []);
    const agreement = CH_SERBIA_VISA_ARTICLE_5;
    assert.deepStrictEqual(verordnung.citation(agreement, 'Absätzen 1–3').targets.map((t) => [t.unitId, t.throughUnitId]), [['art_5__para_1', 'art_5__para_3']]);
    assert.ok(verordnung.unitIds(agreement).includes('art_5__para_2__subpara_m'), verordnung.unitIds(agreement).join(' '));
    // must not: a raised number outside any article is a note's mark, not a paragraph
    assert.deepStrictEqual(verordnung.unitIds('<sup>1</sup> Die Verordnung gilt.\n').filter((id) => id.includes('para')), []);
  });

  it('"<sup>(2)</sup> umfasst der Begriff …" is paragraph 2, in brackets and going on in small letters, and "Artikel 1 Absatz (2) Buchstaben (c), (d) und (e)" finds its items; "Artikel l4" (a scan\'s "l" for "1") cites nothing', () => {
    const treaty = CH_INVESTMENT_TREATY_ARTICLE_1;
    const units = verordnung.unitIds(treaty);
    assert.deepStrictEqual(units.filter((id) => /^art_1__para_\d+$/.test(id)), ['art_1__para_1', 'art_1__para_2', 'art_1__para_3']);
    const cited = `${treaty}\n##### **Art. 2** Förderung\n\nDie in Artikel 1 Absatz (2) Buchstaben (c), (d) und (e) dieses Abkommens genannten Rechte.\n`;
    const abkommen = oneDocument('abkommen.md', '---\nid: ch-abkommen\ntitle: Abkommen über die Förderung und den gegenseitigen Schutz von Investitionen\nlanguage: de\ntype: law\n---\n\n# Abkommen\n\n');
    assert.deepStrictEqual(abkommen.citation(cited, 'Artikel 1 Absatz (2) Buchstaben (c), (d) und (e) dieses Abkommens').targets.map((t) => t.unitId), ['art_1__para_2__subpara_c', 'art_1__para_2__subpara_d', 'art_1__para_2__subpara_e']);
    // (cc-2001-375.md, line 62)
    assert.deepStrictEqual(parseReferences('In diesem Fall ist Artikel 7 beziehungsweise Artikel l4 anzuwenden.', { language: 'de' }).map((r) => r.text), ['Artikel 7']);
    // must not: a bare raised number in small letters is a note's mark left in the text, no paragraph
    assert.deepStrictEqual(verordnung.unitIds('##### **Art. 1** Zweck\n\n<sup>1</sup> bezieht sich auf alles.\n').filter((id) => id.includes('para')), []);
  });

  it('numbers the converter raised inside a citation are its numbers: "Artikel 26 Absatz <sup>4</sup> RVOG" and "(Art. … <sup>24</sup> Abs. <sup>5</sup> i.V.m. <sup>26</sup> ArG)" cite those laws; "<sup>7</sup> Art. <sup>7</sup>", a label set apart, cites nothing', () => {
    const texts = (text: string) => parseReferences(text, { language: 'de' }).map((r) => `${r.text} → ${r.anchor.kind === 'instrument' ? r.anchor.name : r.anchor.kind}`);
    // (cc-1999-170.md, line 45; cc-2000-243.md, line 571; cc-2001-485.md, line 97)
    assert.deepStrictEqual(texts('werden. Präsidialentscheide nach Artikel 26 Absatz <sup>4</sup> RVOG bleiben vorbehalten.'), ['Artikel 26 Absatz <sup>4</sup> RVOG → RVOG']);
    assert.deepStrictEqual(texts('(Art. 10, 17, 19, <sup>25</sup> und <sup>24</sup> Abs. <sup>5</sup> i.V.m. <sup>26</sup> ArG)'), ['Art. 10, 17, 19, <sup>25</sup> und <sup>24</sup> Abs. <sup>5</sup> i.V.m. <sup>26</sup> ArG → ArG']);
    assert.deepStrictEqual(texts('<sup>7</sup> Art. <sup>7</sup>\n'), []);
    // must not: a note's mark glued to the word before it is no number of the citation ("Artikel 5<sup>12</sup>" is article 5)
    assert.deepStrictEqual(parseReferences('Es gilt Artikel 5<sup>12</sup> sinngemäss.', { language: 'de' }).map((r) => r.targets.map((t) => t.path.map((p) => p.number).join('/')).join()), ['5']);
  });

  it('"Artikel 10 Absatz 1 Buchstabe b Ziffer 1 ELG": a figure below a letter, of the act abbreviated after it', () => {
    // before: read as "Artikel 10 Absatz 1" of this ordinance, which has no article 10 (six errors)
    assert.deepStrictEqual(verordnung.broken('##### **Art. 1** Gegenstand\n\nText.\n\n' + CH_EL_ZIFFER_BELOW_LETTER), []);
    const paths = (text: string) => parseReferences(text, { language: 'de' }).map((r) => `${r.targets.map((t) => t.path.map((p) => `${p.kind} ${p.number}`).join('/')).join(', ')}${r.anchor.kind === 'instrument' ? ` [${r.anchor.name}]` : ''}`);
    assert.deepStrictEqual(paths(CH_EL_ZIFFER_BELOW_LETTER).slice(1, 3), ['article 10/paragraph 1/subparagraph b/clause 1 [ELG]', 'article 9/paragraph 1/subparagraph b/clause 1 [ÜLG]']);
    // must not: "Ziffer" opens no citation of its own ("Ziffer 3 des Anhangs" names an annex's item); Austria's "Z 3" stays above "lit. a"
    assert.deepStrictEqual(paths('gemäss Ziffer 3 des Anhangs'), []);
    assert.deepStrictEqual(paths('nach § 2 Abs. 1 Z 3 lit. a'), ['section 2/paragraph 1/point 3/subparagraph a']);
  });
});
