// `treaty-lens table`: the correspondence table on the command line, as a user runs it.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const CORPUS = path.join(ROOT, 'corpus');

function run(args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('treaty-lens table', function () {
  this.timeout(60000);

  it('prints the Netherlands against Budapest as markdown: article 2 implemented by Sr art. 138ab, and the gaps', () => {
    const result = run(['table', '--treaty', 'coe-ets185-en', '--law', 'nl-sr-computercriminaliteit', CORPUS]);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^\| Article 2 – Illegal access \| mandatory criminalisation \| Artikel 138ab \| implemented \|$/m);
    assert.match(result.stdout, /^- Article 7 – Computer-related forgery: mandatory criminalisation$/m);
    assert.doesNotMatch(result.stdout, /^- Article 2 –/m);
  });

  it('writes CSV, JSON and standalone HTML; more than one --law', () => {
    const csv = run(['table', '--treaty', 'coe-ets185-en', '--law', 'ke-cmca-2018', '--law', 'us-18usc-ch121', '--format', 'csv', CORPUS]);
    assert.equal(csv.code, 0, csv.stderr);
    assert.match(csv.stdout, /^treaty,unit,number,title,obligation,law,status,provisions,gap\r$/m);
    assert.match(csv.stdout, /^coe-ets185-en,Article 2,2,Illegal access,mandatory criminalisation,ke-cmca-2018,implemented,14 Unauthorised access; 15 Access with intent to commit further offence \(in part\),no\r$/m);
    assert.match(csv.stdout, /^coe-ets185-en,Article 2,2,Illegal access,mandatory criminalisation,us-18usc-ch121,partly,§ 2701 Unlawful access to stored communications \(in part\),no\r$/m);
    const json = JSON.parse(run(['table', '--treaty', 'coe-ets185-en', '--format', 'json', CORPUS]).stdout);
    assert.deepEqual(json.gaps.filter((r: { obligation: { class: string } }) => r.obligation.class === 'criminalisation').map((r: { number: string }) => r.number), ['7', '10', '11', '12', '13']);
    const dir = mkdtempSync(path.join(tmpdir(), 'treaty-lens-table-'));
    try {
      const file = path.join(dir, 'table.html');
      const html = run(['table', '--treaty', 'coe-ets185-en', '--format', 'html', '-o', file, CORPUS]);
      assert.equal(html.code, 0, html.stderr);
      assert.match(html.stderr, /wrote .*table\.html \(48 units, 5 laws, \d+ gaps\)/);
      const page = readFileSync(file, 'utf8');
      assert.match(page, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-/);
      assert.doesNotMatch(page, /<script/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a law text with <script> and <img onerror> prints as text in every format', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'treaty-lens-table-'));
    try {
      cpSync(path.join(CORPUS, 'coe-ets185-en.md'), path.join(dir, 'coe-ets185-en.md'));
      writeFileSync(path.join(dir, 'hostile.md'), ['---', 'id: hostile', 'title: "Hostile <script>alert(0)</script>"', 'type: law', 'language: en', '---', '', '# Hostile', '', '## Section 1. <script>alert(1)</script> and <img src=x onerror=alert(2)>', '', '> Implements: article 2 of the Budapest Convention', '', 'Text.', ''].join('\n'));
      for (const format of ['md', 'csv', 'html', 'json']) {
        const result = run(['table', '--treaty', 'coe-ets185-en', '--format', format, dir]);
        assert.equal(result.code, 0, result.stderr);
        if (format === 'md') {
          assert.doesNotMatch(result.stdout, /<script|<img/);
          assert.match(result.stdout, /&lt;script&gt;alert\(1\)&lt;\/script&gt; and &lt;img src=x onerror=alert\(2\)&gt;/);
        } else if (format === 'html') {
          assert.doesNotMatch(result.stdout, /<script|<img/);
          assert.match(result.stdout, /&lt;script&gt;alert\(1\)&lt;\/script&gt; and &lt;img src=x onerror=alert\(2\)&gt;/);
        } else if (format === 'csv') {
          assert.match(result.stdout, /,hostile,implemented,Section 1 <script>alert\(1\)<\/script> and <img src=x onerror=alert\(2\)>,no\r/);
        } else {
          assert.equal(JSON.parse(result.stdout).rows[1].cells[0].provisions[0].title, '<script>alert(1)</script> and <img src=x onerror=alert(2)>');
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('bad usage: no treaty, unknown ids, unknown format (exit 2, one clear line)', () => {
    const none = run(['table', CORPUS]);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /^treaty-lens table: name the treaty: --treaty <id>\n$/);
    const unknown = run(['table', '--treaty', 'nowhere', CORPUS]);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /no document has the id "nowhere"/);
    const law = run(['table', '--treaty', 'coe-ets185-en', '--law', 'coe-ets185-nl', CORPUS]);
    assert.match(law.stderr, /"coe-ets185-nl" is a treaty, not a law/);
    const format = run(['table', '--treaty', 'coe-ets185-en', '--format', 'pdf', CORPUS]);
    assert.equal(format.code, 2);
    assert.match(format.stderr, /--format must be one of md, csv, html, json/);
  });
});
