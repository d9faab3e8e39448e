// HTML comments in documents: "<!-- gap: note -->" marks wording the source lacks (corpus/README.md),
// other comments are notes that are no part of the text. Read by scanning, not by regexes like
// /<!--\s*gap\s*:?\s*([\s\S]*?)-->/: its blanks could be split between "\s*" and the lazy note
// in every way, which made "<!-- gap" + 5,000 spaces take 10 s (cubic).

const BLANK = /\s/;

function skipBlanks(text: string, at: number): number {
  while (at < text.length && BLANK.test(text[at])) at++;
  return at;
}

/**
 * Where the note of the gap comment opening at `at` ("<!--") starts: after "gap", the colon and
 * the blanks around them; -1 when the comment there is not a gap comment.
 */
export function gapNoteStart(text: string, at: number, options: { colonRequired: boolean; ignoreCase: boolean }): number {
  if (!text.startsWith('<!--', at)) return -1;
  let i = skipBlanks(text, at + 4);
  const word = text.slice(i, i + 3);
  if ((options.ignoreCase ? word.toLowerCase() : word) !== 'gap') return -1;
  i = skipBlanks(text, i + 3);
  if (text[i] === ':') i = skipBlanks(text, i + 1);
  else if (options.colonRequired) return -1;
  return i;
}

/** The note of the first gap comment in an HTML block ("" for a bare "<!-- gap -->"), trimmed. */
export function firstGapNote(html: string): string | undefined {
  for (let open = html.indexOf('<!--'); open >= 0; open = html.indexOf('<!--', open + 1)) {
    const start = gapNoteStart(html, open, { colonRequired: false, ignoreCase: true });
    if (start < 0) continue;
    const close = html.indexOf('-->', start);
    // No "-->" after this comment's start means none after any later one either.
    return close < 0 ? undefined : html.slice(start, close).trim();
  }
  return undefined;
}

/** The text without its HTML comments (an unclosed "<!--" and what follows it are kept). */
export function withoutComments(text: string): string {
  let out = '';
  let at = 0;
  for (let open = text.indexOf('<!--'); open >= 0; open = text.indexOf('<!--', at)) {
    const close = text.indexOf('-->', open + 4);
    // With no "-->" after this "<!--", there is none after a later one: /<!--[\s\S]*?-->/g
    // looked for it again from each of them, quadratic on many unclosed comments.
    if (close < 0) break;
    out += text.slice(at, open);
    at = close + 3;
  }
  return out + text.slice(at);
}
