// Aligning two language versions of one instrument by structure: article to article,
// paragraph to paragraph, subparagraph to subparagraph, item to item, whatever each language
// calls them ("Article 2", "Artikel 2", "المادة 2"). The result is explicit data: the pairs,
// and every unit without a counterpart with the reason why.
import type { Unit } from '../model';
import type { DocumentModel } from '../document';
import { normaliseNumber } from '../keywords';
import { describeUnit } from '../queries';

export interface AlignedPair {
  original: Unit;
  translation: Unit;
  /** True when the numbers differ (e.g. "(a)" and "(أ)") and the units were paired by their order. */
  byPosition: boolean;
}

export interface UnalignedUnit {
  side: 'original' | 'translation';
  unit: Unit;
  reason: string;
  /** The outermost unit without a counterpart; its descendants are listed too, with this as their cause. */
  topmost: boolean;
}

export interface Alignment {
  original: DocumentModel;
  translation: DocumentModel;
  pairs: AlignedPair[];
  unaligned: UnalignedUnit[];
  /** Original unit id → translation unit, and back ('' is the document itself). */
  toTranslation: Map<string, Unit>;
  toOriginal: Map<string, Unit>;
}

const GROUPING = new Set(['book', 'part', 'title', 'chapter', 'division', 'annex', 'schedule']);

/** What a unit is, across languages: the English "SECTION" and the Dutch "AFDELING" are both groupings. */
function unitClass(unit: Unit): string {
  if (unit.kind === 'preamble') return 'preamble';
  if (unit.citable) return 'citable';
  if (GROUPING.has(unit.kind) || (unit.kind === 'section' && unit.headingDepth > 0)) return `grouping${unit.headingDepth}`;
  if (unit.kind === 'alinea') return 'alinea';
  if (unit.kind === 'item' && unit.label.startsWith('•')) return 'bullet';
  return `numbered:${unit.kind}`;
}

function unitKey(unit: Unit): string {
  return `${unitClass(unit)}|${unit.number === undefined ? '' : normaliseNumber(unit.number)}`;
}

const cache = new WeakMap<DocumentModel, WeakMap<DocumentModel, Alignment>>();

/** Aligns a translation with its original (cached per pair of model versions). */
export function alignDocuments(original: DocumentModel, translation: DocumentModel): Alignment {
  let inner = cache.get(original);
  if (!inner) { inner = new WeakMap(); cache.set(original, inner); }
  const cached = inner.get(translation);
  if (cached) return cached;
  const alignment: Alignment = { original, translation, pairs: [], unaligned: [], toTranslation: new Map(), toOriginal: new Map() };
  alignment.toTranslation.set('', translation.root);
  alignment.toOriginal.set('', original.root);
  alignChildren(alignment, original.root, translation.root);
  alignStrayArticles(alignment);
  inner.set(translation, alignment);
  return alignment;
}

function alignChildren(alignment: Alignment, originalParent: Unit, translationParent: Unit): void {
  const left = originalParent.children;
  const right = translationParent.children;
  const matched = new Map<Unit, Unit>();
  const rightByKey = new Map<string, Unit[]>();
  for (const unit of right) {
    const key = unitKey(unit);
    const list = rightByKey.get(key);
    if (list) list.push(unit); else rightByKey.set(key, [unit]);
  }
  const used = new Set<Unit>();
  for (const unit of left) {
    const candidate = rightByKey.get(unitKey(unit))?.find((u) => !used.has(u));
    if (candidate) { matched.set(unit, candidate); used.add(candidate); }
  }
  // Units numbered differently in the two languages ("(a)" / "(أ)", "1°" / "a."): paired in order
  // when each side has the same count of them left over, and nothing else of that class matched.
  const byPosition = new Set<Unit>();
  const classes = new Set(left.filter((u) => !matched.has(u)).map(unitClass));
  for (const cls of classes) {
    const restLeft = left.filter((u) => !matched.has(u) && unitClass(u) === cls);
    const restRight = right.filter((u) => !used.has(u) && unitClass(u) === cls);
    const anyMatched = left.some((u) => matched.has(u) && unitClass(u) === cls);
    if (restLeft.length && restLeft.length === restRight.length && !anyMatched) {
      restLeft.forEach((unit, i) => { matched.set(unit, restRight[i]); used.add(restRight[i]); byPosition.add(unit); });
    }
  }
  for (const unit of left) {
    const counterpart = matched.get(unit);
    if (!counterpart) {
      markUnaligned(alignment, 'original', unit, missingReason(alignment, unit, translationParent));
      continue;
    }
    alignment.pairs.push({ original: unit, translation: counterpart, byPosition: byPosition.has(unit) });
    alignment.toTranslation.set(unit.id, counterpart);
    alignment.toOriginal.set(counterpart.id, unit);
    alignChildren(alignment, unit, counterpart);
  }
  for (const unit of right) {
    if (used.has(unit)) continue;
    const where = translationParent.kind === 'document' ? '' : ` in ${describeUnit(translationParent)}`;
    markUnaligned(alignment, 'translation', unit, `${describeUnit(unit)}${where} has no counterpart in the original (${alignment.original.id})`);
  }
}

/**
 * Articles whose grouping has no counterpart (a chapter heading missing from one source) are
 * still the same articles: paired by number across the whole document, with their contents.
 */
function alignStrayArticles(alignment: Alignment): void {
  const stray = (side: UnalignedUnit['side']) => alignment.unaligned.filter((u) => u.side === side && u.unit.citable && u.unit.number !== undefined);
  const translations = new Map<string, Unit>();
  for (const entry of stray('translation')) {
    const key = normaliseNumber(entry.unit.number as string);
    if (!translations.has(key)) translations.set(key, entry.unit);
  }
  for (const entry of stray('original')) {
    const counterpart = translations.get(normaliseNumber(entry.unit.number as string));
    if (!counterpart) continue;
    translations.delete(normaliseNumber(entry.unit.number as string));
    const inside = (unit: Unit, root: Unit) => { for (let u: Unit | undefined = unit; u; u = u.parent) if (u === root) return true; return false; };
    alignment.unaligned = alignment.unaligned.filter((u) => !inside(u.unit, u.side === 'original' ? entry.unit : counterpart));
    alignment.pairs.push({ original: entry.unit, translation: counterpart, byPosition: false });
    alignment.toTranslation.set(entry.unit.id, counterpart);
    alignment.toOriginal.set(counterpart.id, entry.unit);
    alignChildren(alignment, entry.unit, counterpart);
  }
}

function missingReason(alignment: Alignment, unit: Unit, translationParent: Unit): string {
  const translation = alignment.translation;
  const where = translationParent.kind === 'document' ? translation.id : `${describeUnit(translationParent)} of ${translation.id}`;
  let reason = `${describeUnit(unit)} has no counterpart in ${where}`;
  const gap = translation.gaps.find((g) => g.span.start >= translationParent.span.start && g.span.start <= translationParent.span.end) ??
    (translation.frontMatter.raw.gaps && Array.isArray(translation.frontMatter.raw.gaps) && translation.frontMatter.raw.gaps.length ? translation.gaps[0] : undefined);
  if (gap) reason += ` (the translation marks text as missing: "${gap.note}")`;
  return reason;
}

function markUnaligned(alignment: Alignment, side: UnalignedUnit['side'], unit: Unit, reason: string): void {
  alignment.unaligned.push({ side, unit, reason, topmost: true });
  const cause = describeUnit(unit);
  const visit = (child: Unit) => {
    alignment.unaligned.push({ side, unit: child, reason: `inside ${cause}, which has no counterpart`, topmost: false });
    child.children.forEach(visit);
  };
  unit.children.forEach(visit);
}

/** Is this unaligned unit explained by a gap the translation declares (then less severe)? */
export function explainedByGap(entry: UnalignedUnit): boolean {
  return entry.reason.includes('marks text as missing');
}
