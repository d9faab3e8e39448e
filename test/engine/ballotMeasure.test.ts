// How a California ballot measure reads as pandoc gives it (the CPRA, Proposition 24): its sections are italic paragraphs
// ("*SEC. 3. Section 1798.100 of the Civil Code is amended to read:*") that no heading shows, the Civil Code's level
// below a section is a "subdivision" ("subparagraph (A) of paragraph (2) of subdivision (m) of Section 1798.145"), a
// wrapped sentence may leave a citation's number alone on its last line ("Section l798.121.*"), and pandoc escapes
// quotes (\"Contractor\"). Each rule has a case where it must not apply.
import * as assert from 'node:assert';
import { checkDocument } from '../../server/src/engine/checks';
import { parseReferences } from '../../server/src/engine/references/grammar';
import { uriOf, workspaceOf } from '../helpers/workspace';
import {
  CPRA_SECTION_1798_100_START, CPRA_SECTION_1798_125_START, CPRA_SECTION_1798_135_START, CPRA_SECTION_1798_140_J, CPRA_SECTION_1798_145_H,
  CPRA_SECTION_1798_145_N, CPRA_SECTION_1798_150_CURE,
} from './californiaText';

const URI = uriOf('cpra.md');
const FRONT = '---\nid: cpra\ntitle: The California Privacy Rights Act of 2020\nlanguage: en\ntype: law\n---\n\n';

function modelOf(text: string) {
  const workspace = workspaceOf({ 'cpra.md': FRONT + text });
  return { workspace, model: workspace.get(URI)! };
}

/** Each error of the document made of `text`, as "code: message". */
function errors(text: string): string[] {
  const { workspace } = modelOf(text);
  return checkDocument(workspace, URI).filter((d) => d.severity === 'error').map((d) => `${d.code}: ${d.message}`);
}

/** Each citation's text and its targets' statuses. */
function statuses(text: string): Array<[string, string]> {
  return modelOf(text).workspace.resolved(URI).map((r) => [r.reference.text, r.targets.map((t) => t.status).join(' | ')]);
}

/** The kind and number of every unit the structure shows. */
function units(text: string): string[] {
  return modelOf(text).model.units.filter((unit) => unit.number !== undefined).map((unit) => `${unit.kind} ${unit.number}`);
}

describe('engine: a California ballot measure (the CPRA as pandoc gives it)', () => {
  describe('a citation\'s number alone on a sentence\'s last line is no heading', () => {
    it('section 1798.135(a)(2) ends "… subdivision (a) of\\nSection l798.121.*": no section l798.121 in the structure, and no error', () => {
      assert.ok(!units(CPRA_SECTION_1798_135_START).some((unit) => unit.startsWith('section')), units(CPRA_SECTION_1798_135_START).join(', '));
      assert.deepStrictEqual(errors(CPRA_SECTION_1798_135_START), []);
    });
    it('must not: a line "Section 7 – Sale" inside a paragraph, its title with no stop, is still a heading', () => {
      assert.ok(units('Text before it.\nSection 7 – Sale\nText of section seven.\n').includes('section 7'));
    });
  });

  describe('"this section" where the structure shows no section at all', () => {
    it('section 1798.100 (in an italic "SEC. 3." paragraph) says "consistent with this section": not checked, and no error', () => {
      const cited = statuses(CPRA_SECTION_1798_100_START).filter(([text]) => /this section/i.test(text));
      assert.ok(cited.length >= 1);
      assert.deepStrictEqual(cited.map(([, status]) => status), cited.map(() => 'external'));
      assert.deepStrictEqual(errors(CPRA_SECTION_1798_100_START), []);
    });
    it('must not: "this section" outside the sections of a law that has them is still reported', () => {
      const text = 'As this section provides, the Act applies.\n\n### Section 1\n\nText.\n\n### Section 2\n\nText.\n';
      assert.deepStrictEqual(errors(text).filter((e) => e.startsWith('reference-outside-unit')).length, 1);
    });
  });

  describe('"subdivision (m)": the level below a California section', () => {
    it('section 1798.125(a)(1)(E): "subparagraph (A) of paragraph (2)\\nof subdivision (m) of Section 1798.145" is one citation, of that section, not of this paragraph (2)', () => {
      const cited = parseReferences(CPRA_SECTION_1798_125_START, { language: 'en' }).find((r) => r.text.startsWith('subparagraph (A)'));
      assert.strictEqual(cited?.text.replace(/\s+/g, ' '), 'subparagraph (A) of paragraph (2) of subdivision (m) of Section 1798.145');
      assert.deepStrictEqual(errors(CPRA_SECTION_1798_125_START), []);
    });
    it('must not: Australia\'s grouping "Subdivision B of Division 2", and "In this Subdivision", are read as no subsection', () => {
      assert.deepStrictEqual(parseReferences('The rules in Subdivision B apply.', { language: 'en' }).map((r) => r.text), []);
      assert.deepStrictEqual(parseReferences('In this Subdivision, the rules apply.', { language: 'en' }).map((r) => r.text), []);
      assert.deepStrictEqual(parseReferences('See subdivision (b) of section 4.', { language: 'en' }).map((r) => r.text), ['subdivision (b) of section 4']);
    });
  });

  describe('"following" after a citation may be a preposition', () => {
    it('section 1798.150(b): "pursuant to Section 1798.81.5 following a breach" cites section 1798.81.5, not the section after one', () => {
      const cited = parseReferences(CPRA_SECTION_1798_150_CURE, { language: 'en' }).find((r) => r.text.startsWith('Section 1798.81.5'));
      assert.deepStrictEqual(cited && [cited.text, cited.anchor.kind], ['Section 1798.81.5', 'none']);
      assert.deepStrictEqual(errors(CPRA_SECTION_1798_150_CURE), []);
    });
    it('must not: "subparagraph (a) above" and "paragraph 2 following." at a phrase\'s end still anchor by place', () => {
      assert.strictEqual(parseReferences('as in subparagraph (a) above, the rules apply', { language: 'en' })[0].anchor.kind, 'relative');
      assert.strictEqual(parseReferences('the rules of paragraph 2 following.', { language: 'en' })[0].anchor.kind, 'relative');
    });
  });

  describe('definitions', () => {
    it('section 1798.140(j): pandoc\'s \\"Contractor\\" defines “Contractor”, without the backslash', () => {
      assert.deepStrictEqual(modelOf(CPRA_SECTION_1798_140_J).model.definitions.map((d) => d.term), ['Contractor']);
    });
    it('section 1798.145 (h) and (n) each define “Contractor” “For purposes of this subdivision:” (a subdivision no heading shows): no duplicate', () => {
      const terms = modelOf(CPRA_SECTION_1798_145_H + '\n' + CPRA_SECTION_1798_145_N).model.definitions.map((d) => d.term);
      assert.deepStrictEqual(terms.filter((term) => term === 'Contractor').length, 2);
      assert.deepStrictEqual(errors(CPRA_SECTION_1798_145_H + '\n' + CPRA_SECTION_1798_145_N).filter((e) => e.startsWith('duplicate-definition')), []);
    });
    it('must not: the same term defined twice "For purposes of this section" in one section is still a duplicate', () => {
      const text = '### Section 1\n\n(a) For purposes of this section:\n\n(1) "Contractor" means a person.\n\n(2) "Contractor" means a business.\n';
      assert.strictEqual(errors(text).filter((e) => e.startsWith('duplicate-definition')).length, 1);
    });
  });
});
