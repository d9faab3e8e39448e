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
import type { Block, BlockKind } from './blocks';
import { trimSpan } from './blocks';
import { ANNOUNCING_LINE, NOTE_MARK_PATTERN, OPENING_QUOTES, isStateCodeLabel, readHeading, type HeadingInfo } from './headings';
import { insertedAfter, lettersFollow, markerWindow, readMarker, withoutInsertion, type Marker, type MarkerStyle } from './markers';
import type { Span } from './model';
import { asciiDigits, romanValue } from './keywords';
import { LIST_GOES_ON, everyTable } from './references/tables';
import { unitWords } from './references/unitWords';
import { shiftBlock, type LegalReadingMemo, type TextEdit } from './legalReadingMemo';
import { articlesRunTogether, runTogetherLabelLength, type RunTogetherArticles } from './runTogetherArticles';
import { movedOffset } from './inPlaceEdit';
import { bodiesInQuotes, unquotedBodies } from './quotedBodies';
import { editorsGapMarker, provenanceHeader } from './copyGapNotes';
import { SMALL_LETTER_ENTRY } from './smallLetterTerms';

/** The open marker sequences, outermost first, as the text has opened them. */
interface OpenLevel {
  style: MarkerStyle;
  value: string;
}

/** Marker styles that may stand run-in, inside a line: only the bracketed ones are unambiguous. */
const RUN_IN_STYLES = new Set<MarkerStyle>(['num-paren', 'lower-paren', 'upper-paren']);
/** Words a "." ends without ending a sentence: "s. (2)", "No. (3)" stay citations. */
const ABBREVIATIONS = new Set(['s', 'ss', 'no', 'nos', 'nr', 'art', 'arts', 'sec', 'secs', 'para', 'paras', 'subs', 'cf', 'p', 'pp', 'ch', 'cap', 'vol', 'al', 'v', 'vs']);
/** The Statutes at Large's running head: "128 STAT. 3088 PUBLIC LAW 113–283—DEC. 18, 2014", "PUBLIC LAW 113–283—DEC. 18, 2014 128 STAT. 3087". */
const STATUTES_AT_LARGE_HEAD = new RegExp(String.raw`^[ \t*_]*(?:${everyTable('runningHead')})`);
/** A title of a provision's own illustrations, explanation, examples or proviso, in emphasis or not ("*Illustrations.*", "Explanation 2.—"). */
const INNER_NOTE_TITLE = new RegExp(String.raw`^[ \t]*[*_]{0,3}(?:${everyTable('innerNoteTitle')})(?:[ \t]+\d{1,2})?[.:]?[*_]{0,3}[.:]?[ \t]*(?:[—–-][ \t]*)?$`);
/** A heading that is a subsection's bracketed marker and title, all in bold: "**(a) Notices of maximum and actual capacity requirements**". */
const BOLD_SUBSECTION_HEADING = /^[ \t]*\*\*\((?:[a-z]{1,2}|\d{1,3}|[A-Z]{1,2}|[ivx]{1,5})\)[ \t]+\p{Lu}[^*\n]{0,160}\*\*[ \t]*$/u;
/** A section number run in with its first subsection: "8A.—(1)", "2.-(1)". */
const RUN_IN_SECTION = /^(\d{1,4}[A-Z]{0,3})\.\s?[—–-]\s?(?=\(1\)\s)/;
const ABJAD = 'أبجدهوزحطيكلمنسعفصقرشتثخذضظغ';
/** The order Japan's laws letter an item's sub-items in ("イ", "ロ", "ハ", …). */
const IROHA = 'イロハニホヘトチリヌルヲワカヨタレソツネナラム';

interface OpenHeading {
  depth: number;
  /** Opens a citable unit (article, section). */
  unit: boolean;
  /** A section read from run-in text ("**6.** (1) …"), whose depth the converter did not write. */
  runIn?: boolean;
  /**
   * A unit whose label the text runs into its first words ("6-1-1302. Legislative declaration. (1) THE GENERAL ASSEMBLY …"):
   * its heading's depth is the reading's, not the converter's, so a converter's heading of a subsection under it ("### (a) FINDS
   * THAT:") does not end it.
   */
  labelRunIn?: boolean;
}

/**
 * `memo`: the readings of a document being edited, replayed for blocks whose text did not change
 * (legalReadingMemo.ts). With a memo, the reading also keeps its trail (the state before each
 * block): when the next version differs inside one block only, the reading resumes there from the
 * state before it and, once the state after it is the one the previous version had, takes the rest
 * of the previous reading, moved (resumeFrom).
 */
export function readLegalBlocks(text: string, blocks: Block[], memo?: LegalReadingMemo): Block[] {
  let out: Block[] = [];
  /** The enclosing headings: depth and whether each opens a citable unit (article, section). */
  let headings: OpenHeading[] = [];
  let open: OpenLevel[] = [];
  let lastUnitHeading: string | undefined;
  // (a document that writes its provisions' text in blockquotes: read as their paragraphs)
  const quotedBodies = bodiesInQuotes(text, blocks);
  blocks = joinBrokenParagraphs(text, quotedBodies ? unquotedBodies(text, blocks) : blocks);
  const furniture = furnitureOf(text, blocks, memo);
  // (the converter's heading over a label the text repeats is furniture; the label takes its depth)
  const labelledAgain = headingsLabelledAgain(text, blocks);
  for (const heading of labelledAgain.values()) furniture.add(heading);
  /**
   * The number of the last section read from run-in text: the next one continues it. Inside a quotation that a paragraph opens
   * and a later one closes (an amending Act's inserted sections: '"PART IIIA' … '**14B.** The Disciplinary Committee —' …
   * 'deems fit.".'), the number before it too: the amending Act's next section continues that one ("**10.** Section 15 …").
   */
  const sections: { last?: string; quoted?: boolean; beforeQuote?: string } = {};
  /** A title line just emitted, which a section opened right after it takes (with the headings open before it). */
  let title: { index: number; headings: OpenHeading[] } | undefined;
  /** The state before each block (and after the last), kept for a document being edited. */
  let states: ReadingState[] | undefined;
  const snapshot = (): ReadingState => ({ headings: headings.slice(), open: open.slice(), lastUnitHeading, sectionLast: sections.last, sectionQuoted: sections.quoted, sectionBeforeQuote: sections.beforeQuote, title, outLength: out.length });
  const restore = (state: ReadingState) => {
    headings = state.headings.slice();
    open = state.open.slice();
    lastUnitHeading = state.lastUnitHeading;
    sections.last = state.sectionLast;
    sections.quoted = state.sectionQuoted;
    sections.beforeQuote = state.sectionBeforeQuote;
    title = state.title;
  };

  /**
   * For a titled bare "1.  This Act is …" before any section: whether the section after it opens
   * later in the marked way ("2.—(1)", "**2.**", "2. (1)"). Looked up only then, once.
   */
  let markedNumbers: Set<string> | undefined;
  const firstSectionLater = (number: string): boolean => {
    markedNumbers ??= markedSectionNumbers(text, blocks);
    const value = /^\d+/.exec(number)?.[0];
    return value !== undefined && markedNumbers.has(String(Number(value) + 1));
  };

  /** Whether the sections are titled by lines "1 Short title", "2 Interpretation" (looked up once, when such a line is met). */
  let titledRun: boolean | undefined;
  const numberedTitles = (): boolean => (titledRun ??= numberedTitleRun(text, blocks, furniture));
  /** Whether articles are opened "Предмет Чл. 1. …", a title then the label, in two paragraphs or more (looked up once, when one is met). */
  let titledLabelRun: boolean | undefined;
  const titlesBeforeLabels = (): boolean => (titledLabelRun ??= titleThenLabelRun(text, blocks, furniture));
  /** The lines "3 Supervisor of Internet Security" inside paragraphs that title sections in sequence (looked up once). */
  let titleLines: TitleLines | undefined;
  const sectionTitleLines = (): TitleLines => (titleLines ??= titleLinesInParagraphs(text, blocks, furniture));
  /** Articles run together inside paragraphs ("… fuentes. Artículo 7. Agricultura …"), each going on the numbering (looked up once). */
  let together: RunTogetherArticles | undefined;
  const runTogether = (): RunTogetherArticles => (together ??= articlesRunTogether(text, blocks, furniture, runInUnitLabel));
  // Being edited, the reading resumes at the edited block (below): what these read of the whole
  // document is then computed now, and a version where it changed is read again from the start.
  const documentFacts = (): string => {
    markedNumbers ??= markedSectionNumbers(text, blocks);
    return `${quotedBodies} ${[...markedNumbers].join(',')} ${numberedTitles()} ${sectionTitleLines().numbers.join(',')} ${titlesBeforeLabels()} ${runTogether().numbers.join(',')}`;
  };

  const insideUnit = () => headings.some((heading) => heading.unit);
  const insideWrittenUnit = () => headings.some((heading) => heading.unit && !heading.runIn);

  /** Emits the section a block opens (its title line first, when one stands before it); returns where its body starts. */
  const openSection = (found: SectionOpening, titleBefore: typeof title): number => {
    let titleBlock: Block | undefined;
    if (found.title) {
      titleBlock = { kind: 'heading', depth: 0, span: found.title, contentStart: found.title.start, titleOfNext: true };
    } else if (titleBefore && titleBefore.index === out.length - 1) {
      const previous = out.pop() as Block;
      headings.length = 0;
      headings.push(...titleBefore.headings);
      titleBlock = { kind: 'heading', depth: 0, span: previous.span, contentStart: previous.kind === 'heading' ? previous.contentStart : previous.span.start, titleOfNext: true };
    }
    const depth = sectionDepth(headings);
    if (titleBlock) out.push({ ...titleBlock, depth });
    out.push({ kind: 'heading', depth, span: found.label, contentStart: found.label.start });
    while (headings.length && headings[headings.length - 1].depth >= depth) headings.pop();
    headings.push({ depth, unit: true, runIn: true });
    lastUnitHeading = undefined;
    open = [];
    sections.last = found.number;
    if (!sections.quoted) sections.beforeQuote = undefined;
    return found.bodyStart;
  };

  /** Reads one block (of `blocks`) into `out`, moving the state on. */
  const readBlock = (block: Block): void => {
    if (furniture.has(block)) {
      out.push({ ...block, furniture: true });
      return;
    }
    let current = block.kind === 'paragraph' ? hashedHeading(text, block) ?? block : block;
    // "### Article  III" then "###Objectives" (the Dutch treaty database as statengeneraal/laws-markdown converts it): a title
    // the converter wrote with no space, which opens no unit, inside an article at its own depth is a title within the article,
    // not the end of it
    if (current !== block) {
      let unit: (typeof headings)[number] | undefined;
      for (let k = headings.length - 1; k >= 0 && !unit; k--) if (headings[k].unit) unit = headings[k];
      if (unit && unit.depth >= current.depth && !readHeading(text.slice(current.contentStart, current.span.end))) current = { ...current, depth: Math.min(6, unit.depth + 1) };
    }
    const titleBefore = title;
    title = undefined;
    // "… 2.5 Otros gastos 1 168 250 340,00\nTOTAL EGRESOS 1 170 250 340,00\n==============" (SPIJ's text of a decree, Peru): a
    // converter's rule of "=" under a table's total made CommonMark read the whole paragraph above it, articles and all, as
    // one heading (setext); a heading is no page of text
    // "2\nSubs. by Act 10 of 2009, s. 3, for sub\n-\nsection (" (India Code's PDF as converted: a word broken at its hyphen, the
    // hyphen alone on its line): CommonMark reads the lines above as a heading underlined with "-"; a reader, a broken word
    if (current.kind === 'heading' && (setextOverText(text.slice(current.contentStart, current.span.end)) || loneHyphenUnderline(text, current))) {
      current = { kind: 'paragraph', depth: 0, span: trimSpan(text, current.contentStart, current.span.end), contentStart: current.contentStart };
    }
    // "##### artículo 55 y el tribunal ante el cual actúen …", "### título II del libro II de este Código." (InfoLEG as converted:
    // a wrapped line of running text made a heading): a unit word in lower case, its number, then words in lower case
    if (current.kind === 'heading' && sentenceMadeHeading(text.slice(current.contentStart, current.span.end))) {
      current = { kind: 'paragraph', depth: 0, span: trimSpan(text, current.contentStart, current.span.end), contentStart: current.contentStart };
    }
    // "#### Pour chaque projet dépassant le seuil fixé à l'article 80 de la loi modifiée du 8 juin 1999 …, une loi spéciale fixe le
    // montant des aides à charge du fonds à ne pas dépasser." (Legilux as legalize-lu converts it: a paragraph of an article, or of
    // the text an amendment sets out, made a heading at the article's own level): a sentence is no heading, and ends no article
    if (current.kind === 'heading' && current.depth > 1 && paragraphMadeHeading(text.slice(current.contentStart, current.span.end))) {
      current = { kind: 'paragraph', depth: 0, span: trimSpan(text, current.contentStart, current.span.end), contentStart: current.contentStart };
    }
    // "## 128 STAT. 3088 PUBLIC LAW 113–283—DEC. 18, 2014" (a page's running head in the Statutes at Large, which a PDF converter
    // made a heading): no heading of the law's, and never its section 128
    if (current.kind === 'heading' && STATUTES_AT_LARGE_HEAD.test(text.slice(current.contentStart, current.span.end))) {
      current = { kind: 'paragraph', depth: 0, span: trimSpan(text, current.contentStart, current.span.end), contentStart: current.contentStart };
    }
    // "#### ○２" then "天皇は、法律の定めるところにより、…", "#### 一" then "憲法改正、法律、政令及び条約を公布すること。" (a markdown
    // of Japan's Constitution): an article's paragraph or item number made a heading of its own, under the article's; it opens
    // the paragraph or item, whose words follow
    if (current.kind === 'heading' && insideUnit() && JAPANESE_PARAGRAPH_NUMBER.test(text.slice(current.contentStart, current.span.end))) {
      const span = trimSpan(text, current.contentStart, current.span.end);
      current = { kind: 'paragraph', depth: 0, span, contentStart: span.start };
    }
    // "#### *Illustrations.*", "## Explanation." inside a section read from the text (India's acts through a PDF converter): the
    // section's own illustrations or explanation, which a converter's heading does not end
    if (current.kind === 'heading' && headings.some((heading) => heading.runIn) && INNER_NOTE_TITLE.test(text.slice(current.contentStart, current.span.end))) {
      current = { kind: 'paragraph', depth: 0, span: trimSpan(text, current.contentStart, current.span.end), contentStart: current.contentStart };
    }
    if (current.kind === 'heading') {
      const content = text.slice(current.contentStart, current.span.end);
      const info = readHeading(content);
      // "##### Article 9. § 1er. Pour les plans …" (Belgium's Justel as legalize-be gives it): the article's first paragraph run
      // in with its heading. The heading is the label; the paragraph, its items after it ("1° …") and the next "§ 2." are the
      // article's.
      const runIn = info ? paragraphRunInHeading(content, info) : undefined;
      if (runIn !== undefined) {
        step({ ...current, span: trimSpan(text, current.span.start, current.contentStart + runIn) });
        const rest = trimSpan(text, current.contentStart + runIn, current.span.end);
        step({ kind: 'paragraph', depth: 0, span: rest, contentStart: rest.start });
        return;
      }
      const marker = info ? undefined : readMarker(content);
      const subsection = !!marker && RUN_IN_STYLES.has(marker.style) && content.trimStart().startsWith(marker.label);
      // "# (2) This section does not apply to—" inside a section read from run-in text: the
      // converter's heading level says nothing of where it stands.
      const inRunIn = subsection && headings.some((heading) => heading.runIn || heading.labelRunIn);
      // "### **§ 1003. Notices …**" then "### **(a) Notices of maximum …**", "# **(2) Expansion to maximum capacity**" (the US Code
      // through a PDF converter, which set each heading's level by its type size): a subsection's marker and title in bold, at any
      // level, inside a section written as a heading, are the section's subsection, whatever level the converter gave it
      const boldSubsection = !subsection && !inRunIn && insideWrittenUnit() && BOLD_SUBSECTION_HEADING.test(content);
      const before = headings.slice();
      if (!inRunIn && !boldSubsection) while (headings.length && headings[headings.length - 1].depth >= current.depth) headings.pop();
      if (boldSubsection) {
        // (the marker and title inside the bold, as a paragraph "(a) Notices …" is read)
        const open = text.indexOf('**', current.contentStart) + 2;
        const span = trimSpan(text, open, text.lastIndexOf('**', current.span.end));
        current = { kind: 'paragraph', depth: 0, span, contentStart: span.start };
      } else if (subsection && (inRunIn || insideUnit())) {
        // "###### (a) Whoever": the subsection's marker and text, read as the paragraph it is.
        current = { kind: 'paragraph', depth: 0, span: trimSpan(text, current.contentStart, current.span.end), contentStart: current.contentStart };
      } else {
        const unit = !!info && (info.kind === 'article' || info.kind === 'section' || (info.kind === 'numbered' && current.depth > 1));
        headings.push({ depth: current.depth, unit });
        // A chunk header repeating the unit's heading continues the unit: its sequences stay open.
        if (unit && content.trim() !== lastUnitHeading) open = [];
        if (unit) lastUnitHeading = content.trim();
        out.push(current);
        if (!info) title = { index: out.length - 1, headings: before };
        return;
      }
    }
    // "      第 一 節 法例" (Taiwan's laws: a grouping's heading indented by its rank, which CommonMark reads as code from four
    // spaces on): a line of code that is a Chinese grouping's label and title alone is that heading, read as the paragraph it is
    if (current.kind === 'code' && indentedChineseGrouping(text, current)) {
      const span = trimSpan(text, current.span.start, current.span.end);
      current = { kind: 'paragraph', depth: 0, span, contentStart: span.start };
    }
    // "      第二章　差止請求、損害賠償等" then a blank line and "        第一節　通則" (e-Gov's text of Japan's laws): CommonMark runs
    // indented lines parted by blank lines into one code block; each line is a heading of its own
    if (current.kind === 'code') {
      const lines = indentedGroupingLines(text, current);
      if (lines) {
        for (const span of lines) step({ kind: 'paragraph', depth: 0, span, contentStart: span.start });
        return;
      }
    }
    if (current.kind !== 'paragraph' && current.kind !== 'listItem') {
      out.push(current);
      return;
    }
    if (current.kind === 'listItem') {
      // " 2) 건설ㆍ공급되는 …\n    다\. 재건축사업: …" (Korea's laws): a sub-item's point CommonMark read as a list item, the next
      // sub-item run into it as its lazy continuation; "2. La Investigación … podrá reiniciarse …\n\f Artículo 5 Cuestión
      // prejudicial.-": a PDF's page break left no blank line, and CommonMark ran the next article's heading into the item. The lines
      // from there on are a paragraph of their own.
      const splitAt = koreanItemLineIn(text, current) ?? headingLineInItem(text, current);
      if (splitAt !== undefined) {
        step({ ...current, span: trimSpan(text, current.span.start, splitAt) });
        const rest = trimSpan(text, splitAt, current.span.end);
        step({ kind: 'paragraph', depth: 0, span: rest, contentStart: rest.start });
        return;
      }
      // "- 6-1-1303. Definitions. AS USED IN THIS PART 13 …" (a Colorado session law through a PDF converter, which made the
      // section a bullet): a state code's section run into its text, read as the paragraph it is
      // ("- SECTION 3. In Colorado Revised Statutes, 6-1-105, add (1)(nnn) as follows:": the bill's own section, its label in capitals)
      if (!current.ordered && (STATE_CODE_SECTION_OPENS.test(text.slice(current.contentStart, current.contentStart + 24)) ||
        (CAPITALS_LABEL_OPENS.test(text.slice(current.contentStart, current.contentStart + 24)) && sectionInCapitals(text.slice(current.contentStart, current.contentStart + 24)) &&
          runInUnitLabel(text.slice(current.contentStart, Math.min(current.span.end, current.contentStart + RUN_IN_LABEL_REACH))) !== undefined))) {
        const paragraph = trimSpan(text, current.contentStart, current.span.end);
        step({ kind: 'paragraph', depth: 0, span: paragraph, contentStart: paragraph.start });
        return;
      }
      // ("- **7.** A Data Fiduciary may process …", "- 23. (1) The Board shall …" after "**6.** (*1*) …": a PDF converter made the
      // indented section a bullet; its number, going on from the sections read before it, is the section's, as in a paragraph)
      const bulleted = !current.ordered && sections.last !== undefined ? { ...current, span: { start: current.contentStart, end: current.span.end } } : undefined;
      const found = (current.ordered || bulleted) && !insideWrittenUnit() ? nextSection(bulleted ?? current, !!titleBefore && titleBefore.index === out.length - 1) : undefined;
      if (found) {
        // "10. (1) Any information …": a section number CommonMark read as an ordered list.
        const start = openSection(found, titleBefore);
        const body = trimSpan(text, start, current.span.end);
        if (body.end > body.start) provisions(text, { kind: 'paragraph', depth: 0, span: body, contentStart: body.start }, open, out, memo);
        return;
      }
      provisions(text, current, open, out, memo);
      return;
    }
    let pieceTitle = titleBefore;
    for (const piece of paragraphPieces(text, current, insideUnit(), memo, numberedTitles, sectionTitleLines, titlesBeforeLabels, runTogether)) {
      const titleHere = pieceTitle;
      pieceTitle = undefined;
      if (piece.kind === 'heading') {
        const unit = piece.depth === PLAIN_UNIT_DEPTH;
        // "#### 第二节 走私罪" then "第一百五十一条 走私……": a unit read from the text goes inside the grouping the converter's heading opened
        if (unit) while (headings.length && headings[headings.length - 1].unit) headings.pop();
        const enclosing = headings[headings.length - 1];
        const dropped = unit && piece.span.start === block.span.start ? labelledAgain.get(block) : undefined;
        const depth = dropped ? dropped.depth : unit && enclosing && enclosing.depth >= PLAIN_UNIT_DEPTH ? Math.min(6, enclosing.depth + 1) : piece.depth;
        while (headings.length && headings[headings.length - 1].depth >= depth) headings.pop();
        // (text after the label on its line: a label run in)
        headings.push(unit && RUNS_ON.test(text.slice(piece.span.end, piece.span.end + 2)) ? { depth, unit, labelRunIn: true } : { depth, unit });
        if (unit) open = [];
        lastUnitHeading = undefined;
        out.push(depth === piece.depth ? piece : { ...piece, depth });
        continue;
      }
      let start = piece.span.start;
      const section = runInSection(text, piece, headings);
      if (section) {
        // Its title line ("Interpretation") goes with it; a bare "8.  Any person who …" after it continues it.
        start = openSection({ number: section.number, label: section.heading.span, bodyStart: section.bodyStart }, titleHere);
      } else if (!insideWrittenUnit()) {
        const found = nextSection(piece, !!titleHere && titleHere.index === out.length - 1);
        if (found) start = openSection(found, titleHere);
      }
      const before = out.length;
      provisions(text, { ...piece, span: { start, end: piece.span.end }, contentStart: Math.max(start, piece.contentStart) }, open, out, memo);
      // "**Short title and commencement**" alone: the title of a section that may follow.
      if (start === piece.span.start && out.length === before + 1 && titleBlock(text, piece, memo)) pieceTitle = { index: out.length - 1, headings: headings.slice() };
    }
    title = pieceTitle;
  };

  const step = (block: Block): void => {
    readBlock(block);
    if (block.kind !== 'paragraph' && block.kind !== 'listItem') return;
    // (only a paragraph that opens with a quotation mark may open one: the others are not read for their marks)
    if (!sections.quoted && !OPENS_QUOTATION.test(text.slice(block.contentStart, Math.min(block.span.end, block.contentStart + 4)))) return;
    const quoted = quotationOpenAfter(text.slice(block.contentStart, block.span.end), !!sections.quoted);
    if (quoted && !sections.quoted) sections.beforeQuote = sections.last;
    sections.quoted = quoted || undefined;
  };
  /** The next section, continuing the last one read, or the one read before the last quotation. */
  const nextSection = (piece: Block, titled: boolean): SectionOpening | undefined =>
    numberedSection(text, piece, sections.last, titled, firstSectionLater) ??
    (sections.beforeQuote !== undefined && !sections.quoted ? numberedSection(text, piece, sections.beforeQuote, titled, firstSectionLater) : undefined);

  const earlier = memo?.earlierReading();
  const facts = memo ? documentFacts() : undefined;
  const resumed = memo && earlier && earlier.reading.facts === facts ? resumeFrom(blocks, furniture, earlier.reading, earlier.edit) : undefined;
  if (memo) states = [];
  if (memo && earlier && resumed && states) {
    const { index, edited, delta } = resumed;
    const kept = earlier.reading;
    // The blocks before the edited one read as before: their states and reading are kept.
    states = kept.states.slice(0, index);
    out = kept.out.slice(0, kept.states[index].outLength);
    restore(kept.states[index]);
    for (let k = index; k < blocks.length; k++) {
      states.push(snapshot());
      step(blocks[k]);
      const now = snapshot();
      const then = kept.states[k + 1];
      // The state is the previous version's again, and no title waits for the next block (which
      // would take it back out of `out`): every later block reads as before, moved.
      if (k >= edited && !now.title && sameState(now, then)) {
        for (let m = then.outLength; m < kept.out.length; m++) out.push(shiftBlock(kept.out[m], delta));
        for (let m = k + 1; m < kept.states.length; m++) states.push(kept.states[m]);
        memo.keepUnused();
        memo.reading = { blocks, furniture, states, out, resumedAt: index, facts };
        return out;
      }
    }
    states.push(snapshot());
    memo.reading = { blocks, furniture, states, out, continuedFrom: index, facts };
    return out;
  }
  for (let index = 0; index < blocks.length; index++) {
    states?.push(snapshot());
    step(blocks[index]);
  }
  if (memo && states) {
    states.push(snapshot());
    memo.reading = { blocks, furniture, states, out, facts };
  }
  return out;
}

/** The reading's state between two blocks: what reading the next block depends on besides its own text. */
export interface ReadingState {
  headings: OpenHeading[];
  open: OpenLevel[];
  lastUnitHeading: string | undefined;
  sectionLast: string | undefined;
  sectionQuoted: boolean | undefined;
  sectionBeforeQuote: string | undefined;
  title: { index: number; headings: OpenHeading[] } | undefined;
  /** How many blocks the reading had given before this point. */
  outLength: number;
}

/** A reading of one version, kept for the next (LegalReadingMemo.reading). */
export interface KeptReading {
  /** The blocks read (CommonMark's, broken paragraphs joined). */
  blocks: Block[];
  furniture: Set<Block>;
  /** The state before each block, and after the last. */
  states: ReadingState[];
  out: Block[];
  /** When this reading resumed at one block and took the rest from the previous one: its index (tests ask whether the fast path was taken). */
  resumedAt?: number;
  /** When this reading resumed at one block but its state never came back to the previous one's, so it read on to the end: its index. */
  continuedFrom?: number;
  /** What the reading took from the whole document (sections opened marked anywhere, a run of numbered title lines): a change reads it all again. */
  facts?: string;
}

/**
 * Where the reading of this version may resume from the previous one's: the index of the block before
 * the one that holds the whole edit (`edited`), when every block is the previous version's (same fields, moved by the
 * edit) and so is the running-head and contents furniture. Every other block's text, and the
 * character on each side of it that readings look at, is unchanged.
 */
function resumeFrom(blocks: Block[], furniture: Set<Block>, earlier: KeptReading, edit: TextEdit): { index: number; edited: number; delta: number } | undefined {
  const previous = earlier.blocks;
  if (previous.length !== blocks.length || earlier.states.length !== blocks.length + 1) return undefined;
  let index = -1;
  for (let i = 0; i < blocks.length; i++) {
    const old = previous[i];
    const block = blocks[i];
    if (old.kind !== block.kind || old.depth !== block.depth || old.ordered !== block.ordered || old.listNumber !== block.listNumber ||
      old.furniture !== block.furniture || old.titleOfNext !== block.titleOfNext || furniture.has(block) !== earlier.furniture.has(old)) return undefined;
    const start = movedOffset(edit, old.span.start);
    if (start < 0 || start !== block.span.start || movedOffset(edit, old.span.end) !== block.span.end || movedOffset(edit, old.contentStart) !== block.contentStart) return undefined;
    if (old.span.start < edit.start && edit.oldEnd <= old.span.end) index = i;
  }
  if (index < 0) return undefined;
  // (from the block before it: a paragraph's reading may look at the next one's start, "<sup>1</sup>" after a margin's titled label)
  return { index: Math.max(0, index - 1), edited: index, delta: edit.newEnd - edit.oldEnd };
}

function sameState(a: ReadingState, b: ReadingState): boolean {
  return a.outLength === b.outLength && a.lastUnitHeading === b.lastUnitHeading && a.sectionLast === b.sectionLast &&
    a.sectionQuoted === b.sectionQuoted && a.sectionBeforeQuote === b.sectionBeforeQuote &&
    sameHeadings(a.headings, b.headings) && a.open.length === b.open.length && a.open.every((level, i) => level.style === b.open[i].style && level.value === b.open[i].value) &&
    (a.title === b.title || (!!a.title && !!b.title && a.title.index === b.title.index && sameHeadings(a.title.headings, b.title.headings)));
}

function sameHeadings(a: OpenHeading[], b: OpenHeading[]): boolean {
  return a.length === b.length && a.every((heading, i) => heading.depth === b[i].depth && heading.unit === b[i].unit && heading.runIn === b[i].runIn);
}

/** A paragraph's pieces: heading lines written as plain text; inside a unit, alinéas and run-in definitions. */
function paragraphPieces(text: string, block: Block, insideUnit: boolean, memo: LegalReadingMemo | undefined, numberedTitles: () => boolean, sectionTitleLines: () => TitleLines,
  titlesBeforeLabels: () => boolean, runTogether: () => RunTogetherArticles): Block[] {
  // "1 Short title" alone on its line, in a law whose sections are all titled so (numberedTitleRun)
  const titleLine = block.kind === 'paragraph' && isNumberedTitleLine(text, block) && numberedTitles();
  // "… duly af f ixed.\n4 Cook Islands telecommunication services\n(1) For the purposes …": such lines inside a page's paragraph
  const inside = block.kind === 'paragraph' && !titleLine ? sectionTitleLines().within(block.span.start, block.span.end) : [];
  // "Accordo - art. 4" on the line before: the number it announces, read from outside the block (so part of what is remembered)
  const announced = block.kind === 'paragraph' ? numberAnnouncedBefore(text, block.span.start) : undefined;
  // "(Purpose)" alone the paragraph before: the caption of the article whose label opens this one (read from outside the block too)
  const captioned = block.kind === 'paragraph' && captionBefore(text, block.span.start);
  // "Предмет Чл. 1. Този закон …": a title before the label, read so only in a document that opens its articles so more than once
  const titledFound = block.kind === 'paragraph' && !titleLine ? titleThenLabel(text, block) : undefined;
  const titledLabel = titledFound !== undefined && (titlesBeforeLabels() || loneMarginTitledLabel(text, block, titledFound)) ? titledFound : undefined;
  const together = block.kind === 'paragraph' && !titleLine ? runTogether().within(block.span.start, block.span.end) : [];
  const read = (): Block[] => (titleLine ? [{ kind: 'heading' as const, depth: PLAIN_UNIT_DEPTH, span: block.span, contentStart: block.span.start }]
    : unitLines(text, plainHeadingLines(text, block, inside, announced, titledLabel, together, captioned), insideUnit));
  if (!memo) return read();
  const base = block.span.start;
  // Remembered relative to the block: only the block's own text is read (and, for a numbered title line, whether the document titles its sections so).
  const relative = memo.get(base, block.span.end, `pieces ${insideUnit} ${blockFields(block)} ${titleLine} ${announced ?? ''} ${captioned} ${titledLabel !== undefined} ${inside.map((at) => at - base).join(',')} ${together.map((at) => at - base).join(',')}`, () => read().map((piece) => shiftBlock(piece, -base)));
  return relative.map((piece) => shiftBlock(piece, base));
}

/**
 * A paragraph's parts with the alinéas of those inside a unit cut apart (alineaLines). Where the unit opens in the paragraph itself
 * ("第 13 條" then its lines, the first article after "第 三 章 防治措施"), the lines of Chinese text after its label are its paragraphs too.
 */
function unitLines(text: string, parts: Block[], insideUnit: boolean): Block[] {
  let opened = false;
  return parts.flatMap((part) => {
    if (part.kind === 'heading') opened = part.depth === PLAIN_UNIT_DEPTH;
    if (part.kind !== 'paragraph') return [part];
    if (insideUnit) return alineaLines(text, part).flatMap((line) => runInDefinitions(text, line));
    return (opened && chineseLinesOf(text, part)) || [part];
  });
}

function titleBlock(text: string, block: Block, memo: LegalReadingMemo | undefined): boolean {
  return memo ? memo.get(block.span.start, block.span.end, 'title', () => isTitleBlock(text, block)) : isTitleBlock(text, block);
}

/** Every field of a block but its span, contentStart relative to where it starts: with its text, all a reading of it sees. */
function blockFields(block: Block): string {
  return `${block.kind} ${block.depth} ${block.ordered} ${block.listNumber} ${block.furniture} ${block.titleOfNext} ${block.contentStart - block.span.start}`;
}

/**
 * splitProvisions, replayed for a block read before with the same text, the same markers open
 * and the same characters around it (a run-in marker's boundary looks one character out).
 */
function provisions(text: string, block: Block, open: OpenLevel[], out: Block[], memo: LegalReadingMemo | undefined): void {
  if (!memo) return splitProvisions(text, block, open, out);
  const base = block.span.start;
  // Every field of the block but its span (the first piece copies them), and what splitProvisions reads around it.
  const key = `${blockFields(block)} ${text.charCodeAt(base - 1)} ${text.charCodeAt(block.span.end)} ${open.map((level) => `${level.style}:${level.value}`).join(',')}`;
  const reading = memo.get(base, block.span.end, key, () => {
    const pieces: Block[] = [];
    splitProvisions(text, block, open, pieces);
    return { pieces: pieces.map((piece) => shiftBlock(piece, -base)), open: open.slice() };
  });
  for (const piece of reading.pieces) out.push(shiftBlock(piece, base));
  open.length = 0;
  open.push(...reading.open);
}

/** A page's mark a PDF converter (marker) leaves between pages: "{14}------------------------------------------------". */
const PAGE_MARK = /^\{\d{1,4}\}-{3,}$/;
/** The end of a sentence or of a clause a list closes: a stop, a colon, a semicolon, a bracket or a quote after one. */
const ENDS_SENTENCE = /[.;:!?)\]"”'’*_]$/;

/** A heading of one line that names no unit and ends with a full stop: "AUTHORIZED BY THIS PART 13.". */
function sentenceEndHeading(text: string, block: Block): boolean {
  const words = text.slice(block.contentStart, block.span.end);
  return !words.includes('\n') && /[^.]\.$/.test(words) && !readHeading(words);
}

/**
 * A paragraph a converter broke in two ("(2) A person's consent to use, provide or accept any
 * electronic\n\nmessage in dealings …", a PDF's line ends read as paragraph ends): a part that does
 * not end its sentence, followed by a part that starts in lower case with no marker, is one paragraph.
 */
/**
 * "(b) excessive in nature, having regard to …," then "the controller may—" (Irish and UK drafting): a list's item that ends with a
 * comma, then words that close the list and open items of their own with a dash. Two paragraphs as written, not one wrapped.
 */
function closesListBeforeItems(text: string, item: Block, words: Block): boolean {
  return /[—–][ \t]*$/.test(text.slice(Math.max(words.span.start, words.span.end - 4), words.span.end)) &&
    /^\((?:[a-z]{1,4}|\*[a-z]{1,4}\*|_[a-z]{1,4}_)\)/.test(text.slice(item.span.start, item.span.start + 8)) &&
    /,(?:[ \t]+(?:or|and))?$/.test(text.slice(Math.max(item.span.start, item.span.end - 12), item.span.end));
}

/**
 * "In this Act, unless the context otherwise requires—" then "computer system means any device …" (an act's bold or quoted terms
 * as a converter that dropped them gives them): after a lead-in's dash, a paragraph that defines a term is the list's first
 * entry, not the lead-in's words going on.
 */
function termEntryAfterLeadIn(text: string, previous: Block, block: Block): boolean {
  return /[—–][ \t]*$/.test(text.slice(Math.max(previous.span.start, previous.span.end - 3), previous.span.end)) &&
    SMALL_LETTER_ENTRY.test(text.slice(block.span.start, Math.min(block.span.end, block.span.start + 240)));
}

function joinBrokenParagraphs(text: string, blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let block of blocks) {
    const previous = out[out.length - 1];
    // "# group of such interconnected or related devices, performing" (a PDF converter took a line in a larger
    // font for a heading): a heading in lower case that names no unit is a line of text
    if (block.kind === 'heading' && /^\p{Ll}/u.test(text.slice(block.contentStart, block.contentStart + 1)) && !readHeading(text.slice(block.contentStart, block.span.end))) {
      block = { kind: 'paragraph', depth: 0, span: { start: block.contentStart, end: block.span.end }, contentStart: block.contentStart };
    }
    // "- (b) SHALL BE PROCESSED … OR AS OTHERWISE" then "{14}------" (a page's mark) then "## AUTHORIZED BY THIS PART 13." (a PDF
    // converter took the page's first line, the sentence's end, for a heading): a heading of one line that ends with a full stop
    // and names no unit, right after a page's mark, below words that end no sentence, is the sentence's end
    if (block.kind === 'heading' && previous && PAGE_MARK.test(text.slice(previous.span.start, previous.span.end)) && sentenceEndHeading(text, block)) {
      const before = out[out.length - 2];
      if (before && (before.kind === 'paragraph' || before.kind === 'listItem') && !ENDS_SENTENCE.test(text.slice(Math.max(before.span.start, before.span.end - 4), before.span.end))) {
        block = { kind: 'paragraph', depth: 0, span: { start: block.contentStart, end: block.span.end }, contentStart: block.contentStart };
      }
    }
    // "Sustitúyese del\n\n### Anexo I al Artículo 1° del Decreto Nº 357 …" (InfoLEG as converted: a wrapped line made a heading):
    // after a paragraph that ends on a word no sentence ends on, a heading of one line goes on with that sentence
    // ("2. Con prisión … en los supuestos previstos en el\n\n##### artículo 86.": the same after a numbered list's item)
    // ("**1. This Act may be cited as the Service Tax (Amendment) Act**" then "### 2001." (Malaysia's bills as converted): the
    // year of the name a line wrapped, which a converter made a heading, no section 2001)
    const yearOfName = block.kind === 'heading' && previous?.kind === 'paragraph' && YEAR_ALONE.test(text.slice(block.contentStart, block.span.end)) &&
      ENDS_ON_INSTRUMENT_WORD.test(text.slice(Math.max(previous.span.start, previous.span.end - 24), previous.span.end));
    if ((block.kind === 'heading' && endsMidPhrase(text, previous) && !text.slice(block.contentStart, block.span.end).includes('\n')) || yearOfName) {
      out[out.length - 1] = { ...previous, span: { start: previous.span.start, end: block.span.end } };
      continue;
    }
    // ("… hace reserva de los artículos 9.1.d., 9.2.b.\n\ny 9.2.c. del CONVENIO …": after a numbered point's own stop, the list's
    // last item after "y")
    const pointThenLastItem = block.kind === 'paragraph' && previous?.kind === 'paragraph' && /\.[a-z\d]\.$/.test(text.slice(previous.span.end - 4, previous.span.end)) &&
      LIST_GOES_ON.test(text.slice(block.span.start, block.span.start + 8));
    // ("… hace reserva del artículo 22.1.d. del\n\nCONVENIO SOBRE CIBERDELITO …": a part that ends on a word no sentence ends on goes on
    // below, whatever case the next part opens in)
    const afterConnector = block.kind === 'paragraph' && /^\p{L}/u.test(text.slice(block.span.start, block.span.start + 1)) && endsMidPhrase(text, previous) &&
      !readMarker(text.slice(block.span.start, Math.min(block.span.end, block.span.start + 32)));
    if (pointThenLastItem || afterConnector) {
      out[out.length - 1] = { ...previous!, span: { start: previous!.span.start, end: block.span.end } };
      continue;
    }
    if (block.kind === 'paragraph' && previous && (previous.kind === 'paragraph' || (previous.kind === 'listItem' && previous.ordered)) &&
      !/[.;:!?]$/.test(text.slice(previous.span.end - 1, previous.span.end).replace(/[*_]/g, '')) &&
      /^\p{Ll}/u.test(text.slice(block.span.start, block.span.start + 1)) && !readMarker(text.slice(block.span.start, Math.min(block.span.end, block.span.start + 32))) &&
      !closesListBeforeItems(text, previous, block) && !termEntryAfterLeadIn(text, previous, block)) {
      out[out.length - 1] = { ...previous, span: { start: previous.span.start, end: block.span.end } };
      continue;
    }
    // "… la deducción del apartado 2 del inciso\n\nc) del artículo 30 …" (InfoLEG: a blank line after every wrapped line):
    // a part that ends on a unit's noun, then a marker that goes on in lower case, is that unit's number, no point of a list
    // (the anchored test of the next block's start first: it fails on nearly every block, the tail's search does not)
    if (block.kind === 'paragraph' && previous?.kind === 'paragraph' && /^[^\s(]\S{0,5}[ \t]+\p{Ll}/u.test(text.slice(block.span.start, Math.min(block.span.end, block.span.start + 16))) &&
      endsOnUnitNoun(text.slice(Math.max(previous.span.start, previous.span.end - 24), previous.span.end)) && readMarker(text.slice(block.span.start, Math.min(block.span.end, block.span.start + 32)))) {
      out[out.length - 1] = { ...previous, span: { start: previous.span.start, end: block.span.end } };
      continue;
    }
    out.push(block);
  }
  return out;
}


/** Whether `tail` (a paragraph's last characters) ends on a unit's noun of a citation table: "del inciso", "los artículos". */
function endsOnUnitNoun(tail: string): boolean {
  // "de los incisos a),\n\nb) y c) del citado artículo 30": a list of the unit's numbers begun before the break
  const found = /(?:^|[^\p{L}])(?:(\p{L}+)[ \t]+)?(\p{L}{4,})(?:[ \t]+\(?[a-z\d]{1,3}\)[ \t]*,)?[ \t]*$/u.exec(tail);
  const word = found?.[2];
  // "… made applicable by paragraph (2) of this subsection\n\n(A) without …" (the US Code): a unit named whole ends a lead-in
  if (!word || (found[1] && DEMONSTRATIVES.has(found[1].toLowerCase()))) return false;
  return isUnitNoun(word.toLowerCase());
}

let unitNouns: Set<string> | undefined;

/** Whether a word (in small letters) is a unit's noun of any language read: "schedule", "chapitre", "artículo". */
function isUnitNoun(word: string): boolean {
  unitNouns ??= new Set(unitWords().map((unit) => unit.word).filter((noun) => /^\p{L}{4,}$/u.test(noun)));
  return unitNouns.has(word);
}

/** Whether the part before (a paragraph or a numbered item) ends on a word no sentence ends on, so that it goes on below. */
/** A heading that is a year alone: "### 2001.", "## 1998". */
const YEAR_ALONE = /^[ \t*_]*(?:1[89]|20)\d\d\.?[ \t*_]*$/;
/** A paragraph's end on the kind of an instrument whose name a year completes: "… (Amendment) Act**", "… Ordinance". */
const ENDS_ON_INSTRUMENT_WORD = /(?:^|[\s(])(?:Act|Ordinance|Enactment|Code|Regulations|Rules|Order|Law|Decree)[*_]{0,3}[ \t]*$/;

function endsMidPhrase(text: string, previous: Block | undefined): previous is Block {
  return previous !== undefined && (previous.kind === 'paragraph' || (previous.kind === 'listItem' && previous.ordered === true)) &&
    endsOnConnector(text.slice(Math.max(previous.span.start, previous.span.end - 12), previous.span.end));
}

/** Whether `tail` (a paragraph's last characters) ends on a word no sentence ends on, in lower case: "Sustitúyese del", "the provisions of". */
function endsOnConnector(tail: string): boolean {
  // English "a" left out: it is also the first item's letter ("Schedule a", "point a"); Spanish "y" ends no part ("Superintendente
  // de Banca, Seguros y" then "Administradoras Privadas de Fondos de Pensiones")
  const word = ENDS_ON_CONNECTOR.exec(tail)?.[1];
  return word !== undefined && word !== 'a';
}

/** A word no sentence ends on, last in a part (the tables' phraseGoesOn): "… of Part II of the Act" ends on a name, "… and" on a word that joins. */
const ENDS_ON_CONNECTOR = new RegExp(String.raw`(?:^|[\s(])(${everyTable('phraseGoesOn')})$`, 'u');

/** Words before a unit's noun that name it whole ("this section", "este inciso"): no number follows. */
const DEMONSTRATIVES = new Set(['this', 'that', 'such', 'each', 'every', 'any', 'same', 'said', 'este', 'esta', 'estos', 'estas', 'ese', 'esa', 'presente', 'dicho',
  'dicha', 'mismo', 'misma', 'cada', 'ce', 'cet', 'cette', 'ces', 'présent', 'présente', 'questo', 'questa', 'presente', 'deze', 'dit', 'dieser', 'diese', 'dieses']);

/** A section opened by run-in text: its number's label, the title line before it in the same block, and where its body starts. */
interface SectionOpening {
  number: string;
  label: Span;
  title?: Span;
  bodyStart: number;
}

/** A paragraph's opening quotation mark, after its emphasis: '"PART IIIA', '_“(2A) The revocation …'. */
const OPENS_QUOTATION = /^[*_]{0,3}["“]/;

/**
 * Whether a quotation is open after a paragraph: one opens where a paragraph starts with a quotation mark it leaves open (an odd
 * count of straight marks, more opening curly marks than closing ones), and closes at the first paragraph that closes one.
 */
function quotationOpenAfter(paragraph: string, open: boolean): boolean {
  let straight = 0;
  let curly = 0;
  for (let i = 0; i < paragraph.length; i++) {
    const c = paragraph.charCodeAt(i);
    if (c === 0x22) straight++;
    else if (c === 0x201c) curly++;
    else if (c === 0x201d) curly--;
  }
  if (open) return straight % 2 === 0 && curly >= 0;
  return OPENS_QUOTATION.test(paragraph) && (straight % 2 === 1 || curly > 0);
}

/** Bold number ("**6.**", "**19. (1) Where …**"): PDF converters keep a section number's bold face. */
const BOLD_SECTION = /^\*\*(\d{1,4}[A-Z]{0,3})\.(?:\*\*)?(?=\s)/;
/** "10. (1) Any …": a number, then the section's first subsection. */
const NUMBER_THEN_SUBSECTION = /^(\d{1,4}[A-Z]{0,3})\.(?=\s+\(1\)\s)/;
/** "12. Where any law …": a bare number, a section only after its title and in sequence. */
const BARE_NUMBER = /^(\d{1,4}[A-Z]{0,3})\.(?=\s+\S)/;

/**
 * A section of a statute given as running text (Commonwealth bills and acts through a PDF
 * converter): "**6.** (1) …", "**19. (1) Where …**", "10. (1) Any …", or "12. Where …" right after
 * its title line ("**Writing**", " Repeal or amendment"). Read only outside any article or section
 * written as a heading, and only where the number continues the sections read so far (a bare
 * number needs its title too), so that numbered paragraphs and tables of contents stay what they are.
 */
function numberedSection(text: string, block: Block, last: string | undefined, titleBefore: boolean, firstSectionLater: (number: string) => boolean): SectionOpening | undefined {
  const at = (start: number, titled: boolean, titleSpan?: Span): SectionOpening | undefined => {
    const head = text.slice(start, Math.min(block.span.end, start + 24));
    const strong = BOLD_SECTION.exec(head) ?? NUMBER_THEN_SUBSECTION.exec(head);
    // "8. A person who has in his custody …" right after section 7 read so: the next number, untitled, opening a sentence
    const bare = !strong && (titled || (last !== undefined && /^\d{1,4}[A-Z]{0,3}\.\s+\p{Lu}/u.test(head))) ? BARE_NUMBER.exec(head) : null;
    // "Short title\n\n1.  This Act is …": the first section, bare, when the next one opens marked ("2.—(1)")
    const firstBare = bare && last === undefined && firstSectionLater(bare[1]);
    const match = strong ?? (last !== undefined || firstBare ? bare : null);
    // "**43. Penalty and compensation for damage to computer, etc.**–If any person …" (India Code):
    // the number and the title in one bold span are the heading, whatever number came before.
    const boldTitleEnd = match && match === strong && match[0].startsWith('**') && !match[0].endsWith('**') ? boldClose(text, start + match[0].length, block.span.end) : -1;
    if (!match || !(firstBare || continuesSections(last, match[1], !!strong, boldTitleEnd > 0))) return undefined;
    const labelEnd = boldTitleEnd > 0 ? boldTitleEnd : start + match[0].length;
    let bodyStart = trimSpan(text, labelEnd, block.span.end).start;
    // "**2. Definitions.**–(1) In this Act …": the dash joins the heading to the first subsection
    const dash = /^[—–-](?=\s?\S)\s?/.exec(text.slice(bodyStart, bodyStart + 2));
    if (dash) bodyStart += dash[0].length;
    if (bodyStart >= block.span.end) return undefined;
    return { number: match[1], label: { start, end: labelEnd }, bodyStart, ...(titleSpan ? { title: titleSpan } : {}) };
  };
  const first = at(block.span.start, titleBefore);
  if (first) return first;
  // " Repeal or amendment\n 8. (1) Where …": the title and the section in one paragraph.
  const lineEnd = text.indexOf('\n', block.span.start);
  if (lineEnd < 0 || lineEnd >= block.span.end || !isTitleLine(text.slice(block.span.start, lineEnd))) return undefined;
  const next = trimSpan(text, lineEnd + 1, block.span.end).start;
  return at(next, true, trimSpan(text, block.span.start, lineEnd));
}

/** Lines that title sections inside paragraphs: where each starts, and their numbers in order. */
interface TitleLines {
  numbers: string[];
  /** The starts of such lines between two offsets. */
  within(start: number, end: number): number[];
}

/**
 * "3 Supervisor of Internet Security" as a line of a page's paragraph (PDF text of Pacific and
 * Commonwealth laws, a page a paragraph): a number and a title, followed by a line that is not
 * another such line (a table of contents lists them one under the other), their numbers going on
 * 1, 2, 3 … (or 8, 8A, 9). Only runs of three or more are taken: a stray "2008 Amendment Act" line is not.
 */
function titleLinesInParagraphs(text: string, blocks: Block[], furniture: Set<Block>): TitleLines {
  const candidates: Array<{ at: number; number: string }> = [];
  // One scan of the text (every keystroke asks, through documentFacts); each line found is placed in its block in order.
  let index = 0;
  for (const match of titleLinesIn(text)) {
    const at = (match.index ?? 0) + match[0].length - match[0].trimStart().length;
    while (index < blocks.length && blocks[index].span.end <= at) index++;
    const block = blocks[index];
    if (!block || block.span.start > at || block.kind !== 'paragraph' || furniture.has(block)) continue;
    const lineEnd = (match.index ?? 0) + match[0].length;
    // followed, in its paragraph, by a line that is not another title (a table lists them one under the other)
    if (lineEnd + 1 >= block.span.end) continue;
    const nextEnd = text.indexOf('\n', lineEnd + 1);
    const next = text.slice(lineEnd + 1, nextEnd < 0 || nextEnd > block.span.end ? block.span.end : nextEnd).trim();
    if (next && !NUMBERED_TITLE_LINE.test(next)) candidates.push({ at, number: match[1] });
  }
  const accepted: Array<{ at: number; number: string }> = [];
  let run: Array<{ at: number; number: string }> = [];
  const value = (number: string) => Number(/^\d+/.exec(number)![0]);
  const close = () => { if (run.length >= 3) accepted.push(...run); run = []; };
  for (const candidate of candidates) {
    const last = run[run.length - 1];
    if (last && (value(candidate.number) === value(last.number) + 1 || (value(candidate.number) === value(last.number) && candidate.number > last.number))) run.push(candidate);
    else {
      close();
      run = [candidate];
    }
  }
  close();
  const starts = accepted.map((line) => line.at);
  return {
    numbers: accepted.map((line) => line.number),
    within: (start, end) => starts.filter((at) => at >= start && at < end),
  };
}

/** "3 Supervisor of Internet Security": a number with no full stop (up to 9999: codes), a space and a title, as the printed page sets it ("2. Las rentas …" is a paragraph). */
const TITLE_LINE_IN_TEXT = /^[ \t]*(\d{1,4}[A-Z]{0,2})[ \t]+\p{Lu}[^\n.;:!?]{1,76}$/gmu;
/** The same, tried at one line start. */
const TITLE_LINE_AT = /[ \t]*(\d{1,4}[A-Z]{0,2})[ \t]+\p{Lu}[^\n.;:!?]{1,76}$/muy;

/** Whether some line ends otherwise than by "\n" or "\r\n": a lone "\r", or U+2028 / U+2029 (searched for one by one: a search for one character is many times faster than the pattern). */
function otherLineBreaks(text: string): boolean {
  return (text.includes('\r') && /\r(?!\n)/.test(text)) || text.includes('\u2028') || text.includes('\u2029');
}

/**
 * The matches of TITLE_LINE_IN_TEXT, tried only at the starts of lines that open with a digit: a
 * pattern with "^" is otherwise tried at every position of the text, on every keystroke.
 */
function* titleLinesIn(text: string): Generator<RegExpExecArray> {
  // Lines ended otherwise than by "\n" or "\r\n" (old Mac files, Unicode separators): the pattern as it is.
  if (otherLineBreaks(text)) {
    yield* text.matchAll(TITLE_LINE_IN_TEXT);
    return;
  }
  for (let start = 0; start < text.length;) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    let first = start;
    while (first < end && (text.charCodeAt(first) === 32 || text.charCodeAt(first) === 9)) first++;
    const code = text.charCodeAt(first);
    if (code >= 48 && code <= 57) {
      TITLE_LINE_AT.lastIndex = start;
      const match = TITLE_LINE_AT.exec(text);
      if (match) yield match;
    }
    start = end + 1;
  }
}

/** "1 Short title", "**2. Interpretation**": a number and a title, alone on a line, without a sentence's end. */
const NUMBERED_TITLE_LINE = /^(?:\*\*)?(\d{1,4}[A-Z]{0,2})\.?[ \t]+\p{Lu}[^\n.;:!?]{1,100}?(?:\*\*)?$/u;

function isNumberedTitleLine(text: string, block: Block): boolean {
  if (block.span.end - block.span.start > 110) return false;
  return NUMBERED_TITLE_LINE.test(text.slice(block.span.start, block.span.end));
}

/**
 * Whether a law titles its sections by such lines (PDF and Veritas-style text: "1 Short title",
 * then "This Act may be cited as …"): at least two of them, outside any table of contents, each
 * followed by text that is not another one, their numbers rising, two of them consecutive. A list
 * ("1 Apples", "2 Pears") has no text between its items.
 */
function numberedTitleRun(text: string, blocks: Block[], furniture: Set<Block>): boolean {
  const numbers: number[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block.kind !== 'paragraph' || furniture.has(block) || !isNumberedTitleLine(text, block)) continue;
    const next = blocks[i + 1];
    if (!next || next.kind !== 'paragraph' || isNumberedTitleLine(text, next)) return false;
    const value = Number(/\d+/.exec(text.slice(block.span.start, block.span.start + 8))![0]);
    if (numbers.length && value < numbers[numbers.length - 1]) return false;
    numbers.push(value);
  }
  return numbers.length >= 2 && numbers.some((value, k) => k > 0 && value === numbers[k - 1] + 1);
}

/** The numbers of sections opened in a marked way anywhere in the text: "2.—(1)", "**2.**", "2. (1)". */
function markedSectionNumbers(text: string, blocks: Block[]): Set<string> {
  const numbers = new Set<string>();
  for (const block of blocks) {
    if (block.kind !== 'paragraph' && block.kind !== 'listItem') continue;
    const head = text.slice(block.span.start, Math.min(block.span.end, block.span.start + 24));
    const found = RUN_IN_SECTION.exec(head) ?? BOLD_SECTION.exec(head) ?? NUMBER_THEN_SUBSECTION.exec(head);
    if (found) numbers.add(/^\d+/.exec(found[1])![0]);
  }
  return numbers;
}

/**
 * Whether `number` may follow the section `last`: the next one (a bare number), any of the next
 * ten (a marked number), any later one (a number titled in bold, an excerpt's next section).
 */
function continuesSections(last: string | undefined, number: string, strong: boolean, titledInBold = false): boolean {
  if (last === undefined) return strong;
  const value = (n: string) => Number(/^\d+/.exec(n)?.[0] ?? NaN);
  const [previous, next] = [value(last), value(number)];
  if (next === previous) return number.length > last.length || (number > last && /[A-Z]$/.test(number)); // "8A" after "8"
  return strong ? next > previous && (titledInBold || next <= previous + 10) : next === previous + 1;
}

/**
 * Where the bold title open at `from` closes on its line ("Penalty … etc.**–"), within 200
 * characters; -1 if it does not, or if what is bold is no title: it must start with a capital and
 * end with a full stop or be followed by a dash ("**19. (1) Where any law …**" is a subsection's text).
 */
function boldClose(text: string, from: number, end: number): number {
  const lineEnd = text.indexOf('\n', from);
  const limit = Math.min(end, from + 200, lineEnd < 0 ? end : lineEnd);
  const close = text.indexOf('**', from);
  if (close <= from || close + 2 > limit) return -1;
  const title = text.slice(from, close).trim();
  return /^\p{Lu}/u.test(title) && (title.endsWith('.') || /^\s?[—–-]/.test(text.slice(close + 2, close + 4))) ? close + 2 : -1;
}

/** A title line: short, capitalised, no marker; in bold, or without the punctuation that ends a sentence. */
function isTitleLine(line: string): boolean {
  const plain = line.replace(/\*\*|__|[*_]/g, '').trim();
  if (!plain || plain.length > 120 || !/^\p{Lu}/u.test(plain) || readMarker(plain)) return false;
  return /^\s*\*\*.*\*\*\s*$/.test(line) || !/[.;:,—–-]$/.test(plain);
}

/** A block that is a title: one title line, or up to three lines all in bold ("**Requirement to issue licence, …,**\n**_etc._**"). */
function isTitleBlock(text: string, block: Block): boolean {
  const lines = text.slice(block.span.start, block.span.end).split('\n');
  if (lines.length === 1) return isTitleLine(lines[0]);
  return lines.length <= 3 && isTitleLine(lines[0]) && lines.every((line) => /^\s*\*\*.*\*\*\s*$/.test(line));
}

/** The depth of a section opened from run-in text: a sibling of the section before it, or one below its grouping. */
function sectionDepth(headings: OpenHeading[]): number {
  const enclosing = headings[headings.length - 1];
  return enclosing ? (enclosing.unit ? enclosing.depth : Math.min(6, enclosing.depth + 1)) : 2;
}

/** "ARRANGEMENT OF CLAUSES", "Table of contents", "Inhaltsübersicht", "Sommaire", "目次" (Japan's laws): a table of contents begins. */
const CONTENTS_TITLE = /^(?:(?:arrangement|table)\s+of\s+(?:sections|clauses|paragraphs|regulations|rules|articles|provisions)|(?:table\s+of\s+)?contents|inhaltsübersicht|inhaltsverzeichnis|sommaire|table\s+des\s+matières|inhoudsopgave|inhoud|目次)$/iu;

/**
 * The title of a bill's explanatory notes ("EXPLANATORY STATEMENT", "Memorandum of Objects and Reasons", "Explanatory
 * Notes") or of a compilation's "Endnotes" or "Notes to the Electronic Transactions Act 1999" (Australia's: the history of
 * amendments and the amending Acts' own words).
 */
const STATEMENT_TITLE = /^(?:endnotes|notes\s+to\s+the\s+[^\n]{0,60}\b(?:act|ordinance|regulations?|code)(?:\s+\d{4})?|explanatory\s+(?:statement|memorandum|notes?)|(?:memorandum|statement)\s+of\s+objects\s+and\s+reasons|objects\s+and\s+reasons)$/iu;

/** "EXPLANATORY STATEMENT This Bill seeks to amend …" (a PDF converter ran the title into the statement's first words): in capitals only. */
const STATEMENT_TITLE_RUN_IN = /^[*_]{0,3}(?:EXPLANATORY[ \t]+(?:STATEMENT|MEMORANDUM|NOTES?)|STATEMENT[ \t]+OF[ \t]+OBJECTS[ \t]+AND[ \t]+REASONS|OBJECTS[ \t]+AND[ \t]+REASONS)[*_]{0,3}[ \t]+(?=\p{Lu}\p{Ll})/u;

/** A list item that is one link to a relative address and nothing else. */
const NAVIGATION_LINK = /^\[[^\]\n]{1,200}\]\((?![a-z][a-z0-9+.-]*:)[^()\s]{0,300}\)$/i;

/** A block's words without markdown emphasis and heading hashes, whitespace collapsed. */
/** Lines of a table of contents: every one short, none ending a sentence (a page's mark "[The next page is 160,301]" aside). */
function isListOfTitles(body: string): boolean {
  const lines = body.split('\n').map((line) => line.trim()).filter((line) => line && !/^\[.*\]$/.test(line));
  return lines.length >= 3 && lines.every((line) => line.length <= 100 && !/[.;:]$/.test(line));
}

/** "T ABLE OF PROVISIONS" → "TABLE OF PROVISIONS": a capital a PDF's kerning set apart from the rest of its word. */
function unspaced(line: string): string {
  return line.replace(/\b([A-Z]) (?=[A-Z]{2,}\b)/g, '$1');
}

/** The words of a block's first line, as plainWords reads them. */
function firstLineWords(text: string, block: Block): string {
  const lineEnd = text.indexOf('\n', block.contentStart);
  return plainWords(text, lineEnd < 0 || lineEnd > block.span.end ? block : { ...block, span: { start: block.span.start, end: lineEnd } });
}

function plainWords(text: string, block: Block): string {
  return text.slice(block.contentStart, block.span.end).replace(/\*\*|__|[*_#]/g, '').replace(/\s+/g, ' ').trim();
}

/** More than the longest words CONTENTS_TITLE matches ("arrangement of regulations", 26): keep it so when adding titles. */
const CONTENTS_TITLE_MAX = 64;

/**
 * Whether a block's plain words may be as short as a contents title: counts the characters that
 * plainWords keeps for sure (ASCII, not markup, not space) and stops past the longest title,
 * so that long paragraphs are not copied and cleaned on every keystroke.
 */
function shortPlainWords(text: string, block: Block): boolean {
  let kept = 0;
  for (let i = block.contentStart; i < block.span.end; i++) {
    const code = text.charCodeAt(i);
    if (code > 32 && code < 127 && code !== 42 /* * */ && code !== 95 /* _ */ && code !== 35 /* # */ && ++kept > CONTENTS_TITLE_MAX) return false;
  }
  return true;
}

/** What furnitureOf asks of every block (furnitureFacts): bits of one number. */
const CONTENTS_TITLE_BLOCK = 1;
const STATEMENT_TITLE_BLOCK = 2;
const NAVIGATION_ITEM = 4;
const CONTENTS_PAGE = 8;
/** "[GAP: Part II, sections 4 to 13, omitted in this excerpt]" (copyGapNotes.ts). */
const GAP_MARKER = 16;
/** "Source: …\nCompleteness: …" (copyGapNotes.ts): furniture only above the text's first heading. */
const PROVENANCE_HEADER = 32;
/** A paragraph's start that a gap marker ("[GAP: …", "*[…", "(Sections …") or a provenance line ("Source: …") may have. */
const MAY_BE_COPY_NOTE = /^[ \t]*(?:[*_]{0,3}[[(]|[*_]{0,2}\p{Lu}[\p{L}'’ -]{0,30}[*_]{0,2}[ \t]*:)/u;
/** How many blocks a provenance header may stand after (a title, a note), above the first heading. */
const PROVENANCE_HEADER_REACH = 3;

/**
 * What furnitureOf asks of every block, a function of the block's text and fields alone:
 * remembered while the document is edited (a keystroke reads one block again, not all).
 */
function furnitureFacts(text: string, block: Block, memo: LegalReadingMemo | undefined): number {
  // The facts read the block's kind and its text from where its content starts, nothing else of it.
  const contentOffset = block.contentStart - block.span.start;
  if (!memo || contentOffset >= FURNITURE_CHECK_OFFSETS) return readFurnitureFacts(text, block);
  return memo.facts(block.span.start, block.span.end, BLOCK_KINDS.indexOf(block.kind) * FURNITURE_CHECK_OFFSETS + contentOffset, () => readFurnitureFacts(text, block));
}

/** furnitureFacts' check: the block's kind (its place here) and where its content starts (below 1,024 characters in). */
const BLOCK_KINDS: readonly BlockKind[] = ['heading', 'paragraph', 'listItem', 'html', 'code', 'thematicBreak', 'blockquote'];
const FURNITURE_CHECK_OFFSETS = 1024;

function readFurnitureFacts(text: string, block: Block): number {
  let facts = 0;
  if (shortPlainWords(text, block)) {
    const words = plainWords(text, block);
    if (CONTENTS_TITLE.test(words)) facts |= CONTENTS_TITLE_BLOCK;
    if (STATEMENT_TITLE.test(words)) facts |= STATEMENT_TITLE_BLOCK;
  } else if (block.kind === 'paragraph' && STATEMENT_TITLE_RUN_IN.test(text.slice(block.span.start, Math.min(block.span.end, block.span.start + 60)))) {
    facts |= STATEMENT_TITLE_BLOCK;
  }
  if (block.kind === 'listItem' && NAVIGATION_LINK.test(text.slice(block.contentStart, block.span.end))) facts |= NAVIGATION_ITEM;
  if (block.kind === 'paragraph' && text.slice(block.span.start, block.span.end).includes('\n')) {
    const head = text.slice(block.span.start, Math.min(block.span.end, block.span.start + 200)).split('\n').slice(0, 3);
    if (head.some((line) => CONTENTS_TITLE.test(unspaced(line.replace(/\*\*|__|[*_#]/g, '').trim())))) facts |= CONTENTS_PAGE;
  }
  // (the paragraph is sliced only where its first character may open either: most open with a letter or a marker and no colon near)
  if (block.kind === 'paragraph' && MAY_BE_COPY_NOTE.test(text.slice(block.span.start, Math.min(block.span.end, block.span.start + 48)))) {
    const paragraph = text.slice(block.span.start, block.span.end);
    if (editorsGapMarker(paragraph) !== undefined) facts |= GAP_MARKER;
    else if (provenanceHeader(paragraph)) facts |= PROVENANCE_HEADER;
  }
  return facts;
}

/** A markdown link's destination: "](#-1-avg--zuständigkeit)". */
const LINK_DESTINATION = /\]\([^()\s]{0,400}\)/g;

/**
 * Blocks that are no provision: a PDF's running heads (the same short line right after several
 * page breaks: "_Bill_", "# Bill", "_Electronic Government Activities_"), a table of contents
 * (from its title to the first block of running prose: its entries are titles, not sections), and
 * a site's navigation (lists of links to the parts).
 */
function furnitureOf(text: string, blocks: Block[], memo?: LegalReadingMemo): Set<Block> {
  const furniture = new Set<Block>();
  const afterBreak = new Map<string, Block[]>();
  const numbered: Array<{ block: Block; words: string }> = [];
  for (let i = 1; i < blocks.length; i++) {
    if (blocks[i - 1].kind !== 'thematicBreak' || blocks[i].kind === 'thematicBreak') continue;
    const words = plainWords(text, blocks[i]);
    if (!words || words.length > 80 || text.slice(blocks[i].span.start, blocks[i].span.end).includes('\n')) continue;
    const seen = afterBreak.get(words);
    if (seen) seen.push(blocks[i]);
    else afterBreak.set(words, [blocks[i]]);
    // "10 Bill" after "Bill": the running head with the page's number
    const unnumbered = words.replace(/^\d{1,4}\s+|\s+\d{1,4}$/g, '');
    if (unnumbered !== words && unnumbered) numbered.push({ block: blocks[i], words: unnumbered });
  }
  for (const { block, words } of numbered) afterBreak.get(words)?.push(block);
  for (const seen of afterBreak.values()) if (seen.length >= 2) for (const block of seen) furniture.add(block);
  const facts = blocks.map((block) => furnitureFacts(text, block, memo));
  // "- [Article 1](article-1.md)" under each heading of a law published as a folder of files: a list
  // of nothing but links to the parts is the site's navigation, not the law's text.
  const linkOnly = (i: number) => i >= 0 && i < blocks.length && (facts[i] & NAVIGATION_ITEM) !== 0;
  for (let i = 0; i < blocks.length; i++) if (linkOnly(i) && (linkOnly(i - 1) || linkOnly(i + 1))) furniture.add(blocks[i]);
  // An editor's words on what the copy leaves out, and a curator's provenance lines above the text: no provision, and their
  // "Part II (ss.4-13)" names what the copy lacks (structure.ts reads them as its gaps)
  for (let i = 0; i < blocks.length; i++) {
    if (facts[i] & GAP_MARKER) furniture.add(blocks[i]);
  }
  // (above the text: under its title at most, a heading that names no unit)
  for (let i = 0; i < blocks.length && i <= PROVENANCE_HEADER_REACH; i++) {
    if (blocks[i].kind === 'heading' && readHeading(text.slice(blocks[i].contentStart, blocks[i].span.end))) break;
    if (facts[i] & PROVENANCE_HEADER) furniture.add(blocks[i]);
  }
  // "EXPLANATORY STATEMENT" after a bill's last clause: the drafters' notes on it ("Clause 5 seeks to …", "Part I"
  // again), no provision of the text; read to the end as furniture, so that their parts and "this clause" say nothing
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i].span.start < text.length / 2 || !(facts[i] & STATEMENT_TITLE_BLOCK)) continue;
    for (let k = i; k < blocks.length; k++) furniture.add(blocks[k]);
    break;
  }
  // "Spam Act 2008\nT ABLE OF PROVISIONS\nPart 1\n…" (a PDF's page as one paragraph, its letters spaced): the page is the table
  for (let i = 0; i < blocks.length; i++) {
    if (!(facts[i] & CONTENTS_PAGE)) continue;
    furniture.add(blocks[i]);
    // the next page of the table: a paragraph of lines that are all titles ("26 Object", "Part 5", "Schedule 1"), with its page's mark
    while (blocks[i + 1]?.kind === 'paragraph' && isListOfTitles(text.slice(blocks[i + 1].span.start, blocks[i + 1].span.end))) furniture.add(blocks[++i]);
  }
  for (let i = 0; i < blocks.length; i++) {
    if (!(facts[i] & CONTENTS_TITLE_BLOCK)) continue;
    furniture.add(blocks[i]);
    const tableStart = i;
    // (its first line: "**I. Teil: Allgemeine Bestimmungen**  \n**1. Abschnitt: Behörden**" is opened again by "## I. Teil: …")
    const firstEntry = i + 1 < blocks.length ? firstLineWords(text, blocks[i + 1]) : undefined;
    for (i++; i < blocks.length; i++) {
      const block = blocks[i];
      // "PART I" listed first, then the body opening with "PART I" again: the table has ended.
      if (i > tableStart + 1 && firstEntry && firstLineWords(text, block) === firstEntry) break;
      // "* [§ 36 AVG — Widmung …](#-36-avg--widmung-…)": an entry linked to its place is as long as its words
      const body = text.slice(block.span.start, block.span.end).replace(LINK_DESTINATION, ']');
      // Entries are short lines: titles, numbers and titles, group headings. A unit's own heading or a sentence ends the table.
      const info = block.kind === 'heading' ? readHeading(text.slice(block.contentStart, block.span.end)) : undefined;
      // "4. Unauthorised access with intent to commit or facilitate\ncommission of further offence.": a numbered entry may wrap once or twice
      const numbered = !!readMarker(body);
      // "**I. Teil: Allgemeine Bestimmungen**  \n**1. Abschnitt: Behörden**": group headings in bold on the lines of one paragraph
      const lines = body.split('\n');
      const boldLines = lines.length <= 6 && lines.every((one) => /^\*\*[^*\n]{1,100}\*\*[ \t]*$/.test(one.trim()));
      const line = (block.kind === 'paragraph' || block.kind === 'listItem') && (numbered ? body.length <= 240 && lines.length <= 3 : boldLines || (!body.includes('\n') && body.length <= 100)) &&
        (numbered || lines.every((one) => !/[.;:]$/.test(one.replace(/[*_]/g, '').trim())));
      const entry = block.kind === 'thematicBreak' || line || (block.kind === 'heading' && !(info && (info.kind === 'article' || info.kind === 'section' || info.kind === 'numbered')));
      if (!entry) break;
      furniture.add(block);
    }
    i--;
  }
  return furniture;
}

/** Depths given to heading lines written as plain text: groupings as "##", articles and sections as "###". */
const PLAIN_GROUPING_DEPTH = 2;
const PLAIN_UNIT_DEPTH = 3;
/** Groupings a document may hold one of, named without a number ("the Schedule", "the Annex"). */
export const UNNUMBERED_GROUPINGS = new Set<string>(['schedule', 'annex']);

/**
 * A paragraph cut at its lines that are headings written as plain text, as official sites' text
 * dumps give them: "المادة 2: استخدام المصطلحات", "Article 7 – Illegal access", "CHAPTER II".
 * A heading line names a kind and a number, then nothing or a separator and a short title that
 * does not end a sentence ("Article 5 shall apply …" and "Article 5: see below." stay text).
 */
function plainHeadingLines(text: string, block: Block, titleLineStarts: readonly number[] = [], announced?: string, titledLabel?: TitledLabel, runTogetherLabels: readonly number[] = [], captioned = false): Block[] {
  const pieces: Block[] = [];
  let from = block.span.start;
  let lineStart = block.span.start;
  // "**_(1)_** **Artículo 1.-** El Impuesto …": the official site's mark of a note on the article (dropped) before its label
  const mark = block.kind === 'paragraph' ? NOTE_MARK.exec(text.slice(block.span.start, Math.min(block.span.end, block.span.start + 16)))?.[0].length ?? 0 : 0;
  // "**_(31) Artículo 20.-_**": the mark inside the bold label is the label's own (runInUnitLabel reads it)
  const inBold = mark && block.kind === 'paragraph' ? runInUnitLabel(text.slice(block.span.start, Math.min(block.span.end, block.span.start + RUN_IN_LABEL_REACH))) : undefined;
  const labelStart = block.span.start + (inBold !== undefined ? 0 : mark);
  const labelEnd = inBold ?? (block.kind === 'paragraph' && !koreanArticleQuoted(text, labelStart) ? runInUnitLabel(text.slice(labelStart, Math.min(block.span.end, labelStart + RUN_IN_LABEL_REACH))) ??
    boldLabelWithNote(text.slice(labelStart, Math.min(block.span.end, labelStart + NOTED_BOLD_LABEL_REACH))) ?? announcedLabel(text, labelStart, announced) ??
    (captioned ? captionedLabel(text.slice(labelStart, Math.min(block.span.end, labelStart + 40))) : undefined) : undefined);
  // "Предмет Чл. 1. Този закон урежда …" (Bulgaria's laws as lex.bg gives them): the article's title, then its label run in
  // "<sup>11</sup> Kindeswohl Art. 1 a" (Fedlex's PDFs as converted): a line's mark before the title, dropped with it
  const titled = labelEnd === undefined && (!mark || titledLabel?.titleStart === block.span.start + mark) ? titledLabel : undefined;
  if (titled) pieces.push({ kind: 'heading', depth: PLAIN_UNIT_DEPTH, span: { start: titled.titleStart, end: titled.titleEnd }, contentStart: titled.titleStart, titleOfNext: true });
  const label = titled ? { start: titled.labelStart, end: titled.labelEnd } : labelEnd !== undefined ? { start: labelStart, end: labelStart + labelEnd } : undefined;
  // "  （目的）" then "第一条　この法律は、…" (e-Gov's text of Japan's laws): the article's caption on the line above its label, its title
  const caption = !label && !titled && block.kind === 'paragraph' ? JAPANESE_CAPTION_ABOVE_LABEL.exec(text.slice(block.span.start, Math.min(block.span.end, block.span.start + 80))) : null;
  if (caption) {
    const span = trimSpan(text, block.span.start, block.span.start + caption[1].length);
    pieces.push({ kind: 'heading', depth: PLAIN_UNIT_DEPTH, span, contentStart: span.start, titleOfNext: true });
    from = lineStart = block.span.start + caption[0].length;
  }
  if (label) {
    // The label is the unit's heading; the rest of its line goes on as the unit's first paragraph.
    // "**Чл. 4.** (Изм. - ДВ, бр. 63 от 2025 г., в сила от 03.12.2025 г.) (1) Арбитраж …" (lex.bg): the editor's note on the
    // article stays with its label, so that its first paragraph opens at "(1)"
    const note = EDITORS_NOTE_BEFORE_MARKER.exec(text.slice(label.end, Math.min(block.span.end, label.end + 400)))?.[0].length ?? 0;
    pieces.push({ kind: 'heading', depth: PLAIN_UNIT_DEPTH, span: { start: label.start, end: label.end + note }, contentStart: label.start });
    from = label.end + note;
    const firstLineEnd = text.indexOf('\n', from);
    lineStart = firstLineEnd < 0 || firstLineEnd > block.span.end ? block.span.end : firstLineEnd + 1;
  }
  /** "…制定本规则。 第二条 凡辖有航空器的……": Chinese articles a converter ran together on one line, each label a heading. */
  const runTogether = (start: number, end: number) => {
    if (!/[。；！？][ \t\u3000]+第/.test(text.slice(start, end))) return;
    for (const label of text.slice(start, end).matchAll(CJK_LABEL_AFTER_SENTENCE)) {
      const at = start + (label.index ?? 0);
      if (at <= from) continue;
      const before = trimSpan(text, from, at);
      if (before.end > before.start) pieces.push({ kind: 'paragraph', depth: 0, span: before, contentStart: before.start });
      pieces.push({ kind: 'heading', depth: PLAIN_UNIT_DEPTH, span: { start: at, end: at + label[0].length }, contentStart: at });
      from = at + label[0].length;
    }
  };
  /** "… fuentes. Artículo 7. Agricultura …", "CAPÍTULO III SIGNO DISTINTIVO Artículo 10. …" (articlesRunTogether): each label a heading. */
  const articlesTogether = (start: number, end: number) => {
    for (const at of runTogetherLabels) {
      if (at < start || at >= end || at <= from) continue;
      const before = trimSpan(text, from, at);
      // the heading in capitals before it on its line, when it reads as a grouping's ("CAPÍTULO III SIGNO DISTINTIVO")
      const grouping = before.end > before.start ? plainHeadingDepth(text.slice(before.start, before.end), true) : undefined;
      if (before.end > before.start) pieces.push({ kind: grouping === PLAIN_GROUPING_DEPTH ? 'heading' : 'paragraph', depth: grouping === PLAIN_GROUPING_DEPTH ? grouping : 0, span: before, contentStart: before.start });
      const length = runTogetherLabelLength(text, at, runInUnitLabel);
      pieces.push({ kind: 'heading', depth: PLAIN_UNIT_DEPTH, span: { start: at, end: at + length }, contentStart: at });
      from = at + length;
    }
  };
  if (labelEnd !== undefined) runTogether(from, Math.min(block.span.end, lineStart));
  if (labelEnd !== undefined && runTogetherLabels.length) articlesTogether(from, Math.min(block.span.end, lineStart));
  const oneLine = text.indexOf('\n', block.span.start) < 0 || text.indexOf('\n', block.span.start) >= block.span.end;
  while (lineStart < block.span.end) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > block.span.end) lineEnd = block.span.end;
    let depth = plainHeadingDepth(text.slice(lineStart, lineEnd), oneLine) ?? (titleLineStarts.includes(lineStart) ? PLAIN_UNIT_DEPTH : undefined);
    // "… in addition to the amount specified in the First\nSchedule" (a sentence wrapped): one word in title case after a
    // line that stops mid-phrase ends that sentence, no schedule's heading
    if (depth === PLAIN_GROUPING_DEPTH && lineStart > block.span.start && /^[ \t]*\p{Lu}\p{Ll}+[ \t]*$/u.test(text.slice(lineStart, lineEnd)) &&
      /[\p{L}\d,][ \t]*\n$/u.test(text.slice(Math.max(block.span.start, lineStart - 4), lineStart))) depth = undefined;
    // "DE LA: En Soles\nSECCION PRIMERA : Gobierno Central\nPLIEGO 009 : Ministerio de Economía y Finanzas" (a budget's chart of
    // accounts, Peru): a line "KEY : value" among others of that form is a row of the chart, not a heading
    if (depth !== undefined && KEY_VALUE_LINE.test(text.slice(lineStart, lineEnd)) && keyValueNeighbour(text, block, lineStart, lineEnd)) depth = undefined;
    // "… under the terms referred to in point (e) of\nArticle 46(2). Such controllers …" (the GDPR hard-wrapped at 80 columns): a line
    // after one that stops on a word a phrase goes on from goes on with that sentence, whatever it opens with
    const goesOn = lineStart > block.span.start && PHRASE_GOES_ON.test(text.slice(Math.max(block.span.start, lineStart - 24), lineStart));
    if (goesOn) depth = undefined;
    // A later line opening a unit run in ("\f Artículo 30 Competencia ….- Compete a …"): a PDF's page break left no blank line.
    // A note's mark may stand before its label, as at a paragraph's start ("(45) Artículo 27.- Cualquiera …").
    const lineContent = trimSpan(text, lineStart, lineEnd).start;
    const lineMark = depth || lineStart === block.span.start ? 0 : NOTE_MARK.exec(text.slice(lineContent, Math.min(lineEnd, lineContent + 16)))?.[0].length ?? 0;
    const contentStart = lineContent + lineMark;
    const runIn = depth || goesOn || lineStart === block.span.start || koreanArticleQuoted(text, contentStart) ? undefined : runInUnitLabel(text.slice(contentStart, Math.min(block.span.end, contentStart + RUN_IN_LABEL_REACH)));
    // a schedule's heading, its margin note and what follows on the line going on as the schedule's text
    const schedule = depth || runIn !== undefined ? undefined : scheduleHeadingLength(text.slice(lineContent, lineEnd));
    // "(Section 5 (d)) SCHEDULE IV": a PDF's margin note, the section that brings the schedule in, before its heading
    const margin = depth || runIn !== undefined || schedule !== undefined ? undefined : marginBeforeSchedule(text.slice(lineContent, lineEnd));
    // "… de la República Argentina)*Capítulo IX" (InfoLEG as converted): a grouping's heading glued to the note that closes the
    // article before it, alone to the line's end
    const glued = depth || runIn !== undefined || schedule !== undefined || margin !== undefined ? undefined : groupingAfterNote(text.slice(lineContent, lineEnd));
    if (glued !== undefined) {
      const before = trimSpan(text, from, lineContent + glued);
      if (before.end > before.start) pieces.push({ kind: 'paragraph', depth: 0, span: before, contentStart: before.start });
      const span = trimSpan(text, lineContent + glued, lineEnd);
      pieces.push({ kind: 'heading', depth: PLAIN_GROUPING_DEPTH, span, contentStart: span.start });
      from = span.end;
    }
    if (depth || runIn !== undefined || schedule !== undefined || margin !== undefined) {
      const before = trimSpan(text, from, lineStart);
      if (before.end > before.start) pieces.push({ kind: 'paragraph', depth: 0, span: before, contentStart: before.start });
      const span = runIn !== undefined ? trimSpan(text, contentStart, contentStart + runIn) : schedule !== undefined ? { start: lineContent, end: lineContent + schedule }
        : margin !== undefined ? trimSpan(text, lineContent + margin, lineEnd) : trimSpan(text, lineStart, lineEnd);
      pieces.push({ kind: 'heading', depth: depth ?? (schedule !== undefined || margin !== undefined ? PLAIN_GROUPING_DEPTH : PLAIN_UNIT_DEPTH), span, contentStart: span.start });
      from = span.end;
    }
    if (!depth) runTogether(lineStart, lineEnd);
    if (!depth && runTogetherLabels.length) articlesTogether(lineStart, lineEnd);
    lineStart = lineEnd + 1;
  }
  if (from === block.span.start) return [block];
  const rest = trimSpan(text, from, block.span.end);
  if (rest.end > rest.start) pieces.push({ kind: 'paragraph', depth: 0, span: rest, contentStart: rest.start });
  return pieces;
}

/** A note closed in italics, then a capital: where a heading glued to it may start. */
const NOTE_CLOSED_BEFORE_CAPITAL = /\)[*_]{1,3}(?=\p{Lu})/gu;

/** Where a grouping's heading glued to a note's close starts in `line` ("… Argentina)*Capítulo IX"), when the rest of the line is that heading. */
function groupingAfterNote(line: string): number | undefined {
  if (!line.includes(')*') && !line.includes(')_')) return undefined;
  let found: number | undefined;
  for (const close of line.matchAll(NOTE_CLOSED_BEFORE_CAPITAL)) found = (close.index ?? 0) + close[0].length;
  if (found === undefined || line.length - found > GLUED_GROUPING_REACH) return undefined;
  return plainHeadingDepth(line.slice(found), true) === PLAIN_GROUPING_DEPTH ? found : undefined;
}

/** How long a grouping's heading glued to a note may be ("SECCION II: ORGANIZACION DEL SISTEMA."). */
const GLUED_GROUPING_REACH = 120;

/** Where a list item's line after its first is a heading written as plain text (plainHeadingDepth), if one is. */
function headingLineInItem(text: string, item: Block): number | undefined {
  let lineStart = text.indexOf('\n', item.contentStart) + 1;
  while (lineStart > 0 && lineStart < item.span.end) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > item.span.end) lineEnd = item.span.end;
    const contentStart = trimSpan(text, lineStart, lineEnd).start;
    // (never a line that goes on with the sentence of the line before: "… in point (e) of\nArticle 46(2). Such …")
    const goesOn = PHRASE_GOES_ON.test(text.slice(Math.max(item.span.start, lineStart - 24), lineStart));
    if (!goesOn && plainHeadingDepth(text.slice(lineStart, lineEnd)) || !goesOn && runInUnitLabel(text.slice(contentStart, Math.min(item.span.end, contentStart + RUN_IN_LABEL_REACH))) !== undefined) return lineStart;
    lineStart = lineEnd + 1;
  }
  return undefined;
}

/** A line's end on a word a phrase goes on from: a preposition or an article, in the languages read ("… in point (e) of\n"). */
const PHRASE_GOES_ON = new RegExp(String.raw`(?<!\p{L})(?:${everyTable('phraseGoesOn')})[ \t]*\r?\n$`, 'u');

/** How far into a paragraph a run-in label and its short title may reach ("Artículo 30 Competencia de los Juzgados de Paz Letrados.- Compete …"). */
const RUN_IN_LABEL_REACH = 280;

const SUPERSCRIPT_NOTE_MARK = /^<sup>\d{1,3}<\/sup>\s+(?=\S)/;

/** A note's mark before a unit's label, "**_(1)_** ", "(*) ", "**(2)** ", or the quote opening an amended text: "“Artículo 48-A.- …". */
const NOTE_MARK = new RegExp(String.raw`^(?:(?:\*\*|__)?_?${NOTE_MARK_PATTERN}_?(?:\*\*|__)?[ \t]+(?=\S)|[${OPENING_QUOTES}](?=\p{Lu}))`, 'u');

/** "**ARTÍCULO 1°.-**", "**Article 5**", "**_Artículo 4.-_**": a label in bold, closed right after it. */
// "**Artículo 11*.-**": an editor's asterisk after the number, before the separator, is the label's
const BOLD_LABEL = /^(\*\*|__)_?((?:[^*_\n]|\*{1,3}(?=[.°º:–—-])){1,40}?)_?\1/;
/** A bold run, the text after it: "**Artículo 10. De la dirección de los Ministerios.** La …" (a label, its stop and its title). */
const TITLED_BOLD_LABEL = /^(\*\*|__)([^*_\n]{2,240}?)\1(?=[ \t]+\S)/;
/** A note's mark "(31) " or an opening quote before a label, inside its bold: "**_(31) Artículo 20.-_**", "**“Artículo 20.-**". */
const MARK_OR_QUOTE = new RegExp(String.raw`^(?:${NOTE_MARK_PATTERN}\s*|[${OPENING_QUOTES}]\s*){1,2}`);
/** What may follow a label inside its bold: a separator, then perhaps the mark of a note ("**_Artículo 19.- (17)_**"). */
// ("**Artículo 48. &#8211;**": the dash as an HTML entity)
const AFTER_LABEL_IN_BOLD = new RegExp(String.raw`^(?:\*{1,3}(?=[.°º:–—-]))?(?:[\s°º.:–—-]|&#821[12];|&[nm]dash;)*(?:${NOTE_MARK_PATTERN}\s*)?$`);
/** "Art. 277 (267). …": the article's former number in brackets and a full stop after its label (Chile's codes). */
const FORMER_NUMBER = /^\.?[ \t]?\(\d{1,4}(?:[ \t]?(?:bis|ter|[A-Z]))?\)\.(?:[ \t]?[-–—])?[ \t\u00a0]+(?=[*_[]{0,3}\p{Lu})/u;
/** After an article's number: its ordinal sign or a full stop, then a capital or "(" ("Art. 1º Esta Lei", "Art. 10. Compete", "Art. 9º (VETADO)", "Art. 86. [(Revogado …)](…)"). */
// "Art. 60**.**O sujeito …" (a clip that kept the page's bold full stop and lost the space)
// "Art. 1<sup><span class="underline">o</span></sup> Toda pessoa …" (pandoc from the page's HTML): the sign set in tags of a superscript
// "Art. 10\. Na elaboração …" (a converter's escaped full stop), "Art. 2  ~~º~~  Para …", "Art. 3 _o_ Os editais …" (Planalto's page:
// the ordinal sign struck through or set in italics)
const SIGNED_LABEL_END = /^(?:\*\*)?(?:[º°ª][.,]?|\\?\.|[ \t]{1,3}(?:~~[º°ª]~~|_[oº°ª]_)|(?:<[a-z][^<>]{0,40}>){1,3}[oº°ª](?:<\/[a-z]{1,6}>){1,3}\.?)(?:\*\*)?[ \t\u00a0]*(?=[*_[]{0,3}[\p{Lu}(])/u;

/**
 * A line without what follows its last sentence and is no text of the law: the block ids Obsidian puts at a
 * paragraph's end ("… à União. ^ta7646") and the editor's notes on its history ("[(Incluído pela Lei nº 14.155, de
 * 2021)](https://…)", "(Redação dada pela Lei nº 13.964, de 2019)").
 */
function withoutEditorialTail(line: string): string {
  let judged = line.replace(/(?:[ \t]\^[A-Za-z0-9-]{1,40}){1,8}[ \t]*$/, '');
  for (let notes = 0; notes < 4; notes++) {
    const shorter = judged.replace(/[ \t]*(?:\[\([^\]\n]{1,300}\)\]\([^)\s]{1,400}\)|\((?:Redação|Incluíd|Revogad|Vide|Vigência|Renumerad)[^()\n]{0,300}\))[ \t]*$/u, '');
    if (shorter === judged) break;
    judged = shorter;
  }
  return judged;
}

/**
 * After "§ 5." opening a paragraph: its first paragraph's marker, "(1) ", or a German sentence ("§ 4. Im Sinne der folgenden
 * Bestimmungen dieses Bundesgesetzes bedeuten …"): in French, Dutch and Portuguese "§ 2. Le Registre national …" and "§ 10.
 * Compete …" are an article's paragraph (markers.ts), and German alone writes "§" for a section.
 */
const SECTION_TEXT_AFTER_STOP = /^[ \t]+(?:\(\d{1,3}[a-z]?\)\.?[ \t]|\p{Lu}\p{Ll}+[ \t](?=.*[ \t](?:und|ist|wird|sind|der|dem|das|dieses|dieser|diese|eine|eines|einer|einem|nicht|für|mit|von|zu|bei|nach|oder|auf|sich|gilt|gelten|kann|können|hat|haben|im|zur|zum|durch|über|unter|gemäß|sowie|soweit|werden|wenn|auch|nur|bleiben|bleibt|müssen|muss|dürfen|darf|sollen|soll)[ \t]))/u;

/**
 * "**Art. 6 Fassung gemäss Ziff. I des BG vom 24. März 2006, in Kraft seit 1. Jan. 2008 (AS 2007 4983; BBl 2003 2101).** Art. 6
 * Fassung gemäss … Grenzüberschreitende Bekanntgabe" (Fedlex as benjamin-arfa/swiss-law converts it): the label in bold with the
 * footnote on the article's history run into it, and the label given again right after the bold. Where the bold ends, or undefined.
 */
function boldLabelWithNote(head: string): number | undefined {
  if (head.charCodeAt(0) !== 42 && head.charCodeAt(0) !== 95) return undefined;
  const bold = NOTED_BOLD_LABEL.exec(head);
  if (!bold) return undefined;
  const info = readHeading(bold[2]);
  if (!info || (info.kind !== 'article' && info.kind !== 'section') || info.number === undefined || info.within || !bold[2].startsWith(info.label)) return undefined;
  const again = head.slice(bold[0].length);
  return again.startsWith(info.label.trim()) && /^(?:[ \t.:]|$)/.test(again.slice(info.label.trim().length)) ? bold[0].length : undefined;
}

/** A bold run that opens a paragraph, a footnote's words in it, and the space after it. */
// (the bold may run over the paragraph's lines: "**Art. 11\n\t\t Nuovo testo giusta … (RU 2007 737; FF 2003 1399).** Art. 11")
const NOTED_BOLD_LABEL = /^(\*\*|__)((?:[^*_\n]|\n(?![ \t]*\n)){4,900}?)\1[ \t]+/;
/** How much of a paragraph the bold label with a note run into it is looked for in. */
const NOTED_BOLD_LABEL_REACH = 1_000;

/** "ARTÍCULO 1°.- ", "ARTICULO 1º — ", "Art. 5.- ": the dash after the number ends a label. */
// "Artículo 2”.- FORMAS …": an OCR's "”" (or "*”") for the ordinal sign, before ".-" only
// "**Artículo 48. &#8211;** Si conforme …" (a scraper of lpderecho.pe): the dash left as an HTML entity
const DASHED_LABEL_END = /^(?:[°º]|[”"'*]{1,2}(?=\.\s?[-–—]))?\s?(?:[.,]\s?(?:[-–—]|&#821[12];|&[nm]dash;|_(?=[ \t]))|[-–—])\s?(?=\S)/;

/**
 * An article's or section's label run into its first paragraph, as Latin American laws and HTML
 * converted to markdown give it: "**ARTÍCULO 1°.-** Objeto de la ley. …", "Art. 5.- El que …".
 * Only a label in bold or ended by a dash: "Article 5 applies …" opening a paragraph is a citation.
 * Returns where the label ends in `head` (the paragraph's first characters).
 */
function runInUnitLabel(raw: string, depth = 0): number | undefined {
  // "Art**.** 4ºO IBS …" (a clip of Planalto's page that kept the bold of the abbreviation's full stop): read as
  // "Art.     4ºO", the same length, so that where the label ends is where it ends in the text
  const head = raw.startsWith('**.**', 3) && /^(?:Art|ART)\*\*\.\*\*[ \t]?\d/.test(raw) ? `${raw.slice(0, 3)}.    ${raw.slice(8)}` : raw;
  // "第一条　为了保障网络安全，……" (Chinese laws as official sites give them): the label, a space, the text
  const chinese = CJK_RUN_IN_LABEL.exec(head);
  if (chinese) return (chinese[1] ?? chinese[2]).length;
  // "**第一条（目的）**　この法律は、…", "**第三条の二**　…" (Japan's laws as yno9/legalize-jp converts e-Gov's): the label and its
  // caption in bold, an ideographic space, the text
  const japanese = JAPANESE_BOLD_LABEL.exec(head);
  if (japanese) return japanese[0].length;
  // "제1조(목적) 이 법은 …", "제2조 (다른 법률의 개정) ① …", "제5조 삭제 <2010.1.1>" (Korea's laws as law.go.kr gives their text): the
  // label and its caption in brackets, the text after it (a citation opening a paragraph, "제5조에 따른", has neither)
  const korean = KOREAN_RUN_IN_LABEL.exec(head);
  if (korean) return korean[1].length;
  const unitLabel = (candidate: string) => {
    // "artículo 36. Estos descansos …" opening a hard-wrapped line (Chile's BCN text): a label is capitalised, a citation need not be
    if (/^\p{Ll}/u.test(candidate)) return undefined;
    const info = readHeading(candidate);
    return info && (info.kind === 'article' || info.kind === 'section') && info.number !== undefined && !info.within && candidate.startsWith(info.label) ? info : undefined;
  };
  // "_**Artículo 5.-** Para …": the paragraph's italics open before the bold label
  if (/^[_*](?:\*\*|__)/.test(head) && depth < 3) {
    const inner = runInUnitLabel(head.slice(1), depth + 1);
    return inner === undefined ? undefined : inner + 1;
  }
  // "**Artículo 10. De la dirección de los Ministerios.** La dirección …" (SUIN, Colombia): the label, its stop and its title in one bold
  // run, the text after it
  const boldTitled = TITLED_BOLD_LABEL.exec(head);
  if (boldTitled && depth === 0) {
    const info = unitLabel(boldTitled[2]);
    if (info && /[.:]$/.test(boldTitled[2]) && /^[º°]?(?:\.[ \t]*[-–—]?|[ \t]*[-–—:])[ \t]*\p{Lu}/u.test(boldTitled[2].slice(info.label.length))) return boldTitled[0].length;
  }
  const bold = BOLD_LABEL.exec(head);
  if (bold) {
    // "**_(31) Artículo 20.-_**", "**“Artículo 20.-**": a note's mark or the quote of an amended text inside the bold label (SPIJ's HTML)
    const inner = bold[2].trim().replace(MARK_OR_QUOTE, '');
    if (!inner && depth < 3) {
      // "**_(103)_** **_Artículo 73.-_**", "_**“**_ **Artículo 57.-**": the mark or quote in bold of its own, the label after it
      const gap = /^[_*]{0,2}[ \t]+/.exec(head.slice(bold[0].length))?.[0].length;
      if (gap === undefined) return undefined;
      const after = runInUnitLabel(head.slice(bold[0].length + gap), depth + 1);
      return after === undefined ? undefined : bold[0].length + gap + after;
    }
    const info = unitLabel(inner);
    // "**_Artículo 19.- (17)_**": the note's mark may follow the label too
    if (!info || !AFTER_LABEL_IN_BOLD.test(inner.slice(info.label.length))) return undefined;
    // "**Art. 60**. O sujeito …": the full stop or ordinal sign left outside the bold
    // "**Artículo 6**.- Concurrentemente …": the separator too
    // "**Artículo 1º**.*Definiciones*. Para efectos …" (SUIN, Colombia): the full stop, then the title in italics with no space
    // "**Artículo 10***" alone on its line (SPIJ's text of an amended article, Peru): an asterisk's note mark after the label
    const mark = /^\*{1,3}(?=[ \t]*\n)/.exec(head.slice(bold[0].length))?.[0] ?? '';
    // "**_Artículo 14_** _.- El Subjefe es …" (SPIJ): the separator in italics of its own after the label
    const emphasised = /^[ \t]*[*_]{1,2}(?:\.?[-–—]|[.:])[ \t]+(?=\p{Lu})/u.exec(head.slice(bold[0].length))?.[0];
    // "**Artículo 2º****.** *Operaciones de crédito.*", "**Artículo 37***.**Grupos Internos …*", "**Artículo 111****.***Uniformidad …*"
    // (SUIN, Colombia): the full stop in bold or italics of its own right after the label, the title in italics after it
    const boldSign = /^\*{1,3}(?:\.?[-–—]|[.:])\*{1,2}(?=[ \t]|\*?\p{Lu})/u.exec(head.slice(bold[0].length))?.[0];
    // ("**Artículo 3**ºDETERMINACIÓN DE LA PLANTA. …": the ordinal sign, then the title in capitals with no space)
    // "**Art. 2.** - Pour l'application du présent décret …", "**Article 19**. - Toute entrave …" (Senegal's Journal officiel as
    // vie-publique.sn gives it): a dash set apart, after the stop
    // ("**ARTICULO 81.** - 1º Se impondrá …", Argentina's Penal Code: the first inciso's number right after the dash; "**ARTICULO
    // 122.** - *(Artículo derogado …)*", "**ARTICULO 121.** -.*(Artículo derogado …)*": a repealed article's note in italics)
    const spacedDash = /^\.?[ \t]+[-–—](?:(?=[ \t]+(?:[*_]{0,2}\p{Lu}|\d{1,3}[º°][ \t]|[*_]\())|\.(?=[*_]\())/u.exec(head.slice(bold[0].length))?.[0];
    const sign = mark || emphasised || boldSign || spacedDash || (/^[º°]?(?:\.?[-–—]|[.:])?(?=[\s\u00a0]|[*_]{1,2}\p{Lu}|(?<=[º°])\p{Lu}{2})/u.exec(head.slice(bold[0].length))?.[0] ?? '');
    const after = head.slice(bold[0].length + sign.length);
    // "**Artículo 1°.** los ganaderos o cualquiera otra persona …" (SUIN's text of a 1934 decree): after a bold label that
    // ends with its stop or dash, the text may open in a small letter
    return opensText(after) || (/[.:–—-][ \t]*$/.test(inner) && /^[ \t]+\p{Ll}/u.test(after)) ? bold[0].length + sign.length : undefined;
  }
  const line = head.split('\n', 1)[0];
  const info = unitLabel(line);
  if (!info) return undefined;
  // "المادة الأولى:يكون التأمين …", "المادة السادسة :- …": an Arabic label ends with a colon, the text right after it
  // (a line that reads as a heading, "المادة 14: الجرائم المتعلقة …" with no stop at its end, is the label and the title: plainHeadingDepth)
  const judged = withoutEditorialTail(line).trim();
  // ("Art. 12. Revoga-se o [Decreto nº 75.657, de 24 de abril de 1975. ](http://…)": the words of a link end the sentence)
  const sentence = /[.;,،؛:]$/.test(judged) || /[.;,،؛:][ \t]*\]\([^()\s]{1,400}\)$/.test(judged) || judged.length > 150;
  // "Art. 277 (267). Siempre …", "Art. 524. (546). En …" (Chile's codes as the BCN gives them): the article's former
  // number in brackets after its own is part of the label, no paragraph "(267)"
  const former = info.kind === 'article' && /\d$/.test(info.label) ? FORMER_NUMBER.exec(line.slice(info.label.length)) : null;
  if (former) return info.label.length + former[0].length;
  const arabicColon = sentence && /^[\u0600-\u06ff]/.test(info.label) ? /^\s?[:：]-?\s*(?=\S)/.exec(line.slice(info.label.length)) : null;
  if (arabicColon) return info.label.length + arabicColon[0].length;
  // "Art. 1º Esta Lei regula …", "Art. 1o …", "Art. 10. Compete à União …", "Art. 154-A. Invadir …", "Art. 9º (VETADO)."
  // (Brazil's laws as Planalto gives them): the label, its ordinal sign or a full stop, then a sentence. An article
  // only: "§ 1º As normas …" is a paragraph of one (markers.ts).
  // "Art. 42 Os membros …": from 10 on, some texts drop the full stop too; only after the abbreviation "Art." and a capitalised word
  // ("Art. 2o O processamento …": the letter o is the ordinal sign, and a capital alone may follow it, as after "º")
  const unsigned = /\do$/.test(info.label) ? /^\.?[ \t\u00a0]+(?=[*_[]{0,3}[\p{Lu}(])/u
    : /^(?:Art|ART)\.[ \t]?(?:\d{2,}|\d{1,3}(?:\.\d{3})+)$/.test(info.label) ? /^\.?[ \t\u00a0]+(?=[*_[]{0,3}(?:\p{Lu}\p{Ll}|\())/u : undefined;
  // a paragraph wrapped at 72 columns ("Art. 1º Toda pessoa é capaz de\ndireitos …", pandoc) is a sentence too
  const wrappedSentence = sentence || /^[^\n]*\n[ \t]*\S/.test(head);
  const signed = wrappedSentence && info.kind === 'article' ? (SIGNED_LABEL_END.exec(line.slice(info.label.length)) ?? unsigned?.exec(line.slice(info.label.length))) : null;
  if (signed) return info.label.length + signed[0].length;
  // "§ 4º - Será declarada …": a Brazilian paragraph of an article (markers.ts), never a section's label
  if (info.label.startsWith('§') && /^[º°]/.test(line.slice(info.label.length))) return undefined;
  const dash = DASHED_LABEL_END.exec(line.slice(info.label.length));
  // "Artikel 10-Gesetzes": a hyphen with no space on either side joins a compound
  if (dash && dash[0] !== '-') return opensText(line.slice(info.label.length + dash[0].length)) ? info.label.length + dash[0].length : undefined;
  // "SEC. 2. Declaration of Policy. – It is …" (Philippine acts): the label, a title, then the dash
  // "Artículo 1 Acción penal.- La acción …" (Peruvian codes): the same without the full stop
  const titled = TITLED_LABEL_END.exec(line.slice(info.label.length));
  if (titled) return opensText(line.slice(info.label.length + titled[0].length)) ? info.label.length + titled[1].length : undefined;
  // "Artículo 231 Registro de … o de otras formas de\ncomunicación.- …": a long title a PDF wrapped
  const wrapped = WRAPPED_TITLE_END.exec(head.slice(info.label.length));
  if (wrapped) return opensText(head.slice(info.label.length + wrapped[0].length)) ? info.label.length + wrapped[1].length : undefined;
  // "§ 5. (1) Datenanwendungen sind …", "§ 4. Im Sinne …" (Austria's RIS): a section's label, a full stop, then its first
  // paragraph's marker or a German sentence (a citation never opens a paragraph with a stop after it)
  if (info.kind === 'section' && info.label.startsWith('§')) {
    const stopped = info.label.endsWith('.') ? '' : /^\./.exec(line.slice(info.label.length))?.[0];
    if (stopped !== undefined && SECTION_TEXT_AFTER_STOP.test(line.slice(info.label.length + stopped.length))) return info.label.length + stopped.length;
  }
  // "6-1-1302. Legislative declaration. (1) THE GENERAL ASSEMBLY …", "6-1-1301. Short title. THE SHORT TITLE …" (a state code's
  // section as a session law prints it): the number and its stop, the title up to its own stop, then the text
  if (isStateCodeLabel(info.label)) return info.label.length + (STATE_CODE_TITLE.exec(line.slice(info.label.length))?.[0].length ?? 0);
  // "SEC. 6. All crimes defined …": a label in capitals and a full stop, then the text
  return info.label === info.label.toUpperCase() && /\p{Lu}{2}/u.test(info.label) && /^\.\s+\p{Lu}\p{Ll}/u.test(line.slice(info.label.length)) ? info.label.length + 1 : undefined;
}

/** Right after a heading's span: more text on its line. */
const RUNS_ON = /^[ \t]*[^\s]/;

/** A state code's section number, its stop and a capital: "6-1-1303. Definitions" (headings.ts STATE_CODE_SECTION). */
const STATE_CODE_SECTION_OPENS = /^\d{1,3}[A-Z]?(?:-\d{1,4}[A-Z]?){2,4}\.[ \t]+\p{Lu}/u;

/** A label in capitals, its stop and a capital: "SECTION 3. In Colorado Revised Statutes, …" (a section's, sectionInCapitals). */
const CAPITALS_LABEL_OPENS = /^\p{Lu}{4,}[ \t]\d{1,4}[A-Z]?\.[ \t]+\p{Lu}/u;

/** Whether a label in capitals names a section ("SECTION 3."), in whatever language the headings read. */
function sectionInCapitals(head: string): boolean {
  return readHeading(head.slice(0, head.indexOf('.') + 1))?.kind === 'section';
}

/** A state code section's title after its number: words opening with a capital, up to a stop before the text, a marker or the line's end. */
const STATE_CODE_TITLE = /^[ \t]+\p{Lu}[^\n]{0,200}?\.(?=[ \t]+[\p{Lu}(]|[ \t]*$)/u;

/**
 * "Предмет Чл. 1. Този закон …", "Електронен идентификатор Чл. 2. (1) Електронният …" (Bulgaria's laws as lex.bg gives them):
 * a short title of words alone (no digit; a stop only before a capital: "Алтернативни способи за разрешаване на спора. Ползване
 * на безплатна правна помощ Чл. 18. (1) …"), then an article's or section's label that runs into its text (a
 * stop after the number, then a capital or a paragraph's marker). Where the title ends and the label starts and ends.
 */
interface TitledLabel { titleStart: number; titleEnd: number; labelStart: number; labelEnd: number; number: string }

/**
 * After the label of "<sup>11</sup> Kindeswohl Art. 1 a" (Fedlex's PDFs as converted: a line's mark, the margin's title, then the
 * label with no stop): the block's end, or the text opening with a word ("Art. 6 b Die Voraussetzungen …"), not "Abs." or "Bst.".
 */
const MARKED_LABEL_THEN_TEXT = /^(?:[ \t]*$|[ \t]+(?=\p{Lu}\p{Ll}{2,}[ \t]))/u;

/**
 * Whether a title and what follows its label read as a margin's title and an article's text, not as a sentence citing the article
 * ("<sup>3</sup> Umfasst die Tätigkeit auch Dienstleistungen nach Artikel 20 a Buchstaben b–d"): a short title, its last word no
 * short word in lower case ("nach", "gemäss"), and no unit's noun after the label.
 */
function marginTitle(title: string, afterLabel: string): boolean {
  if (title.length > 80 || /(?:^|[\s'’])\p{Ll}{1,7}$/u.test(title)) return false;
  const next = /^[ \t]+(\p{L}+)/u.exec(afterLabel)?.[1].toLowerCase();
  return next === undefined || !isUnitNoun(next);
}

function titleThenLabel(text: string, block: Block): TitledLabel | undefined {
  const reach = Math.min(block.span.end, block.span.start + RUN_IN_LABEL_REACH + TITLE_BEFORE_LABEL_REACH);
  const mark = SUPERSCRIPT_NOTE_MARK.exec(text.slice(block.span.start, reach))?.[0].length ?? 0;
  const titleStart = block.span.start + mark;
  const title = TITLE_BEFORE_LABEL.exec(text.slice(titleStart, reach));
  if (!title) return undefined;
  const labelStart = titleStart + title[0].length;
  const labelHead = text.slice(labelStart, Math.min(block.span.end, labelStart + RUN_IN_LABEL_REACH));
  // "Art. 1 a": a PDF's space between the number and its letter
  const info = readHeading(/^\S+[ \t]*\d+(?:\p{L}|[ \t][a-z](?![\p{L}.]))?/u.exec(labelHead)?.[0] ?? '');
  if (!info || (info.kind !== 'article' && info.kind !== 'section') || info.number === undefined || info.within || !labelHead.startsWith(info.label)) return undefined;
  const after = labelHead.slice(info.label.length);
  const stop = LABEL_STOP_THEN_TEXT.exec(after) ?? (mark && marginTitle(title[1], after) ? MARKED_LABEL_THEN_TEXT.exec(after) : null);
  if (!stop) return undefined;
  return { titleStart, titleEnd: titleStart + title[1].length, labelStart, labelEnd: labelStart + info.label.length + (stop[1]?.length ?? 0), number: info.number };
}

/**
 * "<sup>6</sup> Liste der eingeteilten Mikroorganismen Art. 4" alone in its paragraph, then "<sup>1</sup> Das Bundesamt …" (Fedlex's
 * PDFs as converted, in an act whose other articles are headings): a line's mark, the margin's title and the label, nothing after
 * it, and the next paragraph opening with the first paragraph's mark. Read so even once in a document.
 */
function loneMarginTitledLabel(text: string, block: Block, titled: TitledLabel): boolean {
  if (!SUPERSCRIPT_NOTE_MARK.test(text.slice(block.span.start, block.span.start + 16))) return false;
  if (text.slice(titled.labelEnd, block.span.end).trim() !== '') return false;
  return /^\s*\n[ \t]*\n\s*<sup>1<\/sup>[ \t]+\p{Lu}/u.test(text.slice(block.span.end, block.span.end + 40));
}

/** Whether two paragraphs or more, of different numbers, open with a title then a label (titleThenLabel): the document's way, not a sentence's. */
function titleThenLabelRun(text: string, blocks: Block[], furniture: Set<Block>): boolean {
  let first: string | undefined;
  for (const block of blocks) {
    if (block.kind !== 'paragraph' || furniture.has(block)) continue;
    const found = titleThenLabel(text, block);
    if (!found) continue;
    if (first !== undefined && found.number !== first) return true;
    first = found.number;
  }
  return false;
}

/**
 * After an article's label, an editor's note on it in brackets, then its first paragraph's marker: "(Изм. - ДВ, бр. 63 от 2025 г.,
 * в сила от 03.12.2025 г.) (1)", "(Нов - ДВ, бр. 105 от 2011 г.) (1)", "(В сила от 21.05.2017 г.) (1)" (lex.bg). The note and the
 * space after it.
 */
export const EDITORS_NOTE_BEFORE_MARKER = /^[ \t]*\((?:Изм\.|Нов|Нова|Ново|Доп\.|Отм\.|В сила|Предишн|Загл\.|Обн\.)[^()\n]{0,300}(?:\([^()\n]{0,20}\)[^()\n]{0,100})?\)(?:[ \t]*\((?:Изм\.|Нов|Нова|Ново|Доп\.|Отм\.|В сила|Предишн)[^()\n]{0,300}\))*[ \t]+(?=\(1\)[ \t])/u;

const TITLE_BEFORE_LABEL_REACH = 220;
/**
 * A title of words, capitalised, then the space before a capitalised label: "Удостоверение за електронна идентичност ",
 * "Действие, прехвърляне и преотстъпване на регистрацията ", "Отговорност при междинни запаметявания (кеширане) ", "Реклама …
 * (Загл. изм. - ДВ, бр. 31 от 2023 г. (*)) " (an editor's note on the title in brackets).
 */
const TITLE_BEFORE_LABEL = /^(\p{Lu}(?:[\p{L}\p{M}'’ ,-]|\.(?=[ \t]\p{Lu})|\((?:[^()\n]|\([^()\n]{0,12}\)){0,100}\)){1,200}?(?<=[\p{L}\p{M})]))[ \t]+(?=\p{Lu}\p{L}{0,9}\.?[ \t]*\d)/u;
/** After a label's number: its stop, then the text ("Този закон …", "(1) Електронният …", "(В сила от …) (1) …"). */
const LABEL_STOP_THEN_TEXT = /^(\.)[ \t]+(?=\p{Lu}|\()/u;

/**
 * "ARTICOLO 4 Ambito delle attivita' di cooperazione 1. I settori …", "Articolo 10 1 Nel caso …" after a line "Accordo - art. 4"
 * (Normattiva's label of each article of a treaty annexed to the law ratifying it, as legalize-it gives it): the label, with
 * no separator after it, is run into the text when the line before announced that very article. Returns the label's length.
 */
function announcedLabel(text: string, start: number, announced: string | undefined): number | undefined {
  if (announced === undefined) return undefined;
  const head = /^(\p{L}+\.?)[ \t]+(\d{1,4}[a-z]{0,8}|[IVXLC]{1,8})(?=[ \t])/u.exec(text.slice(start, start + 40));
  if (!head || announced !== head[2].toLowerCase()) return undefined;
  const info = readHeading(head[0]);
  return info?.kind === 'article' && info.number !== undefined ? head[0].length : undefined;
}

/**
 * "(Support to a Business Operator etc. in a Local Area)" then "Article 12 A local government shall …" (Japan's laws in English,
 * as the official translation sets them): the article's caption in brackets, a paragraph of its own, then its label run into its
 * first sentence. Whether the paragraph before `start` is such a caption: one line, in brackets, opening with a capital.
 */
function captionBefore(text: string, start: number): boolean {
  // (a closing bracket ends the text before, or no caption: the one look most paragraphs need)
  let end = start - 1;
  while (end >= 0 && /\s/.test(text[end])) end--;
  if (text[end] !== ')') return false;
  const before = text.slice(Math.max(0, start - CAPTION_REACH), start).replace(/\s+$/, '');
  const lineStart = before.lastIndexOf('\n') + 1;
  if (lineStart > 0 && !/\n[ \t]*$/.test(before.slice(0, lineStart - 1))) return false;
  return CAPTION.test(before.slice(lineStart));
}

const CAPTION_REACH = 160;
const CAPTION = /^[ \t]*\((?:\p{Lu}|\p{Lo})[^()\n]{0,120}\)[ \t]*$/u;

/** After a caption: "Article 12 A local government …", "Article 16-2 A Personal Information …": the label's length, a sentence after it. */
function captionedLabel(head: string): number | undefined {
  const label = /^(?:Article|Art\.)[ \t]+\d{1,4}(?:-\d{1,3}){0,2}(?=[ \t]+(?:\p{Lu}|\())/u.exec(head);
  if (!label) return undefined;
  const info = readHeading(label[0]);
  return info?.kind === 'article' && info.number !== undefined ? label[0].length : undefined;
}

/** The article's number (lower case) a line "Accordo - art. 4" right before `start` announces, or undefined. */
function numberAnnouncedBefore(text: string, start: number): string | undefined {
  const before = text.slice(Math.max(0, start - 120), start).replace(/\s+$/, '');
  return ANNOUNCING_LINE.exec(before.slice(before.lastIndexOf('\n') + 1))?.[2].toLowerCase();
}


/**
 * A Chinese article's label run into its text: "第二百八十六条之一 网络服务提供者……". Only with a space
 * after the label (often the ideographic one): "第一条规定的……" opening a paragraph is a citation. A
 * space before "条" is typesetting a citation never has: "第一百二十四 条采用……" is a label too.
 */
const CJK_RUN_IN_LABEL = /^(第[0-9〇零一二三四五六七八九十百千]{1,8}[条條](?:[之の][一二三四五六七八九十百千]{1,6}){0,3}(?:(?:から|及び)第[0-9〇零一二三四五六七八九十百千]{1,8}[条條](?:の[一二三四五六七八九十百千]{1,6}){0,3}(?:まで)?)?)[ \t\u3000]+(?=[^\s\u3000])|^(第[0-9〇零一二三四五六七八九十百千]{1,8}[ \u3000][条條])(?=[^\s\u3000])/;

/**
 * Whether a Korean article's label at `at` is indented with an ideographic space: "　제6조(관세 등 각종 세금의 추징) 협정 …" after "　< 아 래
 * >", an article quoted in an editor's note (law.go.kr indents it so), no unit of the text.
 */
function koreanArticleQuoted(text: string, at: number): boolean {
  return text.startsWith('제', at) && text.slice(text.lastIndexOf('\n', at - 1) + 1, at).includes('\u3000');
}

/** A Korean article's label run into its text: its caption in brackets, or "삭제" after it. */
// (a space after the caption, and no list's word: "제19조(합당)의 규정에 의한", "제22조(…)제1항", "제12조(…) 및 제13조(…)의" open a
// paragraph with a citation, its caption in brackets as older laws cite)
const KOREAN_RUN_IN_LABEL = /^(제[ \t]?\d{1,4}조(?:의\d{1,3}){0,3}(?:[ \t]?\([^()\n]{1,60}\)[ \t]+(?!(?:및|또는|내지|부터|와|과|ㆍ)[ \t])|[ \t]+(?=삭제)))(?=\S)/u;

/** A Japanese article's label, with its caption in brackets or not (a long one, "（手数料令第十二条第一項の…）", brackets inside it), in bold, then an ideographic space and the text. */
// ("**第百五十三条から第百六十条まで**　削除", "**第百七十三条及び第百七十四条**　削除": articles repealed together, labelled as one)
const JAPANESE_BOLD_LABEL = /^(\*\*|__)第[0-9〇一二三四五六七八九十百千]{1,8}条(?:の[一二三四五六七八九十百千]{1,6}){0,3}(?:(?:から|及び)第[0-9〇一二三四五六七八九十百千]{1,8}条(?:の[一二三四五六七八九十百千]{1,6}){0,3}(?:まで)?)?(?:（(?:[^（）\n*_]|（[^（）\n*_]{1,60}）){1,160}）)?\1(?=[ \t\u3000]+[^\s\u3000])/;

/** A Chinese article's label after a sentence's end and a space, with a space after it: one of articles run together on a line. */
const CJK_LABEL_AFTER_SENTENCE = /(?<=[。；！？][ \t\u3000]+)(第[0-9〇零一二三四五六七八九十百千]{1,8}[条條](?:之[一二三四五六七八九十]{1,3})?)(?=[ \t\u3000]+[^\s\u3000])/g;

/** "第一章　总则", "第三节 共同犯罪": a Chinese grouping's label, a space and a short title with no punctuation. */
// ("第 一 章 總則": Taiwan's laws spaced, in traditional characters)
// ("第 四 章 解聘、不續聘、停聘及資遣": the enumeration comma inside a title; never right after the label, "第三章、第四章")
const CJK_GROUPING_TITLE = /^第[ \u3000]?[0-9〇零一二三四五六七八九十百千]{1,8}[ \u3000]?[章节節编編][\s\u3000]+[^\s。，；：、,;:.!?！？][^。，；：,;:.!?！？]{0,40}$/;

/** "Příloha č. 1 k vyhlášce č. 345/2021 Sb.", "Příloha k zákonu č. 40/2009 Sb." (Czech), "Príloha č. 2 k zákonu č. 300/2005 Z. z." (Slovak). */
const ANNEX_TO_NUMBERED_ACT = /^(?:Příloha|Príloha)(?:[ \t]+č\.[ \t]?\d{1,3}[a-z]?)?[ \t]+k[ \t]+[^\n.]{1,80}?[ \t]+č\.[ \t]?\d{1,4}\/\d{4}[ \t]?(?:Sb\.|Z\.[ \t]?z\.)$/u;

/** "Artículo 129 Citaciones.", alone: an article's label and a short title closed by a full stop. */
function titleClosedByStop(content: string): number | undefined {
  const info = readHeading(content);
  if (!info || info.number === undefined || info.within || (info.kind !== 'article' && info.kind !== 'section')) return undefined;
  const plain = asciiDigits(content).replace(/\*\*|__|`/g, '').trim();
  // "Secció primera. Edificis i locals d'ús públic." (Andorra's gazette): a section numbered by its ordinal word, a full stop
  // between it and its title, which groups articles
  const title = plain.slice(info.label.length).replace(/^\.(?=\s)/, info.kind === 'section' && !/\d/.test(info.label) ? '' : '.');
  if (!plain.startsWith(info.label)) return undefined;
  // "§ 14. Zu Artikel 6." (Austria's transition law of 1920): a section "on" an article of the constitution, its title citing it
  if (stoppedParagraphSign(info) && ABOUT_TITLE.test(title)) return PLAIN_UNIT_DEPTH;
  // "§ 58a Absatz 2 gilt entsprechend." is a sentence: it goes on citing.
  return TITLE_CLOSED_BY_STOP.test(title) && !/\d/.test(title) && !readHeading(title.trim()) ? PLAIN_UNIT_DEPTH : undefined;
}

/** "§ 14.": a section's label with the full stop that ends it ("§ 58a Absatz 2 …" has none: a citation opening a sentence). */
function stoppedParagraphSign(info: HeadingInfo): boolean {
  return info.kind === 'section' && info.label.startsWith('§') && info.label.endsWith('.');
}

/** After "§ 14.": "Zu Artikel 6.", "Zu Artikel 15, Absatz 3 (Anm.: nunmehr: Absatz 7).": a title saying what the section is about. */
const ABOUT_TITLE = /^[ \t]+Zu[mr]?[ \t]+\p{L}[^\n]{0,150}\.$/u;

/** After "§ 22b.": "(Anm.: Aufgehoben durch Art. I § 2 BVG, BGBl. Nr. 393/1929)": the editor's note standing for a repealed section. */
const NOTE_IN_PLACE = /^[ \t]+\(Anm\.:[^\n()]{1,200}\)$/;

/** After a label: a short title of words, one capitalised, and no stop before its last ("Audiencia Preliminar."). */
const TITLE_CLOSED_BY_STOP = /^\s+\p{Lu}[^.\n;:,]{0,80}\.$/u;

/** After a run-in label: ". Short Title. – ", ". Definition of Terms. — ", " Acción penal.- ": a short title closed by a stop and a dash. */
const TITLED_LABEL_END = /^(\.?)\s+\p{Lu}[^.\n]{1,120}\.\s?[-–—]\s?(?=\S)/u;
/** The same title wrapped once, the text after it on that line or the next. */
const WRAPPED_TITLE_END = /^(\.?)[ \t]+\p{Lu}[^.\n]{1,120}\n[^.\n]{1,120}\.[ \t]?[-–—](?:\s{0,4}(?=\S)|\s*$)/u;
/** A heading line's short title closed the same way, with the text on the next line: "Artículo 2 Principio de oportunidad.-". */
const TITLE_CLOSED_BY_DASH = /^\.?\s+\p{Lu}[^\n]{0,140}\.\s?[-–—]\s*$/u;

/** After a label, the article's text begins: a capital, a marker or a number; "**Article 5** of the Convention …" goes on a sentence. */
function opensText(after: string): boolean {
  // "**ARTICULO 118.-** *(Artículo derogado por …)*" (InfoLEG): the editor's note in italics is the article's whole text
  return /^\s*(?:[*_]{0,2}\p{Lu}|[*_]?[(\d"“«]|$)/u.test(after);
}

/** "Section 6) **Preparation of draft scheme by Commission**" (legislation.gov.uk as i-dot-ai/lex writes it): a ")" after the number, the title in bold. */
const PAREN_THEN_BOLD_TITLE = /^(\p{L}+ \d{1,4}[A-Z]{0,2})\)[ \t]+(\*\*|__)(?=\S)[^*_\n]{1,300}\2[ \t]*$/u;

/**
 * "SCHEDULE 1 The Dioceses Commission Section 2(2) *Constitution and Membership*", "SCHEDULE 2 … (Introduced by section
 * 41) TABLE …" (legislation.gov.uk as i-dot-ai/lex writes a schedule's heading on one plain line): the label in capitals
 * and the title, then the provision that brings the schedule in (printed in the margin), then whatever the line goes on
 * with (a first cross-heading, a table run in). The first group is the heading.
 */
const SCHEDULE_LINE = /^(SCHEDULE \d{1,3}[A-Z]{0,2}(?:[ \t]+\S[^\n]{0,250}?)?)[ \t]+(?:(?:Section|Article|Regulation|Rule)s? \d{1,4}[A-Z]{0,2}(?:\(\d{1,3}[A-Z]{0,2}\))*|\([Ii]ntroduced by [^()\n]{1,80}\))(?=[ \t]|$)/;

const MARGIN_BEFORE_SCHEDULE = /^\((?:Sections?|Articles?|Regulations?|Rules?)[ \t][^()\n]{0,40}(?:\([^()\n]{1,6}\)[^()\n]{0,20}){0,3}\)[ \t]+(?=SCHEDULE\b|Schedule\b|ANNEX\b|Annex\b)/;

/** Where the schedule's heading starts after a margin note ("(Section 5 (d)) SCHEDULE IV"), when the rest of the line is that heading alone. */
function marginBeforeSchedule(line: string): number | undefined {
  const margin = MARGIN_BEFORE_SCHEDULE.exec(line);
  if (!margin) return undefined;
  const rest = line.slice(margin[0].length);
  const info = readHeading(rest.trim());
  return info && (info.kind === 'schedule' || info.kind === 'annex') && plainHeadingDepth(rest, true) === PLAIN_GROUPING_DEPTH ? margin[0].length : undefined;
}

/** The length of a schedule's heading at the start of `line` (SCHEDULE_LINE), or undefined. */
function scheduleHeadingLength(line: string): number | undefined {
  const match = SCHEDULE_LINE.exec(line);
  if (!match) return undefined;
  const info = readHeading(match[1]);
  return info?.kind === 'schedule' && info.number !== undefined ? match[1].length : undefined;
}

/**
 * `wholeBlock`: the line is a paragraph of its own, where a short title may close with a full stop
 * ("Artículo 129 Citaciones."); inside a paragraph such a line may be a sentence.
 */
function plainHeadingDepth(line: string, wholeBlock = false): number | undefined {
  // "<sup>9</sup> Art. 1 a": a footnote's superscript number before the label
  const content = line.trim().replace(SUPERSCRIPT_NOTE_MARK, '');
  if (PAREN_THEN_BOLD_TITLE.test(content)) {
    const info = readHeading(content);
    if (info && (info.kind === 'article' || info.kind === 'section') && info.number !== undefined && PAREN_THEN_BOLD_TITLE.exec(content)?.[1] === info.label) return PLAIN_UNIT_DEPTH;
  }
  // "**Artículo 2.- Uso de Recursos del Banco de la Nación … - PROMYPE”**": a line all in bold may hold a long title
  if (!content || (content.length > 150 && !(content.length <= 320 && /^(\*\*|__)[^*_\n]+\1$/.test(content)))) return undefined;
  // "artículo 36. Estos descansos podrán …" opening a hard-wrapped line: a heading is capitalised, running text need not be
  if (/^\p{Ll}/u.test(content.replace(/^[*_\s]+/, ''))) return undefined;
  // "Section 1798.121.*": a sentence's last line, its stop inside the emphasis that closes with it
  if (!wholeBlock && /[.;,،؛][*_]{1,3}$/.test(content)) return undefined;
  // "Příloha č. 1 k vyhlášce č. 345/2021 Sb." (a Czech annex's heading, which names the instrument it is annexed to, as e-Sbírka sets
  // it on a plain line): the gazette's abbreviation ends it with a full stop
  if (wholeBlock && ANNEX_TO_NUMBERED_ACT.test(content)) return PLAIN_GROUPING_DEPTH;
  if (/[.;,،؛]$/.test(content)) return wholeBlock && /\.$/.test(content) ? titleClosedByStop(content) : undefined;
  // "SECCIÓN PRIMERA: GOBIERNO CENTRAL                  1 686 313 859,00" (a budget law's table, Peru): a row, its amount in a column
  if (AMOUNT_IN_COLUMN.test(content)) return undefined;
  const info = readHeading(content);
  // "SCHEDULE" alone on its line: a law's one schedule is named without a number.
  // "**Schedule**" in bold before a subsection is a marginal note (Justice Canada's consolidations), unless in capitals.
  if (info && info.number === undefined && UNNUMBERED_GROUPINGS.has(info.kind) && content.replace(/[*_]/g, '').trim() === info.label.trim() &&
    (!/[*_]/.test(content) || info.label.trim() === info.label.trim().toUpperCase())) return PLAIN_GROUPING_DEPTH;
  if (!info || info.number === undefined || info.kind === 'numbered' || info.kind === 'preamble') return undefined;
  if (stoppedParagraphSign(info) && content.startsWith(info.label) && NOTE_IN_PLACE.test(content.slice(info.label.length))) return PLAIN_UNIT_DEPTH;
  // "**_Artículo 52.- Conformación del Directorio_**", "**“ Artículo 52.- …**" (SPIJ: italics, or the quotation mark that opens
  // an amendment's wording, before the label)
  // ("*Anexo A*", "*Parte 1*" alone on their lines, a treaty's annex and its parts as SUIN-Juriscol sets them, in italics; a
  // section in italics is a ballot measure's "*SEC. 3. …*" paragraph, not read as a heading)
  const italicGrouping = info.kind !== 'article' && info.kind !== 'section' && /^([*_])[^*_\n]+\1$/.test(content);
  const plain = asciiDigits(italicGrouping ? content.slice(1, -1) : content).replace(/\*\*|__|`/g, '').trim().replace(/^[_“"„«]+[ \t]*/, '');
  const label = info.within?.label ?? info.label;
  // "Artigo 2.º": the ordinal sign after the number's full stop is the label's, no separator ("artigo 2.º do Regime …" goes on a sentence)
  const afterLabel = plain.slice(label.length).replace(/^\.[º°]/, '');
  // A hyphen right after the number is a separator only with a space after it: "Artikel 10-Gesetzes",
  // and "Artikel 10-" ending a line, are a compound ("Artikel 10-Gesetz").
  // "<sup>17</sup> Art. 4 Pauschale Abgabeerhebung" on a line of its own (Fedlex's PDFs: an amended article's heading, its
  // footnote's mark before it): the label, then the title with no separator
  const footnotedTitle = wholeBlock && info.kind === 'article' && content.length < line.trim().length && /^[ \t]+\p{Lu}\p{Ll}/u.test(afterLabel);
  // "**Artículo 17 Requisitos de la solicitud de confidencialidad**" (SPIJ; its neighbours have ".-"): a line all in bold, the
  // label and a capitalised title with no separator
  // (a number in figures: after "Artículo Décimo" a capital may be the ordinal's second word, "Décimo Segundo")
  const boldTitle = (info.kind === 'article' || info.kind === 'section') && /\d/.test(label) && /^(\*\*|__)[^*_\n]+\1$/.test(content) && /^[ \t]+\p{Lu}\p{Ll}/u.test(afterLabel);
  // "Article 1 / Modificació de l’article 51" (Andorra's gazette as legalize-ad gives it): a slash, spaced, parts label and title
  if (!plain.startsWith(label) || !(/^\s*(?:[:–—.]|-\s|\/\s|$)/.test(afterLabel) || TITLE_CLOSED_BY_DASH.test(afterLabel) || footnotedTitle || boldTitle || CJK_GROUPING_TITLE.test(plain) && info.kind !== 'article')) return undefined;
  return info.kind === 'article' || info.kind === 'section' ? PLAIN_UNIT_DEPTH : PLAIN_GROUPING_DEPTH;
}

/** Where a quoted term may open the next definition of a list run into one paragraph: after "; " or the lead-in's dash or colon. */
const DEFINITION_BOUNDARY = /[;:—–]\s{0,8}(?:(?:and|or)\s{1,8})?(?=["“])/g;

/**
 * An interpretation section whose definitions a converter ran into one paragraph (Kenya Law: "In
 * this Act, unless the context otherwise requires— "access" means …; "asset" includes …; …"): each
 * quoted term that opens a definition after "; " (or the lead-in's dash) starts a paragraph of its
 * own, as the printed Act sets them. Only a list (three such terms or more) is cut; a quoted word
 * inside a definition ("; "xyz" …" with no verb after it) is not a boundary.
 */
function runInDefinitions(text: string, block: Block): Block[] {
  const body = text.slice(block.span.start, block.span.end);
  const cuts: number[] = [];
  for (const match of body.matchAll(DEFINITION_BOUNDARY)) {
    const quote = (match.index ?? 0) + match[0].length;
    const close = body.slice(quote + 1, quote + 82).search(/["”]/);
    if (close <= 0 || /\n/.test(body.slice(quote, quote + close + 1))) continue;
    // The term is followed by the words of a definition, in lower case ("means", "includes", "with respect to").
    if (!/^\s+\p{Ll}/u.test(body.slice(quote + close + 2, quote + close + 6))) continue;
    cuts.push(quote);
  }
  if (cuts.filter((cut) => /;\s*(?:(?:and|or)\s+)?$/.test(body.slice(Math.max(0, cut - 16), cut))).length < 3) return [block];
  const pieces: Block[] = [];
  let from = 0;
  for (const cut of [...cuts, body.length]) {
    const span = trimSpan(text, block.span.start + from, block.span.start + cut);
    if (span.end > span.start) pieces.push(pieces.length === 0 ? { ...block, span } : { kind: 'paragraph', depth: 0, span, contentStart: span.start });
    from = cut;
  }
  return pieces;
}

/** A wide gap, then an amount in figures grouped by thousands ("1 686 313 859,00", "S/. 250,875,298.00") ending the line. */
const AMOUNT_IN_COLUMN = /[ \t\u00a0]{3,}(?:S\/\.?[ \t]*|\$[ \t]*|€[ \t]*)?\d{1,3}(?:[ .,\u00a0]\d{3})+(?:[.,]\d{2})?[ \t]*[*_]{0,2}$/;

/** "PLIEGO 009 : Ministerio de Economía y Finanzas": capitals (a key, perhaps a number), a colon set apart, a value. */
const KEY_VALUE_LINE = /^[ \t]*[\p{Lu}][\p{Lu}\d .]{2,60}?[ \t]+:[ \t]+\S/u;

/** Whether the line before or after [lineStart, lineEnd) in the block is a "KEY : value" line too. */
function keyValueNeighbour(text: string, block: Block, lineStart: number, lineEnd: number): boolean {
  const previousStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  const previous = lineStart > block.span.start ? text.slice(Math.max(previousStart, block.span.start), lineStart - 1) : '';
  const nextEnd = text.indexOf('\n', lineEnd + 1);
  const next = lineEnd < block.span.end ? text.slice(lineEnd + 1, nextEnd < 0 || nextEnd > block.span.end ? block.span.end : nextEnd) : '';
  return KEY_VALUE_LINE.test(previous) || KEY_VALUE_LINE.test(next);
}

/** Whether a heading is setext, underlined with one "-" alone on its line: a word broken at its hyphen, no underline. */
function loneHyphenUnderline(text: string, block: Block): boolean {
  if (block.contentStart !== block.span.start || text.charCodeAt(block.span.end) !== 10) return false;
  const lineEnd = text.indexOf('\n', block.span.end + 1);
  return text.slice(block.span.end + 1, lineEnd < 0 ? text.length : lineEnd).trim() === '-';
}

/** A heading's text of three lines or more and over 200 characters: a paragraph an underline of "=" or "-" turned into a heading. */
function setextOverText(content: string): boolean {
  let lines = 1;
  for (let at = content.indexOf('\n'); at >= 0 && lines < 3; at = content.indexOf('\n', at + 1)) lines++;
  return lines >= 3 && content.length > 200;
}

/** Longer than any hard-wrapped line: a paragraph holding such a line was not wrapped by hand. */
const UNWRAPPED_LINE = 100;

/**
 * An article's alinéas written as lines of one paragraph (the Benin code as its site gives it).
 * CommonMark joins them; in a paragraph that was not hard-wrapped (one of its lines is long), a
 * line that ends a sentence ends its alinéa. A line without final punctuation (the article's title
 * repeated by the site) stays with the line after it. Hard-wrapped text is cut only where a line
 * ends a sentence short of the width, the next word fitting (the wrapper did not break there), or
 * ends one before a line that opens the next.
 */
function alineaLines(text: string, block: Block): Block[] {
  const body = text.slice(block.span.start, block.span.end);
  if (!body.includes('\n')) return [block];
  const lines = body.split('\n');
  const chinese = CHINESE_LINE_START.test(lines[0]) || CHINESE_LINE_START.test(lines[1]) ? chineseLinesOf(text, block) : undefined;
  if (chinese) return chinese;
  // "  1\. 사업자 신고가 말소된 경우\n  2\. 해산ㆍ합병의 결의를 한 경우" (Korea's laws as law.go.kr's converters give them): an item a line,
  // in one paragraph, its line ending no sentence
  if (lines.some((line, i) => i > 0 && KOREAN_ITEM_LINE.test(line) && HANGUL.test(line))) return cutAfterLines(text, block, lines, (i) => KOREAN_ITEM_LINE.test(lines[i + 1]));
  const unwrapped = lines.some((line) => line.length > UNWRAPPED_LINE);
  const width = unwrapped ? 0 : wrapWidth(lines);
  if (!unwrapped && !width) return [block];
  return cutAfterLines(text, block, lines, (i) => /[.;:!?»”…]\s*$/.test(lines[i]) && /^\s*\S/.test(lines[i + 1]) &&
    (unwrapped || endsShort(lines[i], lines[i + 1], width) || opensSentence(lines[i], lines[i + 1])));
}

/** A paragraph cut after each of its lines (`lines`, its text split) that `ends` says ends a piece; the first piece keeps the block's fields. */
function cutAfterLines(text: string, block: Block, lines: string[], ends: (line: number) => boolean): Block[] {
  const pieces: Block[] = [];
  let from = block.span.start;
  let offset = block.span.start;
  for (let i = 0; i < lines.length - 1; i++) {
    offset += lines[i].length + 1;
    if (!ends(i)) continue;
    const span = trimSpan(text, from, offset - 1);
    if (span.end > span.start) pieces.push(pieces.length === 0 ? { ...block, span } : { kind: 'paragraph', depth: 0, span, contentStart: span.start });
    from = offset;
  }
  const rest = trimSpan(text, from, block.span.end);
  if (rest.end > rest.start) pieces.push(pieces.length === 0 ? { ...block, span: rest } : { kind: 'paragraph', depth: 0, span: rest, contentStart: rest.start });
  return pieces;
}

/** A Korean syllable. */
const HANGUL = /[\uac00-\ud7a3]/u;

/** Where the first line after a block's first that opens a Korean item or sub-item starts, or undefined. */
function koreanItemLineIn(text: string, block: Block): number | undefined {
  const body = text.slice(block.span.start, block.span.end);
  if (!body.includes('\n') || !HANGUL.test(body)) return undefined;
  for (let at = body.indexOf('\n'); at >= 0; ) {
    const next = body.indexOf('\n', at + 1);
    const line = body.slice(at + 1, next < 0 ? body.length : next);
    if (KOREAN_ITEM_LINE.test(line) && HANGUL.test(line)) return block.span.start + at + 1;
    at = next;
  }
  return undefined;
}
/** A line that opens a Korean item or sub-item: "1. ", "1의2. ", "가. " (a converter's "1\. ", escaped), then its words. */
const KOREAN_ITEM_LINE = /^[ \t]*(?:\d{1,3}(?:의\d{1,2})?|[가나다라마바사아자차카타파하])\\?\.[ \t]+(?=\S)/u;

/** A line that ends a Chinese sentence or lead-in: "。", "；", "：" (or "︰", the form Taiwan's database keeps), "！", "？", a quote closing after one. */
const CHINESE_LINE_END = /[。；：︰！？][」』”）)]?[ \t\u3000]*$/;
/** A line that opens in Chinese: a character, an item's "（一）" or a quotation's mark (or Japanese's "２　", "○２　", "イ　"). */
const CHINESE_LINE_START = /^[ \t\u3000]*(?:[\p{Script=Han}（「『]|○?[０-９]{1,3}\u3000|[イロハニホヘトチリヌルヲワカヨタレソツネナラム]\u3000)/u;
/**
 * A line that opens a Japanese article, paragraph, item or sub-item, its label and an ideographic space ("第一条　", "２　", "○２　",
 * "一　", "イ　"), or that is an article's caption alone in brackets ("（目的）"): e-Gov's text sets each on a line of its own, and an
 * item's line need not end a sentence ("一　当事者が合意により定めた地方裁判所").
 */
const JAPANESE_PROVISION_LINE = /^[ \t\u3000]*(?:第[〇一二三四五六七八九十百千]{1,8}条(?:の[一二三四五六七八九十百千]{1,6}){0,3}(?:(?:から|及び)第[〇一二三四五六七八九十百千]{1,8}条(?:の[一二三四五六七八九十百千]{1,6}){0,3}(?:まで)?)?\u3000|○?[０-９]{1,3}\u3000|[〇一二三四五六七八九十百]{1,5}(?:の[一二三四五六七八九十]{1,3})?\u3000|[イロハニホヘトチリヌルヲワカヨタレソツネナラム]\u3000|（[^（）\n]{1,40}）[ \t\u3000]*$)/u;
/** A Japanese paragraph's or item's number alone: "○２", "２" (full-width), "一", "イ", in a heading of its own. */
const JAPANESE_PARAGRAPH_NUMBER = /^[ \t]*(?:\*\*)?(?:○?[０-９]{1,3}|[〇一二三四五六七八九十百]{1,5}|[イロハニホヘトチリヌルヲワカヨタレソツネナラム])(?:\*\*)?[ \t]*$/u;
/** An article's caption on the first line, an article's label opening the next: "  （目的）\n第一条　". */
const JAPANESE_CAPTION_ABOVE_LABEL = /^([ \t\u3000]*（[^（）\n]{1,40}）[ \t\u3000]*)\n(?=[ \t\u3000]*第[〇一二三四五六七八九十百千]{1,8}条(?:の[一二三四五六七八九十百千]{1,6}){0,3}\u3000)/u;
/** An article's caption alone on its line: "  （目的）". */
const JAPANESE_CAPTION_LINE = /^[ \t\u3000]*（[^（）\n]{1,40}）[ \t\u3000]*$/u;

/** A kana: the text is Japanese, whose lines a provision's label opens. */
const KANA = /[\u3041-\u30fa]/u;

/** A line that ends with a box-drawing character: a table's rule. */
const BOX_RULE_END = /[\u2500-\u257f][ \t\u3000]*$/;
/** A line of a table drawn in box characters. */
const BOX_LINE = /^[ \t\u3000]*[\u2500-\u257f]/;
/** A line that opens a Chinese item: "一、", "（一）". */
const CHINESE_ITEM_LINE = /^[ \t\u3000]*(?:[〇零一二三四五六七八九十百]{1,5}、|[（(][〇零一二三四五六七八九十百]{1,5}[）)])/;

/**
 * The lines of an indented code block of several, each a grouping's heading ("      第二章　…", "        第一節　…", "      附　則"),
 * parted by blank lines; undefined when one is not, or the block is fenced.
 */
function indentedGroupingLines(text: string, block: Block): Span[] | undefined {
  if (block.span.end - block.span.start > INDENTED_GROUPINGS_REACH || text.startsWith('```', block.span.start) || text.startsWith('~~~', block.span.start)) return undefined;
  const spans: Span[] = [];
  let lineStart = block.span.start;
  while (lineStart < block.span.end) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > block.span.end) lineEnd = block.span.end;
    const span = trimSpan(text, lineStart, lineEnd);
    if (span.end > span.start) {
      const line = text.slice(span.start, span.end);
      if (!CJK_GROUPING_TITLE.test(line) && !JAPANESE_SUPPLEMENTARY_LINE.test(line)) return undefined;
      spans.push(span);
    }
    lineStart = lineEnd + 1;
  }
  return spans.length >= 2 ? spans : undefined;
}
/** How long a code block of grouping headings may be (a few lines of short titles). */
const INDENTED_GROUPINGS_REACH = 600;
/** "附　則", "附　則　（平成一一年一二月二二日法律第一六〇号）　抄": a Japanese law's supplementary provisions' heading (headings.ts). */
const JAPANESE_SUPPLEMENTARY_LINE = /^附[ \u3000]*則(?:[ \u3000]*（[^（）\n]{1,60}）)?(?:[ \u3000]*抄)?$/u;

/** An indented code block of one line that is a Chinese grouping's heading ("      第 一 節 法例"); never a fenced one. */
function indentedChineseGrouping(text: string, block: Block): boolean {
  // (the block's span starts past its indentation; a fenced block holds its fences' lines too)
  if (block.span.end - block.span.start > 80) return false;
  const line = text.slice(block.span.start, block.span.end).trim();
  return !line.includes('\n') && (CJK_GROUPING_TITLE.test(line) || JAPANESE_SUPPLEMENTARY_LINE.test(line));
}

/**
 * A paragraph of Chinese text cut into the paragraphs its lines are ("第 3 條" then "行政機關為行政行為時，…應依本法規定為之。" then
 * "下列機關之行政行為，不適用本法之程序規定：" then "一、各級民意機關。", Taiwan's laws with no blank line between), or undefined
 * when it is one line or its lines are not in Chinese. Each line that ends a sentence or a lead-in ends a paragraph; where the text is wrapped
 * at a width ("…經立法程序\n審定後如有差異時，…\n額並執行之。\n前項所稱…", older laws in the same database), only a line that ends
 * so short of the width, or before an item's line: a full line's full stop may end a sentence of a paragraph that goes on.
 */
function chineseLinesOf(text: string, block: Block): Block[] | undefined {
  const body = text.slice(block.span.start, block.span.end);
  if (!body.includes('\n')) return undefined;
  const lines = body.split('\n');
  // (a table drawn in box characters among the lines, "│十五│有期徒刑…│", is judged by none of them)
  let textLines = 0;
  let chinese = 0;
  let ended = 0;
  let width = 0;
  for (let i = 0; i < lines.length - 1; i++) {
    if (BOX_LINE.test(lines[i + 1])) continue;
    textLines++;
    if (CHINESE_LINE_START.test(lines[i + 1])) chinese++;
    if (CHINESE_LINE_END.test(lines[i])) ended++;
    width = Math.max(width, lines[i].trimEnd().length);
  }
  if (chinese * 2 <= textLines) return undefined;
  const wrapped = ended * 2 <= textLines;
  const japanese = KANA.test(body);
  return cutAfterLines(text, block, lines, (i) => {
    // (Japanese: before a provision's label on its line, and after an article's caption)
    if (japanese && JAPANESE_PROVISION_LINE.test(lines[i + 1]) && (JAPANESE_CAPTION_LINE.test(lines[i]) || /[。\u3000]|[^\s\u3000]$/u.test(lines[i]))) return true;
    if (!CHINESE_LINE_START.test(lines[i + 1])) return false;
    // ("└──┴───┘" then "前項表列責任分數，…": a table drawn in box characters ends with its last rule)
    if (BOX_RULE_END.test(lines[i])) return true;
    return CHINESE_LINE_END.test(lines[i]) && (!wrapped || lines[i].trimEnd().length < width - 1 || CHINESE_ITEM_LINE.test(lines[i + 1]));
  });
}

/** Fewest lines of a paragraph whose wrapping can be judged; how far below its width a wrapped line may end (a long word carried over). */
const WRAP_MIN_LINES = 4;
const WRAP_SLACK = 16;

/**
 * The width a paragraph was hard-wrapped at ("Se castigará con la pena de reclusión menor en\ncualquiera de sus grados …",
 * Chile's BCN text: every line of an article cut near 60 characters, its incisos not parted by blank lines), or 0 when it was
 * not. The width is the length three lines in four stay within; most lines end within a long word of it, and most of those
 * mid-sentence. Lines of one sentence each (semantic line breaks) vary in length and end on punctuation: never read as wrapped.
 */
function wrapWidth(lines: string[]): number {
  if (lines.length < WRAP_MIN_LINES) return 0;
  // Not the widest line: a margin's note run into some lines ("… toma el marido la Art. 1º Nº 8", the BCN's two columns joined)
  const lengths = lines.slice(0, -1).map((line) => line.trimEnd().length).sort((a, b) => a - b);
  const width = lengths[Math.floor(0.75 * (lengths.length - 1))];
  if (width < 40) return 0;
  let full = 0;
  let fullOnPunctuation = 0;
  for (let i = 0; i < lines.length - 1; i++) {
    const line = lines[i].trimEnd();
    if (line.length < width - WRAP_SLACK) continue;
    full++;
    if (/[.;:!?]$/.test(line)) fullOnPunctuation++;
  }
  return full >= 0.6 * (lines.length - 1) && fullOnPunctuation <= 0.3 * full ? width : 0;
}

/**
 * Whether a full wrapped line ends a sentence and the next opens one ("… en el caso del beneficio consentido." / "Tratándose
 * del beneficio …"): the wrapper may have broken there or the text did. Read as a new paragraph: an inciso too many is a
 * citation left unchecked, an inciso too few a false error.
 */
function opensSentence(line: string, next: string): boolean {
  return /[.:]\s*$/.test(line) && /^\s*[\p{Lu}¿¡"“«]/u.test(next);
}

/** Whether a wrapped line ended before its width for a reason: the next line's first word would have fit on it. */
function endsShort(line: string, next: string, width: number): boolean {
  const firstWord = /^\s*(\S+)/.exec(next)?.[1] ?? '';
  return line.trimEnd().length + 1 + firstWord.length <= width;
}

/** After an article's or a section's label in a heading: its full stop, then a paragraph's "§ 1er." and words. */
const PARAGRAPH_AFTER_LABEL = /^\.[ \t]+(?=§[ \t]?\d{1,3}(?:er)?\.[ \t]+\S)/;

/** Where a paragraph run in with a unit's heading starts in the heading's text ("Article 9. § 1er. Pour …"), if one is. */
function paragraphRunInHeading(content: string, info: HeadingInfo): number | undefined {
  if ((info.kind !== 'article' && info.kind !== 'section') || info.within || !content.includes('§')) return undefined;
  const at = content.indexOf(info.label);
  const after = at < 0 ? null : PARAGRAPH_AFTER_LABEL.exec(content.slice(at + info.label.length));
  return after ? at + info.label.length + after[0].length : undefined;
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
function runInSection(text: string, block: Block, headings: Array<{ depth: number; unit: boolean }>): { heading: Block; bodyStart: number; number: string } | undefined {
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
  return { heading, bodyStart: dash ? bodyStart + dash[0].length : bodyStart, number: runIn[1] };
}

/** Pushes the block, cut where a marker opens the next provision (at a line start or run in). */
function splitProvisions(text: string, block: Block, open: OpenLevel[], out: Block[]): void {
  const markerStart = block.kind === 'listItem' && !block.ordered ? block.contentStart : block.span.start;
  const opening = readMarker(markerWindow(text, markerStart, block.span.end));
  if (opening) enter(open, sequenceStyle(opening, open), block.kind === 'listItem' && block.ordered && block.listNumber !== undefined ? String(block.listNumber) : opening.value);
  const hasOpening = !!opening;
  const cuts: number[] = [];
  // "(1)(A) a fine under this title …" then "(B) a fine …" (the US Code): a paragraph that opens at once with its first
  // subparagraph, the two markers glued; the subparagraph is a provision of its own, inside the paragraph
  const glued = opening ? gluedFirstMarker(text, markerStart, opening, block.span.end) : undefined;
  if (glued) {
    enter(open, sequenceStyle(glued.marker, open), glued.marker.value);
    cuts.push(glued.at);
  }
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

  // (only a line break or "(" can open a provision: the scan jumps from one to the next, a native search in the block's own
  // text for each, which never reads past the block)
  const own = text.slice(block.span.start, block.span.end);
  const base = block.span.start;
  let nextBreak = own.indexOf('\n', 1);
  let nextBracket = own.indexOf('(', 1);
  for (let i = block.span.start + 1; i < block.span.end; i++) {
    if (nextBreak >= 0 && nextBreak + base < i) nextBreak = own.indexOf('\n', i - base);
    if (nextBracket >= 0 && nextBracket + base < i) nextBracket = own.indexOf('(', i - base);
    if (nextBreak < 0 && nextBracket < 0) break;
    i = base + (nextBreak < 0 ? nextBracket : nextBracket < 0 ? nextBreak : Math.min(nextBreak, nextBracket));
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
    // "**a)** Las inasistencias …" at a line's start (a scraper of lpderecho.pe): the marker in bold; the cut stays before the bold
    const emphasis = lineStart && marker && (text[at] === '*' || text[at] === '_') ? /^(?:\*\*|__)_?|^_\*\*/.exec(text.slice(at, at + 3))?.[0].length ?? 0 : 0;
    if (!marker || !text.startsWith(marker.label, at + emphasis) || (!lineStart && !/\s/.test(text[at + marker.label.length] ?? '') && !gluedItem(text, at))) continue;
    if (!lineStart && !RUN_IN_STYLES.has(marker.style)) continue;
    // "… in accordance with subsection\n(3), a controller that …" (a hard-wrapped line): a citation's number that opens a line goes
    // on with its sentence, a comma or semicolon right after it; a provision's marker is followed by its text
    if (lineStart && marker.label.startsWith('(') && /^[,;]/.test(text.slice(at + emphasis + marker.label.length, at + emphasis + marker.label.length + 1)) && endsOnUnitNoun(text.slice(Math.max(block.span.start, i - 24), i).trimEnd())) continue;
    // "… del inciso\n\nc) del artículo 30": a line that goes on from a unit's noun holds that unit's number, no marker
    if (lineStart && !marker.label.startsWith('(') && /^[ \t]+\p{Ll}/u.test(text.slice(at + emphasis + marker.label.length, at + emphasis + marker.label.length + 3)) && endsOnUnitNoun(text.slice(Math.max(block.span.start, i - 24), i).trimEnd())) continue;
    const style = sequenceStyle(marker, open);
    // "3. \na)Each Party …": the line before holds only the marker of the paragraph this list opens.
    const lastCut = cuts[cuts.length - 1] ?? block.span.start;
    const afterMarkerOnly = lineStart && at - lastCut < 24 && readMarker(text.slice(lastCut, at))?.length === text.slice(lastCut, at).trim().length;
    // "Artigo 2.º\nÂmbito\n1 — A presente lei …" (Portugal's gazette as text): the article's title, one line, then its first paragraph
    const afterTitleOnly = lineStart && !hasOpening && !cuts.length && isTitleOfProvision(text.slice(block.span.start, at));
    if (opensProvision(text, marker, style, at, lineStart, open, hasOpening, block.span.start, block.span.end, continuesLater, afterMarkerOnly || afterTitleOnly)) {
      enter(open, style, marker.value);
      cuts.push(at);
    }
  }
  const bare = opening?.style === 'num-dot' ? bareNumberCuts(text, block, opening.value) : [];
  if (bare.length) enter(open, 'num-dot', String(Number(opening!.value) + bare.length));
  let from = block.span.start;
  for (const cut of [...cuts.filter((cut) => !bare.length || cut < bare[0]), ...bare, block.span.end]) {
    const span = trimSpan(text, from, cut);
    if (span.end > span.start) {
      const first = from === block.span.start;
      out.push(first ? { ...block, span: { start: span.start, end: span.end } } : { kind: 'paragraph', depth: 0, span, contentStart: span.start });
    }
    from = cut;
  }
}

/** Where a first marker of another style glued to the block's opening one stands ("(1)(A) a fine …", "(1) (a) …": "(A)"), and that marker. */
function gluedFirstMarker(text: string, markerStart: number, opening: Marker, blockEnd: number): { at: number; marker: Marker } | undefined {
  const labelAt = text.indexOf(opening.label, markerStart);
  if (labelAt < 0 || labelAt - markerStart > 4) return undefined;
  // "(IV) (A) A CONTROLLER THAT …", "(3) (a) EXCEPT AS PROVIDED …" (Colorado's statutes): one space between the two; "(a) Right to
  // opt out. (I) A CONSUMER …", "(1) Duty of transparency. (a) A CONTROLLER …": the first part's short title between them
  const afterLabel = labelAt + opening.label.length;
  const at = afterLabel + (text[afterLabel] === ' ' ? 1 + (HEADNOTE.exec(text.slice(afterLabel + 1, Math.min(blockEnd, afterLabel + 100)))?.[0].length ?? 0) : 0);
  if (text[at] !== '(' || at >= blockEnd) return undefined;
  const marker = readMarker(text.slice(at, Math.min(blockEnd, at + 24)));
  if (!marker || !text.startsWith(marker.label, at) || (marker.style === opening.style && !lettersAndRomans(opening, marker)) || !RUN_IN_STYLES.has(marker.style) || !(RUN_IN_STYLES.has(opening.style) || opening.style === 'roman-paren') || !isFirst(marker)) return undefined;
  return /^[ \t]+\S/.test(text.slice(at + marker.label.length, at + marker.label.length + 2)) ? { at, marker } : undefined;
}

/** A part's short title before its first sub-part's marker: "Right to opt out. " (words opening with a capital, no bracket, a stop). */
const HEADNOTE = /^\p{Lu}[^.()\n]{2,80}\.[ \t](?=\()/u;

/** "(IV) (A)", "(a) (i)": one marker a roman numeral, the other a letter's first, both written alike (markers.ts tells them apart by place). */
function lettersAndRomans(opening: Marker, marker: Marker): boolean {
  const roman = (value: string) => /^[ivxlc]+$/i.test(value);
  return (roman(opening.value) && /^[aA]$/.test(marker.value)) || (!roman(opening.value) && /^[iI]$/.test(marker.value));
}

/**
 * "1. 2. 3. 4." and "2. ((COMMA ABROGATO DAL D.LGS. 7 MARZO 2005, N. 82)). 3. 4." (a consolidated act as normattiva2md gives it,
 * the words of most paragraphs left out, or after a repeal notice in double brackets): paragraph numbers in a row with no word
 * between them, each the next of the one before, from the block's own number on. The paragraphs are there; their words are not.
 * Where each number after the block's first starts, or none.
 */
function bareNumberCuts(text: string, block: Block, openingValue: string): number[] {
  if (!/^\d{1,3}$/.test(openingValue)) return [];
  // (a run ends the block with a number and its stop: most numbered paragraphs end with a word, looked at first)
  let last = block.span.end - 1;
  while (last > block.span.start && (text.charCodeAt(last) === 32 || text.charCodeAt(last) === 9)) last--;
  const digit = text.charCodeAt(last - 1);
  if (text.charCodeAt(last) !== 46 || digit < 48 || digit > 57) return [];
  // (a long paragraph may end with a run after a repeal notice: only its tail is read)
  const from = Math.max(block.span.start, block.span.end - BARE_RUN_REACH);
  const tail = text.slice(from, block.span.end);
  const whole = from === block.span.start ? WHOLE_NUMBER_RUN.exec(tail) : null;
  const run = whole ?? NOTICE_THEN_NUMBERS.exec(tail);
  if (!run) return [];
  const runStart = from + run.indices![1][0];
  const cuts: number[] = [];
  let expected = Number(openingValue) + 1;
  for (const number of run[1].matchAll(/(\d{1,3})\./g)) {
    // a run that is the whole block begins with the block's own number
    if (whole && number.index === 0) continue;
    if (Number(number[1]) !== expected) return [];
    cuts.push(runStart + (number.index ?? 0));
    expected++;
  }
  return cuts;
}

/** How far from a block's end a run of bare numbers is looked for. */
const BARE_RUN_REACH = 200;
const WHOLE_NUMBER_RUN = /^[ \t]*((?:\d{1,3}\.[ \t]+)+\d{1,3}\.)[ \t]*$/d;
const NOTICE_THEN_NUMBERS = /\)\)\.?[ \t]+((?:\d{1,3}\.[ \t]+)*\d{1,3}\.)[ \t]*$/d;

const GROUPING_KINDS_AGAIN = new Set<string>(['book', 'part', 'title', 'chapter', 'division']);

/** How many short lines (groupings, a title) may stand between a converter's heading and the label its text repeats. */
const LABEL_AGAIN_REACH = 6;

/**
 * "## المادة الأولى" then "(الباب الأول)", "(الفصل الأول)", "الخطبة" and "المادة الأولى:" with the article's text (Saudi laws as
 * nezams.com gives them): a heading that is a label alone, which the text repeats after a few short lines (the groupings the
 * article opens, its title), or that has lost its number ("## المادة " then "المادة الثالثة عشرة بعد المائتين:"). The heading is
 * the converter's; the text's own label opens the unit, after its groupings. (A repetition in quotation marks is an amendment's
 * wording.)
 */
function headingsLabelledAgain(text: string, blocks: Block[]): Map<Block, Block> {
  const found = new Map<Block, Block>();
  for (let i = 0; i < blocks.length; i++) {
    const heading = blocks[i];
    if (heading.kind !== 'heading') continue;
    const content = text.slice(heading.contentStart, heading.span.end).trim();
    const firstWord = /^[^\s\d.:]+/u.exec(content)?.[0].toLowerCase();
    if (!firstWord || content.length > 60) continue;
    for (let k = i + 1; k < blocks.length && k <= i + LABEL_AGAIN_REACH; k++) {
      const block = blocks[k];
      if (block.kind !== 'paragraph') break;
      const firstLine = text.slice(block.span.start, Math.min(block.span.end, block.span.start + 120)).split('\n', 1)[0].trim();
      if (firstLine.toLowerCase().startsWith(firstWord)) {
        const label = /^[^:：\-–—]{1,60}/u.exec(firstLine)?.[0] ?? '';
        const info = readHeading(content);
        // ("## المادة " with no number, then "المادة الثالثة عشرة بعد المائتين:": the converter lost the number the text gives)
        const numbered = info?.number === undefined ? readHeading(label.trim()) : undefined;
        // (only where the text's label is read as a unit's: "Artículo 2.o Los delitos …", run into its sentence, is not)
        const lineEnd = text.indexOf('\n', block.span.start);
        const wholeLine = text.slice(block.span.start, lineEnd < 0 || lineEnd > block.span.end ? block.span.end : lineEnd);
        const readAsUnit = runInUnitLabel(text.slice(block.span.start, Math.min(block.span.end, block.span.start + RUN_IN_LABEL_REACH))) !== undefined ||
          plainHeadingDepth(wholeLine, lineEnd < 0 || lineEnd >= block.span.end) === PLAIN_UNIT_DEPTH;
        // (right after the heading, the label given again is read as before: structure.ts's labelGivenAgain)
        if (readAsUnit && info && !info.title && (info.kind === 'article' || info.kind === 'section') &&
          ((k > i + 1 && repeatsLabel(content, label)) || (numbered?.kind === info.kind && numbered.number !== undefined && !numbered.title))) found.set(block, heading);
        break;
      }
      // the lines between are short, and no sentence: "(الباب الأول)", "الخطبة", "الباب الأول: أحكام عامة" (a grouping's label and
      // title may end with a stop: "الباب الأول : المبادئ العامة.")
      if (firstLine.length > 80 || block.span.end - block.span.start > 100) break;
      if (/[.;]$/.test(firstLine) && !GROUPING_KINDS_AGAIN.has(readHeading(firstLine.replace(/[.;]$/, ''))?.kind ?? '')) break;
    }
  }
  return found;
}

/** Whether a label read from the text names the same unit (kind and number) as the heading before it. */
function repeatsLabel(heading: string, label: string): boolean {
  const before = readHeading(heading);
  const again = readHeading(label.replace(/[:：.\s]+$/, ''));
  return !!before && !!again && before.kind === again.kind && before.number !== undefined && before.number === again.number;
}

/** Whether a heading's text is running text: a unit word in lower case, its number, then a word in lower case. */
function sentenceMadeHeading(content: string): boolean {
  const plain = content.replace(/[*_]+/g, '').trim();
  if (!/^\p{Ll}/u.test(plain)) return false;
  const info = readHeading(plain);
  return !!info && info.number !== undefined && info.kind !== 'numbered' && plain.startsWith(info.label) && /^[ \t,]+\p{Ll}/u.test(plain.slice(info.label.length));
}

/** The fewest words of a heading read as a paragraph's sentence (titles that end with a full stop are shorter: "Meaning of “computer”."). */
const SENTENCE_HEADING_WORDS = 14;

/**
 * Whether a heading's text is a provision's sentence: a capital first, at least SENTENCE_HEADING_WORDS words, ended by a full stop,
 * a semicolon or a colon, and no unit's label (a unit's heading with its first words run in is read as such elsewhere).
 */
export function paragraphMadeHeading(content: string): boolean {
  const plain = content.replace(/[*_]+/g, '').trim();
  if (!/^\p{Lu}/u.test(plain) || !/[.;:][\s»”"')]*$/u.test(plain)) return false;
  // ("## SCHEDULE Provisions of the Agreement Reached in the Multi-Party Talks which appear under the heading “Prisoners”.": a unit's
  // word, or a first word in capitals, opens a heading however long its title)
  const first = /^\p{L}+/u.exec(plain)?.[0] ?? '';
  if ((first.length >= 2 && first === first.toUpperCase()) || isUnitNoun(first.toLowerCase())) return false;
  let words = 0;
  for (const _ of plain.matchAll(/\p{L}+/gu)) if (++words >= SENTENCE_HEADING_WORDS) break;
  return words >= SENTENCE_HEADING_WORDS && !readHeading(plain);
}

/** One short line in capitals first, no stop at its end: "Âmbito", "Acesso ilegítimo" (a title, not a sentence that goes on). */
function isTitleOfProvision(before: string): boolean {
  const line = before.trim();
  return line.length > 0 && line.length <= 100 && !line.includes('\n') && /^\p{Lu}/u.test(line) && !/[.;:,]$/.test(line);
}

function opensProvision(text: string, marker: Marker, style: MarkerStyle, at: number, lineStart: boolean, open: OpenLevel[], hasOpening: boolean,
  blockStart: number, blockEnd: number, continuesLater: (label: string, from: number) => boolean, afterMarkerOnly = false): boolean {
  const level = open.find((entry) => entry.style === style);
  if (level && follows(level.value, marker.value, style)) return true;
  // "I. Para admitir …" then "II. Derogada." (Mexico's "fracciones"): the "I." read as a letter was the roman run's first
  const letterI = style === 'upper-roman-dot' && marker.value === 'II' ? open.find((entry) => entry.style === 'upper-dot' && entry.value === 'I') : undefined;
  if (letterI) {
    letterI.style = 'upper-roman-dot';
    return true;
  }
  if (!isFirst(marker)) return false;
  // A first marker opens a list only after ":" or a dash (or a line holding only the marker of the
  // paragraph it belongs to); run in, only inside a numbered provision and only if the list goes
  // on ("(a)" then "(b)"): a lone "(a)" may be a citation.
  const before = previousChar(text, at, blockStart);
  // "Artículo 3.- Medidas.\na. Multa.\nb. Inhabilitación …" (a text with no blank lines, each line a paragraph): after a
  // full sentence, a first marker opens a list where its next marker opens a later line of the block too
  if (lineStart && before && /[.;]/.test(before) && nextOpensLaterLine(text, marker, at, blockEnd)) return true;
  if (!afterMarkerOnly && (!before || !/[:：—–-]/.test(before))) return false;
  if (lineStart) return true;
  if (!hasOpening) return false;
  const next = nextLabel(marker);
  return next !== undefined && continuesLater(next, at + marker.length);
}

/** A run-in paragraph's marker, then an editor's note in brackets and nothing else, up to the end of the text looked at. */
const NOTE_ALONE_AFTER_MARKER = /(?:^|\s)\(\d{1,3}\p{L}?\)[ \t]+(?:\((?:[^()\n]|\([^()\n]{0,20}\)){1,400}\)|\[[^[\]\n]{1,400}\])$/u;
const NOTE_ALONE_REACH = 440;

/**
 * "… as to the merits of the case;(b)require the applicant to furnish …" (Singapore Statutes Online as converted, a section's
 * items run into one line with no space on either side): an item's marker glued between the ";" that ends the item before
 * and its first word.
 */
function gluedItem(text: string, at: number): boolean {
  return text.charCodeAt(at - 1) === 59 /* ; */ && GLUED_ITEM.test(text.slice(at, at + 12));
}

const GLUED_ITEM = /^\((?:[a-z]{1,3}|\d{1,3}[A-Z]?)\)\p{L}/u;

/** A boundary before a run-in marker: the clause before it ends with ". ", "; ", ":", a dash, or a paragraph that is an editor's note. */
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
  if (char === ';') return spaces > 0 || gluedItem(text, at);
  // "(4) (Нова - ДВ, бр. 81 от 2005 г., отм. - ДВ, бр. 98 от 2008 г.) (5) …", "(4) [Repealed by Act 5 of 2019.] (5)": a
  // paragraph that holds nothing but an editor's note in brackets after its marker
  if ((char === ')' || char === ']') && spaces > 0) return NOTE_ALONE_AFTER_MARKER.test(text.slice(Math.max(blockStart, i - NOTE_ALONE_REACH), i + 1));
  if (char !== '.' || spaces === 0) return false;
  let wordStart = i;
  while (wordStart > blockStart && i - wordStart < 12 && /\p{L}/u.test(text[wordStart - 1])) wordStart--;
  const word = text.slice(wordStart, i).toLowerCase();
  // '… наричана по-нататък "Националната комисия". (2) …': a sentence ends after a closing quote or bracket too
  return word.length > 1 && !ABBREVIATIONS.has(word) || (word.length === 0 && /[)\]\d"”»’']/.test(text[i - 1] ?? ''));
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
  const value = withoutInsertion(marker.value);
  if ((style !== 'lower-paren' && style !== 'lower-dot') || romanValue(value) === undefined) return style;
  const letters = open.find((entry) => entry.style === style);
  if (letters && (successor(letters.value, 'letter') === value || lettersFollow(letters.value, value) || (value !== marker.value && withoutInsertion(letters.value) === value))) return style;
  return style === 'lower-paren' ? 'roman-paren' : 'roman-dot';
}

/** Opens or continues a marker sequence: deeper sequences opened after it are closed. */
function enter(open: OpenLevel[], style: MarkerStyle, value: string): void {
  const index = open.findIndex((entry) => entry.style === style);
  if (index >= 0) open.length = index;
  open.push({ style, value });
}

/** The number after the dot of a unit put between two: 2 for "1.2". */
function insertionNumber(value: string): number {
  return Number(value.slice(value.lastIndexOf('.') + 1));
}

function follows(previous: string, value: string, style: MarkerStyle): boolean {
  // "(1.1)" after "(1)", "(1.2)" after "(1.1)" (never "(1.1)" after itself: a bullet's own marker), "(2)" after "(1.1)"
  const base = insertedAfter(value);
  if (base !== undefined) return previous === base || (insertedAfter(previous) === base && insertionNumber(value) === insertionNumber(previous) + 1);
  const previousBase = insertedAfter(previous);
  if (previousBase !== undefined) return follows(previousBase, value, style);
  switch (style) {
    case 'num-dot': case 'num-dash': case 'num-paren': case 'degree': case 'quoted-num': case 'cjk-paren': case 'cjk-comma': case 'num-close': case 'num-sup': case 'circled': case 'decimal-sub':
    case 'ja-paragraph': case 'ja-item':
      return successor(previous, 'num') === value;
    case 'ja-subitem':
      return IROHA.indexOf(previous) >= 0 && IROHA[IROHA.indexOf(previous) + 1] === value;
    case 'lower-paren': case 'lower-dot': case 'upper-paren': case 'upper-dot':
      return successor(previous, 'letter') === value || lettersFollow(previous, value);
    case 'roman-paren': case 'roman-dot':
      return successor(previous, 'roman') === value;
    case 'upper-roman-dot':
      return successor(previous.toLowerCase(), 'roman') === value.toLowerCase();
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

/** How far ahead a list's next marker is looked for at a line's start (a list item is rarely longer). */
const NEXT_ITEM_REACH = 4000;

/** Whether the marker after `marker` ("b." after "a.") opens one of the next lines of the block, within NEXT_ITEM_REACH. */
function nextOpensLaterLine(text: string, marker: Marker, at: number, blockEnd: number): boolean {
  const next = nextLabel(marker);
  if (next === undefined) return false;
  const end = Math.min(blockEnd, at + NEXT_ITEM_REACH);
  for (let line = text.indexOf('\n', at); line >= 0 && line < end; line = text.indexOf('\n', line + 1)) {
    let start = line + 1;
    while (start < end && (text[start] === ' ' || text[start] === '\t')) start++;
    if (text.startsWith(next, start) && /\s/.test(text[start + next.length] ?? '')) return true;
  }
  return false;
}

/** The label of the marker that would continue the list `marker` opens: "(b)" after "(a)". */
function nextLabel(marker: Marker): string | undefined {
  // "（一）", "一、": its label writes the number in Chinese numerals, its value in digits
  if (marker.style === 'cjk-paren' || marker.style === 'cjk-comma' || marker.style === 'ja-item' || marker.style === 'ja-subitem') return undefined;
  if (marker.style === 'circled') return marker.value === '20' ? undefined : String.fromCharCode(marker.label.charCodeAt(0) + 1);
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
