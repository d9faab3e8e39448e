// Markers of an enumeration written inline in one paragraph ("… — (a) …; (b) …; or (c) …"), read
// once per text. Asking a paragraph for each cited number searched its whole text per number: a long
// list whose items the structure did not split (200 deep, each citing "paragraph 9999" or "item N")
// searched the same 60 KB once per distinct number, and grew ×2.7 per doubling (issue 11).
//
// A marker is "(N)", "N." or "N)" with N of at most MAX_MARKER characters, standing at the start
// of the text or after a space or one of ; : , — – ) -, followed by a space or "(", and not right
// after a unit word ("paragraph 1." is a citation, not an item). N is compared case-insensitively.

/** Longest number a marker can carry ("iiiiii", "12bis"): longer ones are citations, not markers. */
export const MAX_MARKER = 6;

/** Characters a marker may follow (besides the start of the text). */
const BEFORE = new Set([';', ':', ',', '—', '–', ')', '-']);
/** After a full stop, only a letter's marker: "… del presente Accordo.b)  Emendamenti." (items run into one paragraph, Fedlex as converted). */
const LETTER_AFTER_STOP = /^[a-z]{1,2}\)/;
/** "… Einrichtung; und(c) …" (Fedlex as converted): a bracketed marker glued to the list's "and" or "or" before it. */
const CONNECTOR_GLUED_BEFORE = /(?:^|[\s;,])(?:und|oder|sowie|and|or|et|ou|y|o|e)$/;
/** A number after one of these words is a citation ("de l'alinéa 1. Toute …"), not an item of the enumeration. */
const AFTER_UNIT_WORD = /(?:alinéa|alinea|paragraph|paragraphe|article|artikel|section|point|lid|punt|sub)\s$/iu;
const LONGEST_UNIT_WORD = 'paragraphe'.length + 1;
const SPACE = /\s/u;

export interface InlineMarkers {
  /** Where the marker numbered `number` stands at or after `from` (the index of the character before it, or 0 at the start), or -1. */
  find(number: string, from: number): number;
}

function fold(number: string): string {
  return number.toLowerCase();
}

/** Every marker of `text`, by folded number, with the places (ascending) where each stands. */
export function readInlineMarkers(text: string): InlineMarkers {
  const places = new Map<string, number[]>();
  const add = (number: string, place: number) => {
    const key = fold(number);
    const list = places.get(key);
    if (!list) places.set(key, [place]);
    else if (list[list.length - 1] !== place) list.push(place);
  };
  const endsMarker = (at: number) => at < text.length && (text[at] === '(' || SPACE.test(text[at]));
  // "_(a)_ in the case of …" (a line of a bill as converted from its PDF): a bracketed marker in italics, one mark either side
  const emphasisAt = (at: number) => text[at] === '_' || text[at] === '*';
  const emphasisedOpens = (at: number) => emphasisAt(at) && !emphasisAt(at - 1) && (at === 0 || SPACE.test(text[at - 1]) || BEFORE.has(text[at - 1]));
  for (let start = 0; start < text.length; start++) {
    // A marker begins at `start` itself (the text's first character) or right after the boundary character at `start`.
    for (const begin of start === 0 ? [0, 1] : [start + 1]) {
      const emphasised = begin > 0 && text[begin] === '(' && emphasisedOpens(begin - 1);
      if (begin > 0 && !(SPACE.test(text[begin - 1]) || BEFORE.has(text[begin - 1]) || emphasised ||
        // (a word's end before the stop, or a citation blanked there, "del presente Accordo.b)": not "U.S.A.b)", not "5.b)")
        (text[begin - 1] === '.' && !/[\p{Lu}\p{N}.]/u.test(text[begin - 2] ?? '.') && LETTER_AFTER_STOP.test(text.slice(begin, begin + 3))) ||
        (text[begin] === '(' && /\p{Ll}/u.test(text[begin - 1]) && CONNECTOR_GLUED_BEFORE.test(text.slice(Math.max(0, begin - 7), begin))))) continue;
      if (begin >= text.length) continue;
      let found = false;
      for (let length = 1; length <= MAX_MARKER && begin + length < text.length; length++) {
        // "N." and "N)"
        const close = text[begin + length];
        if (!emphasised && (close === '.' || close === ')') && endsMarker(begin + length + 1)) {
          if (!found && afterUnitWord(text, begin)) break;
          found = true;
          add(text.slice(begin, begin + length), start);
        }
        // "(N)"
        const closed = begin + length + 2 + (emphasised && text[begin + length + 2] === text[begin - 1] ? 1 : 0);
        if (text[begin] === '(' && text[begin + length + 1] === ')' && endsMarker(closed) && (!emphasised || closed > begin + length + 2)) {
          if (!found && afterUnitWord(text, begin)) break;
          found = true;
          add(text.slice(begin + 1, begin + length + 1), start);
        }
      }
    }
  }
  return {
    find(number: string, from: number): number {
      if (number.length > MAX_MARKER) return -1;
      const list = places.get(fold(number));
      if (!list) return -1;
      // The first place at or after `from` (binary search: the list is ascending).
      let low = 0;
      let high = list.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (list[middle] < from) low = middle + 1;
        else high = middle;
      }
      return low < list.length ? list[low] : -1;
    },
  };
}

function afterUnitWord(text: string, begin: number): boolean {
  return begin > 0 && AFTER_UNIT_WORD.test(text.slice(Math.max(0, begin - LONGEST_UNIT_WORD), begin));
}
