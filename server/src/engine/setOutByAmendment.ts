// Another instrument's articles set out in full, unquoted, after the lead-in of the provision that amends it: "Modifíquese
// los artículos 162, 183-A y 323 del Código Penal, …, en los siguientes términos:" then "**Artículo 162. Interferencia
// telefónica**" and its text, then "**Artículo 183-A. …**" (Peru's laws as lpderecho gives them). Those articles, and what
// their text cites, are the amended instrument's, not this document's.
import { AMENDING_INSTRUCTION, AMENDS_AS_FOLLOWS_IN } from './amendingInstruction';
import { readHeading } from './headings';
import { detached } from './text';

/** How far above an article's heading its lead-in is looked for (a lead-in sets out a few articles, not a code). */
const REACH_CHARS = 12_000;
const REACH_LINES = 80;
const GROUPINGS = new Set<string>(['book', 'part', 'title', 'chapter', 'division', 'annex', 'schedule']);

/**
 * The lead-in that sets out the article whose heading starts at `labelStart`, numbered `number`: the nearest line above it
 * that ends with ":" and amends, where it cites that number and the number of every article heading between the two. A
 * heading of anything else between them (a chapter, the next provision of this document) means there is none.
 */
export function amendingLeadInAbove(text: string, labelStart: number, number: string): string | undefined {
  if (!colonLineAbove(text, labelStart)) return undefined;
  const between: string[] = [];
  let lineEnd = text.lastIndexOf('\n', labelStart - 1);
  for (let lines = 0; lineEnd > 0 && lines < REACH_LINES && labelStart - lineEnd < REACH_CHARS; lines++) {
    const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
    const plain = text.slice(lineStart, lineEnd).replace(/[*_]+/g, '').trim();
    lineEnd = lineStart - 1;
    if (!plain) continue;
    if (onAmendingLeadIn(text, lineStart)) {
      const leadIn = wrappedFrom(text, lineStart, plain);
      return [number, ...between].every((cited) => citesNumber(leadIn, cited)) ? detached(leadIn) : undefined;
    }
    const markdownHeading = /^#{1,6}\s/.test(plain);
    const heading = readHeading(plain.replace(/^#{1,6}\s+/, '').replace(/^[“"«]/, ''));
    if (heading && (heading.kind === 'article' || heading.kind === 'section') && heading.number && !heading.within) between.push(heading.number);
    else if (markdownHeading || (heading && GROUPINGS.has(heading.kind))) return undefined;
  }
  return undefined;
}

/**
 * Whether any line within reach above `labelStart` ends with a colon (markup and spaces after it aside): without one there is no
 * lead-in, and the lines need no reading as headings (most articles).
 */
function colonLineAbove(text: string, labelStart: number): boolean {
  let lineEnd = text.lastIndexOf('\n', labelStart - 1);
  for (let lines = 0; lineEnd > 0 && lines < REACH_LINES && labelStart - lineEnd < REACH_CHARS; lines++) {
    const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
    let at = lineEnd - 1;
    while (at >= lineStart && IGNORED_AT_END.test(text[at])) at--;
    if (at >= lineStart && (text[at] === ':' || text[at] === '：')) return true;
    lineEnd = lineStart - 1;
  }
  return false;
}

/** What `.replace(/[*_]+/g, '').trim()` takes off a line's end. */
const IGNORED_AT_END = /^[\s*_]$/;

/** How many lines above a lead-in's last may be its beginning ("Modifíquese los artículos 162 … aprobado por el Decreto" / "Legislativo 635, en los siguientes términos:"). */
const WRAPPED_LINES = 3;

/** The lead-in whose last line starts at `lineStart`, with the lines above it that end no sentence (a PDF's or pandoc's wrapping). */
function wrappedFrom(text: string, lineStart: number, last: string): string {
  let leadIn = last;
  let start = lineStart;
  for (let lines = 0; lines < WRAPPED_LINES && start > 0; lines++) {
    const previousStart = text.lastIndexOf('\n', start - 2) + 1;
    const previous = text.slice(previousStart, start - 1).replace(/[*_]+/g, '').trim();
    if (!previous || /[.;:：]$/.test(previous) || /^#/.test(previous)) break;
    leadIn = `${previous} ${leadIn}`;
    start = previousStart;
  }
  return leadIn;
}

/** Whether the line holding `offset` reads as such a lead-in: ends with ":" and amends (an edit in it may set out the articles below it, or stop). */
export function onAmendingLeadIn(text: string, offset: number): boolean {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  const plain = text.slice(start, end < 0 ? text.length : end).replace(/[*_]+/g, '').trim();
  if (!/[:：]$/.test(plain)) return false;
  // "ARTÍCULO 3°.- Sustitúyese el artículo 30 bis del Código Procesal Penal" / "… por el" / "siguiente:": wrapped
  const leadIn = wrappedFrom(text, start, plain);
  return AMENDING_INSTRUCTION.test(leadIn) || AMENDS_AS_FOLLOWS_IN.test(leadIn);
}

/** Whether the line holding `offset` is such a lead-in or one of the lines it wraps from (an edit there may change what it sets out). */
export function nearAmendingLeadIn(text: string, offset: number): boolean {
  let lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  for (let lines = 0; lines <= WRAPPED_LINES && lineStart <= text.length; lines++) {
    if (onAmendingLeadIn(text, lineStart)) return true;
    const next = text.indexOf('\n', lineStart);
    if (next < 0) break;
    lineStart = next + 1;
  }
  return false;
}

/** Whether `text` names the number "183a" (written "183-A", "183 A" or "183a") or "162", not as part of another number. */
function citesNumber(text: string, number: string): boolean {
  const parts = /^(\d+)([a-z]{0,3})$/i.exec(number);
  const pattern = parts
    ? `${parts[1]}${parts[2] ? `[\\s-]?${parts[2]}` : ''}`
    : number.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

/**
 * Whether letters typed at `offset` in the block starting at `blockStart` may change what the duplicate checks read
 * (structure.ts): a lead-in that sets out articles below it (or a line it wraps from), or the first words after a label that
 * amend ("ARTÍCULO 3°.- Sustitúyese …"). Such an edit is no in-place one (inPlaceEdit.ts).
 */
export function mayAmendNear(text: string, blockStart: number, offset: number): boolean {
  if (offset - blockStart <= OPENING_WORDS && AMENDING_INSTRUCTION.test(text.slice(blockStart, blockStart + OPENING_WORDS + 20))) return true;
  return nearAmendingLeadIn(text, offset);
}

/** How far into a unit's first paragraph its opening words are read for an amending instruction (structure.ts reads 120 characters). */
const OPENING_WORDS = 140;

/** The heading a line reads as (its kind and number), for telling whether letters typed in it changed that. */
export function lineHeadingKey(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const heading = readHeading(text.slice(start, Math.min(text.length, start + 60)).split('\n', 1)[0].replace(/[*_#]+/g, '').trim());
  return heading ? `${heading.kind} ${heading.number ?? ''}` : '';
}
