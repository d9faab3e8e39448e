// A cheap guess of a text's language when nothing says it (no `language:` in the front matter, no
// --language for import): by script, then by counting a few very common words of each language.

const SCRIPTS: Array<[string, RegExp]> = [
  ['ar', /[\u0600-\u06ff]/g],
  ['zh', /[\u4e00-\u9fff]/g],
  ['ru', /[\u0400-\u04ff]/g],
];

const COMMON_WORDS: Array<[string, RegExp]> = [
  ['en', /\b(?:the|of|and|shall|which|any)\b/gi],
  ['fr', /\b(?:les|des|du|et|la|une|présent[e]?)\b/gi],
  ['es', /\b(?:los|las|del|el|y|una|presente)\b/gi],
  ['nl', /\b(?:het|een|van|wordt|artikel|de|en)\b/gi],
  ['de', /\b(?:der|die|das|und|wird|oder)\b/gi],
];

/**
 * The language code of a text, judged on its first `sampleLength` characters, or undefined when
 * nothing tells. A script decides when it has more characters than the Latin letters around it:
 * Arabic quoted in an English note does not make the note Arabic.
 */
export function guessLanguage(text: string, sampleLength = 4000): string | undefined {
  const sample = text.slice(0, sampleLength);
  const count = (re: RegExp) => (sample.match(re) ?? []).length;
  const latin = count(/[A-Za-z]/g);
  for (const [language, script] of SCRIPTS) if (count(script) > latin) return language;
  let best: string | undefined;
  let bestCount = 0;
  for (const [language, words] of COMMON_WORDS) {
    const found = count(words);
    if (found > bestCount) {
      best = language;
      bestCount = found;
    }
  }
  return best;
}
