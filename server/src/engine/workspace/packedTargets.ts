// A resting document's resolved targets as numbers (docs/BENCHMARK.md, "Memory, round five"): a
// target object and its span take about 100 bytes each, and 1,000 documents have some 270,000.
// Packed, a target is its shape (which keys, in which order, holding what kind of value) and one
// number per value: strings by their place in the document's table of distinct strings, a span
// as its two offsets, a list of unit ids as its length and its strings. Read back, each target
// is an object with the same keys in the same order and equal values; a target that appears in
// several places (one object in two citations) is one object again.
//
// Only plain values pack. A target holding anything else (the units of `existing`, a key without
// a value, a span that is not two integer offsets, a list shared with another target, a frozen
// object) is kept as it is.
import type { ResolvedTarget } from '../resolve';

const STRING = 0;
const SPAN = 1;
const TRUE = 2;
const FALSE = 3;
const STRINGS = 4;
type ValueKind = typeof STRING | typeof SPAN | typeof TRUE | typeof FALSE | typeof STRINGS;

interface Shape {
  keys: string[];
  kinds: ValueKind[];
}

export interface PackedTargets {
  /** Per place (each citation's targets, in order): which distinct target is there. */
  places: Int32Array;
  /** Per distinct target: where its numbers begin in `data`, or -1 - i for `kept[i]`. */
  starts: Int32Array;
  /** Per packed target: its shape, then its values. */
  data: Int32Array;
  shapes: Shape[];
  strings: string[];
  /** Targets that did not pack, as they are. */
  kept: ResolvedTarget[];
}

const INT32_MIN = -0x80000000;
const INT32_MAX = 0x7fffffff;
const isOffset = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= INT32_MIN && value <= INT32_MAX;

function isPlainSpan(value: object): value is { start: number; end: number } {
  if (Object.getPrototypeOf(value) !== Object.prototype || Object.isFrozen(value)) return false;
  const keys = Object.keys(value);
  const span = value as { start: unknown; end: unknown };
  return keys.length === 2 && keys[0] === 'start' && keys[1] === 'end' && isOffset(span.start) && isOffset(span.end);
}

/** Every place's target (each citation's, in order) packed. */
export function packTargets(targets: readonly ResolvedTarget[]): PackedTargets {
  const places = new Int32Array(targets.length);
  const distinct = new Map<ResolvedTarget, number>();
  const starts: number[] = [];
  const data: number[] = [];
  const shapes: Shape[] = [];
  const shapeIndex = new Map<string, number>();
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const kept: ResolvedTarget[] = [];
  // A list held by two targets (or twice by one) would be read back as two lists.
  const listHolders = new Map<unknown, number>();
  for (const target of new Set(targets)) {
    if (target === null || typeof target !== 'object') continue;
    for (const value of Object.values(target)) if (Array.isArray(value)) listHolders.set(value, (listHolders.get(value) ?? 0) + 1);
  }
  const stringAt = (value: string): number => {
    let at = stringIndex.get(value);
    if (at === undefined) {
      at = strings.length;
      strings.push(value);
      stringIndex.set(value, at);
    }
    return at;
  };
  /** The target's shape and values, or undefined when one value is not plain. */
  const encode = (target: ResolvedTarget): { shape: string; keys: string[]; kinds: ValueKind[]; values: number[] } | undefined => {
    if (target === null || typeof target !== 'object' || Object.getPrototypeOf(target) !== Object.prototype || Object.isFrozen(target)) return undefined;
    const keys = Object.keys(target);
    const kinds: ValueKind[] = [];
    const values: number[] = [];
    for (const key of keys) {
      const value = (target as unknown as Record<string, unknown>)[key];
      if (typeof value === 'string') {
        kinds.push(STRING);
        values.push(stringAt(value));
      } else if (value === true || value === false) {
        kinds.push(value ? TRUE : FALSE);
      } else if (Array.isArray(value)) {
        if (Object.getPrototypeOf(value) !== Array.prototype || Object.isFrozen(value) || listHolders.get(value) !== 1 || Object.keys(value).length !== value.length) return undefined;
        if (!value.every((item) => typeof item === 'string')) return undefined;
        kinds.push(STRINGS);
        values.push(value.length);
        for (const item of value as string[]) values.push(stringAt(item));
      } else if (value !== null && typeof value === 'object' && isPlainSpan(value)) {
        kinds.push(SPAN);
        values.push(value.start, value.end);
      } else {
        return undefined;
      }
    }
    return { shape: `${keys.join('\u0000')}\u0001${kinds.join(',')}`, keys, kinds, values };
  };
  for (let i = 0; i < targets.length; i++) {
    const target = targets[i];
    let at = distinct.get(target);
    if (at === undefined) {
      at = starts.length;
      distinct.set(target, at);
      const encoded = encode(target);
      if (!encoded) {
        starts.push(-1 - kept.length);
        kept.push(target);
      } else {
        let shape = shapeIndex.get(encoded.shape);
        if (shape === undefined) {
          shape = shapes.length;
          shapes.push({ keys: encoded.keys, kinds: encoded.kinds });
          shapeIndex.set(encoded.shape, shape);
        }
        starts.push(data.length);
        data.push(shape, ...encoded.values);
      }
    }
    places[i] = at;
  }
  return { places, starts: Int32Array.from(starts), data: Int32Array.from(data), shapes, strings, kept };
}

/** Every place's target, read back: equal objects, with the same keys in the same order, one object where one was shared. */
export function unpackTargets(packed: PackedTargets): ResolvedTarget[] {
  const { places, starts, data, shapes, strings, kept } = packed;
  const objects: Array<ResolvedTarget | undefined> = new Array(starts.length);
  const out: ResolvedTarget[] = new Array(places.length);
  for (let i = 0; i < places.length; i++) {
    const d = places[i];
    let target = objects[d];
    if (!target) {
      const start = starts[d];
      target = start < 0 ? kept[-1 - start] : decode(data, start, shapes, strings);
      objects[d] = target;
    }
    out[i] = target;
  }
  return out;
}

function decode(data: Int32Array, start: number, shapes: Shape[], strings: string[]): ResolvedTarget {
  let at = start;
  const { keys, kinds } = shapes[data[at++]];
  const target: Record<string, unknown> = {};
  for (let k = 0; k < keys.length; k++) {
    switch (kinds[k]) {
      case STRING:
        target[keys[k]] = strings[data[at++]];
        break;
      case SPAN:
        target[keys[k]] = { start: data[at], end: data[at + 1] };
        at += 2;
        break;
      case TRUE:
        target[keys[k]] = true;
        break;
      case FALSE:
        target[keys[k]] = false;
        break;
      case STRINGS: {
        const length = data[at++];
        const list: string[] = new Array(length);
        for (let j = 0; j < length; j++) list[j] = strings[data[at++]];
        target[keys[k]] = list;
        break;
      }
    }
  }
  return target as unknown as ResolvedTarget;
}
