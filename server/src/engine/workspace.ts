// The workspace index: every document's model, updated one document at a time, and the
// cross-document answers derived from them (resolution, incoming references, terms in scope).
// Derived answers are cached and invalidated by a generation number that only moves when a
// change can affect other documents (ids, units, definitions), so typing inside a paragraph
// re-analyses that document alone.
import type { Definition, Span, Unit } from './model';
import { parseDocument, proseTexts, type DocumentModel, type ParseOptions } from './document';
import { resolveReference, type DocumentLookup, type ResolvedReference, type ResolvedTarget } from './resolve';
import { TermMatcher } from './terms';
import { BUILT_IN_VOCABULARY, type Vocabulary } from './vocabulary/vocabulary';
import { BlockMemo } from './blockMemo';

export interface IncomingReference {
  uri: string;
  resolved: ResolvedReference;
  target: ResolvedTarget;
  /** True when the unit is inside a cited range ("articles 2 through 11") rather than named. */
  viaRange: boolean;
}

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

interface DerivedCache<T> {
  generation: number;
  version: number;
  value: T;
}

export class Workspace implements DocumentLookup {
  private readonly models = new Map<string, DocumentModel>();
  private readonly ids = new Map<string, string[]>();
  private readonly signatures = new Map<string, string>();
  private generationCounter = 0;
  private readonly resolvedCache = new Map<string, DerivedCache<ResolvedReference[]>>();
  private readonly termCache = new Map<string, DerivedCache<TermUse[]>>();
  private incomingCache?: { generation: number; versions: number; map: Map<string, IncomingReference[]> };
  private contentVersion = 0;

  private vocabularyValue: Vocabulary = BUILT_IN_VOCABULARY;
  /** Per-block memos for documents being edited (set more than once); none for the cold index. */
  private readonly memos = new Map<string, BlockMemo>();

  constructor(private readonly parseOptions: ParseOptions = {}) {}

  /** The rival-vocabulary table (built in, or the workspace's treaty-lens.vocabulary.yaml). */
  get vocabulary(): Vocabulary {
    return this.vocabularyValue;
  }

  setVocabulary(vocabulary: Vocabulary): void {
    this.vocabularyValue = vocabulary;
    this.generationCounter++;
  }

  /** Moves when a change can alter other documents' analysis. */
  get generation(): number {
    return this.generationCounter;
  }

  /** Adds or replaces a document. Returns its model. */
  set(uri: string, text: string, version = 0): DocumentModel {
    const previous = this.models.get(uri);
    const model = parseDocument(uri, text, version, this.parseOptions, previous);
    if (previous && !this.memos.has(uri)) this.memos.set(uri, new BlockMemo());
    if (previous) this.removeId(previous.id, uri);
    this.models.set(uri, model);
    this.ids.set(model.id, [...(this.ids.get(model.id) ?? []), uri]);
    const signature = signatureOf(model);
    if (this.signatures.get(uri) !== signature) {
      this.signatures.set(uri, signature);
      this.generationCounter++;
    }
    this.contentVersion++;
    return model;
  }

  delete(uri: string): boolean {
    const previous = this.models.get(uri);
    if (!previous) return false;
    this.models.delete(uri);
    this.memos.delete(uri);
    this.removeId(previous.id, uri);
    this.signatures.delete(uri);
    this.resolvedCache.delete(uri);
    this.termCache.delete(uri);
    this.generationCounter++;
    this.contentVersion++;
    return true;
  }

  private removeId(id: string, uri: string) {
    const uris = (this.ids.get(id) ?? []).filter((u) => u !== uri);
    if (uris.length) this.ids.set(id, uris);
    else this.ids.delete(id);
  }

  get(uri: string): DocumentModel | undefined {
    return this.models.get(uri);
  }

  byId(id: string): DocumentModel | undefined {
    const uris = this.ids.get(id);
    return uris ? this.models.get(uris[0]) : undefined;
  }

  /** Other documents that claim the same id, for the duplicate-id problem. */
  sameId(model: DocumentModel): DocumentModel[] {
    return (this.ids.get(model.id) ?? []).filter((uri) => uri !== model.uri).map((uri) => this.models.get(uri)).filter((m): m is DocumentModel => !!m);
  }

  all(): DocumentModel[] {
    return [...this.models.values()];
  }

  get size(): number {
    return this.models.size;
  }

  unit(documentId: string, unitId: string): { model: DocumentModel; unit: Unit } | undefined {
    const model = this.byId(documentId);
    if (!model) return undefined;
    const unit = unitId === '' ? model.root : model.unitsById.get(unitId);
    return unit ? { model, unit } : undefined;
  }

  /** Every citation of a document, resolved. Cached per document version and workspace generation. */
  resolved(uri: string): ResolvedReference[] {
    const model = this.models.get(uri);
    if (!model) return [];
    const cached = this.resolvedCache.get(uri);
    if (cached && cached.generation === this.generationCounter && cached.version === model.version && cached.value.length === model.references.length && (cached.value[0]?.reference === model.references[0])) {
      return cached.value;
    }
    const value = model.references.map((reference) => resolveReference(model, reference, this));
    this.resolvedCache.set(uri, { generation: this.generationCounter, version: model.version, value });
    return value;
  }

  /** The resolved citation whose span contains `offset`. */
  referenceAt(uri: string, offset: number): ResolvedReference | undefined {
    return this.resolved(uri).find((r) => r.reference.span.start <= offset && offset <= r.reference.span.end);
  }

  /** Citations into a unit (or the document when unitId is ''), from every document. */
  incoming(documentId: string, unitId: string, includeRanges = true): IncomingReference[] {
    const map = this.incomingMap();
    const list = map.get(`${documentId}#${unitId}`) ?? [];
    return includeRanges ? list : list.filter((entry) => !entry.viaRange);
  }

  private incomingMap(): Map<string, IncomingReference[]> {
    if (this.incomingCache && this.incomingCache.generation === this.generationCounter && this.incomingCache.versions === this.contentVersion) {
      return this.incomingCache.map;
    }
    const map = new Map<string, IncomingReference[]>();
    const add = (key: string, entry: IncomingReference) => {
      const list = map.get(key);
      if (list) list.push(entry);
      else map.set(key, [entry]);
    };
    for (const model of this.models.values()) {
      for (const resolved of this.resolved(model.uri)) {
        for (const target of resolved.targets) {
          if (target.status !== 'resolved' || !target.documentId || target.unitId === undefined) continue;
          add(`${target.documentId}#${target.unitId}`, { uri: model.uri, resolved, target, viaRange: false });
          for (const covered of target.covered ?? []) {
            if (covered !== target.unitId) add(`${target.documentId}#${covered}`, { uri: model.uri, resolved, target, viaRange: true });
          }
        }
      }
    }
    this.incomingCache = { generation: this.generationCounter, versions: this.contentVersion, map };
    return map;
  }

  /** Documents whose analysis may change when `uri` changes: citing it, incorporating or implementing it. */
  dependents(uri: string): string[] {
    const model = this.models.get(uri);
    if (!model) return [];
    const out = new Set<string>();
    for (const other of this.models.values()) {
      if (other.uri === uri) continue;
      const fm = other.frontMatter;
      if (fm.implements.includes(model.id) || fm.incorporates.includes(model.id) || fm.supplements.includes(model.id) || fm.translationOf === model.id || fm.annotates === model.id) {
        out.add(other.uri);
        continue;
      }
      if (this.resolved(other.uri).some((r) => r.targets.some((t) => t.documentId === model.id))) out.add(other.uri);
    }
    return [...out];
  }

  /** Definitions that apply in a document: its own, and those of the documents it incorporates. */
  visibleDefinitions(model: DocumentModel): VisibleDefinition[] {
    const out: VisibleDefinition[] = model.definitions.map((definition) => ({ definition, model }));
    for (const id of model.frontMatter.incorporates) {
      const other = this.byId(id);
      if (other && other !== model) for (const definition of other.definitions) out.push({ definition, model: other });
    }
    return out;
  }

  /** Every use of a defined term in a document, with the definition that governs it. */
  termUses(uri: string): TermUse[] {
    const model = this.models.get(uri);
    if (!model) return [];
    const cached = this.termCache.get(uri);
    if (cached && cached.generation === this.generationCounter && cached.version === model.version) return cached.value;
    const visible = this.visibleDefinitions(model);
    const byKey = new Map<string, VisibleDefinition[]>();
    for (const entry of visible) {
      const list = byKey.get(entry.definition.key);
      if (list) list.push(entry);
      else byKey.set(entry.definition.key, [entry]);
    }
    const matcher = new TermMatcher(byKey.keys());
    const excluded = model.references.map((reference) => reference.span).sort((a, b) => a.start - b.start);
    const definitionSites = new Set(model.definitions.map((d) => d.termSpan.start));
    const uses: TermUse[] = [];
    for (const match of this.matchProse(model, 'terms', matcher, excluded)) {
      {
        const definition = governing(byKey.get(match.key) ?? [], model, match.span.start);
        if (!definition) continue;
        uses.push({ key: match.key, span: match.span, definition, isDefinition: definitionSites.has(match.span.start) });
      }
    }
    this.termCache.set(uri, { generation: this.generationCounter, version: model.version, value: uses });
    return uses;
  }

  /**
   * Every match of `matcher` in the document's prose, outside `excluded` spans (sorted).
   * For a document being edited, each block's matches are remembered by its text; `name` must
   * identify the matcher and what `excluded` is made of.
   */
  matchProse(model: DocumentModel, name: string, matcher: TermMatcher, excluded: Span[]): Array<{ key: string; span: Span }> {
    const out: Array<{ key: string; span: Span }> = [];
    if (matcher.size === 0) return out;
    const memo = this.memos.get(model.uri);
    const texts = memo ? proseTexts(model) : [];
    for (const [index, span] of model.prose.entries()) {
      if (!memo) {
        for (const match of matcher.match(model.text, span.start, span.end, excluded)) out.push(match);
        continue;
      }
      const relative = memo.get(name, model.version, this.generationCounter, texts[index], () =>
        matcher.match(model.text, span.start, span.end, excluded).map((m) => ({ key: m.key, start: m.span.start - span.start, end: m.span.end - span.start })));
      for (const m of relative) out.push({ key: m.key, span: { start: m.start + span.start, end: m.end + span.start } });
    }
    return out;
  }

  /** A per-block memo for other per-block computations of an edited document (undefined otherwise). */
  memoFor(uri: string): BlockMemo | undefined {
    return this.memos.get(uri);
  }

  termAt(uri: string, offset: number): TermUse | undefined {
    return this.termUses(uri).find((use) => use.span.start <= offset && offset <= use.span.end);
  }

  /** Innermost unit of a document containing an offset. */
  unitAt(model: DocumentModel, offset: number): Unit {
    let current = model.root;
    for (;;) {
      const child = current.children.find((c) => c.span.start <= offset && offset <= c.span.end);
      if (!child) return current;
      current = child;
    }
  }
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

/** What other documents can see of a document: its identity, units and definitions. */
function signatureOf(model: DocumentModel): string {
  const fm = model.frontMatter;
  const parts = [model.id, model.title, model.type, model.language, fm.aliases.join('|'), fm.implements.join('|'), fm.incorporates.join('|'),
    fm.supplements.join('|'), fm.translationOf ?? '', fm.annotates ?? '', String(fm.raw.collection ?? '')];
  for (const unit of model.units) parts.push(unit.id);
  for (const definition of model.definitions) parts.push(`${definition.key}=${definition.body}`);
  return parts.join('\u0001');
}
