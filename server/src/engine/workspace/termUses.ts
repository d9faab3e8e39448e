// Every use of a defined term in a document, with the definition that governs it by scope,
// cached per document until the workspace generation moves or the document changes.
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
  readonly generation: number;
  /** The documents whose definitions `model` incorporates. */
  incorporated(model: DocumentModel): DocumentModel[];
  /** Definitions that apply in `model`: its own, then those of the documents it incorporates. */
  visibleDefinitions(model: DocumentModel): VisibleDefinition[];
  matchProse(model: DocumentModel, name: string, matcher: TermMatcher, excluded: Span[]): Array<{ key: string; span: Span }>;
}

interface TermCache {
  generation: number;
  model: DocumentModel;
  /** The incorporated documents whose definitions the uses point to, as they were then. */
  owners: DocumentModel[];
  value: TermUse[];
}

export class TermUseCache {
  private readonly entries = new Map<string, TermCache>();

  constructor(private readonly source: TermUseSource) {}

  uses(model: DocumentModel): TermUse[] {
    const { source } = this;
    const uri = model.uri;
    const cached = this.entries.get(uri);
    const owners = source.incorporated(model);
    if (cached && cached.generation === source.generation && cached.model === model) {
      if (sameModels(cached.owners, owners)) return cached.value;
      // An incorporated document was re-parsed without changing what it shows others (same
      // generation): its definitions are new objects at new offsets, in the same order.
      const value = cached.value.map((use) => ({ ...use, definition: currentDefinition(use.definition, owners) }));
      this.entries.set(uri, { ...cached, owners, value });
      return value;
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
    this.entries.set(uri, { generation: source.generation, model, owners, value: uses });
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
  return `${owner.uri}\u0001${definition.key}\u0001${definition.scope.kind}:${definition.scope.unitId ?? ''}\u0001${owner.definitions.indexOf(definition)}`;
}

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
