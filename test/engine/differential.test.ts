// The fast block scanner (blocks.ts) and remark-parse (test/helpers/remarkBlocks.ts) must give the same
// model: remark is the CommonMark reference, the fast scanner is what runs in the editor.
import * as assert from 'node:assert';
import { parseDocument, type DocumentModel } from '../../server/src/engine/document';
import { corpusFiles, corpusText, corpusUri, joinLines } from '../helpers/workspace';
import { generateDocument } from '../helpers/generator';
import { remarkBlocks } from '../helpers/remarkBlocks';

function units(model: DocumentModel): string[] {
  return model.units.map((u) => `${u.id} ${u.kind} ${u.number ?? '-'} ${JSON.stringify(u.label)} line ${u.line + 1}`);
}
function definitions(model: DocumentModel): string[] {
  return model.definitions.map((d) => `${JSON.stringify(d.term)} ${d.termSpan.start}-${d.termSpan.end} in ${d.unitId}`);
}
function references(model: DocumentModel): string[] {
  return model.references.map((r) => `${r.span.start}-${r.span.end} ${JSON.stringify(r.text)}`);
}

function assertSameModel(uri: string, text: string): void {
  const fast = parseDocument(uri, text, 0);
  const remark = parseDocument(uri, text, 0, { blockParser: remarkBlocks });
  assert.deepStrictEqual(units(fast), units(remark), `units differ (fast vs remark) in ${uri}`);
  assert.deepStrictEqual(definitions(fast), definitions(remark), `definitions differ in ${uri}`);
  assert.deepStrictEqual(references(fast), references(remark), `references differ in ${uri}`);
}

describe('engine: fast scanner vs remark (differential)', () => {
  describe('corpus documents', () => {
    for (const name of corpusFiles()) {
      it(name, () => {
        const text = corpusText(name);
        const model = parseDocument(corpusUri(name), text, 0);
        assert.ok(model.units.length > 10, 'the document has structure, so the comparison means something');
        assertSameModel(corpusUri(name), text);
      });
    }
  });

  describe('generated documents', () => {
    for (let seed = 1; seed <= 60; seed++) {
      it(`seed ${seed}`, () => assertSameModel(`file:///generated/${seed}.md`, generateDocument(seed)));
    }
  });

  describe('hand-written CommonMark corners', () => {
    const cases: Record<string, string> = {
      'ordered list "1. 1. 1." renders 1, 2, 3': joinLines('### Article 1', '', '1. one', '1. two', '1. three'),
      'list starting at 3': joinLines('### Article 1', '', '3. three', '4. four'),
      'a number other than 1 cannot interrupt a paragraph': joinLines('### Article 1', '', 'The Parties agree', '2. that this is prose'),
      '"1." interrupts a paragraph': joinLines('### Article 1', '', 'The Parties agree:', '1. first', '2. second'),
      'setext heading': joinLines('Article 3 – Title', '=================', '', '1. text'),
      'setext "---" under a paragraph is a heading, not a rule': joinLines('### Article 1', '', 'Article 2', '---', '', '1. text'),
      'heading inside a fence is code': joinLines('### Article 1', '', '```', '### Article 2', '```', '', '1. text'),
      'unclosed fence runs to the end': joinLines('### Article 1', '', '~~~', '### Article 2', '1. text'),
      'multi-line HTML comment': joinLines('### Article 1', '', '<!--', '### Article 2', '-->', '', '1. text'),
      'blockquote with a lazy line': joinLines('### Article 1', '', '> quoted "x" means y', 'lazy', '', '2. after'),
      'nested bullets': joinLines('### Article 1', '', '- one', '  - nested', '- two', '', 'a) after'),
      'indented code is not a paragraph': joinLines('### Article 1', '', '    1. code', '', '1. text'),
      'closing hashes': joinLines('### Article 1 – Scope ###', '', '1. text'),
      'CRLF line ends': '### Article 1\r\n\r\n1. one\r\n\r\n2. two\r\n',
      'tab after marker': joinLines('### Article 1', '', '1.\tone', '2.\ttwo'),
      'empty list item': joinLines('### Article 1', '', '1.', '2. two'),
      'thematic break': joinLines('### Article 1', '', '1. one', '', '***', '', '2. two'),
      'lettered items after an ordered list with a blank line': joinLines('### Article 1', '', '1. one', '', 'a. sub', '', 'b. sub'),
      'ordered list with ")" delimiter then "."': joinLines('### Article 1', '', '1) one', '2) two', '1. three'),
      'list item continued by an indented paragraph': joinLines('### Article 1', '', '1. one', '', '   still one', '', '2. two'),
      'inline HTML at the start of a paragraph is not an HTML block': joinLines('### Article 1', '', '<sup>1</sup> "footnote" means a note;', '', '1. text'),
      'a <div> block may interrupt a paragraph': joinLines('### Article 1', '', '1. text', '<div>', '2. inside html', '</div>', '', '3. after'),
      'a complete lone inline tag opens an HTML block (type 7)': joinLines('### Article 1', '', '<span>', '1. inside html', '', '2. after'),
      'a type 7 tag cannot interrupt a paragraph': joinLines('### Article 1', '', '1. text', '<span>', 'more'),
      'nested ordered list': joinLines('### Article 1', '', '1. one', '   1. nested', '   1. nested two', '1. two'),
      'fence inside a list item': joinLines('### Article 1', '', '1. one', '', '   ```', '   2. code', '   ```', '', '2. two'),
      'blockquote holding a list': joinLines('### Article 1', '', '> 1. quoted', '> 2. quoted', '', '3. after'),
      'bullet then ordered list': joinLines('### Article 1', '', '- a', '1. one', '1. two'),
      'heading after a list without a blank line': joinLines('### Article 1', '', '1. one', '### Article 2', '1. two'),
      'a fence at column 0 ends a list item': joinLines('### Article 1', '', '1. one', '```', '2. code', '```', '1. after'),
      'a blockquote at column 0 ends a list': joinLines('### Article 1', '', '1. one', '> 2. quoted', '', '1. after'),
      'an HTML comment ends a list item': joinLines('### Article 1', '', '1. one', '<!-- note -->', '1. after'),
      'indented fence inside a nested item': joinLines('### Article 1', '', '1. one', '   - two', '', '     ```', '     3. code', '     ```', '', 'a) after'),
    };
    for (const [name, text] of Object.entries(cases)) {
      it(name, () => assertSameModel(`file:///corner/${encodeURIComponent(name)}.md`, text));
    }
  });
});
