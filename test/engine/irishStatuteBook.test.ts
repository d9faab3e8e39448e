// Acts of Ireland as the Irish Statute Book gives them (legalize-ie): a section's number given again where its text starts, the
// first paragraph run in with its subsection, letters in italics, amendment marks, words left out, provisions of other texts
// cited in the forms Irish drafting uses ("the said section 21", "Article 57(1)(r)" of the GDPR, a list of another Act's
// provisions repealed). Each rule has a case where it must not apply.
import * as assert from 'node:assert';
import { oneDocument } from '../helpers/oneDocument';
import {
  IE_DEPUTY_CHAIRMAN, IE_DPA_GDPR, IE_DPA_REPEALS, IE_DPA_STAFF, IE_ELECTORAL_SCHEDULES, IE_FISHERIES_DIVISION, IE_FISHERIES_ELIDED,
  IE_FISHERIES_POSTPONED, IE_HYDROCARBON_SAID, IE_MILLING_SAID, IE_ROADS_ABANDONMENT, IE_CUSTOMS_TABLE, IE_FISHERIES_INSERTED,
  IE_INCOME_TAX_ITALIC, IE_DPA_COMMUNICATION, IE_CONSTITUTION_SCHEDULE, IE_INSERTED_CLAUSE,
} from './irishStatuteBookText';

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
    const text = `${sections(1)}\n${IE_DPA_REPEALS}`;
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
});
