// A unit's children indexed by number, built once per unit: resolving a citation looked at every
// child of its scope, so 10,000 list items that each cite an item took quadratic time (issue 11).
// The index returns a superset of the children a number can match (by `numbersMatch`), in
// document order; callers still apply their own test to each candidate.
// Candidates are grouped by what a citation step can test (kind, number as written, heading or
// not), and a test runs once per group: 10,000 items numbered 1° to 9° each citing "du IV" made
// every citation sort and filter a ninth of them (quadratic in the article's length).
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
  /** The candidates for a normalised number, grouped; built on first use. */
  groups: Map<string, NumberedGroup[]>;
}

/** Children alike in all a citation step tests: kind, number as written, heading or not; in document order. */
interface NumberedGroup { sample: Unit; units: Unit[]; positions: number[] }

/** What a step's test may read of a child: all children with the same signature pass or fail together. */
export type ChildTest = (child: Pick<Unit, 'kind' | 'number' | 'headingDepth'>) => boolean;

function signature(child: Unit): string {
  return `${child.kind}\u0000${child.number ?? ''}\u0000${child.headingDepth === 0 ? 0 : 1}`;
}

function groupCandidates(candidates: Iterable<Unit>, positionOf: (child: Unit) => number): NumberedGroup[] {
  const bySignature = new Map<string, NumberedGroup>();
  const seen = new Set<Unit>();
  for (const child of candidates) {
    if (seen.has(child)) continue;
    seen.add(child);
    const key = signature(child);
    const group = bySignature.get(key);
    if (group) { group.units.push(child); group.positions.push(positionOf(child)); }
    else bySignature.set(key, { sample: child, units: [child], positions: [positionOf(child)] });
  }
  for (const group of bySignature.values()) {
    // The direct and by-value lists are each in order; a group drawn from both is sorted once here.
    if (group.positions.some((at, k) => k > 0 && at < group.positions[k - 1])) {
      const order = group.units.map((unit, k) => ({ unit, at: group.positions[k] })).sort((a, b) => a.at - b.at);
      group.units = order.map((entry) => entry.unit);
      group.positions = order.map((entry) => entry.at);
    }
  }
  return [...bySignature.values()];
}

/** The candidate groups of `unit` for `number`, from its index (or a scan of a short unit). */
function groupsOf(unit: Unit, number: string): NumberedGroup[] {
  const children = unit.children;
  if (children.length <= SCANNED) {
    const key = normaliseNumber(number);
    const roman = romanValue(key);
    const valueKey = roman !== undefined ? String(roman) : undefined;
    return groupCandidates(children.filter((child) => filedUnder(child, key, valueKey)), (child) => children.indexOf(child));
  }
  const index = indexOf(unit);
  const key = normaliseNumber(number);
  const known = index.groups.get(key);
  if (known) return known;
  const roman = romanValue(key);
  const direct = index.byNumber.get(key) ?? [];
  const byValue = roman !== undefined ? index.byNumber.get(String(roman)) ?? [] : [];
  const groups = groupCandidates(byValue === direct ? direct : [...direct, ...byValue], (child) => index.position.get(child) ?? 0);
  index.groups.set(key, groups);
  return groups;
}

/**
 * Where `unit` stands in `units`, which are in document order: a binary search by start, then the unit among those
 * starting there (so that an article of ten thousand paragraphs, each citing, is not read ten thousand times over).
 * -1 when it is not there.
 */
export function indexByStart(units: readonly Unit[], unit: Unit): number {
  let low = 0;
  let high = units.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (units[middle].span.start < unit.span.start) low = middle + 1;
    else high = middle;
  }
  for (let i = low; i < units.length && units[i].span.start === unit.span.start; i++) if (units[i] === unit) return i;
  return -1;
}

/** The first position in sorted `positions` after `after`, or -1. */
function firstAfter(positions: readonly number[], after: number): number {
  let low = 0;
  let high = positions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (positions[middle] > after) high = middle;
    else low = middle + 1;
  }
  return low < positions.length ? low : -1;
}

/** The first child in (after, before) among the groups that pass `test`. */
function firstPassing(groups: readonly NumberedGroup[], test: ChildTest, after: number, before: number): Unit | undefined {
  let best: Unit | undefined;
  let bestAt = before;
  for (const group of groups) {
    if (!test(group.sample)) continue;
    const k = firstAfter(group.positions, after);
    if (k >= 0 && group.positions[k] < bestAt) { best = group.units[k]; bestAt = group.positions[k]; }
  }
  return best;
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

function push<K>(map: Map<K, Unit[]>, key: K, unit: Unit): void {
  const list = map.get(key);
  if (list) list.push(unit);
  else map.set(key, [unit]);
}

function indexOf(unit: Unit): ChildIndex {
  const known = indexes.get(unit);
  if (known && known.count === unit.children.length) return known;
  const children = unit.children;
  const index: ChildIndex = { count: children.length, byNumber: new Map(), alineas: new Map(), position: new Map(), nextBarrier: new Array(children.length), groups: new Map() };
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
 * The first child of `unit`, in document order, whose number may match `number` (a superset of
 * `numbersMatch(number, child.number)`) and that passes `test`.
 */
export function firstChildNumbered(unit: Unit, number: string, test: ChildTest): Unit | undefined {
  return firstPassing(groupsOf(unit, number), test, -1, unit.children.length);
}

/** The positional alinéas of `unit` numbered exactly `number`. */
export function alineasNumbered(unit: Unit, number: string): Unit[] {
  if (unit.children.length <= SCANNED) return unit.children.filter((child) => child.kind === 'alinea' && child.number === number);
  return indexOf(unit).alineas.get(number) ?? [];
}

/** The first sibling after `unit`, before the next alinéa or heading, whose number may match `number` and that passes `test` (a point an introductory paragraph introduces). */
export function firstFollowingNumbered(unit: Unit, number: string, test: ChildTest): Unit | undefined {
  const parent = unit.parent;
  if (!parent) return undefined;
  const siblings = parent.children;
  let position: number;
  let barrier: number;
  if (siblings.length <= SCANNED) {
    position = siblings.indexOf(unit);
    if (position < 0) return undefined;
    barrier = position + 1;
    while (barrier < siblings.length && siblings[barrier].kind !== 'alinea' && siblings[barrier].headingDepth === 0) barrier++;
  } else {
    const index = indexOf(parent);
    const at = index.position.get(unit);
    if (at === undefined) return undefined;
    position = at;
    barrier = index.nextBarrier[position];
  }
  return firstPassing(groupsOf(parent, number), test, position, barrier);
}

/** What a failed citation says a unit has: its numbered children (or all, when none is numbered), counted once per unit. */
export interface ChildSummary { count: number; kind?: Unit['kind']; first?: Unit; last?: Unit }

interface OwnChildren { count: number; list: Unit[]; numbered: Unit[]; summary: ChildSummary }
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
  const own = { count: unit.children.length, list, numbered: numbered.filter((child) => child.number !== undefined), summary };
  ownChildren.set(unit, own);
  return own;
}

/** The children of `unit` that are not headings (its paragraphs, points and items), computed once per unit. */
export function nonHeadingChildren(unit: Unit): readonly Unit[] {
  return ownOf(unit).list;
}

/** The numbered parts of `unit` that are not headings: its paragraphs, points and items with a number, no unnumbered paragraph. */
export function numberedOwnChildren(unit: Unit): readonly Unit[] {
  return ownOf(unit).numbered;
}

/** The numbered children a "has no …" message names, counted once per unit (a long list of failing citations counted them each time). */
export function childSummary(unit: Unit): ChildSummary {
  return ownOf(unit).summary;
}

interface ListItems { count: number; items: Unit[] }
const listItemsOf = new WeakMap<Unit, ListItems>();

/** The children of `unit` in a renumbered list (those with a list level), in order; listed once per unit when it has many. */
export function listItems(unit: Unit): readonly Unit[] {
  if (unit.children.length <= SCANNED) return unit.children.filter((child) => child.listLevel !== undefined);
  const known = listItemsOf.get(unit);
  if (known && known.count === unit.children.length) return known.items;
  const items = unit.children.filter((child) => child.listLevel !== undefined);
  listItemsOf.set(unit, { count: unit.children.length, items });
  return items;
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
