// What other documents can see of each document, and version numbers that move when it changes.
// A document's signature (id, relations, units, definitions) decides whether an edit can alter
// other documents' analysis; its identity (the names others find it by) decides whether
// citations that named an instrument may resolve anew.
import type { DocumentModel } from '../document';

export class Signatures {
  private readonly signatures = new Map<string, string>();
  private readonly identities = new Map<string, string>();
  /** Per document id: bumped when what others see of it (units, definitions, relations) changes. */
  private readonly versions = new Map<string, number>();
  private identityGenerationValue = 0;

  /** Bumped when documents appear, disappear or change their names: instrument names may resolve anew. */
  get identityGeneration(): number {
    return this.identityGenerationValue;
  }

  /** The signature version of a document id (0 when it never changed). */
  versionOf(id: string): number {
    return this.versions.get(id) ?? 0;
  }

  /** Records a document's new model. Returns true when its signature changed. */
  record(model: DocumentModel, previous: DocumentModel | undefined): boolean {
    const signature = signatureOf(model);
    let changed = false;
    if (this.signatures.get(model.uri) !== signature) {
      this.signatures.set(model.uri, signature);
      changed = true;
      this.bump(model.id);
      if (previous && previous.id !== model.id) this.bump(previous.id);
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
    this.signatures.delete(previous.uri);
    this.identities.delete(previous.uri);
    this.identityGenerationValue++;
    this.bump(previous.id);
  }

  private bump(id: string): void {
    this.versions.set(id, this.versionOf(id) + 1);
  }
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
