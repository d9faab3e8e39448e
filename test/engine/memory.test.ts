// The per-block memos of a document being edited stay the size of one document's results,
// however long the user types, and are dropped when the editor closes the document.
import * as assert from 'node:assert/strict';
import { Workspace } from '../../server/src/engine/workspace';
import { checkDocument } from '../../server/src/engine/checks';
import { corpusText, corpusUri } from '../helpers/workspace';

describe('engine: memory of an edited document', () => {
  const name = 'coe-ets185-en.md';
  const uri = corpusUri(name);
  const original = corpusText(name);
  const at = original.indexOf('Each Party shall adopt');

  /** Types `word` letter by letter at `at`, checking after every keystroke; returns the memo tables after each. */
  function type(workspace: Workspace, word: string): number[] {
    const counts: number[] = [];
    let text = original;
    for (const [i, letter] of [...word].entries()) {
      text = text.slice(0, at + i) + letter + text.slice(at + i);
      workspace.set(uri, text, i + 2);
      checkDocument(workspace, uri);
      counts.push(workspace.memoSize().tables);
    }
    return counts;
  }

  it('typing a long hyphenated word does not add a memo table per keystroke', () => {
    const workspace = new Workspace();
    workspace.set(uri, original, 1);
    checkDocument(workspace, uri);
    const word = 'information-and-communication-technology-related-cyber-security-incident-response ';
    const counts = type(workspace, word);
    // Each prefix ("cyber-s", "cyber-se", …) is a new set of spellings: a table that is kept
    // only while the last versions use it.
    assert.ok(Math.max(...counts) <= counts[8] + 2, `tables per keystroke: ${counts.join(' ')}`);
    assert.ok(counts[counts.length - 1] <= counts[8] + 2, `tables per keystroke: ${counts.join(' ')}`);
  });

  it('closing the document drops its memos; the next version is analysed cold, with the same diagnostics', () => {
    const workspace = new Workspace();
    workspace.set(uri, original, 1);
    type(workspace, 'further ');
    assert.equal(workspace.memoSize().documents, 1);
    assert.ok(workspace.memoSize().entries > 0);
    workspace.close(uri);
    assert.deepEqual(workspace.memoSize(), { documents: 0, tables: 0, entries: 0 });
    workspace.set(uri, original, 0); // the disk's text, read after the close
    const afterClose = checkDocument(workspace, uri);
    assert.deepEqual(workspace.memoSize(), { documents: 0, tables: 0, entries: 0 }, 'the disk version is not an edit');
    const fresh = new Workspace();
    fresh.set(uri, original, 0);
    assert.deepEqual(afterClose, checkDocument(fresh, uri));
    workspace.set(uri, original + '\nx', 1); // reopened and typed in: memos again
    checkDocument(workspace, uri);
    assert.equal(workspace.memoSize().documents, 1);
  });
});
