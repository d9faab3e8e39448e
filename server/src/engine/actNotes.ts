// Editors' notes in angle brackets that name the act which amended the text around them, as Belgium's consolidated texts
// (Justel, ejustice.just.fgov.be) give them: "<L 1999-01-14/41, art. 6, 002; En vigueur : 08-03-1999>", "<AR 14 octobre
// 1974, MB 19 octobre 1974>", "<Abrogé implicitement par L 1935-06-15, art. 49, § 2, M.B. 22-06-1935>". A citation in one
// is of that act ("art. 6"; "002" is the note's own sequence number), never of the text it annotates.

/** How far a note reaches on its line, either way from a citation in it. */
const NOTE_REACH = 300;

/** An act named by its kind's abbreviation and its date: "L 1999-01-14/41", "AR 14 octobre 1974", "W 10-08-1923". */
const ACT_BY_DATE = /(?:^|[\s(])((?:L|AR|A\.R\.|W|KB|K\.B\.|DCFR|DVR|DRW|DWG|ORD|ARR|Décret|Decreet|Ordonnance|Ordonnantie)\s+(?:\d{4}-\d{2}-\d{2}(?:\/\d{1,4})?|\d{1,2}-\d{2}-\d{4}|\d{1,2}(?:er)?\s+\p{Ll}+\s+\d{4}))/u;

/** The act an angle-bracket note around `offset` names before it ("L 1999-01-14/41"), or undefined when `offset` is in no such note. */
export function actNoteAround(text: string, offset: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(Math.max(lineStart, offset - NOTE_REACH), offset);
  const open = before.lastIndexOf('<');
  if (open < 0 || before.lastIndexOf('>') > open) return undefined;
  const lineEnd = text.indexOf('\n', offset);
  const after = text.slice(offset, Math.min(lineEnd < 0 ? text.length : lineEnd, offset + NOTE_REACH));
  const close = after.indexOf('>');
  if (close < 0 || after.lastIndexOf('<', close) >= 0) return undefined;
  // the date may stand in a link's words: "<L [2009-11-12/16](https://www.ejustice.just.fgov.be/…), art. 2, 002; …>"
  const note = before.slice(open + 1).replace(/\[([^\]\n]{1,80})\]\([^)\s]{1,400}\)/g, '$1');
  return ACT_BY_DATE.exec(note)?.[1];
}
