// After letters typed inside one block's words (inPlaceEdit.ts), most citations resolve as they
// did: the unit tree, the other citations and the text around them are what they were, moved.
// A citation is resolved again when its resolution may read the edited letters:
// - the text around it: up to 300 characters before (the sentence of an amending clause, from its
//   start), 400 (the words between it and the citation before, for "of that section"), and 200
//   after (an instrument's name after a generic noun, "of the Act" after the citation);
// - the citation before it, when it may chain to it ("of that section": the words between them
//   hold no sentence break and are at most 400 characters), and that one was resolved again;
// - the inline markers of a unit's own text ("(a)", "1.", "2)"): every citation is resolved again
//   when a parenthesis or a full stop stands near the edit.
// And every citation is resolved again when the edited block's citations changed (another
// citation may name an instrument by them), or when a document the previous resolution looked
// into changed what it shows others.
// When documents only appeared, left or were renamed (the workspace indexing while the user
// types), the citations that found nothing or named an instrument are resolved again (and those
// that may chain to them); the others keep their resolution, as ResolutionCache keeps a whole
// document's when none of its citations is of that kind.
// When a document a citation may read changed what it shows others (an article renumbered) and
// no names moved, the citations whose targets are all units of their own document keep their
// resolution (reuseOwnTargets), and so do those whose units elsewhere are found again by numbers
// that did not change (unitChanges.ts); the others are resolved again.
import type { DocumentModel, DocumentReference } from '../document';
import { BY_NAMES, isGenericInstrument, mayBeHeadingOnly, resolveReference, type DocumentLookup, type ResolvedReference } from '../resolve';
import { movedOffset, type InPlaceEdit } from '../inPlaceEdit';
import { textEdit, type TextEdit } from '../legalReadingMemo';
import type { Span } from '../model';
import { instrumentsNamedIn } from '../references/grammar';
import { endsWithInsertingCue } from '../amendingInstruction';
import { nearAmendingLeadIn } from '../setOutByAmendment';
import { LEAD_IN_MAX, openingAmends, openingText } from '../instrumentContext';
import { MAX_MARKER } from '../inlineMarkers';
import { notesOpeningAt } from '../editorsNotes';
import { referenceRules, type ReferenceRule } from '../referenceRules';
import { numberKeys, type UnitChange } from './unitChanges';

/** How far resolution reads the text before and after a citation (resolve.ts: foreignContext, namedJustBefore, documentNamedAfter). */
const READS_BEFORE = 420;
const READS_AFTER = 220;
/** Around the edit, a parenthesis or full stop may make or unmake an inline marker (inlineMarkers.ts: 6 characters, a unit word before). */
const MARKER_REACH = 24;
const MARKER_CHARACTERS = /[().]/;
/**
 * For a whole-document parse whose units all kept their places (reuseAcrossUnitChange), an edit
 * of letters and digits only: a marker ("(a)", "1.", "2)") is its number with "(" just before or
 * ")" or "." at most MAX_MARKER after, and a unit word just before unmakes one ("paragraph 1.").
 * A word changed makes or unmakes a marker only with one of those characters this near.
 */
const WORD_CHARACTERS = /^[\p{L}\p{N}]*$/u;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const MARKER_REACH_BEFORE = 2;
const MARKER_REACH_AFTER = MAX_MARKER + 3;
const SENTENCE_BREAK = /\n\s*\n|[.;:]\s/;

/** Citations whose resolution was reused or computed again, counted for the tests (they must see both). */
export const reuseStats = { reused: 0, resolvedAgain: 0 };

/**
 * `model`'s citations resolved: the previous version's resolutions, moved, where the edit cannot
 * change them, and `resolve`'s for the others. Undefined when every citation must be resolved again.
 */
export function reuseResolutions(model: DocumentModel, previous: DocumentModel, inPlace: InPlaceEdit, before: ResolvedReference[], resolve: (reference: DocumentReference) => ResolvedReference, namesMoved: boolean): ResolvedReference[] | undefined {
  const { edit } = inPlace;
  const references = model.references;
  if (references.length !== previous.references.length || before.length !== references.length) return undefined;
  const near = model.text.slice(Math.max(0, edit.start - MARKER_REACH), edit.newEnd + MARKER_REACH);
  if (MARKER_CHARACTERS.test(near)) return undefined;
  // A list's lead-in may name the instrument its items cite ("1.  aus dem Strafgesetzbuch:", instrumentContext.ts)
  if (editsLeadInNamingInstrument(model, previous, inPlace.edit)) return undefined;
  // "NOTE Avvertenza: …": its opening words make a paragraph notes, whose citations are read so however far on (editorsNotes.ts)
  // (read at the edited block's start alone: a keystroke reads no more of the document)
  const blockStart = inPlace.blockSpan.start;
  if (notesOpeningAt(model.text, blockStart) !== notesOpeningAt(previous.text, blockStart)) return undefined;
  return reuseMoved(model, previous, edit, before, resolve, (i, reference, old, reads) => {
    // The edited block's citations must be the same, moved (text, targets, anchor).
    if (old.span.start >= inPlace.blockSpan.start && old.span.start < inPlace.blockSpan.end && !sameMoved(edit, old, reference)) return 'abort';
    return reads || (namesMoved && usesNames(before[i])) ? 'again' : 'keep';
  });
}

/**
 * The same document's citations after documents appeared, left or were renamed while its text
 * stayed the same (the workspace indexing while the user types): the resolutions that found
 * nothing or named an instrument are computed again, and those that may chain to one of them.
 */
export function reuseUnnamed(model: DocumentModel, before: ResolvedReference[], resolve: (reference: DocumentReference) => ResolvedReference): ResolvedReference[] {
  return reuseExcept(model, before, resolve, usesNames);
}

/**
 * The same document's citations after a document they may read changed what it shows others,
 * while no document appeared, left or was renamed (an article renumbered in a treaty it cites):
 * a citation whose every target is a unit of this document keeps its resolution. It read no
 * other document's units: resolution looks into another document only when the words name one
 * (the names did not move, so they find the same documents) or when this document lacks the
 * unit. The others are resolved again, and those that may chain to one of them ("paragraph 2 of
 * that article").
 */
export function reuseOwnTargets(model: DocumentModel, before: ResolvedReference[], resolve: (reference: DocumentReference) => ResolvedReference, changes?: ReadonlyMap<string, UnitChange>): ResolvedReference[] {
  const numbers = new Set<string>();
  for (const change of changes?.values() ?? []) for (const number of change.numbers) numbers.add(number);
  return reuseExcept(model, before, resolve, (resolved) => resolved.targets.length === 0 ||
    (resolved.targets.some((target) => target.status !== 'resolved' || target.uri !== model.uri) && !(changes && foundAgain(model, resolved, changes, numbers))));
}

/**
 * The document's own citations after an edit of its own that kept every unit in its place and
 * changed only numbers and ids (an article renumbered: `changes` holds this document's change,
 * unitChanges.ts), parsed again as a whole. The text outside the edit is the same and every
 * citation is the same, moved: a citation keeps its resolution when it reads no text near the
 * edit, stands in the same unit, and finds its units again as `foundAgain` says (none of its
 * numbers changed, the units it found kept their ids, here or in another changed document).
 * Undefined when every citation must be resolved again.
 */
export function reuseAcrossUnitChange(model: DocumentModel, previous: DocumentModel, before: ResolvedReference[], resolve: (reference: DocumentReference) => ResolvedReference, changes: ReadonlyMap<string, UnitChange> | undefined): ResolvedReference[] | undefined {
  const own = changes?.get(model.id);
  if (!changes || !own || own.uri !== model.uri || previous.uri !== model.uri || previous.id !== model.id || previous.language !== model.language) return undefined;
  const references = model.references;
  if (references.length !== previous.references.length || before.length !== references.length) return undefined;
  const edit = textEdit(previous.text, model.text);
  // The front matter is read by resolution (relations, names): an edit there is no edit of units only.
  if (edit.start <= Math.max(previous.frontMatter.span?.end ?? 0, model.frontMatter.span?.end ?? 0)) return undefined;
  if (!wordEditWithoutMarkers(previous.text, model.text, edit)) return undefined;
  if (editsLeadInNamingInstrument(model, previous, edit)) return undefined;
  const numbers = new Set<string>();
  for (const change of changes.values()) for (const number of change.numbers) numbers.add(number);
  return reuseMoved(model, previous, edit, before, resolve, (i, reference, old, reads) => {
    // Every citation the same, moved: another citation may name an instrument by them.
    if (before[i].reference !== old || !sameCitationMoved(edit, old, reference)) return 'abort';
    return reads || reference.unitId !== old.unitId || !foundAgain(model, before[i], changes, numbers, true) ? 'again' : 'keep';
  });
}

/**
 * The loop both in-document reuses share: a citation inside the edit gives up; `judge` says whether
 * one is resolved again, kept, or makes every citation resolved again; a kept citation after one
 * resolved again that may chain to it ("of that section") is resolved again too.
 */
function reuseMoved(model: DocumentModel, previous: DocumentModel, edit: TextEdit, before: ResolvedReference[], resolve: (reference: DocumentReference) => ResolvedReference,
  judge: (i: number, reference: DocumentReference, old: DocumentReference, reads: boolean) => 'abort' | 'again' | 'keep'): ResolvedReference[] | undefined {
  const references = model.references;
  const out: ResolvedReference[] = [];
  let previousResolvedAgain = false;
  let resolvedAgain = 0;
  for (let i = 0; i < references.length; i++) {
    const reference = references[i];
    const old = previous.references[i];
    if (reference.span.end >= edit.start && reference.span.start <= edit.newEnd) return undefined;
    const reads = reference.span.start - READS_BEFORE <= edit.newEnd && edit.start <= reference.span.end + READS_AFTER;
    const verdict = judge(i, reference, old, reads);
    if (verdict === 'abort') return undefined;
    if (verdict === 'again' || (previousResolvedAgain && mayChain(model, i))) {
      resolvedAgain++;
      out.push(resolve(reference));
      previousResolvedAgain = true;
      continue;
    }
    previousResolvedAgain = false;
    const resolved = before[i];
    if (resolved.reference !== old) return undefined;
    const moved = { ...resolved, reference, targets: resolved.targets.map((target) => ({ ...target, span: movedSpan(edit, target.span) })) };
    if (readNoDocument(resolved)) noteReadNoDocument(moved);
    out.push(moved);
  }
  reuseStats.resolvedAgain += resolvedAgain;
  reuseStats.reused += out.length - resolvedAgain;
  return out;
}

/** Whether the edit changed letters and digits only, with no marker character near the words it changed (in either version). */
function wordEditWithoutMarkers(before: string, after: string, edit: TextEdit): boolean {
  if (!WORD_CHARACTERS.test(before.slice(edit.start, edit.oldEnd)) || !WORD_CHARACTERS.test(after.slice(edit.start, edit.newEnd))) return false;
  let start = edit.start;
  while (start > 0 && WORD_CHARACTER.test(after[start - 1])) start--;
  const end = (text: string, at: number) => {
    while (at < text.length && WORD_CHARACTER.test(text[at])) at++;
    return at;
  };
  const from = Math.max(0, start - MARKER_REACH_BEFORE);
  return !MARKER_CHARACTERS.test(after.slice(from, end(after, edit.newEnd) + MARKER_REACH_AFTER)) && !MARKER_CHARACTERS.test(before.slice(from, end(before, edit.oldEnd) + MARKER_REACH_AFTER));
}

/** The same citation at its moved place, its unit and index aside (the parse placed it anew: placeReference's shape). */
function sameCitationMoved(edit: TextEdit, old: DocumentReference, reference: DocumentReference): boolean {
  if (old.text !== reference.text || old.language !== reference.language || old.targets.length !== reference.targets.length || !sameSpanMoved(edit, old.span, reference.span)) return false;
  const sameSteps = (a: DocumentReference['targets'][number]['path'] | undefined, b: typeof a) => a === b || (!!a && !!b && a.length === b.length &&
    a.every((step, i) => step.kind === b[i].kind && step.number === b[i].number && sameSpanMoved(edit, step.span, b[i].span)));
  for (let i = 0; i < old.targets.length; i++) {
    const a = old.targets[i];
    const b = reference.targets[i];
    if (!sameSpanMoved(edit, a.span, b.span) || !sameSteps(a.path, b.path) || !sameSteps(a.through, b.through)) return false;
  }
  const { span: oldSpan, ...oldAnchor } = old.anchor as { span?: Span };
  const { span: newSpan, ...newAnchor } = reference.anchor as { span?: Span };
  if ((oldSpan === undefined) !== (newSpan === undefined) || (oldSpan && newSpan && !sameSpanMoved(edit, oldSpan, newSpan))) return false;
  return JSON.stringify(oldAnchor) === JSON.stringify(newAnchor);
}

function sameSpanMoved(edit: TextEdit, old: Span, span: Span): boolean {
  return movedOffset(edit, old.start) === span.start && movedOffset(edit, old.end) === span.end;
}

/**
 * Whether a citation that found units of other documents finds them again after those documents
 * changed only their units' numbers and ids, in place (`changes`: per changed document id; every
 * changed document has one; `numbers`: all their changed numbers). Resolution looks a unit up by kind and number among units that kept
 * their places: when no number the citation names changed anywhere, and the units it found kept
 * their ids, it finds the same. Ranges, relative citations ("the preceding article") and
 * resolutions that read other documents without finding their unit there are resolved again.
 */
function foundAgain(model: DocumentModel, resolved: ResolvedReference, changes: ReadonlyMap<string, UnitChange>, numbers: ReadonlySet<string>, ownChanged = false): boolean {
  const reference = resolved.reference;
  if (resolved.status !== 'resolved' || resolved.targets.length === 0 || reference.anchor.kind === 'relative') return false;
  for (const target of resolved.targets) {
    const range = target.throughUnitId !== undefined || target.covered !== undefined;
    if (target.status !== 'resolved' || target.lookedInto || (range && !ownChanged)) return false;
    // Its own units are unchanged unless the document itself was edited (reuseAcrossUnitChange).
    if (target.uri === model.uri && !ownChanged) continue;
    const change = target.documentId === undefined ? undefined : changes.get(target.documentId);
    // A range lists the units between its ends in their places (resolve.ts unitsBetween): the same while none of them changed its id.
    if (change && (change.uri !== target.uri || change.ids.has(target.unitId ?? '') ||
      (range && (change.ids.has(target.throughUnitId ?? '') || !!target.covered?.some((id) => change.ids.has(id)))))) return false;
  }
  const changedNumber = (steps: Array<{ number: string }>) => numbers.size > 0 && steps.some((step) => numberKeys(step.number).some((key) => numbers.has(key)));
  for (const cited of reference.targets) {
    if (cited.through && !ownChanged) return false;
    if (changedNumber(cited.path) || (cited.through && changedNumber(cited.through))) return false;
  }
  return true;
}

/** The previous resolutions, but those `again` picks and those that may chain to one of them, resolved again. */
function reuseExcept(model: DocumentModel, before: ResolvedReference[], resolve: (reference: DocumentReference) => ResolvedReference, again: (resolved: ResolvedReference) => boolean): ResolvedReference[] {
  const out: ResolvedReference[] = [];
  let previousResolvedAgain = false;
  let resolvedAgain = 0;
  for (let i = 0; i < before.length; i++) {
    const resolved = before[i];
    if (again(resolved) || (previousResolvedAgain && mayChain(model, i))) {
      resolvedAgain++;
      out.push(resolve(resolved.reference));
      previousResolvedAgain = true;
      continue;
    }
    previousResolvedAgain = false;
    out.push(resolved);
  }
  reuseStats.resolvedAgain += resolvedAgain;
  reuseStats.reused += out.length - resolvedAgain;
  return out;
}

/** A resolution that may change when documents appear, leave or are renamed: it found nothing, named an instrument, or found a file by the article it holds. */
export function usesNames(resolved: ResolvedReference): boolean {
  if (readNoDocument(resolved)) return false;
  return resolved.status !== 'resolved' || (resolved.reference.anchor.kind === 'instrument' && !isGenericInstrument(resolved.reference.anchor.name)) ||
    resolved.targets.some((target) => target.lookedInto?.includes(BY_NAMES));
}

/**
 * Marks a resolution computed without asking the workspace for any document (not even the names
 * index): a function of its own document alone, which documents appearing or leaving cannot change
 * ("Article 99" in a treaty that has no such article and names no other instrument). A property
 * that is not enumerable, so that nothing comparing, copying or writing out resolutions sees it
 * (a WeakSet did the same at twice the cost per letter typed: every moved citation looked up and
 * added); a resolution read back from a resting document's packed form lacks it, and counts as one
 * that read the workspace.
 */
const READ_NO_DOCUMENT = Symbol('read no document');

function noteReadNoDocument(resolved: ResolvedReference): void {
  Object.defineProperty(resolved, READ_NO_DOCUMENT, { value: true });
}

function readNoDocument(resolved: ResolvedReference): boolean {
  return (resolved as { [READ_NO_DOCUMENT]?: boolean })[READ_NO_DOCUMENT] === true;
}

/**
 * `resolveReference` for the citations of `model`, noting for each whether it read anything of the
 * workspace through `lookup` (one noting lookup for them all: the cold index resolves 270 citations
 * a document).
 */
export function resolverNoting(model: DocumentModel, lookup: DocumentLookup): (reference: DocumentReference) => ResolvedReference {
  let read = false;
  const noted: DocumentLookup = {
    byId: (id) => ((read = true), lookup.byId(id)),
    get: (uri) => ((read = true), lookup.get(uri)),
    all: () => ((read = true), lookup.all()),
    naming: (id, ...relations) => ((read = true), lookup.naming(id, ...relations)),
  };
  return (reference) => {
    read = false;
    const resolved = resolveReference(model, reference, noted);
    if (!read) noteReadNoDocument(resolved);
    return resolved;
  };
}

/** Whether citation `i` may take its unit from the one before ("of that section": resolve.ts namedJustBefore). */
function mayChain(model: DocumentModel, i: number): boolean {
  return i > 0 && mayChainReferences(model.references[i - 1], model.references[i], model.text);
}

function mayChainReferences(earlier: DocumentReference, reference: DocumentReference, text: string): boolean {
  return reference.span.start - earlier.span.end <= 400 && !SENTENCE_BREAK.test(text.slice(earlier.span.end, reference.span.start));
}

function movedSpan(edit: InPlaceEdit['edit'], span: Span): Span {
  return { start: movedOffset(edit, span.start), end: movedOffset(edit, span.end) };
}

/** The same citation, at its moved place (its index aside). The other blocks' citations were moved by the parse. */
function sameMoved(edit: InPlaceEdit['edit'], old: DocumentReference, reference: DocumentReference): boolean {
  if (old.text !== reference.text || old.unitId !== reference.unitId) return false;
  const moved = JSON.stringify(old, (key, value: unknown) => (key === 'index' ? 0 : (key === 'start' || key === 'end') && typeof value === 'number' ? movedOffset(edit, value) : value));
  return moved === JSON.stringify(reference, (key, value: unknown) => (key === 'index' ? 0 : value));
}

/**
 * The edit is in the lead-in of a unit with sub-units (its own first paragraph), and that lead-in
 * names an instrument before or after the edit: its items' citations may change their instrument.
 */
function editsLeadInNamingInstrument(model: DocumentModel, previous: DocumentModel, edit: TextEdit): boolean {
  // "b) after subsection (2) insert— ": the lines below it are new text (amendingInstruction.ts), however far
  if (endsWithInsertingCue(model.text, edit.start) || endsWithInsertingCue(previous.text, edit.start)) return true;
  // "Modifíquese los artículos 162 … del Código Penal … en los siguientes términos:": the articles below it are that code's (setOutByAmendment.ts)
  if (nearAmendingLeadIn(model.text, edit.start) || nearAmendingLeadIn(previous.text, edit.start)) return true;
  // "whenever in this title an amendment … the reference shall be considered to be made to … the Social Security Act": the title's
  // citations are that Act's however far below (referenceRules.ts)
  if (!sameReferenceRules(referenceRules(model), referenceRules(previous))) return true;
  for (const unit of model.units) {
    if (unit.labelSpan.end > edit.newEnd || unit.span.end < edit.start) continue;
    if (unit.headingDepth > 0) {
      // a provision's heading and a note alone ("## SCHEDULE 1 …", "(Section 5)"): whether it holds text is read by citations of its parts anywhere
      if (mayBeHeadingOnly(unit)) return true;
      // its opening paragraph: "The Local Government Finance Act 1988 is modified as follows." names what the rest amends
      const opening = unit.children[0];
      if (opening && opening.headingDepth === 0 && edit.start >= opening.span.start && edit.start <= opening.labelSpan.end + LEAD_IN_MAX &&
        (openingAmends(openingText(model.text, opening), model.language) ||
          openingAmends(previous.text.slice(opening.labelSpan.end, Math.min(opening.span.end + (edit.oldEnd - edit.newEnd), opening.labelSpan.end + LEAD_IN_MAX)).trim(), previous.language))) return true;
      continue;
    }
    if (unit.children.length === 0) continue;
    const leadEnd = unit.children[0].span.start;
    // A lead-in longer than instrumentContext.ts reads names nothing for its items.
    if (edit.start > leadEnd || leadEnd - unit.labelSpan.end > 400) continue;
    const lead = model.text.slice(unit.labelSpan.end, leadEnd);
    const before = previous.text.slice(unit.labelSpan.end, leadEnd + (edit.oldEnd - edit.newEnd));
    if (instrumentsNamedIn(lead, model.language).length || instrumentsNamedIn(before, previous.language).length) return true;
  }
  return false;
}

/** Whether two versions' reference rules name the same instruments from the same provisions (their places may have moved). */
function sameReferenceRules(now: readonly ReferenceRule[], before: readonly ReferenceRule[]): boolean {
  return now.length === before.length && now.every((rule, i) => rule.instrument === before[i].instrument && rule.label === before[i].label);
}
