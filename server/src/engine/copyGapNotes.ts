// What a copy says it leaves out, in an editor's words that are no part of the law: a line that marks what an excerpt
// leaves out ("[GAP: Part II, sections 4 to 13, omitted in this excerpt]", "[Articles 5 to 9 not
// reproduced]", "[…]") and the provenance lines a curator puts above a text ("Source: …",
// "Completeness: … NOT included: Part II (ss.4-13), ss.18 onward …"). They cite nothing of the copy
// (the units they name are the ones it lacks) and say what is missing, as a corpus file's
// `<!-- gap: -->` markers and `gaps:` do (gaps.ts).

/** A paragraph that is all one bracketed note: "[GAP: …]", "*[…]*", "(Sections 4 to 13 omitted)". */
const BRACKETED = /^[*_]{0,3}(?:\[([^[\]\n]{0,400})\]|\(([^()\n]{0,400})\))[*_]{0,3}\.?$/u;
/** "GAP: …", "Gap –", "Lacune :" opening a bracketed note. */
const GAP_WORD = /^(?:gap|lacune|lücke|laguna|lacuna|hiaat)(?![\p{L}\d])[ \t]*[:.–—-]?[ \t]*/iu;
/** "[…]", "[...]", "[. . .]": words left out, no unit named. */
const ELLIPSIS = /^(?:…|\.(?:[ \t]?\.){2,})$/u;
/** Words saying that the copy leaves something out, in the languages of the tables. */
const LEFT_OUT = /(?<![\p{L}])(?:omitted|not[ \t]+(?:reproduced|included|shown|transcribed|present|available|found)|left[ \t]+out|non[ \t]+reproduit(?:e|s|es)?|omis(?:e|es)?|nicht[ \t]+(?:abgedruckt|wiedergegeben|enthalten)|ausgelassen|weggelaten|niet[ \t]+(?:opgenomen|overgenomen)|omitid[oa]s?|no[ \t]+(?:se[ \t]+)?(?:reproduc|inclu)id[oa]s?|não[ \t]+reproduzid[oa]s?)(?![\p{L}])/iu;
/** "omitted by Act 12 of 2010", "shall be omitted": an amendment's history or instruction, not an editor's note on the copy. */
const AMENDMENT_WORDS = /(?:shall|to|will)[ \t]+be[ \t]+(?:omitted|not)|omitted[ \t]+(?:by|with[ \t]+effect|vide|w\.e\.f\.)(?![\p{L}])/iu;

/** The note of an editor's bracketed gap marker ("" when it names nothing), or undefined when the paragraph is none. */
export function editorsGapMarker(paragraph: string): string | undefined {
  const match = BRACKETED.exec(paragraph.trim());
  if (!match) return undefined;
  const inner = (match[1] ?? match[2]).trim();
  if (match[1] !== undefined) {
    const gapWord = GAP_WORD.exec(inner);
    if (gapWord) return inner.slice(gapWord[0].length).trim();
    if (ELLIPSIS.test(inner)) return '';
  }
  // "(1) … omitted": a labelled provision, repealed, is the law's own text
  if (/^(?:\(?[\p{L}\d]{1,4}[.)])[ \t]/u.test(inner) || !/^\p{Lu}/u.test(inner)) return undefined;
  if (!LEFT_OUT.test(inner) || AMENDMENT_WORDS.test(inner)) return undefined;
  // ("[Omitted.]", "(Not reproduced)": a provision's own mark that its text was taken out, which names nothing left out of the copy)
  if (!/[\p{L}\d]/u.test(inner.replace(LEFT_OUT, ''))) return undefined;
  return inner;
}

/** A line of a provenance header: "Source: …", "**Retrieved:** …". */
const HEADER_LINE = /^[ \t]*[*_]{0,2}(\p{Lu}[\p{L}'’ -]{0,30}?)[*_]{0,2}[ \t]*:[*_]{0,2}[ \t]+\S/u;
/** Keys only a curator writes above a text (a law's own first lines are no "Source:" and "Retrieved:"). */
const PROVENANCE_KEYS = /^(?:sources?|url|obtained|retrieved|accessed|downloaded|fetched|provenance|completeness|gaps?|omitted|missing|not[ \t]+included|quelle|fuente|bron|origine)$/iu;
/** The keys whose values say what the copy lacks. */
const GAP_KEYS = /^(?:completeness|gaps?|omitted|missing|not[ \t]+included)$/iu;
/** In a completeness statement, the sentences that say what is left out ("Livres 1-5 … deliberately omitted", "SELECTED ARTICLES ONLY"). */
const SAYS_ABSENT = new RegExp(`${LEFT_OUT.source}|(?<![\\p{L}])(?:missing|selected|only|partial|excerpts?)(?![\\p{L}])`, 'iu');

/**
 * The notes on what is missing of a curator's provenance header (every line "Key: value", one of
 * the keys a provenance key), or undefined when the paragraph is none. Only the sentences of a
 * completeness or gaps line that say something is absent are notes: "looks complete - Articles
 * 1-48" names what the copy has.
 */
export function provenanceHeader(paragraph: string): string[] | undefined {
  const lines = paragraph.split('\n').filter((line) => line.trim());
  if (!lines.length || lines.length > 12) return undefined;
  let provenance = false;
  const notes: string[] = [];
  for (const line of lines) {
    const match = HEADER_LINE.exec(line);
    if (!match) return undefined;
    const key = match[1].trim();
    if (PROVENANCE_KEYS.test(key)) provenance = true;
    if (!GAP_KEYS.test(key)) continue;
    const value = line.slice(match[0].length - 1);
    for (const sentence of value.split(/(?<=[.;])[ \t]+(?=\p{Lu})|;[ \t]*/u)) if (SAYS_ABSENT.test(sentence)) notes.push(sentence.trim());
  }
  return provenance ? notes : undefined;
}

/** The notes on what is missing that a paragraph read as furniture holds: its gap marker's, or its provenance header's. */
export function copyGapNotes(paragraph: string): string[] {
  const marker = editorsGapMarker(paragraph);
  if (marker !== undefined) return [marker];
  return provenanceHeader(paragraph) ?? [];
}
