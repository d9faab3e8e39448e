import { headingsOfKind, leadingValue } from './headingLists';
import { romanValue } from './keywords';
import type { DocumentModel } from './document';
import type { Unit } from './model';
import { UnitKeyedCache } from './treeKeyed';

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
    const shown = shownFrom(model, parent, kind);
    if (shown && cited < shown.lowest) return { parent, firstShown: shown.first, before: shown.before };
  }
  return undefined;
}

/** Per part and kind: its first grouping of the kind, the lowest number shown, the citable units before that first one. */
const shownByPart = new UnitKeyedCache<Map<string, { first: Unit; lowest: number; before: Unit[] } | null>>();

/** What `parent` shows of its groupings of `kind`, read once per version (a citation of each never reads its children again). */
function shownFrom(model: DocumentModel, parent: Unit, kind: string): { first: Unit; lowest: number; before: Unit[] } | null {
  let byKind = shownByPart.get(model, parent);
  if (!byKind) shownByPart.set(model, parent, (byKind = new Map()));
  const known = byKind.get(kind);
  if (known !== undefined) return known;
  const children = parent.children;
  const firstIndex = children.findIndex((child) => child.kind === kind);
  let lowest = Infinity;
  for (const child of children) {
    if (child.kind !== kind || child.number === undefined) continue;
    const value = valueOf(child.number);
    if (value !== undefined) lowest = Math.min(lowest, value);
  }
  const before = firstIndex > 0 ? children.slice(0, firstIndex).filter((child) => child.citable) : [];
  const shown = before.length && lowest !== Infinity ? { first: children[firstIndex], lowest, before } : null;
  byKind.set(kind, shown);
  return shown;
}

/** A grouping's number as a value: "8", "II", "2 bis" (its leading number); undefined for a letter that is no numeral. */
function valueOf(number: string): number | undefined {
  return romanValue(number) ?? leadingValue(number);
}
