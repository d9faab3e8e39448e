// The workspace index: every document's model, updated one document at a time, and the
// cross-document answers derived from them (resolution, incoming references, terms in scope).
// Derived answers are cached and invalidated by a generation number that only moves when a
// change can affect other documents (ids, units, definitions), so typing inside a paragraph
// re-analyses that document alone.
import type { Definition, Span, Unit } from './model';
import { parseDocument, proseTexts, type DocumentModel, type ParseOptions } from './document';
import { isGenericInstrument, relatedDocuments, resolveReference, type DocumentLookup, type ResolvedReference, type ResolvedTarget } from './resolve';
import { TermMatcher, spansStream, type TokenStream } from './terms';
import { BUILT_IN_VOCABULARY, type Vocabulary } from './vocabulary/vocabulary';
import { BlockMemo } from './blockMemo';
import { EMPTY_TERM_BASE, type TermBase } from './translation/termBase';

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

interface ResolvedEntry {
  model: DocumentModel;
  identity: number;
  usesNames: boolean;
  dependencies: Array<[string, number]>;
  value: ResolvedReference[];
}

interface TermCache {
  generation: number;
  model: DocumentModel;
  /** The incorporated documents whose definitions the uses point to, as they were then. */
  owners: DocumentModel[];
  value: TermUse[];
}

export class Workspace implements DocumentLookup {
  private readonly models = new Map<string, DocumentModel>();
  private readonly ids = new Map<string, string[]>();
  private readonly signatures = new Map<string, string>();
  private generationCounter = 0;
  private readonly termCache = new Map<string, TermCache>();
  /** Per document id: bumped when what others see of it (units, definitions, relations) changes. */
  private readonly signatureVersions = new Map<string, number>();
  /** Bumped when documents appear, disappear or change their names: instrument names may resolve anew. */
  private identityGeneration = 0;
  private readonly identities = new Map<string, string>();
  private readonly resolvedEntries = new Map<string, ResolvedEntry>();
  /** The incoming index, updated one document at a time: what each document contributed last. */
  private readonly incomingIndex = new Map<string, IncomingReference[]>();
  private readonly incomingContributions = new Map<string, { value: ResolvedReference[]; keys: string[] }>();

  private vocabularyValue: Vocabulary = BUILT_IN_VOCABULARY;
  /** Per-block memos for documents being edited (set more than once); none for the cold index. */
  private readonly memos = new Map<string, BlockMemo>();
  /** Documents closed in the editor since their last version. */
  private readonly closed = new Set<string>();

  constructor(private readonly parseOptions: ParseOptions = {}) {}

  /** The rival-vocabulary table (built in, or the workspace's treaty-lens.vocabulary.yaml). */
  get vocabulary(): Vocabulary {
    return this.vocabularyValue;
  }

  setVocabulary(vocabulary: Vocabulary): void {
    this.vocabularyValue = vocabulary;
    this.generationCounter++;
  }

  private termBaseValue: TermBase = EMPTY_TERM_BASE;

  /** The translators' term base (the workspace's treaty-lens.termbase.yaml), empty when there is none. */
  get termBase(): TermBase {
    return this.termBaseValue;
  }

  setTermBase(termBase: TermBase): void {
    this.termBaseValue = termBase;
    this.generationCounter++;
  }

  /** Moves when a change can alter other documents' analysis. */
  get generation(): number {
    return this.generationCounter;
  }

  /** Adds or replaces a document. Returns its model. */
  set(uri: string, text: string, version = 0): DocumentModel {
    const previous = this.models.get(uri);
    // After close, the document is parsed cold again: no memo of the versions typed before.
    const edited = this.closed.delete(uri) ? undefined : previous;
    const model = parseDocument(uri, text, version, this.parseOptions, edited);
    if (edited) {
      let memo = this.memos.get(uri);
      if (!memo) this.memos.set(uri, (memo = new BlockMemo()));
      memo.nextVersion();
    }
    if (previous) this.removeId(previous.id, uri);
    this.models.set(uri, model);
    this.ids.set(model.id, [...(this.ids.get(model.id) ?? []), uri]);
    const signature = signatureOf(model);
    if (this.signatures.get(uri) !== signature) {
      this.signatures.set(uri, signature);
      this.generationCounter++;
      this.bumpSignature(model.id);
      if (previous && previous.id !== model.id) this.bumpSignature(previous.id);
    }
    const identity = identityOf(model);
    if (this.identities.get(uri) !== identity) {
      this.identities.set(uri, identity);
      this.identityGeneration++;
    }
    return model;
  }

  private bumpSignature(id: string): void {
    this.signatureVersions.set(id, (this.signatureVersions.get(id) ?? 0) + 1);
  }

  /**
   * The editor closed the document: forget what was remembered for typing in it. Its next
   * version (the disk's text) is parsed as in a cold index.
   */
  close(uri: string): void {
    this.memos.delete(uri);
    if (this.models.has(uri)) this.closed.add(uri);
  }

  /** What the per-block memos hold, for tests and the memory benchmark. */
  memoSize(): { documents: number; tables: number; entries: number } {
    let tables = 0;
    let entries = 0;
    for (const memo of this.memos.values()) {
      const size = memo.size;
      tables += size.tables;
      entries += size.entries;
    }
    return { documents: this.memos.size, tables, entries };
  }

  delete(uri: string): boolean {
    const previous = this.models.get(uri);
    if (!previous) return false;
    this.models.delete(uri);
    this.memos.delete(uri);
    this.closed.delete(uri);
    this.removeId(previous.id, uri);
    this.signatures.delete(uri);
    this.identities.delete(uri);
    this.resolvedEntries.delete(uri);
    this.termCache.delete(uri);
    this.generationCounter++;
    this.identityGeneration++;
    this.bumpSignature(previous.id);
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

  /**
   * Every citation of a document, resolved. Cached until the document changes, or one of the
   * documents its citations looked into changes what it shows others (units, relations), or
   * documents appear, disappear or are renamed. A structural edit re-resolves its dependants only.
   */
  resolved(uri: string): ResolvedReference[] {
    const model = this.models.get(uri);
    if (!model) return [];
    const cached = this.resolvedEntries.get(uri);
    if (cached && cached.model === model && (!cached.usesNames || cached.identity === this.identityGeneration) &&
        cached.dependencies.every(([id, version]) => (this.signatureVersions.get(id) ?? 0) === version)) {
      return cached.value;
    }
    const value = model.references.map((reference) => resolveReference(model, reference, this));
    const ids = new Set<string>([model.id, ...model.frontMatter.implements, ...model.frontMatter.supplements, ...model.frontMatter.incorporates]);
    if (model.frontMatter.translationOf) ids.add(model.frontMatter.translationOf);
    if (model.frontMatter.annotates) ids.add(model.frontMatter.annotates);
    for (const related of relatedDocuments(model, this)) ids.add(related.id);
    for (const resolved of value) for (const target of resolved.targets) if (target.documentId) ids.add(target.documentId);
    const dependencies: Array<[string, number]> = [...ids].map((id) => [id, this.signatureVersions.get(id) ?? 0]);
    // Citations that found nothing, or named an instrument, may resolve once documents appear or are renamed.
    const usesNames = value.some((r) => r.status !== 'resolved' || (r.reference.anchor.kind === 'instrument' && !isGenericInstrument(r.reference.anchor.name)));
    this.resolvedEntries.set(uri, { model, identity: this.identityGeneration, usesNames, dependencies, value });
    return value;
  }

  /** The resolved citation whose span contains `offset`. */
  referenceAt(uri: string, offset: number): ResolvedReference | undefined {
    return this.resolved(uri).find((r) => r.reference.span.start <= offset && offset <= r.reference.span.end);
  }

  /** Citations into a unit (or the document when unitId is ''), from every document. */
  incoming(documentId: string, unitId: string, includeRanges = true): IncomingReference[] {
    const map = this.incomingMap();
    // In document then text order, whatever order the documents were last edited in.
    const list = [...(map.get(`${documentId}#${unitId}`) ?? [])].sort(byPlace);
    return includeRanges ? list : list.filter((entry) => !entry.viaRange);
  }

  /** The incoming index, brought up to date for the documents whose resolution changed. */
  private incomingMap(): Map<string, IncomingReference[]> {
    for (const uri of [...this.incomingContributions.keys()]) {
      if (!this.models.has(uri)) this.withdraw(uri);
    }
    for (const model of this.models.values()) {
      const value = this.resolved(model.uri);
      const contribution = this.incomingContributions.get(model.uri);
      if (contribution?.value === value) continue;
      if (contribution) this.withdraw(model.uri);
      const keys: string[] = [];
      const add = (key: string, entry: IncomingReference) => {
        const list = this.incomingIndex.get(key);
        if (list) list.push(entry);
        else this.incomingIndex.set(key, [entry]);
        keys.push(key);
      };
      for (const resolved of value) {
        for (const target of resolved.targets) {
          if (target.status !== 'resolved' || !target.documentId || target.unitId === undefined) continue;
          add(`${target.documentId}#${target.unitId}`, { uri: model.uri, resolved, target, viaRange: false });
          for (const covered of target.covered ?? []) {
            if (covered !== target.unitId) add(`${target.documentId}#${covered}`, { uri: model.uri, resolved, target, viaRange: true });
          }
        }
      }
      this.incomingContributions.set(model.uri, { value, keys });
    }
    return this.incomingIndex;
  }

  private withdraw(uri: string): void {
    const contribution = this.incomingContributions.get(uri);
    if (!contribution) return;
    for (const key of new Set(contribution.keys)) {
      const list = this.incomingIndex.get(key);
      if (!list) continue;
      const kept = list.filter((entry) => entry.uri !== uri);
      if (kept.length) this.incomingIndex.set(key, kept);
      else this.incomingIndex.delete(key);
    }
    this.incomingContributions.delete(uri);
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
      // What its citations looked into when last resolved (a stale entry still names its documents).
      const entry = this.resolvedEntries.get(other.uri);
      if (entry ? entry.dependencies.some(([id]) => id === model.id) : this.resolved(other.uri).some((r) => r.targets.some((t) => t.documentId === model.id))) out.add(other.uri);
    }
    return [...out];
  }

  /** Definitions that apply in a document: its own, and those of the documents it incorporates. */
  visibleDefinitions(model: DocumentModel): VisibleDefinition[] {
    const out: VisibleDefinition[] = model.definitions.map((definition) => ({ definition, model }));
    for (const other of this.incorporated(model)) for (const definition of other.definitions) out.push({ definition, model: other });
    return out;
  }

  /** The documents whose definitions a document incorporates (front matter `incorporates`). */
  incorporated(model: DocumentModel): DocumentModel[] {
    const out: DocumentModel[] = [];
    for (const id of model.frontMatter.incorporates) {
      const other = this.byId(id);
      if (other && other !== model) out.push(other);
    }
    return out;
  }

  /** The documents that incorporate a document's definitions: their term uses are its uses. */
  incorporating(model: DocumentModel): DocumentModel[] {
    return this.all().filter((other) => other !== model && other.frontMatter.incorporates.includes(model.id));
  }

  /** Every use of a defined term in a document, with the definition that governs it. */
  termUses(uri: string): TermUse[] {
    const model = this.models.get(uri);
    if (!model) return [];
    const cached = this.termCache.get(uri);
    const owners = this.incorporated(model);
    if (cached && cached.generation === this.generationCounter && cached.model === model) {
      if (sameModels(cached.owners, owners)) return cached.value;
      // An incorporated document was re-parsed without changing what it shows others (same
      // generation): its definitions are new objects at new offsets, in the same order.
      const value = cached.value.map((use) => ({ ...use, definition: currentDefinition(use.definition, owners) }));
      this.termCache.set(uri, { ...cached, owners, value });
      return value;
    }
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
    this.termCache.set(uri, { generation: this.generationCounter, model, owners, value: uses });
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
    if (!memo) {
      // One token stream for the whole document, shared by every matcher.
      const { stream, bounds } = proseStream(model);
      for (let index = 0; index < model.prose.length; index++) {
        for (const match of matcher.matchStream(model.text, stream, bounds[index], bounds[index + 1], excluded)) out.push(match);
      }
      return out;
    }
    for (const [index, span] of model.prose.entries()) {
      const relative = memo.get(name, this.generationCounter, texts[index], () =>
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

/**
 * The word tokens of the last document matched: its term uses and the terminology checks read
 * the same stream. One document only, so that memory stays bounded on a large workspace.
 */
let lastProseStream: { model: DocumentModel; stream: TokenStream; bounds: number[] } | undefined;

function proseStream(model: DocumentModel): { stream: TokenStream; bounds: number[] } {
  if (lastProseStream?.model !== model) lastProseStream = { model, ...spansStream(model.text, model.prose) };
  return lastProseStream;
}

function byPlace(a: IncomingReference, b: IncomingReference): number {
  return (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0) || a.resolved.reference.span.start - b.resolved.reference.span.start || a.target.span.start - b.target.span.start;
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

/**
 * A definition's identity across versions of its document: document, term, scope and place
 * among the document's definitions. Compare definitions by this, never by object: a model is
 * rebuilt on every keystroke.
 */
export function definitionKey(owner: DocumentModel, definition: Definition): string {
  return `${owner.uri}\u0001${definition.key}\u0001${definition.scope.kind}:${definition.scope.unitId ?? ''}\u0001${owner.definitions.indexOf(definition)}`;
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

/** The names by which other documents find a document. */
function identityOf(model: DocumentModel): string {
  const fm = model.frontMatter;
  return [model.id, model.title, fm.shortTitle ?? '', fm.aliases.join('|'), String(fm.raw.collection ?? '')].join('\u0001');
}

/** What other documents can see of a document: its identity, units and definitions. */
function signatureOf(model: DocumentModel): string {
  const fm = model.frontMatter;
  const parts = [model.id, model.title, model.type, model.language, fm.aliases.join('|'), fm.implements.join('|'), fm.incorporates.join('|'),
    fm.supplements.join('|'), fm.translationOf ?? '', fm.annotates ?? '', String(fm.raw.collection ?? '')];
  for (const unit of model.units) parts.push(unit.id);
  // Everything that decides which definition governs a use in another document, and how it reads.
  for (const d of model.definitions) parts.push(`${d.key}=${d.term}=${d.body}@${d.unitId}/${d.scope.kind}:${d.scope.unitId ?? ''}/${d.style}`);
  return parts.join('\u0001');
}
