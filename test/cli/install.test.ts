// The CLI installed the way Node tools are: `npm pack`, then `npm install -g` of the tarball
// (offline: the bundle has no runtime dependencies), then `treaty-lens` run from a folder
// outside the repository on the user's own documents.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

describe('treaty-lens installed with npm install -g', function () {
  this.timeout(120000);
  let home: string;
  before(() => { home = mkdtempSync(path.join(tmpdir(), 'treaty-lens-install-')); });
  after(() => rmSync(home, { recursive: true, force: true }));

  it('packs only the command line, installs offline, and checks a folder outside the repository', () => {
    const quiet = { ...process.env, npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false', npm_config_cache: path.join(home, 'npm-cache') };
    const pack = spawnSync(npm, ['pack', '--json', '--pack-destination', home], { cwd: ROOT, encoding: 'utf8', env: quiet });
    assert.equal(pack.status, 0, pack.stderr);
    const [packed] = JSON.parse(pack.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
    const files = packed.files.map((f) => f.path).sort();
    assert.ok(files.includes('dist/cli.js'), files.join(', '));
    assert.ok(!files.some((f) => f.startsWith('server/') || f.startsWith('test/') || f.startsWith('corpus/')), `sources are not shipped: ${files.join(', ')}`);

    const prefix = path.join(home, 'prefix');
    const install = spawnSync(npm, ['install', '-g', '--offline', '--prefix', prefix, path.join(home, packed.filename)], { cwd: home, encoding: 'utf8', env: quiet });
    assert.equal(install.status, 0, install.stderr);
    const bin = path.join(prefix, 'bin', 'treaty-lens');

    // The user's own folder, far from the repository: a law citing an article it lacks.
    const own = path.join(home, 'my-laws');
    mkdirSync(own);
    copyFileSync(path.join(ROOT, 'corpus', 'coe-ets185-en.md'), path.join(own, 'coe-ets185-en.md'));
    const env = { ...quiet, PATH: `${path.join(prefix, 'bin')}${path.delimiter}${process.env.PATH}`, NO_COLOR: '1' };
    const version = spawnSync(bin, ['--version'], { cwd: own, encoding: 'utf8', env });
    assert.equal(version.status, 0, version.stderr);
    assert.match(version.stdout, /^treaty-lens \d+\.\d+\.\d+/);
    const check = spawnSync(bin, ['check', '.'], { cwd: own, encoding: 'utf8', env });
    assert.match(check.stdout, /1 document checked/);
    assert.deepEqual(readdirSync(own), ['coe-ets185-en.md'], 'check writes nothing into the user folder');
  });
});
