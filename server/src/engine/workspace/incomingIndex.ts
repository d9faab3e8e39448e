// Citations into each unit, from every document: updated one document at a time, by withdrawing
// what a document contributed last and adding what its current resolution contributes.
import type { ResolvedReference, ResolvedTarget } from '../resolve';
import type { DocumentStore } from './documentStore';

export interface IncomingReference {
  uri: string;
  resolved: ResolvedReference;
  target: ResolvedTarget;
  /** True when the unit is inside a cited range ("articles 2 through 11") rather than named. */
  viaRange: boolean;
}

export class IncomingIndex {
  private readonly index = new Map<string, IncomingReference[]>();
  /** What each document contributed last: its resolution then, and the keys it added to. */
  private readonly contributions = new Map<string, { value: unknown; keys: string[] }>();

  /**
   * Citations into a unit (or the document when unitId is ''), after bringing the index up to
   * date with `models` and their current resolutions.
   */
  incoming(documents: DocumentStore, resolved: (uri: string) => ResolvedReference[], documentId: string, unitId: string, includeRanges: boolean, stamp?: (uri: string) => unknown): IncomingReference[] {
    this.update(documents, resolved, stamp);
    // In document then text order, whatever order the documents were last edited in.
    const list = [...(this.index.get(`${documentId}#${unitId}`) ?? [])].sort(byPlace);
    return includeRanges ? list : list.filter((entry) => !entry.viaRange);
  }

  /** Brings the index up to date for the documents whose resolution changed, or that left. */
  private update(documents: DocumentStore, resolved: (uri: string) => ResolvedReference[], stamp?: (uri: string) => unknown): void {
    for (const uri of [...this.contributions.keys()]) {
      if (!documents.has(uri)) this.withdraw(uri);
    }
    for (const model of documents.values()) {
      // A resting document's resolutions are read back as new lists: what identifies them is the cache's entry.
      const value = stamp?.(model.uri) ?? resolved(model.uri);
      const contribution = this.contributions.get(model.uri);
      if (contribution?.value === value) continue;
      const resolutions = resolved(model.uri);
      if (contribution) this.withdraw(model.uri);
      const keys: string[] = [];
      const add = (key: string, entry: IncomingReference) => {
        const list = this.index.get(key);
        if (list) list.push(entry);
        else this.index.set(key, [entry]);
        keys.push(key);
      };
      for (const resolvedReference of resolutions) {
        for (const target of resolvedReference.targets) {
          if (target.status !== 'resolved' || !target.documentId || target.unitId === undefined) continue;
          add(`${target.documentId}#${target.unitId}`, { uri: model.uri, resolved: resolvedReference, target, viaRange: false });
          for (const covered of target.covered ?? []) {
            if (covered !== target.unitId) add(`${target.documentId}#${covered}`, { uri: model.uri, resolved: resolvedReference, target, viaRange: true });
          }
        }
      }
      this.contributions.set(model.uri, { value, keys });
    }
  }

  private withdraw(uri: string): void {
    const contribution = this.contributions.get(uri);
    if (!contribution) return;
    for (const key of new Set(contribution.keys)) {
      const list = this.index.get(key);
      if (!list) continue;
      const kept = list.filter((entry) => entry.uri !== uri);
      if (kept.length) this.index.set(key, kept);
      else this.index.delete(key);
    }
    this.contributions.delete(uri);
  }
}

function byPlace(a: IncomingReference, b: IncomingReference): number {
  return (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0) || a.resolved.reference.span.start - b.resolved.reference.span.start || a.target.span.start - b.target.span.start;
}
