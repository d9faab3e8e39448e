// Checks of a translation against its original (docs/CHECKS.md), reported on the translation:
//   version-unit-missing       a unit of the original has no counterpart
//   version-unit-extra         a unit of the translation has no counterpart in the original
//   version-citation-differs   a citation points elsewhere than the citation at the same place in the original
//   version-number-differs     numbers, dates or amounts differ between aligned units
//   version-structure-differs  an aligned unit is shaped differently (one paragraph / three "–" items)
// Term checks are in termChecks.ts.
import type { Span, Unit } from '../model';
import type { DocumentModel } from '../document';
import type { ResolvedReference, ResolvedTarget } from '../resolve';
import type { Workspace } from '../workspace';
import type { EngineDiagnostic } from '../checks/types';
import { describeUnit } from '../queries';
import { alignDocuments, explainedByGap, type Alignment } from './align';
import { originalOf } from './versions';
import { describeShape, numbersOf, shapeOf, type WrittenNumber } from './unitText';
import { isAccepted } from './termBase';
import { termDiagnostics } from './termChecks';

export function translationDiagnostics(workspace: Workspace, uri: string): EngineDiagnostic[] {
  const translation = workspace.get(uri);
  if (!translation) return [];
  const original = originalOf(workspace, translation);
  if (!original || !original.inCorpusFormat || original === translation) return [];
  const alignment = alignDocuments(original, translation);
  const out: EngineDiagnostic[] = [];
  unalignedUnits(alignment, out);
  const originalCitations = citationsByUnit(workspace, original);
  const translationCitations = citationsByUnit(workspace, translation);
  for (const pair of alignment.pairs) {
    citationDifferences(workspace, alignment, pair.original, pair.translation, originalCitations, translationCitations, out);
    numberDifferences(alignment, pair.original, pair.translation, originalCitations, translationCitations, out);
    if (!isAccepted(workspace.termBase, translation.id, pair.translation.id)) structureDifference(alignment, pair.original, pair.translation, out);
  }
  out.push(...termDiagnostics(workspace, alignment));
  return out;
}

function label(alignment: Alignment, side: 'original' | 'translation', unit: Unit): string {
  return `${describeUnit(unit)} of ${side === 'original' ? alignment.original.id : alignment.translation.id}`;
}

function unalignedUnits(alignment: Alignment, out: EngineDiagnostic[]): void {
  for (const entry of alignment.unaligned) {
    if (!entry.topmost) continue;
    if (entry.side === 'original') {
      // Reported where the unit would stand: on the aligned unit that should hold it.
      const parent = entry.unit.parent;
      const holder = parent ? alignment.toTranslation.get(parent.id) : undefined;
      const span = holder && holder.kind !== 'document' ? holder.labelSpan : alignment.translation.frontMatter.span ?? { start: 0, end: 0 };
      out.push({
        code: 'version-unit-missing', severity: explainedByGap(entry) ? 'information' : 'warning', span,
        message: `The original's ${describeUnit(entry.unit)} is missing here: ${entry.reason}.`,
        related: [{ uri: alignment.original.uri, span: entry.unit.labelSpan, message: `the original's ${describeUnit(entry.unit)}` }],
      });
    } else {
      out.push({
        code: 'version-unit-extra', severity: 'warning', span: entry.unit.labelSpan,
        message: `${entry.reason}.`,
        related: [],
      });
    }
  }
}

/** Resolved citations per unit id, in the order they are written. */
function citationsByUnit(workspace: Workspace, model: DocumentModel): Map<string, ResolvedReference[]> {
  const out = new Map<string, ResolvedReference[]>();
  for (const resolved of workspace.resolved(model.uri)) {
    const list = out.get(resolved.reference.unitId);
    if (list) list.push(resolved); else out.set(resolved.reference.unitId, [resolved]);
  }
  return out;
}

/** Where a target points, in terms of the original versions: a Dutch "artikel 15" is the English article 15. */
function workKey(workspace: Workspace, target: ResolvedTarget): string | undefined {
  if (target.status !== 'resolved' || !target.documentId || target.unitId === undefined) return undefined;
  const model = workspace.byId(target.documentId);
  if (!model) return undefined;
  const original = originalOf(workspace, model);
  const map = (unitId: string | undefined): string => {
    if (unitId === undefined) return '';
    if (!original) return unitId;
    return alignDocuments(original, model).toOriginal.get(unitId)?.id ?? `?${unitId}`;
  };
  return `${original?.id ?? model.id}#${map(target.unitId)}..${map(target.throughUnitId)}`;
}

/** The places a citation points to; with `covered`, also each unit inside a cited range. */
function citationKeys(workspace: Workspace, resolved: ResolvedReference, covered = false): string[] {
  const keys: string[] = [];
  for (const target of resolved.targets) {
    const key = workKey(workspace, target);
    if (key === undefined) continue;
    keys.push(key);
    // "het tweede tot en met het negende lid" may be read as its last part only: any unit of the range matches.
    if (covered) for (const unitId of target.covered ?? []) {
      const inner = workKey(workspace, { ...target, unitId, throughUnitId: undefined });
      if (inner !== undefined && inner !== key) keys.push(inner);
    }
  }
  return keys;
}

function citationDifferences(workspace: Workspace, alignment: Alignment, originalUnit: Unit, translationUnit: Unit,
  originalCitations: Map<string, ResolvedReference[]>, translationCitations: Map<string, ResolvedReference[]>, out: EngineDiagnostic[]): void {
  const mine = translationCitations.get(translationUnit.id) ?? [];
  const theirs = originalCitations.get(originalUnit.id) ?? [];
  if (!mine.length || !theirs.length) return;
  // Keys the original cites here; each is used up by one citation of the translation.
  const available = new Map<string, number>();
  for (const resolved of theirs) for (const key of citationKeys(workspace, resolved, true)) available.set(key, (available.get(key) ?? 0) + 1);
  const unmatchedMine: Array<{ resolved: ResolvedReference; keys: string[] }> = [];
  for (const resolved of mine) {
    const keys = citationKeys(workspace, resolved);
    if (!keys.length) continue; // unresolved or external: broken-reference speaks for it
    const missing = keys.filter((key) => {
      const left = available.get(key) ?? 0;
      if (left > 0) { available.set(key, left - 1); return false; }
      return true;
    });
    if (missing.length) unmatchedMine.push({ resolved, keys: missing });
  }
  if (!unmatchedMine.length) return;
  // The original's citations whose places the translation did not take: the likely counterparts.
  const leftOver = theirs.filter((resolved) => citationKeys(workspace, resolved).some((key) => (available.get(key) ?? 0) > 0));
  // Say less when unsure: a citation the original does not have at all may be a translator's addition.
  if (!leftOver.length) return;
  unmatchedMine.forEach(({ resolved }, i) => {
    const counterpart = leftOver[Math.min(i, leftOver.length - 1)];
    out.push({
      code: 'version-citation-differs', severity: 'warning', span: resolved.reference.span,
      message: `"${resolved.reference.text}" points elsewhere than the original at the same place, which cites "${counterpart.reference.text}" (${label(alignment, 'original', originalUnit)}).`,
      related: [{ uri: alignment.original.uri, span: counterpart.reference.span, message: `the original cites "${counterpart.reference.text}"` }],
    });
  });
}

function numberDifferences(alignment: Alignment, originalUnit: Unit, translationUnit: Unit,
  originalCitations: Map<string, ResolvedReference[]>, translationCitations: Map<string, ResolvedReference[]>, out: EngineDiagnostic[]): void {
  const spansOf = (list: ResolvedReference[] | undefined): Span[] => (list ?? []).map((r) => r.reference.span);
  const mine = numbersOf(alignment.translation, translationUnit, spansOf(translationCitations.get(translationUnit.id)));
  const theirs = numbersOf(alignment.original, originalUnit, spansOf(originalCitations.get(originalUnit.id)));
  const unmatched = (side: WrittenNumber[], other: WrittenNumber[]): WrittenNumber[] => {
    const pool = new Map<string, number>();
    for (const n of other) pool.set(n.value, (pool.get(n.value) ?? 0) + 1);
    return side.filter((n) => {
      const left = pool.get(n.value) ?? 0;
      if (left > 0) { pool.set(n.value, left - 1); return false; }
      return !n.word;
    });
  };
  // Digits first, so that a number word cancels only what digits did not.
  const byKind = (list: WrittenNumber[]) => [...list.filter((n) => !n.word), ...list.filter((n) => n.word)];
  const extra = unmatched(byKind(mine), byKind(theirs));
  const missing = unmatched(byKind(theirs), byKind(mine)).map((n) => n.value);
  if (!extra.length && !missing.length) return;
  const list = (values: string[]) => values.map((v) => `“${v}”`).join(', ');
  const parts: string[] = [];
  if (extra.length) parts.push(`${list(extra.map((n) => alignment.translation.text.slice(n.span.start, n.span.end)))} here`);
  if (missing.length) parts.push(`${list(missing)} in the original`);
  const span = extra[0]?.span ?? translationUnit.labelSpan;
  out.push({
    code: 'version-number-differs', severity: 'warning', span,
    message: `Numbers differ from the original's ${describeUnit(originalUnit)}: ${parts.join(', not ')}.`,
    related: [{ uri: alignment.original.uri, span: originalUnit.labelSpan, message: `the original's ${describeUnit(originalUnit)}` }],
  });
}

function structureDifference(alignment: Alignment, originalUnit: Unit, translationUnit: Unit, out: EngineDiagnostic[]): void {
  const mine = shapeOf(alignment.translation, translationUnit);
  const theirs = shapeOf(alignment.original, originalUnit);
  if (mine.join() === theirs.join()) return;
  out.push({
    code: 'version-structure-differs', severity: 'information', span: translationUnit.labelSpan,
    message: `${describeUnit(translationUnit)} is shaped differently from the original: ${describeShape(theirs)} in ${alignment.original.id}, ${describeShape(mine)} here. ` +
      `If this is intended, list it under accepted-differences in treaty-lens.termbase.yaml (translation: ${alignment.translation.id}, unit: ${translationUnit.id}).`,
    related: [{ uri: alignment.original.uri, span: originalUnit.labelSpan, message: `the original's ${describeUnit(originalUnit)}: ${describeShape(theirs)}` }],
  });
}
