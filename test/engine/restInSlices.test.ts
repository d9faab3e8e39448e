// A document indexed while the user types is put to rest in slices (Workspace.restBeforeSet, the
// server's indexing loop) instead of in one piece inside `set`: the model the index then holds must
// be the one `set` alone makes. On the real corpus, the raw laws of test/fixtures and ../shared/sources.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { Workspace } from '../../server/src/engine/workspace';
import { parseDocument } from '../../server/src/engine/document';
import { isResting, referencesRest } from '../../server/src/engine/restingText';
import { CORPUS_DIR, corpusFiles, SOURCES_DIR } from '../helpers/workspace';

const RAW_DIR = join(CORPUS_DIR, '..', 'test', 'fixtures', 'raw-laws');

function documents(): Array<{ uri: string; text: string }> {
  const folder = (dir: string, names: string[]) => names.map((name) => ({ uri: `file://${join(dir, name)}`, text: readFileSync(join(dir, name), 'utf8') }));
  const markdown = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.md') && name !== 'SOURCES.md' && name !== 'README.md');
  const docs = [...folder(CORPUS_DIR, corpusFiles()), ...folder(RAW_DIR, markdown(RAW_DIR)), ...(SOURCES_DIR ? folder(SOURCES_DIR, markdown(SOURCES_DIR)) : [])];
  assert.ok(docs.length >= 20, `${docs.length} documents`);
  return docs;
}

describe('engine: a model put to rest in slices', function () {
  this.timeout(300000);

  it('is the model set makes in one piece: every value, the objects it shares, its text and citations read back', async () => {
    const whole = new Workspace();
    const sliced = new Workspace();
    let cedes = 0;
    let rested = 0;
    // Nothing else may see the model between slices: it joins the index only in `set`.
    const cede = async () => {
      cedes++;
      await new Promise((resolve) => setImmediate(resolve));
    };
    for (const { uri, text } of documents()) {
      const one = whole.set(uri, text, 0, parseDocument(uri, text, 0));
      const parsed = parseDocument(uri, text, 0);
      await sliced.restBeforeSet(parsed, cede, 0);
      assert.equal(sliced.get(uri), undefined, 'not in the index before set');
      const other = sliced.set(uri, text, 0, parsed);
      assert.equal(isResting(other), isResting(one), uri);
      assert.equal(referencesRest(other), referencesRest(one), uri);
      if (isResting(one)) rested++;
      // v8's serialisation reads the text and citations back through their getters and writes
      // every object once, with back references: equal bytes mean equal values and equal sharing.
      assert.ok(serialize(other).equals(serialize(one)), `${uri}: the model differs`);
    }
    assert.ok(rested >= 10, `${rested} documents put to rest`);
    assert.ok(cedes > rested, `${cedes} cedes for ${rested} documents: the copies were not made in slices`);
  });
});
