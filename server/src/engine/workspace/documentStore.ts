// The documents of a workspace, by URI, and the URIs that claim each document id.
import type { DocumentModel } from '../document';

export class DocumentStore {
  private readonly models = new Map<string, DocumentModel>();
  /** Document id → the URIs that claim it, first claimed first (a duplicate id keeps the first). */
  private readonly ids = new Map<string, string[]>();
  /** URI → its place in iteration order (a replaced model keeps its place, as in the Map). */
  private readonly places = new Map<string, number>();
  private nextPlace = 0;
  /** The models in iteration order, shared until a document is set or removed. */
  private list: readonly DocumentModel[] | undefined;

  get(uri: string): DocumentModel | undefined {
    return this.models.get(uri);
  }

  has(uri: string): boolean {
    return this.models.has(uri);
  }

  /** Stores a document's current model, replacing its previous one (and the id that one claimed). */
  put(model: DocumentModel, previous: DocumentModel | undefined): void {
    if (previous) this.releaseId(previous.id, model.uri);
    if (!this.models.has(model.uri)) this.places.set(model.uri, this.nextPlace++);
    this.models.set(model.uri, model);
    this.list = undefined;
    const claims = this.ids.get(model.id);
    // Pushed, not copied: a thousand README.md files all claim "README".
    if (claims) claims.push(model.uri);
    else this.ids.set(model.id, [model.uri]);
  }

  remove(previous: DocumentModel): void {
    this.models.delete(previous.uri);
    this.places.delete(previous.uri);
    this.list = undefined;
    this.releaseId(previous.id, previous.uri);
  }

  /** The document with this id: the first that declares it in its front matter, else the first whose file is so named. */
  byId(id: string): DocumentModel | undefined {
    const uris = this.ids.get(id);
    if (!uris) return undefined;
    if (uris.length > 1) {
      for (const uri of uris) {
        const model = this.models.get(uri);
        if (model?.frontMatter.id === id) return model;
      }
    }
    return this.models.get(uris[0]);
  }

  /** Other documents that claim the same id as `model`. */
  sameId(model: DocumentModel): DocumentModel[] {
    return (this.ids.get(model.id) ?? []).filter((uri) => uri !== model.uri).map((uri) => this.models.get(uri)).filter((m): m is DocumentModel => !!m);
  }

  values(): IterableIterator<DocumentModel> {
    return this.models.values();
  }

  /** Every model, in iteration order: one array shared by all callers until the next change (never mutate it). */
  all(): readonly DocumentModel[] {
    return (this.list ??= [...this.models.values()]);
  }

  /** The models of these URIs, in iteration order (as a filter over `all()` would give them). */
  inOrder(uris: Iterable<string>): DocumentModel[] {
    const out: DocumentModel[] = [];
    for (const uri of uris) {
      const model = this.models.get(uri);
      if (model) out.push(model);
    }
    const places = this.places;
    return out.length > 1 ? out.sort((a, b) => (places.get(a.uri) as number) - (places.get(b.uri) as number)) : out;
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
