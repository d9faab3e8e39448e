// A copy cut short: a converter that stopped partway (legalize-ch's Swiss Criminal Code ends at Art. 64; a processed EU AI Act
// at Article 96) leaves a text whose own citations name many articles past its last. Counted on what resolution left
// unexplained (a citation of another Act, named earlier in its sentence, is that Act's and does not count), so a law set out
// whole that cites the sections of the Acts it modifies is not read as cut short.
import type { DocumentModel } from '../document';
import { heldNumbers, leadingValue } from '../headingLists';
import { FEWEST_NUMBERS_HELD } from '../codeNumberGaps';
import type { ResolvedReference, ResolvedTarget } from '../resolve';

/** How many distinct numbers past its end a text must cite, unexplained, to be read as cut short ("article 99" once is a slip). */
const CUT_SHORT_CITED = 3;

export interface CutShort {
  /** The targets not found that stand past the end. */
  targets: Set<ResolvedTarget>;
  kind: 'article' | 'section';
  /** The document's last number of that kind, how many distinct numbers past it are cited, and the highest. */
  last: number;
  count: number;
  highest: number;
}

/** The citations of `model` past its last article (or section) that nothing explains, when there are enough to say it is cut short. */
export function citedPastTheEnd(model: DocumentModel, resolutions: readonly ResolvedReference[]): CutShort | undefined {
  for (const kind of ['article', 'section'] as const) {
    const { max: last, count } = heldNumbers(model, kind);
    if (!Number.isFinite(last) || count < FEWEST_NUMBERS_HELD) continue;
    const values = new Set<number>();
    const targets = new Set<ResolvedTarget>();
    for (const resolved of resolutions) {
      if (resolved.status !== 'unresolved' || resolved.reference.anchor.kind !== 'none') continue;
      resolved.targets.forEach((target, k) => {
        const step = resolved.reference.targets[k]?.path[0];
        if (target.status !== 'unresolved' || target.documentId !== model.id || step?.kind !== kind) return;
        const value = leadingValue(step.number);
        if (value === undefined || value <= last) return;
        values.add(value);
        targets.add(target);
      });
    }
    if (values.size >= CUT_SHORT_CITED) return { targets, kind, last, count: values.size, highest: Math.max(...values) };
  }
  return undefined;
}
