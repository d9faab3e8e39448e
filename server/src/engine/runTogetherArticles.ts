// Articles a converter ran together into one paragraph (the text of a scanned law, its lines joined):
// "… entre otras fuentes. Artículo 7. Agricultura regenerativa … Artículo 8. Semillas …", and after a grouping's heading in
// capitals on the same line, "CAPÍTULO III SIGNO DISTINTIVO Artículo 10. Signo distintivo …". A label inside running text
// is taken only where it goes on the numbering: the article before it has the number before (at a paragraph's start or run
// in itself), and only after a sentence's end or a heading in capitals, or before a short title closed by a stop. "… de la
// ley. Artículo 5. Las …" after article 9 stays a citation opening a sentence.
import type { Block } from './blocks';

/** An article's label with its full stop, then a capitalised word: "Artículo 7. Agricultura". */
const ARTICLE_LABEL = /(?:Artículo|Articulo|ARTÍCULO|ARTICULO|Artigo|ARTIGO|Articolo|ARTICOLO|Article|ARTICLE)[ \t](\d{1,4})\.(?=[ \t]+\p{Lu}\p{Ll})/gu;

/** Before a label inside running text: a sentence's end and a space. */
const SENTENCE_END_BEFORE = /[.;][ \t]{1,3}$/;

/** Before a label, from its line's start: a heading in capitals ("CAPÍTULO III SIGNO DISTINTIVO", "IMPUESTO GENERAL A LAS VENTAS (IGV)"). */
const CAPITALS_BEFORE = /^[ \t]*\p{Lu}[\p{Lu}\d \t()\-–,]{2,160}[ \t]$/u;

/**
 * After a label with no sentence's end before it (a scan that lost the stop: "… entre los Estados Artículo 150. De la
 * comunidad centroamericana. Guatemala, …"): a short title closed by a stop, then the text. A citation's sentence goes on.
 */
const TITLE_CLOSED_AFTER = /^[ \t]+\p{Lu}[^.;:\n]{2,80}\.[ \t]+\p{Lu}/u;

/**
 * An editor's note in italics closed right before a label, on the same line: "… B.O. 17/5/2017)***ARTICULO 120** — Será …",
 * "… en el Boletín Oficial.)*ARTICULO 2º — Requisitos …" (InfoLEG's texts as converted: the note on an amended article, then
 * the next article with no line between). Found from a capitalised word and a number after the note's close; whether they are a
 * label is read as at a paragraph's start (runInUnitLabel), and the note's opening "*(" is looked for before.
 */
const LABEL_AFTER_NOTE = /(?<=\)[*_]{1,3})(?:[*_]{1,6})?(?=\p{Lu}\p{L}{1,11}\.?[ \t]?\d)/gu;

/** How far back a note closed before a glued label may have opened. */
const NOTE_REACH = 600;

/** At a block's start, before its label: markup and spaces only. */
const BLOCK_START_BEFORE = /^[\s*_>]*$/;

export interface RunTogetherArticles {
  /** The numbers taken, in order: what the reading of the whole document depends on. */
  numbers: string[];
  /** The starts of the labels taken between two offsets. */
  within(start: number, end: number): number[];
}

const NONE: RunTogetherArticles = { numbers: [], within: () => [] };

/** The labels of articles run together inside paragraphs, each the next number after the article before it. */
export function articlesRunTogether(text: string, blocks: readonly Block[], furniture: ReadonlySet<Block>, labelLength: (head: string) => number | undefined): RunTogetherArticles {
  // One scan of the text, led by the label's word (every keystroke asks, through the document's facts: 0.1 ms on 190 KB)
  const taken: Array<{ at: number; number: string }> = [];
  let last: number | undefined;
  let index = 0;
  for (const match of text.matchAll(ARTICLE_LABEL)) {
    const at = match.index ?? 0;
    while (index < blocks.length && blocks[index].span.end <= at) index++;
    const block = blocks[index];
    const number = Number(match[1]);
    if (!block || block.span.start > at) continue;
    if (block.kind === 'heading' || BLOCK_START_BEFORE.test(text.slice(block.contentStart, at))) {
      last = number;
      continue;
    }
    if (block.kind !== 'paragraph' || furniture.has(block)) continue;
    const lineStart = Math.max(block.span.start, text.lastIndexOf('\n', at - 1) + 1);
    const before = text.slice(lineStart, at);
    if (before.trim() === '') {
      // a label opening a line of the paragraph (plainHeadingLines reads it run in): it numbers on
      last = number;
      continue;
    }
    if (last === undefined || number !== last + 1) continue;
    if (!SENTENCE_END_BEFORE.test(before) && !CAPITALS_BEFORE.test(before) && !TITLE_CLOSED_AFTER.test(text.slice(at + match[0].length, at + match[0].length + 100))) continue;
    taken.push({ at, number: match[1] });
    last = number;
  }
  const glued = labelsAfterNotes(text, blocks, furniture, labelLength);
  if (glued.length) {
    taken.push(...glued);
    taken.sort((a, b) => a.at - b.at);
  }
  if (!taken.length) return NONE;
  const starts = taken.map((label) => label.at);
  return { numbers: taken.map((label) => label.number), within: (start, end) => starts.filter((at) => at >= start && at < end) };
}

/** Labels glued to the editor's note in italics that closes the article before (LABEL_AFTER_NOTE), read as a run-in label reads. */
function labelsAfterNotes(text: string, blocks: readonly Block[], furniture: ReadonlySet<Block>, labelLength: (head: string) => number | undefined): Array<{ at: number; number: string }> {
  const taken: Array<{ at: number; number: string }> = [];
  // (a native search first: most texts close no note in italics, and the pattern's look-behind is tried at every position)
  if (!text.includes(')*') && !text.includes(')_')) return taken;
  let index = 0;
  for (const match of text.matchAll(LABEL_AFTER_NOTE)) {
    const at = match.index ?? 0;
    while (index < blocks.length && blocks[index].span.end <= at) index++;
    const block = blocks[index];
    if (!block || block.span.start > at || block.kind !== 'paragraph' || furniture.has(block)) continue;
    // the note opened in italics shortly before: "*(Artículo sustituido por art. 1° de la*[Ley …](…)*B.O. …)*", its lines
    // maybe paragraphs of their own ("*(… Vigencia:\n\na los noventa (90) días …\n\nRepública Argentina)***ARTICULO 2º.-** …")
    // (looked for within NOTE_REACH only: a text of many such closes and no note stays linear)
    const before = text.slice(Math.max(0, at - NOTE_REACH), at);
    if (!before.includes('*(') && !before.includes('_(')) continue;
    const length = labelLength(text.slice(at, Math.min(block.span.end, at + RUN_IN_REACH)));
    const number = length === undefined ? undefined : /\d{1,4}/.exec(text.slice(at, at + length))?.[0];
    if (number !== undefined) taken.push({ at, number });
  }
  return taken;
}

/** How far a glued label and its separator may reach. */
const RUN_IN_REACH = 280;

/** The length of the label at `at` ("Artículo 10."), taken by articlesRunTogether; `labelLength` reads a glued one (labelsAfterNotes). */
export function runTogetherLabelLength(text: string, at: number, labelLength: (head: string) => number | undefined): number {
  const label = new RegExp(ARTICLE_LABEL.source, 'uy');
  label.lastIndex = at;
  return label.exec(text)?.[0].length ?? labelLength(text.slice(at, at + RUN_IN_REACH)) ?? 0;
}
