// Every document's citations, resolved, cached until something they depend on changes: the
// document itself, what one of the documents they looked into shows others (its signature), or,
// for citations that found nothing or named an instrument, the names documents go by.
import { inPlaceEditOf, type DocumentModel, type DocumentReference } from '../document';
import { reuseOwnTargets, reuseResolutions, reuseUnnamed, usesNames as usesNamesOf } from './resolutionReuse';
import { EVERY_DOCUMENT, relatedDocuments, resolveReference, type DocumentLookup, type ResolvedReference } from '../resolve';
import type { Signatures } from './signatures';
import type { UnitChange } from './unitChanges';

interface ResolvedEntry {
  model: DocumentModel;
  identity: number;
  usesNames: boolean;
  dependencies: Array<[string, number]>;
  value: ResolvedReference[];
}

export class ResolutionCache {
  private readonly entries = new Map<string, ResolvedEntry>();
  /** Document id → the URIs whose entry looked into it (the reverse of the entries' dependencies). */
  private readonly lookingIntoId = new Map<string, Set<string>>();
  /** The URIs whose entry has citations that read the names documents go by (`usesNames`). */
  private readonly usingNames = new Set<string>();

  constructor(private readonly signatures: Signatures) {}

  /** The document's citations, resolved against `lookup`; the cached list while it is still valid. */
  resolved(model: DocumentModel, lookup: DocumentLookup): ResolvedReference[] {
    const signatures = this.signatures;
    const cached = this.entries.get(model.uri);
    const dependenciesKept = cached && cached.dependencies.every(([id, version]) => signatures.versionOf(id) === version);
    // Documents appeared, left or were renamed (the workspace indexing): only citations that found nothing or named an instrument may change.
    const namesMoved = !!cached && cached.usesNames && cached.identity !== signatures.identityGeneration;
    if (dependenciesKept && !namesMoved && cached.model === model) return cached.value;
    const resolve = (reference: DocumentReference) => resolveReference(model, reference, lookup);
    // Letters typed inside a word: the previous version's resolutions, moved, where the edit cannot change them.
    const inPlace = dependenciesKept ? inPlaceEditOf(model) : undefined;
    // A document it looked into changed what it shows others, no names moved: only the citations that may read it.
    const reused = !cached ? undefined
      : !dependenciesKept ? (cached.model === model && cached.identity === signatures.identityGeneration ? reuseOwnTargets(model, cached.value, resolve, this.unitChangesOf(cached)) : undefined)
      : cached.model === model ? reuseUnnamed(model, cached.value, resolve)
      : inPlace && inPlace.previous === cached.model ? reuseResolutions(model, inPlace.previous, inPlace, cached.value, resolve, namesMoved) : undefined;
    const value = reused ?? model.references.map(resolve);
    const ids = new Set<string>([model.id, ...model.frontMatter.implements, ...model.frontMatter.supplements, ...model.frontMatter.incorporates]);
    if (model.frontMatter.translationOf) ids.add(model.frontMatter.translationOf);
    if (model.frontMatter.annotates) ids.add(model.frontMatter.annotates);
    for (const related of relatedDocuments(model, lookup)) ids.add(related.id);
    for (const resolved of value) {
      for (const target of resolved.targets) {
        if (target.documentId) ids.add(target.documentId);
        if (target.lookedInto) for (const id of target.lookedInto) ids.add(id);
      }
    }
    const dependencies: Array<[string, number]> = [...ids].map((id) => [id, signatures.versionOf(id)]);
    // Citations that found nothing, or named an instrument, may resolve once documents appear or are renamed.
    const usesNames = value.some(usesNamesOf);
    this.forgetDependencies(model.uri);
    for (const [id] of dependencies) {
      const uris = this.lookingIntoId.get(id);
      if (uris) uris.add(model.uri);
      else this.lookingIntoId.set(id, new Set([model.uri]));
    }
    this.entries.set(model.uri, { model, identity: signatures.identityGeneration, usesNames, dependencies, value });
    if (usesNames) this.usingNames.add(model.uri);
    else this.usingNames.delete(model.uri);
    return value;
  }

  /** Per document id an entry looked into that changed since: what changed in its units; undefined when one changed otherwise. */
  private unitChangesOf(entry: ResolvedEntry): Map<string, UnitChange> | undefined {
    const out = new Map<string, UnitChange>();
    for (const [id, version] of entry.dependencies) {
      // Resolutions that read every document say so in their targets (lookedInto), and are resolved again.
      if (id === EVERY_DOCUMENT || this.signatures.versionOf(id) === version) continue;
      const change = this.signatures.unitChangesSince(id, version);
      if (!change) return undefined;
      out.set(id, change);
    }
    return out;
  }

  /** Whether a document's last resolution may change because documents appeared, left or were renamed since. */
  namesMovedFor(uri: string): boolean {
    const cached = this.entries.get(uri);
    return !!cached && cached.usesNames && cached.identity !== this.signatures.identityGeneration;
  }

  /** The documents whose last resolution may change because documents appeared, left or were renamed since (`namesMovedFor`). */
  *namesMoved(): Iterable<string> {
    for (const uri of this.usingNames) if (this.namesMovedFor(uri)) yield uri;
  }

  /** How many documents have an entry. */
  get size(): number {
    return this.entries.size;
  }

  /** Whether the document's citations were ever resolved (its entry may be stale). */
  has(uri: string): boolean {
    return this.entries.has(uri);
  }

  /** The URIs of the documents whose last resolution looked into document `id`. */
  lookingInto(id: string): ReadonlySet<string> {
    return this.lookingIntoId.get(id) ?? new Set();
  }

  delete(uri: string): void {
    this.forgetDependencies(uri);
    this.usingNames.delete(uri);
    this.entries.delete(uri);
  }

  private forgetDependencies(uri: string): void {
    for (const [id] of this.entries.get(uri)?.dependencies ?? []) {
      const uris = this.lookingIntoId.get(id);
      uris?.delete(uri);
      if (uris?.size === 0) this.lookingIntoId.delete(id);
    }
  }
}
