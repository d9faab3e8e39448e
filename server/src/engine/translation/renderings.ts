// Finding a term's rendering in the text of a translation, in inflected languages: Dutch
// compounds and plurals ("computergegevens", "computersystemen", "verkeersgegevens"), French
// elision ("l'article", "d'un système": the tokenizer splits at the apostrophe) and plurals,
// Arabic attached prefixes ("وبيانات"), English plurals. Built on terms.ts's tokenizer.
import type { Span } from '../model';
import { formAt, normaliseWord, tokenize, tokenStream, type TokenStream } from '../terms';

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

function wordMatches(stream: TokenStream, index: number, written: string, prepared: PreparedWord, language: string): boolean {
  const known = prepared.memo.get(written);
  if (known !== undefined) return known;
  const result = computeWordMatch(stream, index, written, prepared, language);
  if (prepared.memo.size > 20_000) prepared.memo.clear();
  prepared.memo.set(written, result);
  return result;
}

function computeWordMatch(stream: TokenStream, index: number, written: string, prepared: PreparedWord, language: string): boolean {
  if (prepared.arabic) {
    const form = normaliseWord(prepared.word);
    return formAt(stream, index) === form || (stream.moreForms.get(index)?.includes(form) ?? false);
  }
  if (written === prepared.word) return true;
  if (language === 'en') return formAt(stream, index) === normaliseWord(prepared.word);
  if (prepared.forms.has(written)) return true;
  for (const end of prepared.compoundEnds) if (written.length > end.length + 2 && written.endsWith(end)) return true;
  return false;
}

/**
 * The word stream of a span and its words' lower-case text (cut out when first compared), kept by the
 * caller across calls on the same text. A stream, not a token object per word: a long translation's
 * objects outlived the young generation and its collections grew faster than the text.
 */
export interface TokenEntry { to: number; stream: TokenStream; written: Array<string | undefined> }
export type TokenCache = Map<number, TokenEntry>;

/** Token `index`'s words as written, lower case, apostrophes unified. */
export function writtenAt(text: string, entry: TokenEntry, index: number): string {
  return (entry.written[index] ??= text.slice(entry.stream.starts[index], entry.stream.ends[index]).toLowerCase().replace(/’/g, "'"));
}

/** The tokens of `text[from, to)`, from the cache when it holds that span. */
export function tokenEntry(text: string, from: number, to: number, cache?: TokenCache): TokenEntry {
  let entry = cache?.get(from);
  if (!entry || entry.to !== to) {
    const stream = tokenStream(text, from, to);
    entry = { to, stream, written: new Array(stream.starts.length) };
    cache?.set(from, entry);
  }
  return entry;
}

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
  const entry = tokenEntry(text, from, to, cache);
  const { starts, ends } = entry.stream;
  const count = starts.length;
  for (let i = 0; i < count; ) {
    if (local.length && local.some((span) => span.start < ends[i] && starts[i] < span.end)) { i++; continue; }
    let found: { phrase: string; length: number } | undefined;
    for (const { phrase, words } of prepared) {
      if (i + words.length > count) continue;
      let ok = true;
      for (let j = 0; j < words.length && ok; j++) {
        if (j > 0 && !/^[\s\u00a0]{1,3}$/.test(text.slice(ends[i + j - 1], starts[i + j]))) ok = false;
        else ok = wordMatches(entry.stream, i + j, writtenAt(text, entry, i + j), words[j], lang);
      }
      if (ok) { found = { phrase, length: words.length }; break; }
    }
    if (found) {
      out.push({ phrase: found.phrase, span: { start: starts[i], end: ends[i + found.length - 1] } });
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
