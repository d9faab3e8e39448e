// The workspace index: every document's model, updated one document at a time, and the
// cross-document answers derived from them (resolution, incoming references, terms in scope).
// Derived answers are cached and invalidated by a generation number that only moves when a
// change can affect other documents (ids, units, definitions), so typing inside a paragraph
// re-analyses that document alone.
//
// This class composes the parts in workspace/, one job each: the document store and id index
// (documentStore.ts), signatures (signatures.ts), the resolution cache (resolutionCache.ts), the
// incoming index (incomingIndex.ts), term uses (termUses.ts) and the per-block memos of edited
// documents (editMemos.ts).
import type { Span, Unit } from './model';
import { parseDocument, textEditOf, type DocumentModel, type ParseOptions } from './document';
import { textEdit } from './legalReadingMemo';
import { EVERY_DOCUMENT, readNamesBeforeRest, type DocumentLookup, type ResolvedReference } from './resolve';
import type { TermMatcher } from './terms';
import { BUILT_IN_VOCABULARY, type Vocabulary } from './vocabulary/vocabulary';
import type { BlockMemo } from './blockMemo';
import { EMPTY_TERM_BASE, type TermBase } from './translation/termBase';
import { DocumentStore } from './workspace/documentStore';
import { Signatures } from './workspace/signatures';
import { ResolutionCache } from './workspace/resolutionCache';
import { IncomingIndex, type IncomingReference } from './workspace/incomingIndex';
import { TermUseCache, type TermUse, type VisibleDefinition } from './workspace/termUses';
import { EditMemos } from './workspace/editMemos';
import { KeptResults } from './workspace/keptResults';
import { RelationIndex, type Relation } from './workspace/relationIndex';
import { isResting, restText, restTextInSlices, shareParts, sharePartsInSlices } from './restingText';
import { StringInterner } from './text';

export type { IncomingReference } from './workspace/incomingIndex';
export { definitionKey, type TermUse, type VisibleDefinition } from './workspace/termUses';

/**
 * Characters of text a workspace keeps whole before it puts documents to rest (restingText.ts).
 * Resting (copying a model's strings, packing its units and citations, deflating its text, and
 * inflating it again when read) was a quarter of a cold index's time, for 44 MB less peak memory
 * at 100 documents of 20 M characters. 32 M characters hold a treaty and a library of national
 * laws whole (about 70 MB more peak memory than at rest, by that measure); a larger workspace rests
 * every document, as before, so that 1,000 and 10,000 documents stay within their memory targets.
 */
export const WHOLE_TEXT_BUDGET = 32 * 1024 * 1024;

/** WHOLE_TEXT_BUDGET, or TREATY_LENS_WHOLE_TEXT_BUDGET (characters; 0 puts every document to rest, as the test suite does). */
function defaultWholeTextBudget(): number {
  // Read where there is an environment (Node): the engine itself needs none.
  const setting = (typeof process === 'undefined' ? undefined : process.env.TREATY_LENS_WHOLE_TEXT_BUDGET)?.trim();
  return setting && /^\d+$/.test(setting) ? Number(setting) : WHOLE_TEXT_BUDGET;
}

export class Workspace implements DocumentLookup {
  private readonly documents = new DocumentStore();
  private readonly signatures = new Signatures();
  private readonly resolutions = new ResolutionCache(this.signatures);
  private readonly incomingIndex = new IncomingIndex();
  private readonly termUseCache = new TermUseCache(this);
  private readonly memos = new EditMemos();
  private readonly kept = new KeptResults();
  private readonly relations = new RelationIndex();
  /** Short strings of resting documents' models, one copy for the whole workspace. */
  private readonly interner = new StringInterner();
  /** Models that may rest but are kept whole while their texts fit the budget, by URI, and their characters. */
  private readonly keptWhole = new Map<string, DocumentModel>();
  private keptWholeCharacters = 0;
  /** Past the budget once: every document rests from then on. */
  private restingAll = false;
  private generationCounter = 0;
  /** Moves with the vocabulary and the term base (part of every memo generation). */
  private settingsCounter = 0;
  private readonly memoGenerations = new WeakMap<DocumentModel, { generation: number; key: string }>();
  private vocabularyValue: Vocabulary = BUILT_IN_VOCABULARY;
  private termBaseValue: TermBase = EMPTY_TERM_BASE;

  constructor(private readonly parseOptions: ParseOptions = {}) {}

  /** The rival-vocabulary table (built in, or the workspace's treaty-lens.vocabulary.yaml). */
  get vocabulary(): Vocabulary {
    return this.vocabularyValue;
  }

  setVocabulary(vocabulary: Vocabulary): void {
    this.vocabularyValue = vocabulary;
    this.generationCounter++;
    this.settingsCounter++;
  }

  /** The translators' term base (the workspace's treaty-lens.termbase.yaml), empty when there is none. */
  get termBase(): TermBase {
    return this.termBaseValue;
  }

  setTermBase(termBase: TermBase): void {
    this.termBaseValue = termBase;
    this.generationCounter++;
    this.settingsCounter++;
  }

  /** Moves when a change can alter other documents' analysis. */
  get generation(): number {
    return this.generationCounter;
  }

  /**
   * Adds or replaces a document. Returns its model. `parsed` is this text's model parsed before
   * (the index cache's, or the parse thread's): used instead of parsing again.
   */
  set(uri: string, text: string, version = 0, parsed?: DocumentModel): DocumentModel {
    const previous = this.documents.get(uri);
    // The version it replaces no longer counts against the budget (this one, when restBeforeSet counted it, still does).
    if (this.keptWhole.get(uri) !== parsed) this.forgetKeptWhole(uri);
    const edited = this.memos.beforeVersion(uri, previous);
    // Opened in the editor with no version before: parsed to be typed in from the first letter.
    const opens = !edited && !parsed && this.memos.opens(uri);
    const model = parsed ?? parseDocument(uri, text, version, opens ? { ...this.parseOptions, editing: true } : this.parseOptions, edited);
    // The per-block memos find each block by its place, moved by the edit.
    if (edited) this.memos.edited(uri, textEditOf(model) ?? textEdit(edited.text, model.text));
    else if (opens) this.memos.edited(uri, undefined);
    // Nobody is typing in it: its text is kept compact (read again on demand).
    else {
      for (const resting of this.toRest(model)) restText(resting, this.interner);
      shareParts(model, this.interner);
    }
    this.documents.put(model, previous);
    this.relations.put(model, previous);
    if (this.signatures.record(model, previous)) this.generationCounter++;
    return model;
  }

  /**
   * Puts a model that `set` will receive as `parsed` to rest beforehand, in steps of about
   * `sliceMs` with `cede()` awaited between them (the server indexing while the user types): `set`
   * then has nothing left to do but take it in. The same model as `set` would make.
   */
  async restBeforeSet(model: DocumentModel, cede: () => Promise<void>, sliceMs: number): Promise<void> {
    // Past the budget, the documents kept whole until then rest too, each in slices.
    for (const resting of this.toRest(model)) await restTextInSlices(resting, this.interner, cede, sliceMs);
    // Read at rest from the index cache: its strings become the ones the other documents share.
    await sharePartsInSlices(model, this.interner, cede, sliceMs);
  }

  /**
   * The models to put to rest now that `model` joins: none while the texts kept whole fit the
   * budget (`model` is then counted against it); past it, `model` and every document kept whole
   * until then, and every document after. What is read from the text of every document (its
   * names) is read from each before it rests, while the text is at hand.
   */
  private toRest(model: DocumentModel): DocumentModel[] {
    if (this.parseOptions.restTexts === false || this.keptWhole.get(model.uri) === model) return [];
    // At rest already: put to rest before `set`, or read at rest from the index cache (then the budget was passed when it was stored).
    if (isResting(model) && (this.restingAll || this.keptWhole.size === 0)) return [];
    if (!this.restingAll && !isResting(model)) {
      this.forgetKeptWhole(model.uri);
      if (this.keptWholeCharacters + model.text.length <= this.wholeTextBudget) {
        this.keptWhole.set(model.uri, model);
        this.keptWholeCharacters += model.text.length;
        return [];
      }
      this.restingAll = true;
    }
    // Only the versions still in the workspace: a document deleted or replaced meanwhile left the budget then.
    const models = [...this.keptWhole.values()].filter((kept) => this.documents.get(kept.uri) === kept);
    this.keptWhole.clear();
    this.keptWholeCharacters = 0;
    if (!isResting(model)) models.push(model);
    this.restingAll = true;
    for (const resting of models) readNamesBeforeRest(resting);
    return models;
  }

  private forgetKeptWhole(uri: string): void {
    const kept = this.keptWhole.get(uri);
    if (!kept) return;
    this.keptWhole.delete(uri);
    this.keptWholeCharacters -= kept.text.length;
  }

  private get wholeTextBudget(): number {
    return this.parseOptions.wholeTextBudget ?? defaultWholeTextBudget();
  }

  /**
   * The editor opened the document: when the workspace does not hold it yet, its first version
   * is parsed and kept for typing (not put to rest), so that the first letter typed is read
   * around the edit. A document the workspace holds is typed in as an edit of that version.
   */
  open(uri: string): void {
    if (!this.documents.has(uri)) this.memos.open(uri);
  }

  /**
   * The editor closed the document: forget what was remembered for typing in it. Its next
   * version (the disk's text) is parsed as in a cold index.
   */
  close(uri: string): void {
    this.memos.close(uri, this.documents.has(uri));
  }

  /** What the per-block memos hold, for tests and the memory benchmark. */
  memoSize(): { documents: number; tables: number; entries: number } {
    return this.memos.size();
  }

  delete(uri: string): boolean {
    const previous = this.documents.get(uri);
    if (!previous) return false;
    this.forgetKeptWhole(uri);
    this.documents.remove(previous);
    this.relations.remove(previous);
    this.memos.delete(uri);
    this.signatures.forget(previous);
    this.resolutions.delete(uri);
    this.termUseCache.delete(uri);
    this.generationCounter++;
    return true;
  }

  get(uri: string): DocumentModel | undefined {
    return this.documents.get(uri);
  }

  byId(id: string): DocumentModel | undefined {
    return this.documents.byId(id);
  }

  /** Other documents that claim the same id, for the duplicate-id problem. */
  sameId(model: DocumentModel): DocumentModel[] {
    return this.documents.sameId(model);
  }

  /** Every document, in the order they were first set: a shared array, valid until the next change (never mutate it). */
  all(): readonly DocumentModel[] {
    return this.documents.all();
  }

  /** The documents whose front matter names `id` in one of these relations ('id': claim it as their id), in `all()` order. */
  naming(id: string, ...relations: Relation[]): DocumentModel[] {
    if (relations.length === 1) return this.documents.inOrder(this.relations.uris(relations[0], id) ?? []);
    const uris = new Set<string>();
    for (const relation of relations) for (const uri of this.relations.uris(relation, id) ?? []) uris.add(uri);
    return this.documents.inOrder(uris);
  }

  get size(): number {
    return this.documents.size;
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
    const model = this.documents.get(uri);
    return model ? this.resolutions.resolved(model, this) : [];
  }

  /** The resolved citation whose span contains `offset`. */
  referenceAt(uri: string, offset: number): ResolvedReference | undefined {
    return this.resolved(uri).find((r) => r.reference.span.start <= offset && offset <= r.reference.span.end);
  }

  /** Citations into a unit (or the document when unitId is ''), from every document. */
  incoming(documentId: string, unitId: string, includeRanges = true): IncomingReference[] {
    return this.incomingIndex.incoming(this.documents, (uri) => this.resolved(uri), documentId, unitId, includeRanges, (uri) => { const model = this.documents.get(uri); return model && this.resolutions.current(model, this); });
  }

  /** Documents whose analysis may change when `uri` changes: citing it, incorporating or implementing it. */
  dependents(uri: string): string[] {
    const model = this.documents.get(uri);
    if (!model) return [];
    const out = new Set<string>();
    for (const relation of ['implements', 'incorporates', 'supplements', 'translationOf', 'annotates'] as const) for (const other of this.relations.uris(relation, model.id) ?? []) out.add(other);
    // What their citations looked into when last resolved (a stale entry still names its documents).
    for (const id of [model.id, EVERY_DOCUMENT]) for (const other of this.resolutions.lookingInto(id)) out.add(other);
    // Citations that found nothing, named an instrument or found a file by its article, when names moved since.
    for (const other of this.resolutions.namesMoved()) out.add(other);
    // Documents never resolved are resolved to know (none once every document has been).
    if (this.resolutions.size < this.documents.size) {
      for (const other of this.documents.values()) {
        if (other.uri !== uri && !out.has(other.uri) && !this.resolutions.has(other.uri) && this.resolved(other.uri).some((r) => r.targets.some((t) => t.documentId === model.id))) out.add(other.uri);
      }
    }
    out.delete(uri);
    return this.documents.inOrder(out).map((other) => other.uri);
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
    return this.naming(model.id, 'incorporates').filter((other) => other !== model);
  }

  /** Every use of a defined term in a document, with the definition that governs it. */
  termUses(uri: string): TermUse[] {
    const model = this.documents.get(uri);
    return model ? this.termUseCache.uses(model) : [];
  }

  /**
   * Every match of `matcher` in the document's prose, outside `excluded` spans (sorted).
   * For a document being edited, each block's matches are remembered by its text; `name` must
   * identify the matcher and what `excluded` is made of.
   */
  matchProse(model: DocumentModel, name: string, matcher: TermMatcher, excluded: Span[]): Array<{ key: string; span: Span }> {
    return this.memos.matchProse(model, name, this.memoGeneration(model), matcher, excluded);
  }

  /**
   * The generation of a document's per-block check memos: what the matchers they remember are
   * built from, outside its own text. Its own definitions, those of the documents it incorporates,
   * the treaties it implements (or their translations in its language), the vocabulary and the
   * term base. Other documents indexed meanwhile do not move it, so typing while the workspace
   * indexes keeps the memos of the blocks not typed in; nor does a renumbered article (units are
   * no part of a matcher), so a structural edit keeps its dependants' term uses.
   */
  memoGeneration(model: DocumentModel): string {
    const cached = this.memoGenerations.get(model);
    if (cached && cached.generation === this.generationCounter) return cached.key;
    const fm = model.frontMatter;
    const ids = new Set([model.id, ...fm.incorporates, ...fm.implements]);
    if (fm.implements.length) {
      // The translations of the treaties it implements, in workspace order: an index lookup, not a pass over every document.
      const uris = new Set<string>();
      for (const id of fm.implements) for (const uri of this.relations.uris('translationOf', id) ?? []) uris.add(uri);
      for (const other of this.documents.inOrder(uris)) ids.add(other.id);
    }
    // A document's version moves when what it shows others changes, and when a document claiming its id appears or leaves.
    const key = `${this.settingsCounter}:${[...ids].map((id) => `${id}@${this.signatures.termsVersionOf(id)}`).join('|')}`;
    this.memoGenerations.set(model, { generation: this.generationCounter, key });
    return key;
  }

  /**
   * A check's result for a document nobody is typing in, computed once while its memo generation
   * and the names documents go by stay the same (a renumbered article elsewhere changes neither).
   * `compute` may read only the document's text and what those two name: its definitions, those
   * of the documents it incorporates and implements, their names, the vocabulary. A document being
   * edited computes it each time (its per-block memos do the saving).
   */
  keptResult<T>(model: DocumentModel, name: string, compute: () => T): T {
    if (this.memos.get(model.uri) || this.documents.get(model.uri) !== model) return compute();
    return this.kept.get(model, `${this.memoGeneration(model)}#${this.signatures.identityGeneration}`, name, compute);
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
