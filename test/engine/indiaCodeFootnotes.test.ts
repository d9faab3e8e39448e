// India Code's PDF text as converted (indiaCodeFootnotesText.ts): a word broken at its hyphen leaves the hyphen alone on its line,
// which CommonMark reads as a heading's underline ("2\nSubs. by Act 10 of 2009, s. 3, for sub\n-"): a broken word, no heading.
import * as assert from 'node:assert';
import { oneDocument } from '../helpers/oneDocument';
import { IN_IT_ACT_SECTION_1 } from './indiaCodeFootnotesText';

const act = oneDocument('it-act.md', '');
const sections = (text: string) => act.read(text).model.units.filter((unit) => unit.kind === 'section').map((unit) => unit.number);

describe('engine: India Code\'s footnotes with words broken at a hyphen', () => {
  it('"2\\nSubs. by … for sub\\n-" in the footnotes is a note, not section 2: no "Section 2 appears twice"', () => {
    assert.deepStrictEqual(sections(IN_IT_ACT_SECTION_1), ['1', '2']);
    assert.deepStrictEqual(act.problems(IN_IT_ACT_SECTION_1, 'duplicate-unit'), []);
    // must not: a heading underlined with a full rule is a heading still
    const underlined = IN_IT_ACT_SECTION_1.replace('## Section 2 - Definitions.\n', 'Section 2 - Definitions.\n---------------------------\n');
    assert.notStrictEqual(underlined, IN_IT_ACT_SECTION_1);
    assert.deepStrictEqual(sections(underlined), ['1', '2']);
  });
});
