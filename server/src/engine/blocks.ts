// Block structure of a markdown document: the headings, paragraphs and list items the
// model is built from. Two producers give the same blocks: a fast line scanner (used for
// every document) and remark-parse (the reference CommonMark parser, used to check the fast
// one: the differential tests inject it, see test/helpers/remarkBlocks.ts).
import type { Span } from './model';
import { findFrontMatter } from './frontMatter';

export type BlockKind = 'heading' | 'paragraph' | 'listItem' | 'html' | 'code' | 'thematicBreak' | 'blockquote';

export interface Block {
  kind: BlockKind;
  /** Heading depth 1-6; list nesting depth (1 = top) for list items; 0 otherwise. */
  depth: number;
  /** Trimmed: first to last non-whitespace character of the block's own text. */
  span: Span;
  /** Where the text after the heading hashes or the bullet starts. */
  contentStart: number;
  /** For list items from an ordered list: true. */
  ordered?: boolean;
  /** For ordered list items: the number a reader sees (markdown renumbers "1. 1. 1." as 1, 2, 3). */
  listNumber?: number;
  /** Set by the legal reading (legalBlocks.ts): page furniture or a table of contents, no provision. */
  furniture?: boolean;
  /** Set by the legal reading: a title line written before the number of the unit it names. */
  titleOfNext?: boolean;
}

/** Trims whitespace from both ends of a span. */
/** Whether a block's text has a letter or digit: a paragraph of marks alone ("((", "\\", "(…)") is no unit of its article (structure.ts) and an edit that makes one is no in-place edit (inPlaceEdit.ts). */
export function hasWords(text: string, block: Block): boolean {
  return WORD_OR_NUMBER.test(text.slice(block.span.start, block.span.end));
}

const WORD_OR_NUMBER = /[\p{L}\p{N}]/u;

export function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/** CommonMark's whitespace (form feed and line tabulation included: PDFs' page breaks leave them at line starts), no-break space, BOM, and the ideographic space Chinese texts indent paragraphs with. */
function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0xfeff || code === 0x3000;
}

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const THEMATIC = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const LIST_ITEM = /^( {0,3})([-+*]|(\d{1,9})[.)])([ \t]+|$)/;
const BLOCK_TAGS = 'address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul';
const ATTRIBUTE = '\\s+[A-Za-z_:][\\w.:-]*(?:\\s*=\\s*(?:[^\\s"\'=<>`]+|\'[^\']*\'|"[^"]*"))?';
/**
 * CommonMark's seven kinds of HTML block start (spec 4.6), on a line without its indentation,
 * each with the text that ends it (undefined: a blank line). Kind 7 cannot interrupt a paragraph.
 */
const HTML_STARTS: Array<{ start: RegExp; end?: RegExp }> = [
  { start: /^<(?:script|pre|style|textarea)(?:\s|>|$)/i, end: /<\/(?:script|pre|style|textarea)>/i },
  { start: /^<!--/, end: /-->/ },
  { start: /^<\?/, end: /\?>/ },
  { start: /^<![A-Za-z]/, end: />/ },
  { start: /^<!\[CDATA\[/, end: /\]\]>/ },
  { start: new RegExp(`^<\\/?(?:${BLOCK_TAGS})(?:\\s|\\/?>|$)`, 'i') },
  { start: new RegExp(`^(?:<[A-Za-z][A-Za-z0-9-]*(?:${ATTRIBUTE})*\\s*\\/?>|<\\/[A-Za-z][A-Za-z0-9-]*\\s*>)\\s*$`) },
];

const isSpaceOrTab = (c: string | undefined) => c === ' ' || c === '\t';

/**
 * Where the closing sequence of an ATX heading starts (the blanks before the final run of #'s),
 * or -1. Read backwards from the end of the line: the regex /[ \t]+#+[ \t]*$/ did the same
 * work again from every blank, which is quadratic on "# a" + 50,000 spaces + "b".
 */
function closingHashes(line: string): number {
  let i = line.length;
  while (i > 0 && isSpaceOrTab(line[i - 1])) i--;
  const hashesEnd = i;
  while (i > 0 && line[i - 1] === '#') i--;
  if (i === hashesEnd || !isSpaceOrTab(line[i - 1])) return -1;
  while (i > 0 && isSpaceOrTab(line[i - 1])) i--;
  return i;
}

function htmlStart(content: string): { kind: number; end?: RegExp } | undefined {
  for (let i = 0; i < HTML_STARTS.length; i++) {
    if (HTML_STARTS[i].start.test(content)) return { kind: i + 1, end: HTML_STARTS[i].end };
  }
  return undefined;
}
const BLOCKQUOTE = /^ {0,3}>/;

interface OpenItem {
  contentIndent: number;
  depth: number;
}

/**
 * Where a scan may resume: the line after each ATX heading and thematic break, where nothing is
 * open (no paragraph, list or item), with the number of blocks before it; and where the front
 * matter ends (-1: none).
 */
export interface ResumePoints {
  positions: number[];
  counts: number[];
  front: number;
}

const resumePoints = new WeakMap<Block[], ResumePoints>();

/** The resume points of blocks made by scanBlocks or rescanBlocks (blockRescan.ts). */
export function resumePointsOf(blocks: Block[]): ResumePoints | undefined {
  return resumePoints.get(blocks);
}

export function rememberResumePoints(blocks: Block[], points: ResumePoints): void {
  resumePoints.set(blocks, points);
}

/** The fast block scanner: one pass over the lines, no tree. */
export function scanBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const front = findFrontMatter(text);
  let position = front ? front.span.end : 0;
  if (position < text.length && text.charCodeAt(position) === 10) position++;
  const points: ResumePoints = { positions: [], counts: [], front: front ? front.span.end : -1 };
  scanFrom(text, position, blocks, points);
  resumePoints.set(blocks, points);
  return blocks;
}

/**
 * Scans the lines from `position`, where nothing is open, appending to `blocks` and `points`.
 * `stop` is asked at each resume point; true ends the scan there (and scanFrom returns true).
 */
export function scanFrom(text: string, position: number, blocks: Block[], points: ResumePoints, stop?: (position: number) => boolean): boolean {
  let paragraph: { start: number; end: number; kind: BlockKind; depth: number; contentStart: number; ordered?: boolean; listNumber?: number; empty?: boolean; itemDepth?: number } | undefined;
  // Open lists by nesting depth, to number ordered items the way markdown renders them.
  let lists: Array<{ ordered: boolean; delimiter: string; next: number }> = [];
  let items: OpenItem[] = [];
  let blankBefore = false;

  const closeParagraph = () => {
    if (paragraph) {
      const span = trimSpan(text, paragraph.start, paragraph.end);
      if (span.end > span.start) {
        blocks.push({ kind: paragraph.kind, depth: paragraph.depth, span, contentStart: Math.max(span.start, paragraph.contentStart), ordered: paragraph.ordered, listNumber: paragraph.listNumber });
      }
      paragraph = undefined;
    }
  };

  /** Consumes the following lines while `decide` takes them; returns where the last one taken ends. */
  const takeLines = (end: number, decide: (next: string) => 'take' | 'last' | 'stop'): number => {
    while (position < text.length) {
      let nextEnd = text.indexOf('\n', position);
      if (nextEnd < 0) nextEnd = text.length;
      const verdict = decide(text.slice(position, nextEnd).replace(/\r$/, ''));
      if (verdict === 'stop') break;
      end = nextEnd;
      position = nextEnd + 1;
      if (verdict === 'last') break;
    }
    return end;
  };

  while (position < text.length) {
    let lineEnd = text.indexOf('\n', position);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(position, lineEnd).replace(/\r$/, '');
    const lineStart = position;
    position = lineEnd + 1;

    if (line.trim() === '') {
      closeParagraph();
      blankBefore = true;
      continue;
    }
    const indent = leadingColumns(line);

    // Leaving list items whose content indent this line does not reach (after a blank line).
    if (blankBefore) {
      items = items.filter((item) => indent >= item.contentIndent);
    }
    const relativeIndent = items.length ? indent - items[items.length - 1].contentIndent : indent;

    // The list items this line stays inside if it starts a block of its own (no lazy continuation).
    const enclosing = items.filter((item) => indent >= item.contentIndent);
    const base = enclosing.length ? enclosing[enclosing.length - 1].contentIndent : 0;
    const blockIndent = indent - base;
    const content = line.replace(/^[ \t]+/, '');

    const fence = blockIndent < 4 ? FENCE.exec(content) : null;
    if (fence) {
      closeParagraph();
      items = enclosing;
      const marker = fence[1];
      let outdent: number | undefined;
      const end = takeLines(lineEnd, (next) => {
        // Inside a list item, a line indented less than the item's content ends the item and the fence.
        if (base > 0 && next.trim() !== '' && leadingColumns(next) < base) {
          outdent = leadingColumns(next);
          return 'stop';
        }
        const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(next.slice(Math.min(base, leadingColumns(next))));
        return close && close[1][0] === marker[0] && close[1].length >= marker.length ? 'last' : 'take';
      });
      pushBlock(blocks, text, 'code', 0, lineStart, end, lineStart);
      // The items that line ends are closed: it is not their lazy continuation (a fence has none).
      const reached = outdent;
      if (reached !== undefined) items = items.filter((item) => reached >= item.contentIndent);
      lists.length = Math.min(lists.length, items.length);
      blankBefore = false;
      continue;
    }

    const atx = ATX.exec(line);
    if (atx && indent < 4) {
      closeParagraph();
      items = [];
      lists = [];
      const hashesEnd = lineStart + line.indexOf('#') + atx[1].length;
      let contentEnd = lineStart + line.length;
      // A closing sequence of #'s preceded by a space is not part of the heading text.
      const closing = closingHashes(line);
      if (closing >= 0 && lineStart + closing >= hashesEnd) contentEnd = lineStart + closing;
      const span = trimSpan(text, lineStart, contentEnd);
      blocks.push({ kind: 'heading', depth: atx[1].length, span, contentStart: trimSpan(text, hashesEnd, contentEnd).start });
      blankBefore = false;
      points.positions.push(position);
      points.counts.push(blocks.length);
      if (stop?.(position)) return true;
      continue;
    }

    if (paragraph && paragraph.kind === 'paragraph' && !blankBefore && SETEXT.exec(line) && items.length === 0) {
      const depth = line.trim()[0] === '=' ? 1 : 2;
      const span = trimSpan(text, paragraph.start, paragraph.end);
      blocks.push({ kind: 'heading', depth, span, contentStart: span.start });
      paragraph = undefined;
      blankBefore = false;
      continue;
    }

    if (THEMATIC.test(line) && indent < 4) {
      closeParagraph();
      items = [];
      lists = [];
      pushBlock(blocks, text, 'thematicBreak', 0, lineStart, lineEnd, lineStart);
      blankBefore = false;
      points.positions.push(position);
      points.counts.push(blocks.length);
      if (stop?.(position)) return true;
      continue;
    }

    const html = blockIndent < 4 ? htmlStart(content) : undefined;
    if (html && (html.kind < 7 || !paragraph)) {
      closeParagraph();
      items = enclosing;
      // Kinds 1-5 end at the line holding their end text (possibly the first line); 6-7 at a blank line.
      const opening = content.slice(html.kind === 2 ? 4 : 1);
      const end = html.end && html.end.test(opening) ? lineEnd : takeLines(lineEnd, (next) => {
        if (!html.end) return next.trim() === '' ? 'stop' : 'take';
        return html.end.test(next) ? 'last' : 'take';
      });
      pushBlock(blocks, text, 'html', 0, lineStart, end, lineStart);
      lists.length = Math.min(lists.length, items.length);
      blankBefore = false;
      continue;
    }

    if (blockIndent < 4 && BLOCKQUOTE.test(content)) {
      closeParagraph();
      items = enclosing;
      // A line without ">" continues the quote only lazily, after a quoted line that holds text (an
      // empty ">" line closes the quote's paragraph: nothing is left to continue).
      let open = quotedText(content);
      const end = takeLines(lineEnd, (next) => {
        if (next.trim() === '') return 'stop';
        if (BLOCKQUOTE.test(next)) { open = quotedText(next.replace(/^[ \t]+/, '')); return 'take'; }
        const html = htmlStart(next.replace(/^ {0,3}/, ''));
        return !open || ATX.test(next) || FENCE.test(next) || THEMATIC.test(next) || LIST_ITEM.test(next) || (html && html.kind < 7) ? 'stop' : 'take';
      });
      pushBlock(blocks, text, 'blockquote', 0, lineStart, end, lineStart);
      lists.length = Math.min(lists.length, items.length);
      blankBefore = false;
      continue;
    }

    // A nested item is read after the enclosing item's content indent ("    - level 2").
    const nestBase = items.length && indent >= items[items.length - 1].contentIndent ? items[items.length - 1].contentIndent : 0;
    const stripped = nestBase > 0 && /^ +$/.test(line.slice(0, nestBase)) ? nestBase : 0;
    const listLine = relativeIndent < 4 || items.length === 0 ? LIST_ITEM.exec(line.slice(stripped)) : null;
    if (listLine && indent < (items.length ? items[items.length - 1].contentIndent + 4 : 4)) {
      const ordered = listLine[3] !== undefined;
      // Nothing after the marker but blanks ("3." or "- " alone).
      const emptyItem = line.slice(stripped + listLine[0].length).trim() === '';
      // CommonMark: a list may interrupt a paragraph only with a bullet or "1." that has content.
      // An item's own words are a paragraph too: a list nested in them must follow that rule,
      // while a line outside the item (a sibling, or a list of the enclosing level) interrupts nothing.
      const nestsInItem = paragraph?.kind === 'listItem' && !paragraph.empty && indent >= items[items.length - 1].contentIndent;
      // A paragraph inside an item ends where a line leaves the item: that line interrupts nothing.
      const itemDepth = paragraph?.kind === 'paragraph' ? paragraph.itemDepth ?? 0 : 0;
      const leavesItsItem = itemDepth > 0 && itemDepth <= items.length && indent < items[itemDepth - 1].contentIndent;
      const interruptsParagraph = !!paragraph && !blankBefore && ((paragraph.kind === 'paragraph' && !leavesItsItem) || nestsInItem);
      const canInterrupt = !interruptsParagraph || (!emptyItem && (!ordered || listLine[3] === '1'));
      if (canInterrupt) {
        closeParagraph();
        const markerWidth = listLine[2].length;
        const spaces = listLine[4].length;
        const contentIndent = indent + markerWidth + (spaces >= 5 || spaces === 0 ? 1 : spaces);
        while (items.length && indent < items[items.length - 1].contentIndent) items.pop();
        const depth = items.length + 1;
        items.push({ contentIndent, depth });
        const contentStart = lineStart + stripped + listLine[0].length;
        const delimiter = ordered ? listLine[2].slice(-1) : listLine[2];
        lists.length = Math.min(lists.length, depth);
        const open = lists[depth - 1];
        let listNumber: number | undefined;
        if (open && open.ordered === ordered && open.delimiter === delimiter) {
          listNumber = open.next++;
        } else {
          listNumber = ordered ? Number(listLine[3]) : 0;
          lists[depth - 1] = { ordered, delimiter, next: listNumber + 1 };
        }
        paragraph = { start: lineStart, end: lineEnd, kind: 'listItem', depth, contentStart, ordered, listNumber: ordered ? listNumber : undefined, empty: emptyItem };
        blankBefore = false;
        continue;
      }
    }

    if (!paragraph && indent >= 4 && items.length === 0) {
      // Indented code block: runs until a non-blank line that is indented less.
      const end = takeLines(lineEnd, (next) => (next.trim() !== '' && leadingColumns(next) < 4 ? 'stop' : 'take'));
      pushBlock(blocks, text, 'code', 0, lineStart, end, lineStart);
      lists.length = Math.min(lists.length, items.length);
      blankBefore = false;
      continue;
    }

    if (paragraph?.empty && !blankBefore && indent < items[items.length - 1].contentIndent) {
      // An empty item ("3." alone) holds no paragraph, so a line indented less than its content
      // is no lazy continuation: it ends the item (CommonMark 5.2, as remark reads it).
      closeParagraph();
      while (items.length && indent < items[items.length - 1].contentIndent) items.pop();
      lists.length = Math.min(lists.length, items.length);
      paragraph = { start: lineStart, end: lineEnd, kind: 'paragraph', depth: 0, contentStart: lineStart };
    } else if (paragraph && !blankBefore) {
      paragraph.end = lineEnd; // continuation (lazy continuation included)
      paragraph.empty = false;
    } else {
      closeParagraph();
      if (blankBefore && items.length && indent < items[items.length - 1].contentIndent) items = [];
      lists.length = Math.min(lists.length, items.length);
      paragraph = { start: lineStart, end: lineEnd, kind: 'paragraph', depth: 0, contentStart: lineStart, itemDepth: items.length };
    }
    blankBefore = false;
  }
  closeParagraph();
  return false;
}

/** Whether a quoted line (">" markers first) holds text after its markers. */
function quotedText(line: string): boolean {
  return /^(?: {0,3}>[ \t]?)+[^\s>]/.test(line);
}

function pushBlock(blocks: Block[], text: string, kind: BlockKind, depth: number, start: number, end: number, contentStart: number): void {
  const span = trimSpan(text, start, end);
  if (span.end > span.start) blocks.push({ kind, depth, span, contentStart: Math.max(contentStart, span.start) });
}

function leadingColumns(line: string): number {
  let columns = 0;
  for (const char of line) {
    if (char === ' ') columns++;
    else if (char === '\t') columns += 4 - (columns % 4);
    else break;
  }
  return columns;
}
