// Provisions of another instrument set out in this one under a heading that credits them: Justice Canada's consolidated
// Acts end with "## RELATED PROVISIONS" and "## AMENDMENTS NOT IN FORCE", where "### — 2009, c. 2, s. 440" (the amending
// Act's chapter and section) comes before "### 440 Agreements or arrangements …" and that section's text. The section is
// the amending Act's, not this Act's: it numbers no unit of this document, and its "section 410", "this Act" are the
// amending Act's. A credit is a heading of a dash and a citation of another instrument's provision and nothing before it
// (the citation grammar reads "2009, c. 2, s. 440" as section 440 of "2009, c. 2"); what it credits runs to the next
// credit or the next heading above its level.
import type { DocumentModel } from './document';
import { parseReferences } from './references/grammar';
import { detached } from './text';
import { oncePerVersion } from './treeKeyed';

export interface CreditedRegion {
  /** From the credit heading's first "#" to where the next credit or a heading above its level begins. */
  start: number;
  end: number;
  /** The heading's text after the dash: "2009, c. 2, s. 440". */
  credit: string;
  /** The instrument the credit names: "2009, c. 2". */
  instrument: string;
}

/** A heading line that opens with a dash: the only lines a credit can be. */
const DASHED_HEADING = /^ {0,3}(#{1,6})[ \t]+[—–-][ \t]*(\S[^\n]*?)[ \t#]*$/gm;
/** A dash right after a heading's hashes, anywhere. */
const DASHED_HEADING_ANYWHERE = /#[ \t]+[—–-]/;
/** Any heading line: where a credited region may end. */
const HEADING_LINE = /^ {0,3}(#{1,6})[ \t]/gm;

/** The instrument a heading's text credits ("— 1999, c. 2, ss. 38 to 40" → "1999, c. 2"), or undefined. */
export function creditedInstrument(afterDash: string): string | undefined {
  if (!/\d/.test(afterDash) || afterDash.length > 200) return undefined;
  const first = parseReferences(afterDash)[0];
  return first && first.anchor.kind === 'instrument' && first.anchor.span.start === 0 && first.anchor.span.end < first.span.start ? first.anchor.name : undefined;
}

/** The credited regions of a text, in order. */
export function findCreditedRegions(text: string): CreditedRegion[] {
  const regions: CreditedRegion[] = [];
  // most texts have no dashed heading at all: one quick look before reading every line start
  if (!DASHED_HEADING_ANYWHERE.test(text)) return regions;
  DASHED_HEADING.lastIndex = 0;
  for (let match = DASHED_HEADING.exec(text); match; match = DASHED_HEADING.exec(text)) {
    const instrument = creditedInstrument(match[2]);
    if (!instrument) continue;
    const depth = match[1].length;
    let end = text.length;
    HEADING_LINE.lastIndex = match.index + match[0].length;
    for (let next = HEADING_LINE.exec(text); next; next = HEADING_LINE.exec(text)) {
      if (next[1].length >= depth && !isCredit(text, next.index)) continue;
      end = next.index;
      break;
    }
    // copies: a slice of the text would keep the whole text of a resting document alive
    regions.push({ start: match.index, end, credit: detached(match[2]), instrument: detached(instrument) });
    // the next credit is read from where this region ends: every heading line is read once
    DASHED_HEADING.lastIndex = Math.max(DASHED_HEADING.lastIndex, end);
  }
  return regions;
}

/** A credit heading's line at `lineStart`. */
const DASHED_HEADING_AT = new RegExp(DASHED_HEADING.source, 'my');

function isCredit(text: string, lineStart: number): boolean {
  DASHED_HEADING_AT.lastIndex = lineStart;
  const match = DASHED_HEADING_AT.exec(text);
  return !!match && creditedInstrument(match[2]) !== undefined;
}

const regionsOf: (model: DocumentModel) => readonly CreditedRegion[] = oncePerVersion((model) => findCreditedRegions(model.text));

/** The credited region of a document holding `offset`, if any (the document's regions are read once per version). */
export function creditedRegionAt(model: DocumentModel, offset: number): CreditedRegion | undefined {
  const regions = regionsOf(model);
  for (const region of regions) {
    if (region.start > offset) return undefined;
    if (offset < region.end) return region;
  }
  return undefined;
}
