// Acts of Ireland as the Irish Statute Book gives them (legalize-ie): a section's number given again where its text starts, the
// first paragraph run in with its subsection, letters in italics, amendment marks, words left out, provisions of other texts
// cited in the forms Irish drafting uses ("the said section 21", "Article 57(1)(r)" of the GDPR, a list of another Act's
// provisions repealed). Each rule has a case where it must not apply.
import * as assert from 'node:assert';
import { oneDocument } from '../helpers/oneDocument';
import {
  IE_DEPUTY_CHAIRMAN, IE_DPA_GDPR, IE_DPA_REPEALS, IE_DPA_STAFF, IE_ELECTORAL_SCHEDULES, IE_FISHERIES_DIVISION, IE_FISHERIES_ELIDED,
  IE_FISHERIES_POSTPONED, IE_HYDROCARBON_SAID, IE_MILLING_SAID, IE_ROADS_ABANDONMENT, IE_CUSTOMS_TABLE, IE_FISHERIES_INSERTED,
  IE_INCOME_TAX_ITALIC, IE_DPA_COMMUNICATION, IE_CONSTITUTION_SCHEDULE, IE_INSERTED_CLAUSE, IE_CYBERCRIME_ITALIC, IE_DPA_ARCHIVING_ITALIC,
  IE_PATENTS_SCHEDULE_SET_OUT, IE_TRUSTS_DISPUTES, IE_CONSTRUCTIVE_NOTICE, IE_EXTRADITION_AMENDED,
  IE_BOOKMAKERS_LEVIES, IE_CHILD_PORNOGRAPHY_DEFINITION, IE_AUTHORISED_OFFICERS,
  IE_WELFARE_PART_SET_OUT, IE_WELFARE_REPEALS, IE_WELFARE_INSERTED_BY_THIS, IE_WELFARE_SCHEDULE_TABLE, IE_EUROCONTROL_ITALIC_ARTICLE,
  IE_HYDROCARBON_SAID_PARAGRAPH, IE_ELECTORAL_SCHEDULE_PARTS, IE_INSURANCE_ITALIC_AFTER_BRACKET,
} from './irishStatuteBookText';
import { parseReferences } from '../../server/src/engine/references/grammar';

const act = oneDocument('act.md', '---\nid: act\ntitle: Act\nlanguage: en\ntype: law\n---\n\n');
/** Ten sections with words, so that the Act reads as one numbered by sections. */
const sections = (from: number) => Array.from({ length: 10 }, (_, i) => `##### ${from + i}. **Heading**\n\n**${from + i}.** Words.\n`).join('\n');

describe('engine: Acts of Ireland as the Irish Statute Book gives them', () => {
  it('"**22.** (1) The Minister may …" under "##### 22.": the number given again, subsection (1) and its paragraphs (a), (b)', () => {
    const ids = act.unitIds(IE_DPA_STAFF);
    for (const id of ['sec_21__para_1', 'sec_21__para_3', 'sec_22__para_1__subpara_a', 'sec_22__para_1__subpara_b', 'sec_22__para_2', 'sec_22__para_7']) assert.ok(ids.includes(id), `${id} not in ${ids.join(' ')}`);
    assert.ok(!ids.some((id) => /para_2[12]\b/.test(id)), ids.join(' '));
    assert.deepStrictEqual(act.broken(IE_DPA_STAFF), []);
  });

  it('must not: "**1.** …" then "**2.** …" under "##### 1." is a list of paragraphs, the first kept', () => {
    const ids = act.unitIds('##### 1. **Scope**\n\n**1.** This Act applies to data.\n\n**2.** It does not apply to paragraph 1 data.\n');
    assert.ok(ids.includes('sec_1__para_1') && ids.includes('sec_1__para_2'), ids.join(' '));
  });

  it('"12.—(1)Save as …" and "(3)(a)A road authority may …": subsection (1), and (3) with its paragraph (a), which "(b)" cites', () => {
    const ids = act.unitIds(IE_ROADS_ABANDONMENT);
    for (const id of ['sec_12__para_1', 'sec_12__para_3__subpara_a', 'sec_12__para_3__subpara_b', 'sec_12__para_4__subpara_a']) assert.ok(ids.includes(id), `${id} not in ${ids.join(' ')}`);
    // ("(b)A road authority shall not make an order under *paragraph (a)*": the (a) of subsection (3), not of (2))
    const { workspace, model } = act.read(IE_ROADS_ABANDONMENT);
    const underParagraphA = workspace.resolved(model.uri).filter((resolved) => resolved.reference.text === 'paragraph (a)').map((resolved) => resolved.targets[0]);
    assert.ok(underParagraphA.some((target) => target.status === 'resolved' && target.unitId === 'sec_12__para_3__subpara_a'), JSON.stringify(underParagraphA));
    assert.deepStrictEqual(act.broken(IE_ROADS_ABANDONMENT), []);
  });

  it('must not: "(3)(c)A road …" opens no paragraph (c), which is no list\'s first', () => {
    const ids = act.unitIds('##### 3. **Application**\n\n**3.**—(1) Words.\n\n(2)(c)A road authority may act.\n');
    assert.ok(ids.includes('sec_3__para_2') && !ids.some((id) => id.startsWith('sec_3__para_2__')), ids.join(' '));
  });

  it('"4.—F4[(1) (*a*) Subject to subsection (1A) …" and "F5[(1A)A person …": letters in italics and amendment marks read', () => {
    const ids = act.unitIds(IE_DEPUTY_CHAIRMAN);
    for (const id of ['sec_4__para_1__subpara_a', 'sec_4__para_1__subpara_b', 'sec_4__para_1a', 'sec_4__para_1b', 'sec_4__para_1c__subpara_a']) assert.ok(ids.includes(id), `${id} not in ${ids.join(' ')}`);
    assert.deepStrictEqual(act.broken(IE_DEPUTY_CHAIRMAN), []);
  });

  it('"sub-section (1) of the said section 21." after "section 21 of the Finance Act, 1935": that Act\'s, not this one\'s', () => {
    assert.deepStrictEqual(act.broken(IE_HYDROCARBON_SAID), []);
    const citation = act.citation(IE_HYDROCARBON_SAID, 'sub-section (1)');
    assert.strictEqual(citation.targets[0].status, 'external');
    assert.match(citation.targets[0].status === 'external' ? citation.targets[0].reason ?? '' : '', /cited before as "section 21 of the Finance Act, 1935/);
    // "sub-section (1) of the said section 32" after "Sub-sections (2) (3) and (4) of section 32 of the Principal Act"
    const milling = act.citation(IE_MILLING_SAID, 'sub-section (1)');
    assert.match(milling.targets[0].status === 'external' ? milling.targets[0].reason ?? '' : '', /"the said section 32", cited before as "Sub-sections \(2\) \(3\) and \(4\) of section 32 of the Principal Act"/);
  });

  it('must not: "the said section 2" after this Act\'s own "section 2" is this Act\'s, and its missing subsection is reported', () => {
    const text = '##### 1. **One**\n\n**1.** Section 2 applies. The rebate under sub-section (5) of the said section 2 is allowed.\n\n##### 2. **Two**\n\n**2.**—(1) Words.\n';
    assert.deepStrictEqual(act.broken(text).length, 1, act.broken(text).join('\n'));
  });

  it('"Article 17(3)", "Article 8(1)" in an Act numbered by sections: the GDPR\'s, a note that says so', () => {
    const text = `${sections(1)}\n${IE_DPA_GDPR}`;
    assert.deepStrictEqual(act.broken(text), []);
    const citation = act.citation(text, 'Article 17(3)');
    assert.match(citation.targets[0].status === 'external' ? citation.targets[0].reason ?? '' : '', /numbers its provisions as sections and has no article at all/);
  });

  it('must not: in a text with articles, "Article 8(1)" that it lacks is reported', () => {
    assert.strictEqual(act.broken('##### Article 8\n\nWords.\n\n##### Article 9\n\nAs in Article 8(1).\n').length, 1);
  });

  it('"the following provisions of the Act of 1988 are repealed:" then "(b) section 2(7) and (8);": that Act\'s provisions', () => {
    // (section 8 as the Act has it: subsection (1) and its (a), (b), then (2) and (3), which the repeals' subsection (4) cites)
    const text = `${sections(1).replace('**8.** Words.', '**8.** (1) Words:\n\n(a) one;\n\n(b) two.\n\n(2) Words.\n\n(3) Words.')}\n${IE_DPA_REPEALS}`;
    assert.deepStrictEqual(act.broken(text), []);
    const citation = act.citation(text, 'section 2(7) and (8)');
    // (read as the Act's the lead-in names: the workspace would resolve it there if it held that Act)
    assert.match(citation.targets[0].status === 'external' ? citation.targets[0].reason ?? '' : '', /"Act of 1988" is not a document in the workspace/);
    // must not: a list whose lead-in repeals nothing still has its citations checked
    const plain = text.replace('the following provisions of the Act of 1988 are repealed:', 'the following provisions of this Act apply:');
    assert.ok(act.broken(plain).some((message) => message.includes('section 2 has no (7)')), act.broken(plain).join('\n'));
  });

  it('"##### 24." then "24.—F25[…]": the section\'s words left out, so "subsection (3) of section 24" is a note', () => {
    const text = `${IE_FISHERIES_POSTPONED}\n${IE_FISHERIES_ELIDED}`;
    assert.deepStrictEqual(act.broken(text).filter((message) => /section 24\b/.test(message)), []);
    const citation = act.citation(text, 'subsection (3) of section 24', true);
    assert.match(citation.targets[0].status === 'external' ? citation.targets[0].reason ?? '' : '', /holds no words in this copy, only "24\.—F25\[…\]"/);
    // must not: a section with words that lacks subsection (3) is reported
    const worded = text.replace('24.—F25[…]', '24.—(1) Words.');
    assert.ok(act.broken(worded).some((message) => /section 24 has no subsection 3/.test(message)), act.broken(worded).join('\n'));
  });

  it('"##### 137. **Division IV. Annual close season …**": section 137, the division\'s heading run into its title', () => {
    const ids = act.unitIds(`${sections(127)}\n${IE_FISHERIES_DIVISION}`);
    assert.ok(ids.includes('sec_137') && ids.includes('sec_137__para_1__subpara_a'), ids.join(' '));
    assert.ok(!ids.some((id) => id.startsWith('dvs_137')), ids.join(' '));
  });

  it('"## **SCHEDULES.** FIRST SCHEDULE. Registration Rules.": schedule 1, whose rules are numbered as paragraphs; "this rule" is no error', () => {
    const text = `${sections(1)}\n${IE_ELECTORAL_SCHEDULES}`;
    assert.ok(act.unitIds(text).includes('sched_1__para_7__subpara_f'), act.unitIds(text).join(' '));
    assert.deepStrictEqual(act.problems(text, 'reference-outside-unit'), []);
    // must not: "this rule" outside any schedule, in an Act of sections, is still reported
    assert.strictEqual(act.problems(`As this rule says.\n\n${sections(1)}`, 'reference-outside-unit').length, 1);
  });
  it('"Section 153 (1) (*d*) of the Income Tax Act, 1967": the letter in italics is read, and the section is that Act\'s', () => {
    const text = `${sections(1)}\n${IE_INCOME_TAX_ITALIC}`;
    assert.deepStrictEqual(act.broken(text), []);
    const citation = act.citation(text, 'Section 153', true);
    assert.match(citation.reference.text, /\(\*d\*\) of the Income Tax Act, 1967$/);
    assert.strictEqual(citation.reference.anchor.kind, 'instrument');
  });

  it('"F266[(*da*) if the boat …" is paragraph (da), which "paragraph (*da*) of this subsection" finds', () => {
    const text = `##### 301. **Powers**\n\n**301.**—(1) Words.\n\n(2) A person may—\n\n${IE_FISHERIES_INSERTED}\n(2A) Words.\n`;
    assert.ok(act.unitIds(text).includes('sec_301__para_2__subpara_da'), act.unitIds(text).join(' '));
    assert.deepStrictEqual(act.broken(text), []);
  });

  it('"the foregoing paragraph (*a*)" in a cell of a schedule\'s table: the cell\'s item, not reported', () => {
    const text = `${sections(1)}\n${IE_CUSTOMS_TABLE}`;
    assert.deepStrictEqual(act.broken(text), []);
    // must not: the same words outside a table are still checked
    const prose = `${sections(1)}\n## FIRST SCHEDULE. Duties.\n\n1. Articles as mentioned in paragraph (*a*).\n`;
    assert.strictEqual(act.broken(prose).length, 1, act.broken(prose).join('\n'));
  });
  it('"(b) excessive in nature, …," then "the controller may—" and "(i)", "(ii)": the items of subsection (4), which "subsection (4)(ii)" cites', () => {
    const ids = act.unitIds(IE_DPA_COMMUNICATION);
    assert.ok(ids.includes('sec_93__para_4__clause_ii') && !ids.some((id) => id.startsWith('sec_93__para_4__subpara_b__')), ids.join(' '));
    assert.deepStrictEqual(act.broken(IE_DPA_COMMUNICATION), []);
    // must not: an item's sentence that a blank line parts ("(b) the Minister, after consulting the Board," then "may make
    // regulations.") is one item, and what follows it stays in the list
    const wrapped = act.unitIds('##### 5. **Rules**\n\n**5.** (1) Where—\n\n(a) one, or\n\n(b) the Minister, after consulting the Board,\n\nmay make regulations;\n\n(i) first;\n');
    assert.ok(wrapped.includes('sec_5__para_1__subpara_b__clause_i'), wrapped.join(' '));
  });
  it('"## SCHEDULE. Article 2A of the Constitution.": the Act\'s one schedule, "**1.**—(1)" its paragraphs; "this section" in it, no duplicate', () => {
    // ("**1.**—(1) Parts II, III, IV, and V …": its paragraph 1 and subparagraph (1), after the bold and the dash)
    const ids = act.unitIds(IE_CONSTITUTION_SCHEDULE);
    for (const id of ['sched__para_1__para_1', 'sched__para_1__para_3', 'sched__para_2']) assert.ok(ids.includes(id), `${id} not in ${ids.join(' ')}`);
    assert.deepStrictEqual(act.problems(IE_CONSTITUTION_SCHEDULE, 'reference-outside-unit'), []);
    assert.deepStrictEqual(act.problems(IE_CONSTITUTION_SCHEDULE, 'duplicate-unit'), []);
    // "Part I of the First Schedule" (to the Act it amends) where this Act's one schedule has no number: another instrument's
    const amending = `${IE_CONSTITUTION_SCHEDULE}\nAs in Part I of the First Schedule.\n`;
    assert.deepStrictEqual(act.broken(amending), []);
    const first = act.citation(amending, 'Part I of the First Schedule');
    assert.match(first.targets[0].status === 'external' ? first.targets[0].reason ?? '' : '', /one schedule has no number \("SCHEDULE\."\)/);
    // must not: "Schedule of the problem" is no schedule's heading
    assert.ok(!act.unitIds('## Schedule of the problem\n\nWords.\n').some((id) => id.startsWith('sched')));
  });

  it('"(i) …", "F28[(ia) …", "(ii) …" under "(a)": the clause inserted after (i), not a letter after (h)', () => {
    const ids = act.unitIds(`##### 2. **Interpretation**\n\n**2.**—(1) In this Act—\n\n${IE_INSERTED_CLAUSE}`);
    for (const id of ['sec_2__para_1__subpara_a__clause_i', 'sec_2__para_1__subpara_a__clause_ia', 'sec_2__para_1__subpara_a__clause_ii', 'sec_2__para_1__subpara_b__clause_ia']) assert.ok(ids.includes(id), `${id} not in ${ids.join(' ')}`);
  });
  it('"an offence under *section 2*, *3*, *4* or *5*—" (cross-references in italics, each number apart): the Act\'s four sections', () => {
    const citation = act.citation(IE_CYBERCRIME_ITALIC, 'section 2*, *3*, *4* or *5');
    assert.deepStrictEqual(citation.targets.map((target) => (target.status === 'resolved' ? target.unitId : target.status)), ['sec_2', 'sec_3', 'sec_4', 'sec_5']);
    assert.deepStrictEqual(act.broken(IE_CYBERCRIME_ITALIC), []);
    // must not: a name's emphasis still ends the name ("of the *Theft Act 2001*": another instrument's section 3)
    const named = act.citation('Under *section 3* of the *Theft Act 2001*, and section 4 of the *Criminal Damage Act 1991*.\n', 'section 3* of the *Theft Act 2001');
    assert.deepStrictEqual([named.reference.anchor.kind === 'instrument' ? named.reference.anchor.name : named.reference.anchor.kind, named.targets[0].status], ['Theft Act 2001', 'external']);
  });

  it('"*paragraph (a)*, *(b)* or *(c)* of *subsection (1)*": the paragraphs of subsection (1), not a paragraph (a) of the section', () => {
    const text = `${sections(30)}\n${IE_DPA_ARCHIVING_ITALIC}`;
    const citation = act.citation(text, 'paragraph (a)*, *(b)* or *(c)* of *subsection (1)');
    assert.deepStrictEqual(citation.targets.map((target) => (target.status === 'resolved' ? target.unitId : target.status)), ['sec_42__para_1__subpara_a', 'sec_42__para_1__subpara_b', 'sec_42__para_1__subpara_c']);
    assert.deepStrictEqual(act.broken(text), []);
    // must not: marks set apart by spaces are no emphasis of a citation ("* * *", a list's bullet)
    const spaced = act.citation(`${sections(30)}\n##### 43. **Heading**\n\n**43.** (1) Words.\n\n* * *\n\n* paragraph (z) of subsection (1).\n`, 'paragraph (z)', true);
    assert.strictEqual(spaced.targets[0].status, 'unresolved');
  });
  it('"substituting the following for the Second Schedule:" then "“SECOND SCHEDULE": the quoted schedule opens no unit; sections 36, 37 after it are the Act\'s', () => {
    const ids = act.unitIds(IE_PATENTS_SCHEDULE_SET_OUT);
    assert.ok(ids.includes('sec_36') && ids.includes('sec_37') && !ids.some((id) => id.startsWith('sched')), ids.join(' '));
    assert.deepStrictEqual(act.broken(`${IE_PATENTS_SCHEDULE_SET_OUT}\nAs in section 36.\n`), []);
    // must not: the schedule's heading with no quotation mark before it is this Act's schedule
    assert.ok(act.unitIds(IE_PATENTS_SCHEDULE_SET_OUT.replace('“SECOND SCHEDULE', 'SECOND SCHEDULE')).includes('sched_2'));
  });

  it('"(*d*) … interested," then "in relation to any matter concerning the—": (i) to (iii) are subsection (1)\'s, as "*subsection (1)(i)* and *(iii)*" cites them', () => {
    const citation = act.citation(IE_TRUSTS_DISPUTES, 'subsection (1)(i)* and *(iii)');
    assert.deepStrictEqual(citation.targets.map((target) => (target.status === 'resolved' ? target.unitId : target.status)), ['sec_22__para_1__clause_i', 'sec_22__para_1__clause_iii']);
    assert.deepStrictEqual(act.broken(IE_TRUSTS_DISPUTES), []);
  });

  it('"Without prejudice to *section 57(4)*, *subsection (1)* does not exempt": two citations, the second this section\'s subsection (1)', () => {
    const own = act.citation(IE_CONSTRUCTIVE_NOTICE, 'subsection (1)');
    assert.deepStrictEqual(own.targets.map((target) => (target.status === 'resolved' ? target.unitId : target.status)), ['sec_86__para_1']);
    act.citation(IE_CONSTRUCTIVE_NOTICE, 'section 57(4)');
    // (so too with no italics: "section 57(4), subsection (1)")
    const plain = act.citation(IE_CONSTRUCTIVE_NOTICE.replace('*section 57(4)*, *subsection (1)*', 'section 57(4), subsection (1)'), 'subsection (1)');
    assert.deepStrictEqual(plain.targets.map((target) => (target.status === 'resolved' ? target.unitId : target.status)), ['sec_86__para_1']);
    // must not: after a section with no subsection in brackets, "section 5, subsection (1)" is one citation, of section 5
    const text = IE_CONSTRUCTIVE_NOTICE.replace('*section 57(4)*', 'section 5').replace('##### 86..', '##### 5. **Heading**\n\n**5.** (1) One.\n\n(2) Two.\n\n##### 86..');
    const drilled = act.citation(text, 'section 5, *subsection (1)');
    assert.deepStrictEqual(drilled.targets.map((target) => (target.status === 'resolved' ? target.unitId : target.status)), ['sec_5__para_1']);
  });
  it('"Section 26 (warrant of arrest) of the Principal Act shall be amended—" then "(*a*) … for subsection (1):": the Principal Act\'s subsections', () => {
    assert.deepStrictEqual(act.broken(IE_EXTRADITION_AMENDED), []);
    const cited = act.citation(IE_EXTRADITION_AMENDED, 'subsection (1)');
    assert.match(cited.targets[0].status === 'external' ? cited.targets[0].reason ?? '' : '', /"Principal Act" is not a document in the workspace/);
    // must not: an opening that amends nothing leaves the citations under it this Act's (section 7 has no subsection (1))
    assert.ok(act.broken(IE_EXTRADITION_AMENDED.replace('shall be amended—', 'shall apply—')).some((message) => message.includes('section 7 has no subsection 1')));
  });
  it('"54.—(1)F53[(a)An authorised bookmaker …": subsection (1) and its paragraph (a), an amendment\'s mark between them', () => {
    const ids = act.unitIds(IE_BOOKMAKERS_LEVIES);
    assert.ok(ids.includes('sec_54__para_1__subpara_a') && ids.includes('sec_54__para_1__subpara_b__clause_i'), ids.join(' '));
    assert.deepStrictEqual(act.broken(IE_BOOKMAKERS_LEVIES), []);
    // must not: a mark before words, not a bracket, opens no paragraph (a) ("paragraph (a)" is then reported)
    assert.ok(act.broken(IE_BOOKMAKERS_LEVIES.replace('(1)F53[(a)An', '(1)F53[An')).some((message) => message.includes('no paragraph (a)')));
  });

  it('"The reference in *paragraph (a)* of the definition of child pornography …": the definition\'s paragraph, past the emphasis', () => {
    const text = `##### 2. **Interpretation**\n\n**2.**—(1) In this Act—\n\n${IE_CHILD_PORNOGRAPHY_DEFINITION}`;
    assert.deepStrictEqual(act.broken(text), []);
    const cited = act.citation(text, 'paragraph (a)');
    assert.match(cited.targets[0].status === 'external' ? cited.targets[0].reason ?? '' : '', /a part of a definition/);
    // must not: "*paragraph (z)* of subsection (1)" is still checked, and reported
    assert.ok(act.broken(text.replace('*paragraph (a)* of the definition of child pornography', '*paragraph (z)* of subsection (1)')).some((message) => message.includes('(z)')));
  });
  it('"*subsection (1)(b)(ix)*and (*x*)": (x) is the numeral after (ix), subsection (1)(b)\'s, not a letter (1)(x)', () => {
    const citation = act.citation(IE_AUTHORISED_OFFICERS, 'subsection (1)(b)(ix)*and (*x*)');
    assert.deepStrictEqual(citation.targets.map((target) => (target.status === 'resolved' ? target.unitId : target.status)), ['sec_18f__para_1__subpara_b__clause_ix', 'sec_18f__para_1__subpara_b__clause_x']);
    assert.deepStrictEqual(act.broken(IE_AUTHORISED_OFFICERS), []);
    // must not: "(w) and (x)" are letters ("section 5(1)(w) and (x)": both of subsection (1))
    const letters = act.citation('##### 5. **Heading**\n\n**5.** (1) Words:\n\n(w) one;\n\n(x) two.\n\nAs in subsection (1)(w) and (x).\n', 'subsection (1)(w) and (x)');
    assert.deepStrictEqual(letters.targets.map((target) => (target.status === 'resolved' ? target.unitId : target.status)), ['sec_5__para_1__subpara_w', 'sec_5__para_1__subpara_x']);
  });
  describe('an amending Act (the Social Welfare Act, 1993, which defines "the Principal Act")', () => {
    const interpretation = '##### 2 Interpretation.\n\n**2.**—(1) In this Act—\n\n“the Principal Act” means the Social Welfare (Consolidation) Act, 1981;\n\n';

    it('"… of the following Part:" then "“PART VIIA" and more than a hundred paragraphs to "… repaid.”.": the Part set out is the Principal Act\'s', () => {
      const text = interpretation + IE_WELFARE_PART_SET_OUT;
      const ids = act.unitIds(text);
      assert.ok(ids.includes('sec_27') && ids.includes('sec_28') && !ids.some((id) => id.startsWith('part_') || id.startsWith('sec_294')), ids.join(' '));
      assert.deepStrictEqual(act.broken(text), []);
      // must not: with no quotation mark before "PART VIIA" the Part is read as this Act's (and its citations checked)
      assert.ok(act.unitIds(interpretation + IE_WELFARE_PART_SET_OUT.replace('“PART VIIA', 'PART VIIA')).includes('part_viia'));
    });

    it('"The Principal Act is hereby amended by the repeal of—" then "(*c*) the Fifth Schedule.": the Principal Act\'s schedule', () => {
      const text = interpretation + IE_WELFARE_REPEALS;
      assert.deepStrictEqual(act.broken(text), []);
      const cited = act.citation(text, 'Fifth Schedule');
      assert.match(cited.targets[0].status === 'external' ? cited.targets[0].reason ?? '' : '', /"Principal Act" is not a document in the workspace/);
    });

    it('"section 294A (inserted by *section 27* of this Act)": the section this Act put into the Principal Act', () => {
      const text = interpretation + IE_WELFARE_INSERTED_BY_THIS;
      assert.deepStrictEqual(act.broken(text), []);
      const cited = act.citation(text, 'section 294A');
      assert.match(cited.targets[0].status === 'external' ? cited.targets[0].reason ?? '' : '', /a unit this document put into the instrument it amends/);
      // must not: in a consolidated text that holds a section 294A, "(inserted by section 3 of the Finance Act 2010)" (another
      // Act inserted it) leaves the citation this document's
      const consolidated = `##### 294A. **Heading**\n\n**294A.** Words.\n\n${IE_WELFARE_INSERTED_BY_THIS.replace('(inserted by *section 27* of this Act)', '(inserted by section 3 of the Finance Act 2010)')}`;
      const own = act.citation(consolidated, 'section 294A');
      assert.deepStrictEqual(own.targets.map((target) => (target.status === 'resolved' ? target.unitId : target.status)), ['sec_294a']);
    });

    it('"section 137 (1) (*a*)" in a schedule\'s table of an Act of ten sections: past its last section, the Principal Act\'s', () => {
      const ten = (definitions: string) => `##### 1 Short title.\n\n**1.**—Words.\n\n${definitions}${sections(3).replace(/#####/g, '\n#####').trim()}\n\n${IE_WELFARE_SCHEDULE_TABLE}`;
      const text = ten(interpretation);
      assert.deepStrictEqual(act.broken(text), []);
      const cited = act.citation(text, 'section 137 (1) (*a*)');
      assert.match(cited.targets[0].status === 'external' ? cited.targets[0].reason ?? '' : '', /amends the Act it calls "the Principal Act"/);
      // must not: an Act that defines no principal Act has its citation of a section it lacks reported
      assert.ok(act.broken(ten('##### 2 Interpretation.\n\n**2.**—Words.\n\n')).some((message) => message.includes('no section 137')));
    });
  });
  it('"*1.* *Where a Contracting Party …" (an article set out in italics): paragraph 1, so "sub-paragraph 1(a) above" is found', () => {
    const ids = act.unitIds(IE_EUROCONTROL_ITALIC_ARTICLE);
    assert.ok(ids.some((id) => id.endsWith('__para_1__subpara_a')) && ids.some((id) => id.endsWith('__para_3')), ids.join(' '));
    // (the excerpt alone: "Article 8.1 above", the Convention's, is left aside; the whole Act reads it otherwise)
    assert.deepStrictEqual(act.broken(IE_EUROCONTROL_ITALIC_ARTICLE).filter((message) => message.includes('sub-paragraph')), []);
    // must not: a number in italics that is no marker ("*1.5*") opens no paragraph 1, and the citation of it is reported
    assert.ok(act.broken(IE_EUROCONTROL_ITALIC_ARTICLE.replace('*1.* *Where', '*1.5* *Where')).some((message) => message.includes('sub-paragraph 1(a)')));
  });
  it('"paragraph (*a*) of sub-section (8) of the principal section" then "the said paragraph (*a*)": that one, another Act\'s', () => {
    assert.deepStrictEqual(act.broken(IE_HYDROCARBON_SAID_PARAGRAPH), []);
    const said = act.read(IE_HYDROCARBON_SAID_PARAGRAPH).workspace.resolved(act.read(IE_HYDROCARBON_SAID_PARAGRAPH).model.uri).filter((r) => r.reference.text === 'paragraph (*a*)').pop();
    assert.match(said?.targets[0].status === 'external' ? said.targets[0].reason ?? '' : '', /"the said paragraph a" is the one cited before \("paragraph \(\*a\*\) of sub-section \(8\)"\)/);
    // must not: "paragraph (*a*)" with no "said" before it is this section's, and reported (section 8 has no paragraph (a))
    assert.ok(act.broken(IE_HYDROCARBON_SAID_PARAGRAPH.replace('the said paragraph (*a*)', 'paragraph (*a*)')).some((message) => message.includes('no paragraph (a)')));
  });
  it('"## PART VIII. General." then "## **SCHEDULES.** FIRST SCHEDULE." at one level: the schedules are no part of Part VIII; a part after a schedule is the schedule\'s', () => {
    const ids = act.unitIds(IE_ELECTORAL_SCHEDULE_PARTS);
    assert.ok(ids.includes('sched_1') && ids.includes('sched_5__part_i') && !ids.some((id) => id.startsWith('part_viii__sched')), ids.join(' '));
    assert.deepStrictEqual(act.problems(IE_ELECTORAL_SCHEDULE_PARTS, 'reference-outside-unit'), []);
    // must not: inside a schedule, a part written at the schedule's level stays the schedule's (legislation.gov.uk's "## SCHEDULE 1"
    // then "## Part 1"), and a second schedule after it closes both
    const uk = act.unitIds('## SCHEDULE 1\n\n## Part 1\n\n1 Words.\n\n## SCHEDULE 2\n\n1 Words.\n');
    assert.ok(uk.includes('sched_1__part_1') && uk.includes('sched_2'), uk.join(' '));
  });

  it('"subsection (1)*(b)*": the letter in italics right after the subsection\'s bracket is its paragraph (b)', () => {
    // before: "subsection (1)" alone, the letter dropped (and "subsection (4A)*(a)* of section 5" lost its section)
    const cited = parseReferences(IE_INSURANCE_ITALIC_AFTER_BRACKET, { language: 'en', offset: 0 }).map((r) => `${r.text}: ${r.targets.map((t) => t.path.map((step) => `${step.kind} ${step.number}`).join('/')).join()}`);
    assert.deepStrictEqual(cited, ['subsection (1)*(b): subsection 1/unspecified b']);
    assert.deepStrictEqual(parseReferences('in subsection (4A)*(a)* of section 5', { language: 'en', offset: 0 }).map((r) => r.targets.map((t) => t.path.map((step) => step.number).join('/')).join()), ['5/4A/a']);
    // must not: a mark between two brackets that open no italic letter stays a mark ("(a)*(b)" with no closing mark)
    assert.deepStrictEqual(parseReferences('subsection (1)*(b) and', { language: 'en', offset: 0 }).map((r) => r.text), ['subsection (1)']);
  });
});
