// Plain text of a treaty or law (as copied out of a PDF or a word processor) → the corpus
// markdown format. The wording is kept verbatim: the only changes are whitespace, line breaks,
// joining words hyphenated at a line break, and removing page furniture (running headers and
// footers, page numbers) that repeats from page to page. Everything else is reported, not fixed.
import { readHeading, type HeadingInfo } from '../engine/headings';
import { VIETNAMESE_LETTERS, readMarker, type Marker } from '../engine/markers';
import { isLatinAdverb, romanValue } from '../engine/keywords';
import { guessLanguage } from '../engine/language';
import type { UnitKind } from '../engine/model';
import { stringify as stringifyYaml } from 'yaml';

export interface ImportOptions {
  id?: string;
  title?: string;
  type?: string;
  language?: string;
  implements?: string[];
  /** Used for the id when --id is not given, and in the `source` field. */
  sourceName?: string;
}

export interface ImportResult {
  markdown: string;
  /** What the importer could not place or removed, one line each, for stderr. */
  notes: string[];
  stats: { headings: number; paragraphs: number; furnitureLines: number; dehyphenated: number; title?: string; id: string; language: string; type: string };
}

export class ImportProblem extends Error {}

const GROUPING: ReadonlySet<UnitKind> = new Set<UnitKind>(['book', 'part', 'title', 'chapter', 'division', 'section', 'annex', 'schedule']);
const CITABLE: ReadonlySet<UnitKind> = new Set<UnitKind>(['article', 'section']);
/**
 * After a label on its line, or on the line after a bare label: a title closed by a stop, then text ("…. Relaciones con
 * Estados afines. El Estado mantendrá", "Indemnización.  Los trabajadores del Estado, al ser despedidos").
 */
const LABEL_TITLE_TEXT = /^([ \t]*[.:–—-]?[ \t]*\p{Lu}[^.:!?]{1,100}\.)[ \t]+(\p{Lu}.*)$/u;
/** "ARTICULO 53. Bis. Informes sobre …": a Latin adverb after the stop goes on numbering, no title. */
const WORD_CLOSED_BY_STOP = /^[ \t]*[.:–—-]?[ \t]*([\p{L}-]+)\.$/u;

/** After a label: its title and the text after it, or null. */
function titleThenText(afterLabel: string): RegExpExecArray | null {
  const found = LABEL_TITLE_TEXT.exec(afterLabel);
  const word = found && WORD_CLOSED_BY_STOP.exec(found[1]);
  return found && !(word && isLatinAdverb(word[1])) ? found : null;
}
/** Headings from the widest grouping down: a running title is given again with no heading of its rank or wider between. */
const HEADING_RANK: readonly string[] = ['book', 'part', 'title', 'chapter', 'division', 'section', 'annex', 'schedule', 'article'];
const PREAMBLE = /^(?:preamble|préambule|preambule|preámbulo|preambulo|preambolo|präambel|преамбула|الديباجة|序言)\s*:?$/iu;
/** Words that follow "Article 7 " in running prose, never in a heading ("Article 7 of the Convention"). */
const PROSE_AFTER_NUMBER = /^(?:of|and|or|to|in|shall|applies|apply|does|do|is|are|may|bis|through|to|du|de|des|et|ou|van|en|tot|del|y|o|а|и|или|من|في|و)\b/iu;
const TERMINAL = /[.;:!?؛。،,]$/u;
const HYPHEN_PREFIXES = new Set(['co', 'non', 'self', 'cross', 'ex', 'anti', 'semi', 'multi', 'quasi', 'counter', 'well', 'cyber', 'e', 'inter', 'intra', 'extra', 'pre', 'post', 'sub', 'super', 'vice']);

interface Line {
  text: string;
  /** Index in the input, 1-based, for notes. */
  number: number;
  blankBefore: boolean;
  /** A page break (removed furniture) stands between this line and the previous one. */
  pageBefore: boolean;
}

/** Recognises a line that is a heading of the kind the corpus format uses. */
export function headingOf(line: string, width: number): HeadingInfo | undefined {
  const text = line.trim();
  if (!text || text.length > 240) return undefined;
  if (PREAMBLE.test(text)) return { kind: 'preamble', label: text };
  if (/^s\.?\s?\d/i.test(text)) return undefined; // "s. 3 of the Act": too easily prose
  let info = readHeading(text);
  if (!info && /^\S+\s+\S+?[:：]/u.test(text)) {
    // "الفصل الثاني: التجريم": an ordinal word glued to its colon.
    const spaced = readHeading(text.replace(/^(\S+\s+\S+?)([:：])/u, '$1 $2'));
    if (spaced?.number !== undefined) info = { ...spaced, label: text.slice(0, spaced.label.length) };
  }
  if (!info || info.kind === 'numbered' || info.kind === 'preamble' || info.number === undefined) return undefined;
  if (!GROUPING.has(info.kind) && !CITABLE.has(info.kind)) return undefined;
  // What follows the number must be nothing, a separator and a title, or a capitalised title.
  const afterLabel = text.slice(info.label.length);
  if (afterLabel.trim() === '') return info;
  if (/^\s*[,;(]/.test(afterLabel)) return undefined; // "Article 7, paragraph 2"
  const separated = /^\s*[–—\-:.]/.test(afterLabel) || /^[–—:.]/.test(afterLabel) || /[.:]$/.test(info.label);
  const rest = afterLabel.replace(/^\s*[–—\-:.]*\s*/, '');
  // ("Artículo 149. De las relaciones internacionales.": after a stop, a capitalised "De" opens a title, not a citation's prose)
  if (PROSE_AFTER_NUMBER.test(rest) && !(separated && /^\p{Lu}/u.test(rest))) return undefined;
  // "Artículo 142. De la soberanía y el territorio.  El Estado ejerce plena soberanía," (a PDF's line): a title, then text
  if (CITABLE.has(info.kind) && titleThenText(afterLabel)) return info;
  if (/[,;]$/.test(text)) return undefined;
  if (/[\u0600-\u06ff]/.test(text) && !separated) return undefined; // Arabic has no capitals: a title needs ':'
  if (!separated && !/^[\p{Lu}"“„«]/u.test(rest)) return undefined;
  if (!separated && text.length > width * 0.9) return undefined; // a full line of prose that happens to start "Article 7 The"
  return info;
}

/** A line that is only a page number or a page counter: "3", "- 3 -", "3/45", "Page 3 of 45". */
function isPageNumber(text: string): boolean {
  const t = text.trim();
  return /^(?:page|pagina|página|p\.|стр\.?|صفحة)?\s*[\d٠-٩]{1,4}\s*(?:(?:\/|of|sur|de|van|из|من)\s*[\d٠-٩]{1,4})?$/iu.test(t) || /^[-–—]\s*[\d٠-٩]{1,4}\s*[-–—]$/.test(t);
}

const normaliseDigits = (text: string) => text.trim().replace(/[\d٠-٩]+/g, '#').replace(/\s+/g, ' ');

/** Removes page furniture. Returns the remaining lines with page-break flags, and notes. */
function removeFurniture(raw: string[], width: number, notes: string[]): { lines: Line[]; removed: number } {
  const n = raw.length;
  const isBreak = raw.map((line) => line.includes('\f'));
  const text = raw.map((line) => line.replace(/\f/g, ''));
  const anchors: number[] = [];
  for (let i = 0; i < n; i++) if (isBreak[i] || (text[i].trim() && isPageNumber(text[i]))) anchors.push(i);
  const furniture = new Set<number>();
  // Zones: up to 3 non-blank lines either side of a page anchor.
  const zone = new Set<number>();
  const addZone = (from: number) => {
    for (const step of [-1, 1]) {
      let seen = 0;
      for (let j = from; j >= 0 && j < n && seen < 4; j += step) {
        if (text[j].trim()) { zone.add(j); seen++; }
      }
    }
  };
  const exact = new Map<string, number[]>();
  const pattern = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    const t = text[i].trim();
    if (!t || t.length > 120) continue;
    (exact.get(t) ?? exact.set(t, []).get(t)!).push(i);
    if (!headingOf(t, width) && !readMarker(t)) {
      const key = normaliseDigits(t);
      (pattern.get(key) ?? pattern.set(key, []).get(key)!).push(i);
    }
  }
  if (anchors.length >= 2) {
    // Page numbers in order: each one at most a few more than the last (a footnote "1" is not a page).
    let expected: number | undefined;
    for (const i of anchors) {
      if (isBreak[i] && !text[i].trim()) { addZone(i); continue; }
      const numbers = (text[i].match(/[\d٠-٩]+/g) ?? []).map((d) => Number(d.replace(/[٠-٩]/g, (c) => String(c.charCodeAt(0) - 0x660))));
      const page = numbers[0];
      const counted = /\/|of|sur|de|из|من/i.test(text[i]);
      if (counted || expected === undefined || (page >= expected && page <= expected + 3)) {
        furniture.add(i);
        addZone(i);
        expected = page + 1;
      } else if (isBreak[i]) addZone(i);
    }
    const inZone = (list: number[]) => list.filter((i) => zone.has(i)).length;
    // A header or footer repeats on most pages; a line of text that happens to repeat at two page breaks does not.
    const pages = Math.max(anchors.filter((i) => isBreak[i]).length, anchors.filter((i) => !isBreak[i]).length) + 1;
    const required = Math.max(2, Math.min(3, Math.ceil(pages * 0.3)));
    for (const [t, list] of [...exact, ...pattern]) {
      if (list.length < 2) continue;
      const z = inZone(list);
      if (z >= (readMarker(t) ? Math.max(3, required) : required) && z >= list.length * 0.6) for (const i of list) if (zone.has(i)) furniture.add(i);
    }
    // Running titles: a heading line repeated at a page boundary (the article continues on the next page). Not when another
    // heading of its rank or a wider one stands between the two: "CAPÍTULO III" after "TÍTULO IV" is a chapter of its own
    // (Guatemala's Constitution numbers its chapters anew in each title).
    const kindAt = new Map<number, string>();
    const kindOf = (i: number) => {
      if (!kindAt.has(i)) kindAt.set(i, headingOf(text[i], width)?.kind ?? '');
      return kindAt.get(i)!;
    };
    for (const [t, list] of exact) {
      if (list.length < 2 || !kindOf(list[0])) continue;
      for (let k = 1; k < list.length; k++) {
        const i = list[k];
        if (!zone.has(i)) continue;
        let other = false;
        for (let j = list[k - 1] + 1; j < i && !other; j++) other = text[j].trim() !== t && text[j].trim().length <= 240 && !!kindOf(j) && HEADING_RANK.indexOf(kindOf(j)) <= HEADING_RANK.indexOf(kindOf(i));
        if (!other) furniture.add(i);
      }
    }
  } else {
    // No page numbers: a short line repeated at regular intervals is a running header or footer.
    for (const [t, list] of exact) {
      if (list.length < 3 || t.length > 100) continue;
      const gaps = list.slice(1).map((v, k) => v - list[k]);
      const mean = gaps.reduce((a, b) => a + b, 0) / gaps.length;
      const sd = Math.sqrt(gaps.reduce((a, b) => a + (b - mean) ** 2, 0) / gaps.length);
      if (mean >= 15 && sd / mean < 0.35) for (const i of list) furniture.add(i);
    }
  }
  // Short lines repeated ≥ 3 times that were not removed: say so, keep them.
  for (const [t, list] of exact) {
    if (list.length >= 3 && t.length <= 60 && !list.some((i) => furniture.has(i)) && !readMarker(t) && !headingOf(t, width) && !TERMINAL.test(t)) {
      notes.push(`line "${t}" repeats ${list.length} times (lines ${list.slice(0, 4).map((i) => i + 1).join(', ')}${list.length > 4 ? ', …' : ''}) but not at page breaks; kept as text — remove it if it is a running header`);
    }
  }
  const lines: Line[] = [];
  let blank = false;
  let page = false;
  for (let i = 0; i < n; i++) {
    if (isBreak[i]) page = true;
    if (furniture.has(i)) { page = true; continue; }
    const t = text[i].replace(/[ \t]+/g, ' ').trim();
    if (!t) { blank = true; continue; }
    lines.push({ text: t, number: i + 1, blankBefore: blank && !page, pageBefore: page });
    blank = false;
    page = false;
  }
  const removedKinds = new Map<string, number>();
  for (const i of furniture) {
    const key = isPageNumber(text[i]) ? 'page numbers' : `"${text[i].trim()}"`;
    removedKinds.set(key, (removedKinds.get(key) ?? 0) + 1);
  }
  if (furniture.size) notes.push(`removed ${furniture.size} lines of page furniture: ${[...removedKinds].map(([k, c]) => `${k} ×${c}`).join(', ')}`);
  return { lines, removed: furniture.size };
}

/** Possible values of a marker ("i" is the ninth letter or roman one), for sequence tests. */
function markerValues(marker: Marker): number[] {
  const v = marker.value;
  if (/^\d+$/.test(v)) return [Number(v)];
  if (marker.style === 'arabic-letter') return [ARABIC_ABJAD.indexOf(v) + 1].filter((n) => n > 0);
  const out: number[] = [];
  if (/^[a-z]$/i.test(v)) out.push(v.toLowerCase().charCodeAt(0) - 96);
  // (and its place in the Vietnamese alphabet, which has "đ" after "d" and no f, j or w: "d) đ) e) g)" follow each other)
  const vietnamese = VIETNAMESE_LETTERS.indexOf(v.toLowerCase());
  if (v.length === 1 && vietnamese >= 0) out.push(VIETNAMESE_BASE + vietnamese);
  const roman = romanValue(v);
  if (roman !== undefined) out.push(roman);
  return out;
}
/** Vietnamese letters' places are counted apart from the Latin alphabet's, so that no letter of one follows one of the other. */
const VIETNAMESE_BASE = 100;
const ARABIC_ABJAD = ['أ', 'ب', 'ج', 'د', 'ه', 'و', 'ز', 'ح', 'ط', 'ي', 'ك', 'ل', 'م', 'ن', 'س', 'ع', 'ف', 'ص', 'ق', 'ر', 'ش', 'ت', 'ث', 'خ', 'ذ', 'ض', 'ظ', 'غ'];


const firstWordLength = (text: string) => (/^\S+/.exec(text)?.[0].length ?? 0);

const isCjk = (char: string | undefined) => !!char && /[\u3000-\u9fff\uff00-\uffef]/.test(char);

const LETTER = /^\p{L}$/u;

/**
 * The letters before a hyphen that ends `text` ("communi-" → "communi"), or undefined. Read
 * backwards: /(\p{L}+)-$/ retried from every letter of a line, quadratic on one 50,000-letter line.
 */
function wordBeforeHyphen(text: string, hyphens: string): string | undefined {
  if (!text || !hyphens.includes(text[text.length - 1])) return undefined;
  const end = text.length - 1;
  let start = end;
  while (start > 0) {
    const width = start > 1 && /[\udc00-\udfff]/.test(text[start - 1]) && /[\ud800-\udbff]/.test(text[start - 2]) ? 2 : 1;
    if (!LETTER.test(text.slice(start - width, start))) break;
    start -= width;
  }
  return start < end ? text.slice(start, end) : undefined;
}

/** Joins the lines of one paragraph, undoing line-break hyphenation where the document says so. */
function joinLines(parts: string[], words: Map<string, number>, counter: { dehyphenated: number }): string {
  let out = parts[0];
  for (let k = 1; k < parts.length; k++) {
    const next = parts[k];
    const hyphen = wordBeforeHyphen(out, '-\u00ad');
    if (out.endsWith('\u00ad')) {
      out = out.slice(0, -1) + next;
      counter.dehyphenated++;
    } else if (hyphen && /^\p{L}/u.test(next)) {
      const before = hyphen;
      const after = /^\p{L}+/u.exec(next)![0];
      const joined = words.get((before + after).toLowerCase()) ?? 0;
      const kept = words.get(`${before}-${after}`.toLowerCase()) ?? 0;
      // Both halves words of their own ("niet-" / "openbare"): a compound broken at its hyphen.
      const halvesAreWords = (words.get(before.toLowerCase()) ?? 0) > 0 && (words.get(after.toLowerCase()) ?? 0) > 0;
      const dropHyphen = joined > kept || (joined === kept && /^\p{Ll}/u.test(after) && !HYPHEN_PREFIXES.has(before.toLowerCase()) && !halvesAreWords);
      if (dropHyphen) { out = out.slice(0, -1) + next; counter.dehyphenated++; } else out += next;
    } else if (isCjk(out[out.length - 1]) && isCjk(next[0])) out += next;
    else out += ' ' + next;
  }
  return out;
}

function escapeMarkdown(paragraph: string): string {
  let text = paragraph.replace(/<(?=[A-Za-z!/?])/g, '\\<');
  // Line-start characters markdown would read as markup. "1." and "a)" markers are meant as they are.
  if (/^(?:#{1,6}\s|>|[-+*]\s|={3,}|-{3,}|`{3,}|~{3,}|\|)/.test(text)) text = '\\' + text;
  return text;
}

function guessType(title: string, body: string): string {
  const sample = `${title}\n${body.slice(0, 20000)}`;
  if (/\b(?:convention|protocol|treaty|agreement|covenant|verdrag|protocol|convenio|convención|tratado|traité|protocole|конвенция|договор)\b|اتفاقية|公约|States Parties|Etats parties|États parties|Estados partes/iu.test(title || sample)) return 'treaty';
  if (/\b(?:act|code|law|statute|wet|wetboek|loi|ley|código|закон|кодекс)\b|U\.S\.C\.|§|قانون|法/iu.test(title || sample)) return 'law';
  return 'treaty';
}

export function slugify(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\.(txt|text|md)$/, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'imported';
}


export function importText(input: string, options: ImportOptions = {}): ImportResult {
  const notes: string[] = [];
  if (input.includes('\u0000')) throw new ImportProblem('the input is binary data (it contains NUL bytes), not text');
  const text = input.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  const controls = (text.match(/[\u0001-\u0008\u000e-\u001f]/g) ?? []).length;
  if (controls > Math.max(5, text.length / 200)) throw new ImportProblem('the input is binary data (control characters), not text');
  if ((text.match(/\ufffd/g) ?? []).length > Math.max(3, text.length / 100)) throw new ImportProblem('the input is not UTF-8 text (convert it to UTF-8 first)');
  const rawLines = text.replace(/\f/g, '\f\n').split('\n');
  const lengths = rawLines.map((l) => l.trim().length).filter((l) => l > 0).sort((a, b) => a - b);
  if (lengths.length === 0) throw new ImportProblem('the input is empty');
  const width = Math.max(40, lengths[Math.floor(lengths.length * 0.9)] ?? 80);

  const { lines, removed } = removeFurniture(rawLines, width, notes);
  const blankLines = lines.filter((l) => l.blankBefore).length;
  // Word processors and most "save as text" keep a blank line between paragraphs; PDF copies often don't.
  const blankMode = blankLines >= lines.length * 0.15;

  // Word counts for de-hyphenation: words as they stand inside lines (not at a line break).
  const words = new Map<string, number>();
  for (const line of lines) {
    const broken = wordBeforeHyphen(line.text, '-');
    const inner = (broken === undefined ? line.text : line.text.slice(0, -broken.length - 1)).replace(/^\p{L}+/u, '');
    for (const w of inner.match(/\p{L}+(?:-\p{L}+)*/gu) ?? []) {
      const lower = w.toLowerCase();
      words.set(lower, (words.get(lower) ?? 0) + 1);
      if (lower.includes('-')) for (const part of lower.split('-')) words.set(part, words.get(part) ?? 0);
    }
  }

  const headingInfo = lines.map((line) => headingOf(line.text, width));
  const hasArticles = headingInfo.some((h) => h?.kind === 'article');
  const firstHeading = headingInfo.findIndex((h) => !!h);
  if (firstHeading < 0) {
    throw new ImportProblem('no article, section, chapter or preamble headings found; is this the text of a treaty or law? (headings such as "Article 7", "§ 2510", "Chapter II", "Artículo 7", "المادة 7" start a line of their own)');
  }

  // Blocks: a heading, or a paragraph made of lines.
  type Block = { kind: 'heading'; info: HeadingInfo; text: string; line: number } | { kind: 'paragraph'; parts: string[]; line: number };
  const blocks: Block[] = [];
  const counter = { dehyphenated: 0 };
  let current: string[] | undefined;
  let currentLine = 0;
  let lastStart: Marker | undefined;
  const seenMarkers = new Map<string, number[]>();
  const flush = () => {
    if (current?.length) blocks.push({ kind: 'paragraph', parts: current, line: currentLine });
    current = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    let info = headingInfo[i];
    if (info && current && !line.blankBefore) {
      // "… able to co-operate under\nChapter III." : a citation wrapped to the start of a line.
      const prev = current[current.length - 1];
      if (prev.length >= width * 0.75 && !TERMINAL.test(prev) && !/[—–]$/.test(prev)) info = undefined;
    }
    if (info) {
      flush();
      let headingText = line.text;
      // "Artículo 151. Relaciones con Estados afines. El Estado mantendrá relaciones" (a PDF's line): the label, its title closed
      // by a stop, then the article's first words, which begin its first paragraph
      const titled = CITABLE.has(info.kind as UnitKind) ? titleThenText(line.text.slice(info.label.length)) : null;
      if (titled) {
        blocks.push({ kind: 'heading', info, text: line.text.slice(0, info.label.length) + titled[1], line: line.number });
        notes.push(`line ${line.number}: "${titled[2]}…" after the title of "${info.label}" begins its text`);
        lastStart = undefined;
        seenMarkers.clear();
        current = [titled[2]];
        currentLine = line.number;
        continue;
      }
      // A title on the next line ("Article 7\nIllegal access"), or a long heading wrapped onto it.
      const next = lines[i + 1];
      if (next && !headingInfo[i + 1] && !readMarker(next.text) && info.kind !== 'preamble' && !next.pageBefore) {
        const bare = !info.title;
        const wrapped = !bare && !TERMINAL.test(headingText) && (blankMode ? !next.blankBefore : headingText.length + 1 + firstWordLength(next.text) >= width * 0.92 && next.text.length < width * 0.7);
        const upper = (t: string) => t === t.toUpperCase() && /\p{L}/u.test(t);
        const titleLike = next.text.length < Math.min(width * 0.8, 110) && !TERMINAL.test(next.text) && (/^[\p{Lu}"“„«]/u.test(next.text) || /[\u0600-\u06ff\u4e00-\u9fff\u0400-\u04ff]/u.test(next.text[0]));
        const continues = blankMode || (upper(headingText) ? upper(next.text) : titleLike || /^\p{Ll}/u.test(next.text));
        // "Artículo 110." then "Indemnización.  Los trabajadores del Estado, al ser despedidos" (Guatemala's Constitution): the
        // title, closed by its stop, then the article's first words, which begin its first paragraph
        const titleAndWords = bare && titleLike && !blankMode ? titleThenText(next.text) : null;
        if (titleAndWords) {
          headingText = headingText.replace(/[.:]$/, '') + ' – ' + titleAndWords[1].trim();
          notes.push(`line ${next.number}: "${titleAndWords[1].trim()}" read as the title of "${line.text}" (joined with "–"); the rest of the line begins its text`);
          lines[i + 1] = { ...next, text: titleAndWords[2], blankBefore: true };
        } else if ((bare && titleLike && (!blankMode || next.blankBefore || !lines[i + 2] || lines[i + 2].blankBefore)) || (wrapped && continues)) {
          const separator = bare ? (/[\u0600-\u06ff]/.test(headingText) ? ': ' : ' – ') : ' ';
          headingText = bare ? headingText.replace(/[.:]$/, '') + separator + next.text : joinLines([headingText, next.text], words, counter);
          if (bare) notes.push(`line ${next.number}: "${next.text}" read as the title of "${line.text}" (joined with "${separator.trim()}")`);
          i++;
        }
      }
      blocks.push({ kind: 'heading', info, text: headingText, line: line.number });
      lastStart = undefined;
      seenMarkers.clear();
      continue;
    }
    const marker = readMarker(line.text);
    let startsNew = !current;
    if (current) {
      const prev = current[current.length - 1];
      if (blankMode && line.blankBefore) startsNew = true;
      else if (blankMode && !line.pageBefore) {
        // Blank lines separate paragraphs, but a numbered line right after a clause end starts one too.
        const values = marker ? markerValues(marker) : [];
        const previous = marker ? seenMarkers.get(marker.style) ?? [] : [];
        startsNew = !!marker && /[:;؛]$/u.test(prev) && (values.includes(1) || values.some((v) => previous.some((p) => v === p + 1)));
      }
      else {
        // The line broke early: the next word would have fitted, so the break is the paragraph's end.
        const prevShort = prev.length + 1 + firstWordLength(line.text) < width * 0.92;
        const prevEnds = TERMINAL.test(prev) || /[—–]$/.test(prev) || /\b(?:or|and|ou|et|of|en|y|o|или|и)$/iu.test(prev) || /(?:أو|و)$/u.test(prev);
        if (marker) {
          const values = markerValues(marker);
          const previous = seenMarkers.get(marker.style) ?? [];
          const successor = values.some((v) => previous.some((p) => v === p + 1));
          const first = values.includes(1) || (marker.style === 'num-dot' && !!lastStart && lastStart.style !== 'num-dot');
          startsNew = successor || (first && (prevEnds || prevShort || /\p{L}$/u.test(prev)));
        } else if (/^[–—•·-]\s/.test(line.text)) {
          startsNew = prevEnds || prevShort; // a dash or bullet item
        } else {
          const capital = /^[\p{Lu}"“„«]/u.test(line.text);
          startsNew = (prevShort && TERMINAL.test(prev) && (capital || /^[\u0600-\u06ff\u4e00-\u9fff]/u.test(line.text))) || (/[;:؛]$/u.test(prev) && capital);
        }
      }
    }
    if (startsNew) {
      flush();
      current = [line.text];
      currentLine = line.number;
      if (marker) {
        seenMarkers.set(marker.style, [...(seenMarkers.get(marker.style) ?? []), ...markerValues(marker)]);
        lastStart = marker;
      }
    } else current!.push(line.text);
  }
  flush();

  // The title: the last short block before the first heading; earlier blocks are reported.
  let title = options.title;
  let titleFromText: string | undefined;
  const firstHeadingBlock = blocks.findIndex((b) => b.kind === 'heading');
  const before = blocks.slice(0, firstHeadingBlock).filter((b): b is Extract<Block, { kind: 'paragraph' }> => b.kind === 'paragraph');
  let leading: typeof before = before;
  const candidate = before[before.length - 1];
  if (candidate) {
    const joined = joinLines(candidate.parts, words, counter);
    if (joined.length <= 300 && candidate.parts.length <= 4 && !/[.;:,]$/.test(joined) && !readMarker(joined)) {
      titleFromText = joined;
      leading = before.slice(0, -1);
    }
  }
  if (!title) title = titleFromText;
  if (leading.length) {
    notes.push(`${leading.length} paragraph${leading.length === 1 ? '' : 's'} before the ${titleFromText ? 'title' : 'first heading'} (from line ${leading[0].line}: "${joinLines(leading[0].parts, words, counter).slice(0, 60)}…") could not be placed in a unit; kept at the top, before the title`);
  }
  const firstBlock = blocks[firstHeadingBlock];
  if (firstBlock.kind === 'heading' && firstBlock.info.kind !== 'preamble' && firstHeadingBlock > 0 && !titleFromText && !leading.length) {
    // nothing
  }
  if (!title) notes.push('no title found before the first heading; pass --title "…" (the front matter uses the file name)');

  const bodyText = lines.map((l) => l.text).join('\n');
  const language = options.language ?? guessLanguage(bodyText, 20000) ?? 'und';
  const type = options.type ?? guessType(title ?? '', bodyText);
  const id = options.id ?? slugify(options.sourceName && options.sourceName !== '-' ? options.sourceName.replace(/^.*[\\/]/, '') : title ?? 'imported');

  // Heading depths: groupings nest in the order their kinds first appear; citable units sit one deeper.
  const out: string[] = [];
  // yaml.stringify quotes what needs quoting (a title with ": " or "#", a language given as "en\nid: x").
  const front: Record<string, unknown> = {
    id, title: title ?? id, 'short-title': title ?? id, type, language, aliases: title ? [title] : [],
    ...(options.implements?.length ? { implements: options.implements } : {}),
    source: `imported with treaty-lens import from ${options.sourceName ?? 'standard input'}`,
    completeness: 'unknown: imported from plain text; compare with the official document',
    gaps: [],
  };
  out.push(`---\n${stringifyYaml(front, { lineWidth: 0 })}---\n`);
  for (const block of leading) out.push(escapeMarkdown(joinLines(block.parts, words, counter)), '');
  if (titleFromText || options.title) out.push(`# ${title}`, '');
  const stack: UnitKind[] = [];
  let headings = 0;
  let paragraphs = 0;
  let seenFirstHeading = false;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b];
    if (b < firstHeadingBlock) continue;
    if (block.kind === 'heading') {
      seenFirstHeading = true;
      headings++;
      const kind = block.info.kind as UnitKind;
      let depth: number;
      if (kind === 'preamble') depth = 2;
      else if (kind === 'article' || (kind === 'section' && (!hasArticles || /^§/.test(block.text)))) depth = Math.min(6, 2 + stack.length);
      else {
        const at = stack.indexOf(kind);
        if (at >= 0) stack.length = at + 1;
        else stack.push(kind);
        if (stack.length > 4) stack.splice(0, stack.length - 4);
        depth = 1 + stack.length;
      }
      out.push(`${'#'.repeat(depth)} ${escapeHeading(block.text)}`, '');
    } else {
      if (!seenFirstHeading) continue;
      paragraphs++;
      out.push(escapeMarkdown(joinLines(block.parts, words, counter)), '');
    }
  }
  if (counter.dehyphenated) notes.push(`joined ${counter.dehyphenated} words hyphenated at a line break`);
  notes.push(`${headings} headings, ${paragraphs} paragraphs; language ${language}${options.language ? '' : ' (guessed; --language to set)'}, type ${type}${options.type ? '' : ' (guessed; --type to set)'}, id ${id}`);
  return { markdown: out.join('\n').replace(/\n+$/, '\n'), notes, stats: { headings, paragraphs, furnitureLines: removed, dehyphenated: counter.dehyphenated, title, id, language, type } };
}

function escapeHeading(text: string): string {
  let hashes = text.length;
  while (hashes > 0 && text[hashes - 1] === '#') hashes--;
  const escaped = text.replace(/<(?=[A-Za-z!/?])/g, '\\<');
  // Trailing #'s (found backwards: /#+$/ retried from every "#" was quadratic) would close the heading.
  return hashes < text.length ? `${escaped.slice(0, escaped.length - (text.length - hashes))}\\${text.slice(hashes)}` : escaped;
}
