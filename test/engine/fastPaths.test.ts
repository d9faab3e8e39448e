// The engine's fast paths give the same answers as the plain ones, on the real corpus and on the
// raw statutes of test/fixtures/raw-laws: one token stream per document shared by every term
// matcher, and the compact text of a document nobody is typing in.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '../../server/src/engine/document';
import { TermMatcher, formAt, spansStream, tokenStream, normaliseWord, formTableStats } from '../../server/src/engine/terms';
import { Workspace } from '../../server/src/engine/workspace';
import { checkDocument } from '../../server/src/engine/checks';
import { isResting } from '../../server/src/engine/restingText';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/settings';
import type { FeatureContext } from '../../server/src/features/context';
import { hover } from '../../server/src/features/hover';
import { definition } from '../../server/src/features/definition';
import { CORPUS_DIR, corpusFiles } from '../helpers/workspace';

const RAW_DIR = join(CORPUS_DIR, '..', 'test', 'fixtures', 'raw-laws');

function documents(): Array<{ uri: string; text: string }> {
  const corpus = corpusFiles().map((name) => ({ uri: `file://${join(CORPUS_DIR, name)}`, text: readFileSync(join(CORPUS_DIR, name), 'utf8') }));
  const raw = readdirSync(RAW_DIR).filter((name) => name.endsWith('.md') && name !== 'SOURCES.md')
    .map((name) => ({ uri: `file://${join(RAW_DIR, name)}`, text: readFileSync(join(RAW_DIR, name), 'utf8') }));
  assert.ok(corpus.length >= 10 && raw.length >= 4, 'the corpus and the raw-law fixtures are there');
  return [...corpus, ...raw];
}

describe('engine: fast paths give the same results', () => {
  const docs = documents();

  it('a shared token stream finds the same terms as tokenizing each block for each matcher', () => {
    let compared = 0;
    for (const { uri, text } of docs) {
      const model = parseDocument(uri, text);
      // Every term the document defines, and one-word keys that are common words (many candidates).
      const keys = [...new Set([...model.definitions.map((d) => d.key), 'data', 'state', 'party', 'article'])];
      const matcher = new TermMatcher(keys);
      const excluded = model.references.map((r) => r.span).sort((a, b) => a.start - b.start);
      const { stream, bounds } = spansStream(text, model.prose);
      for (const [index, span] of model.prose.entries()) {
        const plain = matcher.match(text, span.start, span.end, excluded);
        const shared = matcher.matchStream(text, stream, bounds[index], bounds[index + 1], excluded);
        assert.deepEqual(shared, plain, `${uri}, prose block at ${span.start}`);
        compared += plain.length;
      }
    }
    assert.ok(compared > 2000, `compared ${compared} matches`);
  });

  it('a document at rest keeps its text compact, reads back the same text and gives the same answers', () => {
    const workspace = new Workspace();
    for (const { uri, text } of docs) workspace.set(uri, text, 1);
    const rested = docs.filter(({ uri }) => isResting(workspace.get(uri)!));
    // Every text but the shortest is kept deflated: documents set once are at rest by default.
    assert.ok(rested.length >= docs.length - 2, `${rested.length} of ${docs.length} documents at rest`);
    for (const { uri, text } of docs) {
      const model = workspace.get(uri)!;
      // Read after every other document: its decoded text was dropped and is decoded again.
      assert.equal(model.text, text, uri);
      const fresh = parseDocument(uri, text, 1);
      assert.deepEqual(model.units.map((u) => [u.id, u.title ?? '', u.span.start, u.span.end]), fresh.units.map((u) => [u.id, u.title ?? '', u.span.start, u.span.end]), uri);
      assert.deepEqual(model.references.map((r) => [r.text, r.span.start]), fresh.references.map((r) => [r.text, r.span.start]), uri);
      assert.deepEqual(model.definitions.map((d) => [d.term, d.body]), fresh.definitions.map((d) => [d.term, d.body]), uri);
      assert.deepEqual(model.lines.position(text.length - 1), fresh.lines.position(text.length - 1), uri);
    }
    // The diagnostics are those of a workspace whose documents are being typed in (kept whole).
    const typing = new Workspace();
    for (const { uri, text } of docs) { typing.set(uri, text, 1); typing.set(uri, text, 2); }
    assert.ok(docs.every(({ uri }) => !isResting(typing.get(uri)!)));
    for (const { uri } of docs) {
      const plain = (ws: Workspace) => checkDocument(ws, uri).map((d) => [d.code, d.span.start, d.span.end, d.message]);
      assert.deepEqual(plain(workspace), plain(typing), uri);
    }
  });

  it('hovers and definitions on closed documents read their resting texts as whole texts do', () => {
    const resting = new Workspace();
    const whole = new Workspace({ restTexts: false });
    for (const { uri, text } of docs) { resting.set(uri, text, 1); whole.set(uri, text, 1); }
    assert.ok(docs.every(({ uri }) => !isResting(whole.get(uri)!)));
    const answers = (workspace: Workspace, uri: string, offsets: number[]) => {
      const context: FeatureContext = { workspace, settings: () => DEFAULT_SETTINGS };
      const model = workspace.get(uri)!;
      return offsets.map((offset) => {
        const position = model.lines.position(offset);
        return { hover: hover(context, { textDocument: { uri }, position }), definition: definition(context, { textDocument: { uri }, position }) };
      });
    };
    let quoted = 0;
    for (const { uri, text } of docs) {
      // Every citation (its target's wording is quoted from the target's text) and every tenth term use.
      const offsets = [...whole.get(uri)!.references.map((r) => r.span.start + 1), ...whole.termUses(uri).filter((_, i) => i % 10 === 0).map((u) => u.span.start + 1)];
      const expected = answers(whole, uri, offsets);
      const actual = answers(resting, uri, offsets);
      assert.deepEqual(actual, expected, uri);
      // The quoted wording is the indexed text, verbatim.
      for (const { hover: answer } of actual) {
        const value = answer && typeof answer.contents === 'object' && 'value' in answer.contents ? answer.contents.value : '';
        const quote = value.split('\n').find((line) => line.startsWith('> ') && line.length > 40);
        if (quote && docs.some((doc) => doc.text.includes(quote.slice(2, 40)))) quoted++;
      }
      assert.equal(resting.get(uri)!.text, text);
    }
    assert.ok(quoted > 200, `${quoted} hovers quote a resting document's wording`);
  });

  it('a text with a lone surrogate stays whole (it would not survive UTF-8), one with surrogate pairs rests', () => {
    const [{ text }] = docs;
    const workspace = new Workspace();
    // A pair (an emoji) round-trips through UTF-8; half of one does not, wherever it stands.
    const variants = {
      pairs: text + '\n\nSee 📜 and 𝔄.\n',
      loneHigh: text + '\n\nA broken \ud83d character.\n',
      loneLowFirst: '\udcdc' + text,
      loneHighLast: text + '\ud800',
    };
    for (const [name, variant] of Object.entries(variants)) workspace.set(`file:///surrogates/${name}.md`, variant, 1);
    for (const [name, variant] of Object.entries(variants)) {
      const model = workspace.get(`file:///surrogates/${name}.md`)!;
      assert.equal(isResting(model), name === 'pairs', name);
      assert.equal(model.text, variant, name);
    }
  });

  it('the word-form table gives every word its normalised form, answers most words, and tells colliding words apart', () => {
    const before = formTableStats.hits;
    let tokens = 0;
    for (const { text } of docs) {
      const model = parseDocument('file:///forms.md', text);
      const { stream } = spansStream(text, model.prose);
      for (let i = 0; i < stream.starts.length; i++) {
        const word = text.slice(stream.starts[i], stream.ends[i]);
        if (/[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/.test(word)) continue; // Chinese: one character, as written
        assert.equal(formAt(stream, i), normaliseWord(word), `${word} at ${stream.starts[i]}`);
        tokens++;
      }
    }
    assert.ok(tokens > 50000, `${tokens} words compared`);
    assert.ok(formTableStats.hits - before > tokens / 2, `${formTableStats.hits - before} of ${tokens} words answered by the table`);
    // "Aa" and "BB" have the same hash (65 × 31 + 97 = 66 × 31 + 66): the table compares the words.
    assert.deepEqual(tokenStream('Aa BB Aa BB Parties parties').formChunks.flat(), ['aa', 'bb', 'aa', 'bb', 'party', 'party']);
  });
});
