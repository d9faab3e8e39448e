// Matching defined terms in running text: word tokens, normalised so that plural and case
// variants meet ("computer systems" → "computer system"), Arabic with its attached
// prefixes ("وبيانات" → "بيانات"), Chinese character by character. Longest match first.
import type { Span } from './model';

export interface Token {
  /** Normalised forms this token can stand for (more than one for Arabic prefixes). */
  forms: string[];
  start: number;
  end: number;
}

const ARABIC = /[\u0600-\u06ff]/;
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;
const normalisedCache = new Map<string, string>();

/** One word's matching form: lower case, singular, Arabic letters unified, "ال" dropped. */
export function normaliseWord(word: string): string {
  const cached = normalisedCache.get(word);
  if (cached !== undefined) return cached;
  let form = word.toLowerCase().replace(/[’']/g, "'");
  if (ARABIC.test(form)) {
    form = form.replace(/[\u064b-\u065f\u0670\u0640]/g, '');
    if (form.startsWith('ال') && form.length > 3) form = form.slice(2);
    form = form.replace(/[أإآ]/g, 'ا').replace(/ة/g, 'ه').replace(/ى/g, 'ي');
  } else if (form.length > 3) {
    if (/[^aeiou]ies$/.test(form)) form = form.slice(0, -3) + 'y';
    else if (/(?:sses|xes|ches|shes)$/.test(form)) form = form.slice(0, -2);
    else if (/[^su]s$/.test(form) && !/(?:ss|us|is)$/.test(form)) form = form.slice(0, -1);
  }
  if (normalisedCache.size > 200_000) normalisedCache.clear();
  normalisedCache.set(word, form);
  return form;
}

const ARABIC_PREFIXES = ['و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فب', 'فل', 'وك'];

function arabicForms(word: string): string[] {
  const forms = new Set<string>([normaliseWord(word)]);
  for (const prefix of ARABIC_PREFIXES) {
    if (word.startsWith(prefix) && word.length - prefix.length >= 3) {
      const rest = word.slice(prefix.length);
      forms.add(normaliseWord(rest));
      // "لل" is "ل" + "ال" with the alif dropped: "للبيانات" = "ل" + "البيانات".
      if (rest.startsWith('ل') && prefix.endsWith('ل')) forms.add(normaliseWord('ا' + rest));
    }
  }
  if (word.startsWith('لل') && word.length > 4) forms.add(normaliseWord('ا' + word.slice(1)));
  return [...forms];
}

function isWordChar(code: number, char: string): boolean {
  if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true;
  if (code < 128) return false;
  return /[\p{L}\p{N}\p{M}]/u.test(char);
}

/** Splits text into word tokens (CJK characters one by one), with offsets. */
export function tokenize(text: string, offset = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  let i = offset;
  while (i < end) {
    const code = text.charCodeAt(i);
    const char = text[i];
    if (!isWordChar(code, char)) { i++; continue; }
    if (code >= 0x3040 && CJK.test(char)) {
      tokens.push({ forms: [char], start: i, end: i + 1 });
      i++;
      continue;
    }
    const start = i;
    i++;
    while (i < end) {
      const c = text.charCodeAt(i);
      const ch = text[i];
      if (c >= 0x3040 && CJK.test(ch)) break;
      if (isWordChar(c, ch)) { i++; continue; }
      // A hyphen inside a word keeps it one token: "e-mail", "sub-paragraph".
      if ((ch === '-' || ch === '\u2011') && i + 1 < end && isWordChar(text.charCodeAt(i + 1), text[i + 1])) { i++; continue; }
      break;
    }
    const word = text.slice(start, i);
    tokens.push({ forms: ARABIC.test(word) ? arabicForms(word) : [normaliseWord(word)], start, end: i });
  }
  return tokens;
}

/** The key a term is indexed and compared by: its normalised words joined by spaces. */
export function termKey(term: string): string {
  return tokenize(term).map((token) => token.forms[0]).join(' ');
}

interface TrieNode {
  next: Map<string, TrieNode>;
  key?: string;
}

/** A set of term keys, matched longest-first against token streams. */
export class TermMatcher {
  private readonly root: TrieNode = { next: new Map() };
  readonly size: number;

  constructor(keys: Iterable<string>) {
    let size = 0;
    for (const key of keys) {
      if (!key) continue;
      // Arabic words of a term may be written with or without their article and conjunction
      // ("والاتصالات" in the definition, "واتصالات" in the text): every form leads to the key.
      const words = key.split(' ').map((word) => (ARABIC.test(word) ? [...new Set([word, ...arabicForms(word)])] : [word]));
      let frontier: TrieNode[] = [this.root];
      for (const forms of words) {
        const next: TrieNode[] = [];
        for (const node of frontier) {
          for (const form of forms) {
            let child = node.next.get(form);
            if (!child) { child = { next: new Map() }; node.next.set(form, child); }
            if (!next.includes(child)) next.push(child);
          }
        }
        frontier = next.slice(0, 256);
      }
      for (const node of frontier) node.key ??= key;
      size++;
    }
    this.size = size;
  }

  /**
   * Every match in `text[from, to)`, longest first at each position, never overlapping and
   * never inside `excluded` spans (references, headings' labels, code), which must be sorted.
   */
  match(text: string, from = 0, to = text.length, excluded: Span[] = []): Array<{ key: string; span: Span }> {
    const results: Array<{ key: string; span: Span }> = [];
    if (this.size === 0) return results;
    const tokens = tokenize(text, from, to);
    let excludedIndex = 0;
    for (let i = 0; i < tokens.length; ) {
      const token = tokens[i];
      while (excludedIndex < excluded.length && excluded[excludedIndex].end <= token.start) excludedIndex++;
      if (excludedIndex < excluded.length && excluded[excludedIndex].start < token.end) { i++; continue; }
      let best: { key: string; end: number; tokens: number } | undefined;
      const walk = (node: TrieNode, index: number, depth: number) => {
        if (index >= tokens.length) return;
        const current = tokens[index];
        if (depth > 0) {
          // Words of one term are separated by spaces only (no sentence punctuation).
          const gap = text.slice(tokens[index - 1].end, current.start);
          if (!/^[\s\u00a0]{1,3}$/.test(gap) && !(gap === '' && current.forms[0].length === 1 && CJK.test(current.forms[0]))) return;
          if (excludedIndex < excluded.length && excluded[excludedIndex].start < current.end && excluded[excludedIndex].end > current.start) return;
        }
        for (const form of current.forms) {
          const child = node.next.get(form);
          if (!child) continue;
          if (child.key && (!best || depth + 1 > best.tokens)) best = { key: child.key, end: current.end, tokens: depth + 1 };
          walk(child, index + 1, depth + 1);
        }
      };
      walk(this.root, i, 0);
      // "United States" is a name, not a use of the defined term "State".
      if (best && best.tokens === 1 && !best.key.includes(' ') && inProperName(text, tokens, i)) best = undefined;
      if (best) {
        results.push({ key: best.key, span: { start: token.start, end: best.end } });
        i += best.tokens;
      } else {
        i++;
      }
    }
    return results;
  }
}

/**
 * Capitalised words that open a sentence or a phrase without being part of a name ("Each State",
 * "The Authority", "Chaque État"): determiners, pronouns, prepositions and conjunctions.
 */
const NOT_NAME_WORDS = new Set([
  'the', 'a', 'an', 'each', 'every', 'any', 'all', 'no', 'such', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our',
  'in', 'on', 'of', 'for', 'by', 'to', 'from', 'with', 'if', 'where', 'when', 'whereas', 'unless', 'and', 'or', 'but', 'nothing', 'neither',
  'either', 'both', 'some', 'other', 'another', 'one', 'under', 'upon', 'as', 'at', 'after', 'before', 'notwithstanding', 'subject', 'without',
  'le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'chaque', 'tout', 'toute', 'tous', 'toutes', 'aucun', 'aucune', 'lorsque', 'si',
  'der', 'die', 'das', 'ein', 'eine', 'jede', 'jeder', 'jedes', 'het', 'een', 'elke', 'iedere', 'ieder', 'el', 'los', 'las', 'una', 'cada',
]);

function isCapitalisedNameWord(text: string, token: Token): boolean {
  const word = text.slice(token.start, token.end);
  return /^\p{Lu}/u.test(word) && !NOT_NAME_WORDS.has(word.toLowerCase());
}

/**
 * Is the capitalised one-word match at `tokens[index]` part of a proper name, that is, next to
 * another capitalised word on the same line or across a line break ("United States", "Federal Trade Commission", "State
 * Party")? A determiner or preposition that opens a sentence ("Each State") is not part of a name.
 */
function inProperName(text: string, tokens: Token[], index: number): boolean {
  const token = tokens[index];
  if (!/^\p{Lu}/u.test(text[token.start])) return false;
  // A hard-wrapped line may break a name ("the Electronic\nGovernment Activities Act 2007").
  const adjacent = (other: Token | undefined, from: number, to: number) => !!other && to - from <= 8 && /^(?:[ \u00a0]{1,2}|[ \u00a0]*\r?\n[ \u00a0]*)$/.test(text.slice(from, to)) && isCapitalisedNameWord(text, other);
  const previous = tokens[index - 1];
  const following = tokens[index + 1];
  return adjacent(previous, previous?.end ?? 0, token.start) || adjacent(following, token.end, following?.start ?? 0);
}

/** Carries plural ending and initial capital from `written` (a form of `term`) to `replacement`. */
export function inflectLike(written: string, term: string, replacement: string): string {
  let result = replacement;
  const w = written.toLowerCase();
  const t = term.toLowerCase();
  if (w !== t) {
    if (w.endsWith('ies') && t.endsWith('y')) result = result.replace(/y$/, 'ies');
    else if (w.endsWith('s') && !t.endsWith('s') && !result.endsWith('data')) result += 's';
  }
  if (/^\p{Lu}/u.test(written) && !/^\p{Lu}/u.test(term)) result = result[0].toUpperCase() + result.slice(1);
  return result;
}
