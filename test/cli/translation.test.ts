// treaty-lens align and treaty-lens terms, run as a user runs them.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist', 'cli.js');

function run(args: string[], cwd = ROOT) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('treaty-lens align and terms', function () {
  this.timeout(60000);
  let folder = '';

  beforeEach(() => {
    // The two Budapest versions and the two Protocol versions, without the corpus term base.
    folder = mkdtempSync(path.join(tmpdir(), 'treaty-lens-terms-'));
    for (const name of ['coe-ets185-en.md', 'coe-ets185-nl.md', 'coe-ets189-en.md', 'coe-ets189-nl.md']) copyFileSync(path.join(ROOT, 'corpus', name), path.join(folder, name));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('align prints the alignment and the differences, as text and as JSON', () => {
    const text = run(['align', 'coe-ets185-en.md', 'coe-ets185-nl.md'], folder);
    assert.equal(text.code, 1, text.stderr);
    assert.match(text.stdout, /^coe-ets185-en \(en, 316 units\) ↔ coe-ets185-nl \(nl, 316 units\)\naligned: 316 pairs; without counterpart: 0 of the original, 0 of the translation\n/);
    assert.match(text.stdout, /coe-ets185-nl\.md:68:1: information version-structure-differs: Artikel 1 \(d\)/);
    const json = JSON.parse(run(['align', 'coe-ets189-en.md', 'coe-ets189-nl.md', '--json'], folder).stdout);
    assert.deepEqual([json.aligned, json.unaligned, json.differences], [62, [], []]);
    assert.equal(run(['align', 'coe-ets189-en.md', 'coe-ets189-nl.md'], folder).code, 0);
  });

  it('align reports a missing article with its reason', () => {
    const nl = readFileSync(path.join(folder, 'coe-ets189-nl.md'), 'utf8');
    const start = nl.indexOf('### Artikel 6 ');
    writeFileSync(path.join(folder, 'coe-ets189-nl.md'), nl.slice(0, start) + nl.slice(nl.indexOf('### Artikel 7 ')));
    const report = JSON.parse(run(['align', 'coe-ets189-en.md', 'coe-ets189-nl.md', '--json'], folder).stdout);
    const topmost = report.unaligned.filter((u: { topmost: boolean }) => u.topmost);
    assert.equal(topmost.length, 1);
    assert.deepEqual([topmost[0].side, topmost[0].unit], ['original', 'art_6']);
    assert.match(topmost[0].reason, /Article 6 has no counterpart in/);
    assert.ok(report.differences.some((d: { code: string }) => d.code === 'version-unit-missing'));
  });

  it('align: bad usage is exit 2 with a clear message', () => {
    const one = run(['align', 'coe-ets185-en.md'], folder);
    assert.equal(one.code, 2);
    assert.match(one.stderr, /name the original and the translation/);
    const missing = run(['align', 'coe-ets185-en.md', 'nothing.md'], folder);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nothing\.md is not a file/);
  });

  it('terms writes the term base, keeps hand edits on the next run, and exports TBX that imports back the same', () => {
    const first = run(['terms', '.'], folder);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /treaty-lens\.termbase\.yaml: 9 terms, 9 agreed renderings/);
    const file = path.join(folder, 'treaty-lens.termbase.yaml');
    const yaml = readFileSync(file, 'utf8');
    assert.match(yaml, /- term: computer data\n {4}language: en\n {4}source: coe-ets185-en art_1__subpara_b\n {4}renderings:\n {6}nl:\n {8}preferred: computergegevens/);
    // A translator's edit survives the next run.
    writeFileSync(file, yaml.replace('preferred: verkeersgegevens\n        admitted: []\n        forbidden: []', 'preferred: verkeersgegevens\n        admitted: []\n        forbidden: [verkeersdata]'));
    assert.equal(run(['terms'], folder).code, 0);
    const edited = readFileSync(file, 'utf8');
    assert.match(edited, /forbidden:\n {10}- verkeersdata/);
    const exported = run(['terms', '--tbx'], folder);
    assert.equal(exported.code, 0, exported.stderr);
    const tbx = path.join(folder, 'treaty-lens.termbase.tbx');
    assert.match(readFileSync(tbx, 'utf8'), /<term>verkeersdata<\/term>\s*<termNote type="administrativeStatus">deprecatedTerm-admn-sts<\/termNote>/);
    rmSync(file);
    const imported = run(['terms', '--import', tbx], folder);
    assert.equal(imported.code, 0, imported.stderr);
    assert.equal(readFileSync(file, 'utf8'), edited);
    // No temporary files are left behind.
    assert.deepEqual(readdirSync(folder).filter((name) => name.includes('.tmp')), []);
  });

  it('terms --import of a malformed TBX file names the line and leaves the term base as it was', () => {
    assert.equal(run(['terms'], folder).code, 0);
    const file = path.join(folder, 'treaty-lens.termbase.yaml');
    const before = readFileSync(file, 'utf8');
    writeFileSync(path.join(folder, 'bad.tbx'), '<?xml version="1.0"?>\n<tbx type="TBX-Basic">\n  <text><body>\n    <conceptEntry id="c1">\n      <langSet xml:lang="en"><termSec><term>x</term></termSec>\n    </conceptEntry>\n  </body></text>\n</tbx>\n');
    const result = run(['terms', '--import', 'bad.tbx'], folder);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /^bad\.tbx:\d+: not well-formed XML: .+\nNothing was written\.\n$/);
    assert.equal(readFileSync(file, 'utf8'), before);
  });

  it('terms refuses to overwrite a term base it cannot read', () => {
    const file = path.join(folder, 'treaty-lens.termbase.yaml');
    writeFileSync(file, 'terms: [\n');
    const result = run(['terms'], folder);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /treaty-lens\.termbase\.yaml: line \d+/);
    assert.equal(readFileSync(file, 'utf8'), 'terms: [\n');
  });
});
