// Lists and ranges of items under one unit keyword: "Articles 2, 3 and 5", "paragraphs 1 to 3",
// "het eerste en tweede lid", and the lower unit that may follow an item ("7, paragraph 2").
import type { RefUnitKind } from './types';
import type { Token } from './tokenizer';
import type { UnitKeyword } from './tables';
import { ItemParser, WELL_FORMED_ROMAN } from './items';
import { MAX_ORDINALS, MAX_TARGETS, withoutSentences, type GroupResult, type IStep, type ITarget, type Item } from './citationSteps';

/** An ordinal written in digits ("3e", "5ème") is below this; "552e" is a number with a letter. */
const MAX_ORDINAL_DIGITS = 100;

/** One ordinal of a list ("derde"), with the end of its range ("tot en met vijfde"). */
interface OrdinalValue {
  n: number;
  t: Token;
  end: number;
  through?: { n: number; t: Token; end: number };
}

export class GroupParser extends ItemParser {
  // ----- groups

  /** The ordinal at token j ("derde", "3de"): its value and the token after it. */
  private ordinalAt(j: number): { n: number; next: number } | null {
    const t = this.tok(j);
    if (!t) return null;
    const o = t.kind === 'word' ? this.match(this.c.ordinals, j) : null;
    if (o) return { n: o.value, next: o.next };
    // "3e lid", "5ème alinéa"; "552e" is the Dutch article 552e: no text counts a hundred paragraphs.
    if (t.kind === 'num' && t.suffix && this.c.ordinalSuffixes.has(t.suffix.toLowerCase()) && Number(t.digits) < MAX_ORDINAL_DIGITS) return { n: Number(t.digits), next: j + 1 };
    return null;
  }

  protected ordinalList(i: number): { values: OrdinalValue[]; next: number } | null {
    const values: OrdinalValue[] = [];
    let j = i;
    for (;;) {
      const t = this.tok(j);
      if (!t) break;
      const at = this.ordinalAt(j);
      if (!at) break;
      const value: OrdinalValue = { n: at.n, t, end: this.toks[at.next - 1].end };
      values.push(value);
      j = at.next;
      // "derde tot en met vijfde lid": a range of ordinals.
      const range = this.match(this.c.range, j);
      const last = range ? this.ordinalAt(range.next) : null;
      if (range && last && last.n > at.n) {
        value.through = { n: last.n, t: this.toks[range.next], end: this.toks[last.next - 1].end };
        j = last.next;
      }
      if (values.length >= MAX_ORDINALS) break;
      const s = this.listSep(j, true);
      if (s < 0) break;
      const nt = this.tok(s);
      if (!nt || (nt.kind === 'word' ? !this.match(this.c.ordinals, s) : !(nt.kind === 'num' && nt.suffix))) break;
      // Ordinals are all words or all digits: "artikelen 12c, 12e, tweede lid" is article 12e, then its second paragraph.
      if ((nt.kind === 'word') !== (values[0].t.kind === 'word')) break;
      j = s;
    }
    return values.length ? { values, next: j } : null;
  }

  /**
   * A group: "paragraphs 1 and 2", "eerste en tweede lid". minRank: the group's unit must rank below it
   * (for "Article 7, paragraph 2"). outerPlural: whether the enclosing group can take more items.
   */
  group(i: number, minRank: number, outerPlural: boolean, outerNumber?: string): GroupResult | null {
    const kw = this.match(this.c.units, i, true);
    const keyword = kw && this.kindBelow(kw.value, minRank);
    if (kw && keyword) return this.keywordGroup(keyword, kw.next, minRank, outerPlural, outerNumber, this.rangeOpenerBefore(i));
    const ords = this.ordinalList(i);
    if (ords) {
      const k = this.match(this.c.units, ords.next, true);
      const ordinal = k && this.kindBelow(k.value, minRank);
      if (k && ordinal) return this.ordinalGroup(ords, ordinal, k.next, outerPlural);
    }
    return null;
  }

  /**
   * Whether a word that opens a range stands right before the unit's noun at `i`, perhaps with a determiner between: "from
   * section 5 to section 10", "từ Điều 5 đến Điều 10", "del artículo 5 al artículo 10", "de l'article 5 à l'article 10".
   */
  private rangeOpenerBefore(i: number): boolean {
    let before = i - 1;
    const det = this.tok(before);
    if (det?.kind === 'word' && before > 0 && this.match(this.c.det, before)?.next === i) before--;
    const opener = this.tok(before);
    return opener?.kind === 'word' && this.match(this.c.rangeOpeners, before)?.next === before + 1;
  }

  /** "articoli da 1 a 5", "artículos del 1 al 5": the first number after the word that opens a range, when a range follows it. */
  private itemAfterRangeOpener(i: number, kind: RefUnitKind, numericOnly: boolean): Item | null {
    const opener = this.match(this.c.rangeOpeners, i);
    const first = opener && this.item(opener.next, kind, numericOnly);
    return first && this.rangeSep(first.next) >= 0 ? first : null;
  }

  /** The keyword as a unit below `minRank`, in its own kind or the one it names below an article (UnitKeyword.belowArticle); or null. */
  private kindBelow(keyword: UnitKeyword, minRank: number): UnitKeyword | null {
    if (this.rank(keyword.kind) > minRank) return keyword;
    const below = keyword.belowArticle;
    return below && minRank >= this.rank('article') && this.rank(below) > minRank ? { ...keyword, kind: below } : null;
  }

  /** outerNumber: the number of the item this group is a lower unit of ("172" in "§§ 171b und 172 Nr. 2 und 3"). */
  protected keywordGroup(kw: UnitKeyword, i: number, minRank: number, outerPlural: boolean, outerNumber?: string, openedAsRange = false): GroupResult | null {
    const kind = kw.kind;
    let plural = !!kw.plural;
    let numericOnly = !!kw.numericOnly;
    const opening = this.tok(i);
    // "чл. 44, втори параграф, буква "б", т. ii от Регламент": inside an article's chain, an EU article's point in roman numerals
    if (numericOnly && minRank >= this.rank('article') && opening?.kind === 'word' && /^[ivxl]{2,6}$/.test(opening.raw) && WELL_FORMED_ROMAN.test(opening.raw)) numericOnly = false;
    // "section(s)", "retrait de point (s) du permis": the noun's optional plural, no unit (s). French
    // codes letter no units "(s)"; elsewhere only the ending written onto the noun is read so.
    if (opening?.kind === 'marker' && opening.norm === 's' && (!opening.space || this.c.table.code === 'fr')) return null;
    if (kw.markerOnly && !(opening?.kind === 'marker' && opening.style === 'paren')) return null;
    // "přílohy č. 1" (Czech): the number's sign after the noun
    const sign = this.c.table.numberSigns ? this.match(this.c.numberSigns, i) : null;
    if (sign && this.tok(sign.next)?.kind === 'num' && !this.tok(sign.next)!.newline) i = sign.next;
    const first = this.item(i, kind, numericOnly) ?? this.itemAfterRangeOpener(i, kind, numericOnly);
    if (!first) return null;
    const targets: ITarget[] = [];
    let prev = first.steps;
    let next = first.next;
    let endChar = first.endChar;
    const acceptItem = (steps: IStep[], it: Item): void => {
      // "aux articles 221-1 et suivants du code pénal": the open end is read, and the tail follows it.
      // "all'articolo 2549, e seguenti del codice civile": a comma may stand before it
      const open = this.match(this.c.openEnds, it.next) ?? (this.isComma(it.next) ? this.match(this.c.openEnds, it.next + 1) : null);
      if (open) it = { ...it, next: open.next, endChar: this.toks[open.next - 1].end };
      const d = this.drill(it.next, kind, plural, steps[steps.length - 1]?.number);
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
    let ownNounFrom: number | undefined;
    let closedByConnector = false;
    const canList = plural || !outerPlural;
    for (;;) {
      // range: "2 through 11", "1.b through 1.d", "(a) to (c)"
      const r = this.rangeSep(next);
      if (r >= 0 && targets.length && !targets[targets.length - 1].through) {
        // "from section 5 to section 10", "từ Điều 5 đến Điều 10": after a word that opens the range, its end names the unit again
        // (a word between them, never a dash: "Article 5 – Article 6")
        const again = openedAsRange && targets.length === 1 && this.tok(next)?.kind === 'word' ? this.match(this.c.units, this.skipDet(r), true) : null;
        const it = this.item(r, kind, numericOnly) ?? (again && again.value.kind === kind ? this.item(again.next, kind, numericOnly) : null);
        const last = targets[targets.length - 1];
        // "Buchstabe a bis i": a range from a letter ends on a letter, of the same level, not on a roman numeral below it
        const tail = last.path[last.path.length - 1];
        const letterRun = it && it.steps.length === 1 && tail.shape === 'lower' && /^[a-z]$/.test(tail.number) && /^[a-z]$/.test(it.steps[0].number) && it.steps[0].number > tail.number;
        const through = it && (letterRun ? last.path.slice(0, -1).concat([{ ...it.steps[0], shape: 'lower', kind: tail.kind }]) : this.attach(last.path, it.steps, kind));
        const backwards = it && through && /^[0-9]+$/.test(last.path[0].number) && /^[0-9]+$/.test(through[0].number) &&
          Number(through[0].number) < Number(last.path[0].number);
        if (it && through && !backwards && last.path.length === prev.length) {
          last.through = through;
          next = it.next;
          endChar = it.endChar;
          // "die §§ 7 bis 9 Absatz 1 bis 4": a lower unit after a range is the range end's.
          const d = this.drill(it.next, kind, plural, through[through.length - 1]?.number);
          if (d) {
            // "Absatz 1 bis 4 Satz 1 und 2": a sentence is no unit (an empty path); the range already names its unit.
            for (const t of d.targets.filter((target) => target.path.length)) {
              if (targets.length >= MAX_TARGETS) break;
              targets.push({ path: through.concat(t.path), through: t.through && through.concat(t.through) });
            }
            next = d.next;
            endChar = d.endChar;
          }
          continue;
        }
      }
      const s = this.listSep(next, kind === 'unspecified', plural && outerNumber === undefined && (kind === 'article' || kind === 'section'));
      if (s < 0) break;
      // "articoli 41, commi 2 e 2-bis, 43, comma 1-bis", "articoli 250, commi 2 e 3, e 256": a list of an outer unit's
      // parts closed by "and" is complete; a number after it goes on with the outer list
      const listClosed = closedByConnector && outerNumber !== undefined;
      closedByConnector = s > next + 1 || !this.isComma(next);
      // "article 4, § 1er, 13°, a)": an item of the unit before it, not another unit of its kind
      const lower = s === next + 1 ? this.itemWithin(prev, s) : null;
      if (lower) {
        const last = targets[targets.length - 1];
        if (last && last.path === prev && !last.through) targets.pop();
        acceptItem(prev.concat(lower.steps), lower);
        continue;
      }
      // sibling item: "12, 13 and 14", "(a), (b)"
      const countsOn = !canList && !plural && outerNumber !== undefined && this.c.table.singularNounLists;
      // "art. 150, III, e 153": a list of incisos named with no noun goes on with roman numerals only
      const romanNext = !kw.romanOnly || /^[IVXLC]{1,7}$/.test(this.tok(s)?.raw ?? '');
      if ((canList || plural || countsOn) && romanNext && !listClosed) {
        const it = this.item(s, kind, numericOnly);
        const steps = it && this.attach(prev, it.steps, kind);
        // "Die Artikel 4 Absatz 4, 6 Absätze 2 bis 5 und 7": a number that a unit of this kind (or a wider one) follows is no
        // part of this list, which is of an outer unit's parts: it is the outer list's next item (article 6)
        const follower = it && outerNumber !== undefined ? this.match(this.c.units, it.next, true) : null;
        if (follower && this.rank(follower.value.kind) <= this.rank(kind)) break;
        if (it && steps && (canList || plural || countsOnWithin(prev, steps, outerNumber as string))) {
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
      if (kw2 && kw2.value.kind === kind && !(kw2.value.markerOnly && !(this.tok(kw2.next)?.kind === 'marker' && this.tok(kw2.next)!.style === 'paren'))) {
        const it = this.item(kw2.next, kind, !!kw2.value.numericOnly);
        if (it) {
          plural = !!kw2.value.plural;
          numericOnly = !!kw2.value.numericOnly;
          ownNounFrom ??= targets.length;
          acceptItem(it.steps, it);
          continue;
        }
      }
      break;
    }
    void minRank;
    if (kw.sentence) return { kind, targets: withoutSentences(targets, first.steps.length), next, endChar, plural, sentence: true };
    return { kind, targets, next, endChar, plural, ...(ownNounFrom !== undefined ? { ownNounFrom } : {}) };
  }

  protected ordinalGroup(
    ords: { values: OrdinalValue[]; next: number },
    kw: UnitKeyword,
    i: number,
    outerPlural: boolean,
  ): GroupResult {
    const kind = kw.kind;
    const targets: ITarget[] = [];
    let next = i;
    let endChar = this.toks[i - 1].end;
    const take = (values: OrdinalValue[], after: number): void => {
      const items = values.map((v): ITarget => {
        const path = [this.step(kind, String(v.n), v.t, 'ord', v.end)];
        return v.through ? { path, through: [this.step(kind, String(v.through.n), v.through.t, 'ord', v.through.end)] } : { path };
      });
      next = after;
      endChar = this.toks[after - 1].end;
      // A lower unit after the list ("tweede lid, onder b") is the last item's; never a range's.
      const d = items[items.length - 1].through ? null : this.drill(after, kind, items.length > 1);
      if (d) {
        const last = items.pop()!.path;
        for (const item of items) targets.push(item);
        for (const t of d.targets) targets.push({ path: last.concat(t.path), through: t.through && last.concat(t.through) });
        next = d.next;
        endChar = d.endChar;
      } else {
        for (const item of items) targets.push(item);
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
    // "terzo periodo" (Italian), "zweiter Satz": a sentence is no unit
    if (kw.sentence) return { kind, targets: withoutSentences(targets, 1), next, endChar, plural: targets.length > 1, sentence: true };
    return { kind, targets, next, endChar, plural: targets.length > 1 };
  }

  /**
   * After a comma, where the language writes items so (LanguageTable.degreeItems): a number with the degree sign after a unit
   * written without it ("article 4, § 1er, 13°", "article 5, alinéa 2, 3°"), or a letter closed by its parenthesis after such
   * an item ("13°, a)"), is an item of the unit before it. The comma is at `s - 1`.
   */
  private itemWithin(prev: readonly IStep[], s: number): Item | null {
    if (!this.c.table.degreeItems || !this.isComma(s - 1)) return null;
    const tail = prev[prev.length - 1];
    const withDegree = (step: IStep) => this.text[step.span.end - 1] === '°';
    const degreeNumber = this.tok(s)?.kind === 'num' && this.isPunct(s + 1, '°') && !this.tok(s + 1)!.space;
    const closedLetter = this.tok(s)?.kind === 'word' && /^\p{Ll}$/u.test(this.tok(s)!.raw) && this.isPunct(s + 1, ')') && !this.tok(s + 1)!.space && !this.isPunct(s - 2, ')');
    if (!tail || !(degreeNumber ? !withDegree(tail) : closedLetter && withDegree(tail))) return null;
    const item = this.item(s, 'unspecified', degreeNumber);
    return item && item.steps.length === 1 ? item : null;
  }

  /**
   * "art. 84, caput, inciso IV" (Brazil): the head of the unit cited (headWords), which adds no step of its own, between
   * commas, perhaps in bold or italics ("art. 84, **caput** , inciso IV"): the token after the second comma, else `i`.
   */
  protected pastHeadBetweenCommas(i: number): number {
    if (this.tok(i)?.newline) return i;
    const after = this.headWordEnd(i);
    return after >= 0 && this.isComma(after) ? after + 1 : i;
  }

  /**
   * The token after a head word (headWords: "caput") at `i`, with the emphasis the official text sets it in ("_caput_",
   * "**caput**"), or -1 when none stands there.
   */
  protected headWordEnd(i: number): number {
    const emphasis = (at: number) => this.isPunct(at, '*') || this.isPunct(at, '_');
    let at = i;
    while (at < i + 2 && emphasis(at)) at++;
    const head = this.match(this.c.head, at);
    if (!head) return -1;
    let after = head.next;
    while (after < head.next + 2 && emphasis(after)) after++;
    return after;
  }

  /** A lower unit after an item: "7, paragraph 2", "138ab, eerste lid", "1 point 1". */
  protected drill(i: number, kind: RefUnitKind, plural: boolean, outerNumber?: string): GroupResult | null {
    let j = i;
    const comma = this.isComma(j);
    if (comma) j = this.pastHeadBetweenCommas(j + 1);
    const t = this.tok(j);
    if (!t || t.kind === 'break') return null;
    // "des articles L. 171-3, L. 175-14 (premier, deuxième, quatrième et cinquième alinéas), L. 175-15": the lower units of an
    // item in brackets right after it, the list going on after them (an article's or a section's: "Part II (ss.4-13)", "Livres 1 à
    // 5 (articles 3 à 490)" say which units a grouping holds)
    if (!comma && t.kind === 'punct' && t.norm === '(' && (kind === 'article' || kind === 'section')) {
      const inner = this.group(j + 1, this.rank(kind), false, outerNumber);
      if (inner && !inner.sentence && this.isPunct(inner.next, ')')) return { ...inner, next: inner.next + 1, endChar: this.toks[inner.next].end };
    }
    // "arts. 37, XI, 39, § 4º", "art. 150, III" (Brazil): after a comma, a roman numeral with no noun is the unit's inciso
    const bare = this.c.table.bareRomanUnit;
    if (comma && bare && t.kind === 'word' && !t.newline && /^[IVXLC]{1,7}$/.test(t.raw) && WELL_FORMED_ROMAN.test(t.raw) && (kind === 'article' || kind === 'paragraph')) {
      return this.keywordGroup({ kind: bare, romanOnly: true }, j, this.rank(kind), plural, outerNumber);
    }
    // "art. 106 n. 2 della LF": a noun read only in an article's chain (unitsInChain), right after its number
    // ("l'article 49, paragraphe 2 sous a) de la loi": a point "under" a paragraph too)
    const inChain = this.match(this.c.chainUnits, j);
    const chained = inChain && (inChain.value.closedItemOnly ? this.closedItemAt(inChain.next) && this.rank(kind) < this.rank(inChain.value.kind) : !comma && kind === 'article') ? inChain : null;
    const lower = this.group(j, this.rank(kind), plural, outerNumber) ?? (chained ? this.keywordGroup(chained.value, chained.next, this.rank(kind), plural, outerNumber) : null);
    // "section 25, subsection 27(1)": a part of another section (items.ts partOfSection), not a lower unit of section 25
    if (!lower || lower.targets.some((target) => target.path.length && this.rank(target.path[0].kind) <= this.rank(kind))) return null;
    // "Buchstabe b Ziffer 1": a noun read only right below a unit of one kind ("Artikel 2 Ziffer 1.1.2" names an annex's figure)
    const belowOnly = this.c.table.unitsBelowOnly;
    if (belowOnly && lower.kind === belowOnly.kind && kind !== belowOnly.below) return null;
    // "Without prejudice to section 57(4), subsection (1) does not exempt …": after a comma, a subsection is no lower unit of an
    // item whose own subsection is in brackets already; it is the next citation
    if (comma && this.tok(i - 1)?.kind === 'marker' && lower.targets.some((target) => target.path[0]?.kind === 'subsection')) return null;
    // "section 5, sub-sections (3) and (7) of section 8", "Ss. 3 to 5, sub-sections (1) to (8) and (10) of s. 6": after a
    // comma, the units are of the one named after them (of the cited unit's rank), and start a citation of their own;
    // "l’apartat 2, lletra b) de l’article 42", "paragraph 2, subparagraph (b) of article 42": of a wider unit, they are the cited one's
    // "المادة الأولى بعد المائة والفقرة (1) من المادة الرابعة بعد المائة": so too after Arabic's "و" written onto the lower unit's noun
    return (comma || this.gluedConnector(j)) && (this.unitOfRankAfter(lower.next, kind) || this.ownOuterAfter(lower.next, kind)) ? null : lower;
  }

  /** Whether a letter or number closed by a bracket stands at `i`: "c)", "1)", "b) à d)". */
  private closedItemAt(i: number): boolean {
    const item = this.tok(i);
    const close = this.tok(i + 1);
    return !!item && (item.kind === 'word' || item.kind === 'num') && item.raw.length <= 3 && !!close && close.kind === 'punct' && close.norm === ')' && !close.space;
  }

  /**
   * "điểm a khoản 1 Điều 10, khoản 1 Điều này", "пункта 1 статьи 10, пункт 1 настоящей статьи": in a language that names the
   * outer unit after the inner with no of-word (bareOuter), the lower unit after a comma has an outer unit of its own right
   * after it (of the cited unit's rank or wider, or "this article"): it is the next citation, not a part of this one.
   */
  private ownOuterAfter(i: number, kind: RefUnitKind): boolean {
    if (!this.c.table.bareOuter) return false;
    // "настоящей статьи" (a "this" word, then the unit), "Điều này" (the unit, then its "this" word)
    if (this.match(this.c.thisW, i)) return true;
    const noun = this.match(this.c.units, i, true);
    if (noun && this.match(this.c.thisAfter, noun.next)) return true;
    const outer = this.group(i, -1, false);
    return !!outer && this.rank(outer.kind) <= this.rank(kind);
  }

  /** Whether "of section 8" stands at `i`: an of-word, then a unit of `kind`'s rank (not an instrument's, "of title 18"). */
  private unitOfRankAfter(i: number, kind: RefUnitKind): boolean {
    const of = this.match(this.c.of, i);
    if (!of) return false;
    const outer = this.group(this.skipDet(of.next), -1, false);
    return !!outer && !this.c.instrumentUnits.has(outer.kind) && this.rank(outer.kind) === this.rank(kind);
  }

}

/** The leading whole number of an item number ("171b" → 171), or undefined. */
function leadingNumber(number: string | undefined): number | undefined {
  const digits = number === undefined ? null : /^[0-9]+/.exec(number);
  return digits ? Number(digits[0]) : undefined;
}

/**
 * Whether `steps`, the next item after `prev` at the same level, goes on counting the inner items and
 * stays below the outer item's number: "Nr. 2 und 3" under "172" (3 follows 2 and is under 172), where
 * "100b Abs. 1, 100c" goes back up (100 follows 1 but is no less than 100b).
 */
function countsOnWithin(prev: readonly IStep[], steps: readonly IStep[], outerNumber: string): boolean {
  if (steps.length !== prev.length) return false;
  const before = leadingNumber(prev[prev.length - 1]?.number);
  const next = leadingNumber(steps[steps.length - 1]?.number);
  const outer = leadingNumber(outerNumber);
  return before !== undefined && next !== undefined && outer !== undefined && next > before && next < outer;
}
