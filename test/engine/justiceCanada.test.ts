// Canada's federal laws as XYOca/laws-lois-markdown converts them (whole files, verbatim: justiceCanadaText.ts): the empty
// footnote links a note's mark left ("### [^]5 …", "[^](2) …", "subsection 44.2(4)[^] of the *Judges Act*"), the amendment
// history folded under "Historical Note", and the converter's "type: act".
import * as assert from 'node:assert';
import { checkDocument } from '../../server/src/engine/checks';
import { edited, uriOf, workspaceOf } from '../helpers/workspace';
import { CA_CRIMES_AGAINST_HUMANITY_ACT, CA_SURVIVOR_ANNUITY_REGULATIONS } from './justiceCanadaText';

const URI = uriOf('canada.md');
const read = (text: string) => workspaceOf({ 'canada.md': text });
const diagnostics = (text: string, ...codes: string[]) => checkDocument(read(text), URI).filter((d) => codes.includes(d.code)).map((d) => d.message);

describe('engine: Canada\'s federal laws as XYOca/laws-lois-markdown gives them', () => {
  it('"### [^]5 Breach of responsibility …" is section 5, and "[^](2) A superior …" its subsection (2): no false "this section" or "section 5" errors', () => {
    assert.deepStrictEqual(diagnostics(CA_CRIMES_AGAINST_HUMANITY_ACT, 'broken-reference', 'reference-outside-unit'), []);
    const ids = read(CA_CRIMES_AGAINST_HUMANITY_ACT).get(URI)!.units.map((unit) => unit.id);
    for (const id of ['sec_5', 'sec_5__para_1', 'sec_5__para_2', 'sec_5__para_2.1', 'sec_5__para_3']) assert.ok(ids.includes(id), ids.filter((x) => x.startsWith('sec_5')).join(' '));
    // must not: a subsection section 5 lacks is reported
    // (section 5's subsection (3), the first of the three alike)
    const cited = CA_CRIMES_AGAINST_HUMANITY_ACT.replace('commits an offence under subsection (1), (2) or (2.1) is liable', 'commits an offence under subsection (1), (2) or (2.2) is liable');
    assert.notStrictEqual(cited, CA_CRIMES_AGAINST_HUMANITY_ACT);
    assert.ok(diagnostics(cited, 'broken-reference').some((message) => /2\.2/.test(message)), diagnostics(cited, 'broken-reference').join('\n'));
  });

  it('"pursuant to subsection 44.2(4)[^] of the *Judges Act*" is the Act\'s; "SOR/2006-286, s. 1(E)" under "Historical Note" is no section of these Regulations', () => {
    assert.deepStrictEqual(diagnostics(CA_SURVIVOR_ANNUITY_REGULATIONS, 'broken-reference'), []);
    const resolved = read(CA_SURVIVOR_ANNUITY_REGULATIONS).resolved(URI);
    const enabling = resolved.find((r) => r.reference.text.startsWith('subsection 44.2(4)'));
    assert.strictEqual(enabling?.reference.anchor.kind, 'instrument');
    // must not: the same history line outside the folded notes is checked as this text's
    const unfolded = edited(CA_SURVIVOR_ANNUITY_REGULATIONS, '<summary>Historical Note</summary>\n\n- SOR/2006-286, s. 1(E)', '<summary>Historical Note</summary>\n</details>\n\n- SOR/2006-286, s. 1(E)');
    assert.ok(diagnostics(unfolded, 'broken-reference').some((message) => /s\. 1\(E\)/.test(message)), diagnostics(unfolded, 'broken-reference').join('\n'));
  });

  it('the converter\'s "type: act" and "type: regulation" are read as laws, with no warning', () => {
    assert.deepStrictEqual(diagnostics(CA_CRIMES_AGAINST_HUMANITY_ACT, 'front-matter-type'), []);
    assert.strictEqual(read(CA_SURVIVOR_ANNUITY_REGULATIONS).get(URI)!.frontMatter.type, 'law');
  });
});
