// Words that amend another text ("les mots « … » sont remplacés par …", "the words … are omitted",
// "wordt vervangen door", "wird … ersetzt"): such a sentence defines nothing, and its citations are
// of the text it amends, not of the document it stands in.

export const AMENDING_INSTRUCTION = /(?<!\p{L})(?:(?:sont|est)\s+(?:ainsi\s+)?(?:remplacée?s?|ajoutée?s?|insérée?s?|supprimée?s?|abrogée?s?|complétée?s?|rédigée?s?)|(?:is|are|were|was)\s+(?:hereby\s+)?(?:omitted|substituted|inserted|repealed|replaced|deleted|added)|(?:strike|striking|insert|inserting)(?:\s+out)?\s+(?=[“"‘])|(?:omit|substitute|insert)(?=\s*[“"‘—–]|\s+the\s+(?:words?|entr(?:y|ies)|definitions?|following)\b|\s+(?:sub-?)?(?:sections?|paragraphs?|articles?|regulations?|schedules?|parts?|chapters?)\b)|(?:wordt|worden)\s+(?:vervangen|ingevoegd|geschrapt|toegevoegd)|(?:wird|werden)\s+(?:[^.;\n]{0,80}\s)?(?:ersetzt|eingefügt|gestrichen|aufgehoben|angefügt)|(?:è|e'|sono)\s+(?:(?:infine|inoltre),?\s+)?(?:sostituit|aggiunt|inserit|soppress|abrogat)[oaie])(?!\p{L})/iu;

/** The words that say a provision or instrument is amended as a list then says, in each language read. */
const AMENDS_AS_FOLLOWS = String.raw`(?:(?:sono|vengono)\s+apportate\s+le\s+seguenti\s+modific(?:he|azioni)|(?:is|are)\s+(?:hereby\s+)?(?:further\s+)?amended(?:\s+as\s+follows|\s+by)?|(?:est|sont)\s+ainsi\s+modifiée?s?|(?:est|sont)\s+modifiée?s?\s+comme\s+suit|(?:wordt|worden)\s+als\s+volgt\s+gewijzigd|(?:wird|werden)\s+wie\s+folgt\s+geändert|passa(?:m)?\s+a\s+vigorar\s+com\s+as\s+seguintes\s+alterações)`;

/**
 * What follows the citation of a provision in a list's lead-in that amends it: "Section 5 of the Principal Act is
 * amended as follows:", "L'article 5 de la loi n° … est ainsi modifié :", "All'articolo 19 del decreto legislativo …,
 * sono apportate le seguenti modificazioni:", "Artikel 5 wird wie folgt geändert:". The list's items are that provision's.
 */
export const AMENDING_LEAD_IN_TAIL = new RegExp(String.raw`^[\s,]*${AMENDS_AS_FOLLOWS}\s*[:：—–-]?\s*$`, 'iu');

/**
 * The words of a lead-in that amends as its list says, anywhere in it: "Nel decreto legislativo 18 agosto 2000, n. 267,
 * …, sono apportate le seguenti modificazioni: 1) all'art. 114:" (the first item run into the lead-in).
 */
export const AMENDS_AS_FOLLOWS_IN = new RegExp(AMENDS_AS_FOLLOWS, 'iu');

/** The sentence around [start, end): from the last ". ", ";" or line break before it to the next one after it, at most 400 characters each way (never past its line, which an edit elsewhere cannot change). */
export function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 400), start);
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf(';'), before.lastIndexOf('\n'));
  const after = text.slice(end, end + 400);
  const stops = [after.indexOf('. '), after.indexOf(';'), after.indexOf('\n')].filter((at) => at >= 0);
  return before.slice(cut + 1) + text.slice(start, end) + (stops.length ? after.slice(0, Math.min(...stops)) : after);
}
