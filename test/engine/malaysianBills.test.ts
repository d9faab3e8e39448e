// Malaysian amending bills as a PDF converter gives them: the lead-in's bold closed mid-sentence ("**2. Section 107 of the Local
// Government Act 1976 is**\namended—"), sections inserted in quotation marks across a page break, then the bill's next section
// ("**10.  Section 15 of the principal Act is amended—**"), the Act amended named once "which is referred to as the "principal
// Act" in this Act", one amendment in one sentence ("is amended in subsection 3(1) by substituting …"), and the explanatory
// statement run into its title. Each rule has a case where it must not apply.
import * as assert from 'node:assert';
import { oneDocument } from '../helpers/oneDocument';
import {
  MY_1991_10_SECTION_107, MY_1998_25_SECTION_23A, MY_2001_18_CODE, MY_2001_18_SECTION_5, MY_2001_3_INSERTED_SUBSECTION, MY_2001_3_SHORT_TITLE, MY_2006_41_INSERTED_PART,
  MY_2006_41_PRINCIPAL_ACT, MY_2006_41_SAVING, MY_2008_6_SECTION_12, MY_2021_2_SUBSECTION, MY_1998_19_GOOD_CAUSE,
} from './malaysianBillsText';

const bill = oneDocument('bill.md', '---\nid: bill\ntitle: Bill\ntype: law\nlanguage: en\n---\n\n');

describe('engine: Malaysian amending bills as converted from the PDF', () => {
  it('"**2. Section 107 of the Local Government Act 1976 is**\\namended—": the items\' subsections are section 107\'s', () => {
    // before: "subsection (1)", "subsection (1A)", "subsection (2)" were read as section 2's of the bill (errors)
    assert.deepStrictEqual(bill.broken(MY_1991_10_SECTION_107), []);
    assert.ok(bill.citation(MY_1991_10_SECTION_107, 'subsection (2)').targets.every((target) => target.status === 'external'));
    // must not: a lead-in that amends nothing leaves the items' subsections the bill's own (reported when missing)
    const plain = MY_1991_10_SECTION_107.replace('Section 107 of the Local Government Act 1976 is**\namended—', 'The Minister may**\nby order—');
    assert.notStrictEqual(plain, MY_1991_10_SECTION_107);
    assert.ok(bill.broken(plain).length > 0);
  });

  it('sections inserted in quotation marks, then "**10.  Section 15 of the principal Act is amended—**": the bill\'s section 10', () => {
    // before: "**14B.**" inside the quotation was taken for the last section, and "**10." after it for paragraph 10 of section 9
    const text = `${MY_2006_41_PRINCIPAL_ACT}\n${MY_2006_41_INSERTED_PART}`;
    const ids = bill.unitIds(text);
    assert.ok(ids.includes('sec_10') && ids.includes('sec_10__subsec_b'), ids.join());
    assert.ok(!ids.some((id) => /^sec_14/.test(id)), ids.join());
    assert.deepStrictEqual(bill.broken(text), []);
    // must not: a quotation a paragraph opens and no later one closes leaves the sections going on as before
    const stray = '**8.** The principal Act is amended.\n\n"Notwithstanding anything in this Act, the Board may act.\n\n**9.** The Board may act.\n\n**10.** Section 15 of the principal Act is repealed.\n';
    assert.deepStrictEqual(bill.unitIds(stray).filter((id) => /^sec_\d+$/.test(id)), ['sec_8', 'sec_9', 'sec_10']);
  });

  it('"…, which is referred to as the "principal Act" in this Act, is amended …": a term of the bill, and its sections past the bill\'s own', () => {
    const text = `${MY_2006_41_PRINCIPAL_ACT}\n${MY_2006_41_INSERTED_PART}\n${MY_2006_41_SAVING}`;
    assert.deepStrictEqual(bill.read(text).model.definitions.map((definition) => `${definition.term}: ${definition.body}`).slice(0, 1),
      ['principal Act: The Registration of Engineers Act 1967 [Act 138]']);
    // before: "sections 7A and 15", "sections 24 and 25" (the principal Act's) were reported as the bill's, which ends at 19, and
    // "Clause 1", "clause 4(l)(ef)" of the explanatory statement run into its title as units of section 19 (the excerpt leaves
    // out the bill's sections 11 to 18: "section 15" is reported here, not in the bill)
    assert.deepStrictEqual(bill.broken(text), ['"sections 7A and 15": this document has no section 15 (it has sections 2–19).']);
    assert.match(bill.citation(text, 'sections 7A and 15').targets[0].reason ?? '', /a lettered number where none of its own is/);
    // must not: a bill with a lettered section of its own ("**5A.**") still reports the "section 7A" it lacks
    const own = ['3', '3A', '4', '5', '6', '7', '8', '9'].map((number) => `**${number}.** The Board may act under section 7A.\n`).join('\n');
    const lettered = `${MY_2006_41_PRINCIPAL_ACT}\n${own}`;
    assert.ok(bill.unitIds(lettered).includes('sec_3a'), bill.unitIds(lettered).join());
    assert.ok(bill.broken(lettered).some((message) => /section 7A/.test(message)), bill.broken(lettered).join('\n'));
    assert.deepStrictEqual(bill.broken(lettered.replace('**3A.**', '**3B.**').replace(/\*\*3B\.\*\*[^\n]*\n/, '')).filter((message) => /section 7A/.test(message)), []);
    // must not: the title alone in capitals opens the statement, a sentence that names it does not
    assert.ok(bill.broken(`${text}\nThe Explanatory statement of the Minister cites Clause 30.\n`).length > 0);
  });

  it('"which in this Act is referred to as the "principal Act", is amended\\nin section 23A—" and "is amended\\nin subsection 3(1) by substituting …"', () => {
    // before: "section 23A" and "subsection 3(1)" were read as the bill's (errors)
    assert.deepStrictEqual(bill.broken(MY_1998_25_SECTION_23A), []);
    assert.deepStrictEqual(bill.broken(MY_2021_2_SUBSECTION), []);
    assert.strictEqual(bill.citation(MY_2021_2_SUBSECTION, 'subsection 3(1)').targets[0].status, 'external');
  });

  it('"**1. This Act may be cited as the Service Tax (Amendment) Act**" then "### 2001.": the name\'s year, no section 2001', () => {
    // before: "### 2001." opened section 2001, and the bill's sections 2, 3, … after it no longer continued its numbering
    const text = `${MY_2001_3_SHORT_TITLE}${MY_2001_3_INSERTED_SUBSECTION}`;
    const sections = bill.unitIds(text).filter((id) => /^sec_\d+$/.test(id));
    assert.deepStrictEqual(sections, ['sec_1', 'sec_2', 'sec_3']);
    // must not: a year alone after words that end on no instrument's kind is a heading as before
    assert.ok(bill.unitIds('The Minister may make regulations\n\n### 2001.\n\nText.\n').includes('sec_2001'));
  });

  it('"_… the following subsection:_" then "\"(2) … subsections 1(1) and 1(1A) … section 2A …\"": quoted text, the principal Act\'s', () => {
    // before: the lead-in's emphasis after its colon hid the quotation, and its citations were reported as the bill's
    const text = `${MY_2001_3_SHORT_TITLE}${MY_2001_3_INSERTED_SUBSECTION}`;
    assert.deepStrictEqual(bill.broken(text), []);
    assert.strictEqual(bill.citation(text, 'section 2A').targets[0].status, 'external');
  });

  it('"**4. Section 12 of the principal Act is amended—**" read as the section\'s bold label and title: its items amend section 12', () => {
    // before: "subsection (3)" and "subsection (3B)" were read as the bill's section 4's
    const text = `${MY_2006_41_PRINCIPAL_ACT}\n${MY_2008_6_SECTION_12}`;
    assert.deepStrictEqual(bill.broken(text), []);
    assert.ok(bill.citation(text, 'subsection (3)').targets.every((target) => target.status === 'external'));
  });

  it('"The Penal Code [Act 574], which in this Act is referred to as**\nthe "Code", is amended …": "the Code" stands for it', () => {
    const text = `${MY_2001_18_CODE}\n${MY_2001_18_SECTION_5}`;
    assert.deepStrictEqual(bill.read(text).model.definitions.map((definition) => definition.term), ['Code']);
    // before: "section 373A" (the Code's, deleted) was reported as the bill's
    assert.deepStrictEqual(bill.broken(text), []);
    // must not: "referred to as" with no "in this Act" names nothing for the bill
    assert.deepStrictEqual(bill.read(MY_2001_18_CODE.replace('in this Act ', '')).model.definitions, []);
  });

  it('"(2) "Good cause" shall include …" then "(3) "Good cause" shall include, but without …": one provision\'s parts add up', () => {
    // before: "defined twice in the same scope" (an error)
    assert.deepStrictEqual(bill.problems(MY_1998_19_GOOD_CAUSE, 'duplicate-definition'), []);
    assert.strictEqual(bill.read(MY_1998_19_GOOD_CAUSE).model.definitions.filter((definition) => definition.term === 'Good cause').length, 2);
    // must not: "means" beside "includes" in one provision, or "includes" twice in two sections, is still reported
    const means = MY_1998_19_GOOD_CAUSE.replace('(3) "Good cause" shall include', '(3) "Good cause" means');
    assert.notStrictEqual(means, MY_1998_19_GOOD_CAUSE);
    assert.strictEqual(bill.problems(means, 'duplicate-definition').length, 1);
    const apart = `${MY_1998_19_GOOD_CAUSE}\n**32.** In this Act, "Good cause" shall include any breach.\n`;
    assert.strictEqual(bill.problems(apart, 'duplicate-definition').length, 1, bill.unitIds(apart).join());
  });
});
