// Comparing two definitions of one term, explainably: a word-level diff (longest common
// subsequence), then a grade — identical, wording only (punctuation, articles, connectives,
// spelling) or substantive (content words added or dropped) — and a one-line summary
// ("adds “electronic”; drops “any”") a drafter can check against both texts.

export type Grade = 'identical' | 'wording' | 'substantive';

export interface Comparison {
  grade: Grade;
  added: string[];
  dropped: string[];
  summary: string;
}

/** Words whose presence changes wording but not what is covered. */
const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'of', 'to', 'in', 'on', 'by', 'for', 'with', 'which', 'that', 'who', 'whom', 'whose', 'is', 'are', 'be', 'been',
  'and', 'or', 'its', 'their', 'such', 'this', 'these', 'those', 'as', 'at', 'from', 'it', 'shall', 'means', 'mean', 'includes', 'include',
  'le', 'la', 'les', 'un', 'une', 'des', 'de', 'du', 'et', 'ou', 'à', 'au', 'aux', 'en', 'par', 'pour', 'qui', 'que',
  'de', 'het', 'een', 'van', 'en', 'of', 'die', 'dat', 'in', 'op', 'door', 'voor', 'met',
  'el', 'los', 'las', 'del', 'y', 'o', 'que', 'con',
]);
/** Words that widen or narrow a definition when they appear or disappear. */
const QUANTIFIERS = new Set(['any', 'all', 'every', 'each', 'only', 'some', 'tout', 'toute', 'tous', 'toutes', 'ieder', 'iedere', 'elk', 'elke', 'cualquier', 'todo', 'toda']);

function words(text: string): string[] {
  return text.toLowerCase().replace(/[“”"'‘’«»„]/g, '').match(/[\p{L}\p{N}][\p{L}\p{N}-]*/gu) ?? [];
}

/** Longest common subsequence of two word lists, as index pairs. */
function lcs(a: string[], b: string[]): Array<[number, number]> {
  const n = a.length;
  const m = b.length;
  if (n * m > 400_000) return []; // very long bodies: compare as sets below
  const table: Uint16Array[] = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i][j] = a[i] === b[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  const pairs: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) { pairs.push([i, j]); i++; j++; }
    else if (table[i + 1][j] >= table[i][j + 1]) i++;
    else j++;
  }
  return pairs;
}

/** Compares `mine` (e.g. the law's definition body) with `reference` (the treaty's). */
export function compareDefinitions(mine: string, reference: string): Comparison {
  const a = words(mine);
  const b = words(reference);
  const common = lcs(a, b);
  const keptA = new Set(common.map(([i]) => i));
  const keptB = new Set(common.map(([, j]) => j));
  let added = a.filter((_, i) => !keptA.has(i));
  let dropped = b.filter((_, j) => !keptB.has(j));
  if (common.length === 0 && a.length && b.length) {
    const setA = new Set(a);
    const setB = new Set(b);
    added = a.filter((w) => !setB.has(w));
    dropped = b.filter((w) => !setA.has(w));
  }
  if (added.length === 0 && dropped.length === 0) {
    return { grade: 'identical', added, dropped, summary: 'the same words' };
  }
  const contentAdded = added.filter((w) => !FUNCTION_WORDS.has(w));
  const contentDropped = dropped.filter((w) => !FUNCTION_WORDS.has(w));
  const grade: Grade = contentAdded.length === 0 && contentDropped.length === 0 ? 'wording' : 'substantive';
  const parts: string[] = [];
  const list = (items: string[]) => unique(items).slice(0, 8).map((w) => `“${w}”`).join(', ') + (unique(items).length > 8 ? ', …' : '');
  if (added.length) parts.push(`adds ${list(grade === 'wording' ? added : contentAdded.length ? contentAdded : added)}`);
  if (dropped.length) parts.push(`drops ${list(grade === 'wording' ? dropped : contentDropped.length ? contentDropped : dropped)}`);
  const droppedQuantifier = dropped.find((w) => QUANTIFIERS.has(w));
  if (droppedQuantifier && contentAdded.length) parts.push(`narrower: “${droppedQuantifier}” replaced by a qualified term`);
  else if (contentAdded.length && !contentDropped.length) parts.push('possibly narrower (adds qualifying words)');
  else if (contentDropped.length && !contentAdded.length) parts.push('possibly wider (drops qualifying words)');
  return { grade, added, dropped, summary: parts.join('; ') };
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}
