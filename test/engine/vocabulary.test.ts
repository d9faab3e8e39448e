// Vocabulary files: which documents an instrument's id globs recognise, and globs refused with a reason.
import * as assert from 'node:assert/strict';
import { instrumentOf, parseVocabulary } from '../../server/src/engine/vocabulary/vocabulary';
import { parseDocument } from '../../server/src/engine/document';

function documentWithId(id: string) {
  return parseDocument(`file:///${id}.md`, `---\nid: ${id}\ntitle: A law\ntype: law\n---\n\n# A law\n`);
}

function vocabularyWithIds(ids: string[]) {
  return parseVocabulary(`instruments:\n  budapest:\n    ids: ${JSON.stringify(ids)}\n    titles: []\nconcepts: []\n`);
}

describe('vocabulary: instruments recognised by id globs', () => {
  it('"*" and case: "COE-ETS185*" recognises coe-ets185-en', () => {
    const { vocabulary, error } = vocabularyWithIds(['COE-ETS185*']);
    assert.equal(error, undefined);
    assert.equal(instrumentOf(vocabulary, documentWithId('coe-ets185-en'))?.name, 'budapest');
    assert.equal(instrumentOf(vocabulary, documentWithId('coe-ets189-en')), undefined);
  });

  it('a character class matches a class: "coe-ets18[0-9]-en"', () => {
    const { vocabulary } = vocabularyWithIds(['coe-ets18[0-9]-en']);
    assert.equal(instrumentOf(vocabulary, documentWithId('coe-ets185-en'))?.name, 'budapest');
    assert.equal(instrumentOf(vocabulary, documentWithId('coe-ets18x-en')), undefined);
  });

  it('a glob with more than two "*" is refused with the reason, not run (its time grows as a power of the id)', () => {
    const { error } = vocabularyWithIds(['c*o*e*185']);
    assert.match(error ?? '', /more than 2 "\*": "c\*o\*e\*185" \(budapest\)/);
  });
});
