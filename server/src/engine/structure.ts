// From blocks to the unit tree: headings open parts / chapters / articles / sections; markers
// at the start of paragraphs open numbered paragraphs, subparagraphs and items inside them.
import { isSupplementaryProvisions } from './supplementaryProvisions';
import { hasWords, type Block } from './blocks';
import { LineIndex } from './text';
import type { DocumentType, Problem, Span, Unit, UnitKind } from './model';
import { ANNOUNCING_LINE, readHeading, readLoneNumberHeadings, withAdverbOnNextLine, type HeadingInfo } from './headings';
import { HEADING_WORDS, ID_PREFIX, normaliseNumber } from './keywords';
import { isNumberedAfter, isRomanCandidate, lettersFollow, markerWindow, previousLetter, readMarker, withoutInsertion, type Marker, type MarkerStyle } from './markers';
import { firstGapNote } from './comments';
import { copyGapNotes } from './copyGapNotes';
import { findCreditedRegions } from './creditedProvisions';
import { findPassages } from './quotedPassages';
import { namesAnotherInstrument } from './instrumentContext';
import { amendingLeadInAbove } from './setOutByAmendment';
import { AMENDING_INSTRUCTION } from './amendingInstruction';
import { UNNUMBERED_GROUPINGS } from './legalBlocks';

export interface Structure {
  root: Unit;
  /** Every unit but the root, in document order. */
  units: Unit[];
  /** For each block, the innermost unit holding it. */
  blockUnits: Unit[];
  /** The first-level heading's text, if the document has one. */
  title?: string;
  /** `<!-- gap: … -->` comments: places where the source text is missing. */
  gaps: Array<{ span: Span; note: string }>;
}

interface NumberedLevel {
  style: MarkerStyle;
  unit: Unit;
  /** For an ordered markdown list item: its list nesting depth (1 = top); 0 for other blocks. */
  listDepth: number;
}

/** Whether the paragraph "59.1." is open among the numbered levels (`within`: "59.1"), so that "59.1.5." is its part. */
function openParagraphNumbered(numbered: readonly NumberedLevel[], within: string): boolean {
  return numbered.some((level) => level.style === 'num-dot' && level.unit.label.replace(/[.\s*_]+$/, '') === within);
}

/** The id a number given again takes: the first unit's id and the count of its repeats ("sec_3_dup2"). */
function duplicateId(id: string, repeat: number): string {
  return `${id}${DUPLICATE_MARK}${repeat}`;
}

const DUPLICATE_MARK = '_dup';
const DUPLICATE_SUFFIX = new RegExp(`${DUPLICATE_MARK}\\d+(?=__|$)`, 'g');

/**
 * A unit's id with the suffix of every repeated number in its chain taken away ("sec_3_dup2__item_1" → "sec_3__item_1"):
 * the place it would have if its text were given once. Two units of one such place are one provision set out twice.
 */
export function idWithoutRepeats(id: string): string {
  return id.replace(DUPLICATE_SUFFIX, '');
}

/** An ordered list item or a paragraph holding only its number: "4) ", "17A) " (its sub-paragraphs follow). */
const LONE_ORDERED_ITEM = /^[ \t]*(\d{1,4}[A-Z]{0,2})([.)])[ \t]*$/;
/** The longest such block: a number of four digits, two letters and a few spaces. */
const LONE_ITEM_MAX = 16;
/** How many blocks ahead a lone item is looked for (a paragraph's sub-paragraphs and their points are fewer). */
const LONE_LOOKAHEAD = 64;

/** The number and its closing sign when the block holds nothing else (read only from short blocks: no copy of a long one). */
function loneItem(text: string, block: Block): RegExpExecArray | null {
  if (!((block.kind === 'listItem' && block.ordered) || block.kind === 'paragraph') || block.span.end - block.span.start > LONE_ITEM_MAX) return null;
  return LONE_ORDERED_ITEM.exec(text.slice(block.span.start, block.span.end));
}

/** How long a provision whose last words introduce a text of its own ("… la siguiente ley:") may be. */
const INTRODUCED_REACH = 2000;
/** How many blocks ahead the next marker of a run is looked for. */
const NEXT_MARKER_REACH = 256;
/** How far after a heading its label may be given again with the text (a title between them). */
const LABEL_AGAIN_REACH = 300;
/** The number a run of units starts with: "1", "01", "I", "1°" (the run's own numbering, not "1A" put after 1). */
const FIRST_NUMBER = /^(?:0?1|i)[°º]?$/i;
/** Chinese items' markers: "（一）" (the mainland's "项"), "一、" (Taiwan's "款"); both end with the paragraph they stand in. */
const CJK_ITEM_STYLES = new Set<MarkerStyle>(['cjk-paren', 'cjk-comma', 'ja-item', 'ja-subitem']);

/** Whether a block's first words hold kana: Japanese, whose older laws number paragraphs from the second by circled digits ("②"). */
function hasKana(text: string, block: Block): boolean {
  return /[\u3041-\u30fa]/u.test(text.slice(block.span.start, Math.min(block.span.end, block.span.start + 80)));
}
const GROUPING_KINDS = new Set<UnitKind>(['book', 'part', 'title', 'chapter', 'division', 'annex', 'schedule', 'preamble']);

/**
 * Whether two units' labels open with one word, or one's abbreviation of the other's ("Art. 5", "Article 5"). Divisions
 * only, the one kind many words name at once ("sous-section", "paragraphe"): "Artikel 1" after "Article 1" is the same
 * article given again in a translation, and warned.
 */
/** The sign or word that names a bare-numbered heading's kind: "§" ("§ 1.", "1 § …"), "luku." ("1 luku. …"); else undefined. */
function kindWordOf(unit: Unit): string | undefined {
  if (unit.label.includes('§')) return '§';
  return /^\d+[a-z]?\.?$/.test(unit.label.trim()) ? /^(§|\p{L}{1,12}\.)(?=\s|$)/u.exec(unit.title ?? '')?.[1].toLowerCase() : undefined;
}

/** Whether two labels of one number write it one in figures, the other in words ("Artículo 1°", "Artículo primero"). */
function numberWrittenOtherwise(a: Unit, b: Unit): boolean {
  return /\d/.test(a.label) !== /\d/.test(b.label);
}

/**
 * Two units without a number, named otherwise: the annexes "Accordo" and "Statuto" a law ratifies, no unit given twice; or
 * titled otherwise ("## **SCHEDULE.** MINISTRY OF LOCAL GOVERNMENT." and "## Schedule. COUNTY OF DUBLIN.").
 */
function namedOtherwise(a: Unit, b: Unit): boolean {
  if (a.number !== undefined || b.number !== undefined) return false;
  const plain = (words: string | undefined) => (words ?? '').replace(/[*_]/g, '').trim().toLowerCase();
  return plain(a.label) !== plain(b.label) || (!!a.title && !!b.title && plain(a.title) !== plain(b.title));
}

function sameLabelWord(a: Unit, b: Unit): boolean {
  // "### 1 luku. Yleisiä säännöksiä" and "##### 1 § Soveltamisala" (Finnish: chapter 1, section 1): a bare number, then the
  // word or sign that names its kind ("luku.", "§", "kap.") in a language whose words are not read; two such words, two units
  // ("##### § 1. Määruse reguleerimisala" and "### 1. peatükk Üldsätted" in Estonian: a section by its sign, a chapter by its word)
  const [afterA, afterB] = [kindWordOf(a), kindWordOf(b)];
  if ((afterA || afterB) && afterA !== afterB && (afterA === '§' || afterB === '§' || (afterA && afterB))) return false;
  if (a.kind !== 'division') return true;
  const word = (unit: Unit) => unit.label.trim().split(/[\s.]+/)[0].toLowerCase();
  const [first, second] = [word(a), word(b)];
  return first.startsWith(second) || second.startsWith(first);
}

/** Whether a heading of at most `maxWords` words names one of `kinds` ("Allgemeiner Teil", "ANNEXE II"). */
function shortHeadingNames(heading: string, maxWords: number, kinds: ReadonlySet<UnitKind | undefined>): boolean {
  const words = heading.toLowerCase().replace(/[^\p{L}\p{N}\s]+/gu, ' ').split(/\s+/).filter(Boolean);
  return words.length <= maxWords && words.some((word) => kinds.has(HEADING_WORDS[word]));
}

/** "Article Annexe 1", "ANNEXE II", "Anhang EV", "Schedule": a heading of a few words that opens an annex. */
const namesAnnex = (heading: string) => shortHeadingNames(heading, 5, ANNEX_KINDS);
/** A heading of a few words, one of them a grouping's name ("Allgemeiner Teil", "Partie réglementaire", "Parte General"). */
const namesGrouping = (heading: string) => shortHeadingNames(heading, 4, NAMED_GROUPING_KINDS);

/** Longer headings are read for no instrument's name. */
const MAX_NAMING_HEADING = 400;

const ANNEX_KINDS = new Set<UnitKind | undefined>(['annex', 'schedule']);
/** Whether `passage` opens at the start of `block`'s words (markup before its quotation mark aside). */
function opensQuotation(text: string, block: Block, passage: Span): boolean {
  return passage.start >= block.contentStart && passage.start < block.span.end && /^[#*_\s]*$/.test(text.slice(block.contentStart, passage.start));
}

const NAMED_GROUPING_KINDS = new Set<UnitKind | undefined>(['book', 'part']);

function isLetterRun(style: MarkerStyle): boolean {
  return style === 'lower-paren' || style === 'lower-dot';
}

/** The title of an Order: "… (Wales) Order 1999", "… (Commencement No. 2) Order 2001", "… Order". */
const ORDER_TITLE = /(?<!\p{L})Order(?:\s+(?:19|20)\d\d)?$/u;

/** How the unit tree reads what differs from one language's laws to another's. */
export interface StructureOptions {
  /** A dotted number ("1.") is a point wherever it stands, never a paragraph: German laws number their paragraphs "(1)". */
  dottedNumbersArePoints?: boolean;
  /** Korea's laws: "1." is an article's or a paragraph's item ("호", cited "제2조제1호", "제1항제3호"), "가." an item's sub-item ("목"). */
  koreanItems?: boolean;
}

export function buildStructure(text: string, blocks: Block[], documentType: DocumentType, problems: Problem[], lines: LineIndex = new LineIndex(text), options: StructureOptions = {}): Structure {
  const root: Unit = {
    id: '', kind: 'document', label: '', span: { start: 0, end: text.length }, labelSpan: { start: 0, end: 0 },
    line: 0, children: [], citable: false, headingDepth: 0,
  };
  const units: Unit[] = [];
  const blockUnits: Unit[] = [];
  const gaps: Structure['gaps'] = [];
  const usedIds = new Map<string, Unit>();
  const nextDuplicate = new Map<string, number>();
  let title: string | undefined;

  const headingInfos = blocks.map((block) => (block.kind === 'heading' ? readHeading(text.slice(block.contentStart, block.span.end)) : undefined));
  readLoneNumberHeadings(blocks, headingInfos, text);
  // Which kind do citations name? Articles when there are any; otherwise sections. Not those a schedule sets out: the Human
  // Rights Act 1998's sections "##### 1" … "##### 22", then "## SCHEDULE 1" giving the Convention's "### Article 2 — Right to life"
  const firstSchedule = headingInfos.findIndex((info) => info?.kind === 'schedule' || info?.kind === 'annex');
  const hasArticles = headingInfos.some((info, index) => info?.kind === 'article' && (firstSchedule < 0 || index < firstSchedule));
  // A UK statutory instrument titled an Order numbers articles ("# The Local Government Act 1999 (Commencement) (Wales) Order
  // 1999" over "###### 1", "###### 2": articles 1 and 2, which its notes call "Art. 1")
  const titleBlock = blocks.find((block) => block.kind === 'heading' && block.depth === 1);
  const anOrder = !!titleBlock && ORDER_TITLE.test(text.slice(titleBlock.contentStart, titleBlock.span.end).trim());
  const citableKind: UnitKind = hasArticles || anOrder ? 'article' : documentType === 'treaty' ? 'article' : 'section';
  const citableAtTopLevel = blocks.some((block, index) => block.kind === 'heading' && block.depth === 1 && (headingInfos[index]?.kind === 'article' || headingInfos[index]?.kind === 'section'));
  // "# Parte prima: …" … "# Parte seconda: …" (the Italian Constitution from Wikisource): groupings of two numbers or
  // more at the first level are the document's divisions, not its title ("# Title 15— COMMERCE AND TRADE" repeated at
  // every chunk of a US Code chapter is one title, the document's)
  const topLevelGroupings = new Set<string>();
  blocks.forEach((block, index) => {
    const info = block.kind === 'heading' && block.depth === 1 ? headingInfos[index] : undefined;
    if (info && info.number !== undefined && GROUPING_KINDS.has(info.kind as UnitKind)) topLevelGroupings.add(`${info.kind} ${info.number}`);
  });
  const groupingsAtTopLevel = topLevelGroupings.size;

  const lineOf = (offset: number): number => lines.position(offset).line;

  const headingStack: Unit[] = [];
  let numbered: NumberedLevel[] = [];
  /** The depths of the ordered lists open that began with a number written with a leading zero ("01." before "1."). */
  const zeroStartedLists = new Set<number>();
  /** Per list depth, the numbers the list's items were given so far, and the last one kept as written (NaN when the renderer's). */
  const writtenRuns = new Map<number, { used: Set<number>; lastKept: number }>();
  /**
   * "4) " alone on its line, then "1) …", "2) …" in the same list (legislation.gov.uk as i-dot-ai/lex writes a
   * paragraph's sub-paragraphs, at the paragraph's own level): the lone item's unit, its marker style, and the number
   * its next sub-paragraph is written with. Markdown would render them 5, 6, …; the law numbers them (1), (2) under 4.
   */
  let subparagraphsOfLone: { unit: Unit; style: MarkerStyle; next: number } | undefined;
  /** The list depth whose items keep their numbers as written: a lone item was read there (the law numbers them, not markdown). */
  let writtenNumbersAt: number | undefined;

  /**
   * Whether an item holding only the number `value` stands in the next blocks, before a unit's heading: "5) Where
   * sub-paragraph (1)(b) applies …" right before "5) " alone is the last sub-paragraph of 4, not paragraph 5.
   */
  const loneItemAhead = (index: number, value: string): boolean => {
    for (let k = index + 1; k < blocks.length && k <= index + LONE_LOOKAHEAD; k++) {
      const next = blocks[k];
      // a cross-heading ("## Modification of the application of Part 1 of the 2008 Act") is looked past, a unit's heading is not
      if (next.kind === 'heading' && readHeading(text.slice(next.contentStart, next.span.end))?.number !== undefined) return false;
      if (loneItem(text, next)?.[1] === value) return true;
    }
    return false;
  };
  const positionalCounts = new Map<Unit, Map<string, { scanned: number; count: number }>>();
  /** The numbered levels open when a run of headings began, kept for a chunk header that continues the unit. */
  let suspended: { unit: Unit; levels: NumberedLevel[] } | undefined;
  /** Each heading unit's heading text, whitespace collapsed: a repeated chunk header is recognised by it. */
  const headingTexts = new Map<Unit, string>();
  /** True while the headings read since the last content block restate headings already read. */
  let restating = false;
  const unstructuredHeadings = new Set<string>();
  /**
   * The headings open that name a grouping by word and no number ("## Allgemeiner Teil", "## Partie législative"),
   * by depth: the German penal code's two parts each have an "Erster Abschnitt", a French code's legislative and
   * regulatory parts each a "Livre Ier".
   */
  const namedGroupings: { depth: number; block: number }[] = [];
  const namedGroupingOf = new Map<Unit, string>();
  /** The last heading that opened an annex or schedule ("##### Article Annexe 2", "## Schedule 3"): each may number its own articles from one. */
  let annexOpened = -1;
  /** The name of the instrument a line announcing its article opened as an annex ("Accordo - art. 1"), lower-cased. */
  let announcedInstrument: string | undefined;
  /** The depth of the open heading that names notes ("### Footnotes" in a section): its numbered notes number no part of the law. */
  let notesDepth: number | undefined;
  /**
   * Groupings written flat, each at the same depth ("## II. Teil: …" then "## 1. Abschnitt: …"): the kind a document
   * shows first holds the kinds it shows later, so a division numbered again after another part is that part's own.
   * Per grouping kind, where it was first shown and the last heading of a kind shown before it.
   */
  const groupingFirstShown = new Map<UnitKind, number>();
  const holderOpenedLast = new Map<UnitKind, number>();
  const groupingOpenedAt = new Map<Unit, number>();
  const noteGroupingOpened = (unit: Unit, at: number) => {
    if (!GROUPING_KINDS.has(unit.kind)) return;
    groupingOpenedAt.set(unit, at);
    if (!groupingFirstShown.has(unit.kind)) groupingFirstShown.set(unit.kind, at);
    const shown = groupingFirstShown.get(unit.kind)!;
    for (const [kind, first] of groupingFirstShown) if (shown < first) holderOpenedLast.set(kind, at);
  };
  const openedUnderAnotherHolder = (unit: Unit, previous: Unit) =>
    GROUPING_KINDS.has(unit.kind) && (holderOpenedLast.get(unit.kind) ?? -1) > (groupingOpenedAt.get(previous) ?? Infinity);
  /**
   * Numbering that starts again: "Artículo 1" after "Artículo 4" where an article 1 was given already (a decree's own articles,
   * then the regulation it approves, numbered from one; a consolidated text, then the regulation of it). Per kind, how many
   * times its numbering started again, and the number last given; a unit of a later run is no duplicate of an earlier run's.
   */
  const numberingRuns = new Map<UnitKind, { last: string | undefined; run: number }>();
  const runOf = new Map<Unit, number>();
  const noteNumberingRun = (unit: Unit) => {
    if (unit.number === undefined || (unit.headingDepth === 0 && unit.parent !== root)) return;
    let entry = numberingRuns.get(unit.kind);
    if (!entry) numberingRuns.set(unit.kind, (entry = { last: undefined, run: 0 }));
    // a point "a." at the top level starts a run too; a heading "Article A." does not (an annex's lettered clauses given twice are duplicates)
    const first = (number: string) => FIRST_NUMBER.test(number) || (unit.headingDepth === 0 && /^a$/i.test(number));
    if (first(unit.number) && entry.last !== undefined && !first(entry.last)) entry.run++;
    entry.last = unit.number;
    if (entry.run) runOf.set(unit, entry.run);
  };
  /**
   * The last heading that opened no unit ("##### Articolul 3" in a language whose words are not known, "### Definitions" in an
   * act whose section numbers a converter lost): paragraphs at the top level under two such headings are each one's own.
   */
  let plainHeadingAbove = -1;
  const namedGroupingsAbove = (unit: Unit) => `${namedGroupings.filter((named) => unit.headingDepth === 0 || named.depth < unit.headingDepth).map((named) => named.block).join(' ')}|${
    unit.kind === 'annex' || unit.kind === 'schedule' ? '' : annexOpened}|${runOf.get(unit) ?? 0}|${unit.headingDepth === 0 ? plainHeadingAbove : ''}`;

  const extend = (unit: Unit, end: number) => {
    for (let current: Unit | undefined = unit; current && current !== root; current = current.parent) {
      if (current.span.end < end) current.span.end = end;
    }
  };

  /** Headings given twice, to be looked at once the text under each is known (emptyHeading). */
  const headingDuplicates: { problem: Problem; unit: Unit; previous: Unit }[] = [];
  /** Per id, the first unit of each kind word ("§", "luku."): a section given twice after a chapter of its number is still a duplicate. */
  const firstByKindWord = new Map<string, Unit>();
  const assignId = (unit: Unit, wanted: string) => {
    let id = wanted;
    const first = usedIds.get(id);
    const kindWord = first ? kindWordOf(unit) : undefined;
    const sameWord = kindWord !== undefined ? firstByKindWord.get(`${wanted}\u0000${kindWord}`) : undefined;
    const previous = sameWord ?? first;
    if (kindWord !== undefined && !sameWord) firstByKindWord.set(`${wanted}\u0000${kindWord}`, unit);
    if (first && !firstByKindWord.has(`${wanted}\u0000${kindWordOf(first) ?? ''}`)) firstByKindWord.set(`${wanted}\u0000${kindWordOf(first) ?? ''}`, first);
    let warned = false;
    if (previous) {
      // The next free number is remembered per id: a document of 10,000 "Article 1" stays linear.
      let n = nextDuplicate.get(wanted) ?? 2;
      while (usedIds.has(duplicateId(wanted, n))) n++;
      nextDuplicate.set(wanted, n + 1);
      id = duplicateId(wanted, n);
      if (isSupplementaryProvisions(unit)) {
        // "## 附則" again (Japan's laws): each amending act's supplementary provisions after the text's own, no duplicate
      } else if ((unit.headingDepth > 0 || unit.parent === root) && givenAgainAsAmended(text, unit.labelSpan)) {
        // A consolidated text keeps an article as enacted and, after the note of its amendment, as amended (SPIJ, BOE).
        problems.push({
          code: 'unit-given-again', severity: 'information', span: unit.labelSpan,
          message: `${unit.label} is given again after a note of its amendment (first on line ${previous.line + 1}): both versions are kept; citations go to the first, or to a later one for a part only it has.`,
        });
      } else if ((unit.headingDepth > 0 || unit.parent === root) && (namedGroupingsAbove(unit) !== namedGroupingOf.get(previous) || !sameLabelWord(unit, previous) ||
        openedUnderAnotherHolder(unit, previous) || numberWrittenOtherwise(unit, previous) || namedOtherwise(unit, previous))) {
        // ("**Artículo 1°** Apruébase la siguiente Resolución …:" then its "**Artículo primero.** …": one text numbers in figures,
        // the other in words, so the second is the text set out, not a drafter's duplicate)
        // Under another named part ("Besonderer Teil" after "Allgemeiner Teil"), another part written at its depth ("II.
        // Teil" between two "1. Abschnitt") or in another annex, the same number is
        // that part's own, and "PARAGRAPHE 1" after "SOUS-SECTION 1" (two words for one kind of grouping, in a code whose
        // headings are flat) another unit: no drafter's duplicate. The unit keeps its id; citations by number go to the first.
      } else if ((unit.headingDepth > 0 || unit.parent === root) && (labelGivenAgain(previous, unit) || opensAmending(unit) || continuesQuotedAct(unit) || introducedBy(previous, unit))) {
        // "##### ARTICULO 23.—" and its title, then "Artículo 23.- La Cámara …" (InfoLEG): the label given again with the text;
        // "ARTÍCULO 3°.- Sustitúyese el artículo 30 bis del Código …": an amending act's article quoted in an editor's note
      } else if ((unit.headingDepth > 0 || unit.parent === root) && unit.number !== undefined && (amendingLeadInAbove(text, unit.labelSpan.start, unit.number) ||
        previousSetOut(previous))) {
        // "Modifíquese el numeral 9 del artículo 3 de la Ley 30077 … en los siguientes términos:" then "Artículo 3. …": that
        // law's article 3, set out by an amendment, no duplicate of this document's own (nor is this document's own, after it)
      } else if (unit.headingDepth > 0 || unit.parent === root) {
        warned = true;
        const problem: Problem = {
          code: 'duplicate-unit', severity: 'warning', span: unit.labelSpan,
          message: `${unit.label} appears twice (also on line ${previous.line + 1}); citations go to the first one.`,
        };
        problems.push(problem);
        if (unit.headingDepth > 0 && previous.headingDepth > 0) headingDuplicates.push({ problem, unit, previous });
      }
    }
    if (previous && !warned && (unit.headingDepth > 0 || unit.parent === root) && unit.number !== undefined) lastQuoted.set(unit.kind, unit.number);
    usedIds.set(id, unit);
    // only the units a duplicate is warned for (a parse of 10,000 paragraphs builds no key for them)
    if ((!previous || (kindWord !== undefined && !sameWord)) && (unit.headingDepth > 0 || unit.parent === root)) namedGroupingOf.set(unit, namedGroupingsAbove(unit));
    unit.id = id;
  };

  /**
   * Per kind, the number of the last duplicate not warned for: an amending act's articles quoted
   * in an editor's note ("ARTÍCULO 3°.- Sustitúyese …", then "ARTÍCULO 4°.- …", "ARTÍCULO 5°.- …") run on from the first.
   */
  const lastQuoted = new Map<UnitKind, string>();
  const continuesQuotedAct = (unit: Unit) => {
    const last = lastQuoted.get(unit.kind);
    return last !== undefined && /^\d+$/.test(last) && String(Number(last) + 1) === unit.number;
  };
  /**
   * "Artículo Primero.- Apruébase la siguiente ley sobre …:" then "## Artículo 1": the text the first unit introduces with ":"
   * right before the second (a law approved by an article of its own) numbers its articles from one.
   */
  const introducedBy = (previous: Unit, unit: Unit) => {
    const between = text.slice(previous.labelSpan.end, unit.labelSpan.start);
    // the two right after each other: no heading between them ("##### Disposición final tercera" makes them another's)
    return between.length <= INTRODUCED_REACH && /[:：][*_]*\s*$/.test(between) && !/\n[ \t]{0,3}#/.test(between);
  };
  /** Whether the first unit of a number was set out by an amending lead-in above it (asked once per unit: 10,000 "Article 1" stay linear). */
  const setOutFirst = new Map<Unit, boolean>();
  const previousSetOut = (previous: Unit) => {
    let found = setOutFirst.get(previous);
    if (found === undefined) setOutFirst.set(previous, (found = previous.number !== undefined && !!amendingLeadInAbove(text, previous.labelSpan.start, previous.number)));
    return found;
  };
  /** Whether `unit` repeats the label of `previous`, a heading with no title of its own followed by a title line at most (no text). */
  // ("#### Artículo 98 (DEL ART. 2)" then "Art. 98. Los esponsales …": a note in brackets is no title of its own)
  // "# § 2701. Unlawful access …" then "##### § 2701. Unlawful access …" (uscode.house.gov as legalize-us gives it): the title
  // heading given again as the section's own
  const labelGivenAgain = (previous: Unit, unit: Unit) =>
    previous.headingDepth > 0 && (!previous.title || /^\([^()]{1,60}\)$/.test(previous.title.trim()) || sameTitle(previous, unit)) && previous.children.length <= 1 && unit.labelSpan.start > previous.labelSpan.end && unit.labelSpan.start - previous.labelSpan.end <= LABEL_AGAIN_REACH &&
    isTitleLine(text.slice(previous.labelSpan.end, unit.labelSpan.start));
  const sameTitle = (previous: Unit, unit: Unit) =>
    unit.headingDepth > 0 && !!unit.title && previous.title!.replace(/[*_\s]+/g, ' ').trim() === unit.title.replace(/[*_\s]+/g, ' ').trim();
  /** Nothing, or one line of words with no stop at its end: a title, not a provision's text. */
  const isTitleLine = (between: string) => {
    const line = between.replace(/[*_]/g, '').trim();
    return !line.includes('\n') && !/[.;:,]$/.test(line);
  };
  /** Whether the unit's first words amend another text ("Sustitúyese el artículo 30 bis …"): an amending act's provision, quoted. */
  const opensAmending = (unit: Unit) => AMENDING_INSTRUCTION.test(text.slice(unit.labelSpan.end, Math.min(text.length, unit.labelSpan.end + 120)));

  const idPart = (kind: UnitKind, number: string | undefined) =>
    number === undefined ? ID_PREFIX[kind] : `${ID_PREFIX[kind]}_${/^[\w.-]*$/.test(number) ? number : number.replace(/[^\p{L}\p{N}.-]+/gu, '-')}`;

  // "### — 2009, c. 2, s. 440" then "### 440 …": another instrument's provisions set out here (creditedProvisions.ts)
  const credited = findCreditedRegions(text);
  let creditAt = 0;
  // "Член 5 се изменя така:" then '"Задължения при идентификация', "Чл. 5. (1) …", '(2) … закон."' (lex.bg): text quoted from
  // another instrument over several paragraphs (quotedPassages.ts)
  const quoted = findPassages(text);
  let quotedAt = 0;
  blocks.forEach((block, index) => {
    if (block.kind === 'heading') subparagraphsOfLone = writtenNumbersAt = undefined;
    while (creditAt < credited.length && credited[creditAt].end <= block.span.start) creditAt++;
    if (creditAt < credited.length && credited[creditAt].start <= block.span.start) {
      // No unit of this document: the text goes with the unit around the region, as a note would.
      numbered = [];
      if (block.kind === 'heading') while (headingStack.length && headingStack[headingStack.length - 1].headingDepth >= block.depth) headingStack.pop();
      blockUnits.push(headingStack[headingStack.length - 1] ?? root);
      return;
    }
    if (notesDepth !== undefined && block.kind === 'heading' && block.depth <= notesDepth) notesDepth = undefined;
    if (notesDepth !== undefined) {
      // "### Footnotes" then "1. Subs. by Act 35 of 1964, s. 5, for section 21": the notes go with the unit they annotate
      const holder = headingStack[headingStack.length - 1] ?? root;
      extend(holder, block.span.end);
      blockUnits.push(holder);
      return;
    }
    while (quotedAt < quoted.length && quoted[quotedAt].end <= block.span.start) quotedAt++;
    if (quotedAt < quoted.length && quoted[quotedAt].start < block.span.start) {
      // A paragraph of a quotation opened before it: its label ("Чл. 5.", read as a heading) numbers no unit here; it goes
      // with the unit that quotes it. (No heading stands inside a quotation: quotedPassages.ts ends it there.)
      const holder = numbered.length ? numbered[numbered.length - 1].unit : headingStack[headingStack.length - 1] ?? root;
      extend(holder, block.span.end);
      blockUnits.push(holder);
      return;
    }
    // "… by substituting the following for the Second Schedule:" then "“SECOND SCHEDULE" (an amending Act setting out another
    // Act's schedule): a grouping's heading that opens a quotation is the quoted text's, and opens no unit here
    // ("##### „§ 7a" after "… vkládají nové § 7a až 7c, které včetně nadpisů znějí:": a section's heading opening the text set out)
    if (block.kind === 'heading' && (GROUPING_KINDS.has(headingInfos[index]?.kind as UnitKind) || quoted[quotedAt]?.headed) && quotedAt < quoted.length && opensQuotation(text, block, quoted[quotedAt])) {
      const holder = numbered.length ? numbered[numbered.length - 1].unit : headingStack[headingStack.length - 1] ?? root;
      extend(holder, block.span.end);
      blockUnits.push(holder);
      return;
    }
    if (block.furniture) {
      // A running head or a table of contents (legalBlocks.ts): no unit, and no unit ends here.
      // An editor's note on what the copy leaves out is one of its gaps, as a "<!-- gap: -->" marker is.
      if (block.kind === 'paragraph') for (const note of copyGapNotes(text.slice(block.span.start, block.span.end))) gaps.push({ span: block.span, note });
      blockUnits.push(numbered.length ? numbered[numbered.length - 1].unit : headingStack[headingStack.length - 1] ?? root);
      return;
    }
    // "Accordo - art. 1" (Normattiva's line over the first article of a treaty annexed to the law that ratifies it, as legalize-it
    // gives it): the treaty opens there, an annex of the law, whose articles are its own and no duplicates of the law's
    // (another instrument announced after it, "Accordo - art. 7" then "Statuto- art. 1", opens an annex of its own)
    const announced = block.kind === 'paragraph' ? ANNOUNCING_LINE.exec(text.slice(block.contentStart, block.span.end).trim()) : null;
    if (announced && announced[1].trim().toLowerCase() !== announcedInstrument) {
      announcedInstrument = announced[1].trim().toLowerCase();
      zeroStartedLists.clear();
      writtenRuns.clear();
      numbered = [];
      suspended = undefined;
      closeHeadings(headingStack, ANNOUNCED_INSTRUMENT_DEPTH, 'annex', false);
      while (headingStack.length && headingStack[headingStack.length - 1].headingDepth >= ANNOUNCED_INSTRUMENT_DEPTH) headingStack.pop();
      const name = announced[1].trim();
      const annex = openHeadingUnit('annex', { label: name }, headingStack[headingStack.length - 1] ?? root, false, ANNOUNCED_INSTRUMENT_DEPTH, block, name);
      annexOpened = index;
      headingStack.push(annex);
      blockUnits.push(annex);
      return;
    }
    if (block.titleOfNext) {
      // "**Short title and commencement**" before "**1.** (1) …": it ends the unit before it; the next one takes it.
      while (headingStack.length && headingStack[headingStack.length - 1].headingDepth >= block.depth) headingStack.pop();
      numbered = [];
      blockUnits.push(headingStack[headingStack.length - 1] ?? root);
      return;
    }
    if (block.kind === 'heading') {
      zeroStartedLists.clear();
      writtenRuns.clear();
      if (numbered.length) suspended = { unit: headingStack[headingStack.length - 1] ?? root, levels: numbered };
      numbered = [];
      const next = blocks[index + 1];
      const info: HeadingInfo | undefined = withAdverbOnNextLine(headingInfos[index], next?.kind === 'paragraph' ? text.slice(next.contentStart, next.contentStart + 40) : undefined);
      const headingText = text.slice(block.contentStart, block.span.end).trim();
      while (namedGroupings.length && namedGroupings[namedGroupings.length - 1].depth >= block.depth) namedGroupings.pop();
      // A bare number in a first-level heading is the document's title ("# 18 U.S.C. § 2510 – Definitions",
      // "# 2018 Act"), not a section; a keyword ("# Article 1") still opens a unit.
      // A converter that writes every heading with one "#" ("# TITRE Ier", "# Chapitre Ier", "# Article 1"):
      // a numbered grouping at the level of the articles is structural too, and nests by kind.
      const flatGrouping = block.depth === 1 && info?.number !== undefined && GROUPING_KINDS.has(info.kind as UnitKind) && (citableAtTopLevel || groupingsAtTopLevel >= 2);
      const isStructural = info && (info.kind === 'article' || info.kind === 'section' || (info.kind === 'numbered' && block.depth > 1) || block.depth > 1 || flatGrouping);
      if (!info || !isStructural) {
        const titled = index > 0 && blocks[index - 1].kind === 'heading' ? blockUnits[index - 1] : undefined;
        // "##### Art. 1" then "#### Oggetto e definizioni" (Normattiva as legalize-it converts it): the title one level up, right after
        // "### Artículo 6" then "### Medidas para reducir …" (SUIN-Juriscol as legalize-co converts it): the title at the same level, right
        // after an article's heading with no text between, and naming no grouping or annex
        // ("#### 4. Abschnitt" then "#### Amtsverbote und Amtsanzeigen" (gesetze.li as legalize-li converts it): a grouping's title too)
        const sameLevelTitle = () => titled!.headingDepth === block.depth && (titled!.citable || GROUPING_KINDS.has(titled!.kind)) && !info && !NOTES_HEADING.test(headingText) && headingText.length <= 200 &&
          !namesGrouping(headingText) && !namesAnnex(headingText);
        if (titled && titled !== root && !titled.title && titled.headingDepth > 0 && (titled.headingDepth < block.depth || (titled.headingDepth === block.depth + 1 && !info && !NOTES_HEADING.test(headingText)) || sameLevelTitle()) &&
          titled.labelSpan.start === blocks[index - 1].span.start) {
          // "### Article 1" then "####Definitions": a converter put the title on a line of its own.
          titled.title = headingText;
          extend(titled, block.span.end);
          blockUnits.push(titled);
          return;
        }
        const plainText = headingText.replace(/\s+/g, ' ');
        plainHeadingAbove = index;
        // ("## Заключителни разпоредби КЪМ ЗАКОНА ЗА …": another act's provisions, set after this one's, numbered its own way)
        if (namesGrouping(plainText) || (title !== undefined && plainText.length <= MAX_NAMING_HEADING && namesAnotherInstrument(plainText, title))) namedGroupings.push({ depth: block.depth, block: index });
        if (namesAnnex(plainText)) annexOpened = index;
        restating = unstructuredHeadings.has(plainText);
        unstructuredHeadings.add(plainText);
        if (block.depth === 1 && title === undefined) title = headingText;
        while (headingStack.length && headingStack[headingStack.length - 1].headingDepth >= block.depth) headingStack.pop();
        // notes on a unit, under its heading ("## Section 21 …" then "### Footnotes"); a document titled "Notes" is no notes
        if (headingStack.length && NOTES_HEADING.test(plainText)) notesDepth = block.depth;
        blockUnits.push(headingStack[headingStack.length - 1] ?? root);
        return;
      }
      if (info.number === undefined && info.kind !== 'preamble' && !UNNUMBERED_GROUPINGS.has(info.kind)) {
        problems.push({
          code: 'heading-without-number', severity: 'warning', span: block.span,
          message: `The heading "${headingText}" names ${info.kind === 'numbered' ? 'a unit' : `a ${info.kind}`} but no number, so it cannot be cited; write e.g. "${info.label} 1".`,
        });
        while (headingStack.length && headingStack[headingStack.length - 1].headingDepth >= block.depth) headingStack.pop();
        blockUnits.push(headingStack[headingStack.length - 1] ?? root);
        return;
      }
      let depth = block.depth;
      if (info.within) {
        // "Part III — s14 Unauthorised access": one heading names the grouping, continued when it is
        // the one already open, and the section inside it (read one level deeper).
        closeHeadings(headingStack, depth, info.within.kind, false);
        const holder = headingStack[headingStack.length - 1] ?? root;
        const last = lastHeadingChild(holder);
        const group = last && last.kind === info.within.kind && last.number === info.within.number && last.headingDepth === depth ? last
          : openHeadingUnit(info.within.kind, { ...info.within }, holder, false, depth, block, info.within.label);
        headingStack.push(group);
        extend(group, block.span.end);
        depth++;
      }
      // "## SCHEDULE" then "##### 1", "##### 2": a schedule's numbered provisions are its paragraphs ("paragraph 3 of Schedule 2");
      // so are an annex's ("ANEXO II: DEFINICIONES" then "**1. Eje de tracción (Motriz).-** Eje que …", SPIJ), not the text's articles
      const inSchedule = info.kind === 'numbered' && headingStack.some((open) => (open.kind === 'schedule' || open.kind === 'annex') && open.headingDepth < depth);
      const kind: UnitKind = info.kind === 'numbered' ? (inSchedule ? 'paragraph' : citableKind) : info.kind;
      const citable = kind === citableKind;
      closeHeadings(headingStack, depth, kind, citable);
      // "### Article 546 : …" then "#### CHAPITRE 8 : …" then "#### Article 547 : …" (Benin's digital code as a site converts it): a
      // grouping of the body written deeper than the article open before it, whose first article goes on with that article's
      // numbers, is the text's next grouping, not a part of the article (a chapter an amending article inserts numbers its own,
      // and one set out after a lead-in's colon stays the article's)
      while (!citable && BODY_GROUPINGS.has(kind) && headingStack.length && headingStack[headingStack.length - 1].citable &&
        headingStack[headingStack.length - 1].headingDepth < depth && !(index > 0 && endsWithColon(text, blocks[index - 1].span)) &&
        numberingGoesOnBelow(headingStack[headingStack.length - 1], index)) headingStack.pop();
      const parent = headingStack[headingStack.length - 1] ?? root;
      const sameText = headingText.replace(/\s+/g, ' ');
      const continued = lastHeadingChild(parent);
      // ("## 附則" again: each amending act's supplementary provisions after the text's own, no chunk's repeated heading)
      if (continued && continued.kind === kind && continued.number === info.number && continued.headingDepth === depth &&
        headingTexts.get(continued) === sameText && (restating || !citable) && !isSupplementaryProvisions({ kind, label: info.label })) {
        // A converter repeats the title / chapter / section headings at chunk boundaries: the same
        // heading path again continues the unit, with its numbered levels still open. An article
        // heading repeated alone, after text, is a drafter's duplicate (warned below).
        restating = true;
        headingStack.push(continued);
        extend(continued, block.span.end);
        blockUnits.push(continued);
        if (suspended?.unit === continued) numbered = suspended.levels;
        return;
      }
      suspended = undefined;
      restating = false;
      const unit = openHeadingUnit(kind, info, parent, citable, depth, block, sameText);
      if (kind === 'annex' || kind === 'schedule') annexOpened = index;
      const before = blocks[index - 1];
      // ("（目的）", a Japanese article's caption: its brackets are the caption's mark, not its words)
      if (!unit.title && before?.titleOfNext) unit.title = text.slice(before.contentStart, before.span.end).replace(/\*\*|__|[*_]/g, '').replace(/\s+/g, ' ').trim().replace(/^（([^（）]+)）$/u, '$1');
      // "#### Attempting to commit an offence" then "##### 1" (legislation.gov.uk as legalize-uk gives it): the heading above,
      // which opened no unit, is the number's title
      else if (!unit.title && info.kind === 'numbered' && info.label === headingText && before?.kind === 'heading' && before.depth < block.depth &&
        !headingInfos[index - 1] && blockUnits[index - 1] !== undefined && blockUnits[index - 1].span.start !== before.span.start) {
        unit.title = text.slice(before.contentStart, before.span.end).replace(/\*\*|__|[*_]/g, '').replace(/\s+/g, ' ').trim();
      }
      headingStack.push(unit);
      blockUnits.push(unit);
      return;
    }

    restating = false;
    const container = headingStack[headingStack.length - 1] ?? root;
    if (block.kind === 'html') {
      const note = firstGapNote(text.slice(block.span.start, block.span.end));
      if (note !== undefined) gaps.push({ span: block.span, note });
    }
    let marker: Marker | undefined;
    const lone = loneItem(text, block);
    if (lone) {
      const style: MarkerStyle = lone[2] === ')' ? 'num-close' : 'num-dot';
      const unit = openNumbered({ style, value: lone[1], label: lone[1] + lone[2], length: lone[1].length + 1 }, container, block.span.start, block, index);
      subparagraphsOfLone = { unit, style, next: 1 };
      if (block.kind === 'listItem') writtenNumbersAt = block.depth;
      blockUnits.push(unit);
      return;
    }
    let under: Unit | undefined;
    if (block.kind === 'paragraph' || block.kind === 'listItem') {
      const markerStart = block.kind === 'listItem' && !block.ordered ? block.contentStart : block.span.start;
      marker = readMarker(markerWindow(text, markerStart, block.span.end)) ?? insertedLetterMarker(text, markerStart, block.span.end, numbered);
      // "15.1." is paragraph 1 of article 15 only: elsewhere ("2.1. Scope" in a report) it numbers no part of the unit it is in
      // ("59.1.5." is part 5 of paragraph 59.1, inside the paragraph 59.1. open: numbered after the article all the same)
      if (marker?.within !== undefined && (container.number === undefined || !isNumberedAfter(marker.within.split('.')[0], container.number) ||
        (marker.style === 'decimal-sub' && !openParagraphNumbered(numbered, marker.within)))) marker = undefined;
      // "##### Art. 7" then "**a) Im allgemeinen**" (Liechtenstein): a bold line of a few words right under the unit's
      // heading, with no stop at its end, is the unit's title in an outline of titles, not its point a)
      if (marker && index > 0 && blocks[index - 1].kind === 'heading' && blockUnits[index - 1] === container && container !== root &&
        OUTLINE_TITLE.test(text.slice(block.span.start, block.span.end))) marker = undefined;
      // "§ 1º" opens a paragraph of an article only: in a code of sections ("§ 101. Definitions") it is no marker
      if (marker?.style === 'paragraph-sign' && container.kind !== 'article') marker = undefined;
      // "<sup>1</sup> Die …" numbers an article's paragraphs only: elsewhere the raised number is a note's mark
      if (marker?.style === 'num-sup' && (container.kind !== 'article' || marker.value !== nextRaisedNumber(container))) marker = undefined;
      // "1 Bundesorgane dürfen …", "1bis Bundesorgane …", "2 …" (Fedlex as benjamin-arfa/swiss-law converts it): the raised
      // numbers of an article's paragraphs, their superscript lost, read as raised ones where they go on the article's count
      if (!marker && block.kind === 'paragraph' && container.kind === 'article') marker = lostRaisedNumber(text, block, container, blocks, index);
      // "§ 2º ~~O imposto previsto …~~": a label over struck-out wording is the repealed version, given again after it
      if (marker && /^[ \t]*~~/.test(text.slice(markerStart + marker.length, Math.min(block.span.end, markerStart + marker.length + 8)))) marker = undefined;
      const lonesNext = subparagraphsOfLone && marker?.style === subparagraphsOfLone.style && marker.value === String(subparagraphsOfLone.next);
      // the number both the lone item's next paragraph and its next sub-paragraph would have: its next paragraph, unless
      // that paragraph stands alone further on ("3) Four members …" after "2) 1) … 2) …" is paragraph 3)
      const outerNext = subparagraphsOfLone ? String(Number(subparagraphsOfLone.unit.number) + 1) : undefined;
      if (lonesNext && subparagraphsOfLone && (marker?.value !== outerNext || (outerNext !== undefined && loneItemAhead(index, outerNext)))) {
        under = subparagraphsOfLone.unit;
        subparagraphsOfLone.next++;
      } else if (marker && marker.style === subparagraphsOfLone?.style) {
        subparagraphsOfLone = undefined;
      }
      if (!under && writtenNumbersAt !== block.depth && marker && block.ordered && block.listNumber !== undefined && (marker.style === 'num-dot' || marker.style === 'num-paren' || marker.style === 'num-close')) {
        // Markdown renders "1. 1. 1." as 1, 2, 3: cite what the reader sees. Numbers written each once ("01. 1. 2.",
        // Italy's paragraph 01 inserted before 1, rendered 1, 2, 3) are the law's own and stay as written.
        if (/^0\d/.test(marker.value)) zeroStartedLists.add(block.depth);
        else if (block.listNumber <= 1) zeroStartedLists.delete(block.depth);
        // "1. … 5. … 10. 11. 12." (an article whose paragraphs 6 to 9 a converter ran into 5): a number the list has not written
        // yet is the law's, and stays as written, and so does "1." starting the numbers again after a run ("… 33. 34." then "1. 2.
        // …", a resolution's translation set after it); one written again ("1. 1. 1.") is the renderer's to number
        const written = /^\d+$/.test(marker.value) ? Number(marker.value) : NaN;
        let run = writtenRuns.get(block.depth);
        if (!run || block.listNumber <= 1 || (written === 1 && run.lastKept > 1)) writtenRuns.set(block.depth, (run = { used: new Set(), lastKept: NaN }));
        const kept = written >= 1 && !run.used.has(written);
        if (!zeroStartedLists.has(block.depth) && !kept) marker = { ...marker, value: String(block.listNumber) };
        run.lastKept = kept ? written : NaN;
        run.used.add(kept ? written : block.listNumber);
      }
      if (!under && !numbered.length && (!marker || marker.style === 'num-dot' || marker.style === 'num-dash')) {
        const restated = restatedLabelEnd(text, markerStart, block, container, blocks, index);
        if (restated !== undefined) {
          // "21. Local Boards.--(1) There shall …" under "## Section 21 - Local Boards." (India Code): the section's label and
          // title given again where its text starts, not its paragraph 21; a subsection "(1)" after the dash opens there
          const inner = readMarker(text.slice(restated, Math.min(block.span.end, restated + 32)));
          if (inner && inner.style !== 'num-dot') {
            let unit = openNumbered(inner, container, restated, block, index);
            unit.label = inner.label; // not the list's number: the list item is "21."
            // "12.—(1)(a) …": the subsection's first paragraph run in with it
            const deeperStart = restated + leadingSkip(text, restated) + inner.length;
            const deeper = readMarker(text.slice(deeperStart, Math.min(block.span.end, deeperStart + 32)));
            if (deeper && opensRunInside(inner, deeper, text, deeperStart)) unit = openNumbered(deeper, container, deeperStart, block, index);
            blockUnits.push(unit);
            return;
          }
          marker = undefined;
        }
      }
      if (marker) {
        let unit = openNumbered(marker, container, markerStart, block, index, under);
        // "I.-1. Les personnes …": part I and its point 1 open in one paragraph
        const markerEnd = markerStart + leadingSkip(text, markerStart) + marker.length;
        // "1.—(1) Parts II, III …" (a schedule's paragraph and its first subparagraph, the Irish Statute Book): past the bold's
        // close and the dash
        const dash = marker.style === 'num-dot' && (text.charCodeAt(markerEnd) === 0x2014 || text.charCodeAt(markerEnd) === 0x2a || text.charCodeAt(markerEnd) === 0x5f) ?
          /^(?:\*\*|__)?—[ \t]*(?=\()/.exec(text.slice(markerEnd, markerEnd + 8)) : null;
        const innerStart = markerEnd + (dash ? dash[0].length : 0);
        // (a bracket right after, or after one space, first: most paragraphs' words follow their marker)
        const bracketNext = text.charCodeAt(innerStart) === 0x28 || (text.charCodeAt(innerStart) === 0x20 && text.charCodeAt(innerStart + 1) === 0x28);
        const inner = marker.style === 'upper-roman-dash' || (bracketNext && (marker.style === 'num-paren' || marker.style === 'lower-paren' || dash)) ? readMarker(text.slice(innerStart, Math.min(block.span.end, innerStart + 32))) : undefined;
        if (inner && inner.style === 'num-dot' && marker.style === 'upper-roman-dash') unit = openNumbered(inner, container, innerStart, block, index);
        else if (inner && dash && inner.style === 'num-paren' && inner.value === '1') unit = openNumbered(inner, container, innerStart, block, index);
        else if (inner && opensRunInside(marker, inner, text, innerStart)) unit = openNumbered(inner, container, innerStart, block, index);
        blockUnits.push(unit);
        return;
      }
    }
    // "（一）…（二）…" then a paragraph with no marker: Chinese items end with their paragraph ("款"), and the next begins
    // …unless the items go on right after it ("(三)…", a paragraph of it, "(四)…"): then it is the last item's
    // ("一、…" "二、…" then a line with no marker: Taiwan's subparagraphs, "款", end with their paragraph, "項", the same way)
    if (block.kind === 'paragraph' && numbered.length && CJK_ITEM_STYLES.has(numbered[0].style) && container.citable && !cjkItemsGoOn(index, numbered[0].style, numbered[0].unit.number)) numbered.length = 0;
    if (!numbered.length && block.kind === 'paragraph' && container.citable && !hasWords(text, block)) {
      // "((" alone on its line (normattiva's mark opening amended text before "1. I centri …"): no words, no alinéa
      extend(container, block.span.end);
      blockUnits.push(container);
      return;
    }
    if (!numbered.length && block.kind === 'paragraph' && container.citable && container.headingDepth > 0 && labelWrittenAgain(text, block, container)) {
      // "#### Artículo 250" then "ART. 250." alone on its line (Chile's BCN): the label given again, no inciso of the article
      extend(container, block.span.end);
      blockUnits.push(container);
      return;
    }
    // (the first block after the article's heading only: its other paragraphs are not looked at again)
    // "**第二条**　この法律において…" then "**２**　…" (Japan's laws; "**②**" in older ones): the article's words before its paragraph 2
    // are its paragraph 1, which is not numbered in the text ("第二条第一項"); its items ("一　") are that paragraph's
    const secondStyle = !numbered.length && block.kind === 'paragraph' && container.kind === 'article' && index > 0 && blockUnits[index - 1] === container ?
      (nextMarkerValue(index, 'ja-paragraph') === '2' ? 'ja-paragraph' : hasKana(text, block) && nextMarkerValue(index, 'circled') === '2' ? 'circled' : undefined) : undefined;
    if (secondStyle) {
      blockUnits.push(openNumbered({ style: secondStyle, value: '1', label: '', length: 0 }, container, block.span.start, block, index));
      return;
    }
    if (!numbered.length && block.kind === 'paragraph' && container.citable) {
      // An unnumbered paragraph of an article: addressable by position, as French "alinéa 2".
      blockUnits.push(addPositional(container, 'alinea', '¶', block, block.span.start));
      return;
    }
    const point = numbered[numbered.length - 1];
    if (block.kind === 'paragraph' && point?.style === 'num-dot' && numbered[numbered.length - 2]?.style === 'upper-roman-dash') {
      // "I.-1. … / L'alinéa précédent …": the paragraphs after a point of a French part are its
      // alinéas, the point's own words being the first ("quatrième alinéa du 7 du I").
      blockUnits.push(addPositional(point.unit, 'alinea', '¶', block, block.span.start, 2));
      return;
    }
    if (block.kind === 'listItem' && !block.ordered && container.citable) {
      // A bullet: a "point" counted by position, under the paragraph that introduces it with ":".
      const lastChild = container.children[container.children.length - 1];
      const intro = !numbered.length && lastChild?.kind === 'alinea' && endsWithColon(text, lastChild.span) ? lastChild : undefined;
      const parent = numbered.length ? numbered[numbered.length - 1].unit : intro ?? container;
      blockUnits.push(addPositional(parent, 'item', '•', block, block.contentStart));
      return;
    }
    // "(a) manifestly unfounded, or" / "(b) excessive in nature, …," then "the controller may—" and "(i) charge a reasonable fee …"
    // (Irish and UK drafting): words in lower case after the last of two items or more that ends with a comma close the list
    // and go with the unit that opened it, whose further items follow
    if (block.kind === 'paragraph' && numbered.length >= 1 && closesList(text, block, numbered[numbered.length - 1].unit)) numbered = numbered.slice(0, -1);
    const holder = numbered.length ? numbered[numbered.length - 1].unit : container;
    extend(holder, block.span.end);
    blockUnits.push(holder);
  });
  const fence = blocks.length ? unclosedFence(text, blocks[blocks.length - 1], lines) : undefined;
  if (fence) problems.push(fence);

  /** Whether the first article headed after the grouping heading at `index` (past other groupings' headings) numbers on from `open`. */
  function numberingGoesOnBelow(open: Unit, index: number): boolean {
    for (let i = index + 1; i < blocks.length && i <= index + NUMBERING_LOOKAHEAD_BLOCKS; i++) {
      const next = blocks[i].kind === 'heading' ? headingInfos[i] : undefined;
      if (!next) continue;
      if (BODY_GROUPINGS.has(next.kind as UnitKind) || (next.kind === 'section' && open.kind !== 'section')) continue;
      return next.kind === open.kind && next.number !== undefined && open.number !== undefined && numberFollows(open.number, next.number);
    }
    return false;
  }

  /** A unit opened by a heading, with its id (prefixed by the grouping it is in, unless citable). */
  function openHeadingUnit(kind: UnitKind, info: { number?: string; label: string; title?: string }, parent: Unit, citable: boolean, depth: number, block: Block, sameText: string): Unit {
    const unit: Unit = {
      id: '', kind, number: info.number, label: info.label, title: info.title,
      span: { start: block.span.start, end: block.span.end }, labelSpan: { start: block.span.start, end: block.span.end },
      line: lineOf(block.span.start), parent, children: [], citable, headingDepth: depth,
    };
    let groupingAncestor: Unit | undefined = parent;
    while (groupingAncestor && groupingAncestor !== root && !GROUPING_KINDS.has(groupingAncestor.kind) && !(groupingAncestor.kind === 'section' && !groupingAncestor.citable)) {
      groupingAncestor = groupingAncestor.parent;
    }
    const prefix = !citable && groupingAncestor && groupingAncestor !== root ? `${groupingAncestor.id}__` : '';
    noteNumberingRun(unit);
    assignId(unit, prefix + idPart(kind, info.number));
    noteGroupingOpened(unit, block.span.start);
    headingTexts.set(unit, sameText);
    parent.children.push(unit);
    units.push(unit);
    extend(parent, block.span.end);
    return unit;
  }

  // Children of each kind and sign counted so far, per parent (positionalCounts): counting them anew
  // for each bullet was quadratic on a list of 10,000 (issue 11).
  function countOf(parent: Unit, kind: UnitKind, sign: string): number {
    let counts = positionalCounts.get(parent);
    if (!counts) positionalCounts.set(parent, (counts = new Map()));
    const key = `${kind} ${sign}`;
    let state = counts.get(key);
    if (!state) counts.set(key, (state = { scanned: 0, count: 0 }));
    for (; state.scanned < parent.children.length; state.scanned++) {
      const child = parent.children[state.scanned];
      if (child.kind === kind && child.label.startsWith(sign)) state.count++;
    }
    return state.count;
  }

  /** A unit numbered by its position among its parent's units of the same sign (¶ paragraphs, • bullets). */
  function addPositional(parent: Unit, kind: UnitKind, sign: string, block: Block, labelEnd: number, first = 1): Unit {
    const position = countOf(parent, kind, sign) + first;
    const unit: Unit = {
      id: '', kind, number: String(position), label: `${sign}${position}`,
      span: { start: block.span.start, end: block.span.end }, labelSpan: { start: block.span.start, end: labelEnd },
      line: lineOf(block.span.start), parent, children: [], citable: false, headingDepth: 0,
    };
    assignId(unit, `${parent.id}__${idPart(kind, unit.number)}`);
    parent.children.push(unit);
    units.push(unit);
    extend(parent, block.span.end);
    return unit;
  }

  /** Whether one of the next few blocks is the Chinese item after `last` ("（四）" after "（三）"), of its style; bounded, so linear. */
  function cjkItemsGoOn(index: number, style: MarkerStyle, last: string | undefined): boolean {
    const wanted = last !== undefined && /^\d+$/.test(last) ? String(Number(last) + 1) : undefined;
    for (let i = index + 1; wanted && i < Math.min(blocks.length, index + 4); i++) {
      const next = blocks[i];
      if (next.kind === 'heading') return false;
      const found = next.kind === 'paragraph' ? readMarker(text.slice(next.span.start, Math.min(next.span.end, next.span.start + 16))) : undefined;
      if (found?.style === style) return found.value === wanted;
    }
    return false;
  }

  /** The value of the next paragraph marker of `style` before the next heading, if any. */
  function nextMarkerValue(index: number, style: MarkerStyle): string | undefined {
    // the next marker of a run stands near: a bounded look keeps a text of many markers and no headings linear
    for (let i = index + 1; i < blocks.length && i <= index + NEXT_MARKER_REACH; i++) {
      const next = blocks[i];
      if (next.kind === 'heading') return undefined;
      if (next.kind !== 'paragraph' && next.kind !== 'listItem') continue;
      const start = next.kind === 'listItem' && !next.ordered ? next.contentStart : next.span.start;
      const found = readMarker(text.slice(start, Math.min(next.span.end, start + 32)));
      if (found && found.style === style) return found.value;
    }
    return undefined;
  }

  /** `under`: the unit the marker's run is nested in whatever its style (a lone item's sub-paragraphs). */
  function openNumbered(marker: Marker, container: Unit, markerStart: number, block: Block, index: number, under?: Unit): Unit {
    let style = marker.style;
    // "(i.1)" put after "(i)" (Canada's statutes) is of the run "(i)" is of
    const value = withoutInsertion(marker.value);
    if (isLetterRun(style) && isRomanCandidate(value)) {
      const letterLevel = numbered.find((level) => level.style === style);
      const romanStyle: MarkerStyle = style === 'lower-paren' ? 'roman-paren' : 'roman-dot';
      const romanLevel = numbered.find((level) => level.style === romanStyle);
      // "(h) … (i) … (ii)": "(i)" follows the letter "h" but is the first of a roman run when the next
      // marker of its style continues it as "ii" (a letter "(i)" would be followed by "(j)", or by
      // its own clauses from "(i)"). "(h) … (ha) … (i)": a clause inserted after "(h)" is still followed by the letter "(i)".
      const followsLetter = letterLevel && ((lettersFollow(withoutInsertion(letterLevel.unit.number ?? '').replace(/^([a-z])a$/, '$1'), value) &&
        nextMarkerValue(index, style) !== romanSuccessor(value)) ||
        // "(c.1)" after "(c)" or "(c.1)": a letter put between two, whatever roman numeral its letter could be
        (value !== marker.value && withoutInsertion(letterLevel.unit.number ?? '') === value));
      if (!followsLetter && (romanLevel || value.length > 1 || value === 'i' || (letterLevel && numbered[numbered.length - 1] === letterLevel && value !== 'a'))) {
        if (romanLevel || value === 'i' || value.length > 1 || letterLevel) style = romanStyle;
      }
    }
    // "(i) … F28[(ia) … (ii)" (the Irish Statute Book): a clause inserted after the roman "(i)" is of its run, not the letter "ia"
    const insertedRoman = style === 'lower-paren' ? /^([ivxlc]+)a$/.exec(value) : null;
    if (insertedRoman && numbered[numbered.length - 1]?.style === 'roman-paren' && numbered[numbered.length - 1].unit.number === insertedRoman[1]) style = 'roman-paren';
    // "I. Para admitir …" then "II. …": the first of a roman run in capitals, not the letter I (which follows "H.");
    // "V." or "X." after "IV." or "IX."
    if (style === 'upper-dot' && /^[IVX]$/.test(marker.value)) {
      const letters = numbered.find((level) => level.style === 'upper-dot');
      const afterLetter = letters?.unit.number !== undefined && previousLetter(letters.unit.number.toLowerCase()) !== undefined &&
        String.fromCharCode(letters.unit.number.charCodeAt(0) + 1) === marker.value;
      const romanRun = numbered.some((level) => level.style === 'upper-roman-dot');
      if (!afterLetter && (romanRun || (marker.value === 'I' && nextMarkerValue(index, 'upper-roman-dot') === 'II'))) style = 'upper-roman-dot';
    }
    style = deeperUsLevel(style, marker.value, index);
    const listDepth = block.kind === 'listItem' && block.ordered ? block.depth : 0;
    // An ordered list nested in a numbered list item is a level below it, whatever its numbers:
    // markdown has only "1." and "1)", so converters (pandoc, HTML to markdown) write the "(a)"
    // and "(i)" of a paragraph as a nested "1.", "2." list. Its items are counted by position.
    const enclosing = listDepth > 1 ? lastIndexWhere(numbered, (level) => level.listDepth > 0 && level.listDepth < listDepth) : -1;
    // "§ 2º" after the items of "§ 1º" or of the article's head: always a paragraph of the article itself
    const underLevel = under ? numbered.findIndex((level) => level.unit === under) : -1;
    if (underLevel >= 0) {
      numbered = numbered.slice(0, underLevel + 1);
    } else if (style === 'paragraph-sign' || style === 'num-sup' || style === 'ja-paragraph') {
      numbered = [];
    } else if (enclosing >= 0) {
      numbered = numbered.slice(0, enclosing + 1);
    } else {
      const existing = numbered.findIndex((level) => level.style === style);
      if (existing >= 0) numbered = numbered.slice(0, existing);
      // "(2)" after an opening paragraph with no marker and its items "(i)" to "(iv)" (India Code as converted: the "(1)" went
      // with the section's label into the heading): the section's second sub-section, not a part of its last item
      else if (style === 'num-paren' && marker.value === '2' && container.citable && container.children.find((child) => child.headingDepth === 0)?.kind === 'alinea') numbered = [];
    }
    const parent = numbered.length ? numbered[numbered.length - 1].unit : container;
    const nestedLevel = enclosing >= 0 ? numbered.filter((level) => level.listDepth > 0).length : 0;
    const kind = nestedLevel ? (nestedLevel === 1 ? 'subparagraph' : 'item') : numberedKind(style, parent, container, numbered[numbered.length - 1]?.style);
    const labelSpan = { start: markerStart, end: markerStart + marker.length + (block.kind === 'listItem' && !block.ordered ? 0 : leadingSkip(text, markerStart)) };
    const unit: Unit = {
      id: '', kind, number: style.startsWith('upper') ? marker.value : marker.value.toLowerCase(),
      // (the number the list writes where it is kept, "10." after "5.", else the one the renderer shows)
      label: block.ordered && block.listNumber !== undefined ? `${/^[1-9]\d*$/.test(marker.value) ? marker.value : block.listNumber}${marker.label.slice(-1)}` : signUntagged(marker.label),
      span: { start: block.span.start, end: block.span.end }, labelSpan,
      line: lineOf(block.span.start), parent, children: [], citable: false, headingDepth: 0,
    };
    if (nestedLevel) unit.listLevel = nestedLevel;
    const base = parent === root ? '' : `${parent.id}__`;
    // "a. … b. …" then "a. …" again at the top level of a text whose headings a converter lost: a new run, no duplicate
    if (parent === root) noteNumberingRun(unit);
    assignId(unit, base + idPart(kind, unit.number));
    parent.children.push(unit);
    units.push(unit);
    numbered.push({ style, unit, listDepth });
    extend(parent, block.span.end);
    return unit;
  }

  /**
   * The US Code nests "(a) (1) (A) (i) (I) (aa) (AA)". "(I)" is a subclause, not the letter after
   * "(H)", when it stands under a clause "(iii)" or beside another subclause, unless the letters
   * go on ("(J)" next); "(aa)" is an item below them, except right after "(a)" (India's inserted
   * "(aa)", like "(ha)"). Only I, V and X are read as roman: "(C)" and "(D)" stay letters.
   */
  function deeperUsLevel(style: MarkerStyle, value: string, index: number): MarkerStyle {
    const top = numbered[numbered.length - 1];
    if (style === 'lower-paren' && /^([a-z])\1$/.test(value) && !isRomanCandidate(value)) {
      return value === 'aa' && top?.style === 'lower-paren' && top.unit.number === 'a' ? style : 'lower-double-paren';
    }
    if (style !== 'upper-paren') return style;
    if (/^([A-Z])\1$/.test(value) && !/^[IVX]+$/.test(value)) return 'upper-double-paren';
    if (!/^[IVX]+$/.test(value)) return style;
    const letters = numbered.find((level) => level.style === 'upper-paren');
    const nextLetter = value.length === 1 ? String.fromCharCode(value.charCodeAt(0) + 1) : undefined;
    const lettersGoOn = letters !== undefined && letters.unit.number === previousUpper(value) && (top === letters || (nextLetter !== undefined && nextMarkerValue(index, 'upper-paren') === nextLetter));
    if (lettersGoOn) return style;
    // "(a) Right to opt out. (I) A CONSUMER …" then "(A) TARGETED ADVERTISING;" (Colorado's statutes nest "(1) (a) (I) (A)"): a first
    // "(I)" right under a small letter, no capital letter open, opens roman numerals above the capital letters
    if (value === 'I' && !letters && top?.style === 'lower-paren') return 'upper-roman-paren';
    return numbered.some((level) => level.style === 'upper-roman-paren') || top?.style === 'roman-paren' ? 'upper-roman-paren' : style;
  }

  function numberedKind(style: MarkerStyle, parent: Unit, container: Unit, parentStyle: MarkerStyle | undefined): UnitKind {
    switch (style) {
      case 'num-dot':
        // "(1) … 1. … 2.": the numbers inside a numbered paragraph are its items (German "Nummer"),
        // never paragraphs of their own, so that "Absatz 1" is not read as "Nummer 1".
        // ("① … 1. …": the numbered items of a paragraph numbered by a circled digit, Korean "호")
        // ("§ 7 … erhöht sich um die Zeit, die" then "1.  ein Ruhestandsbeamter …": a German section's points, "Satz 1 Nr. 1")
        if (options.koreanItems && (parentStyle === 'circled' || parent === container)) return 'subparagraph';
        return parentStyle === 'num-paren' || parentStyle === 'circled' || options.dottedNumbersArePoints ? 'item' : parentStyle === 'cjk-paren' ? 'clause' : 'paragraph';
      case 'num-paren':
        // "(1)" in a schedule's paragraph "##### 1": its sub-paragraphs
        return parent === container && parent.kind === 'paragraph' && parent.headingDepth > 0 ? 'subparagraph' : 'paragraph';
      case 'num-dash': case 'paragraph-sign': case 'num-sup': case 'circled':
        return 'paragraph';
      case 'decimal-sub':
        return 'subparagraph';
      case 'upper-roman-dash':
        // "§ 1º … I - …": a Brazilian paragraph's items ("incisos"); alone under an article, its parts (French "I. -")
        return parentStyle === 'paragraph-sign' ? 'subparagraph' : 'paragraph';
      case 'num-close':
        // ("가. … 1) …" (Korea's laws): a sub-item's points, which no citation names by a unit noun)
        if (options.koreanItems && (parentStyle === 'ko-subitem' || parent.kind === 'item')) return 'clause';
        // "1. … 1) … а)": the points of a numbered paragraph (Russian "подпункт"); alone under an article, its paragraphs
        return parent.kind === 'paragraph' || parent.kind === 'alinea' ? 'subparagraph' : parent.kind === 'subparagraph' ? 'item' : 'paragraph';
      case 'degree':
        // "1°", "2°": the points of a paragraph (Dutch "onder 1°", French "au 1°"), never its paragraphs ("lid").
        return parent.kind === 'paragraph' || parent.kind === 'alinea' ? 'item' : 'paragraph';
      case 'lower-paren': case 'lower-dot': case 'arabic-letter':
        return parent === container && container.kind === 'section' && container.citable && style === 'lower-paren' ? 'subsection' : 'subparagraph';
      case 'upper-paren': case 'upper-dot':
        return hasAncestor(parent, 'subparagraph') ? 'clause' : 'subparagraph';
      case 'upper-roman-dot':
        // Mexico's "fracciones" of an article ("fracción II"); inside a paragraph, its parts
        return parent === container ? 'paragraph' : 'subparagraph';
      case 'roman-paren': case 'roman-dot':
        return container.kind === 'section' ? 'clause' : 'item';
      case 'quoted-num':
        return 'item';
      case 'upper-roman-paren': case 'lower-double-paren': case 'upper-double-paren': case 'cjk-paren':
        // ("一、" then "（一）": the items, "目", of a Taiwanese subparagraph, "款")
        return 'item';
      case 'cjk-comma': case 'ja-item':
        return 'subparagraph';
      case 'ja-paragraph':
        return 'paragraph';
      case 'ja-subitem': case 'ko-subitem':
        return 'item';
    }
  }

  if (root.children.length) root.span.end = text.length;
  // "#### Section 1 : …" with its articles, then "#### Section 1 : …" again over nothing but headings (Légifrance's codes keep
  // the headings of earlier versions): a heading over no text is no drafter's second unit
  const overNothing = new Set(headingDuplicates.filter(({ unit, previous }) => emptyHeading(text, unit) || emptyHeading(text, previous)).map(({ problem }) => problem));
  if (overNothing.size) {
    let kept = 0;
    for (const problem of problems) if (!overNothing.has(problem)) problems[kept++] = problem;
    problems.length = kept;
  }
  return { root, units, blockUnits, title, gaps };
}

/**
 * Whether a grouping's heading (a chapter, a title, or a unit that holds headings of its own) holds nothing but headings
 * (and blank lines) under it. An article is never taken for empty: its whole text may stand in its heading ("##### Art.
 * 6° - Texto."), and a label run into its text ("Artículo 23.- La Cámara …") has its text on its own line.
 */
function emptyHeading(text: string, unit: Unit): boolean {
  // (a section that groups articles and holds none: "Section 2 : Dotation …", a French code's, kept from an earlier version;
  // never a section that is the citable unit, "§ 1. …", whose whole text may stand in its heading)
  if (!GROUPING_KINDS.has(unit.kind) && !unit.children.some((child) => child.headingDepth > 0) && !(unit.kind === 'section' && !unit.citable && unit.children.length === 0)) return false;
  const markdownHeading = /^[ \t]{0,3}#/.test(text.slice(text.lastIndexOf('\n', unit.labelSpan.start - 1) + 1, unit.labelSpan.start + 1));
  const lineEnd = text.indexOf('\n', unit.labelSpan.end);
  if (lineEnd < 0 || lineEnd >= unit.span.end) return true;
  // "Section 2 : Dotation …" on a plain line (a converter's headings without "#"), the next heading right after it: nothing
  // under it but blank lines
  return !(markdownHeading ? /\n[ \t]*[^#\s]/ : /\S/).test(text.slice(lineEnd, unit.span.end));
}

/**
 * Words of an amendment note, in the languages read: "Artículo sustituido por …", "(*) Párrafo modificado
 * por …", "عُدلت هذه المادة بموجب …", "amended by", "remplacé par", "geändert durch", "изложена в новой редакции", "(Redação dada pela Emenda Constitucional nº 18, de 1998)".
 */
// "FE DE ERRATAS … DICE:" and "DEBE DECIR:" (an erratum: the text as first printed, then as it should read)
const AMENDMENT_NOTE = /(?:debe\s+decir|fe\s+de\s+erratas|sustituid[oa]|modificad[oa]|reemplazad[oa]|derogad[oa]|amended\s+by|substituted\s+by|replaced\s+by|remplac[ée]e?\s+par|modifi[ée]e?\s+par|ge[äa]ndert\s+durch|ersetzt\s+durch|gewijzigd\s+bij|vervangen\s+bij|ع[ُ]?دلت|تعديلات|تم\s+تعديل|изложен[аоы]?\s+в\s+(?:новой|следующей)\s+редакции|в\s+редакции|reda[çc][ãa]o\s+dada|inclu[íi]d[oa]\s+pel[oa]|revogad[oa]\s+pel[oa]|renumerad[oa])/iu;
/** How far before a repeated label, and after it, an amendment note is looked for. */
const NOTE_REACH_BEFORE = 600;
const NOTE_REACH_AFTER = 160;

/** Whether the unit at `label` follows (or opens with) a note of an amendment, or its label opens a quoted amended text. */
function givenAgainAsAmended(text: string, label: Span): boolean {
  // the quote before the label, or just before it where the label's span begins after it ("«Artículo 64.")
  if (/^[*_\s]*[“"«]/.test(text.slice(label.start, label.start + 8)) || /[“"«][*_]*$/.test(text.slice(Math.max(0, label.start - 3), label.start))) return true;
  return AMENDMENT_NOTE.test(text.slice(Math.max(0, label.start - NOTE_REACH_BEFORE), Math.min(text.length, label.end + NOTE_REACH_AFTER)));
}

function lastIndexWhere<T>(list: readonly T[], test: (item: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i])) return i;
  return -1;
}

/** How far below a grouping heading its first article is looked for (a title line, a section's heading, a note between). */
const NUMBERING_LOOKAHEAD_BLOCKS = 6;

/** Whether `next` is the number right after `previous` ("546" then "547"; "1er" then "2"). */
function numberFollows(previous: string, next: string): boolean {
  const a = normaliseNumber(previous);
  const b = normaliseNumber(next);
  return /^\d+$/.test(a) && /^\d+$/.test(b) && Number(b) === Number(a) + 1;
}

/** The groupings of a text's body, which its schedules and annexes follow. */
const BODY_GROUPINGS = new Set<UnitKind>(['book', 'part', 'title', 'chapter', 'division']);

/** Groupings that hold what follows them even when a converter wrote both at one heading level. */
// ("## SCHEDULE 1" then "## Part 1 — Contracts", legislation.gov.uk as legalize-uk gives it: the schedule's parts; an annex alike)
const FLATTENED_GROUPINGS = new Set<UnitKind>(['book', 'part', 'title', 'chapter', 'division', 'section', 'schedule', 'annex']);

/**
 * The depth of an annex a line announcing its article opens: above the plain run-in labels of its articles and the plain lines
 * naming its own annexes ("Allegato" after the agreement's articles, legalBlocks.ts), which it holds.
 */
const ANNOUNCED_INSTRUMENT_DEPTH = 1;

/**
 * Closes the open headings a new heading ends. Deeper ones always; at the same level, only those
 * from the open unit of the same kind inward: converters often write every level at one depth
 * ("### CHAPTER II", "###SECTION 1", "###TITLE 1", "### Article 2"), and a reader still sees
 * the article inside the title, the title inside the section and the section inside the chapter.
 */
function closeHeadings(stack: Unit[], depth: number, kind: UnitKind, citable: boolean): void {
  while (stack.length && stack[stack.length - 1].headingDepth > depth) stack.pop();
  // "## PART VIII. General." then "## **SCHEDULES.** FIRST SCHEDULE." (both at one level): the schedules follow the body's
  // groupings and are none of theirs (a part written after a schedule is the schedule's: FLATTENED_GROUPINGS)
  if ((kind === 'schedule' || kind === 'annex') && !stack.some((open) => open.kind === 'schedule' || open.kind === 'annex')) {
    while (stack.length && stack[stack.length - 1].headingDepth === depth && BODY_GROUPINGS.has(stack[stack.length - 1].kind)) stack.pop();
  }
  let sameKind = -1;
  const rank = GROUPING_RANK[kind];
  for (let i = stack.length - 1; i >= 0 && stack[i].headingDepth === depth; i--) {
    // "Vierde afdeling" closes the open afdeling of this book, never one before "Tweede Boek".
    if (rank !== undefined && (GROUPING_RANK[stack[i].kind] ?? 0) > rank) break;
    if (stack[i].kind === kind || (citable && stack[i].citable)) sameKind = i;
  }
  if (sameKind >= 0) {
    stack.length = sameKind;
    return;
  }
  while (stack.length && stack[stack.length - 1].headingDepth === depth &&
    (stack[stack.length - 1].citable || !FLATTENED_GROUPINGS.has(stack[stack.length - 1].kind) ||
      (rank !== undefined && (GROUPING_RANK[stack[stack.length - 1].kind] ?? rank) < rank))) stack.pop();
}

/**
 * A book (Boek, Livre, Buch, Libro) holds every other grouping in the codes that have books, and a
 * book written at the depth of an afdeling closes it. The order of the rest differs from one system
 * to another (a title holds afdelingen in the Dutch Sv, a section holds titles in the Budapest
 * Convention), so it is not ranked.
 */
const GROUPING_RANK: Partial<Record<UnitKind, number>> = { book: 2, title: 1, chapter: 1, division: 1 };

/** The last heading unit directly under `parent` (numbered paragraphs are skipped). */
function lastHeadingChild(parent: Unit): Unit | undefined {
  for (let i = parent.children.length - 1; i >= 0; i--) if (parent.children[i].headingDepth > 0) return parent.children[i];
  return undefined;
}

const ROMAN_NEXT: Record<string, string> = { i: 'ii', v: 'vi', x: 'xi', l: 'li', c: 'ci' };

/** The capital before a one-letter value ("H" for "I"). */
function previousUpper(value: string): string | undefined {
  return value.length === 1 && value > 'A' ? String.fromCharCode(value.charCodeAt(0) - 1) : undefined;
}

function romanSuccessor(value: string): string | undefined {
  return ROMAN_NEXT[value];
}

function hasAncestor(unit: Unit | undefined, kind: UnitKind): boolean {
  for (let current = unit; current; current = current.parent) if (current.kind === kind) return true;
  return false;
}

/** "§ 1<sup><span class="underline">o</span></sup>" (pandoc) is shown as the law prints it: "§ 1º". */
function signUntagged(label: string): string {
  return label.includes('<') ? label.replace(/(?:<[a-z][^<>]{0,40}>){1,3}[oº°ª](?:<\/[a-z]{1,6}>){1,3}/, 'º') : label;
}

/** A block wholly in bold, of a few words with no stop at its end: "**a) Im allgemeinen**", "**I. Umfang**". */
const OUTLINE_TITLE = /^[ \t]*(\*\*|__)(?![ \t])[^*_\n]{2,80}[^*_\n.;:,](\*\*|__)[ \t]*$/;

/** "(cb) one director …": two letters in brackets, the second not "a" (readMarker reads "(ca)", never "(ab)"). */
const TWO_LETTERS = /^\(([a-z])([b-z])\)[ \t]/;

/**
 * "(cb)" right after "(ca)" (India's Acts letter the clauses an amendment put after "(c)" as "(ca)", "(cb)", …, and after
 * "(z)" as "(za)", "(zb)", …): a marker only where the clause lettered just before it is open at some level.
 */
function insertedLetterMarker(text: string, start: number, end: number, levels: readonly NumberedLevel[]): Marker | undefined {
  const at = start + leadingSkip(text, start);
  const letters = TWO_LETTERS.exec(text.slice(at, Math.min(end, at + 6)));
  if (!letters) return undefined;
  const before = letters[1] + String.fromCharCode(letters[2].charCodeAt(0) - 1);
  if (!levels.some((level) => level.style === 'lower-paren' && level.unit.number === before)) return undefined;
  const label = `(${letters[1]}${letters[2]})`;
  return { style: 'lower-paren', value: letters[1] + letters[2], label, length: label.length };
}

/**
 * A heading over notes, not over the law: "Footnotes", "Endnotes", "Editorial notes", "Amendments (Textual)", "Fußnoten",
 * "Notes de bas de page", "Notas". Markup and a closing colon aside.
 */
export const NOTES_HEADING = /^[*_ ]*(?:(?:foot|end|editorial |explanatory |amendment |marginal |textual |statutory |historical (?:and revision )?)?notes?(?: and related subsidiaries)?|(?:textual )?amendments \(textual\)|annotations|fu(?:ß|ss)noten|anmerkungen|notes de bas de page|notas(?: de rodap[ée]| al pie(?: de p[áa]gina)?)?|voetnoten)[*_ ]*:?[*_ ]*$/i;

/**
 * A section's label and title given again where its text starts: "21. Local Boards.--", "^1[4C. Related party transactions.(1)",
 * "^1\n[69. Power to issue directions … through any computer resource.--" (the title on more lines than one).
 */
const RESTATED_LABEL = /^(?:\^\d{1,3}\s?)?\[?(\d{1,4}[A-Za-z]{0,3})\.[ \t]+[A-Z][^]{0,200}?\.[ \t]*(?:-{2,3}|[—―–]|(?=\(1\)))[ \t]*/;

/**
 * Where the text after a section's label and title given again at the start of its text ends ("21. Local Boards.--" in
 * section 21), or undefined: the label must be the section's own number, the first of its text.
 */
function restatedLabelEnd(text: string, markerStart: number, block: Block, container: Unit, blocks: Block[], index: number): number | undefined {
  if (!container.citable || container.kind !== 'section' || container.headingDepth === 0 || container.number === undefined || container.children.length > 0) return undefined;
  const first = text.charCodeAt(markerStart);
  if (first !== 0x5e /* ^ */ && first !== 0x5b /* [ */ && first !== 0x2a /* * */ && first !== 0x46 /* F */ && (first < 0x30 || first > 0x39)) return undefined;
  const head = text.slice(markerStart, Math.min(block.span.end, markerStart + 260));
  const own = container.number.toLowerCase();
  const label = RESTATED_LABEL.exec(head);
  if (label) return label[1].toLowerCase() === own ? markerStart + label[0].length : undefined;
  // "##### 12. **Abandonment of public roads.**" then "12.—(1)Save as …", "**22.** (1) The Minister …", "**2.**—Every person …"
  // (the Irish Statute Book as legalize-ie gives it): the number alone given again, set apart by bold, a dash or a subsection
  const number = RESTATED_NUMBER.exec(head);
  if (!number || number[1].toLowerCase() !== own || !(number[0].includes('*') || number[0].includes('_') || /[-–—―]/.test(number[0]) || /^F?\d{0,4}\[?\(/.test(head.slice(number[0].length)))) return undefined;
  // (a list of the section's paragraphs "1." "2." … in bold is no label given again: the next number opens a block after it)
  return numberOpensLater(text, blocks, index, own) ? undefined : markerStart + number[0].length;
}

/**
 * Whether the paragraph `block`, with no marker, closes the list whose last item is `last`: it opens with a small letter, and
 * `last` is the second item or later of a bracketed list ("(b)", "(ii)") whose own words end with a comma, perhaps "or" or "and"
 * after it ("(b) excessive in nature, …," then "the controller may—").
 */
function closesList(text: string, block: Block, last: Unit): boolean {
  if (!/^\p{Ll}/u.test(text.slice(block.span.start, block.span.start + 1)) || !/^\(/.test(last.label.trim())) return false;
  const siblings = last.parent?.children ?? [];
  if (siblings.indexOf(last) < 1 || last.children.length > 0) return false;
  const words = text.slice(Math.max(last.span.start, last.span.end - 40), last.span.end).trimEnd();
  return /,(?:[ \t]+(?:or|and))?$/.test(words);
}

/**
 * Whether `inner`, written right after `outer` at a block's start, opens the first item of a list inside it: "(3)(a)A road
 * authority may …" then "(b)A road authority shall not …" (Irish and UK Acts): subsection (3) and its paragraph (a) open in one
 * block. Only a run's first item, of a deeper style, glued to the outer marker or opening a sentence ("(2) (a) and (b) apply" is
 * a citation's words).
 */
function opensRunInside(outer: Marker, inner: Marker, text: string, innerStart: number): boolean {
  if (inner.style === outer.style) return false;
  // "54.—(1)F53[(a)An authorised bookmaker …": an amendment's note mark and its bracket between the two
  const mark = text.charCodeAt(innerStart) === 0x46 /* F */ ? /^F\d{1,4}\[(?=\()/.exec(text.slice(innerStart, innerStart + 8)) : null;
  if (mark) innerStart += mark[0].length;
  // "(1) (*a*) Subject to …": a space between, then the item's sentence opens with a capital
  if (text.charCodeAt(innerStart) !== 0x28 /* ( */ && !/^[ \t]\S*\([^()]{1,6}\)\S*[ \t]+\p{Lu}/u.test(text.slice(innerStart, innerStart + 24))) return false;
  if (outer.style === 'num-paren') return (inner.style === 'lower-paren' && inner.value === 'a') || (inner.style === 'roman-paren' && inner.value === 'i');
  return outer.style === 'lower-paren' && inner.style === 'roman-paren' && inner.value === 'i';
}

/** The section's number alone at the start of its text, in bold or not, maybe inside amended text's bracket: "**F16[117A.**", "12.—", "**27**. ". */
const RESTATED_NUMBER = /^(?:\*\*|__)?(?:F\d{1,4}\[)?(\d{1,4}[A-Za-z]{0,3})\.?(?:\*\*|__)?\.?(?:[ \t]*(?:-{1,3}|[—―–])[ \t]*|[ \t]*)(?:F\d{1,4}(?=\[))?/;

/** Whether a block after `index`, before the next heading, opens with the number after `number` ("2." after "1."): a list of paragraphs. */
function numberOpensLater(text: string, blocks: Block[], index: number, number: string): boolean {
  if (!/^\d+$/.test(number)) return false;
  const next = `${Number(number) + 1}.`;
  for (let k = index + 1; k < blocks.length && k <= index + NEXT_MARKER_REACH && blocks[k].kind !== 'heading'; k++) {
    const start = blocks[k].span.start;
    const opening = text.slice(start, Math.min(blocks[k].span.end, start + next.length + 4)).replace(/^(?:\*\*|__)/, '');
    if (opening.startsWith(next)) return true;
  }
  return false;
}

/**
 * A code fence never closed, over headings: markdown reads the rest of the document as code ("`````````````````" a converter
 * left after a section, India Code as converted), where no unit is read. A warning on the fence that says what it swallows.
 */
function unclosedFence(text: string, last: Block, lines: LineIndex): Problem | undefined {
  if (last.kind !== 'code') return undefined;
  const body = text.slice(last.span.start, last.span.end);
  const opening = /^[ \t]*(`{3,}|~{3,})/.exec(body);
  if (!opening) return undefined;
  const trimmed = body.replace(/\s+$/, '');
  const lastLine = trimmed.slice(trimmed.lastIndexOf('\n') + 1);
  const closing = trimmed.includes('\n') ? /^[ \t]*(`{3,}|~{3,})[ \t]*$/.exec(lastLine) : null;
  if (closing && closing[1][0] === opening[1][0] && closing[1].length >= opening[1].length) return undefined;
  const heading = /\n[ \t]{0,3}(#{1,6}[ \t]+[^\n]{1,80})/.exec(body);
  if (!heading) return undefined;
  const openingLine = lines.lineAround(last.span.start);
  const swallowed = lines.position(last.span.end).line - lines.position(last.span.start).line;
  return {
    code: UNCLOSED_FENCE, severity: 'warning', span: { start: openingLine.start, end: openingLine.end },
    message: `This code fence is never closed: the ${swallowed} lines after it, with headings such as "${heading[1].trim()}", are read as code, not as text of the document. Close the fence or remove it.`,
  };
}

/** The code of the warning on a fence never closed (resolve.ts says why a unit after it is not found). */
export const UNCLOSED_FENCE = 'unclosed-code-fence';

/** A footnote's mark ("^2", "F5"), or the bracket that opens amended text after it: "[(4) …", "^1[(1)] Subject to …", "F5[(1A)A …". */
const AMENDED_TEXT_OPENS = /\^\d{1,3}(?=[\s[])|F\d{1,4}(?=\[\()|\[(?=\([\dA-Za-z]{1,4}\)\]?[\sA-Z]|\(([*_]{1,2})[\dA-Za-z]{1,4}\1\)[\sA-Z])/y;

/** Marker labels exclude leading whitespace; this counts the whitespace the marker follows. */
function leadingSkip(text: string, start: number): number {
  let skip = 0;
  // "####### (g)": the hashes of a level deeper than markdown's headings (readMarker skips them too)
  for (;;) {
    while (start + skip < text.length && (text[start + skip] === ' ' || text[start + skip] === '*' || text[start + skip] === '_' || text[start + skip] === '#')) skip++;
    // "((01. …" (normattiva's parentheses around inserted text; readMarker skips them too)
    if (text[start + skip] === '(' && text[start + skip + 1] === '(' && /\d/.test(text[start + skip + 2] ?? '')) skip += 2;
    // "^2\n[(4) Nothing …" (India Code: a footnote's mark, the bracket around amended text; readMarker skips them too)
    AMENDED_TEXT_OPENS.lastIndex = start + skip;
    // ("F5[(1A) A person …": the Irish Statute Book's mark of an amendment's note, then its bracket)
    const amended = text[start + skip] === '^' || text[start + skip] === '[' || text[start + skip] === 'F' ? AMENDED_TEXT_OPENS.exec(text) : null;
    if (amended) {
      skip += amended[0].length;
      continue;
    }
    // '<a id="p-1"></a>1. …': a converter's empty anchor (readMarker skips it too)
    const anchor = text[start + skip] === '<' ? /^<a\s[^<>]{0,40}><\/a>/.exec(text.slice(start + skip, start + skip + 64)) : null;
    if (!anchor) return skip;
    skip += anchor[0].length;
  }
}

/** Whether the text of `span` ends in a colon, spaces aside: a backwards scan, not a regex run from every colon of a long paragraph. */
function endsWithColon(text: string, span: Span): boolean {
  let end = span.end;
  while (end > span.start && /\s/.test(text[end - 1])) end--;
  return end > span.start && (text[end - 1] === ':' || text[end - 1] === '：');
}

/**
 * The number the next raised paragraph number of an article must have: 1, or the one after its last numbered paragraph. A
 * PDF's converter raises other numbers too ("<sup>4</sup> Stunden pro Tag …", a wrapped line after paragraph 2).
 */
/** A paragraph's bare number, a space and a capital: "1 Bundesorgane …", "1bis Bundesorgane …" (the value "1bis"). */
const BARE_PARAGRAPH_NUMBER = /^(\d{1,2})(bis|ter|quater|quinquies|sexies|septies|octies|nonies|decies)?[ \t]+(?=\p{Lu})/u;
const INSERTED_AFTER = ['', 'bis', 'ter', 'quater', 'quinquies', 'sexies', 'septies', 'octies', 'nonies', 'decies'];

/**
 * The bare number opening a paragraph of `article` as a raised paragraph number whose superscript a converter lost, when it
 * goes on the article's count: the next number, or one inserted after the last ("1bis" after "1", "1ter" after "1bis"). The
 * first, "1", only where a later paragraph of the article goes on with "1bis" or "2" ("1 January …" opens no count alone).
 */
function lostRaisedNumber(text: string, block: Block, article: Unit, blocks: readonly Block[], index: number): Marker | undefined {
  const code = text.charCodeAt(block.span.start);
  if (code < 48 || code > 57) return undefined;
  const bare = BARE_PARAGRAPH_NUMBER.exec(text.slice(block.span.start, Math.min(block.span.end, block.span.start + 24)));
  if (!bare) return undefined;
  const value = bare[1] + (bare[2] ?? '');
  const last = [...article.children].reverse().find((child) => child.kind === 'paragraph' && child.headingDepth === 0 && child.number !== undefined);
  const lastParts = last ? /^(\d+)([a-z]*)$/.exec(last.number!) : null;
  const goesOn = last
    ? !!lastParts && ((bare[1] === String(Number(lastParts[1]) + 1) && !bare[2]) ||
      (bare[1] === lastParts[1] && INSERTED_AFTER.indexOf(bare[2] ?? '') === INSERTED_AFTER.indexOf(lastParts[2]) + 1))
    : value === '1' && countGoesOnBelow(text, blocks, index);
  if (!goesOn) return undefined;
  // "1. … 2. … 3. … 4 Verificar …" (a number whose full stop the copy lost, among numbers with theirs): the next of their kind
  const written = last ? WRITTEN_STYLE.find(({ pattern }) => pattern.test(last.label.trim())) : undefined;
  return { style: written?.style ?? 'num-sup', value, label: value, length: bare[0].length };
}

/** How the numbers before a bare one were written: "3.", "3)", "(3)". */
const WRITTEN_STYLE: Array<{ style: MarkerStyle; pattern: RegExp }> = [
  { style: 'num-dot', pattern: /^\d+[a-z]*\.$/ }, { style: 'num-close', pattern: /^\d+[a-z]*\)$/ }, { style: 'num-paren', pattern: /^\(\d+[a-z]*\)$/ },
];

/** Whether a paragraph after `index`, before the next heading and within a few, opens with "2 " or "1bis ". */
function countGoesOnBelow(text: string, blocks: readonly Block[], index: number): boolean {
  for (let k = index + 1; k < blocks.length && k <= index + 12 && blocks[k].kind !== 'heading'; k++) {
    const next = /^(?:2|1bis)[ \t]+\p{Lu}/u.test(text.slice(blocks[k].span.start, Math.min(blocks[k].span.end, blocks[k].span.start + 12)));
    if (next) return true;
  }
  return false;
}

function nextRaisedNumber(article: Unit): string {
  for (let k = article.children.length - 1; k >= 0; k--) {
    const child = article.children[k];
    if (child.kind === 'paragraph' && child.headingDepth === 0 && child.number !== undefined && /^\d+$/.test(child.number)) return String(Number(child.number) + 1);
  }
  return '1';
}

/** Whether a short paragraph opening `unit` is only its label written again ("ART. 250." under "#### Artículo 250"). */
function labelWrittenAgain(text: string, block: Block, unit: Unit): boolean {
  if (block.span.end - block.span.start > 40 || unit.children.some((child) => child.headingDepth === 0)) return false;
  const again = readHeading(text.slice(block.span.start, block.span.end));
  return !!again && again.kind === unit.kind && again.number === unit.number && !again.title;
}
