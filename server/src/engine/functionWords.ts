// Words that carry grammar, not meaning, in the languages of the corpus: a definition that adds or
// drops one changes its wording, not what it covers (checks/compare.ts), and an abbreviation of a
// term leaves them out of its initials ("information and communications technology" → ICT).
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'of', 'to', 'in', 'on', 'by', 'for', 'with', 'which', 'that', 'who', 'whom', 'whose', 'is', 'are', 'be', 'been',
  'and', 'or', 'its', 'their', 'such', 'this', 'these', 'those', 'as', 'at', 'from', 'it', 'shall', 'means', 'mean', 'includes', 'include',
  'le', 'la', 'les', 'un', 'une', 'des', 'de', 'du', 'et', 'ou', 'à', 'au', 'aux', 'en', 'par', 'pour', 'qui', 'que',
  'het', 'een', 'van', 'die', 'dat', 'op', 'door', 'voor', 'met',
  'el', 'los', 'las', 'del', 'y', 'o', 'con',
]);
