// The name a statute gives itself in its short-title section: "This Act may be cited as the
// Electronic Government Activities Act 2007", "… may be cited as the Computer Misuse and
// Cybercrimes Act, 2018". A law brought without front matter is still cited by that name, by
// itself ("section 6 of the Electronic Government Activities Act 2007") and by other documents.

const CITED_AS = /\bmay\s+be\s+cited\s+as\s+(?:the\s+)?/giu;
const CITED = /cited/i;
/** Where the name ends: the end of the sentence, or the clause that follows it. */
// (a bracket of capitalised words that the name goes on after, "the Local Government Act 1999 (Commencement) (Wales) Order
// 1999", is the name's own)
const NAME_END = /\.(?=\s|$)|;|:|\n[ \t]*\n|,\s+and\b|\s+and\s+(?:shall|comes?|will)\b|\s+\((?!\p{Lu}[^()\n]{0,80}\)\s*(?:\(|\p{Lu}))/u;
const MAX_NAME = 160;
/** A statute names itself once, near its start; a few looks are enough. */
const MAX_LOOKS = 3;

/** The names the text gives itself ("Electronic Government Activities Act 2007"), with and without a year after a comma. */
export function shortTitlesIn(text: string): string[] {
  const names: string[] = [];
  // A plain search first (its letters fold to nothing else): the full pattern, tried at every word, is 6× slower on a 200 KB treaty.
  if (!CITED.test(text)) return names;
  CITED_AS.lastIndex = 0;
  for (let looks = 0; looks < MAX_LOOKS; looks++) {
    const found = CITED_AS.exec(text);
    if (!found) break;
    const rest = text.slice(CITED_AS.lastIndex, CITED_AS.lastIndex + MAX_NAME);
    const end = NAME_END.exec(rest);
    const raw = (end ? rest.slice(0, end.index) : '').replace(/[*_“”"„«»]/g, '').replace(/\s+/g, ' ').trim();
    if (raw.length < 4 || !/\p{Lu}/u.test(raw[0])) continue;
    names.push(raw);
    // "the Computer Misuse and Cybercrimes Act, 2018" is also cited without the year
    const withoutYear = /^(.*\S),?\s+(?:of\s+)?\d{4}$/u.exec(raw);
    if (withoutYear) names.push(withoutYear[1]);
  }
  return names;
}
