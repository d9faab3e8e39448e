// The text of a document nobody is typing in, kept compact. V8 stores a text with any character
// above U+00FF (curly quotes, dashes: most legal text) at two bytes per character; as UTF-8 it
// takes about half. The model keeps the bytes and decodes them when its text is read; the last
// few decoded texts are kept, so a hover or a check of one document decodes it once.
//
// The model must hold nothing else of the text: V8 keeps a slice of 13 characters or more as a
// view of the whole text, so every string of the model is detached first (text.ts).
import type { DocumentModel } from './document';
import { detachStrings } from './text';

/** How many decoded texts are kept (the documents read most recently). */
const DECODED_KEPT = 12;

interface Slot {
  bytes: Uint8Array;
  text: string | undefined;
}

const decodedSlots: Slot[] = [];
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');
const SKIP_TEXT = new Set(['text']);
const WIDE = /[^\u0000-\u00ff]/;
/** A lone surrogate would not survive the round trip through UTF-8. */
const SURROGATE = /[\ud800-\udfff]/;

function decode(slot: Slot): string {
  const text = decoder.decode(slot.bytes);
  slot.text = text;
  decodedSlots.push(slot);
  if (decodedSlots.length > DECODED_KEPT) (decodedSlots.shift() as Slot).text = undefined;
  return text;
}

/**
 * Keeps the model's text as UTF-8 from now on. Nothing changes for readers of `model.text`.
 * A text V8 already stores at one byte per character (Latin-1) is left as it is.
 */
export function restText(model: DocumentModel): void {
  const text = model.text;
  if (text.length < 4096 || !WIDE.test(text) || SURROGATE.test(text)) return;
  rested++;
  detachStrings(model, SKIP_TEXT);
  const slot: Slot = { bytes: encoder.encode(text), text: undefined };
  Object.defineProperty(model, 'text', {
    enumerable: true,
    configurable: true,
    get: () => slot.text ?? decode(slot),
  });
}

let rested = 0;

/** Whether any document's text has been put to rest (then cached results must not hold slices of texts). */
export function someTextsRest(): boolean {
  return rested > 0;
}

/** Whether the model's text is kept compact (for tests and the memory benchmark). */
export function isResting(model: DocumentModel): boolean {
  return Object.getOwnPropertyDescriptor(model, 'text')?.get !== undefined;
}
