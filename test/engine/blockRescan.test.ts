// The markdown blocks of a document being edited are scanned again only from the last heading or
// thematic break before the edit to the first one after it that the previous scan also passed
// (blockRescan.ts); the rest are the previous blocks, moved. This must give exactly the blocks of a
// scan of the whole text, one edit after another (each rescan resumes from the last one), for edits
// that change what a line is: headings, setext underlines, thematic breaks, list markers, fences,
// HTML, quotes, indentation, line breaks added and removed, and edits across a heading.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resumePointsOf, scanBlocks, type Block } from '../../server/src/engine/blocks';
import { rescanBlocks, rescanStats } from '../../server/src/engine/blockRescan';
import { textEdit } from '../../server/src/engine/legalReadingMemo';
import { parseDocument } from '../../server/src/engine/document';
import { corpusFiles, corpusText, SOURCES_DIR } from '../helpers/workspace';
import { rawLawFiles, rawLawText } from '../helpers/rawLaws';
import { seededRandom } from '../helpers/generator';

const INSERTS = [
  'a', 'Z', ' ', '\n', '\n\n', '# ', '## ', '#', '\n### Article 9\n', '\n---\n', '---', '\n===', '\n---', '***', '\n\n***\n\n',
  '1. ', '\n1. ', '\n2) ', '- ', '\n- ', '\n  - ', '\n    ', '    ', '\t', '> ', '\n> ', '```', '\n```\n', '\n~~~\n',
  '<div>', '\n<div>\n', '<!--', '-->', '\n<pre>\n', '\\', '\r', '\n\n# Title\n\n', '(a) ', 'a. ',
];

function texts(): Array<{ name: string; text: string }> {
  const all = [
    ...corpusFiles().map((name) => ({ name: `corpus/${name}`, text: corpusText(name) })),
    ...rawLawFiles().map((file) => ({ name: `raw-laws/${file}`, text: rawLawText(file) })),
  ];
  if (SOURCES_DIR) {
    for (const name of readdirSync(SOURCES_DIR).filter((file) => file.endsWith('.md'))) all.push({ name: `sources/${name}`, text: readFileSync(join(SOURCES_DIR, name), 'utf8') });
  }
  return all;
}

/** One edit: an insert from INSERTS, a deletion (up to 80 characters, across lines) or a letter, at a random place, mostly near a line start. */
function edit(text: string, random: () => number): string {
  const kind = Math.floor(random() * 4);
  let at = Math.floor(random() * (text.length + 1));
  if (random() < 0.5) at = text.lastIndexOf('\n', at - 1) + 1 + Math.floor(random() * 3);
  at = Math.min(at, text.length);
  if (kind === 0) return text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(random() * 80)));
  if (kind === 1) return text.slice(0, at) + 'abc'[Math.floor(random() * 3)] + text.slice(at);
  return text.slice(0, at) + INSERTS[Math.floor(random() * INSERTS.length)] + text.slice(at);
}

function blocksOf(blocks: Block[]): Block[] {
  return blocks.map((block) => ({ ...block, span: { ...block.span } }));
}

describe('engine: blocks scanned again around the edit', function () {
  this.timeout(300_000);

  it('give the blocks and resume points of a scan of the whole text, edit after edit, in every corpus, raw law and source text', () => {
    const random = seededRandom(2026);
    let resumed = 0;
    let kept = 0;
    let edits = 0;
    for (const { name, text: original } of texts()) {
      let text = original;
      let blocks = scanBlocks(text);
      for (let i = 0; i < 12; i++) {
        const next = edit(text, random);
        const rescanned = rescanBlocks(blocks, next, textEdit(text, next));
        const fresh = scanBlocks(next);
        edits++;
        if (rescanned) {
          resumed++;
          kept += rescanStats.kept;
          assert.deepStrictEqual(blocksOf(rescanned), blocksOf(fresh), `${name}, edit ${i}: blocks`);
          assert.deepStrictEqual(resumePointsOf(rescanned), resumePointsOf(fresh), `${name}, edit ${i}: resume points`);
        }
        text = next;
        blocks = rescanned ?? fresh;
      }
    }
    // The test must not pass by never resuming, nor by always scanning to the end.
    assert.ok(resumed > edits / 2, `resumed ${resumed} of ${edits} edits`);
    assert.ok(kept > 10_000, `blocks taken over: ${kept}`);
  });

  it('text inserted after a heading whose own heading falls where the previous scan had one, and a front matter closed by an edit', () => {
    let checked = 0;
    for (const { name, text } of texts().slice(0, 40)) {
      const points = resumePointsOf(scanBlocks(text))?.positions ?? [];
      for (const p of points.slice(1, 4)) {
        // A place inside a word after the heading: the inserted heading's resume point lands where
        // the previous scan had this one (moved by the insert), though the text after it differs.
        let s = p + 5;
        while (s < text.length && !(/\p{L}/u.test(text[s - 1]) && /\p{L}/u.test(text[s]))) s++;
        if (s >= text.length) continue;
        const head = '\n\n## Inserted\n';
        const next = text.slice(0, s) + head + 'y'.repeat(s - p) + text.slice(s);
        const before = scanBlocks(text);
        const rescanned = rescanBlocks(before, next, textEdit(text, next));
        if (!rescanned) continue;
        assert.deepStrictEqual(blocksOf(rescanned), blocksOf(scanBlocks(next)), `${name}, insert at ${s}`);
        checked++;
      }
    }
    assert.ok(checked > 20, `checked ${checked}`);
    // No front matter (never closed), then an edit closes it: every block moves into the body.
    const text = '---\ntitle: x\n\n# Heading\n\nA paragraph.\n\n## Part\n\nMore text.\n';
    const next = text.replace('title: x\n', 'title: x\n---\n');
    const rescanned = rescanBlocks(scanBlocks(text), next, textEdit(text, next));
    if (rescanned) assert.deepStrictEqual(blocksOf(rescanned), blocksOf(scanBlocks(next)));
  });

  it('a document typed in gives the model of a fresh parse (a heading typed, then removed)', () => {
    const name = 'coe-ets185-en.md';
    const original = corpusText(name);
    const at = original.indexOf('\n', original.indexOf('Article 10')) + 1;
    const steps = [original, original.slice(0, at) + '#' + original.slice(at), original.slice(0, at) + '# ' + original.slice(at), original.slice(0, at) + '#' + original.slice(at), original];
    let model = parseDocument('file:///t.md', steps[0], 1);
    for (let i = 1; i < steps.length; i++) {
      model = parseDocument('file:///t.md', steps[i], 1 + i, {}, model);
      const fresh = parseDocument('file:///t.md', steps[i], 1 + i);
      assert.deepStrictEqual(model.units.map((unit) => [unit.id, unit.span, unit.title]), fresh.units.map((unit) => [unit.id, unit.span, unit.title]), `step ${i}`);
      assert.deepStrictEqual(model.references.map((reference) => reference.span), fresh.references.map((reference) => reference.span), `step ${i}`);
    }
  });
});
