// Results of a document's checks that depend only on its own text and on what its term matchers
// are built from (its memo generation) and the names documents go by: kept for a document nobody
// is typing in, across workspace generation moves that change neither. A structural edit (an
// article renumbered) moves the generation; its dependants' terminology is then read from here
// instead of being tokenised and matched afresh. Held per model (weakly): a new version of the
// document starts empty. Values must be plain data (no models: they are walked to copy strings).
import type { DocumentModel } from '../document';
import { someTextsRest } from '../restingText';
import { detachStrings } from '../text';

interface Kept {
  key: string;
  values: Map<string, unknown>;
}

/** Results read from here or computed, counted for the tests (they must see both). */
export const keptStats = { reused: 0, computed: 0 };

export class KeptResults {
  private readonly byModel = new WeakMap<DocumentModel, Kept>();

  /** The result named `name` for the document, computed while `key` is what it was. */
  get<T>(model: DocumentModel, key: string, name: string, compute: () => T): T {
    let kept = this.byModel.get(model);
    if (!kept || kept.key !== key) this.byModel.set(model, (kept = { key, values: new Map() }));
    if (kept.values.has(name)) {
      keptStats.reused++;
      return kept.values.get(name) as T;
    }
    keptStats.computed++;
    const value = compute();
    // Words cut from a resting document's text would keep the whole text alive: copies.
    if (someTextsRest() && value !== null && typeof value === 'object') detachStrings(value);
    kept.values.set(name, value);
    return value;
  }
}
