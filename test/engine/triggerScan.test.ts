// The trigger pre-scan (server/src/engine/references/triggerScan.ts) finds exactly the citations
// of a full scan: on the corpus, the raw laws of test/fixtures, ../shared/sources, generated
// hostile text, under every language table it applies to. And the comparison is sharp enough to
// see a trigger dropped from the set.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseDocument } from '../../server/src/engine/document';
import { parseReferences, LANGUAGE_TABLES } from '../../server/src/engine/references/grammar';
import { compiled } from '../../server/src/engine/references/compiledTable';
import { isSyncPoint, stateAt, triggerSet, type TriggerSet } from '../../server/src/engine/references/triggerScan';
import { tokenize, tokenizeUntil, type Token } from '../../server/src/engine/references/tokenizer';
import { atLeast, CORPUS_DIR, SOURCES_DIR } from '../helpers/workspace';

const FIXTURES_DIR = join(CORPUS_DIR, '..', 'test', 'fixtures');

function markdownFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...markdownFiles(path));
    else if (/\.(md|txt)$/.test(name)) out.push(path);
  }
  return out;
}

/** Every prose block of every document, with the language its document is parsed in. */
function proseBlocks(): Array<{ where: string; text: string; language: string }> {
  const dirs = [CORPUS_DIR, FIXTURES_DIR, ...(SOURCES_DIR ? [SOURCES_DIR] : [])];
  const blocks: Array<{ where: string; text: string; language: string }> = [];
  for (const dir of dirs) {
    for (const file of markdownFiles(dir)) {
      const text = readFileSync(file, 'utf8');
      const model = parseDocument(`file://${file}`, text);
      for (const span of model.prose) blocks.push({ where: `${file}@${span.start}`, text: text.slice(span.start, span.end), language: model.language });
    }
  }
  return blocks;
}

// Hostile pieces: every word of each table, numbers with suffixes, markers and marker lists,
// link markup, elisions, case and apostrophe variants, other scripts, and every kind of space.
const fixedPieces = ['7', '12', '2bis', '138ab', '1st', '2nd', '1er', '3º', 'III', 'iv', '(b)', '(iv)', '(12)', '(1, 2, 5)', '(1 ,2)', '(a, b)',
  '’1‘', '(أ)', '（二）', '[Article 5](a.md)', '[', ']', '](', '(x)', ')', ',', '.', ';', ':', '-', '/', '§', '§§', '§§§', "'s", '’s', "l'", 'l’article',
  'n°', 'nº', 'ARTICLE', 'Article', 'ARTICLES', 'Paragraph', 'Sub-Section', 'subarticle', 'articlex', 'xarticle', 'sub‑paragraph', 'au', 'aux', 'visées',
  'Convention', 'Code', 'Act', 'hereof', 'above', 'first', 'The', 'the present', 'this', 'of', 'and', 'to', 'Treaty on European Union',
  '12abстатья', 'Статья', 'статьи', '第七条', '本条', 'المادة', 'Gesetzes', 'Absatz', 'G v. 12.8.2021 I 3544 (Nr. 54)', 'İtem', 'Kode', 'ß', '[a](b c)', '(1,\n2)', '](x)', '[x]', '(a ,b)', '[ a](b)', '[\na](b)'];
const separators = ['', ' ', ' ', ' ', '  ', '\n', '\n\n', ', ', '\t', '\u00a0', ' \n'];

const TABLES = LANGUAGE_TABLES.filter((table) => triggerSet(compiled(table)));

/** The blocks (and how many citations) where the pre-scan with `triggers` differs from the full scan. */
function differences(text: string, language: string, triggers?: TriggerSet): number {
  const fast = parseReferences(text, { language, ...(triggers ? { triggers } : {}) });
  const full = parseReferences(text, { language, triggers: false });
  return JSON.stringify(fast) === JSON.stringify(full) ? 0 : 1;
}

describe('citations: the trigger pre-scan finds what a full scan finds', () => {
  const blocks = proseBlocks();

  it('the pre-scan applies to every table but those with attached prefixes or numbers before the unit', () => {
    assert.deepEqual(LANGUAGE_TABLES.filter((table) => !triggerSet(compiled(table))).map((table) => table.code).sort(), ['ar', 'ja', 'ko', 'zh', 'zh-Hant']);
    assert.ok(TABLES.length >= 6);
  });

  it('every prose block of the corpus, the fixtures and ../shared/sources, in its own language and under every table', () => {
    assert.ok(blocks.length > atLeast(2000, 1000), `${blocks.length} blocks`);
    let citations = 0;
    for (const { where, text, language } of blocks) {
      const full = parseReferences(text, { language, triggers: false });
      citations += full.length;
      assert.deepEqual(parseReferences(text, { language }), full, where);
      for (const table of TABLES) {
        if (table.code === language) continue;
        assert.deepEqual(parseReferences(text, { language: table.code }), parseReferences(text, { language: table.code, triggers: false }), `${where} read as ${table.code}`);
      }
    }
    assert.ok(citations > atLeast(2000, 1200), `${citations} citations compared`);
  });

  /** Tokens as plain data (a Token keeps its text, which deepEqual would compare for nothing). */
  const plain = (tokens: Token[]) => tokens.map((t) => [t.kind, t.start, t.end, t.norm, t.digits, t.suffix, t.style, t.space, t.newline]);

  /** From every sync point (at most `limit`, spread over the text), a piece of tokens equals the full tokenization's. */
  function resumesExactly(text: string, limit: number): number {
    const full = tokenize(text);
    const points: number[] = [];
    for (let q = 0; q < text.length; q++) if (isSyncPoint(text, q)) points.push(q);
    const step = Math.max(1, Math.floor(points.length / limit));
    let compared = 0;
    let index = 0;
    for (let p = 0; p < points.length; p += step) {
      const q = points[p];
      while (index < full.length && full[index].start < q) index++;
      const piece: Token[] = [];
      tokenizeUntil(text, piece, stateAt(q), q + 200);
      assert.deepEqual(plain(piece), plain(full.slice(index, index + piece.length)), `tokens from sync point ${q}: ${JSON.stringify(text.slice(Math.max(0, q - 20), q + 40))}`);
      compared++;
    }
    return compared;
  }

  it('a piece tokenized from any sync point has the tokens of the whole text there (corpus, fixtures, sources, hostile pieces)', () => {
    let compared = 0;
    for (const dir of [CORPUS_DIR, FIXTURES_DIR, ...(SOURCES_DIR ? [SOURCES_DIR] : [])]) {
      for (const file of markdownFiles(dir)) compared += resumesExactly(readFileSync(file, 'utf8'), 400);
    }
    const hostile = fc.array(fc.tuple(fc.constantFrom(...fixedPieces), fc.constantFrom(...separators)), { minLength: 1, maxLength: 40 }).map((parts) => parts.map(([p, s]) => p + s).join(''));
    fc.assert(fc.property(hostile, (sample) => { compared += resumesExactly(sample, 1000); }), { numRuns: 600, seed: 20261130 });
    assert.ok(compared > 5000, `${compared} sync points compared`);
  });

  it('whole documents as one text (blank lines, headings, front matter) give the same citations', () => {
    for (const file of [...markdownFiles(CORPUS_DIR), ...markdownFiles(FIXTURES_DIR)]) {
      const text = readFileSync(file, 'utf8');
      const language = parseDocument(`file://${file}`, text).language;
      assert.equal(differences(text, language), 0, file);
    }
  });


  /** Samples of generated text for each table: enough that every table's mix holds fifty citations or more. */
  const HOSTILE_RUNS = 1500;
  for (const table of TABLES) {
    const words = [...triggerSet(compiled(table))!.vocabulary];
    const piece = fc.oneof(fc.constantFrom(...words), fc.constantFrom(...words).map((w) => w.toUpperCase()), fc.constantFrom(...fixedPieces));
    const text = fc.array(fc.tuple(piece, fc.constantFrom(...separators)), { minLength: 1, maxLength: 60 }).map((parts) => parts.map(([p, s]) => p + s).join(''));

    it(`generated hostile text read as ${table.code} gives the same citations`, () => {
      let withCitations = 0;
      fc.assert(fc.property(text, (sample) => {
        const full = parseReferences(sample, { language: table.code, triggers: false });
        if (full.length) withCitations++;
        assert.deepEqual(parseReferences(sample, { language: table.code }), full);
      }), { numRuns: HOSTILE_RUNS, seed: 20261130 + table.code.charCodeAt(0) });
      // (each word a table adds, such as Italian's range opener "da" or Vietnamese's instruments of two words, makes a citation
      // rarer in the mix)
      assert.ok(withCitations > 50, `${withCitations} of ${HOSTILE_RUNS} samples hold citations`);
    });
  }

  it('the comparison sees a trigger dropped: without "article" (an anchor) or "the" (a word before one), citations are lost', () => {
    const english = compiled(LANGUAGE_TABLES.find((table) => table.code === 'en')!);
    for (const dropped of ['article', 'the']) {
      const partial = triggerSet(english, [dropped])!;
      let differing = 0;
      for (const { text, language } of blocks) if (language === 'en') differing += differences(text, 'en', partial);
      assert.ok(differing > 0, `dropping "${dropped}" changes the citations of some English block`);
    }
  });
});
