import { LANGUAGE_TABLES } from './references/tables';

// Words that amend another text ("les mots « … » sont remplacés par …", "the words … are omitted",
// "wordt vervangen door", "wird … ersetzt"): such a sentence defines nothing, and its citations are
// of the text it amends, not of the document it stands in.

/** Every language table's words of one kind, as one alternation: a sentence amends in whatever language it is written. */
function joined(kind: 'instruction' | 'asFollows'): string {
  return LANGUAGE_TABLES.flatMap((table) => table.amending?.[kind] ?? []).join('|');
}

export const AMENDING_INSTRUCTION = new RegExp(String.raw`(?<!\p{L})(?:${joined('instruction')})(?!\p{L})`, 'iu');

/** The words that say a provision or instrument is amended as a list then says, in each language read. */
const AMENDS_AS_FOLLOWS = `(?:${joined('asFollows')})`;

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
