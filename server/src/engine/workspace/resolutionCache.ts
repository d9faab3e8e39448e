// Every document's citations, resolved, cached until something they depend on changes: the
// document itself, what one of the documents they looked into shows others (its signature), or,
// for citations that found nothing or named an instrument, the names documents go by.
import { inPlaceEditOf, type DocumentModel, type DocumentReference } from '../document';
import { resolverNoting, reuseAcrossUnitChange, reuseOwnTargets, reuseResolutions, reuseUnnamed, usesNames as usesNamesOf } from './resolutionReuse';
import { EVERY_DOCUMENT, relatedDocuments, type DocumentLookup, type ResolvedReference } from '../resolve';
import type { Signatures } from './signatures';
import type { UnitChange } from './unitChanges';
import { referencesRest } from '../restingText';
import type { ResolvedTarget, ResolutionStatus } from '../resolve';
import { packTargets, unpackTargets, type PackedTargets } from './packedTargets';

interface ResolvedEntry {
  model: DocumentModel;
  identity: number;
  usesNames: boolean;
  dependencies: Array<[string, number]>;
  /** The resolutions as objects: always for a document being typed in, for the last few read of resting ones. */
  value?: ResolvedReference[];
  /** A resting document's resolutions without their citation objects (read back from its packed citations). */
  packed?: PackedResolutions;
}

/**
 * A resting document's resolutions: the targets of all citations, packed (packedTargets.ts), and
 * where each citation's begin, instead of an object and an array per citation (about 100 bytes a
 * citation) and an object per target. Its citations are `model.references`, in order.
 */
interface PackedResolutions {
  targets: PackedTargets;
  /** Citation i's targets are the places firsts[i] up to firsts[i + 1]. */
  firsts: Int32Array;
  statuses: Uint8Array;
}

const STATUSES: ResolutionStatus[] = ['resolved', 'unresolved', 'external'];
/** How many resting documents keep their resolutions as objects too: a check reads them several times. */
const MATERIALISED_KEPT = 16;

export class ResolutionCache {
  private readonly entries = new Map<string, ResolvedEntry>();
  /** The packed entries whose resolutions are also kept as objects, oldest first. */
  private readonly materialised: ResolvedEntry[] = [];
  /** Document id → the URIs whose entry looked into it (the reverse of the entries' dependencies). */
  private readonly lookingIntoId = new Map<string, Set<string>>();
  /** The URIs whose entry has citations that read the names documents go by (`usesNames`). */
  private readonly usingNames = new Set<string>();

  constructor(private readonly signatures: Signatures) {}

  /** The document's citations, resolved against `lookup`; the cached list while it is still valid. */
  resolved(model: DocumentModel, lookup: DocumentLookup): ResolvedReference[] {
    return this.valueOf(this.current(model, lookup));
  }

  /**
   * The document's entry, brought up to date: a new object whenever its resolutions may have
   * changed (equal or not). What tells them apart without reading back a resting document's.
   */
  current(model: DocumentModel, lookup: DocumentLookup): object & ResolvedEntry {
    const signatures = this.signatures;
    const cached = this.entries.get(model.uri);
    const dependenciesKept = cached && cached.dependencies.every(([id, version]) => signatures.versionOf(id) === version);
    // Documents appeared, left or were renamed (the workspace indexing): only citations that found nothing or named an instrument may change.
    const namesMoved = !!cached && cached.usesNames && cached.identity !== signatures.identityGeneration;
    if (dependenciesKept && !namesMoved && cached.model === model) return cached;
    const before = cached ? this.valueOf(cached) : undefined;
    const resolve = resolverNoting(model, lookup);
    // Letters typed inside a word: the previous version's resolutions, moved, where the edit cannot change them.
    const inPlace = dependenciesKept ? inPlaceEditOf(model) : undefined;
    // A document it looked into changed what it shows others, no names moved: only the citations that may read it.
    const reused = !cached || !before ? undefined
      : !dependenciesKept ? (cached.identity !== signatures.identityGeneration ? undefined
        : cached.model === model ? reuseOwnTargets(model, before, resolve, this.unitChangesOf(cached))
        // Its own article renumbered: the citations that cannot read the change keep their resolution.
        : reuseAcrossUnitChange(model, cached.model, before, resolve, this.unitChangesOf(cached)))
      : cached.model === model ? reuseUnnamed(model, before, resolve)
      : inPlace && inPlace.previous === cached.model ? reuseResolutions(model, inPlace.previous, inPlace, before, resolve, namesMoved) : undefined;
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
    const entry: ResolvedEntry = { model, identity: signatures.identityGeneration, usesNames, dependencies };
    entry.packed = referencesRest(model) ? packResolutions(model, value) : undefined;
    if (entry.packed) this.keep(entry, value);
    else entry.value = value;
    this.entries.set(model.uri, entry);
    if (usesNames) this.usingNames.add(model.uri);
    else this.usingNames.delete(model.uri);
    return entry;
  }

  private valueOf(entry: ResolvedEntry): ResolvedReference[] {
    if (entry.value) return entry.value;
    const { firsts, statuses } = entry.packed as PackedResolutions;
    const targets = unpackTargets((entry.packed as PackedResolutions).targets);
    const references = entry.model.references;
    const value: ResolvedReference[] = new Array(references.length);
    for (let i = 0; i < references.length; i++) {
      value[i] = { reference: references[i], targets: targets.slice(firsts[i], firsts[i + 1]), status: STATUSES[statuses[i]] };
    }
    this.keep(entry, value);
    return value;
  }

  private keep(entry: ResolvedEntry, value: ResolvedReference[]): void {
    entry.value = value;
    this.materialised.push(entry);
    if (this.materialised.length > MATERIALISED_KEPT) (this.materialised.shift() as ResolvedEntry).value = undefined;
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

/** The resolutions packed, or undefined when one is not the plain `{ reference, targets, status }` of the model's citation in its place. */
function packResolutions(model: DocumentModel, value: ResolvedReference[]): PackedResolutions | undefined {
  const references = model.references;
  if (value.length !== references.length) return undefined;
  const targets: ResolvedTarget[] = [];
  const firsts = new Int32Array(value.length + 1);
  const statuses = new Uint8Array(value.length);
  for (let i = 0; i < value.length; i++) {
    const resolved = value[i];
    const status = STATUSES.indexOf(resolved.status);
    const keys = Object.keys(resolved);
    if (status < 0 || keys.length !== 3 || keys[0] !== 'reference' || keys[1] !== 'targets' || keys[2] !== 'status') return undefined;
    if (resolved.reference.index !== i || !Array.isArray(resolved.targets) || Object.getPrototypeOf(resolved) !== Object.prototype) return undefined;
    firsts[i] = targets.length;
    for (const target of resolved.targets) targets.push(target);
    statuses[i] = status;
  }
  firsts[value.length] = targets.length;
  return { targets: packTargets(targets), firsts, statuses };
}
