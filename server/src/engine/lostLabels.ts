// A converter that drops some lines of a page loses labels with them: Japan's laws in English caption each article in brackets
// above its label ("(Purpose)" then "Article 1 This Act aims …"), and where "(Definition)" stands over "- (1) "Personal
// information" in this Act means …" with no "Article 2" between, the article is there and its label is not. A copy that shows
// such captions cannot be checked for the articles it seems to lack.
import type { DocumentModel } from './document';
import { oncePerVersion } from './treeKeyed';
import { readHeading } from './headings';

/** How many captions must have no label under them, and how many must have one (the document captions its articles so). */
const FEWEST_LOST = 2;
const FEWEST_LABELLED = 3;

export interface LostLabels {
  lost: number;
  captions: number;
  /** The first caption with no label under it, as written. */
  example: string;
}

/** What shows that `model` lost some of its articles' labels, or undefined (found once per document version). */
export const lostLabels: (model: DocumentModel) => LostLabels | undefined = oncePerVersion((model) => countLost(model.text) ?? undefined);

/** A caption's line: in brackets, opening with a capital. */
const CAPTION_LINE = /^[ \t]*\((?:\p{Lu}|\p{Lo})[^()\n]{0,120}\)[ \t]*$/u;
/** Lines a converter leaves between a caption and what it captions: a page's mark ("{8}-----"), an image. */
const BETWEEN = /^(?:\{\d{1,4}\}-{3,}|!\[[^\]\n]*\]\([^)\n]*\))[ \t]*$/;

/** The captions of a text (a paragraph of one line in brackets) and where the line after each ends: found from each "\n(" (a search for two characters, not a pattern tried at every line). */
function* captions(text: string): Generator<{ caption: string; after: number }> {
  // (at -1: a caption at the text's very start)
  for (let at = text.startsWith('(') ? -1 : text.indexOf('\n('); at !== -2; at = nextFrom(text, at)) {
    if (at === -1 && !text.startsWith('(')) return;
    const start = at + 1;
    const end = text.indexOf('\n', start);
    if (end < 0) return;
    const line = text.slice(start, end);
    if (!CAPTION_LINE.test(line)) continue;
    // a paragraph of its own: a blank line before it (or the text's start) and after it
    const before = at < 0 ? -1 : text.lastIndexOf('\n', at - 1);
    if (at >= 0 && before >= 0 && text.slice(before + 1, at).trim() !== '') continue;
    const next = text.indexOf('\n', end + 1);
    if (next < 0 || text.slice(end + 1, next).trim() !== '') continue;
    yield { caption: line.trim(), after: next + 1 };
  }
}

/** The next "\n(" after the one at `at`, or -2 when there is none. */
function nextFrom(text: string, at: number): number {
  const next = text.indexOf('\n(', Math.max(0, at + 2));
  return next < 0 ? -2 : next;
}

function countLost(text: string): LostLabels | null {
  if (!text.includes('\n(')) return null;
  let lost = 0;
  let labelled = 0;
  let example = '';
  for (const { caption, after } of captions(text)) {
    let at = after;
    let line = '';
    for (let guard = 0; guard < 6 && at < text.length; guard++) {
      const end = text.indexOf('\n', at);
      line = text.slice(at, end < 0 ? text.length : end).trim();
      at = end < 0 ? text.length : end + 1;
      if (line && !BETWEEN.test(line)) break;
      line = '';
    }
    if (!line) continue;
    const info = readHeading(line.replace(/^#{1,6}[ \t]+/, '').replace(/[*_]/g, ''));
    if (info && info.kind === 'article' && info.number !== undefined) labelled++;
    else if (/^(?:[-*+][ \t]+)?\(\d{1,3}\)|^\p{Lu}/u.test(line) && !readHeading(line.replace(/^#{1,6}[ \t]+/, '').replace(/[*_]/g, ''))) {
      lost++;
      if (!example) example = caption.slice(0, 60);
    }
  }
  return lost >= FEWEST_LOST && labelled >= FEWEST_LABELLED ? { lost, captions: lost + labelled, example } : null;
}
