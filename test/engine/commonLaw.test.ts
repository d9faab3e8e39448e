// Common-law statutes as converters give them (Canada's Justice Laws via laws-lois-markdown, US bills): a section's
// part cited from its section's number ("subsection 12(6.1)", "paragraph 103(2)(b)"), units put between two ("(6.1)",
// "(a.1)", "(iii.1)"), historical notes citing the annual statutes ("2003, c. 8, s. 14"), Acts named in italics, and
// amending instructions that quote the text they strike. Each rule has a case where it must not apply.
import * as assert from 'node:assert';
import { checkDocument } from '../../server/src/engine/checks';
import { parseReferences } from '../../server/src/engine/references/grammar';
import { uriOf, workspaceOf } from '../helpers/workspace';
import { IN_DMA_CLAUSE_GB, IN_SBI_SECTION_19, IN_DPDP_HEAD, IN_DPDP_SECTION_44_2, IN_IT_ACT_PART_1_HEAD, IN_IT_ACT_PART_2_HEAD, IN_IT_ACT_SECTION_81, AU_ACTS_INTERPRETATION_2B, AU_ACTS_INTERPRETATION_2C, AU_ACTS_INTERPRETATION_PERSON, IN_IT_ACT_FOOTNOTES, IN_IT_ACT_SECTION_1, AU_LEGISLATION_ACT_15V_7, AU_ACTS_INTERPRETATION_33 } from './commonLawOtherText';
import { parseDocument } from '../../server/src/engine/document';
import { UK_NI_PENSIONS_ARTICLE_3, CA_ENERGY_DOMESTIC_GAS_DEFINITIONS, CA_ENERGY_DOMESTIC_OIL_DEFINITIONS, UK_SENEDD_SECTION_5, UK_YORK_LGFA_1988_MODIFIED, CA_COMPETITION_RELATED_PROVISIONS, CA_COMPETITION_SECTIONS_82_83, CA_PIPEDA_NOTES_IN_SCHEDULE_1, CA_PIPEDA_SCHEDULE_1, CA_COMPETITION_SECTIONS_96_97, CA_FIREARMS_SECTION_12, CA_FIREARMS_SECTION_19, CA_PIPEDA_SECTION_7_3, UK_DIOCESES_MEASURE_SECTIONS_1_TO_3, UK_DIOCESES_SCHEDULE_1, UK_DIOCESES_SCHEDULE_1_PARAGRAPHS_1_TO_3, UK_DIOCESES_SCHEDULE_2_PARAGRAPHS_1_TO_5, UK_PAYMENT_CARD_INTERPRETATION, UK_SCARWEATHER_ARTICLE_5, UK_SCARWEATHER_SCHEDULE_1, UK_YORK_ARTICLES_1_AND_10, CA_MLA_DEFINITION_PARAGRAPH, CA_COMPETITION_EARLIER_VERSION, CA_EXTRADITION_SECTIONS_4_AND_84_TO_130, CA_EVIDENCE_SECTION_38_01 } from './commonLawText';

const URI = uriOf('act.md');
const FRONT = '---\nid: firearms-act\ntitle: Firearms Act\nlanguage: en\ntype: law\n---\n# Firearms Act\n\n';

/** Each citation's text and where each of its targets goes (unit id, or status). */
function resolutions(text: string): Array<[string, string]> {
  return workspaceOf({ 'act.md': FRONT + text }).resolved(URI)
    .map((r) => [r.reference.text.replace(/\s+/g, ' '), r.targets.map((t) => (t.status === 'resolved' ? t.unitId : t.status)).join(' | ')]);
}

/** The text after `end` in the document made of `text`, up to 12 characters. */
function textAfter(text: string, end: number): string {
  return (FRONT + text).slice(end, end + 12);
}

function errors(text: string): string[] {
  return checkDocument(workspaceOf({ 'act.md': FRONT + text }), URI).filter((d) => d.severity === 'error').map((d) => d.message);
}

/** Each citation of `text` as "kind number/…" per target. */
function paths(text: string, language = 'en'): string[] {
  return parseReferences(text, { language }).map((r) => r.targets.map((t) => t.path.map((s) => `${s.kind} ${s.number}`).join('/')).join(' | '));
}

describe('engine: common-law statutes as converters give them', () => {
  it('"subsection 12(6.1)", "paragraph 19(1)(a.1)": the number is the section, the bracketed parts its subsection and paragraph', () => {
    const text = `${CA_FIREARMS_SECTION_12}\n\n${CA_FIREARMS_SECTION_19}\n\n### 20 Note\n\nSee paragraph 19(1)(a.1), subparagraph 19(1)(b)(iv) and subsections 12(6) to (7). See also subparagraph 19(1)(b)(iii.1).\n`;
    const found = new Map(resolutions(text));
    assert.strictEqual(found.get('subsection 12(6.1)'), 'sec_12__para_6.1');
    assert.strictEqual(found.get('subsection 12(9)'), 'sec_12__para_9');
    assert.strictEqual(found.get('paragraph 19(1)(a.1)'), 'sec_19__para_1__subpara_a.1');
    // "(iv)" after "(iii.1)" goes on with the roman run
    assert.strictEqual(found.get('subparagraph 19(1)(b)(iv)'), 'sec_19__para_1__subpara_b__clause_iv');
    // a roman unit put between two: "(iii.1)"
    assert.strictEqual(found.get('subparagraph 19(1)(b)(iii.1)'), 'sec_19__para_1__subpara_b__clause_iii.1');
    assert.strictEqual(found.get('subsections 12(6) to (7)'), 'sec_12__para_6');
    // each bullet is one unit: "- (a.1)" and "- (iii.1)" hold no empty item before their marker
    const bullets = parseDocument(URI, FRONT + CA_FIREARMS_SECTION_19).units.filter((u) => /^sec_19__para_1__subpara_(?:a|a\.1|b__clause_iii|b__clause_iii\.1)(?:__|$)/.test(u.id));
    assert.deepStrictEqual(bullets.map((u) => u.id), ['sec_19__para_1__subpara_a', 'sec_19__para_1__subpara_a.1', 'sec_19__para_1__subpara_b__clause_iii', 'sec_19__para_1__subpara_b__clause_iii.1']);
    assert.deepStrictEqual(errors(text), []);
  });

  it('"(c.1)" after "(c)" is a paragraph put between two, not the roman clause 100 of (c): "subparagraph 7(3)(c.1)(i)" is found', () => {
    const text = `${CA_PIPEDA_SECTION_7_3}\n\n### 8 Note\n\nSee subparagraph 7(3)(c.1)(i) and paragraph 7(3)(c.2).\n`;
    const ids = parseDocument(URI, FRONT + text).units.map((u) => u.id);
    assert.deepStrictEqual(ids.filter((id) => /^sec_7__para_3__subpara_c/.test(id)), [
      'sec_7__para_3__subpara_c', 'sec_7__para_3__subpara_c.1', 'sec_7__para_3__subpara_c.1__clause_i', 'sec_7__para_3__subpara_c.1__clause_ii',
      'sec_7__para_3__subpara_c.1__clause_iii', 'sec_7__para_3__subpara_c.1__clause_iv', 'sec_7__para_3__subpara_c.2',
    ]);
    assert.deepStrictEqual(errors(text), []);
  });

  it('"(2A)", "(3AB)": subsections inserted in capitals (Acts Interpretation Act 1901, s. 33): "subsections (3A) and (3AB)" are found', () => {
    const found = resolutions(`${AU_ACTS_INTERPRETATION_33}\nSee subsections 33(2A) and 33(3AB), and subsection 33(3AD).\n`);
    assert.deepStrictEqual(found.find(([text]) => text.startsWith('subsections (3A)')), ['subsections (3A) and (3AB)', 'sec_33__para_3a | sec_33__para_3ab']);
    // must not: a number not there is still reported
    assert.ok(errors(`${AU_ACTS_INTERPRETATION_33}\nSee subsection 33(3AD).\n`).some((message) => /no subsection 3AD/.test(message)));
  });

  it('must not: a treaty\'s "paragraph 2(b) of article 7" (one bracketed part) stays paragraph 2, subparagraph (b); "section 25, subsection 27(1)" is two sections', () => {
    assert.deepStrictEqual(paths('paragraph 2(b) of article 7'), ['article 7/paragraph 2/unspecified b']);
    assert.deepStrictEqual(paths('under section 25, subsection 27(1) or (2) or section 69.2'), ['section 25', 'section 27/subsection 1 | section 27/subsection 2', 'section 69/unspecified 2']);
    // "489.1 and 490": the second is a section, not a part of 489
    assert.deepStrictEqual(paths('sections 489.1 and 490'), ['section 489/unspecified 1 | section 490']);
    // a Spanish "artículo 5.2 y 3" is paragraphs 2 and 3 of article 5, as before
    assert.deepStrictEqual(paths('el artículo 5.2 y 3', 'es'), ['article 5/unspecified 2 | article 5/unspecified 3']);
  });

  it('a historical note citing the annual statutes ("2003, c. 8, s. 14") names a section of that Act; "See s. 14." alone is this Act\'s', () => {
    // sections 12 and 19: a section 14 would be among them
    const act = `${CA_FIREARMS_SECTION_12}\n\n${CA_FIREARMS_SECTION_19}`;
    assert.deepStrictEqual(errors(act), []);
    const note = workspaceOf({ 'act.md': FRONT + act }).resolved(URI).find((r) => r.reference.text === 's. 14');
    assert.strictEqual(note?.targets[0].status, 'external');
    assert.match(note?.targets[0].reason ?? '', /"2003, c\. 8" is not a document in the workspace/);
    const own = errors(`${act}\n\nSee s. 14.\n`);
    assert.strictEqual(own.length, 1, own.join('\n'));
    assert.match(own[0], /"s\. 14": this document has no section 14/);
  });

  it('the chapter before a section is its Act in every form of the citation ("R.S., 1985, c. C-46", "(2nd Supp.)", "S.C. 2018"); in Italian "c." is a comma', () => {
    const anchors = (text: string, language = 'en') => parseReferences(text, { language }).map((r) => `${r.text} → ${r.anchor.kind === 'instrument' ? r.anchor.name : r.anchor.kind}`);
    assert.deepStrictEqual(anchors('- R.S., 1985, c. C-46, s. 2; R.S., c. 27 (2nd Supp.), s. 10; S.C. 2018, c. 16, s. 194; 2019, c. 25, s. 3.1'), [
      's. 2 → R.S., 1985, c. C-46', 's. 10 → R.S., c. 27 (2nd Supp.)', 's. 194 → S.C. 2018, c. 16', 's. 3.1 → 2019, c. 25',
    ]);
    // must not: no chapter word before the comma, or a chapter word that is not English
    assert.deepStrictEqual(anchors('under paragraph (c), section 5 applies'), ['paragraph (c) → none', 'section 5 → none']);
    assert.deepStrictEqual(anchors("ai sensi dell'art. 3, c. 2, art. 7", 'it').map((a) => a.endsWith('→ none')), [true, true]);
  });

  it('"SCHEDULE 1 THE SCHEDULED WORKS Article 2(1)" (a schedule\'s heading on one plain line, lex) opens schedule 1: "this Schedule" is found, its paragraphs are its own', () => {
    const order = `Section 3) **Development consent**\n\n1) Text.\n\n${UK_SCARWEATHER_SCHEDULE_1}\n\n${UK_DIOCESES_SCHEDULE_1}\n`;
    const model = parseDocument(URI, FRONT + order);
    assert.deepStrictEqual(model.units.filter((u) => u.kind === 'schedule').map((u) => [u.number, u.title]), [['1', 'THE SCHEDULED WORKS'], ['1', 'The Dioceses Commission']]);
    assert.ok(model.units.some((u) => u.id.startsWith('sched_1') && u.kind === 'paragraph' && u.number === '2'), 'paragraph 2) is schedule 1\'s');
    const found = new Map(resolutions(order));
    assert.match(found.get('this Schedule') ?? '', /^sched_1/);
    // "reference point 277406E, 184576N": a grid reference, no citation of points
    assert.ok(![...found.keys()].some((text) => /277406E/.test(text)), [...found.keys()].join(' / '));
    // must not: a sentence that begins with a schedule's name stays text
    assert.strictEqual(parseDocument(URI, FRONT + 'Section 3) **Schedules**\n\nSchedule 2 contains consequential amendments and repeals. \n').units.filter((u) => u.kind === 'schedule').length, 0);
  });

  it('"4) " alone, then "1) …", "2) …" (lex): the sub-paragraphs of paragraph 4, numbered as written; "3) Four members …" after "2) 1) … 2) …" is paragraph 3', () => {
    const measure = `${UK_DIOCESES_SCHEDULE_1_PARAGRAPHS_1_TO_3}\n\n${UK_DIOCESES_SCHEDULE_2_PARAGRAPHS_1_TO_5}\n`;
    const ids = parseDocument(URI, FRONT + measure).units.map((u) => u.id);
    const numbered = ids.filter((id) => /^sched_\d__para_\d+(?:__subpara_\d+)?$/.test(id));
    assert.deepStrictEqual(numbered, [
      'sched_1__para_1', 'sched_1__para_2', 'sched_1__para_2__subpara_1', 'sched_1__para_2__subpara_2', 'sched_1__para_3',
      'sched_2__para_1', 'sched_2__para_2', 'sched_2__para_3', 'sched_2__para_4',
      'sched_2__para_4__subpara_1', 'sched_2__para_4__subpara_2', 'sched_2__para_4__subpara_3', 'sched_2__para_4__subpara_4', 'sched_2__para_4__subpara_5',
      'sched_2__para_5', 'sched_2__para_5__subpara_1',
    ]);
    // "Where sub-paragraph (1)(a) above applies" in 4(2): paragraph 4's own sub-paragraph (1), its point (a)
    const found = new Map(resolutions(measure));
    assert.strictEqual(found.get('sub-paragraph (1)(a) above'), 'sched_2__para_4__subpara_1__subpara_a');
    const reported = checkDocument(workspaceOf({ 'act.md': FRONT + measure }), URI).filter((d) => d.code === 'duplicate-unit');
    assert.deepStrictEqual(reported.map((d) => d.message), []);
  });

  it('"In this article" in an order whose converter headed its articles "Section 5)" is that provision; "this section" in a law of articles stays unchecked', () => {
    const found = new Map(resolutions(UK_SCARWEATHER_ARTICLE_5));
    assert.strictEqual(found.get('this article'), 'sec_5');
    // must not: a law that has articles, or a section asked for (a grouping of articles as often)
    const withArticle = new Map(resolutions(`### Article 1 Scope\n\n${UK_SCARWEATHER_ARTICLE_5}`));
    assert.strictEqual(withArticle.get('this article'), 'unresolved');
    assert.strictEqual(new Map(resolutions('### Article 1 Scope\n\nThe rules of this section apply.\n')).get('this section'), 'unresolved');
  });

  it('"The provisions in the 2011 Act referred to in paragraph (1) are—": the items\' sections are that Act\'s, however far from the name', () => {
    assert.deepStrictEqual(errors(UK_YORK_ARTICLES_1_AND_10), []);
    const found = new Map(resolutions(UK_YORK_ARTICLES_1_AND_10));
    assert.strictEqual(found.get('section 214'), 'external');
    // must not: a list whose lead-in names no instrument keeps its citations this Act's
    const own = errors(UK_YORK_ARTICLES_1_AND_10.replace('The provisions in the 2011 Act referred to in paragraph (1) are—', 'The provisions referred to in paragraph (1) are—'));
    assert.ok(own.some((message) => /"section 214": this document has no section 214/.test(message)), own.join('\n'));
  });

  it('"paragraph 2A of Schedule 8 to the European Union (Withdrawal) Act 2018": a schedule of that Act; "Schedules 1 to 3" stays a range', () => {
    const anchors = (text: string) => parseReferences(text, { language: 'en' }).map((r) => `${r.text} → ${r.anchor.kind === 'instrument' ? r.anchor.name : r.anchor.kind}`);
    assert.deepStrictEqual(anchors('3) See also paragraph 2A of Schedule 8 to the European Union (Withdrawal) Act 2018 (c.16)  ... . '), [
      'paragraph 2A of Schedule 8 to the European Union (Withdrawal) Act 2018 → European Union (Withdrawal) Act 2018',
    ]);
    assert.deepStrictEqual(anchors('amend paragraph 6 of Schedule 9 to the Political Parties, Elections and Referendums Act 2000 (c. 41)'), [
      'paragraph 6 of Schedule 9 to the Political Parties, Elections and Referendums Act 2000 → Political Parties, Elections and Referendums Act 2000',
    ]);
    // must not: a range, and "to" before words that name no instrument
    assert.deepStrictEqual(anchors('Schedules 1 to 3 apply, and paragraph 3 of Schedule 2 to the extent that it applies'), ['Schedules 1 to 3 → none', 'paragraph 3 of Schedule 2 → none']);
  });

  it('an Act named in italics ("section 810 of the *Criminal Code*") is that Act, not this one', () => {
    assert.deepStrictEqual(resolutions('### 20 Orders\n\n(2) Despite subsection 14(2), a justice has jurisdiction to make an order under section 810 of the *Criminal Code*.\n')
      .filter(([text]) => text.startsWith('section 810')), [['section 810 of the *Criminal Code', 'external']]);
  });

  it('an agreement named by its defined term in bold ("Article 8.1 of the **Agreement**", Investment Canada Act section 14.1) is that agreement, not this Act', () => {
    // laws/en/acts/I-21.8-investment-canada-act.md, line 466 (verbatim but for its list's indentation), under a section of this Act
    const item = '- (i) a **natural person** within the meaning of Article 8.1 of the **Agreement** as defined in section 2 of the *Canada-European Union Comprehensive Economic and Trade Agreement Implementation Act*,';
    const found = resolutions(`### 14.1 Net benefit\n\n(1) In this section,\n\n${item}\n`);
    assert.deepStrictEqual(found.filter(([text]) => text.startsWith('Article 8.1')), [['Article 8.1 of the **Agreement', 'external']]);
    assert.deepStrictEqual(errors(`### 14.1 Net benefit\n\n(1) In this section,\n\n${item}\n`), []);
  });

  it('an aside between commas before what the units are of (", as the case may be, of the *Canada Transportation Act*", Competition Act section 29.1) cites that Act', () => {
    // laws/en/acts/C-34-competition-act.md, lines 16–18 and 891 (verbatim): section 1, and a subsection of section 29.1
    const line = '(4) The information communicated under subsection (1) may be used only for the purposes of section 53.1 or 53.2 or any of sections 53.71 to 53.81, as the case may be, of the *Canada Transportation Act*.';
    const text = `### 1 Short title\n\nThis Act may be cited as the *Competition Act*.\n\n### 29.1 Communication to Minister of Transport\n\n${line}\n`;
    assert.deepStrictEqual(resolutions(text).filter(([cited]) => cited.startsWith('section 53.1') || cited.startsWith('sections 53.71')).map(([, target]) => target), ['external | external', 'external']);
    assert.ok(!errors(text).some((message) => /53\.(?:1|71)/.test(message)), errors(text).join('\n'));
    // without the Act after the aside, the sections are this Act's, and this Act has none of them
    assert.ok(errors(text.replace(', of the *Canada Transportation Act*', '')).some((message) => /53\.71/.test(message)));
    // a capitalised word between the commas is no aside: the units are not read as of what follows
    assert.ok(errors(text.replace(', as the case may be, of', ', Canada Transportation Act, of')).some((message) => /53\.71/.test(message)));
  });

  it('units "of that Schedule" (PIPEDA section 14) are of the schedule named before, not of the section they stand in', () => {
    // laws/en/acts/P-8.6-personal-information-protection-and-electronic-documents-act.md, line 815 (verbatim), under section 14
    const line = '(1) A complainant may, after receiving the Commissioner’s report or being notified under subsection 12.2(3) that the investigation of the complaint has been discontinued, apply to the Court for a hearing in respect of any matter in respect of which the complaint was made, or that is referred to in the Commissioner’s report, and that is referred to in clause 4.1.3, 4.2, 4.3.3, 4.4, 4.6, 4.7 or 4.8 of Schedule 1, in clause 4.3, 4.5 or 4.9 of that Schedule as modified or clarified by Division 1 or 1.1, in subsection 5(3) or 8(6) or (7), in section 10 or in Division 1.1.';
    const text = `### 14 Application\n\n${line}\n`;
    assert.deepStrictEqual(resolutions(text).filter(([cited]) => cited.startsWith('clause 4.3,')).map(([, target]) => target), ['external | external | external']);
    assert.ok(!errors(text).some((message) => message.includes('clause 4.3, 4.5 or 4.9')), errors(text).join('\n'));
    // "of this Schedule" is not anaphoric: still read against the section it stands in
    assert.ok(errors(text.replace('of that Schedule', 'of this section')).some((message) => message.includes('clause 4.3, 4.5 or 4.9')));
  });

  it('after a comma, lower units followed by "of section 8" are of section 8 (India Code: "section 5, sub-sections (3) and (7) of section 8"), not of the unit before the comma', () => {
    // The Digital Personal Data Protection Act, 2023 as India Code's converter gives it (lines 692 and 38, verbatim)
    assert.deepStrictEqual(paths('Fiduciaries to whom the provisions of section 5, sub-sections (3) and (7) of section 8 and sections 10'),
      ['section 5', 'section 8/subsection 3 | section 8/subsection 7 | section 10']);
    assert.deepStrictEqual(paths('Eighteen Months from 13th November, 2025--- Ss. 3 to 5, sub-sections (1) to (8) and (10) of s. 6, ss. 7 to 17, s. 27 except').slice(0, 2),
      // ranges by their first unit: "Ss. 3 to 5"; "sub-sections (1) to (8) and (10) of s. 6, ss. 7 to 17, s. 27"
      ['section 3', 'section 6/subsection 1 | section 6/subsection 10 | section 7 | section 27']);
    // with no unit after them, they are still the lower units of the one before the comma ("section 5, subsection (3)")
    assert.deepStrictEqual(paths('the provisions of section 5, sub-sections (3) and (7) apply'), ['section 5/subsection 3 | section 5/subsection 7']);
    // nor after "of" an instrument's unit: "section 2, subsection (3) of title 18" is section 2(3) of that title
    assert.deepStrictEqual(paths('section 2, subsection (3) of title 18').slice(0, 1), ['section 2/subsection 3']);
  });

  it('a US amending instruction quotes what it strikes: "strike “subsection 252(b)” and insert “section 252(b)”" cites the amended Act', () => {
    const bill = (line: string) => `### SEC. 1. SHORT TITLE.\n\nThis Act may be cited as the Test Act.\n\n### SEC. 2. AMENDMENTS.\n\n${line}\n`;
    assert.deepStrictEqual(errors(bill('(3) In section 254(c)(3)(A), strike “subsection 1(b)” and insert “section 1(b)”.')), []);
    // must not: the same citation outside an amending instruction is reported
    const reported = errors(bill('(3) As provided in subsection 1(b), the amounts apply.'));
    assert.strictEqual(reported.length, 1, reported.join('\n'));
    assert.match(reported[0], /section 1 has no subsection \(b\)/);
  });

  it('UK amending instructions ("omit subsections (2) to (5)", "for “the body” substitute “…”", "after paragraph (a) insert “or”", "there were substituted") cite the amended Act', () => {
    // verbatim lines of the Legislation (Wales) Act 2019 and the York and North Yorkshire Combined Authority Order 2023 (lex)
    const amending = [
      '\tb) omit subsections (2) to (5). ',
      '\tb) in subsection (1)(b), for “the body” substitute “the Combined Authority” . ',
      '\t\tii) after paragraph (a) insert “or” ; ',
      // a modification "as if … there were substituted" (the York order applying another Act)
      '\te) in subsection (3)(f) for “the London Assembly” there were substituted “the Combined Authority” ; ',
    ].join('\n');
    assert.deepStrictEqual(errors(`### SEC. 1. AMENDMENTS.\n\n${amending}\n`), []);
    // must not: "substitute" as a plain verb, and a citation of this Act in the same words
    const plain = errors('### SEC. 1. DATES.\n\n1) The Minister may substitute a later date for the date in subsection (5).\n');
    assert.strictEqual(plain.length, 1, plain.join('\n'));
    assert.match(plain[0], /subsection \(5\)/);
  });

  it('"Section 2) **Dioceses Commission**" (legislation.gov.uk as i-dot-ai/lex writes it) opens section 2, whose "1)", "2)" are its own', () => {
    const model = parseDocument(URI, FRONT + UK_DIOCESES_MEASURE_SECTIONS_1_TO_3);
    assert.deepStrictEqual(model.units.filter((u) => u.kind === 'section').map((u) => [u.number, u.title]),
      [['1', 'General duty'], ['2', 'Dioceses Commission'], ['3', 'Review of provincial and diocesan structure']]);
    assert.deepStrictEqual(checkDocument(workspaceOf({ 'act.md': FRONT + UK_DIOCESES_MEASURE_SECTIONS_1_TO_3 }), URI).filter((d) => d.code === 'duplicate-unit'), []);
    // must not: a line that goes on in plain words after "Section 4)" is text, not a heading
    assert.deepStrictEqual(parseDocument(URI, FRONT + 'Section 4) the Commission shall report.\n').units.filter((u) => u.kind === 'section'), []);
  });

  it('"section 40(1) of the 2013 Act": an act the regulations name by its year; "of the 2024 Convention" is not read so', () => {
    const cited = workspaceOf({ 'act.md': FRONT + UK_PAYMENT_CARD_INTERPRETATION }).resolved(URI).find((r) => r.reference.text.startsWith('section 40(1)'));
    assert.deepStrictEqual(cited?.reference.anchor.kind === 'instrument' && cited.reference.anchor.name, '2013 Act');
    assert.strictEqual(cited?.targets[0].status, 'external');
    assert.deepStrictEqual(paths('article 5 of the 2024 Convention'), ['article 5']);
    assert.strictEqual(parseReferences('article 5 of the 2024 Convention', { language: 'en' })[0].anchor.kind, 'none');
  });

  describe('Justice Canada\'s consolidations: a repealed section headed by its number alone, and the amending Acts\' related provisions', () => {
    it('"### 129 and 130", "### 89 to 128": a heading holds every number it names (Extradition Act: "an Act repealed by section 129 or 130")', () => {
      const found = resolutions(CA_EXTRADITION_SECTIONS_4_AND_84_TO_130 + '\n\nSee section 100 and section 131.\n');
      assert.deepStrictEqual(found.filter(([text]) => /^section (?:129|130|100|131)/.test(text)), [
        ['section 129 or 130', 'sec_129 | sec_129'],
        ['section 129 of this Act', 'sec_129'],
        ['section 130 of this Act', 'sec_129'],
        ['section 100 and section 131', 'sec_89 | external'],
      ]);
    });
    it('"**Schedule**" in bold before subsection (8) is the marginal note of section 38.01 (Canada Evidence Act), not the Act\'s schedule: "subsections 38.01(8)" is found', () => {
      const found = resolutions(CA_EVIDENCE_SECTION_38_01 + '\n\n## SCHEDULE  Designated Entities\n\n(Paragraph 38.01(6)(d), subsections 38.01(8) and 38.02(1.1))\n');
      assert.deepStrictEqual(found.find(([text]) => text.startsWith('subsections 38.01(8)'))?.[1].split(' | ')[0], 'sec_38.01__para_8');
    });
    it('must not: a schedule named without a number in capitals ("**SCHEDULE**") or plain ("Schedule") on its own line is still a heading', () => {
      for (const line of ['**SCHEDULE**', 'Schedule']) {
        const model = parseDocument(uriOf('act.md'), `${FRONT}### 1 Scope\n\nText.\n\n${line}\n\n(1) An entity.\n`);
        assert.ok(model.units.some((unit) => unit.kind === 'schedule'), line);
      }
    });
    it('must not: a heading whose title only starts with a number ("### 5 and 6 of the former Act") or names numbers out of order ("### 5 and 3") holds only its own', () => {
      const found = resolutions('### 5 and 6 of the former Act\n\nText.\n\n### 7 and 3\n\nSee section 6 and section 3.\n');
      assert.deepStrictEqual(found, [['section 6 and section 3', 'unresolved | external']]);
    });
    const front = '---\nid: competition-act\ntitle: Competition Act\nlanguage: en\ntype: law\n---\n# Competition Act\n\n';
    const own = '### 12 Definitions\n\nIn this Act, a term has its meaning.\n\n### 54 Offence\n\nNo person shall do it.\n\n### 92 Order\n\nThe Tribunal may make an order.\n\n### 95 Exception for joint ventures\n\nSee sections 92 and 96.\n\n';
    const act = own + CA_COMPETITION_SECTIONS_96_97 + '\n\n' + CA_COMPETITION_RELATED_PROVISIONS + '\n';
    const model = () => parseDocument(uriOf('competition.md'), front + act);
    const problems = (text: string) => checkDocument(workspaceOf({ 'competition.md': front + text }), uriOf('competition.md'));

    it('"### 96" alone between sections 95 and 97 is section 96, and "section 96" finds it', () => {
      const ids = model().units.filter((u) => u.headingDepth > 0).map((u) => u.id);
      assert.deepStrictEqual(ids, ['sec_12', 'sec_54', 'sec_92', 'sec_95', 'sec_96', 'sec_97']);
      const cited = workspaceOf({ 'competition.md': front + act }).resolved(uriOf('competition.md')).find((r) => r.reference.text === 'sections 92 and 96');
      assert.deepStrictEqual(cited?.targets.map((t) => t.unitId), ['sec_92', 'sec_96']);
    });

    it('the sections under "### — 1999, c. 2, ss. 38 to 40" are the amending Act\'s: no units here, no duplicates, and their "sections 410 and 429" are not reported', () => {
      // every heading section of the related provisions (61, 38–40, 54, 440, 12, 267, 268) is left out of the tree
      assert.ok(!model().units.some((u) => /_dup|^sec_(?:61|38|39|40|440|267|268)$/.test(u.id)));
      const reported = problems(act).filter((d) => d.severity === 'error' || d.severity === 'warning').map((d) => d.message);
      // what they cite of the Competition Act by name is checked against it (this excerpt lacks those sections) …
      assert.ok(reported.length > 0 && reported.every((message) => /of the \*Competition Act/.test(message)), reported.join('\n'));
      // … and nothing they cite of their own Act ("sections 410 and 429", "section 235", "subsection 249(2)")
      assert.ok(!reported.some((message) => /\b(?:410|429|235|249)\b/.test(message)));
    });

    it('must not: a number alone out of sequence ("### 2018" after section 97) is no section; a dashed heading that credits nothing closes no text to checks', () => {
      const year = own + CA_COMPETITION_SECTIONS_96_97 + '\n\n### 2018\n\nSee section 2018.\n';
      assert.ok(!model().units.some((u) => u.id === 'sec_2018') && !parseDocument(uriOf('competition.md'), front + year).units.some((u) => u.id === 'sec_2018'));
      const dashed = own + '### — Transitional\n\n### 13 Transition\n\nSee sections 60 and 70.\n';
      assert.deepStrictEqual(problems(dashed).filter((d) => d.severity === 'error').map((d) => d.message.replace(/ \(.*$/, '')), [
        '"sections 60 and 70": this document has no section 60', '"sections 60 and 70": this document has no section 70',
      ]);
    });
  });

  it('"subparagraphs 82(b)(i) to (iv)" of a section lettered with no subsections: the range\'s end is read as its start, the section\'s number first', () => {
    const found = new Map(resolutions(CA_COMPETITION_SECTIONS_82_83));
    assert.strictEqual(found.get('subparagraphs 82(b)(i) to (iv)'), 'sec_82__subsec_b__clause_i');
    const range = workspaceOf({ 'act.md': FRONT + CA_COMPETITION_SECTIONS_82_83 }).resolved(URI).find((r) => r.reference.text === 'subparagraphs 82(b)(i) to (iv)');
    assert.strictEqual(range?.targets[0].throughUnitId, 'sec_82__subsec_b__clause_iv');
    assert.deepStrictEqual(errors(CA_COMPETITION_SECTIONS_82_83), []);
    // must not: a range whose end section 82 lacks is still reported
    assert.strictEqual(errors(CA_COMPETITION_SECTIONS_82_83.replace('subparagraphs 82(b)(i) to (iv)', 'subparagraphs 82(b)(i) to (vi)')).length, 1);
  });

  it('"clause 4.3 of Schedule 1" where the copy holds Schedule 1\'s heading and margin note only: not checked, and said why', () => {
    const text = `### 2 Definitions\n\n${CA_PIPEDA_NOTES_IN_SCHEDULE_1}\n\n${CA_PIPEDA_SCHEDULE_1}\n`;
    assert.deepStrictEqual(errors(text), []);
    const cited = workspaceOf({ 'act.md': FRONT + text }).resolved(URI).find((r) => r.reference.text === 'clause 4.3 or 4.9 of Schedule 1');
    assert.match(cited?.targets[0].reason ?? '', /holds no text in this copy, only its heading/);
    // must not: a schedule with text of its own and no clause 4.3 is reported
    const withText = text.replace('(Section 5)', '(Section 5)\n\nThe principles are those of the Code, as set out by the Association.');
    assert.strictEqual(errors(withText).length, 2);
  });

  it('"- `Australia` means …" (bold italics a converter turned into code) defines "Australia"; "- `person`: see section 2C." points to section 2C\'s “person”, no second definition', () => {
    const text = `## Part 2—Definitions\n\n${AU_ACTS_INTERPRETATION_2B}\n${AU_ACTS_INTERPRETATION_PERSON}\n\n${AU_ACTS_INTERPRETATION_2C}\n`;
    const definitions = parseDocument(URI, FRONT + text).definitions;
    assert.strictEqual(definitions.find((d) => d.term === 'Australia')?.body.slice(0, 36), 'the Commonwealth of Australia and, w');
    assert.deepStrictEqual(definitions.filter((d) => d.term === 'person').map((d) => d.body.slice(0, 14)), ['see section 2C', definitions.filter((d) => d.term === 'person')[1]?.body.slice(0, 14)]);
    assert.strictEqual(definitions.filter((d) => d.term === 'person').length, 2);
    assert.deepStrictEqual(checkDocument(workspaceOf({ 'act.md': FRONT + text }), URI).filter((d) => d.code === 'duplicate-definition'), []);
    // must not: two definitions of one term that say different things are still reported
    const twice = `${text}\n### 2D Other\n\nIn this Act:\n- \`person\` means an individual.\n- \`land\` means land.\n\n### 2E Again\n\nIn this Act:\n- \`person\` means a company.\n`;
    assert.strictEqual(checkDocument(workspaceOf({ 'act.md': FRONT + twice }), URI).filter((d) => d.code === 'duplicate-definition').length >= 1, true);
  });

  it('"- Note: See also section 15B." under a defined term (Australian drafting) is a note, no definition of "Note"', () => {
    const text = `## Part 2—Definitions\n\n${AU_ACTS_INTERPRETATION_2B}\n`;
    const terms = parseDocument(URI, FRONT + text).definitions.map((d) => d.term);
    assert.ok(!terms.includes('Note'), terms.join(', '));
    assert.ok(terms.includes('Administrative Arrangements Order') && terms.includes('Australia'), terms.join(', '));
    // must not: a term of a colon list that only begins like a label is still defined
    const glossary = parseDocument(URI, FRONT + '### 3 Definitions\n\nIn this Act:\n- Notes issuer: a bank that issues notes.\n- Note: See also section 15B.\n').definitions.map((d) => d.term);
    assert.deepStrictEqual(glossary, ['Notes issuer']);
  });

  it('"^2" then "[(4) Nothing in this Act …" (India Code: a footnote\'s mark and the bracket around an amended sub-section) is sub-section (4)', () => {
    const ids = parseDocument(URI, FRONT + IN_IT_ACT_SECTION_1).units.map((u) => u.id);
    assert.deepStrictEqual(ids.filter((id) => /^sec_1__para_\d$/.test(id)), ['sec_1__para_1', 'sec_1__para_2', 'sec_1__para_3', 'sec_1__para_4', 'sec_1__para_5']);
    assert.strictEqual(new Map(resolutions(IN_IT_ACT_SECTION_1)).get('sub-section (4)'), 'sec_1__para_4');
    // must not: a bracket that opens no marker ("[Omitted by …]") opens no unit
    const omitted = parseDocument(URI, FRONT + '## Section 2 - Omitted.\n\n(1) Text.\n\n[Omitted by Act 7 of 2017, s. 169.]\n').units.map((u) => u.id);
    assert.deepStrictEqual(omitted.filter((id) => id.startsWith('sec_2__')), ['sec_2__para_1']);
  });

  it('"Subs. by s. 169, ibid., for …" cites the Act the footnote before names, not this one', () => {
    const text = `## Section 48 - Establishment of Appellate Tribunal.\n\n(1) Text.\n\n${IN_IT_ACT_FOOTNOTES}\n`;
    const cited = workspaceOf({ 'act.md': FRONT + text }).resolved(URI).filter((r) => r.reference.text === 's. 169');
    assert.ok(cited.length >= 3);
    assert.ok(cited.filter((r) => /ibid/.test(textAfter(text, r.reference.span.end))).every((r) => r.status === 'external' && /"ibid\."/.test(r.targets[0].reason ?? '')));
    assert.deepStrictEqual(errors(text), []);
    // must not: "s. 169" with no "ibid." after it is this Act's section 169, and reported when it has none
    assert.deepStrictEqual(errors('## Section 48 - Tribunal.\n\n(1) Text under s. 49 of this Act.\n\n## Section 50 - Staff.\n\n(1) Text.\n'), ['"s. 49 of this Act": this document has no section 49 (it has sections 48–50).']);
  });

  it('"In section 51 (limit on number of Ministers) of the 2006 Act—": the items amend that section, and the subsections inserted without quotation marks cite it', () => {
    assert.deepStrictEqual(parseReferences('In section 51 (limit on number of Ministers) of the 2006 Act— ', { language: 'en' }).map((r) => [r.text, r.anchor.kind]), [['section 51 (limit on number of Ministers) of the 2006 Act', 'instrument']]);
    const text = `Section 4) **Other**\nThe Welsh Ministers may act.\n\n${UK_SENEDD_SECTION_5}\n`;
    // (the excerpts leave out the subsections (2) and (6) the sections also cite)
    assert.deepStrictEqual(errors(text).filter((message) => /"paragraph\s\((a|2)\)/.test(message)), []);
    const found = workspaceOf({ 'act.md': FRONT + text }).resolved(URI);
    const inserted = found.filter((r) => /^subsection \((1|3)\)$/.test(r.reference.text) && (FRONT + text).lastIndexOf('\n', r.reference.span.start) > (FRONT + text).indexOf('insert— '));
    assert.ok(inserted.length >= 3 && inserted.every((r) => r.status === 'external' && /after subsection \(2\) insert—/.test(r.targets[0].reason ?? '')), JSON.stringify(inserted.map((r) => r.targets[0].reason)));
    // must not: past the inserted text, the instruction list goes on ("c) …"), and a citation there is checked as before
    const goesOn = text.replace('\t5) A statutory', '\tc) in subsection (9), for “x” substitute “y” ;\n\t5) A statutory');
    const after = workspaceOf({ 'act.md': FRONT + goesOn }).resolved(URI).find((r) => r.reference.text === 'subsection (9)');
    assert.ok(after && !/insert—/.test(after.targets[0].reason ?? ''));
  });

  it('"1) The Local Government Finance Act 1988 is modified as follows.": the provision\'s later paragraphs cite that Act', () => {
    const text = `Section 6) **Other**\nThe Combined Authority may act.\n\n${UK_YORK_LGFA_1988_MODIFIED}\n`;
    assert.deepStrictEqual(errors(text), []);
    const cited = workspaceOf({ 'act.md': FRONT + text }).resolved(URI).filter((r) => /^section 11[45]$/.test(r.reference.text));
    assert.ok(cited.length === 2 && cited.every((r) => r.status === 'external' && /Local Government Finance Act 1988/.test(r.targets[0].reason ?? '')), JSON.stringify(cited.map((r) => r.targets[0].reason)));
    // must not: an opening paragraph that modifies nothing leaves the citations to this document
    const plain = text.replace('The Local Government Finance Act 1988  is modified as follows.', 'The Combined Authority is the authority for the area.');
    assert.notStrictEqual(plain, text);
    assert.ok(errors(plain).some((message) => /no subsection 1E/.test(message)), errors(plain).join("\n"));
  });

  it('an Act split into files of one title (India Code as converted, parts 1 and 2): "section 81 of The Information Technology Act, 2000" and part 1\'s "section 81" find part 2\'s', () => {
    const files = {
      'it-1.md': `${IN_IT_ACT_PART_1_HEAD}\n\n${IN_IT_ACT_SECTION_1}\n\n## Section 2 - Definitions.\n\n(1) As provided in section 81.\n`,
      'it-2.md': `${IN_IT_ACT_PART_2_HEAD}\n\n${IN_IT_ACT_SECTION_81}\n`,
      'dpdp.md': `${IN_DPDP_HEAD}\n\n## Section 44 - Amendments.\n\n(1) Text.\n\n${IN_DPDP_SECTION_44_2}\n`,
    };
    const workspace = workspaceOf(files);
    const found = (file: string, text: string) => workspace.resolved(uriOf(file)).find((r) => r.reference.text === text)?.targets.map((t) => `${t.status} ${t.documentId ?? ''} ${t.unitId ?? ''}`.trim());
    // "The Information Technology Act, 2000 (21 of 2000) shall be amended in the following manner, namely:---": its items cite that Act
    assert.deepStrictEqual(found('dpdp.md', 'section 81'), ['resolved it-2 sec_81']);
    assert.deepStrictEqual(found('it-1.md', 'section 81'), ['resolved it-2 sec_81']);
    // "(a) section 43A shall be omitted;": the Act's section, which the amendment removes, is not reported
    assert.deepStrictEqual(checkDocument(workspace, uriOf('dpdp.md')).filter((d) => d.severity === 'error' && /43A/.test(d.message)), []);
    // must not: a document of another title holds no part of it; part 1 of 2 says the section is not in the workspace
    const other = workspaceOf({ ...files, 'it-2.md': files['it-2.md'].replace('title: "The Information Technology Act, 2000"', 'title: "The Telegraph Act, 1885"') });
    const alone = other.resolved(uriOf('it-1.md')).find((r) => r.reference.text === 'section 81')?.targets[0];
    assert.deepStrictEqual([alone?.status, alone?.notInWorkspace, alone?.reason], ['external', true, 'section 81 is not in the workspace (this document holds sections 1–2 only)']);
    // and a whole Act ("parts: 1") still reports a section it lacks
    const whole = workspaceOf({ 'it-1.md': files['it-1.md'].replace('parts: 2', 'parts: 1') });
    assert.deepStrictEqual(whole.resolved(uriOf('it-1.md')).find((r) => r.reference.text === 'section 81')?.targets.map((t) => t.status), ['unresolved']);
  });

  it('"^4[(b) such number of managing directors …" (a footnote\'s mark and an amendment\'s bracket, no space) is clause (b); "this clause" in an Explanation after "(gb) …" is clause (gb)', () => {
    const section = `${IN_SBI_SECTION_19}\n\n## Section 20 - Term of office.\n\n(1) A director nominated under clause (b) or clause (cb) of section 19 holds office.\n`;
    const ids = parseDocument(URI, FRONT + section).units.map((u) => u.id).filter((id) => /^sec_19__subsec_[a-z]{1,2}$/.test(id));
    assert.deepStrictEqual(ids.map((id) => id.replace(/^.*_/, '')), ['a', 'b', 'c', 'ca', 'cb', 'd', 'e', 'f']);
    assert.deepStrictEqual(errors(section), []);
    const definitions = `## Section 2 - Definitions.\n\nIn this Act, unless the context otherwise requires,--\n\n${IN_DMA_CLAUSE_GB}\n`;
    const clause = workspaceOf({ 'act.md': FRONT + definitions }).resolved(URI).find((r) => r.reference.text === 'this clause');
    assert.deepStrictEqual(clause?.targets.map((t) => t.unitId?.replace(/^.*_/, '')), ['gb']);
    // must not: "this clause" with no lettered item around or before it is still reported
    assert.strictEqual(errors('## Section 3 - Powers.\n\n(1) The Authority may--\n\n(a) act--\n\n(i) at once;\n\n(ii) later.\n\n## Section 4 - Duties.\n\nFor the purposes of this clause, the Authority shall act.\n').length, 1);
  });

  it('"price" defined "In this Part," in two parts whose headings show no part ("## Domestic Oil", "## Domestic Gas"): not reported as defined twice', () => {
    const text = `${CA_ENERGY_DOMESTIC_OIL_DEFINITIONS}\n\n${CA_ENERGY_DOMESTIC_GAS_DEFINITIONS}\n`;
    const duplicates = (body: string) => checkDocument(workspaceOf({ 'act.md': FRONT + body }), URI).filter((d) => d.code === 'duplicate-definition');
    assert.ok(parseDocument(URI, FRONT + text).definitions.filter((d) => d.term === 'price').length === 2);
    assert.deepStrictEqual(duplicates(text), []);
    // must not: the same lists "In this Act," define "price" twice in one scope, and that is reported
    assert.ok(duplicates(text.replace(/In this Part,/g, 'In this Act,')).some((d) => /“price”/.test(d.message)));
  });

  it('"4) At the end of that section there shall be added the following subsections— " then "9)", "10)", "11)": new text at the instruction\'s own level, until "5)" goes on with the instructions', () => {
    const found = workspaceOf({ 'act.md': FRONT + UK_NI_PENSIONS_ARTICLE_3 }).resolved(URI);
    const text = FRONT + UK_NI_PENSIONS_ARTICLE_3;
    const added = text.indexOf('there shall be added the following subsections');
    const next = text.indexOf('\n5) ', added);
    const inserted = found.filter((r) => r.reference.span.start > added && r.reference.span.start < next && r.reference.anchor.kind === 'none');
    // what the structure reads as this article's own subsections ("9)" … "11)" at its level) may resolve; nothing is reported
    assert.ok(inserted.length >= 3 && inserted.every((r) => r.status !== 'unresolved'), JSON.stringify(inserted.map((r) => [r.reference.text, r.status])));
    assert.ok(inserted.some((r) => /there shall be added the following subsections/.test(r.targets[0].reason ?? '')));
    // must not: a citation after "5) …", where the instructions go on, is not read as new text
    const after = found.filter((r) => r.reference.span.start > next);
    assert.ok(after.every((r) => !/added the following subsections/.test(r.targets[0]?.reason ?? '')));
    assert.deepStrictEqual(errors(UK_NI_PENSIONS_ARTICLE_3).filter((message) => /subsections \(10\) and \(11\)|paragraph \(c\) of subsection \(2\)/.test(message)), []);
  });

  it('"paragraph (a) of the definition **agreement** in subsection 2(1)", "paragraph (2)(q) of that definition": a part of a definition, not checked against the provision the citation stands in', () => {
    const text = `${CA_MLA_DEFINITION_PARAGRAPH}\n\n### 15V Editorial changes\n\n${AU_LEGISLATION_ACT_15V_7}\n\n### 15X Definition of editorial change\n\n(1) Text.\n\n(2) More text.\n`;
    // (the excerpts leave out the subsections (2) and (6) the sections also cite)
    assert.deepStrictEqual(errors(text).filter((message) => /"paragraph\s\((a|2)\)/.test(message)), []);
    const found = workspaceOf({ 'act.md': FRONT + text }).resolved(URI);
    // (the Australian text has no-break spaces: "paragraph\u00a0(2)(m)")
    const parts = found.filter((r) => /^paragraph\s\((a|2)\)/.test(r.reference.text));
    assert.deepStrictEqual(parts.map((r) => [r.reference.text.replace(/\s/g, ' '), r.status, r.targets[0].reason?.replace(/\s/g, ' ')]), [
      ['paragraph (a)', 'external', 'paragraph (a) is a part of the definition of “agreement”, which is not checked'],
      ['paragraph (2)(m)', 'external', 'paragraph (2)(m) is a part of the definition of “editorial change”, which is not checked'],
      ['paragraph (2)(q)', 'external', 'paragraph (2)(q) is a part of a definition, which is not checked'],
    ]);
    // where the definition stands is still checked: "subsection 2(1)" and "subsection 15X(2)" are found
    assert.deepStrictEqual(new Map(resolutions(text)).get('subsection 2(1)'), 'sec_2__para_1');
    assert.deepStrictEqual(new Map(resolutions(text)).get('subsection 15X(2)'), 'sec_15x__para_2');
    // must not: a paragraph the section lacks, cited without the definition, is still reported
    assert.ok(errors(`${text}\nSee paragraph (z) of the Act and paragraph (q) of subsection (2).\n`).some((message) => /paragraph \(z\)|has no \(q\)|no paragraph \(q\)/.test(message)));
  });

  it('"paragraph 52(1)(a) as it read immediately before the coming into force of this Part": the text as it was, not checked against the text in force', () => {
    const text = CA_COMPETITION_EARLIER_VERSION;
    const found = workspaceOf({ 'act.md': FRONT + text }).resolved(URI);
    const earlier = found.filter((r) => /^paragraph 52\(1\)\([ad]\)$/.test(r.reference.text));
    assert.deepStrictEqual(earlier.map((r) => [r.reference.text, r.status, r.targets[0].reason]), [
      ['paragraph 52(1)(a)', 'external', 'paragraph 52(1)(a) is cited “as it read …”: the text in force may no longer hold it, and it is not checked'],
      ['paragraph 52(1)(d)', 'external', 'paragraph 52(1)(d) is cited “as it read …”: the text in force may no longer hold it, and it is not checked'],
    ]);
    assert.deepStrictEqual(errors(text).filter((message) => /52\(1\)/.test(message)), []);
    // must not: the same citation without those words is checked, and reported
    assert.ok(errors(text.replace(/ as it read immediately before the coming into force of this Part/g, '')).some((message) => /"paragraph 52\(1\)\(a\)"/.test(message)));
  });
});
