// Whether words stand inside a quotation that is still open: an amendment quotes the words it puts in or takes out
// ("for “… section 15(1) of this Act” substitute …", "por la frase "… del Código Penal"", ': "Lo dispuesto en el inciso
// anterior …"'), and what is quoted cites and defines for the amended text, not for the one it stands in. One module, so
// that every check reads the quotation marks the same way.

/**
 * Whether `offset` stands inside “…” opened at most `reach` characters before it and not before `from` (a line's or a
 * block's start).
 */
export function insideOpenQuote(text: string, offset: number, reach: number, from = 0): boolean {
  return curlyQuoteOpen(text.slice(Math.max(from, offset - reach), offset));
}

/**
 * Whether `before` (the words up to some point) ends inside “…” (its last “ comes after its last ”) or inside ''…'' (an odd
 * number of them: the United States' printed laws quote with two apostrophes, "inserted at end ''For purposes of this subsection").
 */
export function curlyQuoteOpen(before: string): boolean {
  return before.lastIndexOf('“') > before.lastIndexOf('”') || doubledQuoteOpen(before);
}

/** Whether `words` leave a quotation in two apostrophes open: an odd number of '' in them. */
function doubledQuoteOpen(words: string): boolean {
  let marks = 0;
  for (let at = words.indexOf("''"); at >= 0; at = words.indexOf("''", at + 2)) marks++;
  return marks % 2 === 1;
}

/**
 * Whether `gap` (the words between two citations) opens a quotation it does not close: a straight quote left odd, or a
 * “ or « after the last ” or ».
 */
export function quotationOpenedIn(gap: string): boolean {
  let straight = 0;
  for (let at = gap.indexOf('"'); at >= 0; at = gap.indexOf('"', at + 1)) straight++;
  if (straight % 2 === 1 || doubledQuoteOpen(gap)) return true;
  return Math.max(gap.lastIndexOf('“'), gap.lastIndexOf('«')) > Math.max(gap.lastIndexOf('”'), gap.lastIndexOf('»'));
}

/** A straight quote opened after a colon or a comma before a capital, not closed before the end: ': "Lo dispuesto en el inciso'. */
const AFTER_OPENING_STRAIGHT_QUOTE = /[:,][ \t]*"(?=\p{Lu})[^"\n]*$/u;

/**
 * Whether `before` ends inside straight quotes that open new wording after a colon or a comma (': "Lo dispuesto …'):
 * straight quotes open and close alike, so only one opened where new wording begins is read as open.
 */
export function straightQuoteOpenedAfterColon(before: string): boolean {
  return AFTER_OPENING_STRAIGHT_QUOTE.test(before);
}
