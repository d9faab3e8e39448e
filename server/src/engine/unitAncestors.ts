// Walking up the unit tree: the provision a unit stands in. Several rules read the article or section
// around a citation or a definition, and each had walked up in its own way.
import type { Unit } from './model';

/** The nearest citable unit (an article, a section) that is or holds `unit`. */
export function citableAround(unit: Unit): Unit | undefined {
  for (let at: Unit | undefined = unit; at; at = at.parent) if (at.citable) return at;
  return undefined;
}

/** The nearest unit with a heading that is or holds `unit` (a definition's container). */
export function headedAround(unit: Unit): Unit | undefined {
  for (let at: Unit | undefined = unit; at; at = at.parent) if (at.headingDepth > 0) return at;
  return undefined;
}
