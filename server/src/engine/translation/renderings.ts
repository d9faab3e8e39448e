// Finding a term's rendering in the text of a translation, in inflected languages: Dutch
// compounds and plurals ("computergegevens", "computersystemen", "verkeersgegevens"), French
// elision ("l'article", "d'un système": the tokenizer splits at the apostrophe) and plurals,
// Arabic attached prefixes ("وبيانات"), English plurals. Built on terms.ts's tokenizer.
import type { Span } from '../model';
import { normaliseWord, tokenize, type Token } from '../terms';

export interface RenderingMatch {
  /** The rendering (as listed) that matched. */
  phrase: string;
  span: Span;
}

const ARABIC = /[\u0600-\u06ff]/;
/** Languages that write compounds as one word: a term is found inside a longer word. */
const COMPOUNDING = new Set(['nl', 'de', 'sv', 'da', 'no', 'nb', 'nn', 'is', 'af', 'fy', 'lb']);

function suffixesFor(language: string): string[] {
  switch (language) {
    case 'nl': case 'af': case 'fy': return ['', 's', 'en', 'n', 'e', 'es'];
    case 'de': return ['', 's', 'es', 'e', 'en', 'n', 'er', 'ern'];
    case 'fr': case 'it': case 'pt': case 'es': case 'ca': return ['', 's', 'x', 'e', 'es', 'a', 'as', 'o', 'os', 'i'];
    default: return ['', 's', 'es', 'e', 'en'];
  }
}

function primary(language: string): string {
  return language.toLowerCase().split(/[-_]/)[0];
}

/** Stems a word may take before an ending: Dutch "systeem" → "systemen" (a long vowel written once). */
function stemsOf(word: string, language: string): string[] {
  const stems = [word];
  if (language === 'nl') {
    const shortened = word.replace(/([aeou])\1([^aeiou])$/, '$1$2');
    if (shortened !== word) stems.push(shortened);
    if (/[^aeiou][aeiou]([^aeiouwy])$/.test(word) && !/(?:ig|isch|lijk)$/.test(word)) stems.push(word + word.slice(-1));
  }
  return stems;
}

interface PreparedWord {
  word: string;
  arabic: boolean;
  /** Inflected forms: stems with their endings. */
  forms: Set<string>;
  /** Forms the word may end a compound with ("bank" + "computersystemen"); empty where compounds are not one word. */
  compoundEnds: string[];
  /** Answers already given, by the token as written: running text repeats its words. */
  memo: Map<string, boolean>;
}

function prepareWord(word: string, language: string, last: boolean): PreparedWord {
  const forms = new Set<string>([word]);
  const compoundEnds: string[] = [];
  const compounding = COMPOUNDING.has(language) && last && word.length >= 4;
  for (const stem of stemsOf(word, language)) {
    for (const suffix of suffixesFor(language)) {
      forms.add(stem + suffix);
      if (compounding && (suffix !== '' || stem === word)) compoundEnds.push(stem + suffix);
    }
  }
  return { word, arabic: ARABIC.test(word), forms, compoundEnds, memo: new Map() };
}

function wordMatches(token: Token, written: string, prepared: PreparedWord, language: string): boolean {
  const known = prepared.memo.get(written);
  if (known !== undefined) return known;
  const result = computeWordMatch(token, written, prepared, language);
  if (prepared.memo.size > 20_000) prepared.memo.clear();
  prepared.memo.set(written, result);
  return result;
}

function computeWordMatch(token: Token, written: string, prepared: PreparedWord, language: string): boolean {
  if (prepared.arabic) return token.forms.includes(normaliseWord(prepared.word));
  if (written === prepared.word) return true;
  if (language === 'en') return token.forms[0] === normaliseWord(prepared.word);
  if (prepared.forms.has(written)) return true;
  for (const end of prepared.compoundEnds) if (written.length > end.length + 2 && written.endsWith(end)) return true;
  return false;
}

/** Tokens of a span with their lower-case text, kept by the caller across calls on the same text. */
export type TokenCache = Map<number, { to: number; tokens: Token[]; written: string[] }>;

type PreparedPhrase = { phrase: string; words: PreparedWord[] };
const preparedCache = new Map<string, PreparedPhrase[]>();

function preparePhrases(phrases: string[], lang: string): PreparedPhrase[] {
  const key = `${lang}\u0001${phrases.join('\u0001')}`;
  const cached = preparedCache.get(key);
  if (cached) return cached;
  const prepared = phrases
    .map((phrase) => {
      const words = tokenize(phrase).map((t) => phrase.slice(t.start, t.end).toLowerCase().replace(/’/g, "'"));
      return { phrase, words: words.map((word, i) => prepareWord(word, lang, i === words.length - 1)) };
    })
    .filter((p) => p.words.length > 0)
    .sort((a, b) => b.words.length - a.words.length || b.phrase.length - a.phrase.length);
  if (preparedCache.size > 5000) preparedCache.clear();
  preparedCache.set(key, prepared);
  return prepared;
}

/** Every occurrence of one of `phrases` in text[from, to), longest phrase first, outside `excluded` (sorted). */
export function findRenderings(text: string, from: number, to: number, phrases: string[], language: string, excluded: Span[] = [], cache?: TokenCache): RenderingMatch[] {
  const lang = primary(language);
  const prepared = preparePhrases(phrases, lang);
  const out: RenderingMatch[] = [];
  if (!prepared.length) return out;
  const local = excluded.filter((span) => span.end > from && span.start < to);
  let entry = cache?.get(from);
  if (!entry || entry.to !== to) {
    const tokens = tokenize(text, from, to);
    entry = { to, tokens, written: tokens.map((t) => text.slice(t.start, t.end).toLowerCase().replace(/’/g, "'")) };
    cache?.set(from, entry);
  }
  const { tokens, written } = entry;
  for (let i = 0; i < tokens.length; ) {
    if (local.length && local.some((span) => span.start < tokens[i].end && tokens[i].start < span.end)) { i++; continue; }
    let found: { phrase: string; length: number } | undefined;
    for (const { phrase, words } of prepared) {
      if (i + words.length > tokens.length) continue;
      let ok = true;
      for (let j = 0; j < words.length && ok; j++) {
        if (j > 0 && !/^[\s\u00a0]{1,3}$/.test(text.slice(tokens[i + j - 1].end, tokens[i + j].start))) ok = false;
        else ok = wordMatches(tokens[i + j], written[i + j], words[j], lang);
      }
      if (ok) { found = { phrase, length: words.length }; break; }
    }
    if (found) {
      out.push({ phrase: found.phrase, span: { start: tokens[i].start, end: tokens[i + found.length - 1].end } });
      i += found.length;
    } else {
      i++;
    }
  }
  return out;
}

/**
 * A word that looks like another rendering of `preferred`: it shares at least half of the
 * preferred rendering's first word as its beginning ("computerdata" for "computergegevens").
 */
export function looksLikeVariant(word: string, preferred: string): boolean {
  const head = tokenize(preferred).map((t) => preferred.slice(t.start, t.end).toLowerCase())[0] ?? '';
  const w = word.toLowerCase();
  if (head.length < 6 || w === head) return false;
  let common = 0;
  while (common < w.length && common < head.length && w[common] === head[common]) common++;
  return common >= 5 && common >= head.length / 2 && w.length >= common + 3;
}
