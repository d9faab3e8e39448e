// Typing letters inside the words of one prose block leaves the unit tree as it was: every unit,
// gap and structural problem only moves by the length the edit added or removed. This module says
// when that holds and moves them, so that a keystroke does not build the unit tree again.
//
// When it holds: the edit removes and inserts letters only, after a letter or a space; the legal
// reading of the new text (computed as usual, and cheap for a document being edited) gives the
// same blocks as before, moved; the edit lies in one paragraph, list item or block quote, past
// the window in which the unit tree reads that block's marker (readMarker reads 32 characters
// from where the marker may stand). Every other text the unit tree reads (headings, titles
// written before a unit, gap comments, whether a paragraph ends with a colon) is outside the
// edit or, for the colon, unchanged by letters typed after a letter. test/engine/incrementalParse.test.ts
// holds this against fresh parses.
import { hasWords, type Block } from './blocks';
import { namesRepeal } from './repeals';
import { lineHeadingKey, mayAmendNear } from './setOutByAmendment';
import type { Problem, Span, Unit } from './model';
import type { Structure } from './structure';
import { textEdit, type TextEdit } from './legalReadingMemo';
import { readMarker } from './markers';
import { ANNOUNCING_LINE } from './headings';

/** What a parse of an edited document keeps for the next keystroke. */
export interface ParseState {
  /** The legal reading's blocks. */
  blocks: Block[];
  structure: Structure;
  /** The problems buildStructure reported. */
  structureProblems: Problem[];
  /** The units' tree order, once a keystroke moved the tree (movedStructure). */
  order?: UnitOrder;
  /** Whether the unit tree read dotted numbers as points (structure.ts StructureOptions): an edit that changes it builds the tree again. */
  dottedNumbersArePoints?: boolean;
}

/** A letters-only edit inside one block: the block's index, and where the text changed. */
export interface InPlaceEdit {
  edit: TextEdit;
  /** Index of the edited block in the legal reading's blocks. */
  block: number;
  /** Where the edited block stood in the previous version. */
  blockSpan: Span;
}

const LETTERS = /^\p{L}*$/u;
const LETTER = /\p{L}/u;
/** How far after a closing quotation mark an editor's mark may stand and decide where the quotation ends (quotedPassages.ts: atParagraphEnd). */
const QUOTE_MARK_REACH = 16;
const QUOTE_MARK = /["“”«»„]/;
/** How far readMarker looks from where a marker may stand (structure.ts). */
const MARKER_WINDOW = 32;

/** The edit from `before` to `after` (`edit`: textEdit's) when it only removes and inserts letters, after a letter or a space. */
export function letterEdit(before: string, after: string, edit: TextEdit = textEdit(before, after)): TextEdit | undefined {
  if (edit.start === 0 || (edit.oldEnd === edit.start && edit.newEnd === edit.start)) return undefined;
  const previous = before[edit.start - 1];
  if (previous !== ' ' && !LETTER.test(previous)) return undefined;
  // Bounded: a long edit is a paste, parsed as usual.
  if (edit.oldEnd - edit.start > 64 || edit.newEnd - edit.start > 64) return undefined;
  if (!LETTERS.test(before.slice(edit.start, edit.oldEnd)) || !LETTERS.test(after.slice(edit.start, edit.newEnd))) return undefined;
  return edit;
}

/** An offset of the old text in the new one (offsets inside the removed letters have no place: -1). */
export function movedOffset(edit: TextEdit, offset: number): number {
  if (offset < edit.start) return offset;
  if (offset >= edit.oldEnd) return offset + edit.newEnd - edit.oldEnd;
  return -1;
}

function movedSpan(edit: TextEdit, span: Span): Span {
  return { start: movedOffset(edit, span.start), end: movedOffset(edit, span.end) };
}

/**
 * The edited block, when `blocks` (the new text's legal reading) are the `previous` ones moved by
 * the edit and the edit is one the unit tree cannot see; undefined otherwise.
 */
export function findInPlaceEdit(before: string, after: string, textChange: TextEdit, previous: Block[], blocks: Block[]): InPlaceEdit | undefined {
  if (previous.length !== blocks.length) return undefined;
  const edit = letterEdit(before, after, textChange);
  if (!edit) return undefined;
  let edited = -1;
  for (let i = 0; i < blocks.length; i++) {
    const old = previous[i];
    if (!sameBlock(edit, old, blocks[i])) return undefined;
    if (old.span.start < edit.start && edit.oldEnd <= old.span.end) {
      if (edited >= 0) return undefined;
      edited = i;
    } else if (old.span.start < edit.oldEnd && edit.start < old.span.end) {
      return undefined;
    }
  }
  if (edited < 0) return undefined;
  const block = previous[edited];
  if (block.furniture || (block.kind !== 'paragraph' && block.kind !== 'listItem' && block.kind !== 'blockquote')) return undefined;
  if (edit.start < markerWindowEnd(before, block)) return undefined;
  // Its last letters or digits removed ("( ab )" → "(  )"): a paragraph of no words is no unit (structure.ts), the tree changes
  if (!hasWords(after, blocks[edited])) return undefined;
  // "Arts. 52 a 58 . [(Revogados …)]": a block that repeals a run of units changes how citations anywhere resolve (repeals.ts)
  if (namesRepeal(before, block.span) || namesRepeal(after, blocks[edited].span)) return undefined;
  // "Modifíquese los artículos 162 … en los siguientes términos:", "ARTÍCULO 3°.- Sustitúyese …", and the heading-like lines
  // between a lead-in and the articles it sets out: what the duplicate checks read (setOutByAmendment.ts)
  if (mayAmendNear(before, block.span.start, edit.start) || mayAmendNear(after, blocks[edited].span.start, edit.start) ||
    lineHeadingKey(before, edit.start) !== lineHeadingKey(after, edit.start)) return undefined;
  // "Accordo - art. 1": a line announcing an annexed instrument's article opens an annex named by it (structure.ts)
  if (announcesArticle(before, block) || announcesArticle(after, blocks[edited])) return undefined;
  // '… du présent article. " (NR)': letters in an editor's mark after a closing quote decide whether a quotation closes there,
  // and the paragraphs of a quotation number no unit (quotedPassages.ts, structure.ts)
  if (QUOTE_MARK.test(before.slice(Math.max(block.span.start, edit.start - QUOTE_MARK_REACH), edit.start))) return undefined;
  return { edit, block: edited, blockSpan: block.span };
}

function announcesArticle(text: string, block: Block): boolean {
  return block.span.end - block.span.start < 120 && ANNOUNCING_LINE.test(text.slice(block.contentStart, block.span.end).trim());
}

/** Same kind and fields, at the moved place. */
function sameBlock(edit: TextEdit, old: Block, block: Block): boolean {
  if (old.kind !== block.kind || old.depth !== block.depth || old.ordered !== block.ordered || old.listNumber !== block.listNumber ||
      old.furniture !== block.furniture || old.titleOfNext !== block.titleOfNext) return false;
  if (movedOffset(edit, old.span.start) !== block.span.start || movedOffset(edit, old.span.end) !== block.span.end || movedOffset(edit, old.contentStart) !== block.contentStart) return false;
  // Any field added to Block later must be compared here too.
  return Object.keys(old).length === Object.keys(block).length;
}

/** Where the unit tree stops reading a paragraph's marker (structure.ts: readMarker, the inner marker of "I.-1.", leadingSkip; Marker.length counts escaping backslashes). */
function markerWindowEnd(text: string, block: Block): number {
  const markerStart = block.kind === 'listItem' && !block.ordered ? block.contentStart : block.span.start;
  let skip = 0;
  while (markerStart + skip < text.length && (text[markerStart + skip] === ' ' || text[markerStart + skip] === '*' || text[markerStart + skip] === '_')) skip++;
  const marker = readMarker(text.slice(markerStart, Math.min(block.span.end, markerStart + MARKER_WINDOW)));
  const inner = marker?.style === 'upper-roman-dash' ? skip + marker.length + MARKER_WINDOW : 0;
  // One character more: the character after the skipped run is where a marker's label ends.
  return markerStart + Math.max(MARKER_WINDOW, inner, skip + 1) + 1;
}

/**
 * Where each unit of a unit tree stands in its tree order (the root first), for `units` and
 * `blockUnits`: a moved tree has the same order, so this is computed once per tree built and
 * carried to the moved ones.
 */
export interface UnitOrder {
  /** For each of `units`, its place in tree order. */
  units: Int32Array;
  /** For each block, its unit's place in tree order; -1: none; -2: a unit outside the tree (kept as it is). */
  blockUnits: Int32Array;
}

/** The unit tree of the previous version, moved by the edit: new objects (caches keyed by unit stay with the old model). */
export function movedStructure(edit: TextEdit, state: ParseState): { structure: Structure; problems: Problem[]; order: UnitOrder } | undefined {
  const old = state.structure;
  const before: Unit[] = [];
  const after: Unit[] = [];
  const copy = (unit: Unit, parent: Unit | undefined): Unit => {
    // Written out field by field, in the order structure.ts gives them (a spread of a unit costs
    // twenty times more); any field added to Unit must be copied here too (incrementalParse.test.ts
    // compares moved trees with fresh ones).
    let clone: Unit;
    const children = new Array<Unit>(unit.children.length);
    if (parent && 'number' in unit && 'title' in unit) {
      // A heading's unit, and (below) a numbered paragraph's: one literal each, all fields at once.
      clone = { id: unit.id, kind: unit.kind, number: unit.number, label: unit.label, title: unit.title, span: movedSpan(edit, unit.span), labelSpan: movedSpan(edit, unit.labelSpan),
        line: unit.line, parent, children, citable: unit.citable, headingDepth: unit.headingDepth };
    } else if (parent && 'number' in unit) {
      clone = { id: unit.id, kind: unit.kind, number: unit.number, label: unit.label, span: movedSpan(edit, unit.span), labelSpan: movedSpan(edit, unit.labelSpan),
        line: unit.line, parent, children, citable: unit.citable, headingDepth: unit.headingDepth };
    } else {
      clone = { id: unit.id, kind: unit.kind } as Unit;
      if ('number' in unit) clone.number = unit.number;
      clone.label = unit.label;
      if ('title' in unit) clone.title = unit.title;
      clone.span = movedSpan(edit, unit.span);
      clone.labelSpan = movedSpan(edit, unit.labelSpan);
      clone.line = unit.line;
      if (parent) clone.parent = parent;
      else if ('parent' in unit) clone.parent = unit.parent;
      clone.children = children;
      clone.citable = unit.citable;
      clone.headingDepth = unit.headingDepth;
    }
    if ('listLevel' in unit) clone.listLevel = unit.listLevel;
    before.push(unit);
    after.push(clone);
    for (let i = 0; i < children.length; i++) children[i] = copy(unit.children[i], clone);
    return clone;
  };
  const root = copy(old.root, undefined);
  const order = state.order ?? unitOrder(old, before);
  const units = new Array<Unit>(order.units.length);
  for (let i = 0; i < units.length; i++) {
    const at = order.units[i];
    if (at < 0) return undefined;
    units[i] = after[at];
  }
  const blockUnits = new Array<Unit>(order.blockUnits.length);
  for (let i = 0; i < blockUnits.length; i++) {
    const at = order.blockUnits[i];
    blockUnits[i] = at >= 0 ? after[at] : at === -2 ? old.blockUnits[i] : (undefined as unknown as Unit);
  }
  const gaps = old.gaps.map((gap) => ({ span: movedSpan(edit, gap.span), note: gap.note }));
  const structure: Structure = { root, units, blockUnits, gaps };
  if ('title' in old) structure.title = old.title;
  const problems = state.structureProblems.map((problem) => ({ ...problem, span: movedSpan(edit, problem.span) }));
  // An offset inside the removed letters has no place in the new text: build the tree again.
  const placed = (span: Span) => span.start >= 0 && span.end >= 0;
  if (!units.every((unit) => placed(unit.span) && placed(unit.labelSpan)) || !placed(root.span) || !gaps.every((gap) => placed(gap.span)) || !problems.every((problem) => placed(problem.span))) return undefined;
  return { structure, problems, order };
}

/** The places in tree order (`tree`: the units from the root down, in order) of a structure's units and block units. */
function unitOrder(structure: Structure, tree: Unit[]): UnitOrder {
  const at = new Map<Unit, number>();
  for (let i = 0; i < tree.length; i++) at.set(tree[i], i);
  return {
    units: Int32Array.from(structure.units, (unit) => at.get(unit) ?? -1),
    blockUnits: Int32Array.from(structure.blockUnits, (unit) => (unit ? (at.get(unit) ?? -2) : -1)),
  };
}
