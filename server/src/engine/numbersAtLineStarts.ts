// Decimal numbers that open lines the unit tree does not read as units: "    1.1.2 Die Grundgebühr beträgt …" (a fee schedule's
// points, indented as a code block by pandoc, bundestag/gesetze). A citation of "Nummer 1.1.2" finds its words there, but no unit.
import type { DocumentModel } from './document';
import { oncePerVersion } from './treeKeyed';

/** A decimal number of two to five parts opening a line (after indentation, a list's or a quotation's mark), or alone on it (a table's cell set out as a list). */
const DECIMAL_AT_LINE_START = /^[ \t>*+-]*(\d{1,3}(?:\.\d{1,3}){1,4})\.?(?:[ \t]+\S|[ \t]*$)/gm;

/** The decimal numbers that open a line of the document's text, read once per version. */
export const decimalsAtLineStarts = oncePerVersion((model: DocumentModel): ReadonlySet<string> => {
  const found = new Set<string>();
  for (const match of model.text.matchAll(DECIMAL_AT_LINE_START)) found.add(match[1]);
  return found;
});

/** The decimal number a citation's target is written with ("Nummer 1.1.2": "1.1.2"), or undefined. */
export function decimalWritten(text: string): string | undefined {
  return /(?<![\d.])\d{1,3}(?:\.\d{1,3}){1,4}(?![\d.]*\d)/.exec(text)?.[0];
}
