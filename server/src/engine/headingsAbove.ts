// The markdown headings above a place in a text, nearest first, read line by line back from it: what a citation, a note or a
// provision stands under ("### Footnotes", "## Заключителни разпоредби КЪМ ЗАКОНА ЗА …"). Only lines that open with "#" are
// headings here: the callers ask about ATX headings, as converters write them.

export interface HeadingAbove {
  /** Where the heading's line starts. */
  start: number;
  /** How many "#" open it; 0 for a line that opens with "#" but is no heading ("#hashtag", "#######"). */
  depth: number;
  /** Its text, without the hashes and the closing ones. */
  text: string;
}

const ATX_LINE = /^(#{1,6})[ \t]+([^\n]*?)[ \t#]*$/;

/** The lines opening with "#" among the `maxLines` lines above `offset`, nearest first. */
export function* headingsAbove(text: string, offset: number, maxLines: number): Generator<HeadingAbove> {
  let end = text.lastIndexOf('\n', offset);
  for (let lines = 0; end > 0 && lines < maxLines; lines++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    if (text.charCodeAt(start) === 35 /* # */) {
      const heading = ATX_LINE.exec(text.slice(start, end));
      yield heading ? { start, depth: heading[1].length, text: heading[2] } : { start, depth: 0, text: '' };
    }
    end = start - 1;
  }
}
