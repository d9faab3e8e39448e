// Comparing two definitions of one term, explainably: a word-level diff (longest common
// subsequence), then a grade — identical, wording only (punctuation, articles, connectives,
// spelling) or substantive (content words added or dropped) — and a one-line summary
// ("adds “electronic”; drops “any”") a drafter can check against both texts.

import { truncateAtWord } from '../text';
import { FUNCTION_WORDS } from '../functionWords';

export type Grade = 'identical' | 'wording' | 'substantive';

export interface Comparison {
  grade: Grade;
  added: string[];
  dropped: string[];
  summary: string;
}

/** Words that widen or narrow a definition when they appear or disappear. */
const QUANTIFIERS = new Set(['any', 'all', 'every', 'each', 'only', 'some', 'tout', 'toute', 'tous', 'toutes', 'ieder', 'iedere', 'elk', 'elke', 'cualquier', 'todo', 'toda']);

/**
 * A list marker standing alone: "(a)", "(ii)", "b)", "i.", "(1)", "’1’" — a position in a list, not
 * a word of the definition. After a start, a space or list punctuation only, and before a space.
 */
const ROMAN = '(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})';
const MARKER = new RegExp(`(?<=^|[\\s:;,—–-])(?:\\(\\s*(?:[a-z]{1,2}|${ROMAN}|\\d{1,3})\\s*\\)|(?:[a-z]|${ROMAN})[.)]|\\d{1,3}\\)|’\\d{1,3}’)(?=\\s|$)`, 'giu');

function words(text: string): string[] {
  const found = text.toLowerCase().replace(MARKER, ' ').replace(/[“”"'‘’«»„]/g, '').match(/[\p{L}\p{N}][\p{L}\p{N}\u00ad-]*/gu) ?? [];
  // A hyphen (or soft hyphen) inside a word is a line-break artefact or a spelling: "com-munication" is "communication".
  return found.map((word) => word.replace(/[-\u00ad]/g, '')).filter(Boolean);
}

interface Limb {
  marker: string;
  text: string;
}

/** The limbs of a definition ("(i) any public … entity, and (ii) any other entity …"), after its lead-in. */
function limbsOf(text: string): { lead: string; limbs: Limb[] } {
  const limbs: Limb[] = [];
  let lead = text;
  let last: { marker: string; end: number } | undefined;
  MARKER.lastIndex = 0;
  for (let match = MARKER.exec(text); match; match = MARKER.exec(text)) {
    if (last) limbs.push({ marker: last.marker, text: text.slice(last.end, match.index) });
    else lead = text.slice(0, match.index);
    last = { marker: match[0], end: match.index + match[0].length };
  }
  if (last) limbs.push({ marker: last.marker, text: text.slice(last.end) });
  return { lead, limbs };
}

function overlap(a: string[], b: string[]): number {
  const setB = new Set(b.filter((w) => !FUNCTION_WORDS.has(w)));
  const contentA = a.filter((w) => !FUNCTION_WORDS.has(w));
  if (contentA.length === 0 || setB.size === 0) return 0;
  const shared = new Set(contentA.filter((w) => setB.has(w))).size;
  return shared / Math.max(new Set(contentA).size, setB.size);
}

/** An exception limb ("(B) does not include …") narrows what the limbs before it cover. */
const EXCEPTION = /^\s*(?:does\s+not\s+include|do\s+not\s+include|shall\s+not\s+include|excludes?|but\s+(?:does|shall)\s+not|other\s+than|except|ne\s+comprend\s+pas|omvat\s+niet)\b/i;
/** A lead-in ending in "who", "which", "if" … joins its limbs as conditions, all of which must be met when joined by "and". */
const CONDITION_LEAD = /\b(?:who|which|that|if|where|when|whereby|whom|qui|que|lorsque|si|die|dat|indien|wer|der|die|das|wenn)\s*[—–:-]?\s*$/i;

/**
 * What dropping or adding whole limbs does to what the definition covers. Limbs are matched by
 * their content words; a limb of one text with no counterpart in the other was dropped or added.
 * Alternatives ("(i) any public entity …, and (ii) any other entity …": each limb adds things
 * covered) make the definition narrower when one is dropped and wider when one is added; cumulative
 * conditions ("who (A) uses …; and (B) is duly authorized") and exceptions ("(B) does not include")
 * the other way round.
 */
function limbChanges(mine: string, reference: string): string[] {
  const a = limbsOf(mine);
  const b = limbsOf(reference);
  // A text without markers is one limb ("any public or private entity …" against "(i) … and (ii) …").
  for (const side of [a, b]) if (side.limbs.length === 0) { side.limbs.push({ marker: '', text: side.lead }); side.lead = ''; }
  if (a.limbs.length + b.limbs.length < 3) return [];
  const wordsA = a.limbs.map((limb) => words(limb.text));
  const wordsB = b.limbs.map((limb) => words(limb.text));
  const used = new Set<number>();
  const matchedB = new Set<number>();
  wordsB.forEach((wb, j) => {
    let best = -1;
    let bestScore = 0.34;
    wordsA.forEach((wa, i) => {
      const score = overlap(wa, wb);
      if (!used.has(i) && score > bestScore) { best = i; bestScore = score; }
    });
    if (best >= 0) { used.add(best); matchedB.add(j); }
  });
  const conditions = (limbs: Limb[], lead: string) => CONDITION_LEAD.test(lead) && limbs.some((limb) => /[;,]\s*and\s*$/i.test(limb.text)) && !limbs.some((limb) => /[;,]\s*or\s*$/i.test(limb.text));
  const out: string[] = [];
  const describe = (limb: Limb) => {
    const text = limb.text.replace(/\s+/g, ' ').trim().replace(/(?:[;,]\s*)?\b(?:and|or|but)$/i, '').replace(/[\s.;,]+$/, '');
    return `${limb.marker ? limb.marker + ' ' : ''}“${truncateAtWord(text, 60)}”`;
  };
  b.limbs.forEach((limb, j) => {
    if (matchedB.has(j)) return;
    const narrows = EXCEPTION.test(limb.text) || conditions(b.limbs, b.lead);
    out.push(`drops limb ${describe(limb)}: ${narrows ? 'wider' : 'narrower'}`);
  });
  a.limbs.forEach((limb, i) => {
    if (used.has(i)) return;
    const narrows = EXCEPTION.test(limb.text) || conditions(a.limbs, a.lead);
    out.push(`adds limb ${describe(limb)}: ${narrows ? 'narrower' : 'wider'}`);
  });
  return out;
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
  const limbs = grade === 'substantive' ? limbChanges(mine, reference) : [];
  const droppedQuantifier = dropped.find((w) => QUANTIFIERS.has(w));
  if (limbs.length) parts.push(...limbs);
  else if (droppedQuantifier && contentAdded.length) parts.push(`narrower: “${droppedQuantifier}” replaced by a qualified term`);
  else if (contentAdded.length && !contentDropped.length) parts.push('possibly narrower (adds qualifying words)');
  else if (contentDropped.length && !contentAdded.length) parts.push('possibly wider (drops qualifying words)');
  return { grade, added, dropped, summary: parts.join('; ') };
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}
