// The blocks of a document being edited, scanned again only around the edit. After an ATX heading
// or a thematic break nothing is open (no paragraph, list or list item: scanBlocks closes them
// all), so the scan from there depends on the text after it alone. The scan resumes at the last
// such point before the edit, and stops at the first one after it that the previous version's
// scan also passed (the same place, moved by the edit): from there on the text is the same, so
// the blocks are the previous ones, moved.
import { rememberResumePoints, resumePointsOf, scanFrom, type Block, type ResumePoints } from './blocks';
import { shiftBlock, type TextEdit } from './legalReadingMemo';

/** How many blocks the last rescan took over from the previous version without scanning them (tests). */
export const rescanStats = { kept: 0, scanned: 0 };

/**
 * The blocks of `text`, which is the text of `previous` (its scanBlocks or rescanBlocks result)
 * changed by `edit`; undefined when the scan cannot resume (scan the whole text then).
 */
export function rescanBlocks(previous: Block[], text: string, edit: TextEdit): Block[] | undefined {
  const old = resumePointsOf(previous);
  if (!old) return undefined;
  // The front matter must end where it did: text before the edit is the same, so it does when it
  // ended before the edit; with none, a text that starts with "---" could gain one.
  if (old.front >= 0 ? edit.start <= old.front : /^\ufeff?---/.test(text)) return undefined;
  const from = lastAtOrBefore(old.positions, edit.start);
  if (from < 0) return undefined;
  const delta = edit.newEnd - edit.oldEnd;
  const blocks = previous.slice(0, old.counts[from]);
  const points: ResumePoints = { positions: old.positions.slice(0, from + 1), counts: old.counts.slice(0, from + 1), front: old.front };
  let same = -1;
  const stopped = scanFrom(text, old.positions[from], blocks, points, (position) => {
    if (position < edit.newEnd) return false;
    same = indexOf(old.positions, position - delta);
    return same >= 0;
  });
  const scanned = blocks.length - old.counts[from];
  if (stopped) {
    const count = blocks.length;
    for (let i = old.counts[same]; i < previous.length; i++) blocks.push(shiftBlock(previous[i], delta));
    for (let i = same + 1; i < old.positions.length; i++) {
      points.positions.push(old.positions[i] + delta);
      points.counts.push(old.counts[i] - old.counts[same] + count);
    }
  }
  rememberResumePoints(blocks, points);
  rescanStats.kept = blocks.length - scanned;
  rescanStats.scanned = scanned;
  return blocks;
}

/** The index of the last value at or before `position` in an ascending list, or -1. */
function lastAtOrBefore(values: number[], position: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (values[middle] <= position) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

function indexOf(values: number[], position: number): number {
  const at = lastAtOrBefore(values, position);
  return at >= 0 && values[at] === position ? at : -1;
}
