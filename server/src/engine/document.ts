// The document model as a whole, and the one function that builds it from text.
import type { Definition, FrontMatter, Problem, Span, Unit } from './model';
import type { ParsedReference } from './references/types';
import { scanBlocks, type Block } from './blocks';
import { rescanBlocks } from './blockRescan';
import { readLegalBlocks } from './legalBlocks';
import { LegalReadingMemo, textEdit, type TextEdit } from './legalReadingMemo';
import { parseFrontMatter } from './frontMatter';
import { buildStructure, type Structure } from './structure';
import { findInPlaceEdit, movedOffset, movedStructure, type InPlaceEdit, type ParseState } from './inPlaceEdit';
import { findDefinitions, type DefinitionMemoEntry, type DefinitionTrail } from './definitions';
import { parseReferences, readsLanguage } from './references/grammar';
import { detached, detachStrings, LineIndex } from './text';
import { guessLanguage } from './language';

/** A citation found in the text, with the unit it stands in (for "paragraph 1" and "this article"). */
export interface DocumentReference extends ParsedReference {
  /** Innermost unit containing the citation ('' for the document level). */
  unitId: string;
  /** Index in `DocumentModel.references`. */
  index: number;
}

export interface DocumentModel {
  uri: string;
  version: number;
  text: string;
  /** Front matter id, or the file name without extension. */
  id: string;
  title: string;
  type: FrontMatter['type'];
  language: string;
  frontMatter: FrontMatter;
  root: Unit;
  units: Unit[];
  /** A Map while the document is typed in; a resting model's is compact (unitIndex.ts). */
  unitsById: ReadonlyMap<string, Unit>;
  definitions: Definition[];
  references: DocumentReference[];
  gaps: Array<{ span: Span; note: string }>;
  problems: Problem[];
  lines: LineIndex;
  /** Spans of legal prose (paragraphs, list items, headings' titles): where terms are looked for. */
  prose: Span[];
  /** True when the document declares itself (front matter) or reads as a treaty or law. */
  inCorpusFormat: boolean;
}

export interface ParseOptions {
  /**
   * Reads the block structure. Default: the fast line scanner (scanBlocks). The differential
   * tests inject remark-parse's reading (test/helpers/remarkBlocks.ts) to check the scanner.
   */
  blockParser?: (text: string) => Block[];
  /** Larger texts are not analysed (a problem says so). Default 8 MB. */
  maxLength?: number;
  /**
   * Workspace: keep the text of a document nobody is typing in deflated (restingText.ts), read
   * back on demand. On by default (`false` keeps every text whole): a cold index of 1,000
   * documents holds 60 MB of deflated texts instead of 394 MB of strings (docs/BENCHMARK.md).
   */
  restTexts?: boolean;
  /**
   * Workspace: how many characters of text it keeps whole before documents are put to rest (then
   * every one is, those kept whole until then included). Resting costs about a quarter of a cold
   * index's time and saves little in a small workspace. Default WHOLE_TEXT_BUDGET (workspace.ts),
   * or TREATY_LENS_WHOLE_TEXT_BUDGET; 0 puts every document to rest.
   */
  wholeTextBudget?: number;
  /**
   * The document is open in an editor: with no previous version, keep what parsing the next
   * version as an edit needs (the scan, the unit tree's state, the per-block memos), so that the
   * first letter typed after opening is parsed around the edit like every letter after it.
   */
  editing?: boolean;
}

export const DEFAULT_MAX_LENGTH = 8 * 1024 * 1024;

/**
 * Citations per block text, with offsets relative to the block: kept on a model that has been
 * edited, so that the next keystroke re-reads only the blocks whose text changed.
 */
const referenceMemos = new WeakMap<DocumentModel, Map<string, ParsedReference[]>>();
const frontMatterProblems = new WeakMap<DocumentModel, Problem[]>();
const legalReadingMemos = new WeakMap<DocumentModel, LegalReadingMemo>();
const definitionMemos = new WeakMap<DocumentModel, { candidates: Map<string, DefinitionMemoEntry>; intro: Map<string, boolean> }>();
/** The blocks and unit tree of a model being edited: the next keystroke moves them instead of building them (inPlaceEdit.ts). */
const parseStates = new WeakMap<DocumentModel, ParseState>();
/**
 * Languages whose laws number their paragraphs "(1)" and the points of a paragraph "1.": German ("§ 7 … die Zeit, die" then
 * "1.  ein Ruhestandsbeamter …", cited "Satz 1 Nr. 1"), where a dotted number directly under a section is a point, never a
 * paragraph ("Absatz").
 */
// (and Czech: "(1) … a) … 1. …", "odst. 1 písm. a) bodu 2")
const DOTTED_POINT_LANGUAGES = new Set(['de', 'cs']);
/**
 * A paragraph numbered in brackets at a line's start ("(1) Die Prüfungskommission …"): a German text that numbers its paragraphs
 * so numbers its points "1.". (Fedlex's treaties number their paragraphs "1.", Liechtenstein's laws "1)": those stay paragraphs.)
 */
const PARAGRAPH_IN_BRACKETS = /^[ \t]*\(1\)[ \t]+\S/m;
/** What the definitions of a model being edited read, block by block (definitions.ts): the next keystroke reads only the edited block's. */
const definitionTrails = new WeakMap<DocumentModel, DefinitionTrail>();
/** The markdown blocks of a model being edited, before the legal reading: the next keystroke scans again only around its edit. */
const scans = new WeakMap<DocumentModel, Block[]>();
/** A model made by moving its previous version's unit tree and citations: that version and the edit. */
const inPlaceEdits = new WeakMap<DocumentModel, { previous: DocumentModel } & InPlaceEdit>();

/** The previous version and the edit, when `model` was made from it by an edit inside one block's words. */
/** Where each version parsed as an edit differs from the version before it (textEdit). */
const textEdits = new WeakMap<DocumentModel, TextEdit>();

/** Where the model's text differs from the previous version's, when it was parsed as an edit of it. */
export function textEditOf(model: DocumentModel): TextEdit | undefined {
  return textEdits.get(model);
}

export function inPlaceEditOf(model: DocumentModel): ({ previous: DocumentModel } & InPlaceEdit) | undefined {
  return inPlaceEdits.get(model);
}

/** Whether the legal reading of `model` resumed at the edited block and took the rest from the previous version (legalBlocks.ts; for tests). */
export function legalReadingResumed(model: DocumentModel): boolean {
  return legalReadingMemos.get(model)?.reading?.resumedAt !== undefined;
}

/** Whether the definitions of `model` were read only around the edited block (definitions.ts; for tests). */
export function definitionsResumed(model: DocumentModel): boolean {
  return !!definitionTrails.get(model)?.resumed;
}

export function parseDocument(uri: string, text: string, version = 0, options: ParseOptions = {}, previous?: DocumentModel): DocumentModel {
  const problems: Problem[] = [];
  const fallbackId = idFromUri(uri);
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  if (text.length > maxLength) {
    problems.push({ code: 'document-too-large', severity: 'warning', span: { start: 0, end: 0 },
      message: `This document is ${(text.length / 1048576).toFixed(1)} MB, more than the ${(maxLength / 1048576).toFixed(0)} MB Treaty Lens analyses; split it or raise "treatyLens.maxFileSize".` });
    return emptyModel(uri, text, version, fallbackId, problems);
  }
  // Binary files show NUL bytes at once; looking further would cost a full scan per keystroke.
  const nul = text.slice(0, 8192).indexOf('\u0000');
  if (nul >= 0) {
    problems.push({ code: 'binary-content', severity: 'error', span: { start: nul, end: nul + 1 },
      message: 'This file contains binary data (NUL bytes), not text; it is not analysed.' });
    return emptyModel(uri, text, version, fallbackId, problems);
  }
  const replacement = text.indexOf('\ufffd');
  if (replacement >= 0) {
    problems.push({ code: 'invalid-encoding', severity: 'warning', span: { start: replacement, end: replacement + 1 },
      message: 'This file has characters that are not valid UTF-8 (shown as \ufffd); save it as UTF-8 so that no wording is lost.' });
  }

  // While typing in the body, the front matter is the same text: keep what was read from it.
  const frontEnd = previous?.frontMatter.span?.end;
  const sameFront = previous && frontEnd !== undefined && text.length >= frontEnd && text.charCodeAt(frontEnd) === previous.text.charCodeAt(frontEnd) &&
    text.slice(0, frontEnd) === previous.text.slice(0, frontEnd) && frontMatterProblems.has(previous);
  const { frontMatter, problems: frontProblems } = sameFront
    ? { frontMatter: previous.frontMatter, problems: frontMatterProblems.get(previous) as Problem[] }
    : parseFrontMatter(text);
  // Its id, title and names key the workspace's indexes, which outlive the text when the document
  // rests: as slices they would keep the whole text alive (a copy is a few bytes).
  if (!sameFront) detachStrings(frontMatter);
  problems.push(...frontProblems);
  // CommonMark's blocks, then read as a lawyer reads them (legalBlocks.ts): the same for either parser.
  // Where this version differs from the previous one (common prefix and suffix), found once.
  const change = previous ? textEdit(previous.text, text) : undefined;
  // Kept for the next version when there is one to come: an edit, or a document just opened for typing.
  const keepsMemos = !!previous || !!options.editing;
  const legalReadingMemo = keepsMemos ? ((previous && legalReadingMemos.get(previous)?.next(previous.text, text, change)) ?? new LegalReadingMemo()) : undefined;
  // Being edited: the markdown blocks are scanned again only around the edit (blockRescan.ts).
  const previousScan = previous && !options.blockParser ? scans.get(previous) : undefined;
  const scanned = options.blockParser ? options.blockParser(text) : (previousScan && change ? rescanBlocks(previousScan, text, change) : undefined) ?? scanBlocks(text);
  const blocks: Block[] = readLegalBlocks(text, scanned, legalReadingMemo);
  // Letters typed inside one block's words: the unit tree only moves (inPlaceEdit.ts).
  const previousState = previous && !options.blockParser && sameFront ? parseStates.get(previous) : undefined;
  // (the language decides how the unit tree reads a dotted number: a letter typed that changes the language guessed, or whether a
  // paragraph is numbered "(1)", builds it again)
  const language = frontMatter.language ?? guessLanguage(text) ?? 'en';
  const dottedNumbersArePoints = DOTTED_POINT_LANGUAGES.has(language) && PARAGRAPH_IN_BRACKETS.test(text);
  const inPlace = previousState && previous && change && previous.language === language && previousState.dottedNumbersArePoints === dottedNumbersArePoints ?
    findInPlaceEdit(previous.text, text, change, previousState.blocks, blocks) : undefined;
  const moved = inPlace && previousState ? movedStructure(inPlace.edit, previousState) : undefined;
  // Letters add no line break: the line starts after the edit move.
  const lines = moved && inPlace && previous ? new LineIndex(text, { lines: previous.lines, start: inPlace.edit.start, delta: inPlace.edit.newEnd - inPlace.edit.oldEnd }) : new LineIndex(text);
  const structureProblemsStart = problems.length;
  let structure: Structure;
  if (moved) {
    structure = moved.structure;
    problems.push(...moved.problems);
  } else {
    structure = buildStructure(text, blocks, frontMatter.type, problems, lines, { dottedNumbersArePoints, koreanItems: language === 'ko' });
  }
  const structureProblems = problems.slice(structureProblemsStart);
  // One slice per block, shared by the definition and citation memos (each string is hashed once).
  const blockTexts = blocks.map((block) => text.slice(block.span.start, block.span.end));
  const previousDefinitionMemo = previous ? definitionMemos.get(previous) : undefined;
  const definitionMemo = keepsMemos ? { candidates: new Map<string, DefinitionMemoEntry>(), intro: new Map<string, boolean>() } : undefined;
  if (!readsLanguage(language)) withoutListDuplicates(problems, structureProblemsStart, structure.units);
  // Letters typed in one block: the definitions are read again only where reading looked at them.
  const definitionTrail: DefinitionTrail | undefined = keepsMemos ? { definitions: [], first: [], scope: [], reach: [] } : undefined;
  const earlierDefinitions = moved && inPlace && previous && previousState && previous.language === language ? definitionTrails.get(previous) : undefined;
  const definitions = findDefinitions({
    text, blocks, blockTexts, blockUnits: structure.blockUnits, root: structure.root, language,
    memo: definitionMemo?.candidates, previousMemo: previousDefinitionMemo?.candidates,
    introMemo: definitionMemo?.intro, previousIntroMemo: previousDefinitionMemo?.intro,
    trail: definitionTrail,
    earlier: earlierDefinitions && inPlace && previousState ? { trail: earlierDefinitions, edit: inPlace.edit, blockUnits: previousState.structure.blockUnits, lines } : undefined,
  });
  if (definitionTrail?.resumed && definitionMemo && previousDefinitionMemo && inPlace && previous) {
    // The blocks not read again keep their memo entries for the next version (the edited block's old text gives way).
    // The previous maps carry over (as the citations' memo does), the entries read again in this version written over them.
    const oldText = previous.text.slice(inPlace.blockSpan.start, inPlace.blockSpan.end);
    previousDefinitionMemo.candidates.delete(oldText);
    previousDefinitionMemo.intro.delete(oldText);
    definitionMemo.candidates.forEach((entry, key) => previousDefinitionMemo.candidates.set(key, entry));
    definitionMemo.intro.forEach((entry, key) => previousDefinitionMemo.intro.set(key, entry));
    definitionMemo.candidates = previousDefinitionMemo.candidates;
    definitionMemo.intro = previousDefinitionMemo.intro;
  }

  const references: DocumentReference[] = [];
  let prose: Span[] = [];
  const previousMemo = previous ? referenceMemos.get(previous) : undefined;
  let memo = keepsMemos ? new Map<string, ParsedReference[]>() : undefined;
  /** The citations of a prose block, placed, appended to `references`. */
  const readCitations = (block: Block, index: number) => {
    const unit = structure.blockUnits[index] ?? structure.root;
    const blockText = blockTexts[index];
    let relative: ParsedReference[] | undefined;
    if (memo) {
      // Keyed by the block's text alone (no concatenation: hashing a new 200 KB of keys per keystroke shows).
      relative = (previous?.language === language ? previousMemo?.get(blockText) : undefined) ?? memo.get(blockText) ?? parseReferences(blockText, { language, offset: 0 });
      memo.set(blockText, relative);
    }
    const found = relative ?? parseReferences(blockText, { language, offset: 0 });
    const struck = blockText.includes('~~');
    for (const parsed of found) {
      // "ce point de terminaison", "ces alinéas": a demonstrative alone is anaphora, not a citation.
      if (parsed.targets.length === 0 && /^(?:ce|cet|cette|ces|these|those|deze|die)\s/i.test(parsed.text)) continue;
      // "**_(8) Artículo 13.-_** _Los extranjeros …": a unit's own label the reading did not take for a heading cites nothing.
      if (isUnitLabel(blockText, parsed)) continue;
      // "~~Art. 171. São consideradas:~~": struck-out wording is repealed text kept for the record, citing nothing now
      if (struck && insideStrikethrough(blockText, parsed.span)) continue;
      // "§ 1º São brasileiros …": the marker that opens the block's own unit is its label, no citation
      if (unit.headingDepth === 0 && unit.labelSpan.start === block.span.start && parsed.span.start + block.span.start === unit.labelSpan.start && unit.labelSpan.end > unit.labelSpan.start) continue;
      // A fresh object of one shape, moved to where the block starts (the memo keeps offset 0).
      references.push(placeReference(parsed, block.span.start, unit.id, references.length));
    }
  };
  if (moved && inPlace && previous && previousMemo && previous.language === language) {
    // Only the edited block is read again; the other blocks' citations and prose move.
    const { edit } = inPlace;
    const oldBlock = (previousState as ParseState).blocks[inPlace.block];
    const before = previous.references;
    let i = 0;
    for (; i < before.length && before[i].span.start < oldBlock.span.start; i++) references.push(before[i]);
    for (; i < before.length && before[i].span.start < oldBlock.span.end; i++);
    // The memo carries over: the edited block's old text gives way to its new one (it stays one entry per block).
    memo = previousMemo;
    memo.delete(previous.text.slice(oldBlock.span.start, oldBlock.span.end));
    readCitations(blocks[inPlace.block], inPlace.block);
    const delta = edit.newEnd - edit.oldEnd;
    for (; i < before.length; i++) references.push(placeReference(before[i], delta, before[i].unitId, references.length));
    prose = previous.prose.map((span) => ({ start: movedOffset(edit, span.start), end: movedOffset(edit, span.end) }));
  } else {
    blocks.forEach((block, index) => {
      // Running heads and tables of contents (legalBlocks.ts) are no legal prose.
      if (block.furniture) return;
      if (block.kind === 'heading') {
        const unit = structure.blockUnits[index];
        // A heading's label ("Article 7") is not prose; its title is.
        const titleStart = unit && unit.labelSpan.start === block.span.start && unit.title ? text.indexOf(unit.title, block.contentStart) : -1;
        if (titleStart >= 0) prose.push({ start: titleStart, end: block.span.end });
        return;
      }
      if (block.kind !== 'paragraph' && block.kind !== 'listItem' && block.kind !== 'blockquote') return;
      prose.push(block.span);
      readCitations(block, index);
    });
  }

  const unitsById = new Map<string, Unit>();
  for (const unit of structure.units) unitsById.set(unit.id, unit);
  if (!/\S/.test(text)) {
    problems.push({ code: 'empty-document', severity: 'information', span: { start: 0, end: 0 }, message: 'This document is empty.' });
  }
  const inCorpusFormat = frontMatter.type !== 'unknown' || !!frontMatter.id || structure.units.some((unit) => unit.citable);
  if (!frontMatter.span && structure.units.some((unit) => unit.citable)) {
    problems.push({ code: 'no-front-matter', severity: 'information', span: { start: 0, end: 0 },
      message: 'This document has no front matter: add id, title, type (treaty, law or commentary) and language so that other documents can cite it.' });
  }
  if (frontMatter.span && !frontMatter.id) {
    problems.push({ code: 'front-matter-missing-id', severity: 'warning', span: frontMatter.span,
      message: `The front matter has no "id"; the file name "${fallbackId}" is used instead.` });
  }
  const model: DocumentModel = {
    uri, version, text, id: frontMatter.id ?? fallbackId,
    title: frontMatter.title ?? (structure.title === undefined ? databaseTitle(text, frontMatter.span?.end ?? 0) ?? fallbackId : detached(structure.title)),
    type: frontMatter.type, language, frontMatter, root: structure.root, units: structure.units, unitsById,
    definitions, references, gaps: structure.gaps, problems, lines, prose, inCorpusFormat,
  };
  if (memo) referenceMemos.set(model, memo);
  if (legalReadingMemo) legalReadingMemos.set(model, legalReadingMemo);
  if (change) textEdits.set(model, change);
  frontMatterProblems.set(model, frontProblems);
  if (definitionMemo) definitionMemos.set(model, definitionMemo);
  if (definitionTrail) definitionTrails.set(model, definitionTrail);
  if (keepsMemos && !options.blockParser) scans.set(model, scanned);
  if (keepsMemos && !options.blockParser) parseStates.set(model, moved ? { blocks, structure, structureProblems, order: moved.order, dottedNumbersArePoints } : { blocks, structure, structureProblems, dottedNumbersArePoints });
  if (moved && inPlace && previous) inPlaceEdits.set(model, { previous, ...inPlace });
  // The previous version gives up its own link back: otherwise each version would keep the one
  // before it alive, and every version typed would stay in memory.
  if (previous) inPlaceEdits.delete(previous);
  return model;
}

function shiftSpan(span: Span, delta: number): Span {
  return { start: span.start + delta, end: span.end + delta };
}

/** A citation parsed at offset 0, placed where its block starts, with the unit that holds it. */
function placeReference(parsed: ParsedReference, delta: number, unitId: string, index: number): DocumentReference {
  const steps = (path: ParsedReference['targets'][number]['path']) => path.map((step) => ({ kind: step.kind, number: step.number, span: shiftSpan(step.span, delta) }));
  return {
    span: shiftSpan(parsed.span, delta),
    text: parsed.text,
    targets: parsed.targets.map((target) => ({ path: steps(target.path), ...(target.through ? { through: steps(target.through) } : {}), span: shiftSpan(target.span, delta) })),
    anchor: parsed.anchor.kind === 'none' ? parsed.anchor : { ...parsed.anchor, span: shiftSpan(parsed.anchor.span, delta) },
    language: parsed.language,
    unitId,
    index,
  };
}

/**
 * A numbered point given twice in a language whose words are not read ("- 1. V § 14 se za odstavec 2 vkládá nový odstavec
 * 3, který zní:" then the inserted text's own "- 1. osob …"): the words that would show a quoted amendment or a list within
 * a list cannot be read, so only headings given twice are warned for.
 */
function withoutListDuplicates(problems: Problem[], from: number, units: readonly Unit[]): void {
  const listed = new Set(units.filter((unit) => unit.headingDepth === 0).map((unit) => unit.labelSpan.start));
  let kept = from;
  for (let at = from; at < problems.length; at++) {
    const problem = problems[at];
    if (problem.code === 'duplicate-unit' && listed.has(problem.span.start)) continue;
    problems[kept++] = problem;
  }
  problems.length = kept;
}

function emptyModel(uri: string, text: string, version: number, id: string, problems: Problem[]): DocumentModel {
  const root: Unit = { id: '', kind: 'document', label: '', span: { start: 0, end: text.length }, labelSpan: { start: 0, end: 0 }, line: 0, children: [], citable: false, headingDepth: 0 };
  return {
    uri, version, text, id, title: id, type: 'unknown', language: 'und',
    frontMatter: { type: 'unknown', aliases: [], implements: [], supplements: [], incorporates: [], raw: {} },
    root, units: [], unitsById: new Map(), definitions: [], references: [], gaps: [], problems,
    lines: new LineIndex(text.length > DEFAULT_MAX_LENGTH ? '' : text), prose: [], inCorpusFormat: false,
  };
}

/** The text of each prose span, sliced once per model so that memo lookups hash each string once. */
const proseTextCache = new WeakMap<DocumentModel, string[]>();

export function proseTexts(model: DocumentModel): string[] {
  let texts = proseTextCache.get(model);
  if (!texts) {
    texts = model.prose.map((span) => model.text.slice(span.start, span.end));
    proseTextCache.set(model, texts);
  }
  return texts;
}

export function idFromUri(uri: string): string {
  const name = decodeURIComponent(uri.replace(/[?#].*$/, '').split('/').pop() ?? uri);
  return name.replace(/\.(md|markdown|txt)$/i, '') || uri;
}

/** What may stand before a label on its line: markup, an opening quote, a note's mark ("**_(8) "). */
const BEFORE_LABEL = /^[\s*_“"«„]*(?:\((?:\d{1,3}|\\?\*{1,3})\)[\s*_“"«„]*)?$/;
/** After a label: the dash that ends it ("13.-", "1°.-", "5.–"), then a space, markup or the line's end; or its stop, and the bold closed ("19.**", "19._**"). */
const LABEL_END = /^(?:[°º]?\.?[ \t]?[-–—](?=[\s*_]|$)|[°º]?\._?(?:\*\*|__))/;

/** How far around a citation its strikethrough marks are looked for. */
const STRUCK_REACH = 2000;

/** Whether `span` of a block's text lies inside "~~…~~" (markdown's strikethrough), closed on the same line. */
function insideStrikethrough(blockText: string, span: Span): boolean {
  // Only the line around it, and within 2,000 characters either side: a long line of many citations and marks stays linear.
  const from = Math.max(0, span.start - STRUCK_REACH);
  const window = blockText.slice(from, Math.min(blockText.length, span.end + STRUCK_REACH));
  const start = span.start - from;
  const end = span.end - from;
  const lineStart = window.lastIndexOf('\n', start) + 1;
  const lineBreak = window.indexOf('\n', end);
  const line = window.slice(lineStart, lineBreak < 0 ? window.length : lineBreak);
  let open = false;
  for (let at = line.indexOf('~~'); at >= 0; at = line.indexOf('~~', at + 2)) {
    if (at + lineStart >= start) return open && line.indexOf('~~', Math.max(at, end - lineStart)) >= 0;
    open = !open;
  }
  return false;
}

/** Whether a citation is an article's or section's label opening its line, as "Artículo 13.-" is. */
function isUnitLabel(blockText: string, parsed: ParsedReference): boolean {
  if (parsed.targets.length !== 1 || parsed.targets[0].path.length !== 1 || parsed.targets[0].through || parsed.anchor.kind !== 'none') return false;
  const kind = parsed.targets[0].path[0].kind;
  if (kind !== 'article' && kind !== 'section') return false;
  if (!LABEL_END.test(blockText.slice(parsed.span.end, parsed.span.end + 8))) return false;
  // Only a few characters back: a long line with many citations stays linear.
  const from = Math.max(0, parsed.span.start - LABEL_LEAD_MAX);
  const lead = blockText.slice(from, parsed.span.start);
  const lineBreak = lead.lastIndexOf('\n');
  if (lineBreak < 0 && from > 0) return false;
  return BEFORE_LABEL.test(lead.slice(lineBreak + 1));
}

/** How far before a label its line may start ("\u00a0 \u00a0 \u00a0**_(8) "). */
const LABEL_LEAD_MAX = 32;

/**
 * "法規名稱：行政程序法" opening a text with no heading (Taiwan's laws as the Ministry of Justice's database exports them, its header
 * lines before the text): the law's name, by which other laws cite it ("依行政程序法第一百零九條").
 */
function databaseTitle(text: string, from: number): string | undefined {
  const head = DATABASE_TITLE.exec(text.slice(from, from + DATABASE_TITLE_REACH));
  return head ? head[1].trim() : undefined;
}
const DATABASE_TITLE = /^\s*(?:法規名稱|法规名称)[：:][ \t\u3000]*([^\n]{1,80})/;
const DATABASE_TITLE_REACH = 200;
