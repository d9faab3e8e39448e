// The parser's internal structures (steps with their marker's shape, targets, groups), the
// limits that keep every rule bounded, and the conversion to the public ParsedReference shapes.
import type { RefStep, RefTarget, RefUnitKind } from './types';

// ---------------------------------------------------------------------------------------------
// Unit ranks: a lower unit can follow a higher one after a comma ("Article 7, paragraph 2").

export const RANK: Record<RefUnitKind, number> = {
  book: 0, part: 1, title: 2, chapter: 3, division: 4, section: 5, article: 6, annex: 6, schedule: 6,
  subsection: 7, paragraph: 8, alinea: 8, subparagraph: 9, clause: 10, item: 11, point: 11, unspecified: 12,
};

export const MAX_TARGETS = 1000;
export const MAX_NAME_TOKENS = 14;
export const MAX_ORDINALS = 12;
/** Longest path; also the most outer units chained with "of". */
export const MAX_DEPTH = 16;

// ---------------------------------------------------------------------------------------------
// Internal structures

/** A step plus the shape of its marker, used to attach "(b)" in "2703(a), (b)" to 2703. */
export interface IStep extends RefStep {
  /** Fine shape: "num", "lower", "roman", "upper", "uroman", "arabic", "ord", prefixed by "p" for (x) and "q" for ’x‘. */
  shape: string;
}

export interface ITarget {
  path: IStep[];
  through?: IStep[];
}

export interface Item {
  steps: IStep[];
  /** Token index after the item (may be past a trailing "." that a connector follows). */
  next: number;
  /** Char offset where the item's text ends. */
  endChar: number;
}

export interface GroupResult {
  kind: RefUnitKind;
  targets: ITarget[];
  next: number;
  endChar: number;
  plural: boolean;
  /** A group of sentences ("Satz 1"): its targets hold only the units below the sentence. */
  sentence?: boolean;
  /**
   * The first target written with its own unit noun ("section 66A" of "section 2 and section
   * 66A"): as the outer unit of "clause (ha) of …", only the targets before it take the clause.
   */
  ownNounFrom?: number;
}

export function family(shape: string): string {
  const style = shape[0] === 'p' || shape[0] === 'q' ? shape[0] : '';
  let base = style ? shape.slice(1) : shape;
  if (base === 'roman') base = 'lower';
  if (base === 'uroman') base = 'upper';
  return style + base;
}

export function letterShape(v: string): string {
  if (/^[0-9]+(?:\.[0-9]+)?[a-zA-Z]*$/.test(v)) return 'num';
  if (/^(i|[ivx]{2,})$/.test(v)) return 'roman';
  if (/^[IVXLCDM]{2,}$/.test(v)) return 'uroman';
  // (with Vietnamese's "đ")
  if (/^[a-zđ]+(?:\.[0-9]+)?$/.test(v)) return 'lower';
  if (/^[A-Z]+$/.test(v)) return 'upper';
  return 'arabic';
}

/** A sentence is no unit: "Satz 1 Nummer 2" keeps Nummer 2, "Sätze 1 und 3" keeps nothing (one empty path). */
export function withoutSentences(targets: ITarget[], sentenceSteps: number): ITarget[] {
  const out: ITarget[] = [];
  for (const target of targets) {
    const path = target.path.slice(sentenceSteps);
    const through = target.through && target.through.length > sentenceSteps ? target.through.slice(sentenceSteps) : undefined;
    if (!path.length && out.some((t) => !t.path.length)) continue;
    out.push(through && path.length ? { path, through } : { path });
  }
  return out;
}

export function publicStep(s: IStep): RefStep {
  return { kind: s.kind, number: s.number, span: s.span };
}

export function publicTarget(t: ITarget): RefTarget {
  const steps = t.through ? t.path.concat(t.through) : t.path;
  let start = Infinity;
  let end = -Infinity;
  for (const s of steps) {
    if (s.span.start < start) start = s.span.start;
    if (s.span.end > end) end = s.span.end;
  }
  const out: RefTarget = { path: t.path.map(publicStep), span: { start, end } };
  if (t.through) out.through = t.through.map(publicStep);
  return out;
}
