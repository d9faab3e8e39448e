// Makes "as copied out of a PDF" plain text from a corpus document, for the import round trip:
// front matter, heading marks, gap comments and emphasis removed; lines re-broken at about
// 80 columns, some long words hyphenated at the break; page headers, footers and page numbers
// every ~50 lines. Deterministic (seeded).

export interface PlainTextOptions {
  width?: number;
  linesPerPage?: number;
  /** Keep a blank line between paragraphs (word-processor text) or not (dense PDF copy). */
  blankLines?: boolean;
  header?: string[];
  footer?: (page: number, pages: number) => string[];
  seed?: number;
  /** One line break in this many is hyphenated inside a long word. */
  hyphenateEvery?: number;
}

function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13; state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5; state >>>= 0;
    return state / 4294967296;
  };
}

/** The paragraphs (and heading lines) of a corpus document, without markup. */
export function stripMarkdown(markdown: string): string[] {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/<!--[\s\S]*?-->/g, '');
  const blocks: string[] = [];
  let current: string[] = [];
  const flush = () => { if (current.length) blocks.push(current.join(' ')); current = []; };
  for (const line of body.split('\n')) {
    if (!line.trim()) { flush(); continue; }
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (heading) { flush(); blocks.push(heading[1].trim()); continue; }
    current.push(line.trim().replace(/^[-*]\s+/, ''));
  }
  flush();
  return blocks.map((b) => b.replace(/\*([^*\n]+)\*/g, '$1').replace(/[ \t\n]+/g, ' ').trim()).filter(Boolean);
}

export function toPlainText(markdown: string, options: PlainTextOptions = {}): string {
  const width = options.width ?? 80;
  const perPage = options.linesPerPage ?? 50;
  const rand = random(options.seed ?? 7);
  const hyphenateEvery = options.hyphenateEvery ?? 6;
  const lines: string[] = [];
  for (const block of stripMarkdown(markdown)) {
    const words = block.split(' ');
    let line = '';
    for (let w = 0; w < words.length; w++) {
      let word = words[w];
      if (!line) { line = word; continue; }
      if (line.length + 1 + word.length <= width) { line += ' ' + word; continue; }
      const room = width - line.length - 2;
      // A natural break after a hyphen inside a compound ("co-" / "operation").
      const hyphenAt = word.lastIndexOf('-', room);
      if (hyphenAt >= 2 && hyphenAt < word.length - 2 && /\p{L}/u.test(word[hyphenAt - 1]) && /\p{L}/u.test(word[hyphenAt + 1])) {
        lines.push(line + ' ' + word.slice(0, hyphenAt + 1));
        line = word.slice(hyphenAt + 1);
        continue;
      }
      // A typesetter's hyphenation inside a long plain word.
      if (/^\p{Ll}{8,}[,;.]?$/u.test(word) && room >= 4 && rand() * hyphenateEvery < 1) {
        const cut = Math.min(room, Math.max(3, Math.floor(word.replace(/[,;.]$/, '').length / 2)));
        lines.push(line + ' ' + word.slice(0, cut) + '-');
        line = word.slice(cut);
        continue;
      }
      lines.push(line);
      line = word;
    }
    if (line) lines.push(line);
    if (options.blankLines !== false) lines.push('');
  }
  const pages = Math.ceil(lines.length / perPage);
  const header = options.header ?? ['A/RES/79/243'];
  const footer = options.footer ?? ((page: number, total: number) => ['24-25185', `${page}/${total}`]);
  const out: string[] = [];
  for (let p = 0; p < pages; p++) {
    if (p > 0) out.push(...header, '');
    out.push(...lines.slice(p * perPage, (p + 1) * perPage));
    out.push('', ...footer(p + 1, pages), '\f');
  }
  return out.join('\n');
}
