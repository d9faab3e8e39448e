// `npm start` (scripts/tour.mjs) on the bundled corpus: it runs to the end, its import round trip
// gives identical units, definitions and citations, and it leaves nothing in the temp folder.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

describe('npm start (the tour)', function () {
  this.timeout(180000);
  it('runs the tour on the corpus, round-trips the import, and cleans up', () => {
    const before = readdirSync(tmpdir()).filter((name) => name.startsWith('treaty-lens-tour-'));
    const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'tour.mjs')], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /Round trip, compared by the engine:/);
    assert.match(result.stdout, /units .* identical/);
    const after = readdirSync(tmpdir()).filter((name) => name.startsWith('treaty-lens-tour-'));
    assert.deepEqual(after, before, 'the tour removes its folder');
  });
});
