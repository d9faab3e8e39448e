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

/** The citable unit (article, section) holding an offset of the document under `root`; `root` outside any. */
export function provisionAt(model: { root: Unit }, offset: number): Unit {
  let current = model.root;
  let citable: Unit = model.root;
  for (;;) {
    const child = current.children.find((c) => c.span.start <= offset && offset <= c.span.end);
    if (!child) return citable;
    if (child.citable) citable = child;
    current = child;
  }
}
