// A unit's children indexed by number, built once per unit: resolving a citation looked at every
// child of its scope, so 10,000 list items that each cite an item took quadratic time (issue 11).
// The index returns a superset of the children a number can match (by `numbersMatch`), in
// document order; callers still apply their own test to each candidate.
import type { Unit } from './model';
import { normaliseNumber, romanValue } from './keywords';

interface ChildIndex {
  /** How many children the index was built from (a unit still being built grows). */
  count: number;
  /** Children by normalised number, and by the value of a roman number ("II" also under "2"). */
  byNumber: Map<string, Unit[]>;
  /** Positional alinéas by their number as written ("1", "2"). */
  alineas: Map<string, Unit[]>;
  position: Map<Unit, number>;
  /** For each position, the position of the next alinéa or heading child after it (or the count). */
  nextBarrier: number[];
}

const indexes = new WeakMap<Unit, ChildIndex>();

/**
 * Up to this many children a unit is scanned instead of indexed: as fast, and an index (three
 * maps and two arrays) for each of the thousands of articles and paragraphs a workspace's
 * citations point into was a tenth of the memory resolution added (docs/BENCHMARK.md).
 */
const SCANNED = 12;

/** Whether a child's number may match the normalised `key` or, for a roman number, its value `valueKey` (what the index files it under). */
function filedUnder(child: Unit, key: string, valueKey: string | undefined): boolean {
  if (child.number === undefined) return false;
  const own = normaliseNumber(child.number);
  const roman = romanValue(own);
  const byValue = roman !== undefined && String(roman) !== own ? String(roman) : undefined;
  return own === key || byValue === key || (valueKey !== undefined && (own === valueKey || byValue === valueKey));
}

/** The children in [from, to) that `childrenNumbered` would give for `number`, by a scan. */
function scanNumbered(children: readonly Unit[], number: string, from = 0, to = children.length): Unit[] {
  const key = normaliseNumber(number);
  const roman = romanValue(key);
  const valueKey = roman !== undefined ? String(roman) : undefined;
  const out: Unit[] = [];
  for (let i = from; i < to; i++) if (filedUnder(children[i], key, valueKey)) out.push(children[i]);
  return out;
}

function push<K>(map: Map<K, Unit[]>, key: K, unit: Unit): void {
  const list = map.get(key);
  if (list) list.push(unit);
  else map.set(key, [unit]);
}

function indexOf(unit: Unit): ChildIndex {
  const known = indexes.get(unit);
  if (known && known.count === unit.children.length) return known;
  const children = unit.children;
  const index: ChildIndex = { count: children.length, byNumber: new Map(), alineas: new Map(), position: new Map(), nextBarrier: new Array(children.length) };
  children.forEach((child, position) => {
    index.position.set(child, position);
    if (child.number === undefined) return;
    if (child.kind === 'alinea') push(index.alineas, child.number, child);
    const key = normaliseNumber(child.number);
    push(index.byNumber, key, child);
    const roman = romanValue(key);
    if (roman !== undefined && String(roman) !== key) push(index.byNumber, String(roman), child);
  });
  let barrier = children.length;
  for (let position = children.length - 1; position >= 0; position--) {
    index.nextBarrier[position] = barrier;
    if (children[position].kind === 'alinea' || children[position].headingDepth > 0) barrier = position;
  }
  indexes.set(unit, index);
  return index;
}

/**
 * The children of `unit` whose number may match `number` (every child for which `numbersMatch(number,
 * child.number)` holds, and a few more), in document order.
 */
export function childrenNumbered(unit: Unit, number: string): Unit[] {
  if (unit.children.length <= SCANNED) return scanNumbered(unit.children, number);
  const index = indexOf(unit);
  const key = normaliseNumber(number);
  const direct = index.byNumber.get(key) ?? [];
  const roman = romanValue(key);
  const byValue = roman !== undefined ? index.byNumber.get(String(roman)) ?? [] : [];
  if (!byValue.length || byValue === direct) return direct;
  const merged = [...new Set([...direct, ...byValue])];
  return merged.sort((a, b) => (index.position.get(a) ?? 0) - (index.position.get(b) ?? 0));
}

/** The positional alinéas of `unit` numbered exactly `number`. */
export function alineasNumbered(unit: Unit, number: string): Unit[] {
  if (unit.children.length <= SCANNED) return unit.children.filter((child) => child.kind === 'alinea' && child.number === number);
  return indexOf(unit).alineas.get(number) ?? [];
}

/** The siblings after `unit`, before the next alinéa or heading, whose number may match `number` (the points an introductory paragraph introduces). */
export function followingNumbered(unit: Unit, number: string): Unit[] {
  const parent = unit.parent;
  if (!parent) return [];
  const siblings = parent.children;
  if (siblings.length <= SCANNED) {
    const position = siblings.indexOf(unit);
    if (position < 0) return [];
    let barrier = position + 1;
    while (barrier < siblings.length && siblings[barrier].kind !== 'alinea' && siblings[barrier].headingDepth === 0) barrier++;
    return scanNumbered(siblings, number, position + 1, barrier);
  }
  const index = indexOf(parent);
  const position = index.position.get(unit);
  if (position === undefined) return [];
  const barrier = index.nextBarrier[position];
  return childrenNumbered(parent, number).filter((child) => {
    const at = index.position.get(child) ?? -1;
    return at > position && at < barrier;
  });
}

/** What a failed citation says a unit has: its numbered children (or all, when none is numbered), counted once per unit. */
export interface ChildSummary { count: number; kind?: Unit['kind']; first?: Unit; last?: Unit }

interface OwnChildren { count: number; list: Unit[]; summary: ChildSummary }
const ownChildren = new WeakMap<Unit, OwnChildren>();

function ownOf(unit: Unit): OwnChildren {
  const known = ownChildren.get(unit);
  if (known && known.count === unit.children.length) return known;
  const list = unit.children.filter((child) => child.headingDepth === 0);
  // Unnumbered paragraphs are the unit's own text; name what is numbered when there is any.
  const numbered = list.filter((child) => child.kind !== 'alinea');
  const named = numbered.length ? numbered : list;
  const kind = named[0]?.kind;
  const summary: ChildSummary = { count: named.filter((child) => child.kind === kind).length, kind, first: named[0], last: named[named.length - 1] };
  const own = { count: unit.children.length, list, summary };
  ownChildren.set(unit, own);
  return own;
}

/** The children of `unit` that are not headings (its paragraphs, points and items), computed once per unit. */
export function nonHeadingChildren(unit: Unit): readonly Unit[] {
  return ownOf(unit).list;
}

/** The numbered children a "has no …" message names, counted once per unit (a long list of failing citations counted them each time). */
export function childSummary(unit: Unit): ChildSummary {
  return ownOf(unit).summary;
}

interface DescendantIndex { units: number; byKindNumber: Map<string, Unit[]> }
const descendantIndexes = new WeakMap<Unit, DescendantIndex>();

/**
 * The non-heading descendants of `unit` of this kind and number (not under a heading), in document order, indexed
 * once per unit and document size: the US Code's cousin rule walked the whole subtree for every citation.
 */
export function descendantsNumbered(unit: Unit, kind: string, number: string | undefined, documentUnits: number): readonly Unit[] {
  let index = descendantIndexes.get(unit);
  if (!index || index.units !== documentUnits) {
    index = { units: documentUnits, byKindNumber: new Map() };
    const stack = [...unit.children].reverse();
    while (stack.length) {
      const next = stack.pop() as Unit;
      if (next.headingDepth > 0) continue;
      const key = `${next.kind}\u0000${next.number ?? ''}`;
      const list = index.byKindNumber.get(key);
      if (list) list.push(next);
      else index.byKindNumber.set(key, [next]);
      for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i]);
    }
    descendantIndexes.set(unit, index);
  }
  return index.byKindNumber.get(`${kind}\u0000${number ?? ''}`) ?? [];
}
