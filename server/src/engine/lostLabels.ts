// A converter that drops some lines of a page loses labels with them: Japan's laws in English caption each article in brackets
// above its label ("(Purpose)" then "Article 1 This Act aims …"), and where "(Definition)" stands over "- (1) "Personal
// information" in this Act means …" with no "Article 2" between, the article is there and its label is not. A copy that shows
// such captions cannot be checked for the articles it seems to lack.
import type { DocumentModel } from './document';
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

const known = new WeakMap<DocumentModel, LostLabels | null>();

/** What shows that `model` lost some of its articles' labels, or undefined (found once per document version). */
export function lostLabels(model: DocumentModel): LostLabels | undefined {
  let found = known.get(model);
  if (found === undefined) known.set(model, (found = countLost(model.text)));
  return found ?? undefined;
}

/** A caption: one line, in brackets, opening with a capital, a paragraph of its own. */
const CAPTION_PARAGRAPH = /(?:^|\n[ \t]*\n)[ \t]*(\((?:\p{Lu}|\p{Lo})[^()\n]{0,120}\))[ \t]*\n[ \t]*\n/gu;
/** Lines a converter leaves between a caption and what it captions: a page's mark ("{8}-----"), an image. */
const BETWEEN = /^(?:\{\d{1,4}\}-{3,}|!\[[^\]\n]*\]\([^)\n]*\))[ \t]*$/;

function countLost(text: string): LostLabels | null {
  if (!text.includes('\n(')) return null;
  let lost = 0;
  let labelled = 0;
  let example = '';
  for (const match of text.matchAll(CAPTION_PARAGRAPH)) {
    let at = (match.index ?? 0) + match[0].length;
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
      if (!example) example = match[1].slice(0, 60);
    }
  }
  return lost >= FEWEST_LOST && labelled >= FEWEST_LABELLED ? { lost, captions: lost + labelled, example } : null;
}
