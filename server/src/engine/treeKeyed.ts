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

/**
 * Something per unit of one version of a document. Keyed by the model first: a unit can live on in
 * the next versions of a document being typed in, and a value that named the model it was read in
 * would keep that old version alive.
 */
export class UnitKeyedCache<T> {
  private readonly byModel = new WeakMap<DocumentModel, WeakMap<Unit, T>>();

  get(model: DocumentModel, unit: Unit): T | undefined {
    return this.byModel.get(model)?.get(unit);
  }

  set(model: DocumentModel, unit: Unit, value: T): void {
    let byUnit = this.byModel.get(model);
    if (!byUnit) this.byModel.set(model, (byUnit = new WeakMap()));
    byUnit.set(unit, value);
  }
}

/**
 * A fact read from one version of a document's text, computed once per version (an absent fact is kept too). Only for what the
 * text alone decides: a model's value lives as long as the model.
 */
export function oncePerVersion<T>(compute: (model: DocumentModel) => T): (model: DocumentModel) => T {
  const known = new WeakMap<DocumentModel, { value: T }>();
  return (model) => {
    let found = known.get(model);
    if (!found) known.set(model, (found = { value: compute(model) }));
    return found.value;
  };
}
