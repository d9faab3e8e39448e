// A resting document's citations, packed: numbers in typed arrays and the strings they name,
// instead of a citation object, a targets array, a target object, a path array and a step object
// per level, and a span object for each (about 460 bytes a citation; 1,000 bench documents hold
// 271,000 citations). Read back as the same objects, with the same keys in the same order, on
// demand (restingText.ts keeps the last few documents' citations whole).
//
// Only the shape `placeReference` (document.ts) builds is packed; a citation of any other shape
// leaves the document's citations as objects (`packReferences` answers undefined).
import type { DocumentReference } from './document';
import type { Span } from './model';
import type { RefAnchor, RefStep, RefTarget, RefUnitKind } from './references/types';

export interface PackedReferences {
  /** Per citation: span start, span end, first target, number of targets. */
  citations: Int32Array;
  texts: string[];
  /** The anchor objects themselves (most are the model's one `{ kind: 'none' }`). */
  anchors: RefAnchor[];
  /** Per citation: index in `strings` of its language, then of its unit id. */
  names: Int32Array;
  /** Per target: span start, span end, first step, path length, through length (-1: no `through`). */
  targets: Int32Array;
  /** Per step: index in `strings` of its kind, then of its number, span start, span end. */
  steps: Int32Array;
  /** The distinct strings of languages, unit ids, kinds and numbers. */
  strings: string[];
}

const CITATION_KEYS = 'span,text,targets,anchor,language,unitId,index';
const TARGET_KEYS = 'path,span';
const RANGE_KEYS = 'path,through,span';
const STEP_KEYS = 'kind,number,span';

class Packer {
  readonly citations: number[] = [];
  readonly names: number[] = [];
  readonly targets: number[] = [];
  readonly steps: number[] = [];
  readonly strings: string[] = [];
  private readonly stringIndexes = new Map<string, number>();

  string(value: unknown): number {
    if (typeof value !== 'string') throw new NotPackable();
    let index = this.stringIndexes.get(value);
    if (index === undefined) {
      index = this.strings.length;
      this.strings.push(value);
      this.stringIndexes.set(value, index);
    }
    return index;
  }

  span(span: Span, out: number[]): void {
    if (!isPlainSpan(span)) throw new NotPackable();
    out.push(span.start, span.end);
  }

  /** Packs the path's steps; answers how many. */
  path(path: RefStep[]): number {
    if (!Array.isArray(path)) throw new NotPackable();
    for (const step of path) {
      if (keysOf(step) !== STEP_KEYS) throw new NotPackable();
      this.steps.push(this.string(step.kind), this.string(step.number));
      this.span(step.span, this.steps);
    }
    return path.length;
  }
}

class NotPackable extends Error {}

/** The citations packed, or undefined when one of them is not of the shape `placeReference` builds. */
export function packReferences(references: readonly DocumentReference[]): PackedReferences | undefined {
  const packer = new Packer();
  const texts: string[] = new Array(references.length);
  const anchors: RefAnchor[] = new Array(references.length);
  try {
    for (let i = 0; i < references.length; i++) {
      const reference = references[i];
      if (keysOf(reference) !== CITATION_KEYS || reference.index !== i || typeof reference.text !== 'string' || !Array.isArray(reference.targets)) return undefined;
      packer.span(reference.span, packer.citations);
      packer.citations.push(packer.targets.length / 5, reference.targets.length);
      texts[i] = reference.text;
      anchors[i] = reference.anchor;
      packer.names.push(packer.string(reference.language), packer.string(reference.unitId));
      for (const target of reference.targets) {
        const keys = keysOf(target);
        if (keys !== TARGET_KEYS && keys !== RANGE_KEYS) return undefined;
        const at = packer.targets.length;
        packer.span(target.span, packer.targets);
        packer.targets.push(packer.steps.length / 4);
        const pathLength = packer.path(target.path);
        const throughLength = keys === RANGE_KEYS ? packer.path(target.through as RefStep[]) : -1;
        packer.targets.push(pathLength, throughLength);
        if (packer.targets.length !== at + 5) return undefined;
      }
    }
  } catch (error) {
    if (error instanceof NotPackable) return undefined;
    throw error;
  }
  return {
    citations: Int32Array.from(packer.citations), texts, anchors, names: Int32Array.from(packer.names),
    targets: Int32Array.from(packer.targets), steps: Int32Array.from(packer.steps), strings: packer.strings,
  };
}

/** The citations as `placeReference` built them: fresh objects, equal to those packed. */
export function unpackReferences(packed: PackedReferences): DocumentReference[] {
  const { citations, texts, anchors, names, targets, steps, strings } = packed;
  const count = texts.length;
  const out: DocumentReference[] = new Array(count);
  const path = (first: number, length: number): RefStep[] => {
    const list: RefStep[] = new Array(length);
    for (let k = 0; k < length; k++) {
      const at = (first + k) * 4;
      list[k] = { kind: strings[steps[at]] as RefUnitKind, number: strings[steps[at + 1]], span: { start: steps[at + 2], end: steps[at + 3] } };
    }
    return list;
  };
  for (let i = 0; i < count; i++) {
    const first = citations[i * 4 + 2];
    const targetCount = citations[i * 4 + 3];
    const list: RefTarget[] = new Array(targetCount);
    for (let t = 0; t < targetCount; t++) {
      const at = (first + t) * 5;
      const firstStep = targets[at + 2];
      const pathLength = targets[at + 3];
      const throughLength = targets[at + 4];
      const span = { start: targets[at], end: targets[at + 1] };
      list[t] = throughLength < 0
        ? { path: path(firstStep, pathLength), span }
        : { path: path(firstStep, pathLength), through: path(firstStep + pathLength, throughLength), span };
    }
    out[i] = {
      span: { start: citations[i * 4], end: citations[i * 4 + 1] },
      text: texts[i],
      targets: list,
      anchor: anchors[i],
      language: strings[names[i * 2]],
      unitId: strings[names[i * 2 + 1]],
      index: i,
    };
  }
  return out;
}

function keysOf(value: unknown): string {
  return value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype ? Object.keys(value).join(',') : '';
}

function isPlainSpan(span: Span): boolean {
  return keysOf(span) === 'start,end' && (span.start | 0) === span.start && (span.end | 0) === span.end;
}
