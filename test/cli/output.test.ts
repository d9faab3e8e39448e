// What a user reads from the CLI and can act on: every location with path:line:col, the units
// that do exist when a citation is broken, the whole citation under the caret, document text that
// cannot drive the terminal, one count of documents everywhere, export file names that never
// collide, and progress only on a terminal.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist', 'cli.js');

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const LAW = (body: string) => `---\nid: small-act\ntitle: Small Act\ntype: law\nlanguage: en\n---\n\n# Small Act\n\n${body}\n`;

describe('CLI output a user can act on', function () {
  this.timeout(60000);
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(path.join(tmpdir(), 'treaty-lens-output-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('a broken "Section 99" says which sections exist, and the caret marks the whole citation', () => {
    const sections = [1, 2, 3, 4].map((n) => `## Section ${n}\n\nText of section ${n}.`).join('\n\n');
    writeFileSync(path.join(dir, 'small.md'), LAW(`${sections}\n\n## Section 5\n\nAs provided in Section 99, a person commits an offence.`));
    const result = run(['check', '.'], dir);
    assert.equal(result.code, 1);
    assert.match(result.stdout, /small\.md:\d+:\d+: error broken-reference: "Section 99": this document has no section 99 \(it has sections 1–5\)\./);
    const lines = result.stdout.split('\n');
    const source = lines.findIndex((line) => line.includes('As provided in Section 99'));
    const caret = lines[source + 1];
    assert.equal(caret.indexOf('^'), lines[source].indexOf('Section 99'));
    assert.equal(caret.trim().length, 'Section 99'.length, `caret: ${JSON.stringify(caret)}`);
    assert.match(result.stdout, /small\.md:\d+:\d+: note: exists: Section 1/);
  });

  it('every related location has path:line:col in text, and line and column in JSON; all occurrences are listed', () => {
    copyFileSync(path.join(ROOT, 'corpus', 'bj-code-numerique.md'), path.join(dir, 'bj.md'));
    const text = run(['check', '.'], dir).stdout;
    const message = text.split('\n').find((line) => /inconsistent-variant: “commission cryptologie”/.test(line));
    assert.ok(message, text);
    const count = Number(/\((\d+) occurrences\)/.exec(message)![1]);
    const after = text.split('\n').slice(text.split('\n').indexOf(message) + 3);
    const notes = after.slice(0, after.findIndex((line) => !/^ {2}\S+:\d+:\d+: note: /.test(line)));
    assert.equal(notes.length, count - 1, 'the first occurrence is the diagnostic, the others are notes');
    for (const note of notes) assert.match(note, /^ {2}bj\.md:\d+:\d+: note: also here$/);

    const json = JSON.parse(run(['check', '.', '--format', 'json'], dir).stdout);
    const variant = json.diagnostics.find((d: { code: string; message: string }) => d.code === 'inconsistent-variant' && /cryptologie/.test(d.message));
    assert.equal(variant.related.length, count - 1);
    for (const related of variant.related) {
      assert.equal(related.path, 'bj.md');
      assert.ok(Number.isInteger(related.line) && related.line > 1 && Number.isInteger(related.column) && related.column >= 1, JSON.stringify(related));
      const lineText = readFileSync(path.join(dir, 'bj.md'), 'utf8').split('\n')[related.line - 1];
      assert.match(lineText.slice(related.column - 1), /^commission cryptologie/i);
    }
  });

  it('document text cannot send escape sequences to the terminal', () => {
    writeFileSync(path.join(dir, 'evil.md'), LAW('## Section 1\n\nSee section 99 \u001b]0;pwned\u0007\u001b[2J here.'));
    const result = run(['check', '.'], dir);
    assert.doesNotMatch(result.stdout, /\u001b|\u0007/);
    assert.match(result.stdout, /␛\]0;pwned␇␛\[2J/);
    const index = run(['index', '.'], dir);
    assert.doesNotMatch(index.stdout, /\u001b/);
  });

  it('counts documents the same way in check, index and export, and never lists a README as a document', () => {
    for (const name of ['coe-ets185-en.md', 'coe-ets185-nl.md', 'README.md']) copyFileSync(path.join(ROOT, 'corpus', name), path.join(dir, name));
    const check = run(['check', '.'], dir);
    assert.match(check.stdout, /^2 documents \(and 1 other markdown file\) checked:/m);
    const index = JSON.parse(run(['index', '.', '--json'], dir).stdout);
    assert.equal(index.documents.length, 2);
    const site = path.join(dir, 'site');
    assert.equal(run(['export', 'html', '.', '-o', site], dir).code, 0);
    assert.deepEqual(readdirSync(site).sort(), ['coe-ets185-en.html', 'coe-ets185-nl.html', 'index.html']);
    assert.doesNotMatch(readFileSync(path.join(site, 'index.html'), 'utf8'), />unknown</);
  });

  it('export html: ids "index", "a/b" and "a_b" get pages of their own', () => {
    const doc = (id: string) => `---\nid: ${id}\ntitle: Document ${id}\ntype: law\nlanguage: en\n---\n\n## Section 1\n\nText of ${id}.\n`;
    writeFileSync(path.join(dir, 'one.md'), doc('index'));
    writeFileSync(path.join(dir, 'two.md'), doc('a/b'));
    writeFileSync(path.join(dir, 'three.md'), doc('a_b'));
    const site = path.join(dir, 'site');
    assert.equal(run(['export', 'html', '.', '-o', site], dir).code, 0);
    const pages = readdirSync(site).sort();
    assert.equal(pages.length, 4, pages.join(', '));
    const index = readFileSync(path.join(site, 'index.html'), 'utf8');
    assert.match(index, /<h1>Documents<\/h1>/, 'the site index is not overwritten');
    for (const id of ['index', 'a/b', 'a_b']) {
      const href = new RegExp(`<a href="([^"]+)">Document ${id.replace('/', '\\/')}</a>`).exec(index)?.[1];
      assert.ok(href && pages.includes(href), `${id} → ${href}`);
      assert.match(readFileSync(path.join(site, href), 'utf8'), new RegExp(`Text of ${id.replace('/', '\\/')}`));
    }
  });

  it('export graph --format graphml never writes a lone surrogate', () => {
    writeFileSync(path.join(dir, 'odd.md'), `---\nid: odd\ntitle: Broken \ud800 title\ntype: law\nlanguage: en\n---\n\n## Section 1 – Heading \udc00 here\n\nText.\n`);
    const out = path.join(dir, 'g.graphml');
    assert.equal(run(['export', 'graph', '.', '--format', 'graphml', '-o', out], dir).code, 0);
    const xml = readFileSync(out, 'utf8');
    assert.doesNotMatch(xml, /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    assert.match(xml, /Broken \ufffd title/);
  });

  it('shows progress on a terminal and none when piped', function () {
    for (let n = 0; n < 60; n++) writeFileSync(path.join(dir, `law-${n}.md`), LAW(`## Section 1\n\nText ${n}.`).replace('small-act', `act-${n}`));
    const piped = run(['check', '.'], dir);
    assert.doesNotMatch(piped.stderr + piped.stdout, /checking \d+\/\d+|reading \d+\/\d+/);
    // util-linux `script` gives the CLI a real terminal.
    const probe = spawnSync('script', ['--version'], { encoding: 'utf8' });
    if (probe.status !== 0) this.skip();
    const tty = spawnSync('script', ['-qec', `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} check .`, '/dev/null'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    assert.match(tty.stdout, /checking \d+\/60…/);
    assert.match(tty.stdout, /60 documents checked/);
  });
});
