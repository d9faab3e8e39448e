// A converter that guesses headings from a PDF's type sizes (pymupdf4llm, as Malaysia's bills are converted) turns lines of
// running text into headings: "### Council;", "### fee.".", "### ship" the words "a business …", "### and"; and". Where many
// of a document's headings are such pieces of sentences, its structure cannot be trusted, and a unit it seems to lack is no
// sign that the text lacks it.
import type { DocumentModel } from './document';
import { oncePerVersion } from './treeKeyed';

/** How many headings must be pieces of sentences, at least, and what share of all headings. */
const FEWEST_PIECES = 5;
const SHARE_OF_PIECES = 0.25;

export interface GuessedHeadings {
  pieces: number;
  headings: number;
  /** The first piece, as written ("### Council;"). */
  example: string;
}

/** What shows that `model`'s headings were guessed from a page's layout, or undefined (found once per document version). */
export const guessedHeadings: (model: DocumentModel) => GuessedHeadings | undefined = oncePerVersion((model) => countPieces(model.text) ?? undefined);

function countPieces(text: string): GuessedHeadings | null {
  let headings = 0;
  let pieces = 0;
  let example = '';
  for (const line of text.matchAll(HEADING_LINE)) {
    headings++;
    const words = line[2].trim();
    if (!isPieceOfSentence(words)) continue;
    pieces++;
    if (!example) example = `${line[1]} ${words}`.slice(0, 60);
  }
  return pieces >= FEWEST_PIECES && pieces >= headings * SHARE_OF_PIECES ? { pieces, headings, example } : null;
}

const HEADING_LINE = /^(#{1,6})[ \t]+([^\n]*)$/gm;
/** A list's marker, which a heading may open with ("#### a) Im allgemeinen"): no piece of a sentence. */
const MARKER_OPENING = /^(?:\(?[a-z]{1,3}[).]|\(\d{1,3}\))\s/;

/**
 * A heading's words that read as a piece of a sentence: opening in a small letter (no list marker), or ending with a comma or a
 * semicolon, or with a closing quotation mark and the stop after it ("fee.".", "28;';").
 */
function isPieceOfSentence(words: string): boolean {
  if (!words) return false;
  if (/^\p{Ll}/u.test(words) && !MARKER_OPENING.test(words)) return true;
  return /[,;]$/.test(words) || /["”'’][.;,"”'’]*$/.test(words) && /[.;,]/.test(words.slice(-3));
}
