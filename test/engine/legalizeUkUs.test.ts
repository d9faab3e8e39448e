// Statutes as legalize-dev converts legislation.gov.uk and uscode.house.gov, read whole as a user brings them: a UK Act's
// sections are headed by their numbers alone ("##### 1") under their titles; text an amendment inserts stands in a
// blockquote; the U.S. Code gives one section a file, its title heading twice, and the editor's notes after it. Each rule
// has a case where it must not apply.
import * as assert from 'node:assert';
import { checkDocument } from '../../server/src/engine/checks';
import { parseReferences } from '../../server/src/engine/references/grammar';
import { uriOf, workspaceOf } from '../helpers/workspace';
import {
  UK_AGRICULTURE_ACT_1964_END, UK_COMPUTER_MISUSE_ACT_1990, UK_CRIMINAL_ATTEMPTS_ACT_1981, UK_STOCK_EXCHANGE_ACT_1976,
  UK_STOCK_TRANSFER_ACT_1963, US_18_USC_1030, US_18_USC_2511, US_18_USC_2701, UK_FRAUD_ACT_2006, UK_PRESUMPTION_OF_DEATH_ACT_2013,
  UK_BRIBERY_ACT_2010, UK_WALES_COMMENCEMENT_ORDER_1999, UK_CONSUMER_INSURANCE_ACT_2012, US_18_USC_2256,
  UK_HRA_1998_SECTIONS_1_2, UK_HRA_1998_SCHEDULE_1, UK_1998_43_PARAGRAPH_10, UK_NIA_2008_7_SECTION_5, UK_ASP_2004_9_SECTIONS_1_9,
} from './legalizeUkUsText';

const URI = uriOf('act.md');

function workspace(text: string) {
  return workspaceOf({ 'act.md': text });
}

/** Each citation's text and where its targets go (unit id, or status and reason). */
function resolutions(text: string): Array<[string, string]> {
  return workspace(text).resolved(URI).map((r) => [r.reference.text.replace(/\s+/g, ' '),
    r.targets.map((t) => (t.status === 'resolved' ? t.unitId! : `${t.status}: ${t.reason ?? ''}`)).join(' | ')]);
}

function diagnostics(text: string, severity?: string): string[] {
  return checkDocument(workspace(text), URI).filter((d) => !severity || d.severity === severity).map((d) => `${d.code}: ${d.message}`);
}

function resolutionOf(text: string, citation: string): string {
  const found = resolutions(text).find(([words]) => words === citation);
  assert.ok(found, `"${citation}" read as a citation`);
  return found[1];
}

describe('engine: legislation.gov.uk and the U.S. Code as legalize-dev converts them', () => {
  it('"#### Attempting to commit an offence" then "##### 1": lone numbers rising at one depth are sections, titled by the heading above; "section 1 above" resolves', () => {
    const model = workspace(UK_CRIMINAL_ATTEMPTS_ACT_1981).get(URI)!;
    const sections = model.units.filter((unit) => unit.kind === 'section').map((unit) => unit.number);
    for (let n = 1; n <= 12; n++) assert.ok(sections.includes(String(n)), `section ${n}: ${sections.join(' ')}`);
    assert.strictEqual(model.unitsById.get('sec_1')?.title, 'Attempting to commit an offence');
    assert.strictEqual(resolutionOf(UK_CRIMINAL_ATTEMPTS_ACT_1981, 'section 1 above'), 'sec_1');
    assert.deepStrictEqual(diagnostics(UK_CRIMINAL_ATTEMPTS_ACT_1981, 'error'), []);
  });

  it('"##### 3A" and "##### 16A" after section 18 are the sections inserted later; "this section" in them is theirs', () => {
    const model = workspace(UK_COMPUTER_MISUSE_ACT_1990).get(URI)!;
    const ids = model.units.map((unit) => unit.id);
    const sections = ids.filter((id) => id.startsWith('sec_') && !id.includes('__')).map((id) => id.toLowerCase());
    assert.ok(sections.includes('sec_3a') && sections.includes('sec_16a') && sections.includes('sec_18'), sections.join(' '));
    const errors = diagnostics(UK_COMPUTER_MISUSE_ACT_1990, 'error');
    assert.ok(!errors.some((message) => message.includes('reference-outside-unit')), errors.join('\n'));
  });

  it('must not: year headings ("### 2019", "### 2020", "### 2021") or a lone number after a long gap are no sections', () => {
    const text = '---\ntitle: Annual notes\nlanguage: en\n---\n# Annual notes\n\n### 2019\n\nSee section 2019.\n\n### 2020\n\nText.\n\n### 2021\n\nText.\n';
    const model = workspace(text).get(URI)!;
    assert.deepStrictEqual(model.units.filter((unit) => unit.kind === 'section').map((unit) => unit.number), []);
  });

  it('"subsection (1) of the said section 435", a subsection an amendment inserts in a blockquote, and "The subsection (5) inserted in the said section 3" are another Act\'s', () => {
    assert.deepStrictEqual(diagnostics(UK_STOCK_EXCHANGE_ACT_1976, 'error'), []);
    assert.match(resolutionOf(UK_STOCK_EXCHANGE_ACT_1976, 'subsection (1)'), /^external: .*the said section 435/);
    const preceding = resolutionOf(UK_STOCK_EXCHANGE_ACT_1976, 'the preceding paragraph');
    assert.match(preceding, /^external: .*quoted from another instrument/);
    assert.match(resolutionOf(UK_STOCK_EXCHANGE_ACT_1976, 'subsection (5)'), /^external: .*an amendment put into another instrument/);
  });

  it('must not: "the preceding paragraph" outside any quote is still looked for, and reported when there is none', () => {
    const text = '---\ntitle: An Act\nlanguage: en\n---\n# An Act\n\n## Section 1. Title\n\n(1) As mentioned in the preceding paragraph, this applies.\n';
    assert.match(resolutionOf(text, 'the preceding paragraph'), /^unresolved: there is no preceding paragraph/);
  });

  it('"section 78(1) and (2) (maximum of six months’ imprisonment … contrary) of the Powers of Criminal Courts (Sentencing) Act 2000": a long aside between citation and Act', () => {
    const [reference] = parseReferences('in section 78(1) and (2) (maximum of six months’ imprisonment on summary conviction unless express provision made to the contrary) of the Powers of Criminal Courts (Sentencing) Act 2000.', { language: 'en' });
    assert.deepStrictEqual(reference.anchor.kind === 'instrument' && reference.anchor.name, 'Powers of Criminal Courts (Sentencing) Act 2000');
  });

  it('a schedule\'s "##### 1" are its paragraphs, and their "(1)" sub-paragraphs: "this sub-paragraph" resolves; “the Minister” and “the Ministers” are two terms', () => {
    const model = workspace(UK_AGRICULTURE_ACT_1964_END).get(URI)!;
    const schedule = model.units.find((unit) => unit.kind === 'schedule')!;
    assert.deepStrictEqual(schedule.children.map((unit) => `${unit.kind} ${unit.number}`), ['paragraph 1', 'paragraph 2', 'paragraph 3', 'paragraph 4']);
    assert.match(resolutionOf(UK_AGRICULTURE_ACT_1964_END, 'this sub-paragraph'), /^\S*sched__para_1__subpara_4$/);
    // (the excerpt leaves Parts I to III out, which section 26 cites)
    assert.deepStrictEqual(diagnostics(UK_AGRICULTURE_ACT_1964_END, 'error').filter((message) => !message.includes('"Part III of this Act"')), []);
  });

  it('must not: one term defined twice, written alike, is still a duplicate definition', () => {
    const text = '---\ntitle: An Act\nlanguage: en\n---\n# An Act\n\n## Section 1. Interpretation\n\n“the Minister” means the Minister of Agriculture.\n\n“the Minister” means the Secretary of State.\n';
    assert.ok(diagnostics(text, 'error').some((message) => message.startsWith('duplicate-definition')));
  });

  it('“stock exchange” means “the Stock Exchange, London, …”, and "Stock Exchange (Completion of Bargains) Act 1976": no variants of the term', () => {
    assert.deepStrictEqual(diagnostics(UK_STOCK_TRANSFER_ACT_1963).filter((message) => message.startsWith('inconsistent-variant')), []);
  });

  it('must not: the term in capitals mid-sentence, outside its definition and any title, is still a variant', () => {
    const text = `${UK_STOCK_TRANSFER_ACT_1963}\nA transfer made on a Stock Exchange in the ordinary way.\n`;
    assert.ok(diagnostics(text).some((message) => message.startsWith('inconsistent-variant') && message.includes('Stock Exchange')));
  });

  it('"# § 2701. …" then "##### § 2701. …" is one section; "section 4 of Pub. L. 107–296" and "[Pub. L. 107–296, § 2207(j)(2)(A)]" cite that public law', () => {
    assert.deepStrictEqual(diagnostics(US_18_USC_2701).filter((message) => !message.startsWith('reference-not-in-workspace')), []);
    assert.match(resolutionOf(US_18_USC_2701, 'section 4 of Pub. L. 107–296'), /^external: .*Pub\. L\. 107–296/);
    assert.match(resolutionOf(US_18_USC_2701, '§ 2207(j)(2)(A)'), /^external: .*Pub\. L\. 107–296/);
    const [reference] = parseReferences('see section 4 of Pub. L. 107–296, set out as a note', { language: 'en' });
    assert.deepStrictEqual(reference.anchor.kind === 'instrument' && reference.anchor.name, 'Pub. L. 107–296');
  });

  it('must not: two sections of one number with other titles are still a duplicate', () => {
    const text = '---\ntitle: A Title\nlanguage: en\n---\n# § 5. Offences\n\n##### § 5. Penalties\n\nText.\n';
    assert.ok(diagnostics(text).some((message) => message.startsWith('duplicate-unit')));
  });

  it('paragraphs whose text the converter lost ("(2)" alone on its line): a citation into them cannot be checked, no error', () => {
    assert.deepStrictEqual(diagnostics(US_18_USC_2511, 'error'), []);
    assert.match(resolutionOf(US_18_USC_2511, 'paragraph (ii)(A)'), /^external: .*holds no text in this copy, only its number/);
  });

  it('the editor\'s notes under "#### **Editorial Notes**" ("#### Amendments": "substituted “subsection (c)(4)(A)(i)(I)” for “subsection (a)(5)(B)(i)”") cite the text as it was', () => {
    assert.deepStrictEqual(diagnostics(US_18_USC_1030, 'error'), []);
    assert.match(resolutionOf(US_18_USC_1030, 'subsection (a)(5)(B)(i)'), /^external: it stands in the notes under "Editorial Notes"/);
  });
  it('a schedule of amendments: "#### Theft Act 1968 (c. 60)" over "##### 3 Omit section 15B", and "(a) in the Theft Act 1968 (c. 60)—" over "(i) section 15A", cite that Act', () => {
    const found = resolutions(UK_FRAUD_ACT_2006);
    const omitted = found.filter(([words]) => words === 'section 15B');
    assert.ok(omitted.length >= 2, JSON.stringify(omitted));
    for (const [, target] of omitted) assert.match(target, /^external: "Theft Act (?:\(Northern Ireland\) )?19(?:68|69)" is not a document in the workspace/);
    const listed = found.filter(([words]) => words === 'section 15A');
    assert.ok(listed.length >= 2 && listed.every(([, target]) => /^external: "Theft Act/.test(target)), JSON.stringify(listed));
    // "section 15 (obtaining property by deception)" in that list is the Theft Act's, not this Act's section 15
    assert.ok(found.filter(([words]) => words === 'section 15').every(([, target]) => target !== 'sec_15'), JSON.stringify(found.filter(([words]) => words === 'section 15')));
    assert.deepStrictEqual(diagnostics(UK_FRAUD_ACT_2006, 'error'), []);
  });

  it('must not: a cross-heading that is no instrument\'s name ("#### Evidence") or names this Act leaves the citations under it this Act\'s', () => {
    const found = resolutions(UK_FRAUD_ACT_2006);
    // section 13 ("#### Evidence") cites "section 1" of this Act… and a paragraph under "#### Abolition of deception offences" too
    assert.ok(found.some(([words, target]) => /^section 1\b/.test(words) && target === 'sec_1'), JSON.stringify(found.filter(([words]) => words.startsWith('section 1'))));
    const ownTitle = `---\ntitle: "Fraud Act 2006"\nlanguage: en\n---\n# Fraud Act 2006\n\n#### Fraud\n\n##### 1\n\nText.\n\n##### 2\n\nText.\n\n##### 9\n\nText.\n\n## SCHEDULE 1\n\n#### Fraud Act 2006\n\n##### 1\n\nIn section 9 omit the words.\n\n##### 2\n\nText.\n\n##### 3\n\nText.\n`;
    assert.deepStrictEqual(resolutions(ownTitle).filter(([words]) => words === 'section 9'), [['section 9', 'sec_9']]);
  });

  it('words an amending sentence quotes ("substitute “ , subject to subsection (5) below, …”", "omit “ , and “cheat” means …”") cite and define nothing here', () => {
    assert.match(resolutionOf(UK_FRAUD_ACT_2006, 'subsection (5) below'), /^external: the citation stands in the words an amending sentence quotes/);
    const model = workspace(UK_FRAUD_ACT_2006).get(URI)!;
    assert.ok(!model.definitions.some((definition) => /cheat/.test(definition.term)), model.definitions.map((definition) => definition.term).join(' | '));
    // must not: a definition that merely follows an amending sentence on its own line is still one
    const text = '---\ntitle: An Act\nlanguage: en\n---\n# An Act\n\n## Section 1. Interpretation\n\n(1) In section 2 omit “ , or ”.\n\n(2) In this Act “cheat” means an offence under section 1.\n';
    assert.ok(workspace(text).get(URI)!.definitions.some((definition) => definition.term === 'cheat'));
  });

  it('“property” defined in two sections that are no definitions section, neither saying its reach, and “prescribed” “In this paragraph” of three schedule paragraphs: no duplicates', () => {
    assert.ok(!diagnostics(UK_FRAUD_ACT_2006).some((message) => message.startsWith('duplicate-definition')));
    assert.ok(!diagnostics(UK_PRESUMPTION_OF_DEATH_ACT_2013).some((message) => message.startsWith('duplicate-definition')));
    const scopes = workspace(UK_PRESUMPTION_OF_DEATH_ACT_2013).get(URI)!.definitions.filter((definition) => definition.term === 'prescribed').map((definition) => definition.scope.unitId);
    assert.deepStrictEqual(scopes, ['sched_1__para_1', 'sched_1__para_2', 'sched_1__para_6']);
    // must not: two in a definitions section ("Interpretation") are still a duplicate
    const text = '---\ntitle: An Act\nlanguage: en\n---\n# An Act\n\n### Interpretation\n\n##### 1\n\n(1) “property” means land.\n\n(2) “property” means money.\n\n##### 2\n\nText.\n\n##### 3\n\nText.\n';
    assert.ok(diagnostics(text, 'error').some((message) => message.startsWith('duplicate-definition')), diagnostics(text).join('\n'));
  });

  it('"paragraph 1(2)(b)" in a schedule is its paragraph 1\'s; "paragraph (a) or (b)" in a definition whose limbs ran together is one of its limbs', () => {
    assert.match(resolutionOf(UK_PRESUMPTION_OF_DEATH_ACT_2013, 'paragraph 1(2)(b)'), /^sched_1__para_1__subpara_2__subpara_b$/);
    assert.match(resolutionOf(UK_BRIBERY_ACT_2010, 'paragraph (a) or (b)'), /^external: .*definition of “relevant bribery offence”/);
    assert.deepStrictEqual(diagnostics(UK_BRIBERY_ACT_2010, 'error'), []);
  });

  it('"that Article applies" where “article” is a thing is an Order\'s Article, no variant; "Theft Act (Northern Ireland) 1969" is one name', () => {
    assert.ok(!diagnostics(UK_FRAUD_ACT_2006).some((message) => message.startsWith('inconsistent-variant')), diagnostics(UK_FRAUD_ACT_2006).join('\n'));
    const [reference] = parseReferences('section 19(2) of the Theft Act (Northern Ireland) 1969 (c. 16 (N.I.))', { language: 'en' });
    assert.deepStrictEqual(reference.anchor.kind === 'instrument' && reference.anchor.name, 'Theft Act (Northern Ireland) 1969');
  });
  it('an Order\'s "###### 1" are articles; "section 6" and "section 1(1)(a)" in it are the Act\'s it brings into force; its short title keeps "(Commencement) (Wales) Order 1999"', () => {
    const model = workspace(UK_WALES_COMMENCEMENT_ORDER_1999).get(URI)!;
    assert.deepStrictEqual(model.units.filter((unit) => unit.headingDepth > 0).map((unit) => `${unit.kind} ${unit.number}`), ['article 1', 'article 2', 'article 3']);
    assert.deepStrictEqual(diagnostics(UK_WALES_COMMENCEMENT_ORDER_1999, 'error'), []);
    assert.match(resolutionOf(UK_WALES_COMMENCEMENT_ORDER_1999, 'section 6'), /^external: this document shows its provisions as articles and no section at all/);
    // "section 27(3) and (4) of the Local Government Act 1999" is that Act's, not this Order's (whose title begins with the Act's name)
    assert.match(resolutionOf(UK_WALES_COMMENCEMENT_ORDER_1999, 'section 27(3) and (4) of the Local Government Act 1999'), /^external: "Local Government Act 1999" is not a document in the workspace/);
    // must not: in an Act (sections), a missing section is still an error
    const act = '---\ntitle: An Act\nlanguage: en\n---\n# An Act 2001\n\n#### Short title\n\n##### 1\n\nSee section 6.\n\n##### 2\n\nText.\n\n##### 3\n\nText.\n';
    assert.ok(diagnostics(act, 'error').some((message) => message.includes('"section 6"')), diagnostics(act).join('\n'));
  });
  it('the footnotes under "## Editorial notes" none of whose marks the text keeps ("[^key-e09b…]: Art. 1 in force at 28.9.1999"): one note for them, while "[^f00001]" keeps its mark', () => {
    const notes = checkDocument(workspace(UK_WALES_COMMENCEMENT_ORDER_1999), URI).filter((d) => d.code === 'footnote-unused');
    assert.deepStrictEqual(notes.map((d) => [d.severity, d.message]), [['information', 'None of the 3 footnote texts under "Editorial notes" is referred to in the text (no "[^…]" mark for them stands in it): an editor\'s notes, whose marks may have been lost in conversion.']]);
    // must not: where one footnote under that heading keeps its mark, the others are each reported
    const marked = UK_WALES_COMMENCEMENT_ORDER_1999.replace('Made: 28th September 1999', 'Made: 28th September 1999[^key-e09bff72e946599e1c2fcd3d8f4fcd5d]');
    const warned = checkDocument(workspace(marked), URI).filter((d) => d.code === 'footnote-unused');
    assert.deepStrictEqual(warned.map((d) => d.severity), ['warning', 'warning']);
  });
  it('"## SCHEDULE 1" then "## Part 1 — Contracts" at the same depth: the schedule\'s parts, whose "##### 4" are its paragraphs; "This Part of this Schedule" resolves', () => {
    const model = workspace(UK_CONSUMER_INSURANCE_ACT_2012).get(URI)!;
    const schedule = model.units.find((unit) => unit.kind === 'schedule' && unit.number === '1')!;
    assert.deepStrictEqual(schedule.children.filter((unit) => unit.kind === 'part').map((unit) => unit.number), ['1', '2', '3', '4']);
    assert.ok(schedule.children[0].children.some((unit) => unit.kind === 'paragraph' && unit.number === '4'));
    assert.ok(!diagnostics(UK_CONSUMER_INSURANCE_ACT_2012, 'error').some((message) => message.includes('this Schedule')), diagnostics(UK_CONSUMER_INSURANCE_ACT_2012, 'error').join('\n'));
  });

  it('in a schedule, "paragraphs 4 to 8" written in paragraph 3 runs over its sibling paragraphs; "paragraph 4" in paragraph 9 is the schedule\'s, not its sub-paragraph (4); "paragraph 2(b)" in Part 3 is Part 1\'s paragraph 2', () => {
    assert.deepStrictEqual(diagnostics(UK_CONSUMER_INSURANCE_ACT_2012, 'error'), []);
    const ranges = resolutions(UK_CONSUMER_INSURANCE_ACT_2012).filter(([words]) => /^paragraphs [45] to 8$/.test(words));
    assert.deepStrictEqual(ranges, [['paragraphs 4 to 8', 'sched_1__part_1__para_4'], ['paragraphs 5 to 8', 'sched_1__part_1__para_5']]);
    const range = workspace(UK_CONSUMER_INSURANCE_ACT_2012).resolved(URI).find((r) => r.reference.text === 'paragraphs 4 to 8')!;
    assert.strictEqual(range.targets[0].throughUnitId, 'sched_1__part_1__para_8');
    assert.deepStrictEqual(resolutions(UK_CONSUMER_INSURANCE_ACT_2012).filter(([words]) => words === 'paragraph 4').map(([, target]) => target), ['sched_1__part_1__para_4', 'sched_1__part_1__para_4']);
    assert.strictEqual(resolutionOf(UK_CONSUMER_INSURANCE_ACT_2012, 'paragraph 2(b)'), 'sched_1__part_1__para_2__subpara_b');
    // must not: "sub-paragraph (4)(b)" in paragraph 9 is its own sub-paragraph, and a range past the last paragraph is reported
    assert.strictEqual(resolutionOf(UK_CONSUMER_INSURANCE_ACT_2012, 'sub-paragraph (4)(b)'), 'sched_1__part_1__para_9__subpara_4__subpara_b');
    assert.strictEqual(diagnostics(UK_CONSUMER_INSURANCE_ACT_2012.replace('paragraphs 4 to 8 apply', 'paragraphs 4 to 80 apply'), 'error').length, 1);
  });

  it('a definition quoted as it was in an Amendments note (“(2) ‘sexually explicit conduct’ means …”) is no second definition', () => {
    assert.deepStrictEqual(diagnostics(US_18_USC_2256, 'error'), []);
  });

  describe('sampled at random on 2026-12-05', () => {
    it('Human Rights Act 1998: "##### 1", "##### 2" are sections though Schedule 1 sets out the Convention\'s "### Article 2 — …"', () => {
      const text = UK_HRA_1998_SECTIONS_1_2 + '\n' + UK_HRA_1998_SCHEDULE_1;
      // (the excerpt's "sections 14 and 15" are further on in the Act)
      assert.deepStrictEqual(diagnostics(text, 'error').filter((message) => !message.includes('sections 14 and 15')), []);
      assert.ok(workspace(text).get(URI)!.units.some((unit) => unit.id === 'sec_2'));
      // must not: "Article 2 — …" among the Act's own headings, before any schedule, makes them articles
      const noSchedule = text.replace('## SCHEDULE 1\n', '');
      assert.notStrictEqual(noSchedule, text);
      assert.ok(workspace(noSchedule).get(URI)!.units.some((unit) => unit.id === 'art_2'));
    });

    it('"there shall be substituted the following Schedule (which reproduces …)—": the schedule set out below, not one of this Act', () => {
      // (as in the Act: in its last schedule, the citation's own)
      const text = '# Act\n\n## SCHEDULE 2\n\n' + UK_1998_43_PARAGRAPH_10;
      assert.deepStrictEqual(diagnostics(text, 'error'), []);
      // must not: where no dash closes the line, nothing is set out below it, and there is no following schedule
      const noDash = text.replace('coming into force of this Act)—', 'coming into force of this Act).');
      assert.notStrictEqual(noDash, text);
      assert.match(resolutionOf(noDash, 'the following Schedule'), /^unresolved/);
    });

    it('"section 50 of, and Schedule 4 to, the principal Act": both are of the Act section 4 defines', () => {
      const text = UK_NIA_2008_7_SECTION_5;
      assert.deepStrictEqual(diagnostics(text, 'error'), []);
      // (the Act cites section 50 three times: the last, in section 5, is this one)
      const last = (words: string) => resolutions(text).filter(([cited]) => cited === words).pop()?.[1] ?? '';
      assert.match(last('section 50'), /^external: .*principal Act/);
      // must not: "section 5" alone, of no instrument named after it, is this Act's (a section past this Act's last, "section
      // 50" alone, is read as the principal Act's by another rule: resolve.ts principalActPast)
      const alone = text.replace('section 50 of, and Schedule 4 to, the principal Act', 'section 5');
      assert.notStrictEqual(alone, text);
      assert.strictEqual(resolutions(alone).filter(([cited]) => cited === 'section 5').pop()?.[1], 'sec_5');
    });

    it('"In section 2 (…) of the Local Government and Housing Act 1989 (c. 42), in subsection (2)—": the subsection is that Act\'s', () => {
      assert.deepStrictEqual(diagnostics(UK_ASP_2004_9_SECTIONS_1_9, 'error'), []);
      // (the last "subsection (2)" of the excerpt is section 9's)
      const last = (text: string) => resolutions(text).filter(([cited]) => cited === 'subsection (2)').pop()?.[1] ?? '';
      assert.match(last(UK_ASP_2004_9_SECTIONS_1_9), /^external: .*Local Government and Housing Act 1989/);
      // must not: "In section 2 of this Act, in subsection (2)" is this Act's own
      const own = UK_ASP_2004_9_SECTIONS_1_9.replace('of the Local Government and Housing Act 1989 (c. 42), in subsection (2)', 'of this Act, in subsection (2)');
      assert.notStrictEqual(own, UK_ASP_2004_9_SECTIONS_1_9);
      assert.doesNotMatch(last(own), /Local Government and Housing Act/);
    });
  });
});
