// The unit tree of a resting document as numbers. At 1,000 bench documents the trees were the
// largest block of the live heap (670,000 units: a 112-byte object, a label span, a span and a
// children array each, about 150 MB with the `units` arrays). Packed, a unit is 16 numbers in an
// Int32Array: its shape (its keys in order), its strings by their place in the document's table
// of distinct strings, its span and label span as offsets, its line, its parent's place, its
// flags and depths. `unpackUnits` builds the same tree again: the same keys in the same order,
// equal values, a leaf's children the one shared empty array it had, a span shared by the span
// and label span of one unit shared again.
// Only the tree parseDocument builds is packed: a key it does not write, a value of another type,
// an offset that is not an integer, a parent that does not come first, children that are not the
// units naming the unit as parent in order: then `packUnits` refuses and the model keeps its tree.
import type { Span, Unit } from './model';

const KNOWN_KEYS = new Set(['id', 'kind', 'number', 'label', 'title', 'span', 'labelSpan', 'line', 'parent', 'children', 'citable', 'headingDepth', 'listLevel']);
const REQUIRED_KEYS = ['id', 'kind', 'label', 'span', 'labelSpan', 'line', 'children', 'citable', 'headingDepth'];

/** Per unit, in `data`: */
const SHAPE = 0;
const ID = 1;
const KIND = 2;
const NUMBER = 3;
const LABEL = 4;
const TITLE = 5;
const SPAN_START = 6;
const SPAN_END = 7;
const LABEL_START = 8;
const LABEL_END = 9;
const LINE = 10;
const PARENT = 11;
const FLAGS = 12;
const HEADING_DEPTH = 13;
const LIST_LEVEL = 14;
const STRIDE = 16;

const CITABLE = 1;
/** The unit's span and label span are one object. */
const SPAN_IS_LABEL = 2;
/** Its children array is the frozen empty array the resting model shares. */
const SHARED_EMPTY_CHILDREN = 4;
/** `number`, `title` or `listLevel` present but undefined. */
const NUMBER_UNDEFINED = 8;
const TITLE_UNDEFINED = 16;
const LIST_LEVEL_UNDEFINED = 32;

/** A unit place for "no parent" (the root) and the root's own place. */
const NO_PARENT = -1;
const ROOT = -2;

export interface PackedUnits {
  /** Root first, then the units in order: STRIDE numbers each. */
  data: Int32Array;
  strings: string[];
  /** Each shape's keys in order. */
  shapes: string[][];
  /** The frozen empty array the leaves shared. */
  emptyChildren: readonly Unit[] | undefined;
}

const isInt32 = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= -0x80000000 && value <= 0x7fffffff;

function plainSpan(value: unknown): value is Span {
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false;
  const keys = Object.keys(value);
  const span = value as Span;
  return keys.length === 2 && keys[0] === 'start' && keys[1] === 'end' && isInt32(span.start) && isInt32(span.end) && !Object.isFrozen(value);
}

/** The tree as numbers, or undefined when it is not the shape parseDocument builds. */
export function packUnits(root: Unit, units: readonly Unit[]): PackedUnits | undefined {
  const all = [root, ...units];
  const place = new Map<Unit, number>();
  for (let i = 0; i < all.length; i++) {
    if (place.has(all[i])) return undefined;
    place.set(all[i], i);
  }
  const data = new Int32Array(all.length * STRIDE);
  const strings: string[] = [];
  const stringPlaces = new Map<string, number>();
  const shapes: string[][] = [];
  const shapePlaces = new Map<string, number>();
  const childCounts = new Int32Array(all.length);
  let emptyChildren: readonly Unit[] | undefined;
  const stringOf = (value: unknown): number => {
    if (typeof value !== 'string') return -1;
    let at = stringPlaces.get(value);
    if (at === undefined) {
      at = strings.length;
      strings.push(value);
      stringPlaces.set(value, at);
    }
    return at;
  };
  for (let i = 0; i < all.length; i++) {
    const unit = all[i];
    if (Object.getPrototypeOf(unit) !== Object.prototype || Object.isFrozen(unit) || !Object.isExtensible(unit)) return undefined;
    const keys = Object.keys(unit);
    if (keys.length !== Reflect.ownKeys(unit).length || keys.some((key) => !KNOWN_KEYS.has(key)) || REQUIRED_KEYS.some((key) => !(key in unit))) return undefined;
    for (const key of keys) {
      const descriptor = Object.getOwnPropertyDescriptor(unit, key) as PropertyDescriptor;
      if (!('value' in descriptor) || !descriptor.writable || !descriptor.configurable) return undefined;
    }
    const shapeKey = keys.join(',');
    let shape = shapePlaces.get(shapeKey);
    if (shape === undefined) {
      shape = shapes.length;
      shapes.push(keys);
      shapePlaces.set(shapeKey, shape);
    }
    const at = i * STRIDE;
    let flags = 0;
    data[at + SHAPE] = shape;
    if (typeof unit.id !== 'string' || typeof unit.kind !== 'string' || typeof unit.label !== 'string') return undefined;
    data[at + ID] = stringOf(unit.id);
    data[at + KIND] = stringOf(unit.kind);
    data[at + LABEL] = stringOf(unit.label);
    if ('number' in unit) {
      if (unit.number === undefined) flags |= NUMBER_UNDEFINED;
      else if (typeof unit.number !== 'string') return undefined;
      data[at + NUMBER] = stringOf(unit.number);
    }
    if ('title' in unit) {
      if (unit.title === undefined) flags |= TITLE_UNDEFINED;
      else if (typeof unit.title !== 'string') return undefined;
      data[at + TITLE] = stringOf(unit.title);
    }
    if (!plainSpan(unit.span) || !plainSpan(unit.labelSpan)) return undefined;
    if (unit.span === unit.labelSpan) flags |= SPAN_IS_LABEL;
    data[at + SPAN_START] = unit.span.start;
    data[at + SPAN_END] = unit.span.end;
    data[at + LABEL_START] = unit.labelSpan.start;
    data[at + LABEL_END] = unit.labelSpan.end;
    if (!isInt32(unit.line) || !isInt32(unit.headingDepth) || typeof unit.citable !== 'boolean') return undefined;
    data[at + LINE] = unit.line;
    data[at + HEADING_DEPTH] = unit.headingDepth;
    if (unit.citable) flags |= CITABLE;
    if ('listLevel' in unit) {
      if (unit.listLevel === undefined) flags |= LIST_LEVEL_UNDEFINED;
      else if (!isInt32(unit.listLevel)) return undefined;
      else data[at + LIST_LEVEL] = unit.listLevel;
    }
    // The root has no parent; every other unit's parent is the root or a unit before it.
    if (i === 0) {
      if ('parent' in unit) return undefined;
      data[at + PARENT] = NO_PARENT;
    } else {
      if (!('parent' in unit) || unit.parent === undefined) return undefined;
      const parent = place.get(unit.parent);
      if (parent === undefined || parent >= i) return undefined;
      data[at + PARENT] = parent === 0 ? ROOT : parent;
      childCounts[parent]++;
    }
    const children = unit.children;
    if (!Array.isArray(children) || Object.getPrototypeOf(children) !== Array.prototype) return undefined;
    if (children.length === 0 && Object.isFrozen(children)) {
      // A resting model's leaves share one frozen empty array (text.ts).
      if (emptyChildren !== undefined && emptyChildren !== children) return undefined;
      emptyChildren = children;
      flags |= SHARED_EMPTY_CHILDREN;
    } else if (Object.isFrozen(children) || Object.keys(children).length !== children.length) return undefined;
    data[at + FLAGS] = flags;
  }
  // Children: exactly the units naming this one as parent, in their order.
  const seenChildren = new Int32Array(all.length);
  for (let i = 1; i < all.length; i++) {
    const parentPlace = data[i * STRIDE + PARENT];
    const parent = parentPlace === ROOT ? 0 : parentPlace;
    if (all[parent].children[seenChildren[parent]] !== all[i]) return undefined;
    seenChildren[parent]++;
  }
  for (let i = 0; i < all.length; i++) if (all[i].children.length !== childCounts[i]) return undefined;
  return { data, strings, shapes, emptyChildren };
}

/** Reads one unit's value of a key from the packed numbers. */
type ValueReader = (packed: PackedUnits, at: number, all: Unit[], span: { value: Span | undefined }) => unknown;

const spanOf = (data: Int32Array, at: number, box: { value: Span | undefined }): Span =>
  (box.value ??= { start: data[at + SPAN_START], end: data[at + SPAN_END] });

const READERS: Record<string, ValueReader> = {
  id: ({ data, strings }, at) => strings[data[at + ID]],
  kind: ({ data, strings }, at) => strings[data[at + KIND]],
  number: ({ data, strings }, at) => (data[at + FLAGS] & NUMBER_UNDEFINED ? undefined : strings[data[at + NUMBER]]),
  label: ({ data, strings }, at) => strings[data[at + LABEL]],
  title: ({ data, strings }, at) => (data[at + FLAGS] & TITLE_UNDEFINED ? undefined : strings[data[at + TITLE]]),
  span: ({ data }, at, _all, box) => spanOf(data, at, box),
  labelSpan: ({ data }, at, _all, box) => (data[at + FLAGS] & SPAN_IS_LABEL ? spanOf(data, at, box) : { start: data[at + LABEL_START], end: data[at + LABEL_END] }),
  line: ({ data }, at) => data[at + LINE],
  parent: ({ data }, at, all) => {
    const parent = data[at + PARENT];
    return parent === ROOT ? all[0] : parent >= 0 ? all[parent] : undefined;
  },
  children: (packed, at) => (packed.data[at + FLAGS] & SHARED_EMPTY_CHILDREN ? packed.emptyChildren : []),
  citable: ({ data }, at) => (data[at + FLAGS] & CITABLE) !== 0,
  headingDepth: ({ data }, at) => data[at + HEADING_DEPTH],
  listLevel: ({ data }, at) => (data[at + FLAGS] & LIST_LEVEL_UNDEFINED ? undefined : data[at + LIST_LEVEL]),
};

/** How many units are packed (the root not counted), read from the numbers alone. */
export function packedUnitCount(packed: PackedUnits): number {
  return packed.data.length / STRIDE - 1;
}

/** The root and the units, as new objects equal to those packed. */
export function unpackUnits(packed: PackedUnits): { root: Unit; units: Unit[] } {
  const { data, shapes } = packed;
  const count = data.length / STRIDE;
  const all: Unit[] = new Array(count);
  // Keys added one by one, in the shape's order. (Values past the fourth then sit in a second
  // array: a unit read back takes about 30 bytes more than one the parse built, only while its
  // tree is held.)
  for (let i = 0; i < count; i++) {
    const at = i * STRIDE;
    const unit: Record<string, unknown> = {};
    const box = { value: undefined as Span | undefined };
    for (const key of shapes[data[at + SHAPE]]) unit[key] = READERS[key](packed, at, all, box);
    all[i] = unit as unknown as Unit;
  }
  for (let i = 1; i < count; i++) all[i].parent?.children.push(all[i]);
  return { root: all[0], units: all.slice(1) };
}
