// Bad input: a problem with a clear message, never a throw, and fast.
import * as assert from 'node:assert';
import { parseDocument, type DocumentModel } from '../../server/src/engine/document';
import { checkDocument } from '../../server/src/engine/checks';
import { joinLines, uriOf, workspaceOf } from '../helpers/workspace';
import { remarkBlocks } from '../helpers/remarkBlocks';
import { confirmedRatio, describeMeasure } from '../helpers/linearTime';

function parse(text: string): DocumentModel {
  return parseDocument('file:///workspace/bad.md', text);
}

function codes(model: DocumentModel): string[] {
  return model.problems.map((p) => p.code);
}

/** Fails unless twice the input takes at most about twice the time (CPU-time ratio, never a wall-clock limit). */
function assertLinear<T>(run: (input: T) => unknown, make: (size: number) => T, options: { startSize: number; maxSize: number }): void {
  const measure = confirmedRatio(run, make, 2.5, { ...options, minMs: 4, runs: 3 });
  assert.ok(measure.ratio <= 2.5, `not linear: ${describeMeasure(measure, 'units of input')}`);
}

/** Median CPU milliseconds of `runs` calls of `fn`. */
function cpuTime(fn: () => unknown, runs = 3): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    fn();
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

describe('engine: robustness', () => {
  it('no front matter: an information problem that says what to add', () => {
    const model = parse(joinLines('# Some Act', '', '### Section 1', '', 'Text.'));
    const problem = model.problems.find((p) => p.code === 'no-front-matter');
    assert.ok(problem);
    assert.strictEqual(problem.severity, 'information');
    assert.match(problem.message, /add id, title, type/);
    assert.strictEqual(model.id, 'bad');
  });

  it('broken YAML: front-matter-invalid at the error, the document is still read', () => {
    const text = joinLines('---', 'id: x', 'title: [unclosed', 'type: treaty', '---', '', '### Article 1', '', '1. Text.');
    const model = parse(text);
    const problem = model.problems.find((p) => p.code === 'front-matter-invalid');
    assert.ok(problem, codes(model).join(', '));
    assert.match(problem.message, /not valid YAML/);
    assert.ok(problem.span.start > 3 && problem.span.start < text.indexOf('### Article'), 'points into the front matter');
    assert.deepStrictEqual(model.units.map((u) => u.id), ['art_1', 'art_1__para_1']);
  });

  it('a quoted value run onto an unindented line (IMPO\'s front matter of Uruguay\'s law 15903, verbatim): front-matter-lenient, the values are read', () => {
    const text = joinLines('---', 'title: "Ley Nº 15903 - RENDICION DE CUENTAS Y BALANCE DE EJECUCION PRESUPUESTAL. EJERCICIO 1986"', 'identifier: "UY-ley-15903"',
      'department: "SANGUINETTI - RICARDO ZERBINO CAVAJANI - ANTONIO MARCHESANO - ALBERTO',
      'RODRIGUEZ NIN - JUAN VICENTE CHIARINO - JULIO AGUIAR - JORGE SANGUINETTI - JORGE PRESNO HARAN - RENAN RODRIGUEZ SANTURIO - RAUL UGARTE ARTOLA - PEDRO BONINO GARMENDIA - JOSE VILLAR GOMEZ"',
      'official_type: "Ley"', '---', '', '##### Artículo 1', '', 'Texto.');
    const model = parse(text);
    assert.deepStrictEqual(codes(model).filter((code) => code.startsWith('front-matter-') && code !== 'front-matter-missing-id'), ['front-matter-lenient']);
    assert.strictEqual(model.title, 'Ley Nº 15903 - RENDICION DE CUENTAS Y BALANCE DE EJECUCION PRESUPUESTAL. EJERCICIO 1986');
    const problem = model.problems.find((p) => p.code === 'front-matter-lenient')!;
    assert.strictEqual(text.slice(problem.span.start, problem.span.start + 9), 'RODRIGUEZ');
    // must not: a value that is broken otherwise is still front-matter-invalid
    assert.ok(codes(parse(joinLines('---', 'title: "unclosed', 'type: [treaty', '---', '', 'Text.'))).includes('front-matter-invalid'));
  });

  it('a value opening with "*" (markdown emphasis read by YAML as an alias that names no anchor): front-matter-invalid, no crash', () => {
    // (found by the linear-time families: "title: **第一条**…" threw out of the YAML library, "Unresolved alias")
    const model = parse(joinLines('---', 'id: x', 'title: **Draft**', '---', '', '### Article 1', '', '1. Text.'));
    const problem = model.problems.find((p) => p.code === 'front-matter-invalid');
    assert.ok(problem, codes(model).join(', '));
    assert.match(problem.message, /needs quotes/);
    assert.deepStrictEqual(model.units.map((u) => u.id), ['art_1', 'art_1__para_1']);
    // must not: quoted, it is the title
    assert.strictEqual(parse(joinLines('---', 'id: x', 'title: "**Draft**"', '---', '', '### Article 1', '', '1. Text.')).title, '**Draft**');
  });

  it('front matter that is not a mapping', () => {
    const model = parse(joinLines('---', '- a', '- b', '---', '', 'Text.'));
    assert.ok(codes(model).includes('front-matter-invalid'));
  });

  it('unclosed front matter: front-matter-unclosed, read without it', () => {
    const model = parse(joinLines('---', 'id: x', 'title: X', '', '### Article 1', '', 'Text.'));
    const problem = model.problems.find((p) => p.code === 'front-matter-unclosed');
    assert.ok(problem);
    assert.match(problem.message, /no closing "---"/);
    assert.strictEqual(model.frontMatter.id, undefined);
  });

  it('an unknown document type is a warning naming the allowed types', () => {
    const model = parse(joinLines('---', 'id: x', 'type: traety', '---', '', 'Text.'));
    const problem = model.problems.find((p) => p.code === 'front-matter-type');
    assert.match(problem?.message ?? '', /treaty, law or commentary/);
  });

  it('a converter\'s kind of instrument ("type: act", "type: regulation", "type: convention") is read as a law or a treaty, with no warning', () => {
    for (const [written, read] of [['act', 'law'], ['Regulation', 'law'], ['statute', 'law'], ['convention', 'treaty']]) {
      const model = parse(joinLines('---', 'id: x', `type: ${written}`, '---', '', 'Text.'));
      assert.strictEqual(model.frontMatter.type, read, written);
      assert.strictEqual(model.problems.find((p) => p.code === 'front-matter-type'), undefined, written);
    }
  });

  it('duplicate document ids in one workspace: duplicate-document-id', () => {
    const text = joinLines('---', 'id: same', 'title: A', 'type: law', '---', '', '### Section 1', '', 'Text.');
    const workspace = workspaceOf({ 'one.md': text, 'two.md': text.replace('title: A', 'title: B') });
    const diagnostic = checkDocument(workspace, uriOf('two.md')).find((d) => d.code === 'duplicate-document-id');
    assert.ok(diagnostic);
    assert.strictEqual(diagnostic.severity, 'error');
    assert.match(diagnostic.message, /Another document has the id "same"/);
  });

  it('"### Article" with no number: heading-without-number, no unit', () => {
    const model = parse(joinLines('### Article', '', 'Text.', '', '### Article 2', '', 'Text.'));
    const problem = model.problems.find((p) => p.code === 'heading-without-number');
    assert.ok(problem);
    assert.match(problem.message, /"Article" names an? article but no number/);
    assert.deepStrictEqual(model.units.filter((u) => u.headingDepth > 0).map((u) => u.id), ['art_2']);
  });

  it('an empty file: empty-document', () => {
    for (const text of ['', '\n\n', '   ']) {
      const model = parse(text);
      assert.deepStrictEqual(codes(model), ['empty-document'], JSON.stringify(text));
      assert.deepStrictEqual(model.units, []);
    }
  });

  it('a 20 MB file: document-too-large, refused before it is read', () => {
    const chunk = '### Article 1\n\n1. Each Party shall adopt such measures as may be necessary.\n\n';
    const text = chunk.repeat(Math.ceil((20 * 1024 * 1024) / chunk.length));
    const model = parse(text);
    assert.deepStrictEqual(codes(model), ['document-too-large']);
    assert.match(model.problems[0].message, /20\.0 MB, more than the 8 MB/);
    assert.deepStrictEqual(model.units, []);
    const workspace = workspaceOf({});
    workspace.set(uriOf('big.md'), text);
    assert.ok(checkDocument(workspace, uriOf('big.md')).some((d) => d.code === 'document-too-large'));
    // Refused, not read: opening and checking the 20 MB file costs less than reading a fortieth of it
    // (a ratio of two CPU times on this machine, not a limit in ms).
    const part = chunk.repeat(Math.ceil((512 * 1024) / chunk.length));
    const refused = cpuTime(() => { const w = workspaceOf({}); w.set(uriOf('big.md'), text); checkDocument(w, uriOf('big.md')); });
    const read = cpuTime(() => { const w = workspaceOf({}); w.set(uriOf('part.md'), part); checkDocument(w, uriOf('part.md')); });
    assert.ok(refused < read, `the refused 20 MB file took ${refused.toFixed(1)} ms, reading 512 KB took ${read.toFixed(1)} ms`);
  });

  it('binary bytes (NUL): binary-content', () => {
    const model = parse('### Article 1\n\nText\u0000\u0001\u0002 more.');
    const problem = model.problems.find((p) => p.code === 'binary-content');
    assert.ok(problem);
    assert.strictEqual(problem.span.start, '### Article 1\n\nText'.length);
    assert.match(problem.message, /binary data/);
  });

  it('invalid UTF-8 (U+FFFD): invalid-encoding, the rest is still read', () => {
    const bytes = Buffer.concat([Buffer.from('### Article 1\n\n1. Caf'), Buffer.from([0xe9]), Buffer.from(' text.\n')]);
    const model = parse(bytes.toString('utf8'));
    const problem = model.problems.find((p) => p.code === 'invalid-encoding');
    assert.ok(problem);
    assert.match(problem.message, /not valid UTF-8/);
    assert.deepStrictEqual(model.units.map((u) => u.id), ['art_1', 'art_1__para_1']);
  });

  it('deeply nested lists: no throw, both scanners agree, linear time', () => {
    const nested = (count: number) => {
      const lines = ['### Article 1', ''];
      for (let i = 0; i < count; i++) lines.push(`${'  '.repeat(i % 200)}- level ${i % 200}`);
      return lines.join('\n');
    };
    const text = nested(200);
    const fast = parseDocument('file:///n.md', text, 0);
    assertLinear((input: string) => parseDocument('file:///n.md', input, 0), nested, { startSize: 200, maxSize: 1 << 13 });
    const remark = parseDocument('file:///n.md', text, 0, { blockParser: remarkBlocks });
    assert.deepStrictEqual(fast.units.map((u) => u.id), remark.units.map((u) => u.id));
    const blockquotes = '### Article 1\n\n' + '>'.repeat(500) + ' deep';
    assert.doesNotThrow(() => parse(blockquotes));
  });

  it('10,000 headings: every article, in linear time', () => {
    const lines: string[] = ['---', 'id: many', 'title: Many', 'type: treaty', '---', ''];
    for (let i = 1; i <= 10_000; i++) lines.push(`### Article ${i}`, '', `See article ${i === 1 ? 2 : i - 1}.`, '');
    const workspace = workspaceOf({});
    const model = workspace.set(uriOf('many.md'), lines.join('\n'));
    const articles = model.units.filter((u) => u.kind === 'article');
    assert.strictEqual(articles.length, 10_000);
    assert.strictEqual(articles[9_999].id, 'art_10000');
    assert.strictEqual(articles[9_999].line, lines.indexOf('### Article 10000'));
    const resolved = workspace.resolved(uriOf('many.md'));
    assert.strictEqual(resolved.length, 10_000);
    assert.ok(resolved.every((r) => r.status === 'resolved'));
    // Before the heading index of f12d003, each lookup scanned all units (quadratic): twice the
    // headings may take at most about twice the time to read and resolve.
    const headings = (count: number) => {
      const text: string[] = ['---', 'id: many', 'title: Many', 'type: treaty', '---', ''];
      for (let i = 1; i <= count; i++) text.push(`### Article ${i}`, '', `See article ${i === 1 ? 2 : i - 1}.`, '');
      return text.join('\n');
    };
    assertLinear((input: string) => { const w = workspaceOf({}); w.set(uriOf('many.md'), input); w.resolved(uriOf('many.md')); }, headings, { startSize: 250, maxSize: 1 << 13 });
  });

  it('odd but valid input never throws', () => {
    const inputs = [
      '\ufeff---\nid: bom\n---\n### Article 1\n', '---\n---\n', '---', '#', '######', '1.', '(a)', '“', '”means', '«', '<!--', '```',
      '### Article 1\r\n\r\n1. CRLF\r\n', '### § \n', '### المادة', '## CHAPTER', 'x'.repeat(100_000), '"a" means "b" means "c" means',
      '### Article 1\n\n' + '(a) '.repeat(5000), '### Article 1\n\nparagraph '.repeat(200) + '1',
    ];
    for (const text of inputs) {
      assert.doesNotThrow(() => {
        const workspace = workspaceOf({ 'odd.md': text });
        workspace.resolved(uriOf('odd.md'));
        workspace.termUses(uriOf('odd.md'));
        checkDocument(workspace, uriOf('odd.md'));
      }, JSON.stringify(text.slice(0, 40)));
    }
  });
});
