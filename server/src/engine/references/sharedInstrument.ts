// An enumeration of citations that names its instrument once, after the last of them:
//   "des articles 217 et 219, du deuxième alinéa de l'article 397, de l'article 417, … ou de l'article 494-10 du code civil"
// Each item is read as a citation of its own (its words differ: "du … de l'article", "de l'article"), so only the last would
// carry "du code civil"; the others would be read as this document's units. Items joined by the same preposition, with
// nothing but commas and "et" / "ou" between them, are one list, and the instrument named after it is theirs.
import type { ParsedReference } from './types';

/** The words between two items of one enumeration, by family of the preposition repeated before each item. */
export interface EnumerationJoins {
  /** Each pattern matches the whole gap between two citations of one list (one family of prepositions). */
  families: RegExp[];
}

/** Words after an item's comma that give the name after them to items before it: `pair` the one before, `all` the whole list. */
export interface DistributiveWords {
  pair: string[];
  all: string[];
}

/** The longest gap between two items of one list ("ainsi que de l'", ", et des "). */
const MAX_JOIN_LENGTH = 24;

/** Fewest items for a list to share the name after it: "de l'article 5 et de l'article 7 de la loi" may cite this law's article 5. */
const MIN_ITEMS = 3;

/** An article number led by a code's part letter ("L171-3", "R331-3"): a code's own numbering, never another law's "5". */
const CODE_PART = /^[LRDA]\*?\d/;

/**
 * The citations with the instrument named after the last item of an enumeration given to the items before it that name none.
 * `refs` are in text order, spans relative to `text`.
 */
export function shareTrailingInstrument(found: ParsedReference[], text: string, joins: EnumerationJoins, offset = 0, distributive?: DistributiveWords): ParsedReference[] {
  const refs = distributive ? shareByDistributiveWord(found, text, joins, offset, distributive) : found;
  if (refs.length < MIN_ITEMS) return refs;
  let out: ParsedReference[] | undefined;
  let first = 0;
  while (first < refs.length - 1) {
    const family = familyOf(refs[first], refs[first + 1], text, joins, offset);
    if (family < 0) {
      first++;
      continue;
    }
    let last = first + 1;
    while (last + 1 < refs.length && refs[last].anchor.kind === 'none' && familyOf(refs[last], refs[last + 1], text, joins, offset) === family) last++;
    const named = refs[last];
    const items = refs.slice(first, last);
    if (last - first + 1 >= MIN_ITEMS && named.anchor.kind === 'instrument' && items.every((ref) => ref.anchor.kind === 'none') && oneNumbering(refs.slice(first, last + 1))) {
      out ??= refs.slice();
      for (let k = first; k < last; k++) out[k] = { ...refs[k], anchor: named.anchor };
    }
    first = last;
  }
  return out ?? refs;
}

/**
 * "el inciso a) del artículo 12 y el inciso 2) del artículo 13, ambos del Estatuto": the name after "ambos" is the item's before it
 * too ("todos": every item of the enumeration, joined as joins' families say), where those name none of their own.
 */
function shareByDistributiveWord(refs: ParsedReference[], text: string, joins: EnumerationJoins, offset: number, words: DistributiveWords): ParsedReference[] {
  let out: ParsedReference[] | undefined;
  for (let k = 1; k < refs.length; k++) {
    const named = refs[k];
    if (named.anchor.kind !== 'instrument') continue;
    const between = /^\s*,\s*(\p{L}+)\s/u.exec(text.slice(lastTargetEnd(named) - offset, named.anchor.span.start - offset))?.[1]?.toLowerCase();
    const reach = between && words.pair.includes(between) ? 1 : between && words.all.includes(between) ? Infinity : 0;
    for (let back = k - 1, count = 0; back >= 0 && count < reach; back--, count++) {
      if (refs[back].anchor.kind !== 'none' || familyOf(refs[back], refs[back + 1], text, joins, offset) < 0) break;
      out ??= refs.slice();
      out[back] = { ...refs[back], anchor: named.anchor };
    }
  }
  return out ?? refs;
}

/** Where the last cited number of a citation ends (its anchor's words come after). */
function lastTargetEnd(ref: ParsedReference): number {
  let end = ref.span.start;
  for (const target of ref.targets) for (const step of [...target.path, ...(target.through ?? [])]) end = Math.max(end, step.span.end);
  return end;
}

/** The family of the words between two citations, or -1 when they are not items of one list. */
function familyOf(before: ParsedReference, after: ParsedReference, text: string, joins: EnumerationJoins, offset: number): number {
  const from = before.span.end - offset;
  const to = after.span.start - offset;
  if (to - from > MAX_JOIN_LENGTH) return -1;
  const gap = text.slice(from, to);
  return joins.families.findIndex((family) => family.test(gap));
}

/** Whether the articles cited all number alike: a code's "L. 121-1" and a law's "article 5" are not of one instrument. */
function oneNumbering(refs: ParsedReference[]): boolean {
  let coded: boolean | undefined;
  for (const ref of refs) {
    for (const target of ref.targets) {
      const article = target.path.find((step) => step.kind === 'article');
      if (!article) continue;
      const isCoded = CODE_PART.test(article.number);
      if (coded === undefined) coded = isCoded;
      else if (coded !== isCoded) return false;
    }
  }
  return true;
}
