// A definition whose reach names more than one unit ("The following definitions apply in this section and in sections
// 38.01 to 38.15", "In this and the next following section"): its reach is not one unit of the structure, so it is not
// confined to its own section (no "outside its scope" for a use in 38.01) and not known to clash with the same term
// defined elsewhere. And "the Church of England" is a name, not the defined term "church" with a capital.
import * as assert from 'node:assert';
import { checkDocument } from '../../server/src/engine/checks';
import { uriOf, workspaceOf } from '../helpers/workspace';
import { CA_EVIDENCE_SECTION_38, CA_EVIDENCE_SECTION_38_01 } from './commonLawText';
import { UK_DIOCESES_MEASURE_SECTION_19, UK_DIOCESES_MEASURE_SECTION_56_TO_PROVISO } from './ukCitationsText';

const URI = uriOf('act.md');
const FRONT = '---\nid: an-act\ntitle: An Act\nlanguage: en\ntype: law\n---\n# An Act\n\n';

/** The diagnostics of the document made of `text` with this code, as "line: message" (lines of `text`, from 1). */
function diagnostics(text: string, code: string): string[] {
  const workspace = workspaceOf({ 'act.md': FRONT + text });
  const model = workspace.get(URI)!;
  const frontLines = FRONT.split('\n').length - 1;
  return checkDocument(workspace, URI).filter((d) => d.code === code).map((d) => `${model.lines.position(d.span.start).line + 1 - frontLines}: ${d.message}`);
}

describe('engine: a definition whose reach names more than one unit', () => {
  it('Canada Evidence Act s. 38 ("apply in this section and in sections 38.01 to 38.15"): its terms used in 38.01 are not outside their scope', () => {
    const act = `${CA_EVIDENCE_SECTION_38}\n${CA_EVIDENCE_SECTION_38_01}`;
    assert.deepStrictEqual(diagnostics(act, 'term-outside-scope'), []);
  });

  it('must not: "The following definitions apply in this section." keeps them in section 38: a use in 38.01 is outside', () => {
    const act = `${CA_EVIDENCE_SECTION_38.replace('apply in this section and in sections 38.01 to 38.15.', 'apply in this section.')}\n${CA_EVIDENCE_SECTION_38_01}`;
    assert.ok(diagnostics(act, 'term-outside-scope').length > 0);
  });

  it('Dioceses, Pastoral and Mission Measure 2007: “diocesan body” "In this and the next following section" (s. 19) and "in this subsection" (s. 56(2)): no duplicate', () => {
    assert.deepStrictEqual(diagnostics(`${UK_DIOCESES_MEASURE_SECTION_19}\n${UK_DIOCESES_MEASURE_SECTION_56_TO_PROVISO}`, 'duplicate-definition'), []);
  });

  it('must not: the same term defined "In this Measure" in two sections is still defined twice', () => {
    const both = `${UK_DIOCESES_MEASURE_SECTION_19}\n${UK_DIOCESES_MEASURE_SECTION_56_TO_PROVISO}`
      .replace('In this and the next following section  “diocesan body”', 'In this Measure  “diocesan body”')
      .replace('and in this subsection  “diocesan body”', '. In this Measure  “diocesan body”');
    assert.strictEqual(diagnostics(both, 'duplicate-definition').length, 1);
  });

  it('"the Church of England" is a name, not the defined “church” with a capital; "the structure of the Church shall" still is', () => {
    const defined = '### 1 Churches\n\nIn this Act “church” includes a chapel.\n\n### 2 Duties\n\nA church shall be kept by the Church of England and the Church Commissioners.\n';
    assert.deepStrictEqual(diagnostics(defined, 'inconsistent-variant'), []);
    assert.strictEqual(diagnostics(defined + '\nEach church is in the care of the bishop, and the Church shall keep it.\n', 'inconsistent-variant').length, 1);
  });
});
