// What a structural edit changed in a document's units, when it changed nothing else of their
// shape: an article renumbered ("Article 70" → "71") keeps every unit in its place, and changes
// the numbers of some and the ids of those and of their descendants. A citation of another
// document that found a unit whose id stayed, by numbers none of which changed, finds it again
// (resolutionReuse.ts, reuseOwnTargets): resolution looks units up by kind and number, among the
// same places.
import type { DocumentModel } from '../document';
import type { Unit } from '../model';
import { normaliseNumber, romanValue } from '../keywords';

export interface UnitChange {
  /** The document that changed (an id may be claimed by several). */
  uri: string;
  /** The ids that left or came at a place: a unit bearing one may have moved or be another. */
  ids: Set<string>;
  /** Every way a changed number may be cited (`numberKeys`), before and after. */
  numbers: Set<string>;
}

/**
 * The change from `previous` to `model`, or undefined when units appeared, left or changed their
 * kind, depth, citability, parent, list level or sign ("§"), or a changed number holds a dot
 * (decimal numbering decides how "section 342.1" is read).
 */
export function unitChange(previous: DocumentModel, model: DocumentModel): UnitChange | undefined {
  const before = previous.units;
  const after = model.units;
  if (before.length !== after.length) return undefined;
  const placeBefore = new Map<Unit, number>(before.map((unit, i) => [unit, i]));
  const placeAfter = new Map<Unit, number>(after.map((unit, i) => [unit, i]));
  const place = (places: Map<Unit, number>, unit: Unit | undefined) => (unit ? places.get(unit) ?? -1 : -2);
  const change: UnitChange = { uri: model.uri, ids: new Set(), numbers: new Set() };
  for (let i = 0; i < after.length; i++) {
    const a = before[i];
    const b = after[i];
    if (a.kind !== b.kind || a.headingDepth !== b.headingDepth || a.citable !== b.citable || a.listLevel !== b.listLevel ||
        a.label.startsWith('§') !== b.label.startsWith('§') || place(placeBefore, a.parent) !== place(placeAfter, b.parent)) return undefined;
    if (a.id !== b.id) {
      change.ids.add(a.id);
      change.ids.add(b.id);
    }
    if (a.number !== b.number) {
      for (const number of [a.number, b.number]) {
        if (number === undefined) continue;
        if (number.includes('.')) return undefined;
        for (const key of numberKeys(number)) change.numbers.add(key);
      }
    }
  }
  return change;
}

/** The forms under which numbers are compared (keywords.ts numbersMatch): normalised, and a roman numeral's value. */
export function numberKeys(number: string): string[] {
  const normal = normaliseNumber(number);
  const roman = romanValue(normal);
  return roman === undefined ? [normal] : [normal, String(roman)];
}

/** Several changes in a row as one, or undefined when one of them is unknown or of another document. */
export function combined(changes: Array<UnitChange | undefined>): UnitChange | undefined {
  const first = changes[0];
  if (!first || changes.some((change) => !change || change.uri !== first.uri)) return undefined;
  if (changes.length === 1) return first;
  const out: UnitChange = { uri: first.uri, ids: new Set(), numbers: new Set() };
  for (const change of changes as UnitChange[]) {
    for (const id of change.ids) out.ids.add(id);
    for (const number of change.numbers) out.numbers.add(number);
  }
  return out;
}
