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
export function articlesRunTogether(text: string, blocks: readonly Block[], furniture: ReadonlySet<Block>): RunTogetherArticles {
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
  if (!taken.length) return NONE;
  const starts = taken.map((label) => label.at);
  return { numbers: taken.map((label) => label.number), within: (start, end) => starts.filter((at) => at >= start && at < end) };
}

/** The length of the label at `at` ("Artículo 10."), taken by articlesRunTogether. */
export function runTogetherLabelLength(text: string, at: number): number {
  const label = new RegExp(ARTICLE_LABEL.source, 'uy');
  label.lastIndex = at;
  return label.exec(text)?.[0].length ?? 0;
}
