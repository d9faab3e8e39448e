// Budget laws and decrees, whose appropriations are numbered like articles ("Del artículo 461. Para sueldos …  $ 7.000.00")
// and whose sections are "Incisos" (Uruguay): words that read as citations and cite nothing of the text.
import type { Span } from './model';
import { onTableRow } from './text';

/** An amount in a table cell: "$", "7.000.00", "903.000", "11,800,000", "€ 250". */
const AMOUNT_CELL = /\|[ \t]*(?:[$€£¥]|US\$|(?:\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?))[ \t]*\|/;

/**
 * The amount in the table row that holds `offset`, when the row is one of a budget's (a cell of money), else undefined:
 * "| Del artículo 461. Para sueldos … | $ | 7.000.00 |", "| 101 11l 103 Artículo 3451. Sueldos del personal | 903.000 |".
 */
export function budgetTableRow(text: string, offset: number): string | undefined {
  const rowAt = (at: number) => {
    const start = text.lastIndexOf('\n', at - 1) + 1;
    const end = text.indexOf('\n', at);
    return { start, end: end < 0 ? text.length : end, row: text.slice(start, end < 0 ? text.length : end) };
  };
  const here = rowAt(offset);
  // "Al artículo 1597. Para gastos de administración … que hará el Gobierno $ 2.996.000.00" (a budget decree's line, no table):
  // the appropriation the citation opens, and its amount at the line's end
  if (!onTableRow(text, offset)) return BUDGET_LINE_START.test(here.row) ? BUDGET_LINE_AMOUNT.exec(here.row)?.[1] : undefined;
  const amountIn = (row: string) => AMOUNT_CELL.exec(row)?.[0].replace(/^\|[ \t]*|[ \t]*\|$/g, '');
  const own = amountIn(here.row.slice(offset - here.start)) ?? amountIn(here.row);
  if (own) return own;
  // "| 203, 351. Del artículo 9053. Para desarrollar … según las | | |" wrapped over rows: the amount on a row below
  let next = here.end + 1;
  for (let rows = 0; rows < BUDGET_ROW_REACH && next < text.length; rows++) {
    const below = rowAt(next);
    if (!onTableRow(text, next)) break;
    const amount = amountIn(below.row);
    if (amount) return amount;
    next = below.end + 1;
  }
  return undefined;
}

/** A line that opens by naming the appropriations it moves money to or from: "Al artículo 1597.", "Del artículo 461.", "A los artículos …". */
const BUDGET_LINE_START = /^[ \t*_]*(?:Al|Del|A\s+los|De\s+los)[ \t]+art[ií]culos?[ \t]+\d/i;
/** A sum of money ending a line: "$ 2.996.000.00", "US$ 1,250,000". */
const BUDGET_LINE_AMOUNT = /((?:[$€£¥]|US\$)[ \t]*\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?)[ \t*_]*$/;

/** How many rows below a table row its amount may stand, when the converter wrapped the row's text over several. */
const BUDGET_ROW_REACH = 3;

/**
 * "Las unidades ejecutoras de los Incisos 02 al 14", "del programa 001 del Inciso 07, "Ministerio …"", "(Incisos 80 a 97)"
 * (Uruguay's budget laws): "Inciso" written with a capital in mid-sentence, before a number of two digits, names a
 * section of the budget. A subparagraph is "el inciso segundo", "inciso 2" (small letter, a small number).
 */
export function budgetInciso(text: string, reference: { text: string; span: Span }): boolean {
  if (!/^Incisos?[ \t\n]+(?:0\d|[1-9]\d)(?!\d)/.test(reference.text)) return false;
  const before = text.slice(Math.max(0, reference.span.start - 40), reference.span.start);
  return /[\p{Ll},(][ \t\n(]*(?:(?:de|del|los|las|el|la)[ \t\n]+)*$/u.test(before) && !/\n[ \t]*\n[ \t(]*$/.test(before);
}
