// A document parsed as an edit of its previous version (document.ts reuses what each block read
// before: the legal reading, definitions, citations) must be exactly the model a fresh parse
// gives. Random edit sequences on the raw laws (written by converters: run-in sections, markers
// inside paragraphs, alinéas as lines, run-in definitions, tables of contents) and on corpus
// documents, with inserts chosen to change that reading: markers, line breaks, headings written
// as text, titles, quoted terms, and plain letters.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { inPlaceEditOf, legalReadingResumed, parseDocument, type DocumentModel } from '../../server/src/engine/document';
import { Workspace } from '../../server/src/engine/workspace';
import { isResting } from '../../server/src/engine/restingText';
import { textEdit } from '../../server/src/engine/legalReadingMemo';
import { corpusText, corpusUri } from '../helpers/workspace';
import { rawLawFiles, rawLawText, rawLawUri } from '../helpers/rawLaws';

const INSERTS = [
  'a', 'x', 'Z', ' ', '.', ';', ':', '—', '-', ',', '\n', '\n\n', '\n\n\n', '(', ')', '"', '“', '”', '*', '**', '#', '|',
  '(1) ', '(2) ', ' (2) ', '(a) ', '(b) ', ' or (b) ', '; and (c) ', '\n(c) ', '1. ', '2. ', '3. ', 'a) ', 'b) ', 'i) ', '(ii) ',
  '—(1) ', '**6.** (1) ', '8A.—(1) ', '10. (1) ', '12. ', '\n**Short title**\n\n', ' Repeal or amendment\n',
  '; "term" means a thing', '; and "other" includes all', '“gadget” means a tool; ', 'In this Act, unless the context otherwise requires— ',
  '\nArticle 5 – Title\n', '\n### Article 9 – Added\n\n', 'CHAPTER II\n', '####Definitions\n', '# ', '### ', 'SCHEDULE\n',
  '---', '\n---\n', '\n\n---\n\n_Bill_\n\n', 'Table of contents\n\n', '- [Article 1](article-1.md)\n', '- ',
  'Article 2', 'section 3 of this Act', 'paragraph (b)', 'article 1 of the Convention',
  'This line is longer than any hard wrapped line of a printed law and it ends a sentence here today.\n',
];

/** `overtype`: the insert replaces as many characters (the block keeps its length: only its text tells it changed). */
interface Edit { at: number; lineStart: boolean; remove: number; insert: string; overtype: boolean; marker: number; markerChar: string }

/** Markers and their boundaries: overtyping one character of them changes how the block is cut, not its length. */
const MARKERS = /\((?:\d{1,3}|[a-z]{1,4})\)|^\d{1,3}\. |[.;:—] \(/gm;

const editArbitrary = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
  lineStart: fc.boolean(),
  remove: fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 2, arbitrary: fc.nat({ max: 4 }) }, { weight: 1, arbitrary: fc.nat({ max: 80 }) }),
  insert: fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...INSERTS) }, { weight: 1, arbitrary: fc.string({ maxLength: 4 }) }),
  overtype: fc.boolean(),
  marker: fc.oneof({ weight: 2, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.nat({ max: 500 }) }),
  markerChar: fc.constantFrom('1', '2', '7', 'a', 'b', 'x', ' ', ',', ';', '\n'),
});

function applyEdit(text: string, edit: Edit): string {
  if (edit.marker > 0) {
    const found = [...text.matchAll(MARKERS)];
    if (found.length) {
      const match = found[edit.marker % found.length];
      const at = (match.index ?? 0) + 1;
      return text.slice(0, at) + edit.markerChar + text.slice(at + 1);
    }
  }
  let at = Math.floor(edit.at * (text.length + 1));
  // Half the edits land at a line start, where markers and headings are read.
  if (edit.lineStart) at = text.lastIndexOf('\n', at - 1) + 1;
  const remove = edit.overtype ? edit.insert.length : edit.remove;
  return text.slice(0, at) + edit.insert + text.slice(Math.min(text.length, at + remove));
}

/**
 * Every field of a model as plain data: units without their parent link (the tree is walked from
 * the root, and every unit's parent is named by id), maps as entries, undefined fields kept.
 */
function snapshot(model: DocumentModel): string {
  return JSON.stringify(model, (key, value: unknown) => {
    if (key === 'parent') return (value as { id: string } | undefined)?.id ?? null;
    if (value instanceof Map) return [...value.entries()].map(([k, v]) => [k, (v as { id?: string }).id ?? v]);
    if (value === undefined) return '(undefined)';
    return value;
  });
}

function same(incremental: DocumentModel, fresh: DocumentModel, what: string): void {
  const [a, b] = [snapshot(incremental), snapshot(fresh)];
  if (a === b) return;
  let at = 0;
  while (a[at] === b[at]) at++;
  assert.fail(`${what}: the models differ at …${a.slice(Math.max(0, at - 200), at + 200)}… vs …${b.slice(Math.max(0, at - 200), at + 200)}…`);
}

function replay(uri: string, initial: string, edits: Edit[]): void {
  let text = initial;
  let model = parseDocument(uri, text, 1);
  // A second version equal to the first: the memos of an edited document exist from here on.
  model = parseDocument(uri, text, 2, {}, model);
  for (const [step, edit] of edits.entries()) {
    text = applyEdit(text, edit);
    const version = step + 3;
    model = parseDocument(uri, text, version, {}, model);
    same(model, parseDocument(uri, text, version), `${uri} after edit ${step + 1} (${JSON.stringify(edit)})`);
  }
}

/**
 * Letters typed or deleted inside a word (the keystrokes the in-place update takes, inPlaceEdit.ts):
 * at the start, inside or at the end of a word of prose, next to citations, markers, colons and
 * definitions, and words that change what the text says ("Articl" + "e", "mean" + "s", "(i" + "v").
 */
interface LetterEdit { at: number; remove: number; insert: string; where: 'start' | 'inside' | 'end' }

const LETTER_INSERTS = ['a', 'e', 's', 'x', 'Z', 'i', 'v', 'ii', 'iv', 'é', 'ب', 'means', 'Article', 'section', 'rticle', 'ean', 'Convention', 'bis', 'o'];

const letterEditArbitrary = fc.record({
  // Spread evenly over the text (fc.double favours the ends: the front matter and the last line).
  at: fc.integer({ min: 0, max: 999_999 }).map((n) => n / 1_000_000),
  remove: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 2, arbitrary: fc.integer({ min: 1, max: 3 }) }),
  insert: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...LETTER_INSERTS) }, { weight: 1, arbitrary: fc.constant('') }),
  where: fc.constantFrom<LetterEdit['where']>('start', 'inside', 'end'),
});

/** Near citations, markers, colons and definitions first: where a wrong move would show. */
const INTERESTING = /(?:Article|article|section|paragraph|means|Convention|Act)\b|\((?:[a-z]{1,4}|\d{1,3})\)|:|“/g;

function applyLetterEdit(text: string, edit: LetterEdit, near: number[]): string {
  let at = Math.floor(edit.at * text.length);
  // Two edits in three land within a few words of something the reading or the resolution keys on.
  if (near.length && Math.floor(edit.at * 1000) % 3 !== 0) at = Math.min(text.length - 1, near[Math.floor(edit.at * 7919) % near.length] + (Math.floor(edit.at * 104729) % 41) - 20);
  // The word at or after `at`.
  while (at < text.length && !/\p{L}/u.test(text[at])) at++;
  if (at >= text.length) return text;
  let start = at;
  while (start > 0 && /\p{L}/u.test(text[start - 1])) start--;
  let end = at;
  while (end < text.length && /\p{L}/u.test(text[end])) end++;
  const place = edit.where === 'start' ? start : edit.where === 'end' ? end : Math.min(end, start + 1 + (Math.floor(edit.at * 1e6) % Math.max(1, end - start)));
  const remove = Math.min(edit.remove, end - place);
  if (remove === 0 && edit.insert === '') return text.slice(0, place) + 'q' + text.slice(place);
  return text.slice(0, place) + edit.insert + text.slice(place + remove);
}

function replayLetters(uri: string, initial: string, edits: LetterEdit[]): number {
  let text = initial;
  let model = parseDocument(uri, text, 1);
  model = parseDocument(uri, text, 2, {}, model);
  const near = [...text.matchAll(INTERESTING)].map((match) => match.index ?? 0);
  let inPlace = 0;
  for (const [step, edit] of edits.entries()) {
    text = applyLetterEdit(text, edit, near);
    const version = step + 3;
    model = parseDocument(uri, text, version, {}, model);
    if (inPlaceEditOf(model)) inPlace++;
    same(model, parseDocument(uri, text, version), `${uri} after letter edit ${step + 1} (${JSON.stringify(edit)})`);
  }
  return inPlace;
}

describe('engine: a document parsed as an edit equals a fresh parse (property)', function () {
  this.timeout(300_000);

  it('raw laws as converters give them: random edit sequences', () => {
    const docs = rawLawFiles().map((file) => ({ uri: rawLawUri(file), text: rawLawText(file) }));
    fc.assert(fc.property(fc.nat({ max: docs.length - 1 }), fc.array(editArbitrary, { minLength: 1, maxLength: 6 }), (doc, edits) => {
      replay(docs[doc].uri, docs[doc].text, edits);
    }), { numRuns: 80, seed: 15 });
  });

  it('corpus documents (a treaty, a law with run-in subsections, a code, Arabic): random edit sequences', () => {
    const names = ['coe-ets189-en.md', 'ke-cmca-2018.md', 'us-18usc1029.md', 'bj-code-numerique.md', 'un-cybercrime-2024-ar.md'];
    const docs = names.map((name) => ({ uri: corpusUri(name), text: corpusText(name) }));
    fc.assert(fc.property(fc.nat({ max: docs.length - 1 }), fc.array(editArbitrary, { minLength: 1, maxLength: 4 }), (doc, edits) => {
      replay(docs[doc].uri, docs[doc].text, edits);
    }), { numRuns: 40, seed: 16 });
  });

  it('letters typed and deleted inside words (the in-place update): raw laws and corpus documents', () => {
    const names = ['coe-ets189-en.md', 'ke-cmca-2018.md', 'us-18usc1029.md', 'bj-code-numerique.md', 'un-cybercrime-2024-ar.md'];
    const docs = [
      ...rawLawFiles().map((file) => ({ uri: rawLawUri(file), text: rawLawText(file) })),
      ...names.map((name) => ({ uri: corpusUri(name), text: corpusText(name) })),
    ];
    let inPlace = 0;
    let edits = 0;
    fc.assert(fc.property(fc.nat({ max: docs.length - 1 }), fc.array(letterEditArbitrary, { minLength: 1, maxLength: 8 }), (doc, sequence) => {
      inPlace += replayLetters(docs[doc].uri, docs[doc].text, sequence);
      edits += sequence.length;
    }), { numRuns: 80, seed: 17 });
    // The property is about the in-place update: most of these edits must have taken it.
    assert.ok(inPlace > edits / 3, `only ${inPlace} of ${edits} letter edits were made in place`);
  });

  it('textEdit finds the common prefix and suffix (compared in chunks, then by character)', () => {
    const base = rawLawText(rawLawFiles()[0]).slice(0, 9000);
    fc.assert(fc.property(fc.nat({ max: 9000 }), fc.nat({ max: 3000 }), fc.string({ maxLength: 3000 }), (at, remove, insert) => {
      const after = base.slice(0, at) + insert + base.slice(Math.min(base.length, at + remove));
      const edit = textEdit(base, after);
      let start = 0;
      while (start < Math.min(base.length, after.length) && base[start] === after[start]) start++;
      let tail = 0;
      while (tail < Math.min(base.length, after.length) - start && base[base.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
      assert.deepEqual(edit, { start, oldEnd: base.length - tail, newEnd: after.length - tail });
    }), { numRuns: 300, seed: 18 });
  });

  it('a document opened in the editor is read around the edit from the first letter typed, and equals a fresh parse', () => {
    for (const name of ['coe-ets185-en.md', 'ke-cmca-2018.md']) {
      const text = corpusText(name);
      const uri = corpusUri(name);
      // a letter inside a word in the middle of a paragraph
      const at = text.indexOf('computer', Math.floor(text.length / 2)) + 3;
      const typed = text.slice(0, at) + 'x' + text.slice(at);
      const opened = new Workspace();
      opened.open(uri);
      const first = opened.set(uri, text, 1);
      assert.ok(!isResting(first), `${name}: the opened version is kept for typing, not put to rest`);
      const second = opened.set(uri, typed, 2);
      assert.ok(inPlaceEditOf(second), `${name}: the first letter typed is an in-place edit`);
      assert.ok(legalReadingResumed(second), `${name}: the legal reading resumed at the edited block`);
      same(second, parseDocument(uri, typed, 2), `${name}: the first letter typed after opening`);
      same(first, parseDocument(uri, text, 1), `${name}: the opened version`);
      // Not opened (a document set as the cold index sets it): the first letter parses it all again.
      const indexed = new Workspace();
      indexed.set(uri, text, 1);
      assert.ok(!inPlaceEditOf(indexed.set(uri, typed, 2)), `${name}: without open, the first letter is no in-place edit`);
    }
  });

  it('the last letters of a paragraph deleted leave a paragraph of punctuation, which is no alinéa: equal to a fresh parse', () => {
    // "(…)" in article 530 of the Benin code (corpus): letters typed in it make it an alinéa, deleted unmake it
    const name = 'bj-code-numerique.md';
    const text = corpusText(name);
    const uri = corpusUri(name);
    // past the window where a paragraph's marker is read (a letter there is never an in-place edit)
    const padding = ' – – – – – – – – – – – – – – – – – – – –';
    const at = text.indexOf('\n(…)\n') + 3 + padding.length;
    assert.ok(at > 3 + padding.length, 'the elision mark of article 530');
    let current = text.slice(0, at - padding.length) + padding + ' ab' + text.slice(at - padding.length);
    let model = parseDocument(uri, current, 1);
    model = parseDocument(uri, current, 2, {}, model);
    same(model, parseDocument(uri, current, 2), 'with letters');
    // "(… – … – ab)" → "(… – … – a)" → "(… – … – )": the last deletion leaves no letter in the paragraph
    for (const [version, letter] of [[3, at + 2], [4, at + 1]] as const) {
      current = current.slice(0, letter) + current.slice(letter + 1);
      model = parseDocument(uri, current, version, {}, model);
      same(model, parseDocument(uri, current, version), `after deleting the letter at ${letter}: ${JSON.stringify(current.slice(at - 1, at + 5))}`);
    }
  });

  it('letters typed into the editor\'s mark after a quotation\'s closing mark ("” (NR)" → "” (NRXY)") decide where it ends: equal to a fresh parse', () => {
    // (a text written for this test, in the form of Brazil's amending laws: the new article quoted over paragraphs, "(NR)" after it)
    const uri = 'file:///workspace/lei.md';
    let current = '---\nid: br-lei\ntitle: Lei\nlanguage: pt\ntype: law\n---\n\n# Lei\n\n**Art. 1º** A Lei nº 9.000 passa a vigorar com as seguintes alterações:\n\n' +
      '“Art. 31-A. O órgão competente publicará os dados.\n\n§ 1º Os dados serão abertos.\n\n§ 2º Os dados serão gratuitos.” (NR)\n\n§ 1º A publicação será anual.\n\n**Art. 2º** Esta Lei entra em vigor na data de sua publicação.\n';
    let model = parseDocument(uri, current, 1);
    model = parseDocument(uri, current, 2, {}, model);
    same(model, parseDocument(uri, current, 2), 'as written');
    const at = current.indexOf('(NR)') + 3;
    for (const [version, letters] of [[3, 'X'], [4, 'Y']] as const) {
      const offset = at + version - 3;
      current = current.slice(0, offset) + letters + current.slice(offset);
      model = parseDocument(uri, current, version, {}, model);
      same(model, parseDocument(uri, current, version), `after typing ${letters}: ${JSON.stringify(current.slice(at - 4, at + 4))}`);
    }
  });

  it('the same edit typed one letter at a time inside a paragraph, and deleted again', () => {
    const text = rawLawText(rawLawFiles()[0]);
    const uri = rawLawUri(rawLawFiles()[0]);
    const at = text.indexOf(' ', Math.floor(text.length / 2));
    let current = text;
    let model = parseDocument(uri, current, 1);
    const word = ' (b) widgets; or (c) gadgets';
    for (let i = 0; i < word.length; i++) {
      current = current.slice(0, at + i) + word[i] + current.slice(at + i);
      model = parseDocument(uri, current, i + 2, {}, model);
      same(model, parseDocument(uri, current, i + 2), `after typing ${JSON.stringify(word.slice(0, i + 1))}`);
    }
    for (let i = word.length; i > 0; i--) {
      current = current.slice(0, at + i - 1) + current.slice(at + i);
      model = parseDocument(uri, current, 100 - i, {}, model);
      same(model, parseDocument(uri, current, 100 - i), `after deleting to ${JSON.stringify(word.slice(0, i - 1))}`);
    }
    assert.equal(current, text);
  });
});
