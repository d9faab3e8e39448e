// What other documents can see of each document, and version numbers that move when it changes.
// A document's signature (id, relations, units, definitions) decides whether an edit can alter
// other documents' analysis; its identity (the names others find it by) decides whether
// citations that named an instrument may resolve anew.
import type { DocumentModel } from '../document';
import { pieceKey } from '../folderSiblings';
import { EVERY_DOCUMENT } from '../resolve';
import { combined, unitChange, type UnitChange } from './unitChanges';

/** How many versions back a document's unit changes are remembered. */
const CHANGES_KEPT = 8;

export class Signatures {
  /** Per uri: the two parts of its signature, the unit ids and the rest (`termsSignatureOf`). */
  private readonly unitSignatures = new Map<string, string>();
  private readonly identities = new Map<string, string>();
  private readonly termSignatures = new Map<string, string>();
  /** Per document id: bumped when what others see of it (units, definitions, relations) changes. */
  private readonly versions = new Map<string, number>();
  /** Per document id: bumped when what others see of it changes, its units aside (a renumbered article). */
  private readonly termVersions = new Map<string, number>();
  /** Per document id: version → what that version changed in its units, when only their numbers and ids moved (unitChanges.ts). */
  private readonly unitChanges = new Map<string, Map<number, UnitChange>>();
  private identityGenerationValue = 0;

  /** Bumped when documents appear, disappear or change their names: instrument names may resolve anew. */
  get identityGeneration(): number {
    return this.identityGenerationValue;
  }

  /** The signature version of a document id (0 when it never changed). */
  versionOf(id: string): number {
    return this.versions.get(id) ?? 0;
  }

  /**
   * The terms version of a document id: like `versionOf`, but it stays when only units changed.
   * Other documents' term matchers are built from definitions and relations, never from units.
   */
  termsVersionOf(id: string): number {
    return this.termVersions.get(id) ?? 0;
  }

  /** Records a document's new model. Returns true when its signature changed. */
  record(model: DocumentModel, previous: DocumentModel | undefined): boolean {
    // The signature is the terms part and the unit ids, kept apart (each compared on its own).
    const terms = termsSignatureOf(model);
    const units = model.units.map((unit) => unit.id).join('\u0001');
    const termsChanged = this.termSignatures.get(model.uri) !== terms;
    const changed = termsChanged || this.unitSignatures.get(model.uri) !== units;
    if (changed) {
      this.unitSignatures.set(model.uri, units);
      this.bump(this.versions, model.id);
      if (previous && previous.id !== model.id) this.bump(this.versions, previous.id);
      const change = previous && !termsChanged && previous.uri === model.uri && previous.id === model.id ? unitChange(previous, model) : undefined;
      if (change) this.recordChange(model.id, change);
      this.bump(this.versions, EVERY_DOCUMENT);
    }
    if (termsChanged) {
      this.termSignatures.set(model.uri, terms);
      this.bump(this.termVersions, model.id);
      if (previous && previous.id !== model.id) this.bump(this.termVersions, previous.id);
    }
    const identity = identityOf(model);
    if (this.identities.get(model.uri) !== identity) {
      this.identities.set(model.uri, identity);
      this.identityGenerationValue++;
    }
    return changed;
  }

  /** A document left the workspace. */
  forget(previous: DocumentModel): void {
    this.unitSignatures.delete(previous.uri);
    this.termSignatures.delete(previous.uri);
    this.identities.delete(previous.uri);
    this.identityGenerationValue++;
    this.bump(this.versions, previous.id);
    this.bump(this.versions, EVERY_DOCUMENT);
    this.bump(this.termVersions, previous.id);
  }

  /**
   * What document `id`'s units changed since its version `from`, when every version since was an
   * edit of the same document that kept its units in place (undefined otherwise).
   */
  unitChangesSince(id: string, from: number): UnitChange | undefined {
    const now = this.versionOf(id);
    if (now - from > CHANGES_KEPT || now <= from) return undefined;
    const records = this.unitChanges.get(id);
    const changes: Array<UnitChange | undefined> = [];
    for (let version = from + 1; version <= now; version++) changes.push(records?.get(version));
    return combined(changes);
  }

  private recordChange(id: string, change: UnitChange): void {
    const version = this.versionOf(id);
    let records = this.unitChanges.get(id);
    if (!records) this.unitChanges.set(id, (records = new Map()));
    records.set(version, change);
    records.delete(version - CHANGES_KEPT);
  }

  private bump(versions: Map<string, number>, id: string): void {
    versions.set(id, (versions.get(id) ?? 0) + 1);
  }
}

/** The names by which other documents find a document. */
function identityOf(model: DocumentModel): string {
  const fm = model.frontMatter;
  // A file of one article, kept beside others of its code, is found by that article's number (folderSiblings.ts).
  return [model.id, model.title, fm.shortTitle ?? '', fm.aliases.join('|'), String(fm.raw.collection ?? ''), pieceKey(model) ?? ''].join('\u0001');
}

/**
 * What other documents can see of a document, its units aside: its identity, relations and
 * definitions. The signature (`record`) is this and the unit ids.
 */
function termsSignatureOf(model: DocumentModel): string {
  const fm = model.frontMatter;
  const parts = [model.id, model.title, model.type, model.language, fm.aliases.join('|'), fm.implements.join('|'), fm.incorporates.join('|'),
    fm.supplements.join('|'), fm.translationOf ?? '', fm.annotates ?? '', String(fm.raw.collection ?? '')];
  // Everything that decides which definition governs a use in another document, and how it reads.
  for (const d of model.definitions) parts.push(`${d.key}=${d.term}=${d.body}@${d.unitId}/${d.scope.kind}:${d.scope.unitId ?? ''}/${d.style}`);
  return parts.join('\u0001');
}
