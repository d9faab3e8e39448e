import { LANGUAGE_TABLES } from './references/tables';
import { detached, lineWithinReach } from './text';

// Words that amend another text ("les mots « … » sont remplacés par …", "the words … are omitted",
// "wordt vervangen door", "wird … ersetzt"): such a sentence defines nothing, and its citations are
// of the text it amends, not of the document it stands in.

type AmendingWords = 'instruction' | 'asFollows' | 'introducesText' | 'announcesList' | 'announcesListHolds' | 'inUnitLeadIn' | 'nameThenDate' | 'beforeName' | 'principalInstrument' | 'asAmendedBy';

/**
 * Every language table's words of one kind, as one alternation: a sentence amends in whatever language it is written. A
 * table without words of that kind gives its `fallback` kind's, if any.
 */
export function joined(kind: AmendingWords, fallback?: AmendingWords): string {
  return LANGUAGE_TABLES.flatMap((table) => table.amending?.[kind] ?? (fallback && table.amending?.[fallback]) ?? []).join('|');
}

export const AMENDING_INSTRUCTION = new RegExp(String.raw`(?<!\p{L})(?:${joined('instruction')})(?!\p{L})`, 'iu');

/** The words that say a provision or instrument is amended as a list then says, in each language read. */
const AMENDS_AS_FOLLOWS = `(?:${joined('asFollows')})`;

/**
 * What follows the citation of a provision in a list's lead-in that amends it: "Section 5 of the Principal Act is
 * amended as follows:", "L'article 5 de la loi n° … est ainsi modifié :", "All'articolo 19 del decreto legislativo …,
 * sono apportate le seguenti modificazioni:", "Artikel 5 wird wie folgt geändert:", "The Information Technology Act, 2000 (21 of
 * 2000) shall be amended in the following manner, namely:---" (India Code). The list's items are that provision's.
 */
export const AMENDING_LEAD_IN_TAIL = new RegExp(String.raw`^[\s,]*(?:\([^()\n]{1,120}\)[\s,]*)?${AMENDS_AS_FOLLOWS}\s*[:：—–-]{0,4}\s*$`, 'iu');

/** The same words closing a sentence of their own: "The Local Government Finance Act 1988 is modified as follows." */
export const AMENDS_AS_FOLLOWS_SENTENCE_TAIL = new RegExp(String.raw`^[\s,]*${AMENDS_AS_FOLLOWS}\s*[:：—–.-]?\s*$`, 'iu');

/**
 * The words of a lead-in that amends as its list says, anywhere in it: "Nel decreto legislativo 18 agosto 2000, n. 267,
 * …, sono apportate le seguenti modificazioni: 1) all'art. 114:" (the first item run into the lead-in).
 */
export const AMENDS_AS_FOLLOWS_IN = new RegExp(AMENDS_AS_FOLLOWS, 'iu');

/** The words that list, after an amended instrument's name, the acts that amended it before ("…, ve znění zákona č. 312/2006 Sb., …"). */
export const AS_AMENDED_BY = new RegExp(String.raw`(?<!\p{L})(?:${joined('asAmendedBy') || '(?!)'})(?!\p{L})`, 'iu');

/** The sentence around [start, end): from the last ". ", ";" or line break before it to the next one after it, at most 400 characters each way (never past its line, which an edit elsewhere cannot change). */
export function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 400), start);
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf(';'), before.lastIndexOf('\n'));
  const after = text.slice(end, end + 400);
  const stops = [after.indexOf('. '), after.indexOf(';'), after.indexOf('\n')].filter((at) => at >= 0);
  return before.slice(cut + 1) + text.slice(start, end) + (stops.length ? after.slice(0, Math.min(...stops)) : after);
}

/** The end of an instruction whose new text follows on the lines below it ("after subsection (2) insert—"), in any language read. */
const INTRODUCES_TEXT = new RegExp(String.raw`(?:${joined('introducesText')})[ \t\u00a0\u200d]*$`, 'iu');
/** A line's indentation and list marker: "\tb) after …", "  3) The Welsh Ministers …", "- (a) …". */
const LINE_MARKER = /^([ \t]*)(?:[-*+][ \t]+)?\(?([a-z]{1,2}|\d{1,3}[A-Z]{0,2})[.)][ \t]/;
/** How far back a citation's line start is looked for by insertingInstructionAbove. */
const INSERTED_LINE_REACH = 4_000;
/** How many lines above a citation are read for the instruction that inserts it. */
const INSERTED_LINES_BACK = 60;

/** A line's place in an instruction list (its indentation and whether its marker is a letter or a number), its indentation and its marker's value. */
function listPlace(line: string): { place: string; indent: number; value: string } | undefined {
  const marker = LINE_MARKER.exec(line);
  return marker ? { place: `${marker[1]}${/^\d/.test(marker[2]) ? '1' : 'a'}`, indent: marker[1].length, value: marker[2] } : undefined;
}

const ROMANS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv'];

/** The markers that may come next in a list: "4" → "5", "b" → "c", "i" → "ii" or "j" (none for "ca" or "12A"). */
function nextMarkers(value: string): string[] {
  if (/^\d+$/.test(value)) return [String(Number(value) + 1)];
  const next: string[] = [];
  if (/^[a-y]$/.test(value)) next.push(String.fromCharCode(value.charCodeAt(0) + 1));
  const roman = ROMANS.indexOf(value);
  if (roman >= 0 && roman + 1 < ROMANS.length) next.push(ROMANS[roman + 1]);
  return next;
}

/**
 * The instruction whose new text holds `offset`, as a converter that drops the quotation marks gives it (legislation.gov.uk
 * as i-dot-ai/lex writes it): "b) after subsection (2) insert— " then "3) The Welsh Ministers may by regulations amend
 * subsection (1) …", "4) The power in subsection (3) …": the inserted subsections' citations are of the amended text. The
 * new text runs until the instruction list goes on (the instruction's next marker at its own indentation, "c) in
 * subsection (5) …" after "b) … insert—", "5) …" after "4) … there shall be added the following subsections— 9) …"), a
 * line less indented than the instruction, or a heading; it is never looked for before `floor` (the start of the provision
 * the citation stands in).
 */
export function insertingInstructionAbove(source: { text: string }, offset: number, floor = 0): string | undefined {
  const { text } = source;
  // (the line's start looked for within INSERTED_LINE_REACH: a citation in a longer line is no inserted text's, and one long
  // line of citations stays linear)
  const line = lineWithinReach(text, offset, INSERTED_LINE_REACH);
  if (!line.startFound) return undefined;
  let lineStart = line.start;
  // Most citations have no such line above them: one look in the text's list of them, not sixty lines read.
  const above = introducingLineBefore(source, lineStart);
  if (above < 0 || above < floor) return undefined;
  /** The markers seen below the instruction, by place, and the least indentation of any. */
  const between = new Map<string, Set<string>>();
  let leastIndent = Infinity;
  const note = (marker: { place: string; indent: number; value: string } | undefined) => {
    if (!marker) return;
    let values = between.get(marker.place);
    if (!values) between.set(marker.place, (values = new Set()));
    values.add(marker.value);
    leastIndent = Math.min(leastIndent, marker.indent);
  };
  note(listPlace(text.slice(lineStart, Math.min(text.length, lineStart + 16))));
  for (let back = 0; back < INSERTED_LINES_BACK && lineStart > floor; back++) {
    const end = lineStart - 1;
    lineStart = text.lastIndexOf('\n', end - 1) + 1;
    if (lineStart < floor) return undefined;
    const line = text.slice(lineStart, end);
    if (/^[ \t]{0,3}#/.test(line)) return undefined;
    const marker = listPlace(line);
    if (INTRODUCES_TEXT.test(line)) {
      // the new text is never less indented than its instruction, and ends where the instruction's list goes on
      const next = marker ? nextMarkers(marker.value) : [];
      const goesOn = next.some((value) => between.get(marker!.place)?.has(value));
      return marker && next.length && !goesOn && leastIndent >= marker.indent ? detached(line.trim()) : undefined;
    }
    note(marker);
  }
  return undefined;
}

/** Where the lines ending in words that introduce new text start, in the last document read (its citations are resolved together). */
let introducingLines: { source: { text: string }; text: string; starts: number[] } | undefined;

/**
 * Where a line that INTRODUCES_TEXT may match ends, over a whole text (`$` at each line's end): the characters each
 * table's words end with (a table that gives the words gives them). The line's own test confirms each.
 */
const INTRODUCING_LINE_END = (() => {
  const ends = LANGUAGE_TABLES.map((table) => table.amending?.introducesTextEndsWith ?? '').join('');
  return new RegExp(`[${ends.replace(/[\\\]^-]/g, '\\$&')}][ \\t\\u00a0\\u200d]*$`, 'gimu');
})();

/** The start of the last line before `lineStart` that ends in words introducing new text, or -1. */
function introducingLineBefore(source: { text: string }, lineStart: number): number {
  if (introducingLines?.source !== source || introducingLines.text !== source.text) introducingLines = { source, text: source.text, starts: findIntroducingLines(source.text) };
  const { starts } = introducingLines;
  let low = 0;
  let high = starts.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (starts[middle] < lineStart) { found = starts[middle]; low = middle + 1; } else high = middle - 1;
  }
  return found;
}

/** Every line of `text` (split at "\n", as insertingInstructionAbove reads it) that INTRODUCES_TEXT matches, by its start. */
export function findIntroducingLines(text: string): number[] {
  const starts: number[] = [];
  const pattern = INTRODUCING_LINE_END;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const end = match.index + match[0].length;
    const start = text.lastIndexOf('\n', end - 1) + 1;
    if (match.index < start) {
      // The match began on an earlier line (the words' space class crossed the line break): the line it ends on is read on its own.
      pattern.lastIndex = start;
      continue;
    }
    const lineEnd = text.indexOf('\n', start);
    const stop = lineEnd < 0 ? text.length : lineEnd;
    if (introducesTextAtEnd(text, start, stop)) starts.push(start);
    pattern.lastIndex = stop + 1;
    if (stop >= text.length) break;
  }
  return starts;
}

/** The longest words INTRODUCES_TEXT reads at a line's end, in characters (French: the verb, 80 characters, the noun, "suivantes :"). */
const INTRODUCING_WORDS_MAX = 200;

/**
 * Whether the line [start, stop) ends with words that introduce new text: only its last INTRODUCING_WORDS_MAX characters are read,
 * from a word's start (a paragraph of one long line ending in ":" is not scanned whole with every language's words).
 */
function introducesTextAtEnd(text: string, start: number, stop: number): boolean {
  let from = Math.max(start, stop - INTRODUCING_WORDS_MAX);
  if (from > start) {
    const space = text.indexOf(' ', from);
    from = space < 0 || space >= stop ? from : space;
  }
  return INTRODUCES_TEXT.test(text.slice(from, stop));
}

/** Whether the line holding `offset` ends with words that introduce new text below it ("after subsection (2) insert— "). */
export function endsWithInsertingCue(text: string, offset: number): boolean {
  // (the cue ends the line within a few words of the citation: "after subsection (2) insert—"; a line's end far from it is no
  // cue's, and is not looked for: one long line stays linear)
  const line = lineWithinReach(text, offset, CUE_REACH);
  return line.endFound && INTRODUCES_TEXT.test(text.slice(line.start, line.end));
}

/**
 * Whether `offset` stands in words quoted right after a colon that ends words saying a provision is amended as follows, on the same
 * line: "3. Le paragraphe 3 de l'article 7 est modifié comme suit:«La liste visée à l'article 11 … du présent règlement …»" (Legilux
 * as converted: the new wording run in after the colon).
 */
export function quotedAfterAsFollows(text: string, offset: number): boolean {
  // (read back from the citation to the nearest quotation mark on its line, allocating nothing: most citations stand in no quote)
  const floor = Math.max(0, offset - CUE_REACH);
  let at = offset - 1;
  for (; at >= floor; at--) {
    const c = text.charCodeAt(at);
    if (c === 10) return false;
    if (c === 0x22 || c === 0xab || c === 0xbb || c === 0x201c || c === 0x201d || c === 0x201e) break;
  }
  if (at < floor || !OPENING_MARKS.has(text.charCodeAt(at))) return false;
  let colon = at - 1;
  while (colon >= 0 && (text.charCodeAt(colon) === 32 || text.charCodeAt(colon) === 9 || text.charCodeAt(colon) === 0xa0)) colon--;
  if (colon < 0 || text.charCodeAt(colon) !== 58) return false;
  const line = lineWithinReach(text, colon, CUE_REACH);
  return line.startFound && AMENDS_AS_FOLLOWS_IN.test(text.slice(line.start, colon + 1));
}

/** The quotation marks a quote may open with ("«", "“", '"', "„"); it may close with those and "»", "”" (read above by their codes). */
const OPENING_MARKS = new Set([...'«“"„'].map((mark) => mark.charCodeAt(0)));

/** How far after a citation the end of an inserting instruction's line is looked for. */
const CUE_REACH = 300;

/** A line that is only "In <a unit> (<its title>)—", the lead-in of an amending list: "In paragraph 7 (qualifying childcare vouchers)—", "- (a) in paragraph 16(1)—". */
const IN_UNIT_LEAD_IN = new RegExp(String.raw`^[ \t]*(?:[-*+][ \t]+)?(?:\(\w{1,4}\)[ \t]+)?(?:${joined('inUnitLeadIn')})[ \t]+[^\n—–:;.]{1,160}[—–][ \t]*$`);
/** How far either way from a citation its lead-in line is looked for (IN_UNIT_LEAD_IN holds at most 160 characters of words). */
const LEAD_IN_LINE_REACH = 240;

/** How far below such a lead-in its items' instructions are looked for. */
const LEAD_IN_ITEMS_REACH = 400;

/**
 * Whether the line holding `offset` is an amending list's lead-in naming the unit amended ("In paragraph 7 (qualifying childcare
 * vouchers)—"), an instruction in the lines below it ("- (a) for “…” substitute “…”", "- (d) after sub-paragraph (6) add—").
 */
export function leadsInAmendments(text: string, offset: number): boolean {
  const line = lineWithinReach(text, offset, LEAD_IN_LINE_REACH);
  if (!line.startFound || !line.endFound || !IN_UNIT_LEAD_IN.test(text.slice(line.start, line.end))) return false;
  const lineEnd = line.end;
  const below = text.slice(lineEnd, lineEnd + LEAD_IN_ITEMS_REACH);
  return AMENDING_INSTRUCTION.test(below) || below.split('\n').some((line) => INTRODUCES_TEXT.test(line));
}
