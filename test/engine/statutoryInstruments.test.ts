// UK statutory instruments and amending Acts, a U.S. Code section kept alone, and a treaty set out after the Italian law that
// ratifies it, as legalize-dev gives them (verbatim lines, statutoryInstrumentsText.ts): "regulation 4 of the 2003 Regulations",
// an amending list's lead-in "In regulation 4 of the 2003 Regulations (first notice)—" or "In paragraph 7 (…)—", an opening
// "… Order 1981 (NI 20), Article 7B (powers of officers) is amended as follows.", "section 1028(a)(7)" beside "§ 1028A", and
// "ARTICOLO 5: …" labels.
import * as assert from 'node:assert';
import { oneDocument } from '../helpers/oneDocument';
import { IT_RATIFIED_CONVENTION, UK_NIA_SECTION_2, UK_SSI_REGULATION_3, UK_UKSI_REGULATION_4, US_1028A } from './statutoryInstrumentsText';

// (whole files, with their own front matter)
const si = oneDocument('si.md', '');
const broken = (text: string) => si.problems(text, 'broken-reference');

describe('engine: statutory instruments, a code section kept alone, a treaty set out after its ratifying law', () => {
  it('"In regulation 4 of the 2003 Regulations (first notice)—" then "- (a) in paragraph (3)(b)—": that regulation\'s paragraph', () => {
    assert.deepStrictEqual(broken(UK_SSI_REGULATION_3).filter((message) => /paragraph \(3\)\(b\)/.test(message)), []);
    assert.strictEqual(si.citation(UK_SSI_REGULATION_3, 'regulation 4 of the 2003 Regulations').reference.anchor.kind, 'instrument');
    assert.match(si.citation(UK_SSI_REGULATION_3, 'paragraph (3)(b)').targets[0].reason ?? '', /2003 Regulations/);
    // must not: with a lead-in that names this instrument ("In regulation 4 of these Regulations—"), its items are checked here
    const ours = UK_SSI_REGULATION_3.replace('In regulation 4 of the 2003 Regulations (first notice)—', 'In regulation 4 of these Regulations—');
    assert.notStrictEqual(ours, UK_SSI_REGULATION_3);
    assert.ok(broken(ours).some((message) => /paragraph \(3\)\(b\)/.test(message)), broken(ours).join('\n'));
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
});
