// The legal reading of markdown blocks. CommonMark (blocks.ts, remarkBlocks.ts) says what is a
// heading and what is a paragraph; laws as converters and official sites give them are written
// with the structure in the wrong markup, and a careful reader still sees it:
// - `###### (a) Whoever …` (US Code chunks): a subsection written as a heading is a paragraph
//   that opens subsection (a), not a heading;
// - `####Definitions` (no space after the hashes): CommonMark reads a paragraph, a legal reader a
//   heading (the statute converters of the Dutch treaty database write every title this way);
// - `e) … .\n2. For the purpose …`: a line that opens the next provision ("2." after "1.") starts a
//   new paragraph even where CommonMark reads a lazy continuation;
// - `8A.—(1) … (2) …` and `(1) … . (2) …` run together in one paragraph (Singapore and other
//   Commonwealth online statutes, Kenya Law): each marker that opens the next provision at a
//   sentence or clause boundary starts a new paragraph.
// This runs on the blocks of either parser, so the fast scanner and remark still give the same
// model. A split happens only where the marker continues a sequence already open ("(2)" after
// "(1)") or opens a list after ":" or a dash and the list continues; a citation such as
// "subsection (2)" or "section 5(1)" is never split, and when unsure nothing is split.
import type { Block } from './blocks';
import { trimSpan } from './blocks';
import { readHeading } from './headings';
import { readMarker, type Marker, type MarkerStyle } from './markers';
import { asciiDigits, romanValue } from './keywords';

/** The open marker sequences, outermost first, as the text has opened them. */
interface OpenLevel {
  style: MarkerStyle;
  value: string;
}

/** Marker styles that may stand run-in, inside a line: only the bracketed ones are unambiguous. */
const RUN_IN_STYLES = new Set<MarkerStyle>(['num-paren', 'lower-paren', 'upper-paren']);
/** Words a "." ends without ending a sentence: "s. (2)", "No. (3)" stay citations. */
const ABBREVIATIONS = new Set(['s', 'ss', 'no', 'nos', 'nr', 'art', 'arts', 'sec', 'secs', 'para', 'paras', 'subs', 'cf', 'p', 'pp', 'ch', 'cap', 'vol', 'al', 'v', 'vs']);
/** A section number run in with its first subsection: "8A.—(1)", "2.-(1)". */
const RUN_IN_SECTION = /^(\d{1,4}[A-Z]{0,3})\.\s?[—–-]\s?(?=\(1\)\s)/;
const ABJAD = 'أبجدهوزحطيكلمنسعفصقرشتثخذضظغ';

export function readLegalBlocks(text: string, blocks: Block[]): Block[] {
  const out: Block[] = [];
  /** The enclosing headings: depth and whether each opens a citable unit (article, section). */
  const headings: Array<{ depth: number; unit: boolean }> = [];
  let open: OpenLevel[] = [];
  let lastUnitHeading: string | undefined;

  const insideUnit = () => headings.some((heading) => heading.unit);

  for (const block of blocks) {
    let current = block.kind === 'paragraph' ? hashedHeading(text, block) ?? block : block;
    if (current.kind === 'heading') {
      const content = text.slice(current.contentStart, current.span.end);
      while (headings.length && headings[headings.length - 1].depth >= current.depth) headings.pop();
      const info = readHeading(content);
      const marker = info ? undefined : readMarker(content);
      if (marker && RUN_IN_STYLES.has(marker.style) && content.trimStart().startsWith(marker.label) && insideUnit()) {
        // "###### (a) Whoever": the subsection's marker and text, read as the paragraph it is.
        current = { kind: 'paragraph', depth: 0, span: trimSpan(text, current.contentStart, current.span.end), contentStart: current.contentStart };
      } else {
        const unit = !!info && (info.kind === 'article' || info.kind === 'section' || (info.kind === 'numbered' && current.depth > 1));
        headings.push({ depth: current.depth, unit });
        // A chunk header repeating the unit's heading continues the unit: its sequences stay open.
        if (unit && content.trim() !== lastUnitHeading) open = [];
        if (unit) lastUnitHeading = content.trim();
        out.push(current);
        continue;
      }
    }
    if (current.kind !== 'paragraph' && current.kind !== 'listItem') {
      out.push(current);
      continue;
    }
    if (current.kind === 'listItem') {
      splitProvisions(text, current, open, out);
      continue;
    }
    for (const piece of plainHeadingLines(text, current).flatMap((part) => (part.kind === 'paragraph' && insideUnit() ? alineaLines(text, part) : [part]))) {
      if (piece.kind === 'heading') {
        while (headings.length && headings[headings.length - 1].depth >= piece.depth) headings.pop();
        headings.push({ depth: piece.depth, unit: piece.depth === PLAIN_UNIT_DEPTH });
        if (piece.depth === PLAIN_UNIT_DEPTH) open = [];
        lastUnitHeading = undefined;
        out.push(piece);
        continue;
      }
      let start = piece.span.start;
      const section = runInSection(text, piece, headings);
      if (section) {
        out.push(section.heading);
        while (headings.length && headings[headings.length - 1].depth >= section.heading.depth) headings.pop();
        headings.push({ depth: section.heading.depth, unit: true });
        lastUnitHeading = undefined;
        open = [];
        start = section.bodyStart;
      }
      splitProvisions(text, { ...piece, span: { start, end: piece.span.end }, contentStart: Math.max(start, piece.contentStart) }, open, out);
    }
  }
  return out;
}

/** Depths given to heading lines written as plain text: groupings as "##", articles and sections as "###". */
const PLAIN_GROUPING_DEPTH = 2;
const PLAIN_UNIT_DEPTH = 3;

/**
 * A paragraph cut at its lines that are headings written as plain text, as official sites' text
 * dumps give them: "المادة 2: استخدام المصطلحات", "Article 7 – Illegal access", "CHAPTER II".
 * A heading line names a kind and a number, then nothing or a separator and a short title that
 * does not end a sentence ("Article 5 shall apply …" and "Article 5: see below." stay text).
 */
function plainHeadingLines(text: string, block: Block): Block[] {
  const pieces: Block[] = [];
  let from = block.span.start;
  let lineStart = block.span.start;
  while (lineStart < block.span.end) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > block.span.end) lineEnd = block.span.end;
    const depth = plainHeadingDepth(text.slice(lineStart, lineEnd));
    if (depth) {
      const before = trimSpan(text, from, lineStart);
      if (before.end > before.start) pieces.push({ kind: 'paragraph', depth: 0, span: before, contentStart: before.start });
      const span = trimSpan(text, lineStart, lineEnd);
      pieces.push({ kind: 'heading', depth, span, contentStart: span.start });
      from = lineEnd;
    }
    lineStart = lineEnd + 1;
  }
  if (from === block.span.start) return [block];
  const rest = trimSpan(text, from, block.span.end);
  if (rest.end > rest.start) pieces.push({ kind: 'paragraph', depth: 0, span: rest, contentStart: rest.start });
  return pieces;
}

function plainHeadingDepth(line: string): number | undefined {
  const content = line.trim();
  if (!content || content.length > 150 || /[.;,،؛]$/.test(content)) return undefined;
  const info = readHeading(content);
  if (!info || info.number === undefined || info.kind === 'numbered' || info.kind === 'preamble') return undefined;
  const plain = asciiDigits(content).replace(/\*\*|__|`/g, '').trim();
  if (!plain.startsWith(info.within?.label ?? info.label) || !/^\s*(?:[:–—.-]|$)/.test(plain.slice((info.within?.label ?? info.label).length))) return undefined;
  return info.kind === 'article' || info.kind === 'section' ? PLAIN_UNIT_DEPTH : PLAIN_GROUPING_DEPTH;
}

/** Longer than any hard-wrapped line: a paragraph holding such a line was not wrapped by hand. */
const UNWRAPPED_LINE = 100;

/**
 * An article's alinéas written as lines of one paragraph (the Benin code as its site gives it).
 * CommonMark joins them; in a paragraph that was not hard-wrapped (one of its lines is long), a
 * line that ends a sentence ends its alinéa. A line without final punctuation (the article's title
 * repeated by the site) stays with the line after it. Hard-wrapped text is never cut.
 */
function alineaLines(text: string, block: Block): Block[] {
  const body = text.slice(block.span.start, block.span.end);
  if (!body.includes('\n')) return [block];
  const lines = body.split('\n');
  if (!lines.some((line) => line.length > UNWRAPPED_LINE)) return [block];
  const pieces: Block[] = [];
  let from = block.span.start;
  let offset = block.span.start;
  for (let i = 0; i < lines.length - 1; i++) {
    offset += lines[i].length + 1;
    if (/[.;:!?»”…]\s*$/.test(lines[i]) && /^\s*\S/.test(lines[i + 1])) {
      const span = trimSpan(text, from, offset - 1);
      if (span.end > span.start) pieces.push(pieces.length === 0 ? { ...block, span } : { kind: 'paragraph', depth: 0, span, contentStart: span.start });
      from = offset;
    }
  }
  const rest = trimSpan(text, from, block.span.end);
  if (rest.end > rest.start) pieces.push(pieces.length === 0 ? { ...block, span: rest } : { kind: 'paragraph', depth: 0, span: rest, contentStart: rest.start });
  return pieces;
}

/**
 * `####Definitions`: hashes with no space before the text. Not a heading for CommonMark, but in a
 * law it is the converter's heading (never a hashtag: two hashes or more, then a capital letter,
 * a digit, "§" or an opening quote, alone on its line).
 */
function hashedHeading(text: string, block: Block): Block | undefined {
  const content = text.slice(block.span.start, block.span.end);
  const hashes = /^(#{2,6})(?=[\p{Lu}\p{N}§„“"«])/u.exec(content);
  if (!hashes || content.includes('\n')) return undefined;
  return { kind: 'heading', depth: hashes[1].length, span: block.span, contentStart: block.span.start + hashes[1].length };
}

/**
 * "8A.—(1) …": a section whose number is run in with its first subsection, read as the heading
 * "8A." and a paragraph from "(1)". (A bare "9. …" stays a numbered paragraph: it may be one.)
 */
function runInSection(text: string, block: Block, headings: Array<{ depth: number; unit: boolean }>): { heading: Block; bodyStart: number } | undefined {
  const head = text.slice(block.span.start, Math.min(block.span.end, block.span.start + 16));
  const runIn = RUN_IN_SECTION.exec(head);
  if (!runIn) return undefined;
  const labelEnd = runIn[1].length + 1;
  const enclosing = headings[headings.length - 1];
  // A sibling of the section before it; otherwise one level below the grouping that holds it.
  const depth = enclosing ? (enclosing.unit ? enclosing.depth : Math.min(6, enclosing.depth + 1)) : 2;
  const heading: Block = { kind: 'heading', depth, span: { start: block.span.start, end: block.span.start + labelEnd }, contentStart: block.span.start };
  const bodyStart = trimSpan(text, block.span.start + labelEnd, block.span.end).start;
  const dash = /^[—–-]\s?/.exec(text.slice(bodyStart, bodyStart + 2));
  return { heading, bodyStart: dash ? bodyStart + dash[0].length : bodyStart };
}

/** Pushes the block, cut where a marker opens the next provision (at a line start or run in). */
function splitProvisions(text: string, block: Block, open: OpenLevel[], out: Block[]): void {
  const markerStart = block.kind === 'listItem' && !block.ordered ? block.contentStart : block.span.start;
  const opening = readMarker(text.slice(markerStart, Math.min(block.span.end, markerStart + 32)));
  if (opening) enter(open, sequenceStyle(opening, open), block.kind === 'listItem' && block.ordered && block.listNumber !== undefined ? String(block.listNumber) : opening.value);
  const hasOpening = !!opening;
  const cuts: number[] = [];
  // Searched in the block's own text, each label's search moving forward only: linear per block.
  let blockText: string | undefined;
  const laterSearch = new Map<string, number>();
  /** Whether `label` stands at a boundary later in the block (the list a first marker opens goes on). */
  const continuesLater = (label: string, from: number): boolean => {
    blockText ??= text.slice(block.span.start, block.span.end);
    let found = laterSearch.get(label) ?? -2;
    while (found !== -1 && (found < from || !atBoundary(text, found, block.span.start))) {
      const next = blockText.indexOf(label, Math.max(from, found + 1) - block.span.start);
      found = next < 0 ? -1 : next + block.span.start;
    }
    laterSearch.set(label, found);
    return found >= 0;
  };

  for (let i = block.span.start + 1; i < block.span.end; i++) {
    const char = text.charCodeAt(i);
    let at = -1;
    let lineStart = false;
    if (char === 10) {
      at = i + 1;
      while (at < block.span.end && (text[at] === ' ' || text[at] === '\t')) at++;
      lineStart = true;
    } else if (char === 40 /* ( */ && atBoundary(text, i, block.span.start)) {
      at = i;
    }
    if (at < 0 || at >= block.span.end) continue;
    const marker = readMarker(text.slice(at, Math.min(block.span.end, at + 24)));
    if (!marker || !text.startsWith(marker.label, at) || (!lineStart && !/\s/.test(text[at + marker.label.length] ?? ''))) continue;
    if (!lineStart && !RUN_IN_STYLES.has(marker.style)) continue;
    const style = sequenceStyle(marker, open);
    // "3. \na)Each Party …": the line before holds only the marker of the paragraph this list opens.
    const lastCut = cuts[cuts.length - 1] ?? block.span.start;
    const afterMarkerOnly = lineStart && at - lastCut < 24 && readMarker(text.slice(lastCut, at))?.label.length === text.slice(lastCut, at).trim().length;
    if (opensProvision(text, marker, style, at, lineStart, open, hasOpening, block.span.start, continuesLater, afterMarkerOnly)) {
      enter(open, style, marker.value);
      cuts.push(at);
    }
  }
  let from = block.span.start;
  for (const cut of [...cuts, block.span.end]) {
    const span = trimSpan(text, from, cut);
    if (span.end > span.start) {
      const first = from === block.span.start;
      out.push(first ? { ...block, span: { start: span.start, end: span.end } } : { kind: 'paragraph', depth: 0, span, contentStart: span.start });
    }
    from = cut;
  }
}

function opensProvision(text: string, marker: Marker, style: MarkerStyle, at: number, lineStart: boolean, open: OpenLevel[], hasOpening: boolean,
  blockStart: number, continuesLater: (label: string, from: number) => boolean, afterMarkerOnly = false): boolean {
  const level = open.find((entry) => entry.style === style);
  if (level && follows(level.value, marker.value, style)) return true;
  if (!isFirst(marker)) return false;
  // A first marker opens a list only after ":" or a dash (or a line holding only the marker of the
  // paragraph it belongs to); run in, only inside a numbered provision and only if the list goes
  // on ("(a)" then "(b)"): a lone "(a)" may be a citation.
  const before = previousChar(text, at, blockStart);
  if (!afterMarkerOnly && (!before || !/[:—–-]/.test(before))) return false;
  if (lineStart) return true;
  if (!hasOpening) return false;
  const next = nextLabel(marker);
  return next !== undefined && continuesLater(next, at + marker.label.length);
}

/** A boundary before a run-in marker: the clause before it ends with ". ", "; ", ":" or a dash. */
function atBoundary(text: string, at: number, blockStart: number): boolean {
  let i = at - 1;
  let spaces = 0;
  while (i >= blockStart && spaces < 8 && (text[i] === ' ' || text[i] === '\u00a0')) { i--; spaces++; }
  if (i < blockStart) return false;
  const char = text[i];
  if (char === ':' || char === '—' || char === '–') return true;
  // "…; or (b)", "…, and (c)": the last item of a list after its conjunction.
  const conjunction = /(?:^|[^\p{L}])(or|and)$/u.exec(text.slice(Math.max(blockStart, i - 3), i + 1));
  if (conjunction && spaces > 0) {
    const before = previousChar(text, i + 1 - conjunction[1].length, blockStart);
    return before === ';' || before === ',';
  }
  // "interference- (a)": a hyphen standing for a dash; "5-(1)" is not one.
  if (char === '-') return spaces > 0;
  if (char === ';') return spaces > 0;
  if (char !== '.' || spaces === 0) return false;
  let wordStart = i;
  while (wordStart > blockStart && i - wordStart < 12 && /\p{L}/u.test(text[wordStart - 1])) wordStart--;
  const word = text.slice(wordStart, i).toLowerCase();
  return word.length > 1 && !ABBREVIATIONS.has(word) || (word.length === 0 && /[)\d]/.test(text[i - 1] ?? ''));
}

function previousChar(text: string, at: number, blockStart: number): string | undefined {
  let i = at - 1;
  while (i >= blockStart && at - i < 8 && /\s/.test(text[i])) i--;
  return i >= blockStart ? text[i] : undefined;
}

/**
 * The sequence a marker continues: "(i)" is a letter after "(h)", otherwise the first of a roman
 * run ("(ii)", "(iv)" always are), as structure.ts reads them.
 */
function sequenceStyle(marker: Marker, open: OpenLevel[]): MarkerStyle {
  const style = marker.style;
  if ((style !== 'lower-paren' && style !== 'lower-dot') || romanValue(marker.value) === undefined) return style;
  const letters = open.find((entry) => entry.style === style);
  if (letters && successor(letters.value, 'letter') === marker.value) return style;
  return style === 'lower-paren' ? 'roman-paren' : 'roman-dot';
}

/** Opens or continues a marker sequence: deeper sequences opened after it are closed. */
function enter(open: OpenLevel[], style: MarkerStyle, value: string): void {
  const index = open.findIndex((entry) => entry.style === style);
  if (index >= 0) open.length = index;
  open.push({ style, value });
}

function follows(previous: string, value: string, style: MarkerStyle): boolean {
  switch (style) {
    case 'num-dot': case 'num-dash': case 'num-paren': case 'degree': case 'quoted-num':
      return successor(previous, 'num') === value;
    case 'lower-paren': case 'lower-dot': case 'upper-paren': case 'upper-dot':
      return successor(previous, 'letter') === value;
    case 'roman-paren': case 'roman-dot':
      return successor(previous, 'roman') === value;
    case 'arabic-letter': {
      const index = ABJAD.indexOf(previous);
      return index >= 0 && ABJAD[index + 1] === value;
    }
    default:
      return false;
  }
}
function isFirst(marker: Marker): boolean {
  return ['1', 'a', 'A', 'i', 'I', 'أ'].includes(marker.value);
}

/** The label of the marker that would continue the list `marker` opens: "(b)" after "(a)". */
function nextLabel(marker: Marker): string | undefined {
  const value = marker.value === 'i' ? 'ii' : marker.value === 'I' ? 'II' : successor(marker.value, /\d/.test(marker.value) ? 'num' : 'letter');
  if (value === undefined) return undefined;
  return marker.label.replace(marker.value, value);
}

export function successor(value: string, kind: 'num' | 'letter' | 'roman'): string | undefined {
  if (kind === 'num') return /^\d+$/.test(value) ? String(Number(value) + 1) : undefined;
  if (kind === 'letter') {
    if (value.length !== 1 || !/[a-yA-Y]/.test(value)) return undefined;
    return String.fromCharCode(value.charCodeAt(0) + 1);
  }
  const roman = romanValue(value);
  if (roman === undefined || roman >= 40) return undefined;
  const next = toRoman(roman + 1);
  return value === value.toUpperCase() ? next.toUpperCase() : next;
}

function toRoman(value: number): string {
  const tens = ['', 'x', 'xx', 'xxx'][Math.floor(value / 10)] ?? '';
  const ones = ['', 'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix'][value % 10];
  return tens + ones;
}
