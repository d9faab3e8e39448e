// Every use of a defined term in a document, with the definition that governs it by scope,
// cached per document until its memo generation moves (a definition it can see changed) or the
// document changes.
import type { Definition, Span } from '../model';
import type { DocumentModel } from '../document';
import { TermMatcher } from '../terms';

export interface VisibleDefinition {
  definition: Definition;
  model: DocumentModel;
}

export interface TermUse {
  key: string;
  span: Span;
  /** The definition that governs this use, chosen by scope. */
  definition: VisibleDefinition;
  /** True at the definition site itself (the term inside its own definition). */
  isDefinition: boolean;
}

/** What term uses need of the workspace. */
export interface TermUseSource {
  /** What the document's matchers are built from, outside its own text (Workspace.memoGeneration). */
  memoGeneration(model: DocumentModel): string;
  /** The documents whose definitions `model` incorporates. */
  incorporated(model: DocumentModel): DocumentModel[];
  /** Definitions that apply in `model`: its own, then those of the documents it incorporates. */
  visibleDefinitions(model: DocumentModel): VisibleDefinition[];
  matchProse(model: DocumentModel, name: string, matcher: TermMatcher, excluded: Span[]): Array<{ key: string; span: Span }>;
}

interface TermCache {
  generation: string;
  model: DocumentModel;
  /** The incorporated documents whose definitions the uses point to, as they were then. */
  owners: DocumentModel[];
  packed: PackedTermUses;
  /** The uses as objects, kept for the few documents read last (`MATERIALISED_KEPT`). */
  value?: TermUse[];
}

/**
 * One document's term uses, packed: three numbers a use instead of a use object and a span object
 * (about 100 bytes: a workspace of 1,000 bench documents holds 710,000 uses). Read back as
 * TermUse objects on demand (`unpackTermUses`).
 */
export interface PackedTermUses {
  starts: Int32Array;
  ends: Int32Array;
  /** Index in `governing` of the use's definition and key; `-1 - index` at a definition site. */
  which: Int32Array;
  governing: Array<{ key: string; definition: VisibleDefinition }>;
}

/** How many documents keep their uses as objects too: a check reads one document's uses several times. */
const MATERIALISED_KEPT = 16;

export function packTermUses(uses: readonly TermUse[]): PackedTermUses {
  const count = uses.length;
  const packed: PackedTermUses = { starts: new Int32Array(count), ends: new Int32Array(count), which: new Int32Array(count), governing: [] };
  const indexes = new Map<VisibleDefinition, Map<string, number>>();
  for (let i = 0; i < count; i++) {
    const { key, span, definition, isDefinition } = uses[i];
    let byKey = indexes.get(definition);
    if (!byKey) indexes.set(definition, (byKey = new Map()));
    let index = byKey.get(key);
    if (index === undefined) {
      index = packed.governing.length;
      packed.governing.push({ key, definition });
      byKey.set(key, index);
    }
    packed.starts[i] = span.start;
    packed.ends[i] = span.end;
    packed.which[i] = isDefinition ? -1 - index : index;
  }
  return packed;
}

export function unpackTermUses(packed: PackedTermUses): TermUse[] {
  const { starts, ends, which, governing } = packed;
  const uses: TermUse[] = new Array(starts.length);
  for (let i = 0; i < starts.length; i++) {
    const index = which[i];
    const { key, definition } = governing[index < 0 ? -1 - index : index];
    uses[i] = { key, span: { start: starts[i], end: ends[i] }, definition, isDefinition: index < 0 };
  }
  return uses;
}

export class TermUseCache {
  private readonly entries = new Map<string, TermCache>();
  /** The entries whose uses are also kept as objects, oldest first. */
  private readonly materialised: TermCache[] = [];

  constructor(private readonly source: TermUseSource) {}

  uses(model: DocumentModel): TermUse[] {
    const { source } = this;
    const uri = model.uri;
    const cached = this.entries.get(uri);
    const owners = source.incorporated(model);
    const generation = source.memoGeneration(model);
    if (cached && cached.generation === generation && cached.model === model) {
      if (sameModels(cached.owners, owners)) return cached.value ?? this.materialise(cached);
      // An incorporated document was re-parsed without changing its definitions (same memo
      // generation): its definitions are new objects at new offsets, in the same order.
      const governing = cached.packed.governing.map(({ key, definition }) => ({ key, definition: currentDefinition(definition, owners) }));
      const entry: TermCache = { generation: cached.generation, model, owners, packed: { ...cached.packed, governing } };
      this.entries.set(uri, entry);
      return this.materialise(entry);
    }
    const byKey = new Map<string, VisibleDefinition[]>();
    for (const entry of source.visibleDefinitions(model)) {
      const list = byKey.get(entry.definition.key);
      if (list) list.push(entry);
      else byKey.set(entry.definition.key, [entry]);
    }
    const matcher = new TermMatcher(byKey.keys());
    const excluded = model.references.map((reference) => reference.span).sort((a, b) => a.start - b.start);
    const definitionSites = new Set(model.definitions.map((d) => d.termSpan.start));
    const uses: TermUse[] = [];
    for (const match of source.matchProse(model, 'terms', matcher, excluded)) {
      const definition = governing(byKey.get(match.key) ?? [], model, match.span.start);
      if (!definition) continue;
      uses.push({ key: match.key, span: match.span, definition, isDefinition: definitionSites.has(match.span.start) });
    }
    const entry: TermCache = { generation, model, owners, packed: packTermUses(uses) };
    this.entries.set(uri, entry);
    return this.materialise(entry, uses);
  }

  private materialise(entry: TermCache, uses = unpackTermUses(entry.packed)): TermUse[] {
    entry.value = uses;
    // An earlier version of the same document gives way: kept here, each version typed would stay
    // in memory for the next 16 keystrokes (and die among the long-lived data, in a full collection).
    const earlier = this.materialised.findIndex((kept) => kept.model.uri === entry.model.uri);
    if (earlier >= 0) this.materialised.splice(earlier, 1)[0].value = undefined;
    this.materialised.push(entry);
    if (this.materialised.length > MATERIALISED_KEPT) (this.materialised.shift() as TermCache).value = undefined;
    return uses;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }
}

/**
 * A definition's identity across versions of its document: document, term, scope and place
 * among the document's definitions. Compare definitions by this, never by object: a model is
 * rebuilt on every keystroke.
 */
export function definitionKey(owner: DocumentModel, definition: Definition): string {
  // Asked for every term use of a document per keystroke (unused-definition): built once per definition and owner.
  let keys = definitionKeys.get(owner);
  if (!keys) definitionKeys.set(owner, (keys = new WeakMap()));
  let key = keys.get(definition);
  if (key === undefined) {
    key = `${owner.uri}\u0001${definition.key}\u0001${definition.scope.kind}:${definition.scope.unitId ?? ''}\u0001${owner.definitions.indexOf(definition)}`;
    keys.set(definition, key);
  }
  return key;
}

/**
 * Per owner, then per definition: a definition object lives on in the next versions of a document
 * typed in (they keep the definitions an edit does not touch), so a key held by the definition that
 * named its owner would keep an old version of the document alive.
 */
const definitionKeys = new WeakMap<DocumentModel, WeakMap<Definition, string>>();

function sameModels(a: DocumentModel[], b: DocumentModel[]): boolean {
  return a.length === b.length && a.every((model, i) => model === b[i]);
}

/** The same definition in the current model of its document (same signature, so same position in the list). */
function currentDefinition(visible: VisibleDefinition, owners: DocumentModel[]): VisibleDefinition {
  const current = owners.find((owner) => owner.uri === visible.model.uri);
  if (!current || current === visible.model) return visible;
  const index = visible.model.definitions.indexOf(visible.definition);
  const definition = current.definitions[index];
  return definition ? { definition, model: current } : visible;
}

/** Picks the definition whose scope covers the offset: the innermost scope in this document first. */
function governing(candidates: VisibleDefinition[], model: DocumentModel, offset: number): VisibleDefinition | undefined {
  let best: VisibleDefinition | undefined;
  let bestSize = Infinity;
  for (const candidate of candidates) {
    const { definition } = candidate;
    if (candidate.model !== model) {
      if (!best) best = candidate;
      continue;
    }
    if (definition.scope.kind === 'document') {
      if (bestSize === Infinity && (!best || best.model !== model)) { best = candidate; bestSize = Number.MAX_SAFE_INTEGER; }
      continue;
    }
    const unit = model.unitsById.get(definition.scope.unitId ?? '');
    if (!unit || offset < unit.span.start || offset > unit.span.end) continue;
    const size = unit.span.end - unit.span.start;
    if (size < bestSize) { best = candidate; bestSize = size; }
  }
  return best;
}
