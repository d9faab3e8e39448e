// rules.ts is what SARIF, docs/CHECKS.md and the settings schema say of each code: the severity a
// diagnostic is emitted with must be its rule's default, so that the report agrees with itself.
// Codes that grade their findings may be milder than the default, never more severe.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Workspace } from '../../server/src/engine/workspace';
import { checkDocument } from '../../server/src/engine/checks';
import { RULES } from '../../server/src/engine/checks/rules';

const ROOT = path.resolve(__dirname, '../../..');
const GRADED = new Set(['definition-differs', 'version-term-rendering', 'version-unit-missing']);
const RANK = { hint: 0, information: 1, warning: 2, error: 3 } as const;

const law = (body: string) => `---\nid: draft\ntitle: Draft Act\ntype: law\nlanguage: en\nimplements: [coe-ets185-en]\n---\n\n# Draft Act\n\n${body}\n`;

describe('diagnostic severities agree with rules.ts', () => {
  it('every code emitted on the corpus and on drafts has its rule, at the rule\'s severity', () => {
    const workspace = new Workspace();
    const corpus = path.join(ROOT, 'corpus');
    for (const name of readdirSync(corpus).filter((file) => file.endsWith('.md'))) workspace.set(`file:///corpus/${name}`, readFileSync(path.join(corpus, name), 'utf8'));
    workspace.set('file:///drafts/draft.md', law([
      '## Part 1 – Offences', '', '### Section 1', '', 'In this Part, “protected computer” means a computer used by a bank.', '',
      '### Section 2', '', 'A person who accesses a protected computer, or uses traffic data, commits an offence under article 99.', '',
      '## Part 2 – Procedure', '', '### Section 3', '', 'A protected computer may be searched; see this section and section 42.', '',
      '“widget” means a thing.', '', '“widget” means another thing.',
    ].join('\n')));
    const seen = new Set<string>();
    for (const model of workspace.all()) {
      for (const diagnostic of checkDocument(workspace, model.uri)) {
        const rule = RULES[diagnostic.code];
        assert.ok(rule, `${diagnostic.code} has no rule in rules.ts`);
        seen.add(diagnostic.code);
        if (GRADED.has(diagnostic.code)) {
          assert.ok(RANK[diagnostic.severity] <= RANK[rule.severity], `${diagnostic.code} emitted as ${diagnostic.severity}, above its default ${rule.severity}`);
        } else {
          assert.equal(diagnostic.severity, rule.severity, `${diagnostic.code}: ${diagnostic.message}`);
        }
      }
    }
    for (const code of ['term-outside-scope', 'broken-reference', 'duplicate-definition', 'term-not-defined']) assert.ok(seen.has(code), `${code} was exercised`);
  });
});
