// UK Acts and instruments (legalize-uk, whole files: ukSetOutText.ts) where a citation is of a text set out, quoted or named
// earlier: a schedule setting out a section, a section "shall have effect with the following modifications", "above" in words an
// amendment inserts, and an Act's name with small words in its brackets.
import * as assert from 'node:assert';
import { oneDocument } from '../helpers/oneDocument';
import { edited } from '../helpers/workspace';
import {
  UK_COURTS_AND_TRIBUNALS_REGULATIONS_2020, UK_FATAL_ACCIDENTS_ACT_1976, UK_NON_DOMESTIC_RATING_AMENDMENT_REGULATIONS_2003, UK_SALE_OF_STUDENT_LOANS_ACT_2008,
} from './ukSetOutText';

const act = oneDocument('act.md', '');
const problems = (text: string) => [...act.broken(text), ...act.problems(text, 'reference-outside-unit')];
const resolvedOf = (text: string, cited: string) => act.citation(text, cited, true);

describe('engine: UK texts that set out, modify or insert another text\'s provisions', () => {
  it('Fatal Accidents Act 1976: "section 1A(2) below" and "this section" are of the section Schedule 2 sets out ("##### 1A"), not errors', () => {
    assert.deepStrictEqual(problems(UK_FATAL_ACCIDENTS_ACT_1976), []);
    const below = resolvedOf(UK_FATAL_ACCIDENTS_ACT_1976, 'section 1A(2) below');
    assert.strictEqual(below?.targets[0].status, 'external');
    assert.match(below?.targets[0].reason ?? '', /schedule 2 sets out a provision numbered 1A/);
    // must not: a section neither the Act nor a schedule holds is still reported
    const missing = edited(UK_FATAL_ACCIDENTS_ACT_1976, 'Subject to section 1A(2) below', 'Subject to section 8(2) below');
    assert.ok(problems(missing).some((message) => /no section 8/.test(message)), problems(missing).join('\n'));
    // must not: "this section" before any section and outside the schedules is still reported
    const outside = edited(UK_FATAL_ACCIDENTS_ACT_1976, '# Fatal Accidents Act 1976\n', '# Fatal Accidents Act 1976\n\nNothing in this section applies.\n');
    assert.ok(problems(outside).some((message) => /stands outside any section/.test(message)), problems(outside).join('\n'));
  });

  it('Sale of Student Loans Act 2008: "section 24(2)" after "Section 24 of the Teaching and Higher Education Act 1998 … shall have effect with the following modifications" is that Act\'s', () => {
    assert.deepStrictEqual(problems(UK_SALE_OF_STUDENT_LOANS_ACT_2008), []);
    const modified = resolvedOf(UK_SALE_OF_STUDENT_LOANS_ACT_2008, 'section 24(2)');
    assert.strictEqual(modified?.targets[0].status, 'external');
    assert.match(modified?.targets[0].reason ?? '', /Teaching and Higher Education Act 1998/);
    // must not: with no Act named for section 24 earlier in the section, the citation is this Act's, which has no section 24
    const unnamed = edited(UK_SALE_OF_STUDENT_LOANS_ACT_2008, 'Section 24 of the Teaching and Higher Education Act 1998 (c. 30) (supply of information by HMRC) shall', 'The supply of information by HMRC shall');
    assert.ok(problems(unnamed).some((message) => /section 24\(2\)/.test(message)), problems(unnamed).join('\n'));
  });

  it('Non-Domestic Rating Regulations 2003: "paragraphs (1) to (1B) above" in the words "there is inserted—" quotes are the amended regulation\'s', () => {
    assert.deepStrictEqual(problems(UK_NON_DOMESTIC_RATING_AMENDMENT_REGULATIONS_2003), []);
    const quoted = resolvedOf(UK_NON_DOMESTIC_RATING_AMENDMENT_REGULATIONS_2003, 'paragraphs (1) to (1B) above');
    assert.strictEqual(quoted?.targets[0].status, 'external');
    assert.match(quoted?.targets[0].reason ?? '', /quoted from another instrument \("\(2B\) Subject to paragraph \(2C\)/);
    // must not: the same words unquoted are this regulation's, whose regulation 2 has no paragraph (1B)
    const unquoted = edited(UK_NON_DOMESTIC_RATING_AMENDMENT_REGULATIONS_2003, '> > (2B) Subject to paragraph (2C)', '(2B) Subject to paragraph (2C)');
    assert.ok(problems(unquoted).some((message) => /1B/.test(message)), problems(unquoted).join('\n'));
  });

  it('"section 3(2) and (4) of the Courts and Tribunals (Judiciary and Functions of Staff) Act 2018[^f00001]" names that Act, not these Regulations', () => {
    assert.deepStrictEqual(problems(UK_COURTS_AND_TRIBUNALS_REGULATIONS_2020), []);
    const enabling = resolvedOf(UK_COURTS_AND_TRIBUNALS_REGULATIONS_2020, 'section 3(2) and (4)');
    assert.deepStrictEqual(enabling?.reference.anchor, { kind: 'instrument', name: 'Courts and Tribunals (Judiciary and Functions of Staff) Act 2018', span: (enabling?.reference.anchor as { span: unknown }).span });
    assert.ok(enabling?.targets.every((target) => target.status === 'external'), JSON.stringify(enabling?.targets));
    // must not: the Regulations' own short title is the whole name, brackets and all; cited so, it is this document
    const own = edited(UK_COURTS_AND_TRIBUNALS_REGULATIONS_2020, 'section 3(2) and (4) of the Courts and Tribunals (Judiciary and Functions of Staff) Act 2018[^f00001]',
      'regulation 9 of the Courts and Tribunals (Judiciary and Functions of Staff) Act 2018 (Consequential, Transitional and Saving Provision) Regulations 2020');
    assert.ok(problems(own).some((message) => /regulation 9|no regulation|9/.test(message)), problems(own).join('\n'));
  });
});
