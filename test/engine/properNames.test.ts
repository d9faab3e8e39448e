// A proper name that contains a defined word is not a use of it: "United States" is not a use of
// the defined term "State" (18 U.S.C. § 2510(3)), "the Federal Trade Commission" not of "Commission".
import * as assert from 'node:assert';
import { TermMatcher, termKey } from '../../server/src/engine/terms';
import { corpusDoc, corpusUri, loadCorpus, textOf } from '../helpers/workspace';

function matches(terms: string[], text: string): string[] {
  return new TermMatcher(terms.map(termKey)).match(text).map((m) => text.slice(m.span.start, m.span.end));
}

describe('engine: proper names are not uses of a one-word defined term', () => {
  it('18 U.S.C. § 2510: "State" is used in "any State", never in "United States"', () => {
    const model = corpusDoc('us-18usc2510');
    const uses = loadCorpus().termUses(corpusUri('us-18usc2510.md')).filter((use) => use.key === 'state');
    assert.ok(model.text.includes('United States'), 'the text names the United States');
    assert.ok(uses.length >= 5, `"State" is used: ${uses.length}`);
    for (const use of uses) {
      const around = model.text.slice(use.span.start - 8, use.span.end + 8);
      assert.doesNotMatch(around, /United States/, around);
    }
    assert.ok(uses.some((use) => /any State\b/.test(model.text.slice(use.span.start - 4, use.span.end))), 'any State is a use');
    assert.ok(uses.every((use) => /^States?$/.test(textOf(model, use.span))));
  });
  it('a name of several capitalised words, before or after the term', () => {
    assert.deepStrictEqual(matches(['Commission'], 'The term “Commission” means the Federal Trade Commission. The Commission shall act.'), ['Commission', 'Commission']);
    assert.deepStrictEqual(matches(['State'], 'A State Party, a State, the State of Alabama and the United States.'), ['State', 'State']);
  });
  it('a name broken by a hard-wrapped line is still a name: "the Electronic\\nGovernment Activities Act" (the Malaysian Act\'s forms); a blank line breaks it', () => {
    assert.deepStrictEqual(matches(['Electronic'], 'conferred by subsection 7(2) of the Electronic\nGovernment Activities Act 2007.'), []);
    assert.deepStrictEqual(matches(['Electronic'], 'the Electronic\n\nGovernment'), ['Electronic']);
  });
  it('a determiner or preposition that opens a sentence is not part of a name: "Each State", "In State courts"', () => {
    assert.deepStrictEqual(matches(['State'], 'Each State shall act. Any State may act. No State. In State courts.'), ['State', 'State', 'State', 'State']);
  });
  it('a multi-word term and lower-case words are matched as before', () => {
    assert.deepStrictEqual(matches(['traffic data', 'state'], 'Traffic Data of the state and Traffic Data Act.'), ['Traffic Data', 'state', 'Traffic Data']);
  });
});
