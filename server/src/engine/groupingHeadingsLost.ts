import { headingsOfKind, leadingValue } from './headingLists';
import { romanValue } from './keywords';
import type { DocumentModel } from './document';
import type { Unit } from './model';

/** What a part shows of its groupings of one kind when the copy lost the first ones' headings. */
export interface LostGroupingHeadings {
  /** The part ("Livre 6", or the document's root) whose first groupings of the kind show no heading. */
  parent: Unit;
  /** The first grouping of the kind the part shows ("CHAPITRE 8"). */
  firstShown: Unit;
  /** The citable units standing in the part before that heading, under no grouping of the kind (articles 491–546). */
  before: Unit[];
}

/**
 * Grouping headings a copy lost at the start of a part: "## LIVRE 6" then articles 491–546 under no chapter heading, then
 * "#### CHAPITRE 8" (Benin's digital code as a site publishes it, chapters 8–13 only shown). A grouping numbered below the first
 * one the part shows, where citable units stand before that first heading, is most likely one of those units' groupings, whose
 * heading this copy does not give: it cannot be checked. The part is the one the citation names, or one around the citation.
 * Undefined when the part shows its groupings from below the number cited, or shows none before which citable units stand
 * (chapters 1–13 shown and "chapter 14" cited is still reported).
 */
export function groupingHeadingsLostBefore(model: DocumentModel, kind: string, number: string, base: Unit | undefined, context: Unit | undefined): LostGroupingHeadings | undefined {
  const cited = valueOf(number);
  if (cited === undefined || !headingsOfKind(model, kind).length) return undefined;
  // the part the citation names ("du présent Livre"), else the parts around the citation: never a part elsewhere in the text
  const parents: Unit[] = [];
  if (base) {
    if (!base.citable) parents.push(base);
  } else {
    for (let unit: Unit | undefined = context ?? model.root; unit; unit = unit.parent) if (!unit.citable) parents.push(unit);
  }
  for (const parent of parents) {
    const children = parent.children;
    const firstIndex = children.findIndex((child) => child.kind === kind);
    if (firstIndex <= 0) continue;
    let lowest = Infinity;
    for (const child of children) {
      if (child.kind !== kind || child.number === undefined) continue;
      const value = valueOf(child.number);
      if (value !== undefined) lowest = Math.min(lowest, value);
    }
    if (!(cited < lowest) || lowest === Infinity) continue;
    const before = children.slice(0, firstIndex).filter((child) => child.citable);
    if (before.length) return { parent, firstShown: children[firstIndex], before };
  }
  return undefined;
}

/** A grouping's number as a value: "8", "II", "2 bis" (its leading number); undefined for a letter that is no numeral. */
function valueOf(number: string): number | undefined {
  return romanValue(number) ?? leadingValue(number);
}
