// The cross-reference grammar: finds citations of units ("Article 7, paragraph 2 (b)",
// "section 2510(12)", "l'article 7, paragraphe 2", "artikel 138ab, eerste lid", "المادة 7")
// in legal prose and returns them as structured paths. It does not resolve anything.
//
// Pipeline: tokenize (tokenizer.ts, linear) → at each token, try a small recursive-descent
// parser driven by a language table (tables.ts). Every rule either consumes tokens or fails
// after a bounded look-ahead, so the whole scan is linear in the input.
//
// Grammar (informally; kw = unit keyword of the table, conn = list connector):
//
//   reference  := citation | thisPhrase
//   citation   := group tail
//   group      := kw item ( sep item | range item | sep [det] kw item )*      "Articles 2, 3 and 5"
//               | ordinals kw ( sep [det] ordinals kw )*                        "het eerste en tweede lid"
//   item       := primary subStep* [ [","] group-of-a-lower-unit ]             "7, paragraph 2 (b)"
//   primary    := number | "(b)" | letter | roman | ordinal-word
//   subStep    := "." alnum | "(b)" | "b)" | "’1‘"                              "1.a", "2510(12)", "2 b)"
//   tail       := ( [","] of ( thisPhrase | group | instrument ) )* [relative]   "of article 7 of this Convention"
//   thisPhrase := [det] this ( kw | instrument-noun )                           "this chapter", "du présent code"
//
// Tables with bareOuter (Russian) read the tail's "of" as optional: "пункт 2 статьи 7".
// Tables with numberBeforeUnit (Chinese) use their own rule, outermost unit first, anchor first:
//
//   cjkRef     := [ this ( kw | instrument-noun ) | instrument-noun ] cjkGroup   "本条第一款", "本公约第二条"
//   cjkGroup   := chain ( ( sep | range ) chain )*                                "第十二条、第十三条和第十四条"
//   chain      := unit ( unit-of-a-lower-rank )*                                 "第七条第二款第(二)项"
//   unit       := prefix number kw | [prefix] marker kw                          "第七条", "第7条", "(b)项"
import type { Span } from '../model';
import type { ParsedReference, RefAnchor, RefStep, RefTarget, RefUnitKind } from './types';
import { LANGUAGE_TABLES, type Direction, type LanguageTable, type UnitKeyword } from './tables';
import { tokenize, type Token } from './tokenizer';

export { tokenize } from './tokenizer';
export { LANGUAGE_TABLES } from './tables';

// ---------------------------------------------------------------------------------------------
// Compiled tables: every key becomes a token sequence in a trie.

interface TrieNode<V> {
  next: Map<string, TrieNode<V>>;
  value?: V;
}

function newNode<V>(): TrieNode<V> {
  return { next: new Map() };
}

interface Compiled {
  table: LanguageTable;
  units: TrieNode<UnitKeyword>;
  list: TrieNode<true>;
  range: TrieNode<true>;
  of: TrieNode<true>;
  det: TrieNode<true>;
  thisW: TrieNode<true>;
  relative: TrieNode<Direction>;
  here: TrieNode<true>;
  instruments: TrieNode<true>;
  ordinals: TrieNode<number>;
  nameConnectors: TrieNode<true>;
  ordinalSuffixes: Set<string>;
  numberOrdinalSuffixes: Set<string>;
  numberSuffixWords: Set<string>;
  instrumentUnits: Set<RefUnitKind>;
  prefixes: [string, string][];
  compounds: TrieNode<true>;
  hasCompounds: boolean;
  numberPrefix: TrieNode<true>;
  datedNouns: TrieNode<true>;
  relBefore: TrieNode<Direction>;
  relAfter: TrieNode<Direction>;
  dateWords: TrieNode<true>;
  /** First tokens of anything a reference can start with (unit, ordinal, "this" word). */
  starters: Set<string>;
}

function keyTokens(key: string): string[] {
  return tokenize(key).filter((t) => t.kind !== 'break').map((t) => t.norm);
}

function buildTrie<V>(entries: [string, V][]): TrieNode<V> {
  const root = newNode<V>();
  for (const [key, value] of entries) {
    let node = root;
    for (const part of keyTokens(key)) {
      let child = node.next.get(part);
      if (!child) node.next.set(part, (child = newNode<V>()));
      node = child;
    }
    node.value = value;
  }
  return root;
}

const set = (words: string[]): [string, true][] => words.map((w) => [w, true]);

function compile(table: LanguageTable): Compiled {
  return {
    table,
    units: buildTrie(Object.entries(table.units)),
    list: buildTrie(set(table.listConnectors)),
    range: buildTrie(set(table.rangeConnectors)),
    of: buildTrie(set(table.ofWords)),
    det: buildTrie(set(table.determiners)),
    thisW: buildTrie(set(table.thisWords)),
    relative: buildTrie(Object.entries(table.relative)),
    here: buildTrie(set(table.hereWords ?? [])),
    instruments: buildTrie(set(table.instruments)),
    ordinals: buildTrie(Object.entries(table.ordinals)),
    nameConnectors: buildTrie(set(table.nameConnectors)),
    ordinalSuffixes: new Set(table.ordinalSuffixes.map((s) => s.toLowerCase())),
    numberOrdinalSuffixes: new Set((table.numberOrdinalSuffixes ?? []).map((s) => s.toLowerCase())),
    numberSuffixWords: new Set((table.numberSuffixWords ?? []).map((s) => s.toLowerCase())),
    instrumentUnits: new Set(table.instrumentUnits ?? []),
    prefixes: table.prefixes ?? [],
    compounds: buildTrie(set(table.compounds ?? [])),
    hasCompounds: !!table.compounds?.length,
    numberPrefix: buildTrie(set(table.numberBeforeUnit ?? [])),
    datedNouns: buildTrie(set(table.datedInstruments?.nouns ?? [])),
    relBefore: buildTrie(Object.entries(table.relativeUnits?.before ?? {})),
    relAfter: buildTrie(Object.entries(table.relativeUnits?.after ?? {})),
    dateWords: buildTrie(set(table.datedInstruments?.dateWords ?? [])),
    starters: new Set([...Object.keys(table.units), ...Object.keys(table.ordinals), ...table.thisWords,
      ...(table.numberBeforeUnit ?? []), ...(table.numberBeforeUnit ? table.instruments : []),
      ...Object.keys(table.relativeUnits?.before ?? {})].map((k) => keyTokens(k)[0])),
  };
}

const compiledCache = new Map<LanguageTable, Compiled>();
function compiled(table: LanguageTable): Compiled {
  let c = compiledCache.get(table);
  if (!c) compiledCache.set(table, (c = compile(table)));
  return c;
}

// ---------------------------------------------------------------------------------------------
// Unit ranks: a lower unit can follow a higher one after a comma ("Article 7, paragraph 2").

const RANK: Record<RefUnitKind, number> = {
  book: 0, part: 1, title: 2, chapter: 3, division: 4, section: 5, article: 6, annex: 6, schedule: 6,
  subsection: 7, paragraph: 8, alinea: 8, subparagraph: 9, clause: 10, item: 11, point: 11, unspecified: 12,
};

const MAX_TARGETS = 1000;
const MAX_NAME_TOKENS = 14;
const MAX_ORDINALS = 12;
/** Longest path; also the most outer units chained with "of". */
const MAX_DEPTH = 16;

// ---------------------------------------------------------------------------------------------
// Internal structures

/** A step plus the shape of its marker, used to attach "(b)" in "2703(a), (b)" to 2703. */
interface IStep extends RefStep {
  /** Fine shape: "num", "lower", "roman", "upper", "uroman", "arabic", "ord", prefixed by "p" for (x) and "q" for ’x‘. */
  shape: string;
}

interface ITarget {
  path: IStep[];
  through?: IStep[];
}

interface Item {
  steps: IStep[];
  /** Token index after the item (may be past a trailing "." that a connector follows). */
  next: number;
  /** Char offset where the item's text ends. */
  endChar: number;
}

interface GroupResult {
  kind: RefUnitKind;
  targets: ITarget[];
  next: number;
  endChar: number;
  plural: boolean;
  /** A group of sentences ("Satz 1"): its targets hold only the units below the sentence. */
  sentence?: boolean;
}

function family(shape: string): string {
  const style = shape[0] === 'p' || shape[0] === 'q' ? shape[0] : '';
  let base = style ? shape.slice(1) : shape;
  if (base === 'roman') base = 'lower';
  if (base === 'uroman') base = 'upper';
  return style + base;
}

function letterShape(v: string): string {
  if (/^[0-9]+[a-zA-Z]*$/.test(v)) return 'num';
  if (/^(i|[ivx]{2,})$/.test(v)) return 'roman';
  if (/^[IVXLCDM]{2,}$/.test(v)) return 'uroman';
  if (/^[a-z]+$/.test(v)) return 'lower';
  if (/^[A-Z]+$/.test(v)) return 'upper';
  return 'arabic';
}

// ---------------------------------------------------------------------------------------------
// The parser for one language table over one token array.

class Parser {
  constructor(
    private readonly toks: Token[],
    private readonly text: string,
    private readonly c: Compiled,
  ) {}

  // ----- token helpers

  private tok(i: number): Token | undefined {
    return this.toks[i];
  }

  private isPunct(i: number, chars: string): boolean {
    const t = this.toks[i];
    return t !== undefined && t.kind === 'punct' && chars.includes(t.norm);
  }

  private isComma(i: number): boolean {
    return this.isPunct(i, ',');
  }

  private rank(kind: RefUnitKind): number {
    return this.c.table.ranks?.[kind] ?? RANK[kind];
  }

  /** Longest match of a trie at token i. Punctuation in a key must be written attached. */
  private match<V>(trie: TrieNode<V>, i: number, allowPrefix = false): { value: V; next: number; skip: number } | null {
    const t0 = this.toks[i];
    if (!t0 || t0.kind === 'break' || t0.kind === 'marker') return null;
    const best = this.walk(trie, t0.norm, i, 0);
    // "条件" (condition) is a word of its own, not the keyword "条" followed by "件"
    if (best && this.c.hasCompounds && trie !== this.c.compounds) {
      const w = this.walk(this.c.compounds, t0.norm, i, 0);
      if (w && w.next > best.next) return null;
    }
    if (best || !allowPrefix || t0.kind !== 'word' || !this.c.prefixes.length) return best;
    for (const [written, replacement] of this.c.prefixes) {
      if (t0.norm.length > written.length + 1 && t0.norm.startsWith(written)) {
        // the keyword starts where written and replacement stop sharing a tail: "لل|مادة" vs "ال|مادة"
        let common = 0;
        while (common < replacement.length && written[written.length - 1 - common] === replacement[replacement.length - 1 - common]) common++;
        const r = this.walk(trie, replacement + t0.norm.slice(written.length), i, written.length - common);
        if (r) return r;
      }
    }
    return null;
  }

  private walk<V>(trie: TrieNode<V>, first: string, i: number, skip: number): { value: V; next: number; skip: number } | null {
    let node: TrieNode<V> | undefined = trie.next.get(first);
    if (!node) return null;
    let value: V | undefined;
    let next = -1;
    let j = i + 1;
    while (node) {
      if (node.value !== undefined) {
        value = node.value;
        next = j;
      }
      if (node.next.size === 0) break;
      const t = this.toks[j];
      if (!t || t.kind === 'break' || (t.kind === 'punct' && t.space && t.norm !== '/')) break;
      node = node.next.get(t.norm);
      j++;
    }
    return value === undefined ? null : { value, next, skip };
  }

  private isConnectorLike(i: number): boolean {
    const t = this.toks[i];
    if (!t) return true;
    if (t.kind !== 'word') return true;
    return !!(this.match(this.c.list, i) || this.match(this.c.range, i) || this.match(this.c.of, i) ||
      this.match(this.c.relative, i) || this.match(this.c.here, i) || this.match(this.c.units, i, true) ||
      // "главы II настоящей Конвенции", "главы II Конвенции": the outer phrase needs no of-word
      (this.c.table.bareOuter && (this.match(this.c.thisW, i) || this.match(this.c.instruments, i))));
  }

  private skipDet(i: number): number {
    const d = this.match(this.c.det, i);
    return d ? d.next : i;
  }

  // ----- items

  private step(kind: RefUnitKind, number: string, t: Token, shape: string, end = t.end): IStep {
    return { kind, number, span: { start: t.start, end }, shape };
  }

  /** "7", "138ab", "1er", "78 ter", "(a)", "II", "b", "K.3", "premier". */
  private primary(i: number, kind: RefUnitKind, numericOnly: boolean): { step: IStep; next: number } | null {
    const t = this.tok(i);
    // A marker opening a line opens the next provision, unless punctuation goes on after it ("subsection\n(2), for …").
    if (!t || t.newline && t.kind === 'marker' && !(this.tok(i + 1)?.kind === 'punct' && /^[,;.)]$/.test(this.tok(i + 1)!.norm))) return null;
    const code = this.codeNumber(i);
    if (code) return { step: this.step(kind, code.number, t, 'num', code.end), next: code.next };
    if (t.kind === 'num') {
      // "24/7", "2013/40": not a unit number
      const slash = this.tok(i + 1);
      if (slash && slash.kind === 'punct' && slash.norm === '/' && !slash.space && this.tok(i + 2)?.kind === 'num' && !this.tok(i + 2)!.space) return null;
      let number = t.digits!;
      const suffix = t.suffix ?? '';
      if (suffix && !this.c.numberOrdinalSuffixes.has(suffix.toLowerCase())) number += suffix;
      let next = i + 1;
      let end = t.end;
      const s = this.tok(next);
      if (s && s.kind === 'word' && !s.newline && this.c.numberSuffixWords.has(s.norm)) {
        number += s.norm;
        end = s.end;
        next++;
      }
      return { step: this.step(kind, number, t, 'num', end), next };
    }
    if (numericOnly) return null;
    if (t.kind === 'marker') {
      return { step: this.step(kind, t.norm, t, (t.style === 'quote' ? 'q' : 'p') + letterShape(t.norm)), next: i + 1 };
    }
    if (t.kind !== 'word') return null;
    if (this.c.table.ordinalItems) {
      const o = this.match(this.c.ordinals, i);
      if (o) return { step: this.step(kind, String(o.value), t, 'ord', this.toks[o.next - 1].end), next: o.next };
    }
    const raw = t.raw;
    const isRomanUpper = /^[IVXLCDM]{1,8}$/.test(raw);
    const isRomanLower = /^[ivxlcdm]{2,8}$/.test(raw);
    const isLetter = /^[a-zA-Z]$/.test(raw) || /^[\u0621-\u064A]$/.test(raw);
    if (!isRomanUpper && !isRomanLower && !isLetter) return null;
    // "Article K.3": capital letter, ".", number
    const dot = this.tok(i + 1);
    const after = this.tok(i + 2);
    if (/^[A-Z]$/.test(raw) && dot && dot.kind === 'punct' && dot.norm === '.' && !dot.space && after && after.kind === 'num' && !after.space) {
      return { step: this.step(kind, raw + '.' + after.digits! + (after.suffix ?? ''), t, 'num', after.end), next: i + 2 + 1 };
    }
    // A bare letter is a number only when no ordinary word follows it ("paragraph a person" is not).
    let k = i + 1;
    if (this.isPunct(k, '.') && !this.tok(k)!.space) {
      const nt = this.tok(k + 1);
      if (nt && !nt.space && (nt.kind === 'num' || nt.kind === 'word')) return { step: this.step(kind, raw, t, letterShape(raw)), next: i + 1 };
      k++;
    }
    const nt = this.tok(k);
    if (nt && nt.kind === 'word' && !nt.newline && !this.isConnectorLike(k)) return null;
    return { step: this.step(kind, raw, t, letterShape(raw)), next: i + 1 };
  }

  /**
   * A French code's article number: "323-3-1", "L. 226-1", "R10-13", "L. 34-1-1" → "323-3-1", "L226-1".
   * Only where the table says so, and only with a hyphen or a part letter (a plain "7" is a plain number).
   */
  private codeNumber(i: number): { number: string; end: number; next: number } | null {
    const letters = this.c.table.codeNumbers?.partLetters;
    if (!letters) return null;
    let j = i;
    let prefix = '';
    const t = this.tok(j);
    if (t?.kind === 'word' && letters.includes(t.raw)) {
      prefix = t.raw;
      j++;
      if (this.isPunct(j, '.') && !this.tok(j)!.space) j++;
      const n = this.tok(j);
      if (!n || n.kind !== 'num' || n.suffix || n.newline) return null;
    }
    const first = this.tok(j);
    if (!first || first.kind !== 'num' || first.suffix) return null;
    let number = prefix + first.digits!;
    let end = first.end;
    j++;
    // "-3-1": each part attached, no space on either side of the hyphen (a spaced dash is a range)
    while (this.isPunct(j, '-') && !this.tok(j)!.space && this.tok(j + 1)?.kind === 'num' && !this.tok(j + 1)!.space && !this.tok(j + 1)!.suffix) {
      number += '-' + this.tok(j + 1)!.digits!;
      end = this.tok(j + 1)!.end;
      j += 2;
    }
    return prefix || number.includes('-') ? { number, end, next: j } : null;
  }

  /** Sub-steps after a primary: ".a", "(b)", " (b)", " b)", "’1‘", " a.ii". */
  private subSteps(steps: IStep[], i: number): number {
    for (;;) {
      if (steps.length >= MAX_DEPTH) return i;
      const t = this.tok(i);
      if (!t || t.kind === 'break') return i;
      if (t.kind === 'marker' && !t.newline) {
        steps.push(this.step('unspecified', t.norm, t, (t.style === 'quote' ? 'q' : 'p') + letterShape(t.norm)));
        i++;
        continue;
      }
      if (t.kind === 'punct' && t.norm === '.' && !t.space) {
        const n = this.tok(i + 1);
        if (n && !n.space && (n.kind === 'num' || (n.kind === 'word' && /^([a-zA-Z]|[ivx]{1,5})$/.test(n.raw)))) {
          steps.push(this.step('unspecified', n.kind === 'num' ? n.digits! + (n.suffix ?? '') : n.raw, n, n.kind === 'num' ? 'num' : letterShape(n.raw)));
          i += 2;
          continue;
        }
        return i;
      }
      if (t.kind === 'word' && t.space && !t.newline && /^([a-zA-Z]{1,2}|[ivx]{1,5})$/.test(t.raw)) {
        const close = this.tok(i + 1);
        // "2 b)"
        if (close && close.kind === 'punct' && close.norm === ')' && !close.space) {
          steps.push(this.step('unspecified', t.raw, t, letterShape(t.raw), close.end));
          i += 2;
          continue;
        }
        // "1 a.ii"
        const after = this.tok(i + 2);
        if (/^[a-z]$/.test(t.raw) && close && close.kind === 'punct' && close.norm === '.' && !close.space &&
          after && !after.space && after.kind === 'word' && /^([a-z]|[ivx]{1,5})$/.test(after.raw)) {
          steps.push(this.step('unspecified', t.raw, t, letterShape(t.raw)));
          i += 1;
          continue;
        }
      }
      return i;
    }
  }

  private item(i: number, kind: RefUnitKind, numericOnly: boolean): Item | null {
    const p = this.primary(i, kind, numericOnly);
    if (!p) return null;
    const steps = [p.step];
    let next = this.subSteps(steps, p.next);
    const last = steps[steps.length - 1];
    const endChar = Math.max(last.span.end, this.toks[next - 1].end);
    // "d. and e": a letter's own "." is skipped when a connector follows it
    if (this.isPunct(next, '.') && !this.tok(next)!.space && /^(p|q)?(lower|upper|roman|uroman|arabic)$/.test(last.shape)) {
      const after = this.tok(next + 1);
      if (after && !after.newline && (this.isComma(next + 1) || (after.kind === 'word' && this.isConnectorLike(next + 1)))) next++;
    }
    return { steps, next, endChar };
  }

  /** Attaches a later item to the previous one: "2703(a), (b)" → 2703/(b); else a sibling, or null. */
  private attach(prev: IStep[], steps: IStep[], kind: RefUnitKind): IStep[] | null {
    const first = steps[0];
    // "onderdeel a, ii": a bare roman numeral after a bare letter (other than h) goes one level down
    const tail = prev[prev.length - 1];
    if (first.shape === 'roman' && tail.shape === 'lower' && tail.number !== 'h') {
      return prev.concat(steps.map((s) => ({ ...s, kind: 'unspecified' as RefUnitKind })));
    }
    for (let j = prev.length - 1; j >= 1; j--) {
      if (prev[j].shape === first.shape) {
        const kinds = steps.map((s, k) => (j + k < prev.length ? prev[j + k].kind : 'unspecified'));
        return prev.slice(0, j).concat(steps.map((s, k) => ({ ...s, kind: kinds[k] })));
      }
    }
    if (family(prev[0].shape) === family(first.shape)) return [{ ...first, kind }, ...steps.slice(1)];
    return null;
  }

  // ----- separators

  /** "," | conn | "," conn — returns the index after it, or -1. */
  private listSep(i: number): number {
    let j = i;
    if (this.isComma(j)) j++;
    const conn = this.match(this.c.list, j);
    if (conn) return conn.next;
    return j > i ? j : -1;
  }

  private rangeSep(i: number): number {
    const r = this.match(this.c.range, i);
    return r ? r.next : -1;
  }

  // ----- groups

  private ordinalList(i: number): { values: { n: number; t: Token; end: number }[]; next: number } | null {
    const values: { n: number; t: Token; end: number }[] = [];
    let j = i;
    for (;;) {
      const t = this.tok(j);
      if (!t) break;
      let n: number | null = null;
      let next = j + 1;
      const o = t.kind === 'word' ? this.match(this.c.ordinals, j) : null;
      if (o) {
        n = o.value;
        next = o.next;
      } else if (t.kind === 'num' && t.suffix && this.c.ordinalSuffixes.has(t.suffix.toLowerCase())) {
        n = Number(t.digits);
      }
      if (n === null) break;
      values.push({ n, t, end: this.toks[next - 1].end });
      j = next;
      if (values.length >= MAX_ORDINALS) break;
      const s = this.listSep(j);
      if (s < 0) break;
      const nt = this.tok(s);
      if (!nt || (nt.kind === 'word' ? !this.match(this.c.ordinals, s) : !(nt.kind === 'num' && nt.suffix))) break;
      j = s;
    }
    return values.length ? { values, next: j } : null;
  }

  /**
   * A group: "paragraphs 1 and 2", "eerste en tweede lid". minRank: the group's unit must rank below it
   * (for "Article 7, paragraph 2"). outerPlural: whether the enclosing group can take more items.
   */
  group(i: number, minRank: number, outerPlural: boolean): GroupResult | null {
    const kw = this.match(this.c.units, i, true);
    if (kw && this.rank(kw.value.kind) > minRank) return this.keywordGroup(kw.value, kw.next, minRank, outerPlural);
    const ords = this.ordinalList(i);
    if (ords) {
      const k = this.match(this.c.units, ords.next, true);
      if (k && this.rank(k.value.kind) > minRank) return this.ordinalGroup(ords, k.value, k.next, outerPlural);
    }
    return null;
  }

  private keywordGroup(kw: UnitKeyword, i: number, minRank: number, outerPlural: boolean): GroupResult | null {
    const kind = kw.kind;
    let plural = !!kw.plural;
    let numericOnly = !!kw.numericOnly;
    const first = this.item(i, kind, numericOnly);
    if (!first) return null;
    const targets: ITarget[] = [];
    let prev = first.steps;
    let next = first.next;
    let endChar = first.endChar;
    const acceptItem = (steps: IStep[], it: Item): void => {
      const d = this.drill(it.next, kind, plural);
      if (d) {
        for (const t of d.targets) {
          if (targets.length >= MAX_TARGETS) break;
          targets.push({ path: steps.concat(t.path), through: t.through && steps.concat(t.through) });
        }
        next = d.next;
        endChar = d.endChar;
      } else {
        if (targets.length < MAX_TARGETS) targets.push({ path: steps });
        next = it.next;
        endChar = it.endChar;
      }
      prev = steps;
    };
    acceptItem(first.steps, first);
    const canList = plural || !outerPlural;
    for (;;) {
      // range: "2 through 11", "1.b through 1.d", "(a) to (c)"
      const r = this.rangeSep(next);
      if (r >= 0 && targets.length && !targets[targets.length - 1].through) {
        const it = this.item(r, kind, numericOnly);
        const last = targets[targets.length - 1];
        const through = it && this.attach(last.path, it.steps, kind);
        const backwards = it && through && /^[0-9]+$/.test(last.path[0].number) && /^[0-9]+$/.test(through[0].number) &&
          Number(through[0].number) < Number(last.path[0].number);
        if (it && through && !backwards && last.path.length === prev.length) {
          last.through = through;
          next = it.next;
          endChar = it.endChar;
          continue;
        }
      }
      const s = this.listSep(next);
      if (s < 0) break;
      // sibling item: "12, 13 and 14", "(a), (b)"
      if (canList || plural) {
        const it = this.item(s, kind, numericOnly);
        const steps = it && this.attach(prev, it.steps, kind);
        if (it && steps) {
          // "a, ii" went one level down: it replaces "a" rather than adding to it
          const last = targets[targets.length - 1];
          if (steps.length > prev.length && last && last.path === prev && !last.through && prev.every((p, k) => steps[k] === p)) targets.pop();
          acceptItem(steps, it);
          continue;
        }
      }
      // a new keyword of the same unit: "Article 4, paragraph 2, Article 6, paragraph 3"
      const d = this.skipDet(s);
      const kw2 = this.match(this.c.units, d, true);
      if (kw2 && kw2.value.kind === kind) {
        const it = this.item(kw2.next, kind, !!kw2.value.numericOnly);
        if (it) {
          plural = !!kw2.value.plural;
          numericOnly = !!kw2.value.numericOnly;
          acceptItem(it.steps, it);
          continue;
        }
      }
      break;
    }
    void minRank;
    if (kw.sentence) return { kind, targets: withoutSentences(targets, first.steps.length), next, endChar, plural, sentence: true };
    return { kind, targets, next, endChar, plural };
  }

  private ordinalGroup(
    ords: { values: { n: number; t: Token; end: number }[]; next: number },
    kw: UnitKeyword,
    i: number,
    outerPlural: boolean,
  ): GroupResult {
    const kind = kw.kind;
    const targets: ITarget[] = [];
    let next = i;
    let endChar = this.toks[i - 1].end;
    const take = (values: { n: number; t: Token; end: number }[], after: number): void => {
      const paths = values.map((v): IStep[] => [this.step(kind, String(v.n), v.t, 'ord', v.end)]);
      next = after;
      endChar = this.toks[after - 1].end;
      const d = this.drill(after, kind, paths.length > 1);
      if (d) {
        const last = paths.pop()!;
        for (const p of paths) targets.push({ path: p });
        for (const t of d.targets) targets.push({ path: last.concat(t.path), through: t.through && last.concat(t.through) });
        next = d.next;
        endChar = d.endChar;
      } else {
        for (const p of paths) targets.push({ path: p });
      }
    };
    take(ords.values, i);
    void outerPlural;
    for (;;) {
      if (targets.length >= MAX_TARGETS) break;
      const s = this.listSep(next);
      if (s < 0) break;
      const o = this.ordinalList(this.skipDet(s));
      if (!o) break;
      const k = this.match(this.c.units, o.next, true);
      if (!k || k.value.kind !== kind) break;
      take(o.values, k.next);
    }
    return { kind, targets, next, endChar, plural: targets.length > 1 };
  }

  /** A lower unit after an item: "7, paragraph 2", "138ab, eerste lid", "1 point 1". */
  private drill(i: number, kind: RefUnitKind, plural: boolean): GroupResult | null {
    let j = i;
    if (this.isComma(j)) j++;
    const t = this.tok(j);
    if (!t || t.kind === 'break') return null;
    return this.group(j, this.rank(kind), plural);
  }

  // ----- anchors

  /** [det] this (unit | instrument): "this article", "la présente Convention", "هذه المادة". */
  thisPhrase(i: number): { unit: RefUnitKind | 'document'; start: number; end: number; next: number } | null {
    let d = i;
    let w = this.match(this.c.thisW, d, true);
    if (!w) {
      d = this.skipDet(i);
      w = d > i ? this.match(this.c.thisW, d, true) : null;
    }
    if (!w) return null;
    const start = this.toks[d].start + w.skip;
    const u = this.match(this.c.units, w.next);
    const inst = this.match(this.c.instruments, w.next);
    const best = u && (!inst || u.next >= inst.next) ? { unit: u.value.kind as RefUnitKind | 'document', next: u.next } : inst ? { unit: 'document' as const, next: inst.next } : null;
    if (!best) return null;
    return { unit: best.unit, start, end: this.toks[best.next - 1].end, next: best.next };
  }

  /** "Telemediengesetzes", "Strafgesetzbuches": a compound ending in an instrument noun. */
  private isSuffixNoun(t: Token): boolean {
    const suffixes = this.c.table.instrumentSuffixes;
    return !!suffixes && t.kind === 'word' && suffixes.some((suffix) => t.norm.length > suffix.length && t.norm.endsWith(suffix));
  }

  private isCapitalised(t: Token): boolean {
    const ch = t.raw[0];
    return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
  }

  /** "the Treaty on European Union", "Criminal Code", "code de procédure pénale", "الاتفاقية". */
  private instrument(i: number): { name: string; span: Span; next: number } | null {
    let j = this.skipDet(i);
    const first = this.tok(j);
    if (!first || first.kind !== 'word') return null;
    const firstIsNoun = !!this.match(this.c.instruments, j, true) || this.isSuffixNoun(first);
    // "eID-Karte-Gesetz": a compound noun may start with a lower-case letter
    if (!firstIsNoun && !this.isCapitalised(first) && !(this.c.table.instrumentSuffixes && /\p{Lu}/u.test(first.raw))) return null;
    let lastGood = -1;
    let hasNoun = false;
    let sinceConnector = 99;
    const start = j;
    let count = 0;
    while (j < this.toks.length && count < MAX_NAME_TOKENS) {
      const t = this.toks[j];
      if (t.kind === 'break') break;
      // a word hyphenated at the end of a line goes on: "eID-Karte-\nGesetzes"
      const hyphenated = j > start && this.isPunct(j - 1, '-') && !this.toks[j - 1].space;
      if (j > start && t.newline && !hyphenated) break;
      count++;
      if (t.kind === 'word') {
        const noun = this.match(this.c.instruments, j, j === start) ?? (this.isSuffixNoun(t) ? { next: j + 1 } : null);
        if (noun) {
          hasNoun = true;
          lastGood = noun.next - 1;
          j = noun.next;
          sinceConnector = 99;
          continue;
        }
        if (j > start && this.match(this.c.units, j)) break;
        const conn = this.match(this.c.nameConnectors, j);
        if (conn && j > start) {
          // "… Convention against Cybercrime and the Parties": "and the" ends the name
          if (this.match(this.c.list, j) && this.match(this.c.det, conn.next)) break;
          j = conn.next;
          sinceConnector = 0;
          continue;
        }
        if (this.isCapitalised(t) || j === start || (this.c.table.lowercaseNames && hasNoun && sinceConnector < 2)) {
          lastGood = j;
          j++;
          sinceConnector++;
          continue;
        }
        break;
      }
      if (t.kind === 'num') {
        const prevTok = this.toks[j - 1];
        const afterConnector = sinceConnector === 0;
        // "loi du 29 juillet 1881": a statute named by its date
        const month = this.tok(j + 1);
        const year = this.tok(j + 2);
        if (afterConnector && month?.kind === 'word' && this.c.table.months?.includes(month.norm) && year?.kind === 'num' && year.digits!.length === 4) {
          lastGood = j + 2;
          j += 3;
          sinceConnector = 99;
          continue;
        }
        // "loi n° 86-1067", "loi n° 2004-575": the number of a statute after "n°"
        if (afterConnector && /^(n°|nº|no\.?|nr\.?)$/.test(prevTok.norm) && prevTok.kind === 'word') {
          while (this.isPunct(j + 1, '-') && !this.tok(j + 1)!.space && this.tok(j + 2)?.kind === 'num' && !this.tok(j + 2)!.space) j += 2;
          lastGood = j;
          j++;
          sinceConnector = 99;
          continue;
        }
        if ((afterConnector && t.digits!.length === 4) || (!afterConnector && j > start && (prevTok.kind === 'word' || !t.space))) {
          lastGood = j;
          j++;
          sinceConnector = 99;
          continue;
        }
        break;
      }
      if (t.kind === 'punct' && '/-.'.includes(t.norm) && !t.space) {
        const n = this.tok(j + 1);
        const lineEnd = t.norm === '-' && n?.newline && n.kind === 'word';
        if (n && (!n.space || lineEnd) && (n.kind === 'num' || n.kind === 'word') && lastGood === j - 1) {
          j++;
          continue;
        }
      }
      break;
    }
    if (!hasNoun || lastGood < start) return null;
    const s = this.toks[start].start;
    const e = this.toks[lastGood].end;
    return { name: this.text.slice(s, e).replace(/\s+/g, ' '), span: { start: s, end: e }, next: lastGood + 1 };
  }

  /**
   * An outer unit named by its bare number (French): "du I", "du VI", and "du 7" when another outer
   * unit follows ("du 7 du I"). A capital roman numeral is a part of the article; a plain number a point.
   */
  private bareOuter(i: number): { step: IStep; next: number } | null {
    const bare = this.c.table.bareUnits;
    const t = this.tok(i);
    if (!bare || !t || t.newline) return null;
    const roman = t.kind === 'word' && /^[IVX]{1,5}$/.test(t.raw);
    if (!roman && !(t.kind === 'num' && !t.suffix)) return null;
    let next = i + 1;
    if (this.isPunct(next, '°') && !this.tok(next)!.space) next++;
    if (!roman) {
      const of = this.match(this.c.of, next);
      if (!of || !this.bareOuter(this.skipDet(of.next))) return null;
    }
    return { step: this.step('unspecified', roman ? t.raw : t.digits!, t, roman ? 'uroman' : 'num'), next };
  }

  /**
   * A unit cited by its bare number after "au"/"aux" (French): "visées au 2", "prévues au III",
   * "au 1 du VI de l'article 6", "aux 1 et 2 du I". Without an outer unit, a cue word ("visées",
   * "mentionnées") must stand before the preposition, so that "au 30 septembre" is never read.
   */
  private bareAt(i: number): { ref: Omit<ParsedReference, 'language' | 'text'>; next: number } | null {
    const bare = this.c.table.bareUnits;
    const t = this.toks[i];
    const before = this.tok(i - 1);
    if (!bare || !before || before.kind !== 'word' || !bare.before.includes(before.norm) || t.newline) return null;
    const roman = t.kind === 'word' && /^[IVX]{1,5}$/.test(t.raw);
    if (!roman && !(t.kind === 'num' && !t.suffix)) return null;
    const g = this.keywordGroup({ kind: 'unspecified' }, i, -1, false);
    if (!g || g.targets.some((target) => target.path.length !== 1)) return null;
    let after = g.next;
    let endChar = g.endChar;
    if (this.isPunct(after, '°') && !this.tok(after)!.space) endChar = this.toks[after++].end;
    // "prévues au 1 alinéa": a number before a unit noun counts that unit (the first alinéa)
    if (this.match(this.c.units, after)) return null;
    const tl = this.tail(after, g.targets);
    const cue = this.tok(i - 2);
    const cued = !!cue && cue.kind === 'word' && bare.cueWords.some((word) => cue.norm.startsWith(word));
    const outer = tl.anchor.kind !== 'none' || tl.targets.some((target) => target.path.length > 1);
    if (!outer && !cued) return null;
    const end = tl.endChar >= 0 ? tl.endChar : endChar;
    return { ref: { span: { start: t.start, end }, targets: tl.targets.map(publicTarget), anchor: tl.anchor }, next: Math.max(tl.next, after) };
  }

  /**
   * A unit named by its place, no number: "the preceding paragraph", "le précédent alinéa",
   * "des vorstehenden Absatzes" (place word first) or "l'alinéa précédent", "l'alinéa qui précède"
   * (noun first). Only a singular noun: "the preceding paragraphs" names no one unit.
   */
  private unitByPlace(i: number): { ref: Omit<ParsedReference, 'language' | 'text'>; next: number } | null {
    const first = this.match(this.c.relBefore, i);
    const kw = this.match(this.c.units, first ? first.next : i);
    if (!kw || kw.value.plural || kw.value.sentence) return null;
    const second = first ? null : this.match(this.c.relAfter, kw.next);
    const direction = first?.value ?? second?.value;
    if (!direction) return null;
    const end = this.toks[(second ?? kw).next - 1].end;
    const span = { start: this.toks[i].start, end };
    // a number after the noun makes it an ordinary citation ("the following paragraph 2" is paragraph 2)
    if (!second && (this.tok(kw.next)?.kind === 'num' || this.tok(kw.next)?.kind === 'marker')) return null;
    return { ref: { span, targets: [], anchor: { kind: 'relative', direction, span, unit: kw.value.kind } }, next: (second ?? kw).next };
  }

  /** "G v. 12.8.2021 I 3544 (Nr. 54)": an act named by its date, with its gazette place. */
  private datedInstrument(i: number): { name: string; span: Span; next: number } | null {
    const noun = this.match(this.c.datedNouns, i);
    const word = noun && this.match(this.c.dateWords, noun.next);
    if (!noun || !word) return null;
    // the date: "12.8.2021"
    let j = word.next;
    for (let part = 0; part < 3; part++) {
      if (this.tok(j)?.kind !== 'num') return null;
      j++;
      if (part < 2) {
        if (!this.isPunct(j, '.')) return null;
        j++;
      }
    }
    // the gazette: "I 3544", then "(Nr. 54)"
    if (/^I{1,3}$/.test(this.tok(j)?.raw ?? '') && this.tok(j + 1)?.kind === 'num') j += 2;
    if (this.isPunct(j, '(') && this.tok(j + 1)?.norm === 'nr' && this.isPunct(j + 2, '.') && this.tok(j + 3)?.kind === 'num' && this.isPunct(j + 4, ')')) j += 5;
    const start = this.toks[i].start;
    const end = this.toks[j - 1].end;
    return { name: this.text.slice(start, end).replace(/\s+/g, ' '), span: { start, end }, next: j };
  }

  /** The part after the cited units: "of article 7", "of this Convention", "of title 18", "above". */
  tail(i: number, targets: ITarget[]): { targets: ITarget[]; anchor: RefAnchor; next: number; endChar: number } {
    let next = i;
    let endChar = -1;
    let anchor: RefAnchor = { kind: 'none' };
    for (let depth = 0; depth < MAX_DEPTH; depth++) {
      let j = next;
      if (this.isComma(j)) j++;
      const of = this.match(this.c.of, j);
      if (!of && j === next) {
        const dated = this.datedInstrument(j);
        if (dated) {
          anchor = { kind: 'instrument', name: dated.name, span: dated.span };
          next = dated.next;
          endChar = dated.span.end;
          break;
        }
      }
      // Russian: the outer unit is in the genitive, with no of-word ("пункт 2 статьи 7"); never after a comma
      if (!of && !(this.c.table.bareOuter && j === next)) break;
      const q = of ? of.next : j;
      const th = this.thisPhrase(q);
      if (th) {
        anchor = { kind: 'this', unit: th.unit, span: { start: th.start, end: th.end } };
        next = th.next;
        endChar = th.end;
        break;
      }
      const g = this.group(this.skipDet(q), -1, false);
      // an outer unit must contain the inner one: "paragraph 2 of article 7", never "article 2 of article 7"
      const outermost = targets.length ? targets[0].path[0].kind : 'unspecified';
      if (g && !this.c.instrumentUnits.has(g.kind) && this.rank(g.kind) >= this.rank(outermost)) break;
      if (g) {
        if (this.c.instrumentUnits.has(g.kind)) {
          // "of title 18", "of title I of the Communications Act of 1934"
          const start = this.toks[this.skipDet(q)].start;
          let end = g.endChar;
          let after = g.next;
          const of2 = this.match(this.c.of, after);
          const inst = of2 && this.instrument(of2.next);
          if (inst) {
            end = inst.span.end;
            after = inst.next;
          }
          anchor = { kind: 'instrument', name: this.text.slice(start, end).replace(/\s+/g, ' '), span: { start, end } };
          next = after;
          endChar = end;
          break;
        }
        const combined: ITarget[] = [];
        for (const outer of g.targets) {
          for (const inner of targets) {
            if (combined.length >= MAX_TARGETS) break;
            combined.push({ path: outer.path.concat(inner.path), through: inner.through && outer.path.concat(inner.through) });
          }
        }
        targets = combined;
        next = g.next;
        endChar = g.endChar;
        continue;
      }
      const bare = this.bareOuter(q);
      if (bare) {
        targets = targets.map((t) => ({ path: [bare.step, ...t.path], through: t.through && [bare.step, ...t.through] }));
        next = bare.next;
        endChar = bare.step.span.end;
        continue;
      }
      const inst = this.instrument(q);
      if (inst) {
        anchor = { kind: 'instrument', name: inst.name, span: inst.span };
        next = inst.next;
        endChar = inst.span.end;
      }
      break;
    }
    if (anchor.kind === 'none') {
      // "Chapter IV hereof": of this instrument
      const here = this.match(this.c.here, this.isComma(next) ? next + 1 : next);
      if (here) {
        const t = this.toks[here.next - 1];
        const start = this.toks[here.next - 1].start;
        return { targets, anchor: { kind: 'this', unit: 'document', span: { start, end: t.end } }, next: here.next, endChar: t.end };
      }
      const r = this.match(this.c.relative, next);
      if (r) {
        const t = this.toks[r.next - 1];
        anchor = { kind: 'relative', direction: r.value, span: { start: this.toks[next].start, end: t.end } };
        endChar = t.end;
        next = r.next;
      }
    }
    return { targets, anchor, next, endChar };
  }

  /** "the preceding paragraph", "the following section": a unit named by its place, with no number. */
  private relativeUnit(i: number): { ref: Omit<ParsedReference, 'language' | 'text'>; next: number } | null {
    const d = this.skipDet(i);
    if (d === i) return null;
    const r = this.match(this.c.relative, d);
    if (!r || (r.value !== 'preceding' && r.value !== 'following')) return null;
    const u = this.match(this.c.units, r.next);
    if (!u || u.value.plural) return null;
    const unitTok = this.toks[u.next - 1];
    const start = this.toks[i].start;
    const step: RefStep = { kind: u.value.kind, number: '', span: { start: this.toks[u.next - 1 - (u.next - 1 - r.next)].start, end: unitTok.end } };
    return {
      ref: {
        span: { start, end: unitTok.end },
        targets: [{ path: [step], span: step.span }],
        anchor: { kind: 'relative', direction: r.value, span: { start: this.toks[d].start, end: this.toks[r.next - 1].end } },
      },
      next: u.next,
    };
  }

  // ----- number before the unit noun (Chinese)

  /** "第七条", "第7条", "第(二)项", "(b)项": one unit. A marker may go without the prefix. */
  private cjkUnit(i: number): CjkUnit | null {
    const p = this.match(this.c.numberPrefix, i);
    const k = p ? p.next : i;
    const t = this.tok(k);
    if (!t || (k > i && t.newline)) return null;
    if (t.kind === 'num' ? !p || (t.suffix && t.suffix.length > 0) : t.kind !== 'marker') return null;
    const kw = this.tok(k + 1);
    if (!kw || kw.newline) return null;
    const u = this.match(this.c.units, k + 1);
    if (!u) return null;
    const shape = t.kind === 'num' ? 'num' : 'p' + letterShape(t.norm);
    const step = this.step(u.value.kind, t.kind === 'num' ? t.digits! : t.norm, t, shape);
    return { step, next: u.next, endChar: this.toks[u.next - 1].end };
  }

  /** "第七条第二款第(二)项": units of falling rank, outermost first. */
  private cjkChain(i: number): CjkChain | null {
    const first = this.cjkUnit(i);
    if (!first) return null;
    const steps = [first.step];
    let next = first.next;
    let endChar = first.endChar;
    while (steps.length < MAX_DEPTH) {
      const u = this.cjkUnit(next);
      if (!u || RANK[u.step.kind] <= RANK[steps[steps.length - 1].kind]) break;
      steps.push(u.step);
      next = u.next;
      endChar = u.endChar;
    }
    return { steps, next, endChar };
  }

  /** A later chain in a list or range, placed under the previous path: "第七条第一款、第二款" → 7/2. */
  private cjkAttach(prev: IStep[], steps: IStep[]): IStep[] | null {
    for (let k = prev.length - 1; k >= 0; k--) {
      if (prev[k].kind === steps[0].kind) return prev.slice(0, k).concat(steps);
    }
    return null;
  }

  private cjkGroup(i: number): { targets: ITarget[]; next: number; endChar: number } | null {
    const first = this.cjkChain(i);
    if (!first) return null;
    const targets: ITarget[] = [{ path: first.steps }];
    let prev = first.steps;
    let next = first.next;
    let endChar = first.endChar;
    while (targets.length < MAX_TARGETS) {
      const last = targets[targets.length - 1];
      const r = this.rangeSep(next);
      if (r >= 0 && !last.through) {
        const c = this.cjkChain(r);
        const through = c && this.cjkAttach(prev, c.steps);
        if (c && through && through.length === last.path.length) {
          last.through = through;
          next = c.next;
          endChar = c.endChar;
          continue;
        }
      }
      const s = this.listSep(next);
      if (s < 0) break;
      const c = this.cjkChain(s);
      const path = c && this.cjkAttach(prev, c.steps);
      if (!c || !path) break;
      targets.push({ path });
      prev = path;
      next = c.next;
      endChar = c.endChar;
    }
    return { targets, next, endChar };
  }

  /** "第七条第二款", "本条第一款" (this article), "本公约第二条" (this document), "公约第二条", "本公约". */
  private cjkAt(i: number): { ref: Omit<ParsedReference, 'language' | 'text'>; next: number } | null {
    const start = this.toks[i].start;
    let anchor: RefAnchor = { kind: 'none' };
    let j = i;
    const th = this.thisPhrase(i);
    if (th) {
      anchor = { kind: 'this', unit: th.unit, span: { start: th.start, end: th.end } };
      j = th.next;
    } else {
      // "公约第二条"; but "刑法第二条" names no instrument here (the noun ends a longer name)
      const before = this.tok(i - 1);
      const inst = before && before.kind === 'word' && !this.toks[i].space ? null : this.match(this.c.instruments, i);
      if (inst) {
        const span = { start, end: this.toks[inst.next - 1].end };
        anchor = { kind: 'instrument', name: this.text.slice(span.start, span.end), span };
        j = inst.next;
      }
    }
    const g = this.cjkGroup(j);
    if (g) {
      return { ref: { span: { start, end: g.endChar }, targets: g.targets.map(publicTarget), anchor }, next: g.next };
    }
    if (th) return { ref: { span: { start: th.start, end: th.end }, targets: [], anchor }, next: th.next };
    return null;
  }

  // ----- top level

  /** A reference starting at token i, or null. */
  at(i: number): { ref: Omit<ParsedReference, 'language' | 'text'>; next: number } | null {
    const t = this.toks[i];
    if (this.c.table.numberBeforeUnit) return t.kind === 'word' && this.c.starters.has(t.norm) ? this.cjkAt(i) : null;
    if (this.c.table.bareUnits && (t.kind === 'num' || t.kind === 'word')) {
      const bare = this.bareAt(i);
      if (bare) return bare;
    }
    if (t.kind === 'num') {
      if (!t.suffix || !this.c.ordinalSuffixes.has(t.suffix.toLowerCase())) return null;
    } else if (t.kind !== 'word' || (!this.c.starters.has(t.norm) && !this.c.prefixes.length)) {
      return null;
    }
    const g = this.group(i, -1, false);
    if (g) {
      const kw = this.match(this.c.units, i, true);
      const start = t.start + (kw ? kw.skip : 0);
      const tl = this.tail(g.next, g.targets.filter((target) => target.path.length));
      const endChar = tl.endChar >= 0 ? tl.endChar : g.endChar;
      // "nach Satz 1", "Satz 2 Nummer 3": a sentence of the paragraph the citation stands in
      let anchor: RefAnchor = g.sentence && tl.anchor.kind === 'none' ? { kind: 'this', unit: 'paragraph', span: { start, end: g.endChar } } : tl.anchor;
      // "ces mêmes articles 421-2-5 et 227-23", "auxdits articles": units of the instrument named before
      const back = this.tok(i - 1);
      if (anchor.kind === 'none' && back && back.kind === 'word' && this.c.table.anaphoric?.includes(back.norm)) {
        anchor = { kind: 'instrument', name: `${back.raw} (the instrument named before)`, span: { start: back.start, end: back.end } };
      }
      return {
        ref: { span: { start, end: endChar }, targets: tl.targets.map(publicTarget), anchor },
        next: tl.next > g.next ? tl.next : g.next,
      };
    }
    const rel = this.relativeUnit(i) ?? this.unitByPlace(i);
    if (rel) return rel;
    const th = this.thisPhrase(i);
    if (th && th.start >= t.start && this.match(this.c.thisW, i, true)) {
      return {
        ref: { span: { start: th.start, end: th.end }, targets: [], anchor: { kind: 'this', unit: th.unit, span: { start: th.start, end: th.end } } },
        next: th.next,
      };
    }
    return null;
  }
}

// The Chinese rule (tables with numberBeforeUnit): "第七条第二款", "本条第一款", "第二条至第十一条".
interface CjkUnit {
  step: IStep;
  next: number;
  endChar: number;
}

interface CjkChain {
  steps: IStep[];
  next: number;
  endChar: number;
}

/** A sentence is no unit: "Satz 1 Nummer 2" keeps Nummer 2, "Sätze 1 und 3" keeps nothing (one empty path). */
function withoutSentences(targets: ITarget[], sentenceSteps: number): ITarget[] {
  const out: ITarget[] = [];
  for (const target of targets) {
    const path = target.path.slice(sentenceSteps);
    const through = target.through && target.through.length > sentenceSteps ? target.through.slice(sentenceSteps) : undefined;
    if (!path.length && out.some((t) => !t.path.length)) continue;
    out.push(through && path.length ? { path, through } : { path });
  }
  return out;
}

function publicStep(s: IStep): RefStep {
  return { kind: s.kind, number: s.number, span: s.span };
}

function publicTarget(t: ITarget): RefTarget {
  const steps = t.through ? t.path.concat(t.through) : t.path;
  let start = Infinity;
  let end = -Infinity;
  for (const s of steps) {
    if (s.span.start < start) start = s.span.start;
    if (s.span.end > end) end = s.span.end;
  }
  const out: RefTarget = { path: t.path.map(publicStep), span: { start, end } };
  if (t.through) out.through = t.through.map(publicStep);
  return out;
}

function shift(span: Span, offset: number): Span {
  return { start: span.start + offset, end: span.end + offset };
}

function shiftRef(ref: ParsedReference, offset: number): ParsedReference {
  if (!offset) return ref;
  const shiftSteps = (steps: RefStep[]): RefStep[] => steps.map((s) => ({ ...s, span: shift(s.span, offset) }));
  const anchor: RefAnchor = ref.anchor.kind === 'none' ? ref.anchor : { ...ref.anchor, span: shift(ref.anchor.span, offset) };
  return {
    ...ref,
    span: shift(ref.span, offset),
    anchor,
    targets: ref.targets.map((t) => ({
      path: shiftSteps(t.path),
      ...(t.through ? { through: shiftSteps(t.through) } : {}),
      span: shift(t.span, offset),
    })),
  };
}

/** The tables to try for a BCP-47 tag: that language's table, or all of them. */
export function tablesFor(language?: string): LanguageTable[] {
  const primary = language?.toLowerCase().split(/[-_]/)[0];
  const one = primary ? LANGUAGE_TABLES.find((t) => t.code === primary) : undefined;
  return one ? [one] : LANGUAGE_TABLES;
}

/**
 * Finds every citation of a unit in `text`. Spans are offsets into `text` plus `options.offset`.
 * With a known `language` only that table is used; otherwise every table is tried and the
 * longest citation wins at each position.
 */
export function parseReferences(text: string, options?: { language?: string; offset?: number }): ParsedReference[] {
  const offset = options?.offset ?? 0;
  const toks = tokenize(text);
  const parsers = tablesFor(options?.language).map((table) => ({ table, parser: new Parser(toks, text, compiled(table)) }));
  const out: ParsedReference[] = [];
  let i = 0;
  while (i < toks.length) {
    let best: { ref: Omit<ParsedReference, 'language' | 'text'>; next: number; language: string } | null = null;
    for (const { table, parser } of parsers) {
      const r = parser.at(i);
      if (r && (!best || r.ref.span.end > best.ref.span.end)) best = { ...r, language: table.code };
    }
    if (best) {
      const ref: ParsedReference = {
        span: best.ref.span,
        text: text.slice(best.ref.span.start, best.ref.span.end),
        targets: best.ref.targets,
        anchor: best.ref.anchor,
        language: best.language,
      };
      out.push(shiftRef(ref, offset));
      i = Math.max(best.next, i + 1);
    } else {
      i++;
    }
  }
  return out;
}
