// The names a document goes by (its title, short title, aliases and the short title its text gives
// itself) are read while its text is at hand, before it is put to rest. The name index reads every
// document's names when a citation names an instrument; read after the rest, each document's text
// was inflated again for it — while the server indexed, at the keystroke that came next. And a
// document put to rest before `set` (the server's indexing) is not inflated by `set`.
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Workspace } from '../../server/src/engine/workspace';
import { isResting, textsInflated } from '../../server/src/engine/restingText';
import { repositoryRoot } from '../helpers/lspClient';

describe('names read before the text rests', function () {
  this.timeout(120000);

  async function corpusWorkspace(restInSlices: boolean): Promise<Workspace> {
    const corpus = path.join(repositoryRoot(), 'corpus');
    const workspace = new Workspace();
    for (const name of (await fs.readdir(corpus)).filter((file) => file.endsWith('.md')).sort()) {
      const uri = pathToFileURL(path.join(corpus, name)).href;
      const text = await fs.readFile(path.join(corpus, name), 'utf8');
      if (restInSlices) {
        // the server's way: parsed (by its parse thread), put to rest in slices, then set
        const parsed = new Workspace({ restTexts: false }).set(uri, text, 0);
        await workspace.restBeforeSet(parsed, async () => undefined, 1);
        const before = textsInflated;
        workspace.set(uri, text, 0, parsed);
        // `set` takes the rested model in as it is: its text is not read (and so not inflated) again
        assert.equal(textsInflated - before, 0, `set inflated the text of ${name}`);
      } else {
        workspace.set(uri, text, 0);
      }
    }
    return workspace;
  }

  for (const restInSlices of [false, true]) {
    it(`a citation naming a law resolves into it without inflating the texts at rest (${restInSlices ? 'rested in slices, as the server indexes' : 'rested by set'})`, async () => {
      const workspace = await corpusWorkspace(restInSlices);
      const kenya = workspace.all().find((model) => model.id === 'ke-cmca-2018')!;
      assert.ok(isResting(kenya), 'the Kenyan act rests');
      // A note that names the act by the short title its front matter gives.
      const note = 'file:///notes/kenya-note.md';
      workspace.set(note, `# Note\n\n${'A commentary of some length. '.repeat(200)}\n\nSee section 14 of the Computer Misuse and Cybercrimes Act.\n`, 0);
      const before = textsInflated;
      const [resolved] = workspace.resolved(note);
      assert.equal(resolved.status, 'resolved', JSON.stringify(resolved.targets));
      assert.equal(resolved.targets[0].uri, kenya.uri);
      assert.equal(kenya.unitsById.get(resolved.targets[0].unitId!)?.label.trim(), '14');
      // The note's own text, read to resolve it: one. Before, every resting document's text as well (16 here).
      assert.ok(textsInflated - before <= 1, `${textsInflated - before} texts inflated`);
    });
  }
});
