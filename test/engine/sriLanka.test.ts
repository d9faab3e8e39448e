// Sri Lanka's Acts from the gazette PDFs: an Act made into one nested list shows no section headings, so "sections 3, …
// and 14 of this Act" cannot be checked (not an error); a schedule's heading may follow its margin note on one line
// ("(Section 5 (d)) SCHEDULE IV"). Each rule has a case where it must not apply.
import * as assert from 'node:assert';
import { checkDocument } from '../../server/src/engine/checks';
import { uriOf, workspaceOf } from '../helpers/workspace';
import { LK_COMPUTER_CRIME_SECTIONS_10_AND_11, LK_DATA_PROTECTION_SCHEDULES_IV_AND_V } from './sriLankaText';

const URI = uriOf('act.md');
const FRONT = '---\nid: lk-act\ntitle: An Act\nlanguage: en\ntype: law\n---\n\n# An Act\n\n';

function modelOf(text: string) {
  const workspace = workspaceOf({ 'act.md': FRONT + text });
  return { workspace, model: workspace.get(URI)! };
}

function brokenReferences(text: string): string[] {
  const { workspace } = modelOf(text);
  return checkDocument(workspace, URI).filter((d) => d.code === 'broken-reference').map((d) => d.message);
}

describe('engine: Sri Lanka\'s Acts from the gazette PDFs', () => {
  it('Computer Crime Act s. 11: "sections 3, 4, … and 14 of this Act" where no section heading is shown is not checked, and no error', () => {
    assert.deepStrictEqual(brokenReferences(LK_COMPUTER_CRIME_SECTIONS_10_AND_11), []);
    const cited = modelOf(LK_COMPUTER_CRIME_SECTIONS_10_AND_11).workspace.resolved(URI).find((r) => r.reference.text.startsWith('sections 3'));
    assert.ok(cited && cited.targets.every((t) => t.status === 'external' && /shows no articles or sections at all/.test(t.reason ?? '')), JSON.stringify(cited?.targets));
  });

  it('must not: "section 99 of this Act" in an Act whose sections are shown is reported', () => {
    assert.strictEqual(brokenReferences('## 1. Short title\n\nThis Act applies.\n\n## 2. Offences\n\nAn offence under section 99 of this Act.\n').length, 1);
  });

  it('Personal Data Protection Act: "(Section 5 (d)) SCHEDULE IV" is Schedule IV\'s heading, after its margin note', () => {
    const { model } = modelOf(LK_DATA_PROTECTION_SCHEDULES_IV_AND_V);
    assert.deepStrictEqual(model.units.filter((u) => u.kind === 'schedule').map((u) => u.number?.toLowerCase()), ['iv', 'v']);
    assert.deepStrictEqual(brokenReferences(`${LK_DATA_PROTECTION_SCHEDULES_IV_AND_V}\nThe conditions in Schedule IV apply.\n`), []);
  });

  it('must not: a sentence after the margin note ("(Section 5) Schedule IV applies to the following:") is no heading', () => {
    const { model } = modelOf('Text before.\n(Section 5) Schedule IV applies to the following:\n');
    assert.deepStrictEqual(model.units.filter((u) => u.kind === 'schedule').length, 0);
  });
});
