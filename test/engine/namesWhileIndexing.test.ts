// While the server indexes, documents join the workspace one after another and the open
// document's citations are resolved in between (each keystroke): citations that name an
// instrument, or found nothing, are resolved again against the names of the documents indexed
// so far, and the index of names grows with them instead of being built again. What they resolve
// to must be what a workspace built at once from the same documents, in the same order, says.
// On the real corpus, the raw laws of test/fixtures and ../shared/sources.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Workspace } from '../../server/src/engine/workspace';
import { reuseStats, usesNames } from '../../server/src/engine/workspace/resolutionReuse';
import { atLeast, CORPUS_DIR, corpusFiles, SOURCES_DIR } from '../helpers/workspace';

function documents(): Array<{ uri: string; text: string }> {
  const folder = (dir: string, names: string[]) => names.map((name) => ({ uri: `file://${join(dir, name)}`, text: readFileSync(join(dir, name), 'utf8') }));
  const markdown = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.md') && name !== 'SOURCES.md' && name !== 'README.md');
  const raw = join(CORPUS_DIR, '..', 'test', 'fixtures', 'raw-laws');
  return [...folder(CORPUS_DIR, corpusFiles()), ...folder(raw, markdown(raw)), ...(SOURCES_DIR ? folder(SOURCES_DIR, markdown(SOURCES_DIR)) : [])];
}

function resolutions(workspace: Workspace, uri: string): string[] {
  return workspace.resolved(uri).map((r) => `${r.reference.span.start}-${r.reference.span.end} ${r.status} ${JSON.stringify(r.targets)}`);
}

/** A workspace of one unrelated document, resolved: the next workspace's names are indexed from nothing. */
function forgetNames(): void {
  const other = new Workspace();
  other.set('file:///elsewhere/note.md', '# Note\n\nArticle 2 of the Convention on Elsewhere.\n', 0);
  other.resolved('file:///elsewhere/note.md');
}

describe('engine: names of documents indexed one after another', function () {
  this.timeout(300000);

  it('citations resolved after each document joins resolve as in a workspace built at once', () => {
    const docs = documents();
    assert.ok(docs.length >= atLeast(20, 15), `${docs.length} documents`);
    const growing = new Workspace();
    // The documents the user has open (resolved after every document indexed): those whose
    // citations name instruments, as a treaty's or a law's do.
    const watched: string[] = [];
    let resolvedAgain = 0;
    const checkpoints = new Set([Math.floor(docs.length / 3), Math.floor((2 * docs.length) / 3), docs.length]);
    for (let i = 0; i < docs.length; i++) {
      growing.set(docs[i].uri, docs[i].text, 0);
      if (watched.length < 8 && growing.resolved(docs[i].uri).some(usesNames)) watched.push(docs[i].uri);
      for (const uri of watched) growing.resolved(uri);
      if (!checkpoints.has(i + 1)) continue;
      const seen = watched.map((uri) => resolutions(growing, uri));
      forgetNames();
      const fresh = new Workspace();
      for (const doc of docs.slice(0, i + 1)) fresh.set(doc.uri, doc.text, 0);
      watched.forEach((uri, k) => assert.deepEqual(seen[k], resolutions(fresh, uri), `${uri} after ${i + 1} documents`));
      // Every document, too (its first resolution, against the grown names).
      for (const doc of docs.slice(0, i + 1)) assert.deepEqual(resolutions(growing, doc.uri), resolutions(fresh, doc.uri), `${doc.uri} after ${i + 1} documents`);
      resolvedAgain++;
    }
    assert.ok(watched.length >= 3, `${watched.length} documents cite by name`);
    assert.equal(resolvedAgain, checkpoints.size);
  });

  it('an open document typed in while documents join: what found nothing without reading the workspace is kept, the rest resolves as built at once', () => {
    const docs = documents();
    const filler = 'The words written here are commentary and cite nothing at all, for the length of a page. '.repeat(9);
    // A law (a commentary's bare citations are looked for in every document, and so read the workspace)
    let text = ['---', 'id: typing-note', 'title: "Notes written while the workspace indexes"', 'type: law', 'language: en', '---', '',
      '# Notes written while the workspace indexes', '', '## Article 1 – Scope', '',
      '1. This paragraph cites article 99, which the note does not have.', '', `2. ${filler}`, '', `3. ${filler}`, '', `4. ${filler}`, '',
      '5. Section 14 of the Computer Misuse and Cybercrimes Act and Article 2 of the Convention on Cybercrime are named in full.', ''].join('\n');
    const uri = 'file:///notes/typing-note.md';
    const growing = new Workspace();
    growing.open(uri);
    growing.set(uri, text, 1);
    const own = growing.resolved(uri).find((r) => r.reference.text.includes('99'))!;
    assert.equal(own.status, 'unresolved');
    assert.ok(!usesNames(own), 'article 99 read no other document: documents joining cannot change it');
    // A letter typed in paragraph 3, far from every citation, after each document joins.
    let offset = text.indexOf('commentary', text.indexOf('3. ')) + 4;
    let version = 1;
    let keptUnread = 0;
    for (let i = 0; i < docs.length; i++) {
      growing.set(docs[i].uri, docs[i].text, 0);
      text = text.slice(0, offset) + 'e' + text.slice(offset);
      offset++;
      const before = reuseStats.resolvedAgain;
      growing.set(uri, text, ++version);
      growing.resolved(uri);
      // the two named in full (they read the names) at most, never article 99
      if (reuseStats.resolvedAgain - before <= 2) keptUnread++;
    }
    assert.equal(keptUnread, docs.length, 'article 99 was resolved again while documents joined');
    const fresh = new Workspace();
    for (const doc of docs) fresh.set(doc.uri, doc.text, 0);
    fresh.set(uri, text, version);
    assert.deepEqual(resolutions(growing, uri), resolutions(fresh, uri));
    const named = growing.resolved(uri).filter((r) => /Section 14|Article 2/.test(r.reference.text));
    assert.ok(named.length === 2 && named.every((r) => r.status === 'resolved'), `the instruments named in full resolve once they have joined: ${JSON.stringify(named.map((r) => r.status))}`);
  });
});
