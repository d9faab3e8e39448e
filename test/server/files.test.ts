// Which files a workspace indexes: include and exclude globs (picomatch) as the settings give them.
import * as assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { listDocuments, PathFilter } from '../../server/src/node/files';

describe('files: include and exclude globs', () => {
  it('character classes match a class, not the literal text: "draft[0-9].md"', () => {
    const filter = new PathFilter(['draft[0-9].md']);
    assert.equal(filter.accepts('draft3.md'), true);
    assert.equal(filter.accepts('laws/draft7.md'), false);
    assert.equal(filter.accepts('draftx.md'), false);
  });

  it('"!" takes files out of an include list and back out of an exclude list', () => {
    const filter = new PathFilter(['**/*.md', '!**/*.notes.md'], ['**/*.draft.md', '!**/keep.draft.md']);
    assert.equal(filter.accepts('laws/act.md'), true);
    assert.equal(filter.accepts('laws/act.notes.md'), false);
    assert.equal(filter.accepts('laws/act.draft.md'), false);
    assert.equal(filter.accepts('laws/keep.draft.md'), true);
  });

  it('excluding a folder excludes what it holds, at any depth', () => {
    const filter = new PathFilter(undefined, ['archive', '**/old']);
    assert.equal(filter.accepts('archive/act.md'), false);
    assert.equal(filter.accepts('laws/old/2001/act.md'), false);
    assert.equal(filter.accepts('laws/act.md'), true);
  });

  describe('on disk', () => {
    let root: string;
    before(() => {
      root = mkdtempSync(join(tmpdir(), 'treaty-lens-files-'));
      for (const file of ['act.md', 'archive/old.md', 'archive/deep/older.md', 'node_modules/pkg/readme.md', 'laws/law1.md', 'laws/lawx.md']) {
        mkdirSync(join(root, file, '..'), { recursive: true });
        writeFileSync(join(root, file), '# x\n');
      }
    });
    after(() => rmSync(root, { recursive: true, force: true }));

    it("the walk honours the user's excludes and classes", async () => {
      const files = await listDocuments(root, new PathFilter(['*.md', 'laws/law[0-9].md'], ['archive', '**/node_modules/**']));
      assert.deepEqual(files.map((file) => relative(root, file).split('\\').join('/')), ['act.md', 'laws/law1.md']);
    });

    it('the default excludes keep node_modules out', async () => {
      const files = await listDocuments(root);
      assert.deepEqual(files.map((file) => relative(root, file).split('\\').join('/')).sort(), ['act.md', 'archive/deep/older.md', 'archive/old.md', 'laws/law1.md', 'laws/lawx.md']);
    });
  });
});
