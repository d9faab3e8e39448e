// Every document's citations, resolved, cached until something they depend on changes: the
// document itself, what one of the documents they looked into shows others (its signature), or,
// for citations that found nothing or named an instrument, the names documents go by.
import { inPlaceEditOf, type DocumentModel, type DocumentReference } from '../document';
import { reuseOwnTargets, reuseResolutions, reuseUnnamed, usesNames as usesNamesOf } from './resolutionReuse';
import { relatedDocuments, resolveReference, type DocumentLookup, type ResolvedReference } from '../resolve';
import type { Signatures } from './signatures';

interface ResolvedEntry {
  model: DocumentModel;
  identity: number;
  usesNames: boolean;
  dependencies: Array<[string, number]>;
  value: ResolvedReference[];
}

export class ResolutionCache {
  private readonly entries = new Map<string, ResolvedEntry>();

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
      : !dependenciesKept ? (cached.model === model && cached.identity === signatures.identityGeneration ? reuseOwnTargets(model, cached.value, resolve) : undefined)
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
    this.entries.set(model.uri, { model, identity: signatures.identityGeneration, usesNames, dependencies, value });
    return value;
  }

  /** Whether a document's last resolution may change because documents appeared, left or were renamed since. */
  namesMovedFor(uri: string): boolean {
    const cached = this.entries.get(uri);
    return !!cached && cached.usesNames && cached.identity !== this.signatures.identityGeneration;
  }

  /** The document ids a document's last resolution looked into (undefined when never resolved). */
  dependenciesOf(uri: string): string[] | undefined {
    return this.entries.get(uri)?.dependencies.map(([id]) => id);
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }
}
