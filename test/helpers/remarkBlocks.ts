// Blocks from remark-parse's syntax tree: the reference the fast scanner is checked against.
// Tests inject it into parseDocument ({ blockParser: remarkBlocks }); it is no part of the
// shipped server, so remark stays out of dist/server.js and dist/cli.js.
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
          push('heading', node.depth ?? 1, start, end, first ?? end);
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
              push('listItem', listDepth + 1, itemStart, first.position?.end.offset ?? firstStart, firstStart, node.ordered ?? false, listNumber);
              visit(rest, listDepth + 1);
            } else {
              push('listItem', listDepth + 1, itemStart, item.position?.end.offset ?? itemStart, itemStart, node.ordered ?? false, listNumber);
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
