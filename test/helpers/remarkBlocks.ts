// Blocks from remark-parse's syntax tree: the reference the fast scanner is checked against.
// Tests inject it into parseDocument ({ blockParser: remarkBlocks }); it is no part of the
// shipped server, so remark stays out of dist/server.js and dist/cli.js.
//
// The mapping from remark's nodes to blocks, exactly (the differential test asserts the fast
// scanner's blocks equal these, every field):
// - a heading's span runs from its first character to the end of its text: the underline of a
//   setext heading and the closing #'s of an ATX heading are markup, not part of it (remark's
//   node covers them; the model's heading is the label the reader sees);
// - a list item's span runs from its marker to the end of its first paragraph (the item's own
//   words; its nested blocks are blocks of their own), and its content starts after the marker
//   and its blanks, also when the words start on the next line;
// - an item with nothing on its marker's line ("3." alone, or "-" with a nested list on the next
//   lines) is its marker, and its content starts after the marker and the blanks that follow it
//   on that line, where its text would start (remark gives it no child to take it from);
// - an item whose marker's line opens another block ("- # x", "- 2. x", "-     code") is not
//   mapped: the scanner reads that line as the item's words (see DIVERGENCES in the differential test);
// - front matter and link reference definitions are no blocks.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Block, BlockKind } from '../../server/src/engine/blocks';
import { trimSpan } from '../../server/src/engine/blocks';

interface MdNode {
  type: string;
  depth?: number;
  ordered?: boolean;
  start?: number | null;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

export function remarkBlocks(text: string): Block[] {
  const tree = processor.parse(text) as MdNode;
  const blocks: Block[] = [];
  const push = (kind: BlockKind, depth: number, start: number, end: number, contentStart: number, ordered?: boolean, listNumber?: number) => {
    const span = trimSpan(text, start, end);
    if (span.end > span.start) blocks.push({ kind, depth, span, contentStart: Math.max(contentStart, span.start), ordered, listNumber });
  };
  const visit = (nodes: MdNode[], listDepth: number) => {
    for (const node of nodes) {
      const start = node.position?.start.offset ?? 0;
      const end = node.position?.end.offset ?? start;
      switch (node.type) {
        case 'heading': {
          const first = node.children?.[0]?.position?.start.offset;
          const last = node.children?.[node.children.length - 1]?.position?.end.offset;
          push('heading', node.depth ?? 1, start, last ?? end, first ?? end);
          break;
        }
        case 'paragraph':
          push('paragraph', 0, start, end, start);
          break;
        case 'list':
          (node.children ?? []).forEach((item, index) => {
            const listNumber = node.ordered ? (node.start ?? 1) + index : undefined;
            const itemStart = item.position?.start.offset ?? start;
            const [first, ...rest] = item.children ?? [];
            if (first && first.type === 'paragraph') {
              const firstStart = first.position?.start.offset ?? itemStart;
              const markerLineEnd = text.indexOf('\n', itemStart) < 0 ? text.length : text.indexOf('\n', itemStart);
              // Words that start on the next line ("-" then "  text"): the content still starts after the marker.
              const contentStart = firstStart > markerLineEnd ? afterMarker(text, trimSpan(text, itemStart, markerLineEnd).end) : firstStart;
              push('listItem', listDepth + 1, itemStart, first.position?.end.offset ?? firstStart, contentStart, node.ordered ?? false, listNumber);
              visit(rest, listDepth + 1);
            } else {
              const itemEnd = item.position?.end.offset ?? itemStart;
              const markerLineEnd = text.indexOf('\n', itemStart) < 0 ? text.length : text.indexOf('\n', itemStart);
              const firstStart = first?.position?.start.offset ?? itemEnd;
              if (!first || firstStart > markerLineEnd) {
                // Nothing on the marker's line: the item is its marker, its content would start after it.
                const marker = trimSpan(text, itemStart, Math.min(itemEnd, markerLineEnd));
                push('listItem', listDepth + 1, marker.start, marker.end, afterMarker(text, marker.end), node.ordered ?? false, listNumber);
              } else {
                push('listItem', listDepth + 1, itemStart, itemEnd, itemStart, node.ordered ?? false, listNumber);
              }
              visit(item.children ?? [], listDepth + 1);
            }
          });
          break;
        case 'html':
          push('html', 0, start, end, start);
          break;
        case 'code':
          push('code', 0, start, end, start);
          break;
        case 'thematicBreak':
          push('thematicBreak', 0, start, end, start);
          break;
        case 'blockquote':
          push('blockquote', 0, start, end, start);
          break;
        default:
          break; // yaml front matter, definitions of link labels: not part of the legal text
      }
    }
  };
  visit(tree.children ?? [], 0);
  return blocks;
}

/** After a marker that ends at `end`: past the spaces and tabs that follow it on its line. */
function afterMarker(text: string, end: number): number {
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  return end;
}
