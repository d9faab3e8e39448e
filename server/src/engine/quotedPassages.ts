// Text of another instrument quoted in this one: an amending act's inserted words ("is amended by
// inserting after subsection (2)— "(3) A person who contravenes subsection (4) …""), or a code that
// reproduces another code's articles ("sont fixées par les articles L. 333-4 et L. 333-5 du code de
// la consommation, ci-après reproduits : " Art. L. 333-4-I.-… au I du présent article … ""). Its
// citations are of the quoted instrument's units, not of this document's.
//
// A passage opens with a quotation mark after a lead-in (a paragraph or words ending in ":" or a
// dash) and closes with the matching mark at the end of a paragraph. A defined term ("computer"
// means …) closes before its paragraph ends, so a list of definitions is never a passage. A quote
// that does not close within MAX_PARAGRAPHS paragraphs, or before a heading, is no passage either.
import type { DocumentModel } from './document';
import type { Span } from './model';
import { readHeading } from './headings';
import { oncePerVersion } from './treeKeyed';

const MAX_PARAGRAPHS = 80;
/** After a closing mark: a full stop, semicolon or comma, a space, and the opening mark again (the next quoted text of a series). */
const SERIES_REOPENS = /^[.;,][ \t]+(["“«„])/;
const SERIES_REOPENS_REACH = 8;
const CLOSING: Record<string, string> = { '"': '"', '“': '”', '«': '»', '„': '“' };
/**
 * After a lead-in: ":" or a dash, then the quotation mark (spaces and line breaks between, and the ">" of a
 * blockquote: Brazil's "passa a vigorar com as seguintes alterações: [Produção de efeitos](…)" then "> > “Art. 31-A. …” (NR)"
 * as clipped, an editor's link after the lead-in).
 */
// ("… que señala lo siguiente:" then "Artículo 9. Responsabilidades esenciales" then "“9.1 Los funcionarios …”": the quoted
// article's label and title on a line of their own, capitalised, before the mark; never a list's item "1. Член 5 се изменя така")
// ("el texto siguiente:  " then '\u00a0 \u00a0 \u00a0"La verificación …' (SPIJ's page: the indentation in no-break spaces)
// ("_(c) by inserting after subsection (1) the following subsection:_" then '"(2) For the avoidance …': the lead-in's emphasis closed
// after its colon)
// ("- 4. Za § 7 se vkládají nové § 7a až 7c, které včetně nadpisů znějí:" then "##### „§ 7a", its title and text, "##### § 7b" …,
// "… a moratoria.“." (Czech amending acts as e-Sbírka gives them): the mark opens a heading, and the passage holds headings; "„" only,
// Andorra's '### “Article 51' after "… queda redactat com segueix:" is read as the article it sets out, a unit inside the one amending)
const OPENER = /[:—–-][*_]{0,3}[ \t\u00a0]*(?:\[[^\]\n]{1,60}\]\([^)\s]{1,300}\)[ \t]*)?(?:\r?\n[ \t\u00a0]*(?:>[ \t]*)*)*(?:\p{Lu}[^\n"“«„:]{0,99}(?:\r?\n[ \t\u00a0]*)+)?((?<=\n)#{1,6}[ \t]+(?=„))?(["“«„])/gu;

/** The quoted passages of a document, in text order (once per document version). */
export const quotedPassages: (model: DocumentModel) => readonly Span[] = oncePerVersion((model) => findPassages(model.text));

/** The quoted passage holding `offset`, if any. */
export function quotedPassageAt(model: DocumentModel, offset: number): Span | undefined {
  const spans = quotedPassages(model);
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (spans[mid].end <= offset) low = mid + 1;
    else if (spans[mid].start > offset) high = mid - 1;
    else return spans[mid];
  }
  return undefined;
}

/** A quoted passage; `headed` when a heading opens it ("##### „§ 7a" after "… znějí:"). */
export type Passage = Span & { headed?: true };

export function findPassages(text: string): Passage[] {
  const out: Passage[] = quotedBlocks(text);
  OPENER.lastIndex = 0;
  for (let match = OPENER.exec(text); match; match = OPENER.exec(text)) {
    const open = match.index + match[0].length - 1;
    const mark = match[2];
    const headed = match[1] !== undefined;
    // ("… by the insertion after section 294 of the following Part:" then "“PART VIIA" and its sections, then "… repaid.”.": a
    // whole Part or Schedule set out runs longer than other quotations; so does one a heading opens, which holds headings)
    const { end, stop } = closeOf(text, open, mark, headed || opensGrouping(text, open) ? MAX_GROUPING_PARAGRAPHS : MAX_PARAGRAPHS, headed);
    const reopened = end === undefined ? reopenedRun(text, open, mark) : undefined;
    // (one a heading opens is marked so: the heading opens no unit of this document, structure.ts)
    if (end !== undefined || reopened !== undefined) out.push(headed ? { start: open, end: end ?? reopened!, headed } : { start: open, end: end ?? reopened! });
    // An opener between here and where this scan stopped reads the same marks: never scanned twice (linear time). (A scan stopped
    // by a heading resumes at the line before it, which may be the lead-in of a passage the heading opens: "… který zní:" then
    // "##### „§ 15a".)
    OPENER.lastIndex = Math.max(text[stop] === '#' ? lineBefore(text, stop) : stop, open + 1, reopened ?? 0);
  }
  // "“1 – يستثنى من تطبيق أحكام هذا النظام كل من :" … "… ذات الصلة بكل فئة”." (an article's wording as an amendment set it out,
  // its lead-in left out by the converter): paragraphs in quotation marks, opened at a paragraph's start and closed at the end of
  // a later one. (A quote closed inside its paragraph, a term defined, is none; nor is a quoted paragraph alone.)
  for (const mark of PARAGRAPH_MARKS) {
    // (each mark found natively; an opener inside a stretch already read is not read again: linear time)
    let resume = 0;
    for (let open = text.indexOf(mark); open >= 0; open = text.indexOf(mark, open + 1)) {
      if (open < resume || !opensParagraph(text, open)) continue;
      const { end, stop } = closeOf(text, open, mark);
      if (end !== undefined && /\n[ \t]*\n/.test(text.slice(open, end)) && !labelsUnits(text.slice(open + 1, end))) out.push({ start: open, end });
      resume = Math.max(stop, open + 1);
    }
  }
  // "by striking subchapters II and III and inserting the following:" then "## ''SUBCHAPTER II—INFORMATION SECURITY", "''(1) provide
  // …", … "… the Comptroller General of the United States.''." (the United States' printed laws, and the US Code's notes, quote
  // with two apostrophes, each quoted paragraph opening with them again): paragraphs in such quotes, closed at the end of a later one
  let resume = 0;
  for (let open = text.indexOf("''"); open >= 0; open = text.indexOf("''", open + 2)) {
    if (open < resume || !opensMarkedParagraph(text, open)) continue;
    const { end, stop } = closeOfDoubled(text, open);
    // ("is amended by adding at the end the following new paragraph:" then "''(3) The Secretary is not authorized … (as defined in
    // section 706(a)(1)). …''.": one paragraph alone, after the lead-in that announces it)
    if (end !== undefined && (/\n[ \t]*\n/.test(text.slice(open, end)) || endsLeadIn(paragraphBefore(text, open)))) out.push({ start: open, end });
    resume = Math.max(stop, open + 2);
  }
  return out.sort((a, b) => a.start - b.start).filter((span, i, all) => i === 0 || span.start >= all[i - 1].end);
}

/** The start of the last line with text before the line starting at `at`. */
function lineBefore(text: string, at: number): number {
  let end = at - 1;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return text.lastIndexOf('\n', end - 1) + 1;
}

/** How many paragraphs in a row that do not open with '' (a printer's marginal notes, page marks) a passage in '' quotes goes on through. */
const UNMARKED_IN_A_ROW = 8;

/**
 * Where the passage that opens with '' at `open` ends (after the '' that closes a paragraph): each of its paragraphs opens with ''
 * again, its headings too ("## **''§ 3551. Purposes**"); a few between that do not (a marginal note, "44 USC 3552.") go on with it.
 * No end when '' closes inside a paragraph (quoted words), or UNMARKED_IN_A_ROW paragraphs go by without one.
 */
function closeOfDoubled(text: string, open: number): { end?: number; stop: number } {
  let unmarked = 0;
  let paragraphStart = false;
  for (let i = open + 2; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) {
      let j = i + 1;
      while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
      if (text[j] === '\n') paragraphStart = true;
      else if (text[j] === '#') paragraphStart = true;
      if (paragraphStart) {
        // the paragraph's opening marks (a heading's, a list item's, emphasis), then '' or not
        let k = j;
        while (k < text.length && (text[k] === '\n' || text[k] === ' ' || text[k] === '\t' || text[k] === '\r' || text[k] === '#' || text[k] === '*' || text[k] === '_' || text[k] === '-' || text[k] === '>')) k++;
        paragraphStart = false;
        if (text.startsWith("''", k)) {
          unmarked = 0;
          i = k + 1;
          continue;
        }
        if (++unmarked > UNMARKED_IN_A_ROW) return { stop: k };
        i = k - 1;
      }
      continue;
    }
    if (ch === 39 && text.charCodeAt(i + 1) === 39) {
      // ("… shall apply to this subchapter. ''(b) ADDITIONAL DEFINITIONS.—": a quoted paragraph a converter ran into the one
      // before it opens with '' after a space; only '' after a word or a sign closes)
      if (/\s/.test(text[i - 1] ?? ' ') && /[^\s.,;]/.test(text[i + 2] ?? '')) {
        i++;
        continue;
      }
      if (atParagraphEnd(text, i + 2)) return { end: i + 2, stop: i + 2 };
      return { stop: i + 2 };
    }
  }
  return { stop: text.length };
}

/** The last line of the paragraph before the one that holds `at` (blank lines between), or "". */
function paragraphBefore(text: string, at: number): string {
  let end = text.lastIndexOf('\n', at);
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (line.trim() !== '') return line;
    end = start - 1;
  }
  return '';
}

/** Whether the mark at `at` opens its paragraph, after a heading's, a list item's or emphasis marks at most. */
function opensMarkedParagraph(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t' || text[k] === '#' || text[k] === '*' || text[k] === '_' || text[k] === '-' || text[k] === '>')) k--;
  if (k < 0) return true;
  if (text.charCodeAt(k) !== 10) return false;
  k--;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9 || text.charCodeAt(k) === 13)) k--;
  return k < 0 || text.charCodeAt(k) === 10 || text[at - 1] === '#' || text.slice(k + 2, at).trimStart().startsWith('#');
}

/**
 * Whether a paragraph of quoted text opens with an article's or a section's label: "« Article 25-1" … "Article 25-2" (Senegal's
 * Constitution as vie-publique.sn gives it, the articles a revision inserted quoted after its note): the document's own articles,
 * in its text, whatever marks the editor put around them.
 */
function labelsUnits(quoted: string): boolean {
  for (const paragraph of quoted.split(/\n[ \t]*\n/)) {
    const line = paragraph.trim().split('\n', 1)[0];
    const info = line && line.length <= 120 ? readHeading(line) : undefined;
    if (info && (info.kind === 'article' || info.kind === 'section') && info.number !== undefined && line.startsWith(info.label)) return true;
  }
  return false;
}

/** The marks that may open paragraphs of quoted wording. */
const PARAGRAPH_MARKS = ['“', '«'];

/** Whether the mark at `at` opens its paragraph: only spaces or tabs before it, back to a blank line or the text's start. */
function opensParagraph(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  // ("### “Disposició transitòria" then its paragraphs, "… l’article 18.”" (Andorra's BOPA: the provision an amendment sets out,
  // its heading opening the quotation): a heading's hashes before the mark
  if (text.charCodeAt(k) === 35 && text.charCodeAt(k + 1) === 32) {
    let hashes = 0;
    while (k >= 0 && text.charCodeAt(k) === 35 && hashes < 7) { k--; hashes++; }
    if (hashes > 6) return false;
  }
  if (k < 0) return true;
  if (text.charCodeAt(k) !== 10) return false;
  k--;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9 || text.charCodeAt(k) === 13)) k--;
  return k < 0 || text.charCodeAt(k) === 10;
}

/**
 * Blockquotes after a lead-in ending in ":" or a dash: "passa a vigorar com as seguintes alterações:" then "> > ……… § 6º Para os
 * projetos …" (an amending law quoting the amended text, as a clipper gives it, the quotation marks maybe missing).
 */
function quotedBlocks(text: string): Span[] {
  const out: Span[] = [];
  let lineStart = 0;
  let leadIn = false;
  let open = -1;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const quoted = /^[ \t]{0,3}>/.test(line);
    const blank = !quoted && line.trim() === '';
    if (quoted) {
      if (open < 0 && leadIn) open = lineStart;
    } else if (!blank) {
      if (open >= 0) out.push({ start: open, end: lineStart });
      open = -1;
      // the lead-in's last words, without the editor's links after them ("alterações: [Produção de efeitos](…)")
      // (or a dash: "after subsection (4) there shall be inserted the following subsection—", legislation.gov.uk as legalize-uk gives it)
      leadIn = endsLeadIn(line);
    }
    lineStart = lineEnd + 1;
  }
  if (open >= 0) out.push({ start: open, end: text.length });
  return out;
}

/** A lead-in's end: ":" or a dash closing the line, an editor's link after it at most. */
const LEAD_IN_END = /[:—–][ \t\u00a0]*(?:\[[^\]\n]{1,60}\]\([^)\s]{1,300}\)[ \t]*)?$/;

/** Whether `line` ends as a lead-in does (LEAD_IN_END): its last character but spaces looked at first, the pattern only where a link may close it. */
function endsLeadIn(line: string): boolean {
  let k = line.length - 1;
  while (k >= 0 && (line[k] === ' ' || line[k] === '\t' || line[k] === '\u00a0')) k--;
  const last = line[k];
  if (last === ':' || last === '—' || last === '–') return true;
  return last === ')' && LEAD_IN_END.test(line.length > 600 ? line.slice(-600) : line);
}

/**
 * Where the passage opened at `open` ends (after its closing mark); no end when the quote closes
 * inside a paragraph (a quoted term or words), meets a heading, or runs too long. `stop`: how far
 * the scan read.
 */
/** Whether the quotation opening at `open` opens with a grouping's heading on its line: "“PART VIIA", "“SECOND SCHEDULE". */
function opensGrouping(text: string, open: number): boolean {
  const lineEnd = text.indexOf('\n', open);
  const line = text.slice(open + 1, lineEnd < 0 ? text.length : Math.min(lineEnd, open + 80)).replace(/[*_]/g, '').trim();
  const heading = line ? readHeading(line) : undefined;
  return !!heading && GROUPINGS.has(heading.kind) && heading.label.length >= line.length - 1;
}

const GROUPINGS = new Set<string>(['book', 'part', 'title', 'chapter', 'division', 'schedule', 'annex']);
/** How many paragraphs a Part or Schedule set out in quotation marks may run to. */
const MAX_GROUPING_PARAGRAPHS = 1000;

function closeOf(text: string, open: number, opener: string, maxParagraphs = MAX_PARAGRAPHS, headingsInside = false): { end?: number; stop: number } {
  const closer = CLOSING[opener];
  const symmetric = closer === opener;
  let depth = 1;
  let paragraphs = 0;
  let lineStart = false;
  /** Where the passage closed before a series went on past it: it ends there, whatever comes after. */
  let closedAt: number | undefined;
  for (let i = open + 1; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') {
      lineStart = true;
      // A blank line (in a blockquote, one holding only its ">"): a new paragraph; a heading ends any quote.
      let j = i + 1;
      while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r' || text[j] === '>')) j++;
      // (a passage a heading opened holds headings: each one more paragraph)
      if (text[j] === '#' && headingsInside) {
        if (++paragraphs > maxParagraphs) return { end: closedAt, stop: j };
        continue;
      }
      if ((text[j] === '\n' && ++paragraphs > maxParagraphs) || text[j] === '#') return { end: closedAt, stop: j };
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\r' || (lineStart && ch === '>')) continue;
    const atLineStart = lineStart;
    lineStart = false;
    // Each quoted paragraph may open with the mark again ("(3) …" / "(4) …"): a continuation.
    if (atLineStart && ch === opener) continue;
    if (ch === closer && (symmetric || depth === 1)) {
      if (atParagraphEnd(text, i + 1)) {
        // "… في شأنهم”." then "” المادة الثلاثون بعد المائتين :" (Saudi laws as nezams.com gives them, the marks typed the other
        // way round in right-to-left text): the next article of the wording set out opens at once with a mark of the pair
        // ('"Art. L. 121-20-8' … '… prévues par ces codes."' then '"Art. L. 121-20-9' …: a French code reproducing another's
        // articles "ci-après reproduites :", each article closed at its end and the next opened with the mark again)
        const next = nextParagraphStart(text, i + 1);
        if (next >= 0 && (text[next] === opener || (opener === '“' && text[next] === '”')) && ++paragraphs <= maxParagraphs) {
          closedAt = i + 1;
          i = next;
          lineStart = false;
          continue;
        }
        return { end: i + 1, stop: i + 1 };
      }
      // "sono sostituiti dai seguenti: "Art. 163. - … due anni e sei mesi". "Art. 175. - …"": the next quoted article
      // of the series opens at once, in the same paragraph; the passage goes on through it
      const reopens = SERIES_REOPENS.exec(text.slice(i + 1, i + 1 + SERIES_REOPENS_REACH));
      if (reopens && reopens[1] === opener) {
        i += reopens[0].length;
        continue;
      }
      return { end: closedAt, stop: i };
    }
    if (ch === opener) depth++;
    else if (ch === closer) depth--;
  }
  return { end: closedAt, stop: text.length };
}

/**
 * '… quedarán redactados de la siguiente forma:' then '"Artículo 5º —…', '"A)…', '"2.— Testimonio …' (InfoLEG's text of a 1967
 * decree): every paragraph of the wording set out opens with the mark again and none closes it. The passage is that run of
 * paragraphs, two at least, up to one that closes the mark at its end; none when a paragraph closes it inside (quoted words:
 * a term defined, '"computer" means …').
 */
function reopenedRun(text: string, open: number, opener: string): number | undefined {
  const closer = CLOSING[opener];
  let end: number | undefined;
  let count = 0;
  for (let at = open; at >= 0 && text[at] === opener; ) {
    const paragraphEnd = endOfParagraph(text, at);
    const body = text.slice(at + 1, paragraphEnd).replace(/[ \t\r]+$/, '');
    const close = body.indexOf(closer);
    if (close >= 0 && close < body.length - 2) return undefined;
    // (no more paragraphs than a passage that closes may have: closeOf's bound)
    if (++count > MAX_PARAGRAPHS) return undefined;
    end = at + 1 + body.length;
    if (close >= 0) break;
    at = nextParagraphStart(text, paragraphEnd);
  }
  return count >= 2 ? end : undefined;
}

/** The end of the paragraph holding `at`: before a blank line or a heading's line, or the text's end. */
function endOfParagraph(text: string, at: number): number {
  for (let i = text.indexOf('\n', at); i >= 0; i = text.indexOf('\n', i + 1)) {
    let j = i + 1;
    while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
    if (j >= text.length || text[j] === '\n' || text[j] === '#') return i;
  }
  return text.length;
}

/** Where the paragraph after the one that ends at `at` starts (its first character), or -1 when a heading or the text's end comes first. */
function nextParagraphStart(text: string, at: number): number {
  let i = text.indexOf('\n', at);
  if (i < 0) return -1;
  while (i < text.length && /[\s>]/.test(text[i])) i++;
  return i < text.length && text[i] !== '#' ? i : -1;
}

/**
 * Whether only punctuation closing a sentence stands between `at` and the end of its paragraph, or an
 * editor's mark of new wording ("” (NR)", Brazilian amending laws).
 */
function atParagraphEnd(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && text[i] !== '\n' && /[.;,)\] \t\r]/.test(text[i])) i++;
  // ("… en el Código Tributario."**(\*)**": SPIJ's mark of a note on the wording, in bold, after the closing mark)
  const mark = /^(?:\([A-Z]{1,3}\)|[*_]{0,2}\((?:\\?\*){1,3}\)[*_]{0,2})[ \t.;]*/.exec(text.slice(i, i + 16));
  if (mark) i += mark[0].length;
  if (i >= text.length) return true;
  if (text[i] !== '\n') return false;
  let j = i + 1;
  while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r' || text[j] === '>')) j++;
  return j >= text.length || text[j] === '\n' || text[j] === '#';
}
