// Matching defined terms in running text: longest first, plural and case variants, Arabic prefixes,
// never inside a citation.
import * as assert from 'node:assert';
import { TermMatcher, termKey } from '../../server/src/engine/terms';
import { frontMatter, joinLines, uriOf, workspaceOf } from '../helpers/workspace';

function matches(terms: string[], text: string): string[] {
  const matcher = new TermMatcher(terms.map(termKey));
  return matcher.match(text).map((m) => text.slice(m.span.start, m.span.end));
}

describe('engine: terms', () => {
  describe('TermMatcher', () => {
    it('matches the longest term first', () => {
      assert.deepStrictEqual(
        matches(['electronic communication', 'electronic communications service'], 'a provider of electronic communications service or of an electronic communication.'),
        ['electronic communications service', 'electronic communication'],
      );
    });
    it('matches plural and case variants', () => {
      assert.deepStrictEqual(matches(['computer system'], 'Computer Systems and computer systems and a COMPUTER SYSTEM'), ['Computer Systems', 'computer systems', 'COMPUTER SYSTEM']);
      assert.deepStrictEqual(matches(['party'], 'the Parties'), ['Parties']);
    });
    it('does not match across sentence punctuation or inside longer words', () => {
      assert.deepStrictEqual(matches(['computer system'], 'a computer. System'), []);
      assert.deepStrictEqual(matches(['data'], 'metadata and database'), []);
    });
    it('matches Arabic terms with attached prefixes', () => {
      const text = 'تحفظ وبيانات الحركة وتنقل للبيانات الإلكترونية وبالبيانات الإلكترونية';
      assert.deepStrictEqual(matches(['بيانات الحركة', 'البيانات الإلكترونية'], text), ['وبيانات الحركة', 'للبيانات الإلكترونية', 'وبالبيانات الإلكترونية']);
    });
    it('skips excluded spans', () => {
      const text = 'computer data in article 1 computer data';
      const matcher = new TermMatcher([termKey('computer data')]);
      const found = matcher.match(text, 0, text.length, [{ start: 0, end: 13 }]);
      assert.deepStrictEqual(found.map((m) => m.span), [{ start: 27, end: 40 }]);
    });
  });

  describe('Workspace.termUses', () => {
    const treaty = frontMatter({ id: 'tr', title: 'Convention on Examples', type: 'treaty', language: 'en' }) + joinLines(
      '# Convention on Examples', '',
      '### Article 1 – Definitions', '',
      'For the purposes of this Convention:', '',
      'a) “electronic communication” means any transfer of signs;', '',
      'b) “electronic communications service” means any service which provides the ability to send electronic communications;', '',
      'c) “computer system” means any device.', '',
      '### Article 2 – Scope', '',
      'Computer Systems used for an electronic communications service are covered, as are the computer systems of article 1.',
    );

    it('finds the longest term and the variants, each governed by its definition', () => {
      const workspace = workspaceOf({ 'treaty.md': treaty });
      const model = workspace.get(uriOf('treaty.md'));
      assert.ok(model);
      const article2 = model.unitsById.get('art_2');
      assert.ok(article2);
      const uses = workspace.termUses(uriOf('treaty.md')).filter((u) => u.span.start > article2.span.start);
      assert.deepStrictEqual(uses.map((u) => [model.text.slice(u.span.start, u.span.end), u.definition.definition.term]), [
        ['Computer Systems', 'computer system'],
        ['electronic communications service', 'electronic communications service'],
        ['computer systems', 'computer system'],
      ]);
    });

    it('marks the definition site itself', () => {
      const workspace = workspaceOf({ 'treaty.md': treaty });
      const sites = workspace.termUses(uriOf('treaty.md')).filter((u) => u.isDefinition).map((u) => u.key);
      assert.deepStrictEqual(sites, [termKey('electronic communication'), termKey('electronic communications service'), termKey('computer system')]);
    });

    it('never matches inside a citation', () => {
      const text = frontMatter({ id: 'x', title: 'X', type: 'treaty' }) + joinLines(
        '### Article 1', '', '“Article” means a unit;', '', '### Article 2', '', 'See Article 1 and this article.');
      const workspace = workspaceOf({ 'x.md': text });
      const model = workspace.get(uriOf('x.md'));
      assert.ok(model);
      const citations = model.references.map((r) => r.span);
      assert.ok(citations.length >= 2, 'both citations are found');
      for (const use of workspace.termUses(uriOf('x.md'))) {
        assert.ok(!citations.some((c) => use.span.start < c.end && c.start < use.span.end), `"${model.text.slice(use.span.start, use.span.end)}" at ${use.span.start} is inside a citation`);
      }
    });

    it('uses the definitions of an incorporated document', () => {
      const workspace = workspaceOf({
        'defs.md': frontMatter({ id: 'defs', title: 'Definitions', type: 'law' }) + joinLines('### § 1. Definitions', '', '(1) “electronic storage” means any temporary storage;'),
        'act.md': frontMatter({ id: 'act', title: 'Act', type: 'law', incorporates: ['defs'] }) + joinLines('### § 2. Access', '', 'Whoever accesses electronic storage shall be fined.'),
      });
      const [use] = workspace.termUses(uriOf('act.md'));
      assert.strictEqual(use?.definition.model.id, 'defs');
    });

    it('a term defined for one article only governs inside that article', () => {
      const text = frontMatter({ id: 'x', title: 'X', type: 'treaty' }) + joinLines(
        '### Article 18', '', '3. For the purposes of this article, the term “subscriber information” means any information.', '', '4. Subscriber information is kept.', '',
        '### Article 19', '', 'Subscriber information again.');
      const workspace = workspaceOf({ 'x.md': text });
      const model = workspace.get(uriOf('x.md'));
      assert.ok(model);
      const uses = workspace.termUses(uriOf('x.md')).map((u) => model.lines.position(u.span.start).line);
      const article19 = model.unitsById.get('art_19');
      assert.ok(article19);
      assert.ok(uses.length >= 2);
      assert.ok(uses.every((line) => line < article19.line), `uses on lines ${uses.join(', ')}; article 19 starts on ${article19.line}`);
    });
  });
});
