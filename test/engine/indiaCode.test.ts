// India Code's Acts as a converter gives them (Svetozar-Technologies/indian-law): a substituted section opens with a
// footnote's mark and a bracket, and gives its label and title again ("^1[21. Local Boards.--(1) There shall …"); a
// sub-section's bracket may close right after its marker ("^1[(1)] Subject to …"); each section ends with "### Footnotes"
// whose numbered notes ("1. Subs. by Act 35 of 1964, s. 5, for section 21") are no paragraphs of it, and cite the wording
// an amendment replaced. Each rule has a case where it must not apply.
import * as assert from 'node:assert';
import { checkDocument } from '../../server/src/engine/checks';
import { parseReferences } from '../../server/src/engine/references/grammar';
import { uriOf, workspaceOf } from '../helpers/workspace';
import { BUDS_CHAPTER_V, BUDS_SECTION_20, BENGAL_COURTS_FOOTNOTE, AIR_FORCE_SECTIONS_82_TO_84, ALIGARH_SECTION_29 } from './indiaCodeText';
import { CANTONMENTS_SECTION_12, RGIPT_SECTIONS_3_TO_8, RPF_SECTION_8, AFT_SECTION_22, ASSAM_RIFLES_SECTIONS_121_124, BIODIVERSITY_SECTION_8, IT_ACT_SECTION_69, LIC_SECTION_4C, SBI_SECTIONS_21_22, SPECIAL_MARRIAGE_SECTION_27, SPECIAL_MARRIAGE_SECTION_27A } from './indiaCodeText';

const URI = uriOf('act.md');
const FRONT = '---\nid: india-act\ntitle: An Act of India\nlanguage: en\ntype: law\n---\n# An Act of India\n\n';

function workspace(text: string) {
  return workspaceOf({ 'act.md': FRONT + text });
}

function unitIds(text: string): string[] {
  return workspace(text).get(URI)!.units.map((unit) => unit.id);
}

/** Each citation's text and where its targets go (unit id, or status and reason). */
function resolutions(text: string): Array<[string, string]> {
  return workspace(text).resolved(URI).map((r) => [r.reference.text.replace(/\s+/g, ' '),
    r.targets.map((t) => (t.status === 'resolved' ? t.unitId! : `${t.status}: ${t.reason ?? ''}`)).join(' | ')]);
}

function errors(text: string): string[] {
  return checkDocument(workspace(text), URI).filter((d) => d.severity === 'error').map((d) => d.message);
}

describe('engine: India Code as converted (amendment marks, restated labels, footnotes)', () => {
  it('"^1[21. Local Boards.--(1) There shall …": the label given again is no paragraph 21; sub-section (1) opens after the dash and holds clauses (a) to (e)', () => {
    const ids = unitIds(SBI_SECTIONS_21_22);
    assert.ok(ids.includes('sec_21__para_1'), ids.join(' '));
    assert.ok(!ids.includes('sec_21__para_21'), ids.join(' '));
    for (const clause of ['a', 'b', 'c', 'e']) assert.ok(ids.some((id) => id === `sec_21__para_1__subpara_${clause}`), `clause (${clause}) under sub-section (1): ${ids.join(' ')}`);
    assert.ok(ids.includes('sec_21__para_2') && ids.includes('sec_21__para_3') && ids.includes('sec_21__para_5'), ids.join(' '));
    // "under clause (c) of sub-section (1)" in sub-sections (2) and (5) of the same section
    const cited = resolutions(SBI_SECTIONS_21_22).filter(([text]) => text === 'clause (c) of sub-section (1)');
    assert.ok(cited.length >= 2, JSON.stringify(cited));
    for (const [, target] of cited.slice(0, 2)) assert.strictEqual(target, 'sec_21__para_1__subpara_c');
  });

  it('the label given again after a footnote\'s mark on a line of its own, its title over two lines ("^1\\n[69. Power … information\\nthrough any computer resource.--(1)"), or with no dash ("^1[4C. Related party transactions.(1)")', () => {
    const ids = unitIds(IT_ACT_SECTION_69);
    assert.ok(ids.includes('sec_69__para_1') && ids.includes('sec_69__para_2') && ids.includes('sec_69__para_3'), ids.join(' '));
    assert.ok(!ids.includes('sec_69__para_69'), ids.join(' '));
    assert.deepStrictEqual(errors(IT_ACT_SECTION_69), []);
    const lic = unitIds(LIC_SECTION_4C);
    const section = lic.find((id) => /^sec_4c$/i.test(id));
    assert.ok(section, lic.join(' '));
    for (const part of ['para_1', 'para_1__subpara_a', 'para_1__subpara_c', 'para_3', 'para_5']) assert.ok(lic.includes(`${section}__${part}`), `${part}: ${lic.join(' ')}`);
    assert.deepStrictEqual(errors(LIC_SECTION_4C), []);
  });

  it('a section whose "(1)" went with its label ("The Tribunal shall not admit an application--" then (a)–(c), then "(2)"): "clause (a) or clause (b) of sub-section (1)" are the opening paragraph\'s clauses', () => {
    const found = resolutions(AFT_SECTION_22);
    const clauses = found.find(([text]) => text === 'clause (a) or clause (b) of sub-section (1)');
    assert.ok(clauses, JSON.stringify(found));
    assert.deepStrictEqual(clauses![1].split(' | '), ['sec_22__subsec_a', 'sec_22__subsec_b']);
    assert.strictEqual(new Map(found).get('sub-section (1)'), 'sec_22__al_1');
    assert.deepStrictEqual(errors(AFT_SECTION_22).filter((message) => /sub-section \(1\)/.test(message)), []);
    // must not: where the section has a "(1)" of its own, or no "(2)", a missing sub-section is still missing
    assert.strictEqual(errors('## Section 5 - Terms.\n\nThe Board may act.\n\n(a) first;\n\n(b) second.\n\nAs said in sub-section (1).\n').length, 1);
    assert.strictEqual(errors('## Section 5 - Terms.\n\n(1) The Board may act.\n\n(2) As said in sub-section (3).\n').length, 1);
  });

  it('"for clause (d), the following clause shall be substituted, namely:—": the clause the amendment sets out, no following clause of this text', () => {
    // the Assam Reorganisation (Meghalaya) Act, 1969, section 76 (part-001.md, lines 1269-1274)
    const amending = '## Section 76 - Amendment of Act 37 of 1956.\n\nIn section 16 of the States Reorganisation Act, 1956, in\nsub-section (1) , for clause (d), the following clause shall be substituted, namely:—\n\n"(d) in the case of the Eastern Zone,—\n';
    assert.deepStrictEqual(errors(amending).filter((message) => /following/.test(message)), []);
    assert.match(new Map(resolutions(amending)).get('the following clause') ?? '', /^external: "the following clause" is the text an amending sentence sets out/);
    // must not: "the following section" where none follows, in a sentence that sets nothing out
    assert.strictEqual(errors('## Section 1 - Terms.\n\nThe Board shall act as the following section provides.\n').length, 1);
  });

  it('"… in addition to the amount specified in the First\\nSchedule" (a wrapped sentence): the lone "Schedule" ends the sentence and opens no schedule', () => {
    // the Hind Cycles Limited and Sen-Raleigh Limited (Nationalisation) Act, 1980, section 8 (3) (part-001.md, lines 186-188)
    const wrapped = '## Section 8 - Payment of further amount.\n\n(3) The amounts determined in accordance with the provisions of sub-sections (1) and (2) shall be\ngiven by the Central Government to the two companies in addition to the amount specified in the First\nSchedule\n\n## Section 9 - Management.\n\nThe general superintendence.\n';
    assert.ok(!unitIds(wrapped).some((id) => id.startsWith('sched')), unitIds(wrapped).join(' '));
    // must not: "SCHEDULE" in capitals after a sentence's end, or on a line of its own, is the schedule's heading
    const schedule = '## Section 9 - Management.\n\nThe general superintendence.\nSCHEDULE\n\n1. Hind Cycles Limited.\n';
    assert.ok(unitIds(schedule).some((id) => id.startsWith('sched')), unitIds(schedule).join(' '));
  });

  it('"the said sub-section (4)": the sub-section cited just before ("sub-section (4) of section 121"), not one of the section it stands in', () => {
    const found = resolutions(ASSAM_RIFLES_SECTIONS_121_124).filter(([text]) => text === 'sub-section (4)' || text === 'sub-section (5)');
    assert.deepStrictEqual(found.slice(-2), [['sub-section (4)', 'sec_121__para_4'], ['sub-section (5)', 'sec_121__para_5']]);
    assert.deepStrictEqual(errors(ASSAM_RIFLES_SECTIONS_121_124).filter((message) => /sub-section \((4|5)\)/.test(message)), []);
    // must not: with no "said", or nothing cited before with that number, a missing sub-section is missing
    const unsaid = ASSAM_RIFLES_SECTIONS_121_124.replace('under the said sub-section (4)', 'under sub-section (4)');
    assert.strictEqual(errors(unsaid).filter((message) => /"sub-section \(4\)"/.test(message)).length, 1);
    assert.strictEqual(errors('## Section 1 - Terms.\n\n(1) The Board may act.\n\n(2) Under the said sub-section (7), it shall not.\n').length, 1);
  });

  it('"clause (d) of sub-section (1) of section 21" where the text shows "^5*****" between clauses (c) and (e): omitted by an amendment, said so, no error', () => {
    const cited = new Map(resolutions(SBI_SECTIONS_21_22)).get('clause (d) of sub-section (1) of section 21') ?? '';
    assert.match(cited, /^external: section 21, subsection 1, clause d stood between \(c\) and \(e\), where the text shows "\* \* \*": it was omitted/);
    assert.deepStrictEqual(errors(SBI_SECTIONS_21_22).filter((message) => /clause \(d\)/.test(message)), []);
    // must not: with no asterisks between (c) and (e), a missing clause (d) is reported
    const noMark = SBI_SECTIONS_21_22.replace('^5*****\n\n', '');
    assert.strictEqual(errors(noMark).filter((message) => /"clause \(d\) of sub-section \(1\) of section 21"/.test(message)).length, 1);
  });

  it('"nominated under clause(d) ^6[of section 19]": the footnote\'s mark and bracket between a clause and its section (section 24 (3), lines 934-935)', () => {
    const line = '(3) The Central Government, ^4*** may remove from office any director ^5[appointed under clause (ca)\nor clause (cb) or nominated under clause(d) ^6[of section 19] ^7[or any member of a Local Board nominated';
    const paths = parseReferences(line, { language: 'en' }).map((r) => r.targets.map((t) => t.path.map((step) => `${step.kind} ${step.number}`).join('/')).join(' | '));
    assert.ok(paths.includes('section 19/clause d'), paths.join('; '));
  });

  it('"DirectorGeneral" beside "Director-General": the variant is reported, and the message says the hyphen was most likely lost at a line break', () => {
    const variants = checkDocument(workspace(RPF_SECTION_8), URI).filter((d) => d.code === 'inconsistent-variant').map((d) => d.message);
    const joined = variants.find((message) => message.startsWith('“DirectorGeneral”'));
    assert.ok(joined, variants.join('\n'));
    assert.match(joined!, /A capital inside “DirectorGeneral” says its hyphen was most likely lost where a line broke/);
    // must not: "courtmartial" beside "court-martial" has no capital inside: the plain message
    const plain = checkDocument(workspace('## Section 1 - Trials.\n\n(1) A court-martial may try him.\n\n(2) No trial by courtmartial shall be held.\n'), URI).filter((d) => d.code === 'inconsistent-variant');
    assert.strictEqual(plain.length, 1);
    assert.doesNotMatch(plain[0].message, /capital inside/);
  });

  it('a fence of backticks never closed (the rest of the Act read as code): one warning on the fence; "section 20" and the unused definitions are not reported', () => {
    const diagnostics = checkDocument(workspace(RGIPT_SECTIONS_3_TO_8), URI);
    const fence = diagnostics.filter((d) => d.code === 'unclosed-code-fence');
    assert.strictEqual(fence.length, 1);
    assert.match(fence[0].message, /never closed: the \d+ lines after it, with headings such as "## Section 7 - Vesting of properties\.", are read as code/);
    assert.deepStrictEqual(diagnostics.filter((d) => d.severity === 'error' || d.code === 'unused-definition').map((d) => d.message), []);
    assert.ok(!unitIds(RGIPT_SECTIONS_3_TO_8).includes('sec_7'), 'section 7 is inside the fence');
    // in a whole Act, a section after the fence is cited with the fence's reason
    const whole = '## Section 1 - Short title.\n\nThis Act may be called the Act.\n\n## Section 2 - Declaration.\n\nAs provided in section 7.\n\n' + RGIPT_SECTIONS_3_TO_8;
    assert.match(new Map(resolutions(whole)).get('section 7') ?? '', /^external: the code fence on line \d+ is never closed/);
    assert.deepStrictEqual(errors(whole), []);
    // must not: the fence closed, no warning, and a missing section is reported again
    const closed = RGIPT_SECTIONS_3_TO_8.replace('`````````````````\n', '`````````````````\n`````````````````\n');
    assert.deepStrictEqual(checkDocument(workspace(closed), URI).filter((d) => d.code === 'unclosed-code-fence'), []);
    assert.ok(unitIds(closed).includes('sec_7'), unitIds(closed).join(' '));
    const wholeClosed = whole.replace('`````````````````\n', '`````````````````\n`````````````````\n').replace('As provided in section 7.', 'As provided in section 70.');
    assert.ok(errors(wholeClosed).some((message) => /"section 70"/.test(message)), errors(wholeClosed).join('\n'));
  });

  it('"section 2of the Salary and Allowances … Act, 1977" (a PDF\'s space lost), "[clause (20) of section 2] of ^2[the Companies Act, 2013]": that Act\'s; "5bis", "12A" keep their letters', () => {
    // the Leaders and Chief Whips of Recognised Parties and Groups in Parliament (Facilities) Act, 1998 (part-001.md, lines 67-68)
    const line = '(ii)holds an office of the Leader of the Opposition as defined in section 2of the Salary and\nAllowances of Leaders of Opposition in Parliament Act, 1977 (33 of 1977); or';
    const read = parseReferences(line, { language: 'en' });
    assert.deepStrictEqual(read.map((r) => [r.targets[0].path.map((step) => `${step.kind} ${step.number}`).join('/'), r.anchor.kind]), [['section 2', 'instrument']]);
    // the Limited Liability Partnership Act, 2008, section 2 (1) (d) (part-001.md, line 57): brackets of two amendments around the words
    const bracketed = '(d) "body corporate" means a company as defined in ^3[clause (20) of section 2] of ^2[the Companies Act, 2013 (18 of 2013)] and includes--';
    assert.deepStrictEqual(parseReferences(bracketed, { language: 'en' }).map((r) => [r.targets[0].path.map((step) => `${step.kind} ${step.number}`).join('/'), r.anchor.kind === 'instrument' ? r.anchor.name : r.anchor.kind]),
      [['section 2/clause 20', 'Companies Act, 2013']]);
    // the Bharatiya Nagarik Suraksha Sanhita, 2023, section 215 (1) (a) (part-003.md, lines 1366-1367): an aside with a number,
    // broken over two lines, between the range and the code it is of, named in Hindi ("Sanhita", a code)
    const aside = '(a) (i) of any offence punishable under sections 206 to 223 (both inclusive but excluding section\n209) of the Bharatiya Nyaya Sanhita, 2023; or';
    const range = parseReferences(aside, { language: 'en' })[0];
    assert.strictEqual(range.anchor.kind === 'instrument' ? range.anchor.name : range.anchor.kind, 'Bharatiya Nyaya Sanhita, 2023');
    const numbers = (text: string, language: string) => parseReferences(text, { language }).map((r) => r.targets[0].path[0].number);
    assert.deepStrictEqual(numbers('under section 12A of this Act', 'en'), ['12A']);
    assert.deepStrictEqual(numbers("prévu à l'article 5bis", 'fr'), ['5bis']);
  });

  it('"designated under sub-section (1) and includes … designated as such\\nunder sub-section (2) of section 5": sub-section (1) is section 5\'s too, not a missing one of the definitions\' section', () => {
    // the Right to Information Act, 2005, section 2 (c) (part-001.md, lines 51-53), in a section 2 of clauses only
    const text = '## Section 2 - Definitions.\n\nIn this Act, unless the context otherwise requires,--\n\n(a) "appropriate Government" means the Central Government;\n\n' +
      '(c) "Central Public Information Officer" means the Central Public Information Officer designated\nunder sub-section (1) and includes a Central Assistant Public Information Officer designated as such\nunder sub-section (2) of section 5;\n';
    assert.deepStrictEqual(errors(text).filter((message) => /"sub-section \(1\)"/.test(message)), []);
    assert.match(new Map(resolutions(text)).get('sub-section (1)') ?? '', /^external: .*the list goes on with "sub-section \(2\) of section 5"/);
    // must not: a sentence ended between the two, the bare sub-section is this section's, and missing
    const ended = text.replace('under sub-section (1) and includes', 'under sub-section (1). It includes');
    assert.strictEqual(errors(ended).filter((message) => /"sub-section \(1\)"/.test(message)).length, 1);
  });

  it('"(2)" after an unmarked opening paragraph and its items "(i)" to "(iv)" is the section\'s sub-section (2), not a part of item (iv)', () => {
    const ids = unitIds(CANTONMENTS_SECTION_12);
    for (const id of ['sec_12__al_1', 'sec_12__clause_iv', 'sec_12__para_2', 'sec_12__para_3', 'sec_12__para_3__subpara_a', 'sec_12__para_8']) assert.ok(ids.includes(id), `${id}: ${ids.join(' ')}`);
    const cited = 'As provided in sub-section (8) of section 12 and clauses (b) and (f) of sub-section (3) of section 12.\n';
    assert.deepStrictEqual(errors(CANTONMENTS_SECTION_12 + '\n## Section 13 - Other.\n\n' + cited), []);
    // must not: "(2)" under an item of a sub-section "(1)" written with its marker stays where it was read
    const marked = unitIds('## Section 4 - Terms.\n\n(1) The Board consists of--\n\n(a) the chairman;\n\n(b) the members.\n\n(2) The Board meets.\n');
    assert.ok(marked.includes('sec_4__para_1__subpara_b') && marked.includes('sec_4__para_2'), marked.join(' '));
  });

  it('a range that runs on past the file into the next file of the same Act (front matter "part: 3", "parts: 7"): external, saying which file holds its end', () => {
    // the converter's front matter and headings of the Bharatiya Nagarik Suraksha Sanhita, 2023 (part-003.md and part-004.md)
    const front = (part: number) => `---\ntitle: "The Bharatiya Nagarik Suraksha Sanhita, 2023"\nlanguage: en\npart: ${part}\nparts: 7\nline_limit: 1500\n---\n# The Bharatiya Nagarik Suraksha Sanhita, 2023\n\n`;
    const third = front(3) + '## Section 216 - Procedure for witnesses in case of threatening, etc.\n\nText.\n\n## Section 217 - Prosecution for offences against State and for criminal conspiracy to commit such offence.\n\nAs under sections 216 to 219 of this Sanhita.\n';
    const fourth = front(4) + '## Section 218 - Prosecution of Judges and public servants.\n\nText.\n\n## Section 219 - Prosecution for offences against marriage.\n\nText.\n';
    const ws = workspaceOf({ 'part-003.md': third, 'part-004.md': fourth });
    const range = ws.resolved(uriOf('part-003.md')).find((r) => /216 to 219/.test(r.reference.text));
    assert.ok(range, 'the range is read');
    assert.ok(range!.targets.every((t) => t.status !== 'unresolved'), JSON.stringify(range!.targets));
    assert.match(range!.targets.map((t) => t.reason ?? '').join(' '), /runs on past this file into another file of the same text \("part-004"\), which holds section 219/);
    assert.deepStrictEqual(checkDocument(ws, uriOf('part-003.md')).filter((d) => d.severity === 'error'), []);
    // must not: a range past the Act's end, in no file, is reported
    const past = workspaceOf({ 'part-003.md': third.replace('216 to 219', '216 to 299'), 'part-004.md': fourth });
    assert.strictEqual(checkDocument(past, uriOf('part-003.md')).filter((d) => d.severity === 'error').length, 1);
  });

  it('the notes under "### Footnotes" number no paragraph of the section ("1. Subs. by Act 35 of 1964 …" is no sub-section (1) given twice)', () => {
    const ids = unitIds(SBI_SECTIONS_21_22);
    assert.ok(!ids.some((id) => /_dup\d/.test(id)), ids.join(' '));
    assert.ok(!ids.includes('sec_21__para_9'), 'nine footnotes are no nine paragraphs');
    // the footnotes stay in the section they annotate: a hover on section 21 shows them
    const model = workspace(SBI_SECTIONS_21_22).get(URI)!;
    const section = model.units.find((unit) => unit.id === 'sec_21')!;
    assert.match(model.text.slice(section.span.start, section.span.end), /Subs\. by Act 35 of 1964, s\. 5, for section 21/);
  });

  it('"2. Subs. by s. 10, ibid., for clauses (a), (b) and (c)" in the footnotes cites the wording replaced: no error, and the hover says why', () => {
    assert.deepStrictEqual(errors(BIODIVERSITY_SECTION_8), []);
    const note = resolutions(BIODIVERSITY_SECTION_8).find(([text]) => text === 'clauses (a), (b) and (c)');
    assert.ok(note, 'the citation is read');
    assert.ok(note![1].split(' | ').every((target) => target.startsWith('external: ')), note![1]);
    // a clause cited in the notes that the reading of "s. 10" does not explain: the notes' own reason
    const alone = BIODIVERSITY_SECTION_8.replace('2. Subs. by s. 10, ibid., for clauses (a), (b) and (c)', '2. Formerly clause (k) read differently');
    assert.deepStrictEqual(errors(alone), []);
    assert.match(new Map(resolutions(alone)).get('clause (k)') ?? '', /^external: it stands in the notes under "Footnotes", which cite provisions as they were before an amendment/);
  });

  it('a missing unit cited in the section\'s own text, above its footnotes, is still an error: "sub-section (7)" of a section of five', () => {
    const cited = `${BIODIVERSITY_SECTION_8.replace('### Footnotes', '(5) The members appointed under sub-section (7) shall hold office for three years.\n\n### Footnotes')}`;
    assert.deepStrictEqual(errors(cited).map((message) => message.replace(/:.*$/, '')), ['"sub-section (7)"']);
  });

  it('"^1[(1)] Subject to …": the bracket closed after the marker; "clause (h) of sub-section (1) of section 27" is found', () => {
    const text = SPECIAL_MARRIAGE_SECTION_27 + '\n' + SPECIAL_MARRIAGE_SECTION_27A;
    const ids = unitIds(text);
    assert.ok(ids.includes('sec_27__para_1__subpara_h') || ids.includes('sec_27__para_1__subsec_h'), ids.filter((id) => id.startsWith('sec_27__')).join(' '));
    const found = new Map(resolutions(text));
    assert.match(found.get('clause (h) of sub-section (1) of section 27') ?? '', /^sec_27__para_1__sub(?:para|sec)_h$/);
    assert.deepStrictEqual(errors(text), []);
  });

  it('must not: a section\'s later paragraph "2." whose words end in a dash is its paragraph 2, and "[1. Introduction](#intro)" is a link, not a marker', () => {
    const restatedOnlyFirst = '## Section 2 - Powers.\n\n1. The Board may act.\n\n2. Exception.--The Board shall not act under paragraph 1 at night.\n';
    const ids = unitIds(restatedOnlyFirst);
    assert.ok(ids.includes('sec_2__para_1') && ids.includes('sec_2__para_2'), ids.join(' '));
    const linked = '## Section 3 - Contents.\n\n^1[1. Introduction](#intro) is set out below.\n\n(1) The text.\n';
    assert.ok(!unitIds(linked).includes('sec_3__para_1_dup2'), unitIds(linked).join(' '));
    // "2. Powers.--(1) …" as section 2's first words where the section is numbered 3: no label of its own, a paragraph
    const other = '## Section 3 - Powers.\n\n2. Powers.--(1) The Board may act.\n';
    assert.ok(unitIds(other).includes('sec_3__para_2'), unitIds(other).join(' '));
  });

  it('"Part 1 of 2" on a line of its own (the converter\'s header over the first file of a long Act) is no citation of a part; "section 9" in a sentence still is checked', () => {
    // the converter's header, verbatim (the-states-reorganisation-act-1956/part-001.md, lines 11-12)
    const header = 'Language: English\nPart 1 of 2\nSections: 1 to 50\n\n## Section 1 - Short title.\n\nThis Act may be called the States Reorganisation Act, 1956.\n';
    assert.deepStrictEqual(errors(header), []);
    assert.match(new Map(resolutions(header)).get('Part 1') ?? '', /^external: the line "Part 1 of …" numbers this file among the files a converter split the text into/);
    assert.deepStrictEqual(errors(header + '\nThe States formed by section 9.\n').length, 1);
  });

  it('"sub-section (1) of section 64 and sub-section (2) of section 66 respectively of the Marine Insurance Act, 1963": both are that Act\'s', () => {
    // the Admiralty (Jurisdiction and Settlement of Maritime Claims) Act, 2017, section 2's Explanation (part-001.md, lines 162-163)
    const explanation = '## Section 2 - Definitions.\n\n(1) In this Act, unless the context otherwise requires,--\n\n(q) "maritime claim" means a claim.\n\n' +
      'Explanation.— For the purposes of clause (q), the expressions “particular average” and “general average” shall have the same meanings as assigned to them in sub-section (1) of section 64 and\n' +
      'sub-section (2) of section 66 respectively of the Marine Insurance Act, 1963 (11 of 1963).\n';
    assert.deepStrictEqual(errors(explanation), []);
    const found = resolutions(explanation).filter(([text]) => /section 6[46]/.test(text));
    assert.strictEqual(found.length, 2, JSON.stringify(found));
    for (const [, target] of found) assert.match(target, /^external: .*Marine Insurance Act/);
    // ", respectively, of" too; without the Act's name after it the sections are this document's, and missing
    assert.deepStrictEqual(errors('## Section 3 - Terms.\n\nAs defined in sections 64 and 66, respectively, of the Marine Insurance Act, 1963.\n'), []);
    assert.strictEqual(errors('## Section 1 - Short title.\n\nThis Act may be called the Terms Act.\n\n## Section 2 - Terms.\n\nAs defined in sections 64 and 66 respectively.\n').length, 2);
  });

  it('"under clause (1) of article 172" in an Act of sections with no article: another instrument\'s (the Constitution), said as a reason, not an error', () => {
    // the Andhra State Act, 1953 (part-001.md, lines 246-248), in an Act of sections
    const act = '## Section 1 - Short title.\n\nThis Act may be called the Andhra State Act, 1953.\n\n## Section 2 - Duration of Assemblies.\n\n' +
      '(1) The period of five years referred to in clause (1) of\narticle 172 for which the Legislative Assembly of the State of Madras shall continue.\n';
    assert.deepStrictEqual(errors(act), []);
    assert.match(new Map(resolutions(act)).get('clause (1) of article 172') ?? '', /^external: this document numbers its provisions as sections and has no article at all/);
    // must not: in a document of articles, or a law that implements a treaty, a missing article is reported
    assert.strictEqual(errors('## Article 1\n\nText.\n\n## Article 2\n\nAs provided in article 172.\n').length, 1);
    const implementing = workspaceOf({ 'act.md': '---\nid: draft\ntitle: Draft Act\ntype: law\nlanguage: en\nimplements: [some-treaty]\n---\n# Draft Act\n\n' + act });
    assert.strictEqual(checkDocument(implementing, URI).filter((d) => d.severity === 'error').length, 1);
  });

  it('must not: a heading "Notes" is notes, "Notice of appeal" is not', () => {
    const text = '## Section 4 - Appeals.\n\n### Notice of appeal\n\n(1) An appeal lies to the Tribunal.\n\n(2) It is made within thirty days of sub-section (1).\n';
    const ids = unitIds(text);
    assert.ok(ids.includes('sec_4__para_1') && ids.includes('sec_4__para_2'), ids.join(' '));
    const notes = '## Section 4 - Appeals.\n\n(1) An appeal lies to the Tribunal.\n\n### Notes\n\n1. Ins. by Act 2 of 2001.\n';
    assert.ok(!unitIds(notes).includes('sec_4__para_1_dup2'), unitIds(notes).join(' '));
  });

  it('"( 2 ) … under this section" in a chapter whose sections a PDF ran into the text, and "This cl." in a footnote, are not checked', () => {
    const outside = (text: string) => checkDocument(workspace(text), URI).filter((d) => d.code === 'reference-outside-unit').map((d) => d.message);
    // (a section read before the chapter, written for the test: the Act's other sections are read)
    const chapter = `## Section 1 - Short title.\n\n(1) Text.\n\n${BUDS_CHAPTER_V}\n${BUDS_SECTION_20}`;
    assert.deepStrictEqual(outside(chapter), []);
    assert.match(workspace(chapter).resolved(URI).find((r) => r.reference.text === 'this section')!.targets[0].reason ?? '', /chapter v, whose text shows no section at all/);
    assert.deepStrictEqual(outside(`## Section 25 - Jurisdiction.\n\n(1) Text.\n\n${BENGAL_COURTS_FOOTNOTE}`), []);
    // must not: in a chapter whose sections are read, "this section" before the first of them is reported; so it is before any heading
    assert.strictEqual(outside('## CHAPTER V\n\nThe provisions of this section apply.\n\n### Section 12 - Priority.\n\n(1) Text.\n').length, 1);
    assert.strictEqual(outside('The provisions of this section apply.\n\n## Section 12 - Priority.\n\n(1) Text.\n').length, 1);
  });

  it('"clause (b) or clause (c)" after "clauses (a), (b) and (c) of the said section" in the same sentence are those clauses; "the said clauses (a) and (b)" too', () => {
    const cited = resolutions(AIR_FORCE_SECTIONS_82_TO_84);
    assert.deepStrictEqual(errors(AIR_FORCE_SECTIONS_82_TO_84), []);
    const same = cited.filter(([words]) => words === 'clause (b) or clause (c)' || words === 'clauses (a) and (b)');
    assert.strictEqual(same.length, 2);
    for (const [, where] of same) assert.match(where, /^external: .*(?:cites it before|cited before)/);
    // must not: a clause the section lacks, cited in a sentence of its own, is still reported
    assert.strictEqual(errors(AIR_FORCE_SECTIONS_82_TO_84.replace('punishment specified in clause (a).', 'punishment specified in clause (a). It is subject to clause (k).')).length, 1);
  });

  it('"sub-section (1) other than those enumerated in clauses (k) and (p)": clauses (k) and (p) of that sub-section', () => {
    const cited = resolutions(ALIGARH_SECTION_29);
    assert.deepStrictEqual(errors(ALIGARH_SECTION_29), []);
    assert.deepStrictEqual(cited.find(([words]) => words === 'clauses (k) and (p)')?.[1], 'sec_29__para_1__subpara_k | sec_29__para_1__subpara_p');
  });
});
