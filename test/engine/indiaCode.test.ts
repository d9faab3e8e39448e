// India Code's Acts as a converter gives them (Svetozar-Technologies/indian-law): a substituted section opens with a
// footnote's mark and a bracket, and gives its label and title again ("^1[21. Local Boards.--(1) There shall …"); a
// sub-section's bracket may close right after its marker ("^1[(1)] Subject to …"); each section ends with "### Footnotes"
// whose numbered notes ("1. Subs. by Act 35 of 1964, s. 5, for section 21") are no paragraphs of it, and cite the wording
// an amendment replaced. Each rule has a case where it must not apply.
import * as assert from 'node:assert';
import { checkDocument } from '../../server/src/engine/checks';
import { uriOf, workspaceOf } from '../helpers/workspace';
import { BIODIVERSITY_SECTION_8, SBI_SECTIONS_21_22, SPECIAL_MARRIAGE_SECTION_27, SPECIAL_MARRIAGE_SECTION_27A } from './indiaCodeText';

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

  it('must not: a heading "Notes" is notes, "Notice of appeal" is not', () => {
    const text = '## Section 4 - Appeals.\n\n### Notice of appeal\n\n(1) An appeal lies to the Tribunal.\n\n(2) It is made within thirty days of sub-section (1).\n';
    const ids = unitIds(text);
    assert.ok(ids.includes('sec_4__para_1') && ids.includes('sec_4__para_2'), ids.join(' '));
    const notes = '## Section 4 - Appeals.\n\n(1) An appeal lies to the Tribunal.\n\n### Notes\n\n1. Ins. by Act 2 of 2001.\n';
    assert.ok(!unitIds(notes).includes('sec_4__para_1_dup2'), unitIds(notes).join(' '));
  });
});
