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
//
// Modules: compiledTable.ts (keyword tries per language), tokenCursor.ts (token look-ahead and
// keyword matching), items.ts (one item, separators), groups.ts (lists and ranges under a unit
// keyword), anchors.ts (the tail: "of …", "this …", instruments, relative units), cjk.ts (number
// before the unit noun); this file: the rule at each token, and the scan over a text.
import type { Span } from '../model';
import type { ParsedReference, RefAnchor, RefStep } from './types';
import { LANGUAGE_TABLES, type LanguageTable } from './tables';
import { tokenize } from './tokenizer';
import { compiled } from './compiledTable';
import { publicTarget } from './citationSteps';
import { CjkParser } from './cjk';
import { shareTrailingInstrument } from './sharedInstrument';
import { chineseEnumerationsGoOn } from './chineseEnumerations';
import { scanAtTriggers, triggerSet, type TriggerSet } from './triggerScan';
import type { Compiled } from './compiledTable';

export { tokenize } from './tokenizer';
export { LANGUAGE_TABLES } from './tables';

// The parser for one language table over one token array.
class Parser extends CjkParser {
  // ----- top level

  /** Whether the word at `i` ends a compound a hyphen broke at the line's end ("Ref-" then "Nummern"), not itself a unit's word. */
  private brokenCompoundBefore(i: number): boolean {
    const hyphen = this.toks[i - 1];
    const word = this.toks[i - 2];
    // (a noun's compound, "Ref-": a prefix in small letters, "sub-", "sous-", goes on into the unit's word, "sub-\nsubparagraph (l)")
    if (!hyphen || !word || hyphen.kind !== 'punct' || hyphen.norm !== '-' || hyphen.space || word.kind !== 'word' || !/^\p{Lu}/u.test(word.raw)) return false;
    return !Object.prototype.hasOwnProperty.call(this.c.table.units, `${word.norm}-${this.toks[i].norm}`);
  }

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
    // "für die PM/Ref-\n    Nummern 74560, 74640" (a compound broken at a line's end): the unit's word is the compound's last part
    // ("sub-\nsection (2)" stays one, a unit's word whole)
    if (t.kind === 'word' && t.newline && this.brokenCompoundBefore(i)) return null;
    // "Diário da República, 1.ª série — N.º 155": a capitalised "N.º" numbers a gazette's issue, not a paragraph
    if (t.kind === 'word' && t.raw !== t.norm && this.c.table.lowerCaseUnits?.includes(t.norm)) return null;
    const g = this.group(i, -1, false);
    if (g) {
      const kw = this.match(this.c.units, i, true);
      const start = t.start + (kw ? kw.skip : 0);
      const tl = this.tail(g.next, g.targets.filter((target) => target.path.length));
      const endChar = tl.endChar >= 0 ? tl.endChar : g.endChar;
      // "nach Satz 1", "Satz 2 Nummer 3": a sentence of the paragraph the citation stands in
      let anchor: RefAnchor = g.sentence && tl.anchor.kind === 'none' ? { kind: 'this', unit: 'paragraph', span: { start, end: g.endChar }, sentence: true } : tl.anchor;
      // "ces mêmes articles 421-2-5 et 227-23", "auxdits articles": units of the instrument named before
      const back = this.tok(i - 1);
      if (anchor.kind === 'none' && back && back.kind === 'word' && this.c.table.anaphoric?.includes(back.norm)) {
        anchor = { kind: 'instrument', name: `${back.raw} (the instrument named before)`, span: { start: back.start, end: back.end } };
      }
      // "1996, c. 8, s. 35; 2018, c. 16, s. 194" (a historical note): a section of the statute chapter just named
      const chapter = anchor.kind === 'none' ? this.statuteChapterBefore(i) : null;
      if (chapter) anchor = { kind: 'instrument', name: chapter.name, span: chapter.span };
      return {
        ref: { span: { start, end: endChar }, targets: tl.targets.map(publicTarget), anchor },
        next: tl.next > g.next ? tl.next : g.next,
      };
    }
    const rel = this.relativeUnit(i) ?? this.unitByPlace(i);
    if (rel) return rel;
    const th = this.thisPhrase(i);
    if (th && th.start >= t.start && (th.after || this.match(this.c.thisW, i, true))) {
      return {
        ref: { span: { start: th.start, end: th.end }, targets: [], anchor: { kind: 'this', unit: th.unit, span: { start: th.start, end: th.end } } },
        next: th.next,
      };
    }
    return null;
  }

  /**
   * The name of an instrument that the words at token i name ("dem Strafgesetzbuch", "the Criminal
   * Code"), not this one ("dieses Gesetzes", "this Act") and not a bare generic noun ("des Gesetzes").
   */
  namedInstrumentAt(i: number): { name: string; span: Span; next: number } | null {
    const t = this.toks[i];
    if (t.kind !== 'word') return null;
    if (this.thisPhrase(i)) return null;
    const found = this.instrument(i);
    if (!found) return null;
    const words = found.name.split(/\s+/);
    const generic = words.length === 1 && !!this.match(this.c.instruments, this.skipDet(i), true);
    return generic ? null : found;
  }
}

/**
 * The instruments that `text` names (other than this one), in order. For a list's lead-in
 * ("1. aus dem Strafgesetzbuch:", "(2) Offences under the Criminal Code:") whose items cite that
 * instrument's units.
 */
export function instrumentsNamedIn(text: string, language?: string): { name: string; span: Span }[] {
  const toks = tokenize(text);
  const out: { name: string; span: Span }[] = [];
  for (const table of tablesFor(language)) {
    if (table.numberBeforeUnit) continue;
    const parser = new Parser(toks, text, compiled(table));
    for (let i = 0; i < toks.length; i++) {
      const found = parser.namedInstrumentAt(i);
      if (found) {
        out.push({ name: found.name, span: found.span });
        i = found.next - 1;
      }
    }
    if (out.length) break;
  }
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

const triggerSets = new Map<Compiled, TriggerSet | null>();
function triggersOf(c: Compiled): TriggerSet | null {
  let set = triggerSets.get(c);
  if (set === undefined) triggerSets.set(c, (set = triggerSet(c)));
  return set;
}

/** Whether a table reads the language of a BCP-47 tag ("und", "cs" and "ro" are read with every table, as a guess). */
export function readsLanguage(language?: string): boolean {
  return tablesFor(language).length === 1;
}

/** The tables to try for a BCP-47 tag: that language's table, or all of them. */
export function tablesFor(language?: string): LanguageTable[] {
  const one = language ? tableOfTag(language) : undefined;
  return one ? [one] : UNSCRIPTED_TABLES;
}

/**
 * The tables tried on a text whose language no table reads: one per language. A script's own table is the guess's only for a text
 * written in that script ("zh-Hant"): tried on Japanese, Taiwan's "項" would read Japanese's "第一項" beside the mainland's "第三条".
 */
// (Japanese's too: its "第一項" and "第一号" would be read in a Chinese text whose language a tag did not give)
// (and Korean's, whose syllables no other script writes: its "제" and "조" are read on Korean text alone)
const UNSCRIPTED_TABLES = LANGUAGE_TABLES.filter((table) => !table.code.includes('-') && table.code !== 'ja' && table.code !== 'ko');

/**
 * The table of a tag: its script's, where the language has one per script ("zh-Hant", and "zh-TW"), else its primary tag's ("zh-CN",
 * "zh-Hans" and "zh" the mainland's). Hong Kong's and Macao's laws write traditional characters but rank "款" and "項" their own way
 * ("第(1)款" a section's subsection; Macao's "款" above its "項"): tagged so, they are not read with Taiwan's table.
 */
function tableOfTag(language: string): LanguageTable | undefined {
  const subtags = language.toLowerCase().split(/[-_]/);
  const script = subtags.includes('hant') || (subtags[0] === 'zh' && subtags.some((tag) => TRADITIONAL_REGIONS.has(tag))) ? 'hant' : undefined;
  const scripted = script ? LANGUAGE_TABLES.find((t) => t.code.toLowerCase() === `${subtags[0]}-${script}`) : undefined;
  return scripted ?? LANGUAGE_TABLES.find((t) => t.code === subtags[0]);
}
const TRADITIONAL_REGIONS = new Set(['tw']);

/**
 * Finds every citation of a unit in `text`. Spans are offsets into `text` plus `options.offset`.
 * With a known `language` only that table is used; otherwise every table is tried and the
 * longest citation wins at each position.
 */
export function parseReferences(text: string, options?: { language?: string; offset?: number; triggers?: TriggerSet | false }): ParsedReference[] {
  const offset = options?.offset ?? 0;
  const tables = tablesFor(options?.language);
  // One language: parse only around the words a citation needs (triggerScan.ts), with the same results.
  const triggers = tables.length === 1 && options?.triggers !== false ? options?.triggers ?? triggersOf(compiled(tables[0])) : null;
  if (triggers) {
    const table = tables[0];
    const found = scanAtTriggers(text, triggers, (toks) => new Parser(toks, text, compiled(table)));
    if (found) {
      const refs = found.map((best): ParsedReference => ({ span: best.ref.span, text: text.slice(best.ref.span.start, best.ref.span.end), targets: best.ref.targets, anchor: best.ref.anchor, language: table.code }));
      const joined = table.enumerationJoins ? shareTrailingInstrument(refs, text, table.enumerationJoins, 0, table.distributiveWords) : refs;
      return (table.numberBeforeUnit ? chineseEnumerationsGoOn(joined, text) : joined).map((ref) => shiftRef(ref, offset));
    }
  }
  const toks = tokenize(text);
  const parsers = tables.map((table) => ({ table, parser: new Parser(toks, text, compiled(table)) }));
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
      out.push(ref);
      i = Math.max(best.next, i + 1);
    } else {
      i++;
    }
  }
  const joins = tables.length === 1 ? tables[0].enumerationJoins : undefined;
  const joined = joins ? shareTrailingInstrument(out, text, joins, 0, tables[0].distributiveWords) : out;
  return (tables.length === 1 && tables[0].numberBeforeUnit ? chineseEnumerationsGoOn(joined, text) : joined).map((ref) => shiftRef(ref, offset));
}
