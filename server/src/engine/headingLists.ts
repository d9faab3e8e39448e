/**
 * A document's headed units listed once per version, for the lookups resolution repeats at every
 * citation: by number, by kind, the highest-numbered of a kind, and the run of numbers held. A long
 * list of failing citations asked each of these again, and each was a walk over every unit.
 */
import type { Unit } from './model';
import type { DocumentModel } from './document';
import type { RefUnitKind } from './references/types';
import { normaliseNumber, romanValue } from './keywords';
import { TreeKeyedCache } from './treeKeyed';

/** The key of every citable headed unit, whatever its kind. */
export const CITABLE_HEADINGS = '\u0000citable';

/** The lowest and highest numeric values of the headed units of a kind; `count` 0 when there are none. */
export interface HeldRange {
  count: number;
  min: number;
  max: number;
  /** The numbers held, sorted, each once (for the holes in the run: numbersAround). */
  values: number[];
}

interface HeadingLists {
  /** How many units the model had when listed: a model whose tree grew is listed again. */
  units: number;
  byKind: Map<string, Unit[]>;
  highest: Map<string, Unit>;
  held: Map<RefUnitKind, HeldRange>;
}

const listsOf = new TreeKeyedCache<HeadingLists>();
const byNumberOf = new TreeKeyedCache<Map<string, Unit[]>>();

function headingLists(doc: DocumentModel): HeadingLists {
  let lists = listsOf.get(doc);
  if (lists && lists.units === doc.units.length) return lists;
  lists = { units: doc.units.length, byKind: new Map(), highest: new Map(), held: new Map() };
  for (const unit of doc.units) {
    if (unit.headingDepth === 0) continue;
    const keys = unit.citable ? [unit.kind, CITABLE_HEADINGS] : [unit.kind];
    for (const key of keys) {
      const list = lists.byKind.get(key);
      if (list) list.push(unit);
      else lists.byKind.set(key, [unit]);
    }
  }
  listsOf.set(doc, lists);
  return lists;
}

/** The document's headed units of one kind (or every citable one, CITABLE_HEADINGS), in text order. */
export function headingsOfKind(doc: DocumentModel, kind: string): readonly Unit[] {
  return headingLists(doc).byKind.get(kind) ?? [];
}

/**
 * The headed unit of `kind` with the highest number, for "it has articles 1–146": the last in the
 * text unless a later one starts again (an annex that reproduces another instrument's articles 3–7
 * after article 146). Undefined when there is none.
 */
export function highestOfKind(doc: DocumentModel, kind: string): Unit | undefined {
  const lists = headingLists(doc);
  const known = lists.highest.get(kind);
  if (known) return known;
  const units = lists.byKind.get(kind);
  if (!units?.length) return undefined;
  let highest = units[units.length - 1];
  // "1.520": Brazil's codes write a thousands separator
  const valueOf = (unit: Unit) => Number(/^\d{1,3}(?:\.\d{3})+(?!\d)|^\d+/.exec(unit.number ?? '')?.[0].replace(/\./g, '') ?? NaN);
  let highestValue = valueOf(highest);
  for (const unit of units) {
    const value = valueOf(unit);
    if (value > highestValue) { highest = unit; highestValue = value; }
  }
  lists.highest.set(kind, highest);
  return highest;
}

/** Groupings numbered through a whole code: "chapter 63" of title 18, cited from a document holding chapter 47. */
export const GROUPINGS_OF_A_WHOLE = new Set<RefUnitKind>(['chapter', 'part', 'title', 'book']);

/**
 * The lowest and highest numbers of the units of `kind` the document holds as headings: the citable
 * ones (articles and sections counted together), or any grouping of a whole code.
 */
export function heldNumbers(doc: DocumentModel, kind: RefUnitKind): HeldRange {
  const lists = headingLists(doc);
  let range = lists.held.get(kind);
  if (range) return range;
  range = { count: 0, min: Infinity, max: -Infinity, values: [] };
  for (const unit of doc.units) {
    if (unit.headingDepth === 0 || unit.number === undefined || (!unit.citable && !GROUPINGS_OF_A_WHOLE.has(kind))) continue;
    if (unit.kind !== kind && !((kind === 'article' || kind === 'section') && (unit.kind === 'article' || unit.kind === 'section'))) continue;
    const value = leadingValue(unit.number);
    if (value === undefined) continue;
    range.count++;
    range.min = Math.min(range.min, value);
    const more = moreNumbersHeld(unit);
    range.max = Math.max(range.max, value, ...more);
    range.values.push(value, ...more);
  }
  range.values = [...new Set(range.values)].sort((a, b) => a - b);
  lists.held.set(kind, range);
  return range;
}

/** The held numbers right below and right above `value` (binary search), when it falls between two and is none of them. */
export function numbersAround(range: HeldRange, value: number): { below: number; above: number } | undefined {
  const values = range.values;
  let low = 0;
  let high = values.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (values[middle] === value) return undefined;
    if (values[middle] < value) low = middle + 1;
    else high = middle - 1;
  }
  return high >= 0 && low < values.length ? { below: values[high], above: values[low] } : undefined;
}

/** The whole number a unit's number starts with: "154a" → 154, "1.631" (a thousands separator, Brazil's codes) → 1631. */
export function leadingValue(number: string): number | undefined {
  const digits = /^\d{1,3}\.\d{3}(?![\d.])|^\d+/.exec(normaliseNumber(number));
  return digits ? Number(digits[0].replace('.', '')) : undefined;
}

/** The most numbers one heading is read to hold ("### 89 to 128"). */
const MOST_NUMBERS_IN_A_HEADING = 500;

/**
 * The numbers a heading holds besides its own, when its title is only more numbers: "### 89 to 128" (a run of
 * amending provisions a consolidation leaves out, as Justice Canada's do), "### 129 and 130", "### 5, 6 and 7".
 */
export function moreNumbersHeld(unit: Unit): number[] {
  const title = unit.title?.trim();
  if (!title || unit.number === undefined || !/^\d+$/.test(unit.number) || !/^(?:to|and|a|à|bis|,|[-–—])/.test(title)) return [];
  const first = Number(unit.number);
  // ("**Art. 7 a 10\n\t\t Abrogati dalla cifra I della LF del 24 mar. 2006 …**", "Art. 66–68 Aufgehoben": articles repealed together,
  // the note on their repeal after the range, Fedlex as converted)
  const run = /^(?:to|[-–—])\s*(\d+)$/.exec(title) ?? /^(?:a|à|bis|to|[-–—])\s*(\d+)\s+(?=\p{Lu})/u.exec(title);
  if (run) {
    const last = Number(run[1]);
    if (last <= first || last - first > MOST_NUMBERS_IN_A_HEADING) return [];
    return Array.from({ length: last - first }, (_, i) => first + 1 + i);
  }
  if (!/^(?:,\s*\d+\s*)*,?\s*and\s+\d+$/.test(title)) return [];
  const numbers = (title.match(/\d+/g) ?? []).map(Number);
  // In order, each after the one before: "5, 6 and 7", not "5 and 3" (a title).
  return numbers.every((n, i) => n > (i === 0 ? first : numbers[i - 1])) ? numbers : [];
}

/** Headed units by normalised number (and roman numerals by value too). */
export function headingsByNumber(doc: DocumentModel): Map<string, Unit[]> {
  let index = byNumberOf.get(doc);
  if (index) return index;
  index = new Map();
  for (const unit of doc.units) {
    if (unit.headingDepth === 0 || unit.number === undefined) continue;
    const normal = normaliseNumber(unit.number);
    const keys = [normal, ...moreNumbersHeld(unit).map(String)];
    // "Art. 1.517" cited "art. 1517" (a thousands separator, Brazil's codes)
    if (/^\d{1,3}\.\d{3}$/.test(normal)) keys.push(normal.replace('.', ''));
    const roman = romanValue(normal);
    if (roman !== undefined) keys.push(String(roman));
    for (const key of keys) {
      const list = index.get(key);
      if (list) list.push(unit);
      else index.set(key, [unit]);
    }
  }
  byNumberOf.set(doc, index);
  return index;
}
