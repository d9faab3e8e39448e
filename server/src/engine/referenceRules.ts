// "Except as otherwise specifically provided, whenever in this title an amendment is expressed in terms of an amendment to or
// repeal of a section or other provision, the reference shall be considered to be made to that section or other provision of the
// Social Security Act." (the United States' Public Laws, a title that amends one Act): the title's citations of sections are of
// that Act, however they are written ("Section 1128(a) is amended …", "under section 1128B(f)"). Read once per document version;
// the clause's words are the language tables' (LanguageTable.referenceRule).
import type { DocumentModel } from './document';
import type { Span, Unit } from './model';
import { headingsOfKind } from './headingLists';
import { LANGUAGE_TABLES } from './references/tables';
import { oncePerVersion } from './treeKeyed';

export interface ReferenceRule {
  /** Where the rule holds: the unit its clause names ("this title"), from the clause on. */
  scope: Span;
  /** The instrument the clause names: "the Internal Revenue Code of 1986". */
  instrument: string;
  /** The unit the clause stands in, as its label reads ("SEC. 300."). */
  label: string;
}

const RULES = LANGUAGE_TABLES.flatMap((table) => (table.referenceRule ? [table.referenceRule] : []));

/** The document's reference rules, in text order. */
export const referenceRules: (model: DocumentModel) => readonly ReferenceRule[] = oncePerVersion(findRules);

function findRules(model: DocumentModel): ReferenceRule[] {
  const found: ReferenceRule[] = [];
  for (const { trigger, clause } of RULES) {
    for (let at = model.text.indexOf(trigger); at >= 0; at = model.text.indexOf(trigger, at + trigger.length)) {
      const from = Math.max(0, at - 200);
      const match = clause.exec(model.text.slice(from, at + 400));
      if (!match?.groups) continue;
      const clauseStart = from + match.index;
      const unit = unitAround(model, clauseStart);
      const scope = scopeOf(model, unit, match.groups.scope.toLowerCase());
      if (!scope) continue;
      found.push({ scope: { start: clauseStart, end: scopeEnd(model, scope) }, instrument: match.groups.instrument.replace(/\s+/g, ' '), label: (citableAround(unit) ?? unit).label.trim() });
    }
  }
  return found.sort((a, b) => a.scope.start - b.scope.start);
}

/** The rule in force at `offset`: the nearest clause before it whose scope holds it. */
export function referenceRuleAt(model: DocumentModel, offset: number): ReferenceRule | undefined {
  let rule: ReferenceRule | undefined;
  for (const candidate of referenceRules(model)) {
    if (candidate.scope.start > offset) break;
    if (offset < candidate.scope.end) rule = candidate;
  }
  return rule;
}

/** The innermost unit whose span holds `offset`. */
function unitAround(model: DocumentModel, offset: number): Unit {
  let unit: Unit = model.root;
  for (;;) {
    const child = unit.children.find((candidate) => candidate.span.start <= offset && offset < candidate.span.end);
    if (!child) return unit;
    unit = child;
  }
}

function citableAround(unit: Unit): Unit | undefined {
  for (let current: Unit | undefined = unit; current; current = current.parent) if (current.citable) return current;
  return undefined;
}

/**
 * Where the unit a rule names ends: at the next unit of its kind (a converter may give "## TITLE II" and "## Subtitle A" one
 * depth, so that the title's own span ends at its first subtitle), or the text's end.
 */
function scopeEnd(model: DocumentModel, scope: Unit): number {
  if (scope === model.root) return model.text.length;
  const next = headingsOfKind(model, scope.kind).find((unit) => unit.span.start > scope.span.start);
  return Math.max(scope.span.end, next ? next.span.start : model.text.length);
}

/** The unit "this title" (or part, chapter …) names from `unit`: its nearest ancestor of that kind; the whole text for "this Act". */
function scopeOf(model: DocumentModel, unit: Unit, noun: string): Unit | undefined {
  if (noun === 'act') return model.root;
  const kind = noun === 'subtitle' ? 'division' : noun;
  for (let current: Unit | undefined = unit; current; current = current.parent) if (current.kind === kind) return current;
  return undefined;
}
