// How UK statutes write a definition, as legislation.gov.uk gives them through a converter (i-dot-ai/lex): a
// definition made for one subsection ("In subsection (1), “enactment” includes …"), a Welsh Act's terms with their
// Welsh equivalents ("“review date” (“dyddiad yr adolygiad”) has the meaning given in paragraph 3"), a term given its
// meaning where it is used ("remote facilities (within the meaning given in section 49F(4))"), and a short name used only
// in citations ("Part I of the 1961 Act"). Each rule has a case where it must not apply.
import * as assert from 'node:assert';
import { checkDocument } from '../../server/src/engine/checks';
import { uriOf, workspaceOf } from '../helpers/workspace';
import { UK_PAYMENT_CARD_REGULATION_17, UK_SCARWEATHER_ARTICLES_2_AND_6, UK_SENEDD_SCHEDULE_2_PARAGRAPHS_3_AND_13, UK_SENEDD_SECTIONS_49F_AND_49G, UK_WALES_LEGISLATION_SECTIONS_21_AND_25 } from './ukDefinitionsText';

const URI = uriOf('act.md');
const FRONT = '---\nid: uk-act\ntitle: An Act\nlanguage: en\ntype: law\n---\n# An Act\n\n';

function modelOf(text: string) {
  const workspace = workspaceOf({ 'act.md': FRONT + text });
  return { workspace, model: workspace.get(URI)! };
}

/** Each diagnostic of the document made of `text` with this code, as "line: message" (lines of `text`, from 1). */
function diagnostics(text: string, code: string): string[] {
  const { workspace, model } = modelOf(text);
  const frontLines = FRONT.split('\n').length - 1;
  return checkDocument(workspace, URI).filter((d) => d.code === code).map((d) => `${model.lines.position(d.span.start).line + 1 - frontLines}: ${d.message}`);
}

/** Each definition as [term, scope unit or "document", body's first words]. */
function definitions(text: string): Array<[string, string, string]> {
  return modelOf(text).model.definitions.map((d) => [d.term, d.scope.kind === 'unit' ? d.scope.unitId ?? '' : 'document', d.body.split(/\s+/).slice(0, 4).join(' ')]);
}

describe('engine: how UK statutes write a definition (legislation.gov.uk through a converter)', () => {
  describe('a definition made for one subsection or paragraph applies in its section', () => {
    it('"In subsection (1), “enactment” includes …" in sections 21 and 25 (Legislation (Wales) Act 2019): two sections, two scopes, no duplicate', () => {
      assert.deepStrictEqual(definitions(UK_WALES_LEGISLATION_SECTIONS_21_AND_25).map(([term, scope]) => [term, scope]), [['enactment', 'sec_21'], ['enactment', 'sec_25']]);
      assert.deepStrictEqual(diagnostics(UK_WALES_LEGISLATION_SECTIONS_21_AND_25, 'duplicate-definition'), []);
    });
    it('must not: the same term defined "In this Act" in two sections is still defined twice in one scope', () => {
      const forTheAct = UK_WALES_LEGISLATION_SECTIONS_21_AND_25.replace(/In subsection \(1\), {2}“enactment”/g, 'In this Act, “enactment”');
      assert.strictEqual(diagnostics(forTheAct, 'duplicate-definition').length, 1);
    });
    it('"2) In paragraph (1) “the interchange fee regulation” means …" under the lead-in "1) For the purposes of this Part …—": its own paragraph\'s scope, not the lead-in\'s', () => {
      const found = definitions(UK_PAYMENT_CARD_REGULATION_17).find(([term]) => term === 'the interchange fee regulation');
      assert.deepStrictEqual(found?.slice(0, 2), ['the interchange fee regulation', 'sec_80a']);
    });
    it('must not: "(e) in paragraph 5(3)—", an amending instruction\'s lead-in, scopes nothing', () => {
      const text = 'Section 4) **Amendments**\n\n1) The 2011 Act is amended as follows.\n\t- e) in paragraph 5(3)—\n\t- “relevant period” means the period of 28 days;';
      assert.deepStrictEqual(definitions(text).map(([term, scope]) => [term, scope]), [['relevant period', 'document']]);
    });
  });

  describe('a Welsh Act\'s terms with their Welsh equivalents, and a definition that points to another', () => {
    it('"- “UK parliamentary constituency” (“etholaeth seneddol y DU”) means …": the English term, defined by the words after its equivalent', () => {
      const found = new Map(definitions(UK_SENEDD_SCHEDULE_2_PARAGRAPHS_3_AND_13).map(([term, , body]) => [term, body]));
      assert.strictEqual(found.get('UK parliamentary constituency'), 'a constituenc\u200dy, specified in');
      assert.ok(!found.has('etholaeth seneddol y DU'), 'the Welsh equivalent is no term of the English text');
    });
    it('"“review date” (“dyddiad yr adolygiad”) has the meaning given in paragraph 3": points to paragraph 3\'s definition, neither a second definition nor unused', () => {
      assert.deepStrictEqual(diagnostics(UK_SENEDD_SCHEDULE_2_PARAGRAPHS_3_AND_13, 'duplicate-definition'), []);
      const pointer = UK_SENEDD_SCHEDULE_2_PARAGRAPHS_3_AND_13.split('\n').findIndex((line) => line.includes('has the meaning given in paragraph 3')) + 1;
      const unused = diagnostics(UK_SENEDD_SCHEDULE_2_PARAGRAPHS_3_AND_13, 'unused-definition');
      assert.ok(unused.some((d) => d.includes('review date')), 'paragraph 3\'s own definition, whose uses are not in the excerpt, is unused');
      assert.ok(!unused.some((d) => d.startsWith(`${pointer}:`)), unused.join('\n'));
    });
    it('must not: a meaning given by a section of another Act is a second definition of its own', () => {
      const elsewhere = UK_SENEDD_SCHEDULE_2_PARAGRAPHS_3_AND_13.replace('has the meaning given in paragraph 3;', 'has the meaning given in section 3 of the Local Government Act 1972;');
      assert.strictEqual(diagnostics(elsewhere, 'duplicate-definition').length, 1);
    });
  });

  describe('a term used outside the subsection it is defined for', () => {
    it('"remote facilities (within the meaning given in section 49F(4))", and again in the same subsection: the use brings its meaning', () => {
      assert.deepStrictEqual(diagnostics(UK_SENEDD_SECTIONS_49F_AND_49G, 'term-outside-scope'), []);
    });
    it('must not: without the words that give its meaning, the use in section 49G is noted', () => {
      const bare = UK_SENEDD_SECTIONS_49F_AND_49G.replace(' (within the meaning given in section 49F(4))', '');
      assert.deepStrictEqual(diagnostics(bare, 'term-outside-scope').map((d) => d.replace(/^\d+: /, '')), ['“remote facilities” is defined only “In subsection (2)(d)” (Section 49F); here it has no definition.']);
    });
  });

  describe('a short name used only in citations', () => {
    it('"“the 1961 Act” … means the Land Compensation Act 1961", then "under Part I of the 1961 Act": used', () => {
      const unused = diagnostics(UK_SCARWEATHER_ARTICLES_2_AND_6, 'unused-definition');
      assert.ok(!unused.some((d) => d.includes('the 1961 Act')), unused.join('\n'));
      assert.ok(unused.some((d) => d.includes('the 1965 Act')), 'the 1965 Act is cited nowhere in the excerpt: still unused');
    });
  });
});
