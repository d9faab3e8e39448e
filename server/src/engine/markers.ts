// Paragraph markers at the start of a block: "1.", "(1)", "a.", "(a)", "a)", "(A)", "(i)",
// "1°.", Arabic "(أ)" and "’1’". The style tells the nesting; the value is the number.
import { asciiDigits } from './keywords';

export type MarkerStyle =
  | 'num-dot' | 'num-dash' | 'num-paren' | 'degree' | 'lower-dot' | 'lower-paren' | 'upper-dot' | 'upper-paren'
  | 'roman-dot' | 'roman-paren' | 'arabic-letter' | 'quoted-num' | 'upper-roman-dash';

export interface Marker {
  style: MarkerStyle;
  /** Normalised value: "1", "b", "iv", "A" (upper case kept: US "(A)" differs from "(a)"), "أ". */
  value: string;
  /** The marker as written, e.g. "(b)" or "1.". */
  label: string;
}

const PATTERNS: Array<{ style: MarkerStyle; pattern: RegExp }> = [
  // French parts of an article: "I.-1. Les personnes …", "II bis (1).-Afin …", "IV - Ainsi …", "I. - Toute …"
  { style: 'upper-roman-dash', pattern: /^([IVXL]{1,6}(?: ?(?:bis|ter|quater))?)(?: ?\(\d{1,2}\))? ?\.? ?[-–—] ?(?=\S)/ },
  // "8.L'autorité …": a converter may drop the space after the number
  { style: 'num-dot', pattern: /^(\d{1,4}[a-z]?)\.(?=\s|$|[A-ZÀ-Ý][a-zà-ÿ'’])/ },
  { style: 'num-dash', pattern: /^(\d{1,4})\s?[-–—](?=\s)/ },
  { style: 'num-paren', pattern: /^\((\d{1,4}[a-z]?)\)/ },
  { style: 'degree', pattern: /^(\d{1,3})°\.?(?=\s)/ },
  { style: 'lower-paren', pattern: /^\(([a-z]{1,4})\)/ },
  // "a)access …", "a.door …": converters drop the space after the marker; "e.g." and "i.e." stay words.
  { style: 'lower-dot', pattern: /^([a-z]{1,2})(?:[.)](?=\s|$)|\)(?=\p{L})|\.(?=\p{L}{2}))/u },
  { style: 'upper-paren', pattern: /^\(([A-Z]{1,2})\)/ },
  { style: 'upper-dot', pattern: /^([A-Z])\.(?=\s)/ },
  { style: 'arabic-letter', pattern: /^\(([\u0621-\u064a])\)/ },
  { style: 'quoted-num', pattern: /^[’‘'](\d{1,3})[’‘']/ },
];

/** Reads a marker at the start of `text` (leading whitespace allowed). */
export function readMarker(text: string): Marker | undefined {
  const head = asciiDigits(text.slice(0, 24).replace(/^[\s*_]+/, ''));
  for (const { style, pattern } of PATTERNS) {
    const match = pattern.exec(head);
    if (match) {
      if ((style === 'lower-paren' || style === 'lower-dot') && match[1].length > 1 && !/^[ivxlc]+$/.test(match[1]) && !/^([a-z])\1$/.test(match[1])) {
        continue; // "(ab)" is not a marker; "(aa)" and "(iv)" are
      }
      return { style, value: match[1], label: match[0] };
    }
  }
  return undefined;
}

export function isRomanCandidate(value: string): boolean {
  return /^[ivxlc]+$/.test(value);
}

/** The letter before `value` in the alphabet ("h" for "i"), for roman/letter ambiguity. */
export function previousLetter(value: string): string | undefined {
  if (value.length !== 1) return undefined;
  const code = value.charCodeAt(0);
  return code > 97 ? String.fromCharCode(code - 1) : undefined;
}
