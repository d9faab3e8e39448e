// The README's test command on a machine without the system packages: `npm test` starts with
// scripts/preflight.mjs, which must stop at once with one message naming every missing package
// and the single command that installs them, and say nothing when all are there.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const PREFLIGHT = path.join(ROOT, 'scripts', 'preflight.mjs');
const PACKAGES = ['chromium', 'neovim', 'ripgrep', 'build-essential', 'python3', 'libkrb5-dev'];

describe('npm test preflight (system packages)', () => {
  let machine: string;
  beforeEach(() => { machine = mkdtempSync(path.join(tmpdir(), 'treaty-lens-machine-')); });
  afterEach(() => rmSync(machine, { recursive: true, force: true }));

  function preflight() {
    // A bare machine: nothing on PATH (node is run by its absolute path), an empty file system
    // root, and code-server not yet installed.
    const bin = path.join(machine, 'bin');
    mkdirSync(bin, { recursive: true });
    const env = { PATH: bin, TREATY_LENS_SYSROOT: machine, CODE_SERVER_DIR: path.join(machine, 'code-server') };
    return spawnSync(process.execPath, [PREFLIGHT], { env, encoding: 'utf8' });
  }

  it('on a bare machine, names every missing package once and the one command that installs them', () => {
    const result = preflight();
    assert.equal(result.status, 1);
    assert.equal(result.stdout, '');
    for (const pkg of PACKAGES) assert.match(result.stderr, new RegExp(`^  ${pkg} +for `, 'm'), pkg);
    const install = result.stderr.split('\n').filter((line) => line.includes('apt-get install'));
    assert.equal(install.length, 1, 'one install command');
    for (const pkg of PACKAGES) assert.ok(install[0].split(/\s+/).includes(pkg), `${pkg} in: ${install[0]}`);
  });

  it('names only what is missing, and is silent when everything is there', () => {
    const bin = path.join(machine, 'bin');
    mkdirSync(bin, { recursive: true });
    for (const tool of ['nvim', 'make', 'g++', 'python3']) writeFileSync(path.join(bin, tool), '');
    mkdirSync(path.join(machine, 'usr/bin'), { recursive: true });
    writeFileSync(path.join(machine, 'usr/bin/chromium'), '');
    mkdirSync(path.join(machine, 'usr/include/gssapi'), { recursive: true });
    writeFileSync(path.join(machine, 'usr/include/gssapi/gssapi.h'), '');
    let result = preflight();
    assert.equal(result.status, 1);
    assert.match(result.stderr, /^ {2}ripgrep +for /m);
    for (const pkg of PACKAGES.filter((p) => p !== 'ripgrep')) assert.doesNotMatch(result.stderr, new RegExp(`^  ${pkg} `, 'm'), pkg);

    writeFileSync(path.join(bin, 'rg'), '');
    result = preflight();
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stderr, '');
  });
});
