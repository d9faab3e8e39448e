// Tables a converter set out as nested lists: pandoc writes a grid table it cannot keep as "*    *   1.9" (a row's first cell)
// then "    *   betriebsbereite, jedoch dauernd unbenutzte Feuerstätte" (its next cells), as bundestag/gesetze gives the annexes
// and forms of German regulations. The structure reads no rows or cells there: what a citation finds in one cannot be told.
import type { DocumentModel } from './document';
import type { Unit } from './model';
import { UnitKeyedCache } from './treeKeyed';

/** A row's first cell: a list marker, spaces, a second list marker ("*    *   1.1", "*    *" alone; never a rule, "* * *"). */
const ROW_START = /^[*+-][ \t]{2,}[*+-](?:[ \t]|$)/;
/** How many lines back a cell is looked for its row's start (a cell's text wraps over a few lines, a row holds a few cells). */
const ROW_REACH_LINES = 40;
/** How many rows make a table: one is a list in a list. */
const MIN_ROWS = 3;

/**
 * Whether `offset` stands in a cell of a table set out as nested lists: its line, or one of the indented lines above it, opens
 * a row, with no line at the margin that is text between.
 */
export function onListTableRow(text: string, offset: number): boolean {
  let lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  for (let k = 0; k < ROW_REACH_LINES; k++) {
    const lineEnd = text.indexOf('\n', lineStart);
    const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
    if (ROW_START.test(line)) return true;
    // text at the margin (a paragraph, a heading) ends the table; blank and indented lines are within it
    if (/^[^\s]/.test(line)) return false;
    if (lineStart === 0) return false;
    lineStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  }
  return false;
}

const listTableUnits = new UnitKeyedCache<boolean>();

/** Whether `unit`'s text holds a table set out as nested lists (three rows or more): an annex's schedule of fees, a form. */
export function holdsListTable(doc: DocumentModel, unit: Unit): boolean {
  const known = listTableUnits.get(doc, unit);
  if (known !== undefined) return known;
  let rows = 0;
  const text = doc.text;
  for (let at = unit.span.start; at < unit.span.end && rows < MIN_ROWS;) {
    const end = text.indexOf('\n', at);
    const lineEnd = end < 0 || end > unit.span.end ? unit.span.end : end;
    if (ROW_START.test(text.slice(at, Math.min(lineEnd, at + 8)))) rows++;
    at = lineEnd + 1;
  }
  const holds = rows >= MIN_ROWS;
  listTableUnits.set(doc, unit, holds);
  return holds;
}
