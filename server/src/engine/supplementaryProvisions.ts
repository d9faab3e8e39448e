// Three parts of Japan's laws, as e-Gov sets them out, whose citations and definitions are not the text's own:
// - the supplementary provisions ("附則") of each later amending act, set out after the text's own under a heading "附則" again
//   (with the act's number, "附　則　（平成一一年一二月二二日法律第一六〇号）　抄", or without it, as converters leave it): their
//   "第三条", "この法律", "次条" are that act's;
// - a table of words read otherwise ("読み替える会社法の規定 | 読み替えられる字句 | 読み替える字句"), whose rows cite the provisions of
//   the law applied and quote their words;
// - words quoted in corner brackets, a provision's words to be read otherwise or amended.

/** A heading of supplementary provisions, alone on its line: "## 附則", "附　則　（昭和六一年一二月四日法律第九三号）　抄". */
const SUPPLEMENTARY_HEADING = /^[ \t]*(?:#{1,6}[ \t]*)?(?:\*\*)?附[ \t\u3000]*則(?:\*\*)?[ \t\u3000]*(（[^（）\n]{1,60}）)?[ \t\u3000]*(?:抄)?[ \t]*$/gmu;
/** Korea's: "## 부칙", and "부칙 <제19563호,2023.7.18>", "부칙(국회법) <제20372호,2024.3.12>" a line each. */
const KOREAN_SUPPLEMENTARY_HEADING = /^[ \t]*(?:#{1,6}[ \t]*)?(?:\*\*)?부[ \t]?칙(?:\*\*)?[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*(?:<[^<>\n]{1,40}>)?[ \t]*$/gmu;
/** A table's first row naming the provisions read otherwise: "| 読み替える会社法の規定 | 読み替えられる字句 | 読み替える字句 |". */
const READ_AS_HEADER = /^[ \t]*\|[^\n]*読み替え[^\n]*\|[ \t]*$/gmu;
/**
 * The same header run into a paragraph's text by a converter: "…次の表のとおりとする。読み替える会社法の規定読み替えられる字句読み替える字句第三百八十一条…",
 * or the sentence that says how its columns read, then its rows run in: "…同表の中欄に掲げる字句は、それぞれ同表の下欄に掲げる字句とする。第十一条第一項前条第一項…".
 */
// ("…同表の第三欄に掲げる字句は、それぞれ同表の第四欄に掲げる字句とする。": columns numbered, not named by their place)
const READ_AS_RUN_IN = /読み替えられる字句読み替える字句|同表の(?:下欄|第[二三四五六]欄)に掲げる字句[とに](?:する|読み替える(?:ものとする)?)。/gu;
/** The words before a table that say it reads provisions otherwise, though its header does not say so. */
const READ_AS_LEAD_IN = /読み替え|(?:中欄|下欄|第[二三四五六]欄)に掲げる字句/u;
/** How far before a table its lead-in is looked for, and how far back the paragraph before it may open. */
const LEAD_IN_REACH = 300;
const PARAGRAPH_REACH = 4000;
/** A table's first row. */
const TABLE_HEADER = /^[ \t]*\|[^\n]*\|[ \t]*$/gmu;

// (each kept for the last text asked about: a document's citations are resolved together, a block's definitions read together)
let headingsOf: { text: string; headings: { start: number; words: string; amending: boolean }[] } | undefined;
let tablesOf: { text: string; tables: { start: number; end: number }[] } | undefined;

function supplementaryHeadings(text: string): { start: number; words: string; amending: boolean }[] {
  if (headingsOf?.text === text) return headingsOf.headings;
  const headings: { start: number; words: string; amending: boolean }[] = [];
  if (text.includes('附')) {
    for (const match of text.matchAll(SUPPLEMENTARY_HEADING)) {
      // the first is the text's own, unless it names the act that made it; every later one an amending act's
      headings.push({ start: match.index ?? 0, words: match[0].replace(/[#*]/g, '').trim(), amending: headings.length > 0 || match[1] !== undefined });
    }
  }
  if (text.includes('부칙') || text.includes('부 칙')) {
    // (Korea's: each set names the act that made it, "부칙 <제19563호,2023.7.18>", the enacting act's first; none is the text as
    // it reads now, and each amends other acts in its articles "다른 법률의 개정")
    for (const match of text.matchAll(KOREAN_SUPPLEMENTARY_HEADING)) headings.push({ start: match.index ?? 0, words: match[0].replace(/[#*]/g, '').trim(), amending: true });
  }
  // (a Korean law may write a Han character or two, "附", among its words: both read, in the text's order)
  headings.sort((a, b) => a.start - b.start);
  headingsOf = { text, headings };
  return headings;
}

function readAsTables(text: string): { start: number; end: number }[] {
  if (tablesOf?.text === text) return tablesOf.tables;
  const tables: { start: number; end: number }[] = [];
  if (text.includes('読み替え') || text.includes('欄に掲げる字句')) {
    for (const match of text.matchAll(READ_AS_HEADER)) tables.push(tableFrom(text, match.index ?? 0, match[0].length));
    // (a table whose header does not say so, under a sentence that does: "…上欄に掲げる規定中同表の中欄に掲げる字句は、それぞれ同表の下欄に掲げる字句とする。")
    for (const match of text.matchAll(TABLE_HEADER)) {
      const start = match.index ?? 0;
      if (start > 0 && text[start - 2] === '|') continue;
      // (the paragraph before the table says so, however long: a run-in copy of the table may follow its sentence)
      // (within PARAGRAPH_REACH: a text of no blank line is not read back to its start for each table)
      const near = text.slice(Math.max(0, start - PARAGRAPH_REACH), start);
      // (the paragraph before the blank line that parts it from the table)
      const before = near.lastIndexOf('\n\n', near.trimEnd().length - 1);
      const paragraph = before < 0 ? 0 : before + 2;
      if (READ_AS_LEAD_IN.test(near.slice(-LEAD_IN_REACH)) || READ_AS_LEAD_IN.test(near.slice(paragraph, paragraph + LEAD_IN_REACH))) tables.push(tableFrom(text, start, match[0].length));
    }
    for (const match of text.matchAll(READ_AS_RUN_IN)) {
      const start = match.index ?? 0;
      const lineEnd = text.indexOf('\n', start);
      tables.push({ start, end: lineEnd < 0 ? text.length : lineEnd });
    }
    tables.sort((a, b) => a.start - b.start);
  }
  tablesOf = { text, tables };
  return tables;
}

/** A table from its header row at `start` to its last row (the lines that go on with "|"). */
function tableFrom(text: string, start: number, headerLength: number): { start: number; end: number } {
  let end = start + headerLength;
  for (let next = text.indexOf('\n', end); next >= 0 && /^[ \t]*\|/.test(text.slice(next + 1, next + 3)); next = text.indexOf('\n', end)) {
    const lineEnd = text.indexOf('\n', next + 1);
    end = lineEnd < 0 ? text.length : lineEnd;
  }
  return { start, end };
}

/** For an offset in the supplementary provisions of a later amending act, its heading's words; else undefined. */
export function laterSupplementaryProvisions(text: string, at: number): string | undefined {
  // (the last heading at or before `at`, by halves: a text of many sets and many citations stays linear)
  const headings = supplementaryHeadings(text);
  const index = lastStartingBy(headings, at);
  return index >= 0 && headings[index].amending ? headings[index].words : undefined;
}

/** The index of the last of `spans` (sorted by start) that starts at or before `at`, or -1. */
function lastStartingBy(spans: readonly { start: number }[], at: number): number {
  let low = 0;
  let high = spans.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (spans[middle].start <= at) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/** Whether an offset stands in a table of words read otherwise (or its header run into a paragraph, to that line's end). */
export function readAsTableAt(text: string, at: number): boolean {
  // (tables may overlap, a header's and its lead-in's: the one starting last before `at`, or the one before it)
  const tables = readAsTables(text);
  const index = lastStartingBy(tables, at);
  return (index >= 0 && at < tables[index].end) || (index >= 1 && at < tables[index - 1].end);
}

/**
 * Whether an annex the structure read is a Japanese law's supplementary provisions ("附則", headings.ts): its articles are numbered
 * anew, yet its bare citations ("第十二条の規定は") are the main provisions', as no annexed instrument's are.
 */
export function isSupplementaryProvisions(unit: { kind: string; label: string }): boolean {
  // (Korea's "부칙" likewise)
  return unit.kind === 'annex' && /^(?:附[ \t\u3000]*則|부[ \t]?칙)/u.test(unit.label);
}

/**
 * Where the corner-bracket quotation that `at` stands in opens ("第七条第一項中「第五条各号」とあるのは"), looked for from `from` and no
 * further back than QUOTE_REACH characters, or -1 when `at` stands in none: a text of no quotation is not read back to its start.
 */
export function quotationOpenBefore(text: string, from: number, at: number): number {
  const start = Math.max(from, at - QUOTE_REACH);
  const before = text.slice(start, at);
  const open = before.lastIndexOf('「');
  return open < 0 || before.lastIndexOf('」') > open ? -1 : start + open;
}
/**
 * Where the double-quoted words a Korean citation stands in open, on its line from `from` ("「국가공무원법」 제73조의4제2항 중
 * "제40조ㆍ제40조의2 및 제41조"는 "이 법 제14조"로 … 본다": another act's words, read otherwise), or -1.
 */
export function doubleQuoteOpenBefore(text: string, from: number, at: number): number {
  const start = Math.max(from, at - QUOTE_REACH);
  const before = text.slice(start, at);
  let open = -1;
  for (let i = before.indexOf('"'); i >= 0; i = before.indexOf('"', i + 1)) open = open < 0 ? i : -1;
  const curly = before.lastIndexOf('“');
  if (curly > before.lastIndexOf('”') && curly > open) open = curly;
  return open < 0 ? -1 : start + open;
}
/** How far back a corner-bracket quotation may open ("「第一項第一号から第四号までに掲げる事項」とあるのは"). */
const QUOTE_REACH = 400;
