// The legal reading of a document being edited resumes at the edited block (legalBlocks.ts:
// resumeFrom): the blocks before it keep their reading, the edited block is read again from the
// state before it, and when the state after it (open headings and marker sequences, the last
// unit heading and run-in section, a title waiting for its section, the number of blocks given)
// is the previous version's, the rest is the previous reading, moved. This must give exactly the
// blocks a fresh reading gives. Edits in every corpus document, raw law and ../shared/sources
// text: letters in words (the state stays), and markers, colons, line breaks, headings written
// as text and titles (the state changes and the reading goes on block by block).
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanBlocks, type Block } from '../../server/src/engine/blocks';
import { readLegalBlocks } from '../../server/src/engine/legalBlocks';
import { LegalReadingMemo } from '../../server/src/engine/legalReadingMemo';
import { atLeast, corpusFiles, corpusText, SOURCES_DIR } from '../helpers/workspace';
import { rawLawFiles, rawLawText } from '../helpers/rawLaws';
import { seededRandom } from '../helpers/generator';

const INSERTS = [
  'a', 'x', 'Z', 'means', 'Article', ' ', '.', ';', ':', '—', ',', '\n', '\n\n', '(', ')', '“', '**',
  '(1) ', '(2) ', ' (2) ', '(a) ', '(b) ', ' or (b) ', '; and (c) ', '\n(c) ', '1. ', '2. ', 'a) ', '(ii) ', ': (a) ',
  '8A.—(1) ', '10. (1) ', '\n**Short title**\n\n', '\nArticle 5 – Title\n', '\nCHAPTER II\n', '####Definitions\n', '\nSCHEDULE\n',
  '; "term" means a thing; "other" includes all; "third" means more', 'Table of contents',
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

/** An edit inside a block of `text`: letters inside a word, or one of INSERTS somewhere in the block. */
function editInside(text: string, blocks: Block[], next: () => number, letters: boolean): string {
  const prose = blocks.filter((block) => block.span.end - block.span.start > 8);
  if (!prose.length) return text + 'x';
  const block = prose[Math.floor(next() * prose.length)];
  let at = block.span.start + 1 + Math.floor(next() * (block.span.end - block.span.start - 1));
  if (letters) {
    while (at < block.span.end && !/\p{L}/u.test(text[at - 1])) at++;
    const word = ['e', 's', 'x', 'means', 'ii'][Math.floor(next() * 5)];
    return text.slice(0, at) + word + text.slice(at);
  }
  const insert = INSERTS[Math.floor(next() * INSERTS.length)];
  const remove = next() < 0.3 ? Math.floor(next() * 4) : 0;
  return text.slice(0, at) + insert + text.slice(Math.min(block.span.end, at + remove));
}

/** The first block that differs, with its text: the whole arrays are too long to read in a diff. */
function same(resumed: Block[], fresh: Block[], text: string, what: string): void {
  const length = Math.max(resumed.length, fresh.length);
  for (let i = 0; i < length; i++) {
    const [a, b] = [JSON.stringify(resumed[i]), JSON.stringify(fresh[i])];
    if (a !== b) {
      const around = fresh[i] ?? resumed[i];
      assert.fail(`${what}: block ${i} of ${fresh.length} (${resumed.length} resumed) is ${a}, a fresh reading gives ${b} (text: ${JSON.stringify(text.slice(around.span.start, around.span.start + 120))})`);
    }
  }
}

describe('engine: the legal reading resumed at the edited block equals a fresh reading (property)', function () {
  this.timeout(300_000);

  it('letters, markers, colons, line breaks and headings typed in corpus documents, raw laws and ../shared/sources texts', () => {
    const next = seededRandom(15);
    let resumed = 0;
    let continued = 0;
    let edits = 0;
    const documents = texts();
    assert.ok(documents.length >= atLeast(20, 15), `only ${documents.length} documents found`);
    for (const { name, text: initial } of documents) {
      let text = initial;
      let memo = new LegalReadingMemo();
      let blocks = readLegalBlocks(text, scanBlocks(text), memo);
      for (let step = 0; step < 16; step++) {
        const edited = editInside(text, blocks, next, step % 2 === 0);
        memo = memo.next(text, edited);
        text = edited;
        blocks = readLegalBlocks(text, scanBlocks(text), memo);
        edits++;
        if (memo.reading?.resumedAt !== undefined) resumed++;
        if (memo.reading?.continuedFrom !== undefined) continued++;
        same(blocks, readLegalBlocks(text, scanBlocks(text)), text, `${name}, edit ${step + 1}`);
      }
    }
    // Both ways must have been taken: the rest moved (the state after the block unchanged), and
    // the reading going on from the edited block (the edit changed the state).
    assert.ok(resumed > edits / 3, `only ${resumed} of ${edits} readings resumed`);
    assert.ok(continued > edits / 20, `only ${continued} of ${edits} readings went on from the edited block`);
  });

  it('an edit that changes what the reading took from the whole document (a marked "2.—(1)", a numbered title line) reads it all again', () => {
    // "1.  This Act is …" is section 1 only while "2.—(1)" opens section 2 further down (legalBlocks.ts firstSectionLater).
    const law = ['# Cybersecurity Act 2018', '', 'PART 1', 'PRELIMINARY', '', 'Short title', '', '1.  This Act is the Cybersecurity Act 2018.', '', 'Interpretation', '',
      '2.—(1) In this Act, unless the context otherwise requires —', '', '(2) In this Act, a reference to a computer includes a computer system.', ''].join('\n');
    // "(1)" made "(x)" inside the block: the blocks are the same, section 2 is no longer opened marked, so section 1 is no section
    const edits = [law.replace('2.—(1) In', '2.—(x) In'), law.replace('2.—(1) In', '2.—(1) Inx')];
    for (const edited of edits) {
      const memo = new LegalReadingMemo();
      readLegalBlocks(law, scanBlocks(law), memo);
      const next = memo.next(law, edited);
      same(readLegalBlocks(edited, scanBlocks(edited), next), readLegalBlocks(edited, scanBlocks(edited)), edited, JSON.stringify(edited.slice(100, 140)));
    }
  });

  it('a letter that makes or unmakes furniture (a contents title, a navigation list, an explanatory statement) reads like a fresh reading', () => {
    // What each block says of furniture is remembered while the document is edited (furnitureFacts):
    // a letter typed in that block must be read again, in both directions.
    const law = ['# Computer Misuse Act', '', 'Table of contents', '', '1. Short title', '', '2. Interpretation', '', 'PART I', '',
      '- [Part I](part-1.md)', '- [Part II](part-2.md)', '', '1. Short title', '', 'This Act may be cited as the Computer Misuse Act.', '',
      '2. Interpretation', '', 'In this Act, "computer" means an electronic device.', '', 'EXPLANATORY STATEMENT', '', 'Clause 1 gives the short title.', ''].join('\n');
    const furnitureIn = (text: string) => readLegalBlocks(text, scanBlocks(text)).filter((block) => block.furniture).map((block) => text.slice(block.span.start, block.span.end));
    const edits: Array<[string, string]> = [['Table of contents', 'Table of contentsx'], ['- [Part II](part-2.md)', '- [Part II](part-2.md) and more'], ['EXPLANATORY STATEMENT', 'EXPLANATORY STATEMENTS']];
    for (const [from, to] of edits) {
      const edited = law.replace(from, to);
      // the letter changes what is furniture (else this test would prove nothing)
      assert.notDeepEqual(furnitureIn(edited), furnitureIn(law), `${to} changes no furniture`);
      for (const [before, after] of [[law, edited], [edited, law]]) {
        const memo = new LegalReadingMemo();
        readLegalBlocks(before, scanBlocks(before), memo);
        same(readLegalBlocks(after, scanBlocks(after), memo.next(before, after)), readLegalBlocks(after, scanBlocks(after)), after, `${from} → ${to}`);
      }
    }
  });
});
