// Provisions whose text a converter wrote in blockquotes: LawAT's markdown of Austria's federal law
// (RIS) gives every section as "### § 3 VwGVG — Örtliche Zuständigkeit" then "> `(1)` Sofern …" and,
// for its points, ">> `1.` in den Fällen …". CommonMark reads a quotation; a legal reader reads the
// section's own paragraphs. Elsewhere a blockquote after a lead-in ("there is inserted—", "passa a
// vigorar com as seguintes alterações:") quotes another text, and stays a quotation (quotedPassages.ts).
import type { Block } from './blocks';
import { trimSpan } from './blocks';
import { isMarkerLine } from './implementation/mappings';

/** How many headings must be followed by a blockquote before the document is read as writing its provisions so. */
const MIN_QUOTED_BODIES = 3;

/**
 * Whether the text under the headings is written in blockquotes: at least half of the headings followed by a block
 * (three at least) are followed by a blockquote. An amending text quotes after its sentences, not after its headings.
 */
export function bodiesInQuotes(text: string, blocks: readonly Block[]): boolean {
  let followed = 0;
  let quoted = 0;
  for (let i = 0; i + 1 < blocks.length; i++) {
    if (blocks[i].kind !== 'heading' || blocks[i + 1].kind === 'heading') continue;
    followed++;
    if (blocks[i + 1].kind === 'blockquote' && !isAnnotation(text, blocks[i + 1])) quoted++;
  }
  return quoted >= MIN_QUOTED_BODIES && quoted * 2 >= followed;
}

/** "> Implements: article 2 of the Budapest Convention" under a provision's heading: our mapping, no text of the law. */
function isAnnotation(text: string, block: Block): boolean {
  const lineEnd = text.indexOf('\n', block.span.start);
  return isMarkerLine(text.slice(block.span.start, lineEnd < 0 || lineEnd > block.span.end ? block.span.end : lineEnd));
}

/**
 * The blocks with every blockquote read as the paragraphs it holds: one paragraph for each run of quoted lines
 * with text, separated by lines holding only ">" marks (or a change in the number of marks). Each paragraph
 * starts after its first line's marks, where its marker stands.
 */
export function unquotedBodies(text: string, blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    if (block.kind !== 'blockquote' || isAnnotation(text, block)) {
      out.push(block);
      continue;
    }
    let paragraph: { start: number; end: number; contentStart: number; marks: number } | undefined;
    const close = () => {
      if (!paragraph) return;
      // (from its first line's text: a paragraph's marker is read where its span starts)
      const span = trimSpan(text, paragraph.contentStart, paragraph.end);
      out.push({ kind: 'paragraph', depth: 0, span, contentStart: span.start });
      paragraph = undefined;
    };
    let lineStart = block.span.start;
    while (lineStart < block.span.end) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0 || lineEnd > block.span.end) lineEnd = block.span.end;
      const marks = quoteMarks(text, lineStart, lineEnd);
      if (marks.contentStart >= lineEnd) {
        close();
      } else if (paragraph && marks.count !== paragraph.marks && marks.count > 0) {
        close();
        paragraph = { start: lineStart, end: lineEnd, contentStart: marks.contentStart, marks: marks.count };
      } else if (paragraph) {
        paragraph.end = lineEnd;
      } else {
        paragraph = { start: lineStart, end: lineEnd, contentStart: marks.contentStart, marks: marks.count };
      }
      lineStart = lineEnd + 1;
    }
    close();
  }
  return out;
}

/** The ">" marks that open a line (with the spaces around them): how many, and where the line's text starts. */
function quoteMarks(text: string, start: number, end: number): { count: number; contentStart: number } {
  let at = start;
  let count = 0;
  while (at < end) {
    const c = text.charCodeAt(at);
    if (c === 62) count++;
    else if (c !== 32 && c !== 9) break;
    at++;
  }
  return { count, contentStart: at };
}
