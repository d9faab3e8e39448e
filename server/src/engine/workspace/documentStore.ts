// The documents of a workspace, by URI, and the URIs that claim each document id.
import type { DocumentModel } from '../document';

export class DocumentStore {
  private readonly models = new Map<string, DocumentModel>();
  /** Document id → the URIs that claim it, first claimed first (a duplicate id keeps the first). */
  private readonly ids = new Map<string, string[]>();

  get(uri: string): DocumentModel | undefined {
    return this.models.get(uri);
  }

  has(uri: string): boolean {
    return this.models.has(uri);
  }

  /** Stores a document's current model, replacing its previous one (and the id that one claimed). */
  put(model: DocumentModel, previous: DocumentModel | undefined): void {
    if (previous) this.releaseId(previous.id, model.uri);
    this.models.set(model.uri, model);
    this.ids.set(model.id, [...(this.ids.get(model.id) ?? []), model.uri]);
  }

  remove(previous: DocumentModel): void {
    this.models.delete(previous.uri);
    this.releaseId(previous.id, previous.uri);
  }

  byId(id: string): DocumentModel | undefined {
    const uris = this.ids.get(id);
    return uris ? this.models.get(uris[0]) : undefined;
  }

  /** Other documents that claim the same id as `model`. */
  sameId(model: DocumentModel): DocumentModel[] {
    return (this.ids.get(model.id) ?? []).filter((uri) => uri !== model.uri).map((uri) => this.models.get(uri)).filter((m): m is DocumentModel => !!m);
  }

  values(): IterableIterator<DocumentModel> {
    return this.models.values();
  }

  get size(): number {
    return this.models.size;
  }

  private releaseId(id: string, uri: string): void {
    const uris = (this.ids.get(id) ?? []).filter((u) => u !== uri);
    if (uris.length) this.ids.set(id, uris);
    else this.ids.delete(id);
  }
}
