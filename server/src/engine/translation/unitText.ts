// The text a unit holds itself (not its sub-units'): its blocks, their shape, and the numbers
// written in them. This is what is compared between two aligned units.
import type { Span, Unit } from '../model';
import type { DocumentModel } from '../document';

const ownBlocksCache = new WeakMap<DocumentModel, Map<string, Span[]>>();
const titleCache = new WeakMap<DocumentModel, Map<string, Span>>();

/** The prose blocks of each unit that no sub-unit holds (a heading's title is not a block). */
export function ownBlocks(model: DocumentModel, unit: Unit): Span[] {
  let byUnit = ownBlocksCache.get(model);
  if (!byUnit) {
    byUnit = new Map();
    const titles = new Map<string, Span>();
    titleCache.set(model, titles);
    for (const span of model.prose) {
      let holder = model.root;
      for (;;) {
        const child = holder.children.find((c) => c.span.start <= span.start && span.start < c.span.end);
        if (!child) break;
        holder = child;
      }
      if (holder.headingDepth > 0 && span.start < holder.labelSpan.end) { titles.set(holder.id, span); continue; }
      const list = byUnit.get(holder.id);
      if (list) list.push(span); else byUnit.set(holder.id, [span]);
    }
    ownBlocksCache.set(model, byUnit);
  }
  return byUnit.get(unit.id) ?? [];
}

/** A unit's own text for words: its heading's title (if any) and its own blocks. */
export function ownText(model: DocumentModel, unit: Unit): Span[] {
  const blocks = ownBlocks(model, unit);
  const title = titleCache.get(model)?.get(unit.id);
  return title ? [title, ...blocks] : blocks;
}

const DASH_ITEM = /^\s*[–—•-]\s/;

export type BlockShape = 'text' | 'dash';

export function shapeOf(model: DocumentModel, unit: Unit): BlockShape[] {
  return ownBlocks(model, unit).map((span) => (DASH_ITEM.test(model.text.slice(span.start, Math.min(span.end, span.start + 8))) ? 'dash' : 'text'));
}

const COUNT_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** "one paragraph", "a paragraph and three “–” items": how a reader would describe the shape. */
export function describeShape(shape: BlockShape[]): string {
  const texts = shape.filter((s) => s === 'text').length;
  const dashes = shape.length - texts;
  const count = (n: number, one: string, many: string) => `${COUNT_WORDS[n] ?? n} ${n === 1 ? one : many}`;
  const parts: string[] = [];
  if (texts || !dashes) parts.push(texts === 1 && dashes ? 'a paragraph' : count(texts, 'paragraph', 'paragraphs'));
  if (dashes) parts.push(count(dashes, '“–” item', '“–” items'));
  return parts.join(' and ');
}

export interface WrittenNumber {
  /** Digits only: "1,000", "1.000" and "1 000" are all "1000". */
  value: string;
  span: Span;
  /** Written as a word ("sixty", "zestig"): only ever cancels a number of the other version, never reported. */
  word: boolean;
}

// Number words that are not also articles or pronouns ("one", "een", "un" are left out).
const UNITS = new Map<string, number>(Object.entries({
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11, twaalf: 12,
  deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12,
}));
const TENS = new Map<string, number>(Object.entries({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
  twintig: 20, dertig: 30, veertig: 40, vijftig: 50, zestig: 60, zeventig: 70, tachtig: 80, negentig: 90, honderd: 100,
  vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, cent: 100,
}));
const NUMBER_WORD = /[a-zA-Z]{3,9}(?:-[a-zA-Z]+)?/g;

function wordValue(word: string): number | undefined {
  const lower = word.toLowerCase();
  const dash = lower.indexOf('-');
  const first = dash < 0 ? lower : lower.slice(0, dash);
  const tens = TENS.get(first);
  const units = UNITS.get(first);
  if (tens === undefined && units === undefined) return undefined;
  // "twenty-four"; "seven-day-a-week" starts with a number word too.
  const second = dash < 0 ? undefined : UNITS.get(lower.slice(dash + 1));
  return tens !== undefined && second !== undefined ? tens + second : (units ?? tens);
}

/** Translator's notes and footnote marks are not the text of the treaty. */
const NOTES = /<sup>[\s\S]*?<\/sup>|\[\^[^\]]*\]/g;

// Digit groups of three after a separator are one number; anything else is its own number.
const NUMBER = /\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?!\d)|\d+/g;

/** Numbers written in a unit's own blocks, outside citations and outside its marker ("2.", "(b)"). */
const numbersCache = new WeakMap<DocumentModel, Map<string, WrittenNumber[]>>();

export function numbersOf(model: DocumentModel, unit: Unit, excluded: Span[]): WrittenNumber[] {
  let byUnit = numbersCache.get(model);
  if (!byUnit) { byUnit = new Map(); numbersCache.set(model, byUnit); }
  const cached = byUnit.get(unit.id);
  if (cached) return cached;
  const out: WrittenNumber[] = [];
  byUnit.set(unit.id, out);
  for (const block of ownBlocks(model, unit)) {
    const text = model.text.slice(block.start, block.end);
    const notes: Span[] = [];
    NOTES.lastIndex = 0;
    for (let note = NOTES.exec(text); note; note = NOTES.exec(text)) notes.push({ start: block.start + note.index, end: block.start + note.index + note[0].length });
    const skip = (start: number, end: number) => notes.some((span) => span.start < end && start < span.end) || excluded.some((span) => span.start < end && start < span.end);
    NUMBER_WORD.lastIndex = 0;
    for (let match = NUMBER_WORD.exec(text); match; match = NUMBER_WORD.exec(text)) {
      const value = wordValue(match[0]);
      const start = block.start + match.index;
      if (value !== undefined && !skip(start, start + match[0].length)) out.push({ value: String(value), span: { start, end: start + match[0].length }, word: true });
    }
    NUMBER.lastIndex = 0;
    for (let match = NUMBER.exec(text); match; match = NUMBER.exec(text)) {
      const start = block.start + match.index;
      const end = start + match[0].length;
      if (unit.headingDepth === 0 && start < unit.labelSpan.end && end > unit.labelSpan.start) continue;
      if (skip(start, end)) continue;
      out.push({ value: match[0].replace(/\D/g, '').replace(/^0+(?=\d)/, ''), span: { start, end }, word: false });
    }
  }
  return out;
}
