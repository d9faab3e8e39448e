// The built CLI, run as a user runs it: `node dist/cli.js …`. Exit codes, stdout, stderr, files.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, readFileSync, writeFileSync, mkdirSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { parseDocument } from '../../server/src/engine/document';
import { toPlainText } from './plainText';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const CORPUS = path.join(ROOT, 'corpus');

function run(args: string[], options: { input?: string | Buffer; cwd?: string } = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: options.cwd ?? ROOT, input: options.input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The corpus documents: its markdown files that open with front matter. */
function corpusDocuments(): number {
  return readdirSync(CORPUS).filter((name) => name.endsWith('.md') && readFileSync(path.join(CORPUS, name), 'utf8').startsWith('---\n')).length;
}

const madeDirs: string[] = [];
/** A fresh folder for one test, removed after the suite. */
function tmp(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'treaty-lens-cli-'));
  madeDirs.push(dir);
  return dir;
}

/** A clear one-line message, never a stack trace. */
function assertCleanError(stderr: string, pattern: RegExp) {
  assert.match(stderr, pattern);
  assert.doesNotMatch(stderr, /\n\s+at .+:\d+:\d+/, 'stack trace on stderr');
  assert.doesNotMatch(stderr, /internal error/);
}

describe('treaty-lens CLI', function () {
  this.timeout(60000);

  before(() => {
    assert.ok(existsSync(CLI), 'build first: node scripts/build.mjs');
  });
  after(() => {
    for (const dir of madeDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  describe('help and usage', () => {
    it('prints help for every command and sub-command', () => {
      for (const args of [['--help'], ['index', '--help'], ['check', '--help'], ['import', '--help'], ['export', '--help'], ['export', 'html', '--help'], ['export', 'graph', '--help']]) {
        const result = run(args);
        assert.equal(result.code, 0, args.join(' '));
        assert.match(result.stdout, /treaty-lens/, args.join(' '));
        assert.equal(result.stderr, '');
      }
    });

    it('no command: help and exit 2', () => {
      const result = run([]);
      assert.equal(result.code, 2);
      assert.match(result.stdout, /Usage/);
    });

    it('unknown command, option and format: one line, exit 2', () => {
      for (const [args, pattern] of [
        [['frobnicate'], /unknown command "frobnicate"/],
        [['check', 'corpus', '--frob'], /unknown option --frob/],
        [['index', 'corpus', '--frob'], /unknown option --frob/],
        [['check', 'corpus', '--format', 'xml'], /unknown format "xml"/],
        [['import', '--frob', 'x.txt'], /unknown option --frob/],
        [['import'], /name the text file/],
        [['import', 'x.txt', '--type', 'novel'], /--type must be/],
        [['export', 'pdf', 'corpus'], /unknown export "pdf"/],
        [['export', 'graph', 'corpus', '--format', 'dot'], /unknown format "dot"/],
        [['export', 'html', 'corpus'], /-o <dir>/],
        [['check', 'corpus', '--max-warnings'], /needs a value/],
      ] as Array<[string[], RegExp]>) {
        const result = run(args);
        assert.equal(result.code, 2, `${args.join(' ')}: ${result.stderr}`);
        assertCleanError(result.stderr, pattern);
        assert.ok(result.stderr.trim().split('\n').length <= 12, args.join(' '));
      }
    });
  });

  describe('index', () => {
    it('summarises the corpus and prints JSON', () => {
      const text = run(['index', 'corpus']);
      assert.equal(text.code, 0);
      assert.match(text.stdout, /coe-ets185-en \(treaty, en\) \d+ units/);
      const json = run(['index', 'corpus/us-18usc2510.md', '--json']);
      assert.equal(json.code, 0);
      const index = JSON.parse(json.stdout);
      assert.equal(index.documents[0].id, 'us-18usc2510');
    });

    it('missing folder: clear message, non-zero', () => {
      const result = run(['index', 'no/such/folder']);
      assert.notEqual(result.code, 0);
      assertCleanError(result.stderr, /no\/such\/folder does not exist/);
    });
  });

  describe('check', () => {
    it('prints compiler-like diagnostics with a caret and a summary; exit 1 on errors', () => {
      const dir = tmp();
      writeFileSync(path.join(dir, 'a.md'), '---\nid: a\ntitle: A\ntype: treaty\nlanguage: en\n---\n\n# A\n\n## Article 1 – X\n\n1. As provided in article 9.\n');
      const result = run(['check', dir], { cwd: dir });
      assert.equal(result.code, 1, result.stdout + result.stderr);
      // The caret marks the whole citation "article 9", and the message says what exists.
      assert.match(result.stdout, /^a\.md:12:19: error broken-reference: "article 9": this document has no article 9 \(it has article 1\)\.\n {2}1\. As provided in article 9\.\n {20}\^~{8}\n/m);
      assert.match(result.stdout, /\n1 document checked: 1 error, 0 warnings, 0 notes\n$/);
      assert.doesNotMatch(result.stdout, /\x1b\[/, 'no colour when not a terminal');
      const corpus = run(['check', 'corpus']);
      const counts = JSON.parse(run(['check', 'corpus', '--format', 'json']).stdout).counts;
      assert.equal(corpus.code, counts.error > 0 ? 1 : 0);
      // Every corpus file with front matter is a document; corpus/README.md is read but is not one.
      assert.match(corpus.stdout, new RegExp(`${corpusDocuments()} documents \\(and 1 other markdown file\\) checked: \\d+ errors?, \\d+ warnings?, \\d+ notes?\\n$`));
    });

    it('exit 0 without errors; --max-warnings decides on warnings', () => {
      const clean = run(['check', 'corpus/us-18usc2510.md']);
      assert.equal(clean.code, 0, clean.stdout);
      const dir = tmp();
      writeFileSync(path.join(dir, 'a.md'), '---\nid: a\ntitle: A\ntype: treaty\nlanguage: en\n---\n\n# A\n\n## Article 1 – X\n\n1. See article 1.\n');
      writeFileSync(path.join(dir, 'b.md'), '---\ntitle: B\ntype: law\nlanguage: en\n---\n\n# B\n\n## Article 1 – Y\n\nText.\n');
      const warnings = run(['check', dir]);
      assert.match(warnings.stdout, /warning front-matter-missing-id/);
      assert.equal(warnings.code, 0);
      assert.equal(run(['check', dir, '--max-warnings', '0']).code, 1);
      assert.equal(run(['check', dir, '--max-warnings', '5']).code, 0);
      assert.equal(run(['check', dir, '--rule', 'front-matter-missing-id=error']).code, 1);
      // One option parser for every command: "--name=value" and the short aliases work for check too.
      const equals = run(['check', dir, '--max-warnings=0']);
      assert.equal(equals.code, 1, equals.stderr);
      assert.equal(run(['check', dir, '--max-warnings=5']).code, 0);
      const quiet = run(['check', dir, '-q']);
      assert.equal(quiet.code, 0, quiet.stderr);
      assert.doesNotMatch(quiet.stdout, /front-matter-missing-id/);
      assert.equal(run(['check', dir, '--rule=front-matter-missing-id=error', '--rule', 'no-front-matter=off']).code, 1);
      const missing = run(['check', dir, '--max-warnings']);
      assert.equal(missing.code, 2);
      assertCleanError(missing.stderr, /^treaty-lens check: --max-warnings needs a value\n$/);
      rmSync(dir, { recursive: true, force: true });
    });

    it('--format json', () => {
      const result = run(['check', 'corpus', '--format', 'json']);
      const json = JSON.parse(result.stdout);
      assert.equal(json.documents, corpusDocuments());
      assert.ok(json.counts.error >= 0 && json.counts.warning > 0);
      assert.ok(json.diagnostics.every((d: { path: string; line: number; code: string }) => d.path && d.line > 0 && d.code));
    });

    it('--format sarif validates against the SARIF 2.1.0 schema', () => {
      const result = run(['check', 'corpus', '--format', 'sarif']);
      assert.ok(result.code === 0 || result.code === 1);
      const sarif = JSON.parse(result.stdout);
      const schema = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/sarif/sarif-2.1.0.json'), 'utf8'));
      const ajv = new Ajv2020({ strict: false, allErrors: true });
      addFormats(ajv);
      const validate = ajv.compile(schema);
      assert.ok(validate(sarif as object), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
      assert.equal(sarif.version, '2.1.0');
      assert.ok(sarif.runs[0].results.length > 0);
      // And an empty result set is valid too.
      const empty = JSON.parse(run(['check', 'corpus/us-18usc2510.md', '--format', 'sarif']).stdout);
      assert.ok(validate(empty), JSON.stringify(validate.errors?.slice(0, 5)));
    });

    it('missing folder, binary file, unreadable file', () => {
      const missing = run(['check', 'no/such/folder']);
      assert.equal(missing.code, 2);
      assertCleanError(missing.stderr, /no\/such\/folder does not exist/);

      const dir = tmp();
      writeFileSync(path.join(dir, 'blob.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0xff, 0x00]));
      const binary = run(['check', dir]);
      assert.equal(binary.code, 1);
      assert.match(binary.stdout, /error binary-content/);
      assertCleanError(binary.stderr + binary.stdout, /binary/);
    });

    describe('settings files (JSONC, checked like the server\'s settings)', () => {
      let dir: string;
      const law = '---\nid: law\ntitle: A law\ntype: law\n---\n\n# A law\n\n### Section 1\n\nText.\n';
      beforeEach(() => {
        dir = tmp();
        mkdirSync(path.join(dir, 'docs'));
        writeFileSync(path.join(dir, 'docs', 'law.md'), law);
      });
      afterEach(() => rmSync(dir, { recursive: true, force: true }));

      it('comments and trailing commas are read, and a string that holds ",]" or "//" is kept as written', () => {
        writeFileSync(path.join(dir, '.treaty-lens.json'), '{\n  // only the docs\n  "include": ["docs/*.md", "notes/a,]//b.md",],\n  /* none */ "exclude": [],\n}\n');
        const result = run(['check', dir, '--format', 'json']);
        assert.equal(result.code, 0, result.stderr);
        assert.equal(JSON.parse(result.stdout).documents, 1);
      });

      it('"include" given as a string, not a list: a sentence that says so, exit 2 (was "internal error: include.map is not a function")', () => {
        writeFileSync(path.join(dir, '.treaty-lens.json'), '{"include": "**/*.md"}');
        const result = run(['check', dir]);
        assert.equal(result.code, 2);
        assertCleanError(result.stderr, /"include" must be a list of globs, like \["\*\*\/\*\.md"\], not string "\*\*\/\*\.md"/);
      });

      it('broken JSON: the line and column, exit 2', () => {
        writeFileSync(path.join(dir, '.treaty-lens.json'), '{\n  "severity": { "rival-term": "error" \n');
        const result = run(['check', dir]);
        assert.equal(result.code, 2);
        assertCleanError(result.stderr, /\.treaty-lens\.json:3:1: not valid JSON \(CloseBraceExpected\)/);
      });

      it('a severity level that does not exist is named', () => {
        writeFileSync(path.join(dir, '.treaty-lens.json'), '{"treatyLens.severity": {"rival-term": "loud"}}');
        const result = run(['check', dir]);
        assert.equal(result.code, 2);
        assertCleanError(result.stderr, /"severity" of "rival-term" must be one of error, warning, information, hint, off, not string "loud"/);
      });
    });

    it('unreadable file (skipped when running as root)', function () {
      const dir = tmp();
      const file = path.join(dir, 'secret.md');
      writeFileSync(file, '# Secret\n\n## Article 1\n\nText.\n');
      chmodSync(file, 0o000);
      let readable = false;
      try { readFileSync(file); readable = true; } catch { /* expected */ }
      if (readable) { chmodSync(file, 0o644); this.skip(); }
      const result = run(['check', file]);
      chmodSync(file, 0o644);
      assert.equal(result.code, 2);
      assertCleanError(result.stderr, /permission denied/);
      const imported = (() => { chmodSync(file, 0o000); const r = run(['import', file]); chmodSync(file, 0o644); return r; })();
      assert.equal(imported.code, 1);
      assertCleanError(imported.stderr, /permission denied/);
    });
  });

  describe('import', () => {
    const documents = ['coe-ets185-en', 'us-18usc2510', 'un-cybercrime-2024-ar', 'coe-ets185-nl'];
    for (const id of documents) {
      for (const blankLines of [true, false]) {
        it(`round trip of ${id} as ${blankLines ? 'word-processor' : 'dense PDF'} text: same units, terms and citations`, () => {
          // Mapping markers ("> Implements: …") are our annotation, in no printed text.
          const original = readFileSync(path.join(CORPUS, `${id}.md`), 'utf8').replace(/^> (?:Implements|Implements in part): .*\n\n/gm, '');
          const dir = tmp();
          const input = path.join(dir, `${id}.txt`);
          const output = path.join(dir, `${id}.md`);
          writeFileSync(input, toPlainText(original, { blankLines, seed: id.length }));
          const result = run(['import', input, '--id', id, '-o', output]);
          assert.equal(result.code, 0, result.stderr);
          const removed = /removed \d+ lines of page furniture: (.*)$/m.exec(result.stderr);
          assert.ok(removed, result.stderr);
          assert.equal(removed[1].replace(/(?:page numbers|"24-25185"|"A\/RES\/79\/243") ×\d+(?:, )?/g, ''), '', 'only the page furniture is removed');
          const a = parseDocument(`file:///a/${id}.md`, original);
          const b = parseDocument(`file:///b/${id}.md`, readFileSync(output, 'utf8'));
          assert.deepEqual(b.units.map((u) => u.id), a.units.map((u) => u.id));
          assert.deepEqual(b.definitions.map((d) => d.term), a.definitions.map((d) => d.term));
          assert.deepEqual(b.references.map((r) => r.text), a.references.map((r) => r.text));
          assert.equal(b.id, id);
          assert.equal(b.title, /^# (.*)$/m.exec(original.replace(/^---\n[\s\S]*?\n---\n/, ''))![1], 'the title line of the text');
          assert.equal(b.language, a.language);
          assert.equal(b.type, a.type);
        });
      }
    }

    it('reads standard input and keeps wording verbatim (headings on two lines, hyphenation, furniture)', () => {
      const pages = [
        'UNITED NATIONS CONVENTION AGAINST CYBERCRIME\n\nChapter I\nGeneral provisions\n\nArticle 1\nStatement of purpose\n\nThe purposes of this Convention are to promote and strengthen measures to prevent and combat cybercrime more effi-\nciently and effectively;\n\n24-25185\n3/45\n\f',
        'A/RES/79/243\n\nArticle 2\nUse of terms\n\nFor the purposes of this Convention:\n(a) “Information and communications technology system” shall mean any device or group of interconnected or related devices;\n\n24-25185\n4/45\n\f',
        'A/RES/79/243\n\n(b) “Electronic data” shall mean any representation of facts;\n\n24-25185\n5/45\n\f',
      ];
      const result = run(['import', '-', '--language', 'en'], { input: pages.join('') });
      assert.equal(result.code, 0, result.stderr);
      const md = result.stdout;
      assert.match(md, /^# UNITED NATIONS CONVENTION AGAINST CYBERCRIME$/m);
      assert.match(md, /^## Chapter I – General provisions$/m);
      assert.match(md, /^### Article 1 – Statement of purpose$/m);
      assert.match(md, /more efficiently and effectively;/);
      assert.doesNotMatch(md, /A\/RES\/79\/243\n|24-25185|\d\/45/);
      assert.match(md, /^\(b\) “Electronic data” shall mean any representation of facts;$/m);
      const model = parseDocument('file:///x.md', md);
      assert.deepEqual(model.definitions.map((d) => d.term), ['Information and communications technology system', 'Electronic data']);
      assert.match(result.stderr, /read as the title of "Article 1"/);
    });

    it('recognises French, Spanish, Arabic, Russian, Chinese and § headings', () => {
      const text = [
        'Titre', '', 'Article 7 – Accès illégal', '', 'Texte.', '',
        'Artículo 8. Interceptación ilícita', '', 'Texto.', '',
        'المادة 9: التدخل', '', 'نص.', '',
        'Статья 10', '', 'Текст.', '',
        '第十一条', '', '文本。', '',
        '§ 2510. Definitions', '', 'Text.', '',
      ].join('\n');
      const result = run(['import', '-', '--title', 'Mixed', '--language', 'und'], { input: text });
      assert.equal(result.code, 0, result.stderr);
      for (const heading of ['Article 7 – Accès illégal', 'Artículo 8. Interceptación ilícita', 'المادة 9: التدخل', 'Статья 10', '第十一条', '§ 2510. Definitions']) {
        assert.match(result.stdout, new RegExp(`^#{2,6} ${heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'), heading);
      }
    });

    it('reports text it cannot place before the title, and escapes markup in the text', () => {
      const text = 'Resolution adopted by the General Assembly on 24 December 2024.\n\nThe General Assembly, recalling <b>its</b> resolutions,\n\nAnnexed Convention\n\nArticle 1\n\n# not a heading, text\n';
      const result = run(['import', '-'], { input: text });
      assert.equal(result.code, 0, result.stderr);
      assert.match(result.stderr, /2 paragraphs before the title .* could not be placed/);
      assert.match(result.stdout, /^# Annexed Convention$/m);
      assert.match(result.stdout, /^\\# not a heading, text$/m);
      assert.match(result.stdout, /recalling \\<b>its\\<\/b> resolutions/);
    });

    it('bad input: missing file, binary file, no structure, empty: one line, exit 1', () => {
      const dir = tmp();
      const binary = path.join(dir, 'a.pdf');
      writeFileSync(binary, Buffer.from('%PDF-1.7\n\u0000\u0001\u0002binary'));
      const prose = path.join(dir, 'letter.txt');
      writeFileSync(prose, 'Dear colleague,\n\nthank you for your letter of 3 May.\n\nYours sincerely\n');
      const empty = path.join(dir, 'empty.txt');
      writeFileSync(empty, '\n\n');
      for (const [file, pattern] of [
        [path.join(dir, 'missing.txt'), /missing\.txt does not exist/],
        [binary, /binary data/],
        [prose, /no article, section, chapter or preamble headings found/],
        [empty, /empty/],
        [dir, /is a folder/],
      ] as Array<[string, RegExp]>) {
        const result = run(['import', file]);
        assert.equal(result.code, 1, `${file}: ${result.stderr}`);
        assertCleanError(result.stderr, pattern);
        assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
        assert.equal(result.stdout, '');
      }
    });
  });

  describe('export', () => {
    it('html: a page per document, links, hovers, anchors, CSP', () => {
      const out = path.join(tmp(), 'site');
      const result = run(['export', 'html', 'corpus', '-o', out]);
      assert.equal(result.code, 0, result.stderr);
      const files = readdirSync(out);
      assert.ok(files.includes('index.html') && files.includes('coe-ets185-en.html') && files.includes('us-18usc2510.html'));
      const index = readFileSync(path.join(out, 'index.html'), 'utf8');
      assert.match(index, /<a href="coe-ets185-en.html">Convention on Cybercrime<\/a>/);
      const protocol = readFileSync(path.join(out, 'coe-ets189-en.html'), 'utf8');
      assert.match(protocol, /<a href="coe-ets185-en.html#art_\d+"/, 'cross-document citation link');
      const convention = readFileSync(path.join(out, 'coe-ets185-en.html'), 'utf8');
      assert.match(convention, /<h5 id="art_2">/);
      assert.match(convention, /<abbr title="“computer system”: any device or a group of interconnected/);
      assert.match(convention, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'/);
      const ar = readFileSync(path.join(out, 'un-cybercrime-2024-ar.html'), 'utf8');
      assert.match(ar, /<html lang="ar" dir="rtl">/);
    });

    it('html: document content is data, never code', () => {
      const dir = tmp();
      writeFileSync(path.join(dir, 'evil.md'), [
        '---', 'id: "evil\\"><script>alert(1)</script>"', 'title: "<img src=x onerror=alert(1)>"', 'type: treaty', 'language: en', '---', '',
        '# <script>alert(1)</script>', '', '## Article 1 – <img src=x onerror="alert(2)">', '',
        '1. “payload” means <script>alert(3)</script> and "onerror=alert(4)" text.', '',
        '2. The payload in paragraph 1 of this article is javascript:alert(5).', '',
      ].join('\n'));
      const out = path.join(dir, 'site');
      const result = run(['export', 'html', dir, '-o', out]);
      assert.equal(result.code, 0, result.stderr);
      for (const file of readdirSync(out)) {
        const html = readFileSync(path.join(out, file), 'utf8');
        assert.doesNotMatch(html, /<script/i, file);
        assert.doesNotMatch(html, /<img/i, file);
        for (const tag of html.match(/<[a-z][^>]*>/gi) ?? []) {
          // Attribute names, with quoted values blanked: no event handler anywhere.
          assert.doesNotMatch(tag.replace(/"[^"]*"/g, '""'), /\son\w+\s*=/i, `${file}: ${tag}`);
        }
        assert.doesNotMatch(html, /href="javascript:/i, file);
        assert.match(html, /default-src 'none'/);
      }
      const page = readdirSync(out).find((f) => f !== 'index.html')!;
      assert.match(page, /^[\p{L}\p{N}._-]+\.html$/u, 'file name is sanitised');
      const html = readFileSync(path.join(out, page), 'utf8');
      assert.match(html, /&lt;script&gt;alert\(3\)&lt;\/script&gt;/);
      assert.match(html, /<a href="#art_1__para_1"/);
    });

    it('graph: json and graphml with counted edges', () => {
      const json = run(['export', 'graph', 'corpus']);
      assert.equal(json.code, 0, json.stderr);
      const graph = JSON.parse(json.stdout);
      assert.ok(graph.nodes.some((n: { id: string; type: string }) => n.id === 'coe-ets185-en' && n.type === 'document'));
      assert.ok(graph.nodes.some((n: { id: string }) => n.id === 'coe-ets185-en#art_2'));
      const cross = graph.edges.find((e: { source: string; target: string }) => e.source.startsWith('coe-ets189-en') && e.target.startsWith('coe-ets185-en#'));
      assert.ok(cross, 'protocol → convention edge');
      assert.ok(graph.edges.every((e: { count: number }) => e.count >= 1));
      const ids = new Set(graph.nodes.map((n: { id: string }) => n.id));
      assert.ok(graph.edges.every((e: { source: string; target: string }) => ids.has(e.source) && ids.has(e.target)), 'every edge joins known nodes');
      const file = path.join(tmp(), 'g.graphml');
      const xml = run(['export', 'graph', 'corpus', '--format', 'graphml', '-o', file]);
      assert.equal(xml.code, 0, xml.stderr);
      const text = readFileSync(file, 'utf8');
      assert.match(text, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<graphml /);
      assert.equal((text.match(/<edge /g) ?? []).length, graph.edges.length);
    });

    it('missing folder: exit 1 with a clear message', () => {
      const result = run(['export', 'graph', 'no/such/folder']);
      assert.equal(result.code, 1);
      assertCleanError(result.stderr, /does not exist/);
      mkdirSync(path.join(tmp(), 'x'), { recursive: true });
    });
  });
});
