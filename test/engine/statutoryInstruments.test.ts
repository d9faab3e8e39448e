// UK statutory instruments and amending Acts, a U.S. Code section kept alone, and a treaty set out after the Italian law that
// ratifies it, as legalize-dev gives them (verbatim lines, statutoryInstrumentsText.ts): "regulation 4 of the 2003 Regulations",
// an amending list's lead-in "In regulation 4 of the 2003 Regulations (first notice)—" or "In paragraph 7 (…)—", an opening
// "… Order 1981 (NI 20), Article 7B (powers of officers) is amended as follows.", "section 1028(a)(7)" beside "§ 1028A", and
// "ARTICOLO 5: …" labels.
import * as assert from 'node:assert';
import { oneDocument } from '../helpers/oneDocument';
import { IT_RATIFIED_CONVENTION, UK_NIA_SECTION_2, UK_NISR_ARTICLE_3, UK_SSI_REGULATION_3, UK_UKSI_REGULATION_4, UK_WSI_POINTS, UK_UKSI_2020_REGULATION_7, US_1028A, US_230_C } from './statutoryInstrumentsText';

// (whole files, with their own front matter)
const si = oneDocument('si.md', '');
const { broken } = si;

describe('engine: statutory instruments, a code section kept alone, a treaty set out after its ratifying law', () => {
  it('"In regulation 4 of the 2003 Regulations (first notice)—" then "- (a) in paragraph (3)(b)—": that regulation\'s paragraph', () => {
    assert.deepStrictEqual(broken(UK_SSI_REGULATION_3).filter((message) => /paragraph \(3\)\(b\)/.test(message)), []);
    assert.strictEqual(si.citation(UK_SSI_REGULATION_3, 'regulation 4 of the 2003 Regulations').reference.anchor.kind, 'instrument');
    assert.match(si.citation(UK_SSI_REGULATION_3, 'paragraph (3)(b)').targets[0].reason ?? '', /2003 Regulations/);
    // must not: a lead-in that names this instrument ("In regulation 4 of these Regulations—") names no other for its items
    const ours = UK_SSI_REGULATION_3.replace('In regulation 4 of the 2003 Regulations (first notice)—', 'In regulation 4 of these Regulations—');
    assert.notStrictEqual(ours, UK_SSI_REGULATION_3);
    assert.doesNotMatch(si.citation(ours, 'paragraph (3)(b)').targets[0].reason ?? '', /2003 Regulations/);
  });

  it('"(1) In the … Order 1981 (NI 20), Article 7B (powers of officers) is amended as follows." then "(5) In paragraph (9)—": the Order\'s', () => {
    assert.deepStrictEqual(broken(UK_NIA_SECTION_2), []);
    const cited = si.citation(UK_NIA_SECTION_2, 'paragraph (9)').targets[0];
    assert.strictEqual(cited.status, 'external');
    assert.match(cited.reason ?? '', /Employment Order 1981/);
    // must not: an opening that amends nothing ("… Article 7B (powers of officers) applies.") names no instrument for its items
    const applies = UK_NIA_SECTION_2.replace('Article 7B (powers of officers) is amended as follows.', 'Article 7B (powers of officers) applies.');
    assert.notStrictEqual(applies, UK_NIA_SECTION_2);
    assert.doesNotMatch(si.citation(applies, 'paragraph (9)').targets[0].reason ?? '', /Employment Order 1981/);
  });

  it('"In paragraph 7 (qualifying childcare vouchers)—" then "- (d) after sub-paragraph (6) add—": the amended paragraph\'s, not checked', () => {
    assert.deepStrictEqual(broken(UK_UKSI_REGULATION_4), []);
    assert.strictEqual(si.citation(UK_UKSI_REGULATION_4, 'paragraph 7').targets[0].status, 'external');
    // must not: a sentence that amends nothing ("In paragraph 7 (…) the following apply.") cites this instrument's paragraph 7
    const plain = UK_UKSI_REGULATION_4.replace(/^In paragraph 7 \(qualifying childcare vouchers\)—$/m, 'In paragraph 7 (qualifying childcare vouchers) the following apply.');
    assert.notStrictEqual(plain, UK_UKSI_REGULATION_4);
    assert.ok(broken(plain).some((message) => /paragraph 7/.test(message)), broken(plain).join('\n'));
  });

  it('"section 1028(a)(7)" in "§ 1028A" kept alone (front matter of a code title): another section of the code, not in the workspace', () => {
    const front = '---\ntitle: "§ 1028A. Aggravated identity theft"\nidentifier: "USC-T18-S1028A"\n---\n';
    const section = oneDocument('USC-T18-S1028A.md', front);
    assert.deepStrictEqual(section.problems(US_1028A, 'broken-reference'), []);
    const cited = section.citation(US_1028A, 'section 1028(a)(7)');
    assert.strictEqual(cited.targets[0].status, 'external');
    assert.match(cited.targets[0].reason ?? '', /holds section 1028a only/);
    // must not: a subsection this section lacks ("subsection (h)") is still reported
    const own = US_1028A.replace('other than this section or section 1028(a)(7);', 'other than this section or subsection (h) of this section;');
    assert.notStrictEqual(own, US_1028A);
    assert.ok(section.problems(own, 'broken-reference').some((message) => /\(h\)/.test(message)), section.problems(own, 'broken-reference').join('\n'));
  });

  it('"Convenzione - art. 5" then "ARTICOLO 5: Considerato …": the label of the convention\'s article, no citation of the law\'s', () => {
    const law = oneDocument('legge.md', '---\nid: it-legge\ntitle: Legge\nlanguage: it\n---\n# Legge\n\n##### Art. 1\n\nTesto.\n\n##### Art. 2\n\nTesto.\n\n');
    assert.deepStrictEqual(law.problems(IT_RATIFIED_CONVENTION, 'broken-reference'), []);
    // must not: the same words in running text after a comma ("…, ARTICOLO 5: …" cited mid-sentence) are checked
    const cited = IT_RATIFIED_CONVENTION.replace('ARTICOLO 5: Considerato', 'Si veda, ai sensi dell\'articolo 5: Considerato');
    assert.notStrictEqual(cited, IT_RATIFIED_CONVENTION);
    assert.ok(law.problems(cited, 'broken-reference').some((message) => /no article 5/.test(message)), law.problems(cited, 'broken-reference').join('\n'));
  });

  it('"section 7(2) of the Ethical Standards in Public Life etc. (Scotland) Act 2000": "etc." goes on with the name', () => {
    assert.deepStrictEqual(broken(UK_SSI_REGULATION_3), []);
    const anchor = si.citation(UK_SSI_REGULATION_3, 'section 7(2)', true).reference.anchor;
    assert.strictEqual(anchor.kind === 'instrument' ? anchor.name : anchor.kind, 'Ethical Standards in Public Life etc. (Scotland) Act 2000');
  });

  it('"… north west of Point B, the south east corner of the property …": a point on a plan, not checked', () => {
    const order = oneDocument('order.md', '---\nid: wsi\ntitle: Order\nlanguage: en\n---\n# Order\n\n');
    assert.deepStrictEqual(order.problems(UK_WSI_POINTS, 'broken-reference'), []);
    assert.match(order.citation(UK_WSI_POINTS, 'Point B').targets[0].reason ?? '', /capital letter alone/);
    // must not: "point (b)" in brackets is a lettered part, and is checked
    const lettered = UK_WSI_POINTS.replace('north west of Point B, the south east corner', 'north west of point (b), the south east corner');
    assert.notStrictEqual(lettered, UK_WSI_POINTS);
    assert.ok(order.problems(lettered, 'broken-reference').some((message) => /point \(b\)/.test(message)), order.problems(lettered, 'broken-reference').join('\n'));
  });

  it('"(5) Part 3 of Schedule 1 to the Order … has effect subject to the following modifications—" then "- (a) in paragraph 16(1)—": the Order\'s', () => {
    const order = oneDocument('order.md', '---\nid: nisr\ntitle: Order\nlanguage: en\n---\n# Order\n\n');
    const paragraph16 = (text: string) => order.problems(text, 'broken-reference').filter((message) => /paragraph 16/.test(message));
    assert.deepStrictEqual(paragraph16(UK_NISR_ARTICLE_3), []);
    // must not: the item's words as a statement ("- (a) paragraph 16(1) applies.") cite this order's, and are checked
    const statement = UK_NISR_ARTICLE_3.replace('- (a) in paragraph 16(1)—', '- (a) paragraph 16(1) applies.');
    assert.notStrictEqual(statement, UK_NISR_ARTICLE_3);
    assert.ok(paragraph16(statement).length > 0, order.problems(statement, 'broken-reference').join('\n'));
  });

  it('"material described in paragraph (1).11 So in original.": the footnote\'s mark run on after the citation, not a part "11"', () => {
    const section = oneDocument('USC-T47-S230.md', '---\ntitle: "§ 230. Protection for private blocking"\nidentifier: "USC-T47-S230"\n---\n##### § 230. Protection for private blocking\n\n');
    assert.deepStrictEqual(section.problems(US_230_C, 'broken-reference'), []);
    assert.match(section.citation(US_230_C, 'paragraph (1).11').targets[0].reason ?? '', /footnote's mark/);
    // must not: the same number with no footnote's words after it is read as written, and reported
    const plain = US_230_C.replace('paragraph (1).11 So in original.', 'paragraph (1).11 of this section.');
    assert.notStrictEqual(plain, US_230_C);
    assert.ok(section.problems(plain, 'broken-reference').length > 0);
  });

  it('"(1) The Magistrates’ Courts (…) Rules 2002[^f00014] are amended as follows." … "(3) Omit rule 8 (…).": those Rules\' rule 8', () => {
    const rule8 = (text: string) => si.problems(text, 'broken-reference').filter((message) => /rule 8/.test(message));
    assert.deepStrictEqual(rule8(UK_UKSI_2020_REGULATION_7), []);
    assert.strictEqual(si.citation(UK_UKSI_2020_REGULATION_7, 'rule 8').targets[0].status, 'external');
    // must not: "rule 8" in a sentence of this instrument's own, after an opening that amends nothing, is checked
    const own = UK_UKSI_2020_REGULATION_7.replace('[^f00014] are amended as follows.', ' apply.').replace('Omit rule 8 (delegation by justices’ clerk).', 'See rule 8 (delegation by justices’ clerk).');
    assert.notStrictEqual(own, UK_UKSI_2020_REGULATION_7);
    assert.ok(rule8(own).length > 0, si.problems(own, 'broken-reference').join('\n'));
  });
});
