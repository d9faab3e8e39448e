// A list of another text's provisions that a lead-in repeals, revokes or amends: "(1) Subject to subsection (4), the following
// provisions of the Act of 1988 are repealed:" then "(a) in section 1— (i) subsection (1), …", "(b) section 2(7) and (8);" (Ireland's
// Data Protection Act 2018). The items cite the provisions of the text the lead-in names, not of this one.

/** The lead-in's words, at the end of its line: the instrument named between "provisions of" and the verb. */
const LEAD_IN = /(?:following|these)[ \t]+(?:provisions|enactments|sections|articles|regulations)[ \t]+of[ \t]+((?:the[ \t]+)?[^\n:;]{2,80}?)[ \t]+(?:are|is|shall[ \t]+be)[ \t]+(?:hereby[ \t]+)?(?:repealed|revoked|amended)[^\n:]{0,60}[:—–-][ \t*_]*$/i;
/** A list item's line: its marker, perhaps in italics or after an amendment's mark. */
const ITEM_LINE = /^[ \t>]*(?:F\d{1,4}\[)?[*_]{0,2}\([*_]{0,2}[0-9a-zA-Z]{1,6}[*_]{0,2}\)/;
/** How far back the lead-in is looked for (characters), and how many lines. */
const LIST_REACH = 8000;
const LIST_LINES = 80;

/**
 * The instrument whose provisions the list around `offset` sets out for repeal or amendment, as its lead-in names it ("the Act
 * of 1988"), when every line between that lead-in and `offset` is one of the list's items; undefined otherwise.
 */
export function listedForRepeal(text: string, offset: number): string | undefined {
  let lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  if (!ITEM_LINE.test(text.slice(lineStart, Math.min(text.length, lineStart + 24)))) return undefined;
  const floor = Math.max(0, offset - LIST_REACH);
  for (let lines = 0; lines < LIST_LINES && lineStart > floor; lines++) {
    const previousEnd = lineStart - 1;
    const previousStart = text.lastIndexOf('\n', previousEnd - 1) + 1;
    const line = text.slice(previousStart, previousEnd);
    lineStart = previousStart;
    if (!line.trim()) continue;
    if (ITEM_LINE.test(line)) continue;
    // (the lead-in may open the paragraph with its subsection's number and the section's: "**7.** (1) Subject to …")
    return LEAD_IN.exec(line)?.[1].replace(/^the[ \t]+/i, 'the ').trim();
  }
  return undefined;
}
