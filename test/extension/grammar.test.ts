// The TextMate injection grammar (syntaxes/treaty-lens.injection.json), run with the same
// engine VS Code uses (vscode-textmate + vscode-oniguruma): citations and definition sites
// are coloured before the language server answers. Runs under plain mocha (no editor).
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { repositoryRoot } from '../helpers/lspClient';
import { unitWords } from '../../server/src/engine/references/unitWords';

type Token = { text: string; scopes: string[] };

describe('TextMate injection grammar', function () {
  this.timeout(20000);
  let tokenize: (line: string) => Token[];

  before(async () => {
    const textmate = await import('vscode-textmate');
    const oniguruma = await import('vscode-oniguruma');
    const root = repositoryRoot();
    const wasm = readFileSync(path.join(root, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
    const injection = JSON.parse(readFileSync(path.join(root, 'syntaxes', 'treaty-lens.injection.json'), 'utf8'));
    // A stand-in for VS Code's markdown grammar: the host scope, paragraphs and headings.
    const markdown = {
      scopeName: 'text.html.markdown',
      patterns: [
        { name: 'markup.heading.markdown', match: '^#{1,6}\\s.*$' },
        { name: 'markup.inline.raw.string.markdown', match: '`[^`]*`' },
      ],
    };
    const registry = new textmate.Registry({
      onigLib: Promise.resolve({ createOnigScanner: (s: string[]) => new oniguruma.OnigScanner(s), createOnigString: (s: string) => new oniguruma.OnigString(s) }),
      loadGrammar: async (scope: string) => (scope === 'text.html.markdown' ? markdown : scope === 'treaty-lens.injection' ? injection : null) as never,
      getInjections: (scope: string) => (scope === 'text.html.markdown' ? ['treaty-lens.injection'] : undefined),
    });
    const grammar = await registry.loadGrammar('text.html.markdown');
    assert.ok(grammar);
    tokenize = (line: string) => {
      const result = grammar!.tokenizeLine(line, textmate.INITIAL);
      return result.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
    };
  });

  const citations = (line: string) => tokenize(line).filter((t) => t.scopes.some((s) => s.startsWith('string.other.link.citation'))).map((t) => t.text);
  const definitions = (line: string) => tokenize(line).filter((t) => t.scopes.some((s) => s.startsWith('entity.name.type.definedTerm'))).map((t) => t.text);

  const cases: Array<[string, string[]]> = [
    ['as set forth in Article 7 of this Convention', ['Article 7 of this Convention']],
    ['in accordance with articles 2 to 5', ['articles 2 to 5']],
    ['established in accordance with Articles 2 through 11', ['Articles 2 through 11']],
    ['referred to in articles 12, 13 and 14', ['articles 12, 13 and 14']],
    ['for the purpose of paragraph 1 of this article', ['paragraph 1 of this article']],
    ['as defined in section 2510(12) of this title', ['section 2510(12) of this title']],
    ['the meaning given in § 2510 and §§ 2701-2713', ['§ 2510', '§§ 2701-2713']],
    ["conformément aux dispositions de l'article 317 du présent code", ["l'article 317 du présent code"]],
    ['bedoeld in artikel 138ab, eerste lid', ['artikel 138ab']],
    ['el artículo 7, párrafo 2 b)', ['artículo 7', 'párrafo 2 b)']],
    ['section 5 (2) (b) applies', ['section 5 (2) (b)']],
    ['التعريف الوارد في المادة 17 من هذه الاتفاقية', ['المادة 17']],
    ['Article 1er : Définitions', ['Article 1er']],
  ];
  for (const [line, expected] of cases) {
    it(`colours the citation in "${line}"`, () => assert.deepEqual(citations(line), expected));
  }

  it('does not colour words that merely look like unit names', () => {
    assert.deepEqual(citations('the articles of association and a section of the public'), []);
    assert.deepEqual(citations('departments 2 and 3'), []);
  });

  it('leaves headings and inline code alone (the heading keeps its markdown colour)', () => {
    assert.deepEqual(citations('##### Article 2 – Illegal access'), []);
    assert.deepEqual(citations('see `article 7` literally'), []);
  });

  const definitionCases: Array<[string, string[]]> = [
    ['b) “computer data” means any representation of facts', ['computer data']],
    ['(1) the term “access device” means any card', ['access device']],
    ['"data" shall mean any representation', ['data']],
    ['« données informatiques » désigne toute représentation', ['données informatiques']],
    ['c. „serviceprovider”:', ['serviceprovider']],
    ['(ب) ”البيانات الإلكترونية“ تعني أي تمثيل', ['البيانات الإلكترونية']],
    ['- Système informatique : dispositif ou groupe de dispositifs', ['Système informatique']],
  ];
  for (const [line, expected] of definitionCases) {
    it(`colours the definition site in "${line}"`, () => assert.deepEqual(definitions(line), expected));
  }

  /** A hostile line may cost at most this many times prose of its length (measured: 0.0–0.7×). */
  const PROSE_FACTOR = 4;
  it('tokenizes long and adversarial lines at most a few times as slowly as prose of the same length', () => {
    // VS Code stops tokenizing at editor.maxTokenizationLineLength (20,000 characters); a long
    // paragraph of a law is a few thousand. Every TextMate grammar searches to the end of the line
    // for each token, so a line dense with citations costs (citations × length): keep it bounded.
    const lines = ['article 1, '.repeat(1000) + 'and', '“'.repeat(20000), 'section 5 '.repeat(2000) + '(', '- ' + 'A'.repeat(19000) + ' :', 'x'.repeat(20000)];
    // Each line against ordinary prose of the same length, timed on this machine (a ratio of CPU
    // times, not a limit in ms): a hostile line may cost a few times prose, never orders of magnitude.
    const prose = 'The Parties shall adopt such measures as may be necessary. '.repeat(400).slice(0, 20000);
    const cpu = (line: string) => {
      const times: number[] = [];
      for (let i = 0; i < 3; i++) {
        const start = process.cpuUsage();
        tokenize(line);
        const used = process.cpuUsage(start);
        times.push((used.user + used.system) / 1000);
      }
      return times.sort((a, b) => a - b)[1];
    };
    tokenize(prose);
    const base = Math.max(cpu(prose), 1);
    for (const line of lines) {
      const time = cpu(line);
      assert.ok(time <= base * PROSE_FACTOR, `tokenizing a ${line.length}-character line took ${time.toFixed(1)} ms, ${(time / base).toFixed(1)}× prose of that length`);
    }
  });

  it('is generated from the citation tables (fails when the committed JSON drifts from them)', () => {
    const result = spawnSync(process.execPath, [path.join(repositoryRoot(), 'scripts', 'make-grammar.mjs'), '--check'], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr || result.stdout);
  });

  it('colours a citation with every unit word of the tables that is written before its number', () => {
    for (const { word } of unitWords().filter((w) => !w.language.startsWith('zh') && w.language !== 'ja' && w.language !== 'ko')) {
      const line = `see ${word} 7 here`;
      assert.deepEqual(citations(line).map((text) => text.trim()), [`${word} 7`], line);
    }
  });

  it('does not take an ordinary quotation for a definition', () => {
    assert.deepEqual(definitions('he said “hello” to them'), []);
    assert.deepEqual(definitions('- a list item: with a colon'), []);
  });
});
