// A text given a Part a file, a text cut into chunks that each repeat its title, and a list whose numbers a converter lost
// (verbatim: partsAndChunksText.ts). What one file lacks is in the file beside it, or not in the workspace: never an error of
// the file; and a list numbered "I." throughout cannot say which item is the twelfth.
import * as assert from 'node:assert';
import { checkDocument } from '../../server/src/engine/checks';
import { uriOf, workspaceOf } from '../helpers/workspace';
import { MX_LFISCHIH_ARTICLES_5_6, US_TITLE_18_CHUNK_637, US_TITLE_18_CHUNK_638, US_TITLE_18_CHUNK_639, ZM_CSA_PART_I, ZM_CSA_PART_II } from './partsAndChunksText';

const broken = (files: Record<string, string>, name: string) =>
  checkDocument(workspaceOf(files), uriOf(name)).filter((d) => d.code === 'broken-reference').map((d) => d.message);
const resolvedOf = (files: Record<string, string>, name: string, cited: string) =>
  workspaceOf(files).resolved(uriOf(name)).find((r) => r.reference.text.startsWith(cited));

describe('engine: texts in parts and chunks, and lists whose numbers were lost', () => {
  it('Zambia\'s Cyber Security Act a Part a file: "section 3" in Part I is the section of Part II\'s file beside it', () => {
    const both = { 'zm-csa/01-part-i.md': ZM_CSA_PART_I, 'zm-csa/02-part-ii.md': ZM_CSA_PART_II };
    assert.deepStrictEqual(broken(both, 'zm-csa/01-part-i.md'), []);
    const agency = resolvedOf(both, 'zm-csa/01-part-i.md', 'section 3');
    assert.strictEqual(agency?.targets[0].status, 'resolved');
    assert.strictEqual(agency?.targets[0].uri, uriOf('zm-csa/02-part-ii.md'));
    // a Part not in the workspace: not an error of Part I, and said why
    const alone = resolvedOf({ 'zm-csa/01-part-i.md': ZM_CSA_PART_I }, 'zm-csa/01-part-i.md', 'section 45');
    assert.strictEqual(alone?.targets[0].status, 'external');
    assert.match(alone?.targets[0].reason ?? '', /holds Part I of a text given a part a file/);
    // must not: the same file titled as a whole Act is checked as one, and its "section 45" is missing
    const whole = ZM_CSA_PART_I.replace('title: Part I - Preliminary Provisions', 'title: Cyber Security Act, 2025').replace('# PART I - PRELIMINARY PROVISIONS', '# CYBER SECURITY ACT, 2025');
    assert.notStrictEqual(whole, ZM_CSA_PART_I);
    assert.ok(broken({ 'act.md': whole }, 'act.md').some((message) => /section 45/.test(message)), broken({ 'act.md': whole }, 'act.md').join('\n'));
  });

  it('Title 18 in chunks: § 1030 (c) cited in the chunk that ends at (b) is in the next chunk, which begins § 1030 at (c); (a) cited in the chunk that begins § 1029 at (e) is not here', () => {
    const chunks = { 'title-18/chunck-637.md': US_TITLE_18_CHUNK_637, 'title-18/chunck-638.md': US_TITLE_18_CHUNK_638, 'title-18/chunck-639.md': US_TITLE_18_CHUNK_639 };
    for (const name of Object.keys(chunks)) assert.deepStrictEqual(broken(chunks, name), [], name);
    const punished = resolvedOf(chunks, 'title-18/chunck-638.md', 'subsection (c) of this section');
    assert.strictEqual(punished?.targets[0].status, 'resolved');
    assert.strictEqual(punished?.targets[0].uri, uriOf('title-18/chunck-639.md'));
    const begun = resolvedOf(chunks, 'title-18/chunck-637.md', 'subsection (a)(9)');
    assert.strictEqual(begun?.targets[0].status, 'external');
    assert.match(begun?.targets[0].reason ?? '', /begins section 1029 at \(e\)/);
    // the next chunk edited: while it lacks (c) the citation is left to a chunk not here; once (c) is typed back, it is found there
    const workspace = workspaceOf({ 'title-18/chunck-638.md': US_TITLE_18_CHUNK_638, 'title-18/chunck-639.md': US_TITLE_18_CHUNK_639.replace('###### (c) The punishment', '###### (k) The punishment') });
    const cite = () => workspace.resolved(uriOf('title-18/chunck-638.md')).find((r) => r.reference.text.startsWith('subsection (c) of this section'))?.targets[0];
    assert.strictEqual(cite()?.status, 'external');
    workspace.set(uriOf('title-18/chunck-639.md'), US_TITLE_18_CHUNK_639, 2);
    assert.strictEqual(cite()?.status, 'resolved');
    assert.strictEqual(cite()?.uri, uriOf('title-18/chunck-639.md'));
    // must not: two copies of one text (the same title, each section whole) are no chunks of each other
    assert.ok(broken({ 'a/chunck-638.md': US_TITLE_18_CHUNK_638, 'b/chunck-638.md': US_TITLE_18_CHUNK_638 }, 'a/chunck-638.md').some((message) => /subsection \(c\)/.test(message)));
    // must not: a chunk alone, with no other file of its title, is checked as a whole text
    assert.ok(broken({ 'title-18/chunck-638.md': US_TITLE_18_CHUNK_638 }, 'title-18/chunck-638.md').some((message) => /subsection \(c\)/.test(message)));
  });

  it('Chihuahua\'s law whose thirty-four definitions are all numbered "I.": "fracciones XII, XXIII y XXIV del artículo anterior" cannot be checked, and says why', () => {
    const law = { 'ley.md': MX_LFISCHIH_ARTICLES_5_6 };
    assert.deepStrictEqual(broken(law, 'ley.md'), []);
    const lost = resolvedOf(law, 'ley.md', 'fracciones XII');
    assert.ok(lost?.targets.every((target) => target.status === 'external'), JSON.stringify(lost?.targets));
    assert.match(lost?.targets[0].reason ?? '', /numbers all its 34 items "I\."/);
    // must not: with the list numbered, a fracción it lacks is reported
    let n = 0;
    const roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI'];
    const numbered = MX_LFISCHIH_ARTICLES_5_6.replace(/^I\.\t/gm, () => `${roman[n++] ?? 'XI'}.\t`);
    assert.notStrictEqual(numbered, MX_LFISCHIH_ARTICLES_5_6);
    assert.ok(broken({ 'ley.md': numbered }, 'ley.md').some((message) => /XXIV/.test(message)), broken({ 'ley.md': numbered }, 'ley.md').join('\n'));
  });
});
