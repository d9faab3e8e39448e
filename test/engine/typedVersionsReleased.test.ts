// A document being typed in keeps only what the next keystroke needs from the version before it.
// Each version made by an edit inside one block's words remembers the version it was moved from
// (the resolutions are moved from it); if that version kept remembering its own previous one, every
// version ever typed would stay in memory (about 0.9 MB per keystroke in a 205 KB treaty) and the
// collector would spend ever longer on a heap that only grows.
import * as assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Workspace } from '../../server/src/engine/workspace';
import { checkDocument } from '../../server/src/engine/checks';
import { inPlaceEditOf, type DocumentModel } from '../../server/src/engine/document';
import { corpusText, corpusUri } from '../helpers/workspace';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** A macrotask, so that the WeakRefs made in the last one no longer hold their targets, then a full collection. */
async function collect(): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  gc();
}

describe('engine: versions of a document being typed in are released', function () {
  this.timeout(120_000);

  for (const name of ['coe-ets185-en.md', 'us-18usc2510.md']) {
    it(`${name}: after letters typed in a word, only the last two versions stay in memory`, async () => {
      const uri = corpusUri(name);
      let text = corpusText(name);
      const workspace = new Workspace();
      const first = workspace.set(uri, text, 1);
      checkDocument(workspace, uri);
      // Inside a word of a long prose block in the middle of the document.
      const block = first.prose.filter((span) => span.end - span.start > 200)[5];
      let at = text.indexOf(' ', block.start + 50) - 1;
      const versions: Array<WeakRef<DocumentModel>> = [];
      let inPlace = 0;
      // The first letter makes the version that remembers what the next keystrokes move (a full parse).
      for (let i = 0; i < 9; i++) {
        text = text.slice(0, at) + 'abcdefghi'[i] + text.slice(at);
        at++;
        const model = workspace.set(uri, text, 2 + i);
        if (inPlaceEditOf(model)) inPlace++;
        checkDocument(workspace, uri);
        workspace.termUses(uri);
        if (i > 0) versions.push(new WeakRef(model));
      }
      assert.equal(inPlace, 8, 'every letter was typed in place');
      await collect();
      await collect();
      // The current version, and the one it was moved from (its resolutions are moved from that one's).
      assert.ok(versions[7].deref(), 'the current version is alive');
      // The versions typed before the last two must not stay: if each kept the one before it, all six (3 to 8) would.
      // One of them was found alive after the collections in about 1 of 10 runs of a whole suite (version 8 or 7; never
      // in this file alone), and a heap snapshot taken right after such a failure showed nothing holding it any more
      // (only this check's own read of its WeakRef): something held it for a moment at the collection (not found).
      // A version or two held a little longer is no leak (one has been seen); versions piling up as one types is what
      // this test is for.
      const kept = versions.slice(0, 6).map((ref, index) => (ref.deref() ? index + 3 : 0)).filter((version) => version > 0);
      assert.ok(kept.length <= 2, `versions ${kept.join(', ')} are still in memory`);
    });
  }
});
