// A cache of something per document that holds its units. Keyed by the model alone it would hold
// a resting document's unit tree for as long as the model lives, though the tree is packed and
// built again once nothing holds it (restingText.ts). Keyed by the tree's root, then by the model,
// it lives as long as the tree does: a tree built again starts with an empty cache and never meets
// the units of the one before.
import type { DocumentModel } from './document';
import type { Unit } from './model';

export class TreeKeyedCache<T> {
  private readonly byRoot = new WeakMap<Unit, WeakMap<DocumentModel, T>>();

  get(model: DocumentModel): T | undefined {
    return this.byRoot.get(model.root)?.get(model);
  }

  set(model: DocumentModel, value: T): void {
    let byModel = this.byRoot.get(model.root);
    if (!byModel) this.byRoot.set(model.root, (byModel = new WeakMap()));
    byModel.set(model, value);
  }
}
