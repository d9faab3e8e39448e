// Items of a list a converter renumbered: markdown has only "1." and "1)", so pandoc and HTML-to-
// markdown converters write the "(a)", "(b)" of a paragraph, and the "(i)", "(ii)" inside them, as
// nested "1.", "2." lists (structure.ts gives such items a `listLevel`). The text still cites them
// by letter or numeral: "paragraph 1 (b)" is the second item of paragraph 1.
import type { Unit } from './model';
import { romanValue } from './keywords';
import { listItems } from './childIndex';

/** The item of `unit`'s renumbered list that a letter or roman numeral names, by position. */
export function listItemByPosition(unit: Unit, number: string): Unit | undefined {
  // listed once per unit: each of a list of thousands of items citing one looked at every item
  const items = listItems(unit);
  if (!items.length) return undefined;
  const position = positionNamed(number.trim(), items[0].listLevel!);
  return position === undefined ? undefined : items[position - 1];
}

/**
 * Legal lists go (a), (i), (A), (I) from the paragraph down: letters at odd levels, roman
 * numerals at even ones. Anything else names no position ("i" at the first level is the ninth
 * letter, never the first numeral; "b" at the second is not a numeral).
 */
function positionNamed(number: string, level: number): number | undefined {
  if (level % 2 === 1) {
    const letters = /^([a-z])\1*$/i.exec(number);
    return letters ? letters[1].toLowerCase().charCodeAt(0) - 96 + 26 * (number.length - 1) : undefined;
  }
  return romanValue(number);
}

/** How the text most likely cites an item of a renumbered list: "b" for the second lettered one, "ii" in a numeral list. */
export function listItemLetter(unit: Unit): string | undefined {
  const level = unit.listLevel;
  const position = Number(unit.number);
  if (level === undefined || !Number.isInteger(position) || position < 1) return undefined;
  if (level % 2 === 1) return String.fromCharCode(96 + ((position - 1) % 26) + 1).repeat(Math.floor((position - 1) / 26) + 1);
  return position < 40 ? romanNumeral(position) : undefined;
}

function romanNumeral(value: number): string {
  const tens = ['', 'x', 'xx', 'xxx'][Math.floor(value / 10)];
  const ones = ['', 'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix'][value % 10];
  return tens + ones;
}
