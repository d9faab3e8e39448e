// What a citation is anchored to: "of article 7", "of this Convention", "of the Treaty on
// European Union", "above", "hereof", a unit named by its place ("the preceding paragraph"), and
// the French bare numbers ("au 2 du I").
import { withoutLinkMarkup } from '../text';
import type { Span } from '../model';
import type { ParsedReference, RefAnchor, RefStep, RefUnitKind } from './types';
import type { Token } from './tokenizer';
import { GroupParser } from './groups';
import { WELL_FORMED_ROMAN } from './items';
import { FUNCTION_WORDS } from '../functionWords';
import { MAX_DEPTH, MAX_NAME_TOKENS, MAX_TARGETS, publicTarget, type IStep, type ITarget } from './citationSteps';

/** A French code's article number, which says where the article stands: "L325-17", "R. 10-13", "323-3-1". */
const CODE_ARTICLE_NUMBER = /^(?:LO|[LRDA])\d|^\d+(?:-\d+)+/;
/** Units that group articles. */
const GROUPINGS = new Set<RefUnitKind>(['book', 'part', 'title', 'chapter', 'division', 'section']);
/** Units that hold a text of their own, with articles, parts and paragraphs numbered afresh. */
const ANNEX_LIKE = new Set<RefUnitKind>(['annex', 'schedule']);

/** Initials naming an instrument: capitals ("OR", "BGB", "RGPD", "LOPDGDD") or a capitalised word with a capital inside ("StGB", "SchKG", "AufenthG", "VStrR"). */
// ("LwAltSchG", "KrWaffKontrG": a German law's abbreviation runs on after its second capital)
const INITIALS = /^\p{Lu}{2,8}$|^\p{Lu}{1,3}\p{Ll}{1,6}\p{Lu}\p{L}{0,9}$/u;
/** Words a text set in capitals puts after a citation, which name no law: "SECTION 5 MAY BE CITED", "ARTICLE 3 NO LONGER APPLIES". */
const CAPITALS_WORDS = new Set([
  'MAY', 'MUST', 'WILL', 'NOT', 'NO', 'ALL', 'ANY', 'EACH', 'HAS', 'HAVE', 'WAS', 'WERE', 'DOES', 'DO', 'ALSO', 'ONLY', 'ABOVE', 'BELOW',
  'APPLY', 'APPLIES', 'SEE', 'NOTE', 'DOIT', 'PEUT', 'SONT', 'EST', 'NE', 'SI', 'ES', 'SE', 'DEBE', 'PUEDE', 'DEVE', 'PODE', 'MAG', 'MOET', 'ZIJN', 'PUÒ',
]);
/** "respectively", between a list of units and the instrument they are of (each unit of the list is that instrument's). */
const RESPECTIVELY = new Set(['respectively', 'respectivement', 'respectivamente', 'rispettivamente', 'respectievelijk']);

/** Right after a citation, with no of-word, capitals are initials up to five: "§ 5 UND § 6 GELTEN" (a text set in capitals) names no law. */
const MAX_CAPITALS_ALONE = 5;

/** Common nouns that end like an instrument ("-ordnung") but name none: "die Anordnung nach § 99". */
const NOT_INSTRUMENTS = new Set(['anordnung', 'zuordnung', 'einordnung', 'unterordnung', 'beiordnung', 'überordnung', 'abordnung',
  'rangordnung', 'tagesordnung', 'neuordnung', 'umordnung', 'nachordnung', 'gleichordnung',
  // "Bundesrecht", "des Völkerrechts": a body of law, no instrument ("Obligationenrecht", "Sachenrecht" name codes)
  ...['bundes', 'landes', 'kantons', 'völker', 'völkergewohnheits', 'unions', 'gemeinschafts', 'europa', 'eu-', 'staats', 'verfassungs',
    'verwaltungs', 'straf', 'zivil', 'privat', 'steuer', 'arbeits', 'sozial', 'prozess', 'verfahrens', 'gewohnheits', 'richter', 'menschen',
    'grund', 'völkervertrags', 'sekundär', 'primär'].flatMap((area) => [`${area}recht`, `${area}rechts`, `${area}rechtes`])]);

/** How far past "of, and" the instrument both citations share is looked for. */
const SHARED_INSTRUMENT_REACH = 40;

export class AnchorParser extends GroupParser {
  // ----- anchors

  /** [det] this (unit | instrument): "this article", "la présente Convention", "هذه المادة". */
  thisPhrase(i: number): { unit: RefUnitKind | 'document'; start: number; end: number; next: number; after?: true } | null {
    let d = i;
    let w = this.match(this.c.thisW, d, true);
    if (!w) {
      d = this.skipDet(i);
      w = d > i ? this.match(this.c.thisW, d, true) : null;
    }
    if (!w) return this.c.table.thisWordsAfter ? this.thisAfterNoun(i) : null;
    const start = this.toks[d].start + w.skip;
    // "this Subdivision" may be a grouping (Australia) as well as the level below a section (California): not read
    // ("These Regulations", "This Regulation": capitalised, a unit noun that cites only in lower case names the instrument)
    const noun = this.tok(w.next);
    const capitalisedLowerCaseUnit = noun?.kind === 'word' && noun.raw !== noun.norm && !!this.c.table.lowerCaseUnits?.includes(noun.norm);
    const u = capitalisedLowerCaseUnit ? null : this.unitNamedAlone(w.next);
    const inst = this.match(this.c.instruments, w.next);
    // ("이 조에서", "이 법에 따른" (Korean): "이" opens its word, the noun is one with a particle at most; "것이 법률", "이 조치" name none)
    const particles = this.c.table.particlesAfterNoun;
    if (particles) {
      const before = this.tok(d - 1);
      const noun = u && (!inst || u.next >= inst.next) ? u.next : inst?.next;
      // ("…공무원(이하 "계약담당공무원"이라 한다)이 법 제4조": "이" written onto a closing bracket is a particle)
      if ((before && !this.toks[d].space && !(before.kind === 'punct' && '(「"“[<'.includes(before.norm))) || !this.toks[w.next]?.space || noun === undefined ||
        !particles.test(this.text.slice(this.toks[noun - 1].end, this.toks[noun - 1].end + 4) || ' ')) return null;
    }
    const best = u && (!inst || u.next >= inst.next) ? { unit: u.value.kind as RefUnitKind | 'document', next: u.next } : inst ? { unit: 'document' as const, next: inst.next } : null;
    if (!best) return null;
    // ("se doplňuje tato věta: „…“", "this sentence": a sentence is no unit of the structure, and the one meant may be the words quoted after)
    if (best.unit !== 'document' && u?.value.sentence) return null;
    return { unit: best.unit, start, end: this.toks[best.next - 1].end, next: best.next };
  }

  /** "Điều này" (this article), "Luật này" (this Law): a unit's or an instrument's noun, then the "this" word after it. */
  private thisAfterNoun(i: number): { unit: RefUnitKind | 'document'; start: number; end: number; next: number; after: true } | null {
    const t = this.tok(i);
    if (!t || t.kind !== 'word') return null;
    const u = this.unitNamedAlone(i);
    const inst = this.match(this.c.instruments, i);
    const best = u && (!inst || u.next >= inst.next) ? { unit: u.value.kind as RefUnitKind | 'document', next: u.next } : inst ? { unit: 'document' as const, next: inst.next } : null;
    const word = best ? this.match(this.c.thisAfter, best.next) : null;
    if (!best || !word || this.tok(best.next)?.newline) return null;
    return { unit: best.unit, start: t.start, end: this.toks[word.next - 1].end, next: word.next, after: true };
  }

  /**
   * A law's abbreviation on the citation's line: initials ("OR", "ZGB", "DSGVO", "StGB", "SchKG", "ParlG"), at most five
   * capitals when no of-word comes before them.
   */
  protected lawAbbreviation(j: number, afterOf: boolean): Token | null {
    const t = this.initialsAt(j);
    const longest = this.c.table.abbreviationsUpTo ?? MAX_CAPITALS_ALONE;
    // ("§ 78e Satz 3\n        BNotO": a hard-wrapped paragraph may break before a law's abbreviation written in mixed case)
    if (!t || (t.newline && !(this.c.table.abbreviationsAfter === 'initials' && /\p{Ll}/u.test(t.raw))) || (!afterOf && t.raw.length > longest && t.raw === t.raw.toUpperCase())) return null;
    if (this.c.table.abbreviationsAfter === 'capitals') {
      // "Article 263 TFEU", not a word of a text set in capitals ("ARTICLE 5 SHALL APPLY", "SECTION 3 IS REPEALED")
      const following = this.tok(j + 1);
      if (!(t.raw.length >= 2 && t.raw.length <= Math.max(6, longest) && /^\p{Lu}+$/u.test(t.raw)) || FUNCTION_WORDS.has(t.raw.toLowerCase()) || CAPITALS_WORDS.has(t.raw)) return null;
      if (following && following.kind === 'word' && !following.newline && following.raw.length > 1 && following.raw === following.raw.toUpperCase() && /\p{Lu}/u.test(following.raw)) return null;
    }
    // "OR" ends its word: "Art. 554 OR-Reform" would be a compound
    const after = this.tok(j + 1);
    if (after && !after.space && after.kind === 'punct' && after.norm === '-') return null;
    return t;
  }

  /**
   * The token after an ordinal written in figures before a law's abbreviation on the same line ("1. BImSchV", "12. BImSchV": the
   * numbered regulations made under one law), or -1.
   */
  protected ordinalBeforeAbbreviation(j: number): number {
    const number = this.tok(j);
    if (!number || number.kind !== 'num' || number.newline || !/^\d{1,2}$/.test(number.raw) || !this.isPunct(j + 1, '.') || this.tok(j + 1)!.space) return -1;
    const word = this.tok(j + 2);
    return word && word.space && (!word.newline || /\p{Ll}/u.test(word.raw)) && this.initialsAt(j + 2) ? j + 2 : -1;
  }

  /** Initials (INITIALS), never a roman numeral ("Art. 5 II GG": the paragraph), nor a small word or unit noun of a text in capitals ("§ 5 UND § 6", "ABSATZ 2 DES GESETZES"). */
  protected initialsAt(j: number): Token | null {
    const t = this.tok(j);
    if (!t || t.kind !== 'word' || !INITIALS.test(t.raw) || (WELL_FORMED_ROMAN.test(t.raw) && /^[IVXLCDM]+$/.test(t.raw))) return null;
    if (this.match(this.c.list, j) || this.match(this.c.of, j) || this.match(this.c.units, j) || this.match(this.c.det, j) || this.match(this.c.instruments, j)) return null;
    return t;
  }

  /** "caput do", "caput deste": past the head of the unit that follows (headWords), which adds no step of its own. */
  protected pastHead(i: number): number {
    // "do _caput_ do art. 5º": the word in italics, as the official text sets it
    const after = this.headWordEnd(i);
    if (after < 0) return i;
    const of = this.match(this.c.of, after);
    if (of) return of.next;
    return this.match(this.c.thisW, after) ? after : i;
  }

  /**
   * After "(as the case may be)", "(if any)": a parenthesis of at most six lower-case words; or, after a comma, two to six
   * words in lower case and another comma (", as the case may be, of the *Canada Transportation Act*"); or -1.
   */
  /**
   * The token after a footnote's reference glued to the citation before it, "[^12]", "[^f00014]", or the empty "[^]" a converter
   * left of one ("subsection 44.2(4)[^] of the *Judges Act*", Justice Canada's laws as converted), or -1.
   */
  protected footnoteReferenceEnd(i: number): number {
    if (!this.isPunct(i, '[') || this.tok(i)!.space || !this.isPunct(i + 1, '^') || this.tok(i + 1)!.space) return -1;
    if (this.isPunct(i + 2, ']')) return i + 3;
    const label = this.tok(i + 2);
    return label && (label.kind === 'num' || label.kind === 'word') && !label.space && this.isPunct(i + 3, ']') && !this.tok(i + 3)!.space ? i + 4 : -1;
  }

  /**
   * Whether every outer target is a section already cited to `inner`'s level or deeper by the parts glued to its number
   * (levelsBelowSection: "13(4)" names a subsection), so that it cannot hold a unit of kind `inner`.
   */
  private citedBelowLevelOf(outer: ITarget[], inner: RefUnitKind): boolean {
    const level = this.c.table.levelsBelowSection?.[inner];
    // (the bracketed parts only: "Section 1798.145" is a section numbered with a dot, cited whole)
    return level !== undefined && outer.length > 0 && outer.every((target) => target.path[0].kind === 'section' && target.path.filter((step) => step.shape.startsWith('p')).length >= level);
  }

  /** The token after a footnote's mark and the bracket that opens amended words ("^6[", "^6"), or -1. */
  protected amendmentMarkEnd(i: number): number {
    if (!this.isPunct(i, '^') || this.tok(i + 1)?.kind !== 'num' || this.tok(i + 1)!.space) return -1;
    return this.isPunct(i + 2, '[') && !this.tok(i + 2)!.space ? i + 3 : i + 2;
  }

  /** The token after "respectively" (and a comma after it) at `i`, or -1: "sub-section (2) of section 66 respectively of the Marine Insurance Act, 1963". */
  protected respectivelyEnd(i: number): number {
    const word = this.toks[i];
    return word?.kind === 'word' && !word.newline && RESPECTIVELY.has(word.norm) ? (this.isComma(i + 1) ? i + 2 : i + 1) : -1;
  }

  protected asideEnd(i: number): number {
    const respectively = this.respectivelyEnd(i);
    if (respectively > 0) return respectively;
    if (this.isComma(i - 1) && !this.isPunct(i, '(')) return this.commaAsideEnd(i);
    if (!this.isPunct(i, '(')) return -1;
    // "(as the case may be)", and the cited unit's title as UK amending Acts give it ("(Presiding Officer etc.)", "(limit
    // on number of Ministers)"): words and stops only, on one line
    // "sections 206 to 223 (both inclusive but excluding section\n209) of the Bharatiya Nyaya Sanhita, 2023": a number, and a line
    // broken inside the parentheses, when the aside's first word is a word
    // ("(maximum of six months’ imprisonment on summary conviction unless express provision made to the contrary)": a title
    // of up to ASIDE_TOKENS words, an apostrophe among them)
    for (let k = i + 1; k <= i + ASIDE_TOKENS && k < this.toks.length; k++) {
      const t = this.toks[k];
      if (t.kind === 'punct' && t.norm === ')') return k > i + 1 ? k + 1 : -1;
      if (t.kind === 'break' || (t.newline && k === i + 1) || (t.kind === 'num' && k === i + 1)) return -1;
      if (t.kind !== 'word' && t.kind !== 'num' && !(t.kind === 'punct' && (t.norm === '.' || t.norm === ',' || t.norm === '-' || t.norm === '’' || t.norm === "'"))) return -1;
    }
    return -1;
  }

  /** The token after ", as the case may be," (the first comma before `i`): words in lower case on one line, then a comma; or -1. */
  private commaAsideEnd(i: number): number {
    for (let k = i; k <= i + 6 && k < this.toks.length; k++) {
      const t = this.toks[k];
      if (t.kind === 'punct' && t.norm === ',') return k >= i + 2 ? k + 1 : -1;
      // a capital starts a name, not an aside ("section 5, Criminal Code, of …")
      if (t.newline || t.kind !== 'word' || t.raw !== t.norm) return -1;
    }
    return -1;
  }

  /** "Telemediengesetzes", "Strafgesetzbuches": a compound ending in an instrument noun. */
  protected isSuffixNoun(t: Token): boolean {
    const suffixes = this.c.table.instrumentSuffixes;
    return !!suffixes && t.kind === 'word' && !NOT_INSTRUMENTS.has(t.norm) && suffixes.some((suffix) => t.norm.length > suffix.length && t.norm.endsWith(suffix));
  }

  protected isCapitalised(t: Token): boolean {
    const ch = t.raw[0];
    return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
  }

  /**
   * The last token of an EU act's number from the bracket at `open`: "(EU) 2016/679", "(EC) No 765/2008", "(EU, Euratom)
   * 2018/1046", "(UE) n° 910/2014"; -1 when none stands there.
   */
  protected euNumberEnd(open: number): number {
    let k = open + 1;
    const bracket = this.toks[open];
    // "(EU)" is one token (the tokenizer reads it as an item's marker); "(EU, Euratom)" several
    if (bracket.kind === 'marker') {
      if (!/^\(\p{Lu}{2,5}\)$/u.test(bracket.raw)) return -1;
    } else {
      let words = 0;
      while (words < 4 && ((this.tok(k)?.kind === 'word' && /^\p{Lu}[\p{Lu}\p{Ll}]{1,9}$/u.test(this.tok(k)!.raw)) || this.isComma(k))) { if (!this.isComma(k)) words++; k++; }
      if (words === 0 || !this.isPunct(k, ')')) return -1;
      k++;
    }
    if (this.tok(k)?.kind === 'word' && /^(?:no|n°|nº|nr)\.?$/i.test(this.tok(k)!.raw)) k++;
    const year = this.tok(k);
    const slash = this.tok(k + 1);
    const serial = this.tok(k + 2);
    if (year?.kind !== 'num' || year.newline || !this.isPunct(k + 1, '/') || slash!.space || serial?.kind !== 'num' || serial.space) return -1;
    return k + 2;
  }

  /** "the Treaty on European Union", "Criminal Code", "code de procédure pénale", "الاتفاقية". */
  /** An instrument noun named only with its year (instrumentsNamedWithYear), at tokens [at, next), with no year right after it. */
  private nounWithoutItsYear(at: number, next: number): boolean {
    if (!this.c.table.instrumentsNamedWithYear?.includes(this.toks[at].norm)) return false;
    const year = this.tok(next);
    // "Executive Order 14110" (a President's of the United States): named by its number
    const numbered = year?.kind === 'num';
    if (numbered && !year!.newline && this.toks[at - 1]?.norm === 'executive' && /^\p{Lu}/u.test(this.toks[at].raw)) return false;
    // "The Pastoral Measure 1983Section 1." (a table's cells run together): the year's digits, whatever is glued on
    return !(year?.kind === 'num' && !year.newline && /^(?:1[6-9]|20)\d\d$/.test(year.digits ?? ''));
  }

  /** Whether small-letter adjectives (at most three) at `i` lead to a capitalised instrument noun, where the language puts adjectives first. */
  private adjectivesBeforeNoun(i: number): boolean {
    const adjective = this.c.table.nameAdjective;
    if (!this.c.table.adjectivesBeforeNoun || !adjective) return false;
    let k = i;
    // (a noun that reads as an adjective is the noun: Czech "nařízení", regulation, in "vládního nařízení")
    while (k < i + 3 && this.tok(k)?.kind === 'word' && !this.tok(k)!.newline && /^\p{Ll}/u.test(this.tok(k)!.raw) && adjective.test(this.tok(k)!.raw) && !(k > i && this.match(this.c.instruments, k, true))) k++;
    const noun = this.tok(k);
    // (Czech writes the noun in lower case too: "trestního řádu", "občanského zákoníku")
    return k > i && noun?.kind === 'word' && !noun.newline && (this.isCapitalised(noun) || !!this.c.table.lowercaseNames) && (!!this.match(this.c.instruments, k, true) || this.isSuffixNoun(noun));
  }

  protected instrument(i: number, initials = false): { name: string; span: Span; next: number } | null {
    let j = i;
    // "of **the Criminal Procedure Code**": the emphasis opens before the determiner
    if ((this.isPunct(j, '*') || this.isPunct(j, '_')) && !this.tok(j + 1)?.space) {
      const det = this.isPunct(j + 1, this.toks[j].norm) ? j + 2 : j + 1;
      if (this.tok(det)?.kind === 'word' && !this.tok(det)!.space && this.match(this.c.det, det)) j = det;
    }
    j = this.skipDet(j);
    // "section 164 of the**\nCriminal Procedure Code" (a bill as converted from its PDF): a bold run closed right after the
    // determiner, the name on the line below
    if (j > i && (this.isPunct(j, '*') || this.isPunct(j, '_')) && !this.toks[j].space) {
      let past = j;
      while (past < j + 3 && (this.isPunct(past, '*') || this.isPunct(past, '_')) && !this.toks[past].space) past++;
      if (this.tok(past)?.kind === 'word' && this.tok(past)!.space) j = past;
    }
    // "В Закона за …" (in the Act on …): a preposition opening the sentence is capitalised, but not the name's
    const preposition = this.tok(j);
    if (preposition?.kind === 'word' && this.c.table.prepositionsBeforeName?.includes(preposition.norm) && this.tok(j + 1)?.kind === 'word' && !this.tok(j + 1)!.newline && this.isCapitalised(this.tok(j + 1)!)) j++;
    // "of the *Criminal Code*", "of _Young Offenders Act_", "of the **Agreement**" (a defined term set in bold): a name
    // set apart by emphasis; the closing mark ends it
    if (this.isPunct(j, '*') || this.isPunct(j, '_')) {
      const double = this.isPunct(j + 1, this.toks[j].norm) && !this.toks[j + 1].space;
      const word = double ? j + 2 : j + 1;
      if (this.tok(word)?.kind === 'word' && !this.tok(word)!.space) j = word;
    }
    const first = this.tok(j);
    // "of the 2013 Act", "under the 1998 Regulations": an act its interpretation section names by its year
    if (first?.kind === 'num' && j > i && /^(?:1[6-9]|20)\d\d$/.test(first.raw)) {
      const noun = this.match(this.c.instruments, j + 1);
      const end = noun && this.toks[noun.next - 1];
      if (end && !this.tok(j + 1)!.newline && this.c.table.instrumentsAfterYear?.includes(this.tok(j + 1)!.norm)) return { name: this.text.slice(first.start, end.end), span: { start: first.start, end: end.end }, next: noun.next };
    }
    if (!first || first.kind !== 'word') return null;
    const firstNoun = this.match(this.c.instruments, j, true);
    const firstIsNoun = (!!firstNoun && !this.nounWithoutItsYear(j, firstNoun.next)) || this.isSuffixNoun(first);
    // "eID-Karte-Gesetz": a compound noun may start with a lower-case letter
    // ("des allgemeinen bürgerlichen Gesetzbuches", "der allgemeinen Gerichtsordnung": where adjectives lead, small-letter ones before a
    // capitalised instrument noun)
    if (!firstIsNoun && !this.isCapitalised(first) && !(this.c.table.instrumentSuffixes && /\p{Lu}/u.test(first.raw)) && !this.adjectivesBeforeNoun(j)) return null;
    // "n.º 5 do artigo 35.º do RGPD", "Article 6 of the GDPR": an instrument known by its initials (never a roman numeral, "do II");
    // only right after a citation's of-word (`initials`): elsewhere in a sentence capitals name organisations as often ("CEDEAO")
    // The initials alone: "ETS No. 185", "RGPD 2016" go on as a name, which the names of the workspace read
    const after = this.tok(j + 1);
    const alone = !after || after.kind === 'break' || (after.kind === 'punct' && after.norm !== '-') || (after.kind === 'word' && !this.isCapitalised(after) && !this.match(this.c.nameConnectors, j + 1));
    if (initials && !firstIsNoun && alone && this.initialsAt(j)) {
      return { name: first.raw, span: { start: first.start, end: first.end }, next: j + 1 };
    }
    let lastGood = -1;
    let hasNoun = false;
    /** Where the last instrument noun ended: a date may stand right after it ("legge 7 agosto 1990"). */
    let afterNounAt = -1;
    let sinceConnector = 99;
    /** Whether the last connector was "et", "and": what follows it names the instrument only as a connector or an adjective. */
    let afterListWord = false;
    const start = j;
    let count = 0;
    while (j < this.toks.length && count < MAX_NAME_TOKENS) {
      const t = this.toks[j];
      if (t.kind === 'break') break;
      // a word hyphenated at the end of a line goes on: "eID-Karte-\nGesetzes"
      const hyphenated = j > start && this.isPunct(j - 1, '-') && !this.toks[j - 1].space;
      // A name goes on over a line break until its noun ("des Bürgerlichen\nGesetzbuchs", text wrapped
      // at 72 columns); after the noun a new line is new text ("… the Convention\nParties shall").
      // A name does not end on its connector: "del Código del\nTrabajo" goes on over the break.
      // Nor does it end before its number: "según Ley\n24.013".
      if (j > start && t.newline && !hyphenated && hasNoun && sinceConnector !== 0 && !(t.kind === 'num' && j === afterNounAt && t.raw.length <= 3 && this.isPunct(j + 1, '.') && !this.toks[j + 1].space && this.tok(j + 2)?.kind === 'num' && this.tok(j + 2)!.raw.length === 3)) break;
      count++;
      if (t.kind === 'word') {
        const noun = this.match(this.c.instruments, j, j === start) ?? (this.isSuffixNoun(t) ? { next: j + 1 } : null);
        if (noun && !this.nounWithoutItsYear(j, noun.next)) {
          hasNoun = true;
          lastGood = noun.next - 1;
          j = noun.next;
          afterNounAt = j;
          sinceConnector = 99;
          // "du code pénal", "du code monétaire et financier": the adjectives after the noun name it too.
          const adjective = this.c.table.nameAdjective;
          const isAdjective = (k: number) => { const a = this.tok(k); return !!adjective && a?.kind === 'word' && !a.newline && adjective.test(a.raw); };
          // "del Código\nCivil", "del Código\nOrgánico de Tribunales" (a law wrapped at 60 columns): a capitalised adjective
          // opening the next line still names the code; any other word there is new text
          const wrappedAdjective = (k: number) => { const a = this.tok(k); return !!adjective && a?.kind === 'word' && a.newline && /^\p{Lu}\p{Ll}/u.test(a.raw) && adjective.test(a.raw.toLowerCase()); };
          if (wrappedAdjective(j)) {
            lastGood = j++;
            continue;
          }
          if (isAdjective(j)) {
            lastGood = j++;
            if (this.match(this.c.list, j) && isAdjective(j + 1)) { lastGood = j + 1; j += 2; }
          }
          // "van de Wet rechtspositie rechterlijke ambtenaren": the bare noun, then lower-case words up to a verb or small word
          const stops = this.c.table.namesAfterBareNoun;
          if (stops && noun.next === j && noun.next - 1 === lastGood && this.c.table.instruments.includes(t.norm)) {
            let words = 0;
            // "Wet op de identificatieplicht": the preposition and its determiner, then the words
            const preposition = this.c.table.bareNounPrepositions?.includes(this.tok(j)?.norm ?? '') && !this.tok(j)!.newline ? this.match(this.c.det, j + 1) : null;
            if (preposition && /^\p{Ll}/u.test(this.tok(preposition.next)?.raw ?? '')) j = preposition.next;
            // "Wet op de Raad van State", "Wet op de Kamers van Koophandel": the body the law is on, its name capitalised
            const body = preposition ? this.capitalisedNameEnd(preposition.next) : -1;
            if (body >= 0) {
              lastGood = body;
              j = body + 1;
              sinceConnector = 99;
              continue;
            }
            for (let k = j; words < 3; k++, words++) {
              const w = this.tok(k);
              if (!w || w.kind !== 'word' || w.newline || !/^\p{Ll}/u.test(w.raw) || stops.includes(w.norm) || this.match(this.c.units, k)) break;
              lastGood = k;
              j = k + 1;
            }
            if (words > 0) sinceConnector = 99;
          }
          continue;
        }
        // "de la ley número 9.189" (Uruguay), "da Lei número 8.069": the law's number after the word, not a unit "número"
        if (hasNoun && lastGood === j - 1 && (t.norm === 'número' || t.norm === 'numero') && this.tok(j + 1)?.kind === 'num' && !this.tok(j + 1)!.newline) {
          let last = j + 1;
          // "9.189": the thousands separator's parts
          while (this.isPunct(last + 1, '.') && !this.tok(last + 1)!.space && this.tok(last + 2)?.kind === 'num' && !this.tok(last + 2)!.space) last += 2;
          lastGood = last;
          j = last + 1;
          sinceConnector = 99;
          continue;
        }
        // "Lei n.º 109/2009", "Decreto-Lei n.º 323/89", "Decreto Legislativo Regional n.º 1/90/A" (Portugal, where "n.º" also
        // names a paragraph): after the instrument's noun, the sign and a number with its year after a slash are its number
        const numbered = hasNoun && lastGood === j - 1 ? this.statuteNumberAfterSign(j) : -1;
        if (numbered > 0) {
          lastGood = numbered;
          j = numbered + 1;
          sinceConnector = 99;
          continue;
        }
        if (j > start && this.match(this.c.units, j)) break;
        const conn = this.match(this.c.nameConnectors, j);
        if (conn && j > start) {
          // "… Convention against Cybercrime and the Parties": "and the" ends the name
          if (this.match(this.c.list, j) && this.match(this.c.det, conn.next)) break;
          afterListWord = !!this.match(this.c.list, j);
          j = conn.next;
          sinceConnector = 0;
          continue;
        }
        // "du code général des impôts s'applique": an elided word ("s'", "qu'", "n'") opens a clause; it names nothing
        const elided = t.kind === 'word' && /^\p{Ll}{1,3}['’]$/u.test(t.raw);
        // "du code de procédure pénale": a second lower-case word after the connector only when it reads as an adjective;
        // "du code général des impôts est applicable" ends before its verb, "du code de la propriété intellectuelle et leur
        // proposent" before "et"
        // ("за местните данъци и такси": after an adjective, where adjectives lead, the noun it qualifies; and a noun after "и")
        const afterAdjective = !!this.c.table.adjectivesBeforeNoun && sinceConnector <= 3 && j > start && this.toks[j - 1].kind === 'word' && !!this.c.table.nameAdjective?.test(this.toks[j - 1].raw);
        const lowercaseGoesOn = (sinceConnector === 0 && (!afterListWord || !!this.c.table.adjectivesBeforeNoun)) || (sinceConnector <= 1 && this.looksLikeNameAdjective(t.raw)) || afterAdjective;
        // "Гражданския процесуален кодекс": lower-case adjectives before the noun, before any connector
        const adjectiveLeads = !!this.c.table.adjectivesBeforeNoun && !hasNoun && sinceConnector >= 99 && j > start && !!this.c.table.nameAdjective?.test(t.raw);
        // "des Gesetzes über die allgemeine Landesverwaltungspflege" (German): where names are capitalised, an adjective in lower
        // case after a connector goes on with the name
        const adjectiveGoesOn = !this.c.table.lowercaseNames && hasNoun && sinceConnector === 0 && !!this.c.table.nameAdjective?.test(t.raw);
        if (this.isCapitalised(t) || j === start || adjectiveLeads || adjectiveGoesOn || (this.c.table.lowercaseNames && hasNoun && lowercaseGoesOn && !elided)) {
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
        // "loi du 29 juillet 1881": a statute named by its date; "1° giugno 2007", "1er janvier": the first of the month
        // "Gesetz … vom 21. April 1922" (German): the day's full stop
        const ordinalDay = (this.isPunct(j + 1, '°') || this.isPunct(j + 1, 'º') ||
          (this.isPunct(j + 1, '.') && !!this.c.table.months?.includes(this.tok(j + 2)?.norm ?? ''))) && !this.tok(j + 1)!.space ? 1 : 0;
        // "ley de 6 de Octubre de 1919", "Lei de 16 de dezembro de 1830": "de" before the month and before the year
        const isDe = (k: number) => this.tok(k)?.kind === 'word' && (this.tok(k)!.norm === 'de' || this.tok(k)!.norm === 'del');
        const of = isDe(j + 1 + ordinalDay) && isDe(j + 3 + ordinalDay) && !!this.c.table.months?.includes(this.tok(j + 2 + ordinalDay)?.norm ?? '') ? 1 : 0;
        const month = this.tok(j + 1 + ordinalDay + of);
        const year = this.tok(j + 2 + ordinalDay + 2 * of);
        // "legge 7 agosto 1990, n. 241", "D.Lgs. 13 ottobre 2005, n. 217" (Italy): the date right after the noun, then the number
        // or after the words that name it ("decreto del Presidente della Repubblica 28 dicembre 2000, n. 445")
        const afterNoun = j === afterNounAt || (hasNoun && lastGood === j - 1 && prevTok.kind === 'word');
        if ((afterConnector || afterNoun) && month?.kind === 'word' && this.c.table.months?.includes(month.norm) && year?.kind === 'num' && year.digits!.length === 4) {
          lastGood = j + 2 + ordinalDay + 2 * of;
          j += 3 + ordinalDay + 2 * of;
          sinceConnector = 99;
          const numbered = this.numberAfterDate(j);
          if (numbered > 0) {
            lastGood = numbered;
            j = numbered + 1;
          }
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
        // ("Pub. L. 107–296": the number right after an abbreviated noun's stop)
        if ((afterConnector && t.digits!.length === 4) || (!afterConnector && j > start && (prevTok.kind === 'word' || !t.space || (j === afterNounAt && prevTok.norm === '.')))) {
          lastGood = j;
          j++;
          sinceConnector = 99;
          continue;
        }
        break;
      }
      // "The Information Technology Act, 2000", "the Companies Act, 1956" (India Code, older UK prints): the year after a comma
      if (t.kind === 'punct' && t.norm === ',' && hasNoun && lastGood === j - 1) {
        const year = this.tok(j + 1);
        const after = this.tok(j + 2);
        if (year?.kind === 'num' && !year.newline && /^(?:1[89]|20)\d\d$/.test(year.raw) && after?.kind !== 'num' && !(after?.kind === 'word' && !after.newline && !this.isCapitalised(after))) {
          lastGood = j + 1;
          j += 2;
          sinceConnector = 99;
          continue;
        }
      }
      // "Regulation (EU) 2016/679", "Regulation (EC) No 765/2008", "Decision (CFSP) 2019/797": the EU's number after the noun
      if (((t.kind === 'punct' && t.norm === '(') || t.kind === 'marker') && hasNoun && lastGood === j - 1) {
        const numbered = this.euNumberEnd(j);
        if (numbered > 0) {
          lastGood = numbered;
          j = numbered + 1;
          sinceConnector = 99;
          continue;
        }
      }
      // "European Union (Withdrawal) Act 2018", "Welsh Language (Wales) Measure 2011": capitalised words in brackets before
      // the noun are the name's own (after it, "(c. 41)" and "(public bodies etc: standards)" are notes on it)
      if (t.kind === 'punct' && t.norm === '(' && !hasNoun && j > start) {
        const close = this.bracketedNameEnd(j);
        if (close > 0) {
          lastGood = close;
          j = close + 1;
          sinceConnector = 99;
          continue;
        }
      }
      // "Theft Act (Northern Ireland) 1969": capitalised words in brackets after the noun, then the year, are the name's too
      // ("the Courts and Tribunals (Judiciary and Functions of Staff) Act 2018 (Consequential, Transitional and Saving Provision)
      // Regulations 2020": so are they before another instrument's noun, an instrument made under the Act named first)
      if (t.kind === 'punct' && t.norm === '(' && hasNoun && lastGood === j - 1) {
        const close = this.bracketedNameEnd(j);
        const year = close > 0 ? this.tok(close + 1) : undefined;
        if (year?.kind === 'num' && !year.newline && /^(?:1[6-9]|20)\d\d$/.test(year.raw)) {
          lastGood = close + 1;
          j = close + 2;
          sinceConnector = 99;
          continue;
        }
        if (year?.kind === 'word' && !year.newline && this.isCapitalised(year) && this.match(this.c.instruments, close + 1)) {
          lastGood = close;
          j = close + 1;
          sinceConnector = 99;
          continue;
        }
      }
      // "the Political Parties, Elections and Referendums Act 2000": a comma between capitalised words before the noun
      if (t.kind === 'punct' && t.norm === ',' && !hasNoun && j > start && lastGood === j - 1) {
        const n = this.tok(j + 1);
        if (n?.kind === 'word' && !n.newline && this.isCapitalised(n) && !this.match(this.c.units, j + 1)) {
          j++;
          continue;
        }
      }
      // "des Justizvergütungs- und\n-entschädigungsgesetzes": the second compound starts with its hyphen
      if (t.kind === 'punct' && t.norm === '-' && sinceConnector === 0 && !hasNoun && this.tok(j + 1)?.kind === 'word' && !this.tok(j + 1)!.space) {
        j++;
        continue;
      }
      // "Pub. L. 107–296": a public law's Congress and number joined by an en dash, as the U.S. Code prints them
      if (t.kind === 'punct' && '/-.–'.includes(t.norm) && !t.space) {
        const n = this.tok(j + 1);
        // "des Wertpapiererwerbs- und Übernahmegesetzes": a compound's shared end left out before "und"
        if (t.norm === '-' && !hasNoun && n?.kind === 'word' && n.space && this.match(this.c.list, j + 1) && lastGood === j - 1) {
          j++;
          continue;
        }
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
    return { name: nameAsRead(this.text.slice(s, e)), span: { start: s, end: e }, next: lastGood + 1 };
  }

  /**
   * "(Withdrawal)", "(Miscellaneous Provisions)", "(Judiciary and Functions of Staff)", "(Consequential, Transitional and
   * Saving Provision)": the index of the ")" closing capitalised words at `open` (with the name's small words and commas
   * between two of them), or -1.
   */
  private bracketedNameEnd(open: number): number {
    let afterCapital = false;
    for (let k = open + 1; k <= open + BRACKETED_NAME_TOKENS + 1; k++) {
      const t = this.tok(k);
      if (!t || t.newline) return -1;
      if (t.kind === 'punct' && t.norm === ')') return afterCapital ? k : -1;
      if (t.kind === 'word' && this.isCapitalised(t)) { afterCapital = true; continue; }
      // (a name in another language may join its words with its own small word: "(Ngā Pou Taunaha o Aotearoa)", "(Te Puna Mātauranga o Aotearoa)")
      const between = (t.kind === 'punct' && t.norm === ',') || (t.kind === 'word' && (this.c.table.nameConnectors.includes(t.norm) || (t.norm.length <= 2 && t.raw === t.norm)));
      if (!between || !afterCapital) return -1;
      afterCapital = false;
    }
    return -1;
  }

  /**
   * The last token of a capitalised name starting at `i` ("Raad van State", "Kamers van Koophandel en Fabrieken"): capitalised
   * words, and the small words between two of them; -1 when no capitalised word stands at `i`.
   */
  private capitalisedNameEnd(i: number): number {
    const capital = (k: number) => { const w = this.tok(k); return w?.kind === 'word' && !w.newline && /^\p{Lu}\p{Ll}/u.test(w.raw); };
    if (!capital(i)) return -1;
    let last = i;
    for (let k = i + 1; k - i < 8; k++) {
      if (capital(k)) { last = k; continue; }
      const w = this.tok(k);
      if (w?.kind === 'word' && !w.newline && this.c.table.bodyNameJoiners?.includes(w.norm) && capital(k + 1)) continue;
      break;
    }
    return last;
  }

  /** "n.º 109/2009", "n.º 1/90/A" at `i`: the index of the number's last token, or -1. */
  private statuteNumberAfterSign(i: number): number {
    const sign = this.tok(i);
    // "zákona č. 40/2009 Sb." (Czech): the table's sign
    const tableSign = this.c.table.numberSigns ? this.match(this.c.numberSigns, i) : null;
    if (tableSign) return this.gazetteAfter(tableSign.next - 1);
    if (sign?.kind !== 'word' || !/^(?:n\.º|nº|n°)$/.test(sign.norm)) return -1;
    const number = this.tok(i + 1);
    const year = this.tok(i + 3);
    if (number?.kind !== 'num' || number.newline || !this.isPunct(i + 2, '/') || this.tok(i + 2)!.space || year?.kind !== 'num' || year.space) return -1;
    // a region's letter after a second slash ("1/90/A", the Azores)
    const letter = this.tok(i + 5);
    return this.isPunct(i + 4, '/') && !this.tok(i + 4)!.space && letter?.kind === 'word' && !letter.space && /^[A-Z]$/.test(letter.raw) ? i + 5 : i + 3;
  }

  /**
   * "č. 40/2009 Sb.", "č. 104/2013 Sb. m. s." with the sign's last token at `i`: the index of the number's last token, its gazette's
   * abbreviation with it (the Collection of Laws, of International Treaties), or -1.
   */
  private gazetteAfter(i: number): number {
    const number = this.tok(i + 1);
    const year = this.tok(i + 3);
    if (number?.kind !== 'num' || number.newline || !this.isPunct(i + 2, '/') || this.tok(i + 2)!.space || year?.kind !== 'num' || year.space) return -1;
    let last = i + 3;
    const word = (k: number, raw: string) => this.tok(k)?.kind === 'word' && this.tok(k)!.raw === raw && !this.tok(k)!.newline && this.isPunct(k + 1, '.') && !this.tok(k + 1)!.space;
    if (word(last + 1, 'Sb')) {
      last += 2;
      if (word(last + 1, 'm') && word(last + 3, 's')) last += 4;
    }
    return last;
  }

  /** ", n. 241" after an instrument's date: the index of the number's token, or -1. */
  private numberAfterDate(i: number): number {
    if (!this.isPunct(i, ',')) return -1;
    const sign = this.tok(i + 1);
    if (sign?.kind !== 'word' || sign.newline || !/^(?:n|n°|nº|no|nr)$/.test(sign.norm)) return -1;
    const at = this.isPunct(i + 2, '.') && !this.tok(i + 2)!.space ? i + 3 : i + 2;
    const number = this.tok(at);
    return number?.kind === 'num' && !number.newline ? at : -1;
  }

  /**
   * An outer unit named by its bare number (French): "du I", "du VI", and "du 7" when another outer
   * unit follows ("du 7 du I"). A capital roman numeral is a part of the article; a plain number a point.
   */
  protected bareOuter(i: number): { step: IStep; next: number } | null {
    const bare = this.c.table.bareUnits;
    const t = this.tok(i);
    if (!bare || !t || t.newline) return null;
    const roman = t.kind === 'word' && /^[IVX]{1,5}$/.test(t.raw);
    // "du f du 1° du I de l'article 31": a lower-case letter is an item, named bare like a number
    const letter = t.kind === 'word' && /^[a-z]$/.test(t.raw);
    if (!roman && !letter && !(t.kind === 'num' && !t.suffix)) return null;
    let next = i + 1;
    if (!letter && this.isPunct(next, '°') && !this.tok(next)!.space) next++;
    if (!roman) {
      // "du 7 du I", and "du 2° de l'article L. 531-2": a plain number (or letter) is an outer unit only before another one.
      const of = this.match(this.c.of, next);
      if (!of) return null;
      const after = this.skipDet(of.next);
      if (!this.bareOuter(after) && !this.match(this.c.units, after, true) && !this.thisPhrase(of.next)) return null;
    }
    return { step: this.step('unspecified', roman || letter ? t.raw : t.digits!, t, roman ? 'uroman' : letter ? 'lower' : 'num'), next };
  }

  /**
   * A unit cited by its bare number after "au"/"aux" (French): "visées au 2", "prévues au III",
   * "au 1 du VI de l'article 6", "aux 1 et 2 du I". Without an outer unit, a cue word ("visées",
   * "mentionnées") must stand before the preposition, so that "au 30 septembre" is never read.
   */
  protected bareAt(i: number): { ref: Omit<ParsedReference, 'language' | 'text'>; next: number } | null {
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
    // "au 10° de la catégorie B", "au 1° du tableau": the item of something that is no unit of ours.
    const ofAfter = tl.anchor.kind === 'none' && tl.targets.every((target) => target.path.length === 1) ? this.match(this.c.of, Math.max(tl.next, after)) : null;
    if (ofAfter) {
      const w = this.skipDet(ofAfter.next);
      const noun = this.tok(w);
      if (noun && noun.kind === 'word' && !noun.newline && !this.match(this.c.units, w) && noun.norm !== 'cet' && !this.c.table.anaphoric?.includes(noun.norm)) return null;
    }
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
  protected unitByPlace(i: number, outer = false): { ref: Omit<ParsedReference, 'language' | 'text'>; next: number } | null {
    const first = this.match(this.c.relBefore, i);
    const kw = this.unitNamedAlone(first ? first.next : i);
    if (!kw || kw.value.plural || kw.value.sentence) return null;
    const second = first ? null : this.match(this.c.relAfter, kw.next) ??
      (outer && (kw.value.kind === 'article' || kw.value.kind === 'section') ? this.match(this.c.outerAfter, kw.next) : null);
    const direction = first?.value ?? second?.value;
    if (!direction) return null;
    const compared = second ? this.tok(second.next) : undefined;
    if (compared?.kind === 'word' && this.c.table.comparedWith?.includes(compared.norm)) return null;
    const end = this.toks[(second ?? kw).next - 1].end;
    const span = { start: this.toks[i].start, end };
    // a number after the noun makes it an ordinary citation ("the following paragraph 2" is paragraph 2)
    if (!second && (this.tok(kw.next)?.kind === 'num' || this.tok(kw.next)?.kind === 'marker')) return null;
    if (direction === 'following' && this.setOutNext((second ?? kw).next)) return null;
    return { ref: { span, targets: [], anchor: { kind: 'relative', direction, span, unit: kw.value.kind } }, next: (second ?? kw).next };
  }

  /**
   * "there shall be inserted the following paragraph—", "the following section is substituted:": a dash or colon after
   * "the following <unit>" sets out the text that follows (an amendment's new text), no unit of this document.
   */
  private setOutNext(k: number): boolean {
    const t = this.tok(k);
    return t?.kind === 'punct' && /^[—–:]$/.test(t.norm);
  }

  /**
   * The statute chapter named right before the citation at token i: "2018, c. 16, s. 194", "R.S., 1985, c. C-46, s. 2",
   * "R.S., c. 27 (2nd Supp.), s. 10", "S.C. 2018, c. 16, s. 3". Read backwards from the comma before the citation: the
   * supplement, the chapter number ("16", "16.1", "C-46"), the chapter word and its full stop, then the year, "R.S." or
   * "S.C." if there.
   */
  protected statuteChapterBefore(i: number): { name: string; span: Span } | null {
    const word = this.c.table.statuteChapterWord;
    if (!word || !this.isComma(i - 1)) return null;
    let j = i - 2;
    const end = this.tok(j)?.end;
    if (this.isPunct(j, ')') && this.isPunct(j - 1, '.') && this.tok(j - 2)?.norm === 'supp' && this.tok(j - 3)?.kind === 'num' && this.isPunct(j - 4, '(')) j -= 5;
    if (this.tok(j)?.kind !== 'num' || (this.tok(j)?.digits ?? '').length > 3) return null;
    if (this.isPunct(j - 1, '.') && this.tok(j - 2)?.kind === 'num') j -= 2;
    else if (this.isPunct(j - 1, '-') && /^[A-Z]{1,2}$/.test(this.tok(j - 2)?.raw ?? '')) j -= 2;
    if (!this.isPunct(j - 1, '.') || this.tok(j - 2)?.raw !== word) return null;
    j -= 2;
    let start = this.toks[j].start;
    const year = (k: number) => /^(?:1[89]|20)\d\d$/.test(this.tok(k)?.raw ?? '');
    const initials = (k: number, first: string, second: string) => this.tok(k - 3)?.raw === first && this.isPunct(k - 2, '.') && this.tok(k - 1)?.raw === second && this.isPunct(k, '.');
    if (this.isComma(j - 1) && year(j - 2)) {
      j -= 2;
      start = this.toks[j].start;
      if (initials(j - 1, 'S', 'C')) start = this.toks[j - 4].start;
      else if (this.isComma(j - 1) && initials(j - 2, 'R', 'S')) start = this.toks[j - 5].start;
    } else if (this.isComma(j - 1) && initials(j - 2, 'R', 'S')) {
      start = this.toks[j - 5].start;
    }
    if (end === undefined) return null;
    return { name: nameAsRead(this.text.slice(start, end)), span: { start, end } };
  }

  /**
   * "Schedule 8 to the European Union (Withdrawal) Act 2018", "paragraph 7 of Schedule 2 to the 2006 Act": an of-word
   * of the outermost unit's kind only (LanguageTable.ofWordsAfter), and only before an instrument's name ("Schedules 1
   * to 3" is a range, "paragraph 3 to the extent that" no citation of anything, "to the Act" the bare noun).
   */
  /** "pénale", "électroniques": an adjective of a name, in the singular or the plural (LanguageTable.nameAdjective); any word where the language gives none. */
  private looksLikeNameAdjective(word: string): boolean {
    const adjective = this.c.table.nameAdjective;
    return !adjective || adjective.test(word) || (/[sx]$/u.test(word) && adjective.test(word.slice(0, -1)));
  }

  private ofWordAfterUnit(j: number, targets: ITarget[]): { value: true; next: number; named: { name: string; span: Span; next: number } } | null {
    const kind = targets[0]?.path[0]?.kind;
    const words = kind ? this.c.table.ofWordsAfter?.[kind] : undefined;
    const t = this.tok(j);
    if (!words || t?.kind !== 'word' || !words.includes(t.norm)) return null;
    // a name, not the bare noun: "Schedule III to the Act are replaced by the following" amends the Act the sentence is about;
    // "Schedule 9 to, the 1984 Act": a comma after the word, when another citation shares the name (sharedInstrumentAhead)
    const at = this.isComma(j + 1) ? j + 2 : j + 1;
    const named = this.instrument(at, true);
    return named && /\s/.test(named.name) ? { value: true, next: at, named } : null;
  }

  /** "G v. 12.8.2021 I 3544 (Nr. 54)": an act named by its date, with its gazette place. */
  protected datedInstrument(i: number): { name: string; span: Span; next: number } | null {
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
    return { name: nameAsRead(this.text.slice(start, end)), span: { start, end }, next: j };
  }

  /**
   * After "Part 1 of," in "Part 1 of, and Schedule 9 to, the 1984 Act": the instrument named after the next citation's own
   * "to," or "of," (or "to the"), when "and" or "or" comes first; within the sentence and 40 tokens.
   */
  private sharedInstrumentAhead(i: number): { name: string; span: Span; next: number } | null {
    if (!this.match(this.c.list, i)) return null;
    for (let k = i + 1; k < i + SHARED_INSTRUMENT_REACH && k + 2 < this.toks.length; k++) {
      const t = this.toks[k];
      if (t.kind === 'break' || (t.kind === 'punct' && (t.norm === ';' || t.norm === '.'))) return null;
      if (t.kind !== 'word' || !(this.match(this.c.of, k) || t.norm === 'to')) continue;
      // its comma may be left out: "Part 8 of, and schedule 21 to the 2011 Act" (a determiner then follows)
      if (this.isComma(k + 1)) return this.instrument(k + 2, true);
      const named = this.skipDet(k + 1) > k + 1 ? this.instrument(k + 1, true) : null;
      if (named) return named;
    }
    return null;
  }

  /** The part after the cited units: "of article 7", "of this Convention", "of title 18", "above". */
  /** An anaphoric word ("medesimo", "stessi", "lesdits") among the tokens [from, to): the determiners before an outer unit. */
  private anaphoricBetween(from: number, to: number): Token | undefined {
    const words = this.c.table.anaphoric;
    if (!words) return undefined;
    for (let k = from; k < to; k++) {
      const t = this.tok(k);
      if (t?.kind === 'word' && words.includes(t.norm)) return t;
    }
    return undefined;
  }

  tail(i: number, targets: ITarget[]): { targets: ITarget[]; anchor: RefAnchor; next: number; endChar: number } {
    let next = i;
    let endChar = -1;
    let anchor: RefAnchor = { kind: 'none' };
    let namedBefore: Token | undefined;
    for (let depth = 0; depth < MAX_DEPTH; depth++) {
      let j = next;
      // "el artículo 230, numeral 3), de la Ley 27444": the parenthesis that closes a numeral's number ("3)"), then the comma
      const close = depth === 0 ? this.tok(j) : undefined;
      // "del Artículo 7.4) del Convenio de Berna" (WIPO's Spanish texts: a paragraph's number closed by a parenthesis), the of-word right after it
      if (close?.kind === 'punct' && close.norm === ')' && !close.space && /[\p{L}\p{N}]/u.test(this.text[close.start - 1] ?? '') && (this.isComma(j + 1) || this.match(this.c.of, j + 1)) && !closesAside(this.text, close.start)) j++;
      // ("art. 5º, caput, da Lei nº 8.666": the head of the article, between commas, before the of-word)
      if (this.isComma(j)) j = this.pastHeadBetweenCommas(j + 1);
      // "el inciso 2) del artículo 13, ambos del Estatuto": the word that shares the name with the items before (sharedInstrument.ts)
      const distributive = this.c.table.distributiveWords;
      if (distributive && this.isComma(j - 1) && this.match(this.c.of, j + 1)) {
        const word = this.tok(j);
        if (word?.kind === 'word' && (distributive.pair.includes(word.norm) || distributive.all.includes(word.norm))) j++;
      }
      // "subsection (b)(3) or (c)(3) (as the case may be) of section 3571": an aside of a few words
      // stands between the units and what they are of.
      const aside = depth === 0 ? this.asideEnd(j) : this.respectivelyEnd(j);
      if (aside > 0 && (this.match(this.c.of, aside) || this.ofWordAfterUnit(aside, targets))) j = aside;
      // "articles 2 to 34 inclusive of the Convention" (the 1967 Protocol relating to the Status of Refugees): the word that keeps
      // the range's ends in it, before the of-word
      const inclusive = this.tok(j);
      if (depth === 0 && inclusive?.kind === 'word' && !inclusive.newline && targets.some((target) => target.through) && this.c.table.inclusiveWords?.includes(inclusive.norm) && this.match(this.c.of, j + 1)) j++;
      // "subsection 44.2(4)[^] of the *Judges Act*": a footnote's reference between the citation and its of-word
      const footnote = this.footnoteReferenceEnd(j);
      if (footnote > 0 && this.match(this.c.of, footnote)) j = footnote;
      // "por art. 104**de la*[Ley Nº 27.591]" (InfoLEG as converted: emphasis closed and opened again right after the number)
      let pastMarks = j;
      while (pastMarks < j + 3 && (this.isPunct(pastMarks, '*') || this.isPunct(pastMarks, '_')) && !this.toks[j].space) pastMarks++;
      if (pastMarks > j && this.match(this.c.of, pastMarks)) j = pastMarks;
      // "clause (d) ^6[of section 19]" (India Code): the mark of a footnote on an amendment, and the bracket that opens its words
      const marked = this.amendmentMarkEnd(j);
      if (marked > 0 && this.match(this.c.of, marked)) j = marked;
      // "^3[clause (20) of section 2] of ^2[the Companies Act, 2013 …]": the bracket that closes amended words, then the of-word
      else if (this.isPunct(j, ']') && !this.tok(j)!.space && this.match(this.c.of, j + 1)) j++;
      const of = this.match(this.c.of, j) ?? this.ofWordAfterUnit(j, targets);
      if (of && depth === 0 && this.isComma(of.next)) {
        // "Part 1 of, and Schedule 9 to, the 1984 Act": the units of one instrument, named once after the last of them;
        // the citations after "and" are read on their own, and end with ", the 1984 Act" (below)
        const named = this.sharedInstrumentAhead(of.next + 1) ?? this.instrument(of.next + 1, true);
        if (named) {
          anchor = { kind: 'instrument', name: named.name, span: named.span };
          if (named.span.start === this.toks[of.next + 1]?.start || this.toks[this.skipDet(of.next + 1)]?.start === named.span.start) {
            next = named.next;
            endChar = named.span.end;
          }
          break;
        }
      }
      if (!of && j === next) {
        const dated = this.datedInstrument(j);
        if (dated) {
          anchor = { kind: 'instrument', name: dated.name, span: dated.span };
          next = dated.next;
          endChar = dated.span.end;
          break;
        }
      }
      // "§ 823 BGB", "Art. 554 OR", "Artikel 32 Absatz 2 ATSG": the law's abbreviation right after the citation
      // ("§ 14 Absatz 2 1. BImSchV": the first of the regulations made under a law, its ordinal before its abbreviation)
      const ordinal = !of && j === next && this.c.table.abbreviationsAfter === 'initials' ? this.ordinalBeforeAbbreviation(j) : -1;
      const abbreviation = !of && j === next && this.c.table.abbreviationsAfter ? this.lawAbbreviation(ordinal > 0 ? ordinal : j, false) : null;
      if (abbreviation) {
        const start = ordinal > 0 ? this.toks[j].start : abbreviation.start;
        anchor = { kind: 'instrument', name: ordinal > 0 ? this.text.slice(start, abbreviation.end).replace(/\s+/g, ' ') : abbreviation.raw, span: { start, end: abbreviation.end } };
        next = (ordinal > 0 ? ordinal : j) + 1;
        endChar = abbreviation.end;
        break;
      }
      // German: "this" in the genitive, with no of-word ("§ 5 dieses Gesetzes", "Absatz 2 dieses Paragraphen")
      const genitiveThis = !of && j === next ? this.thisPhrase(j) : null;
      if (genitiveThis) {
        anchor = { kind: 'this', unit: genitiveThis.unit, span: { start: genitiveThis.start, end: genitiveThis.end } };
        next = genitiveThis.next;
        endChar = genitiveThis.end;
        break;
      }
      // Russian: the outer unit is in the genitive, with no of-word ("пункт 2 статьи 7"); never after a comma
      if (!of && !(this.c.table.bareOuter && j === next)) break;
      // "of ^2[the Companies Act, 2013 …]": the amendment's mark and bracket after the of-word
      const afterOf = of ? this.amendmentMarkEnd(of.next) : -1;
      const q = this.pastHead(of ? (afterOf > 0 ? afterOf : of.next) : j);
      const th = this.thisPhrase(q);
      if (th) {
        anchor = { kind: 'this', unit: th.unit, span: { start: th.start, end: th.end } };
        next = th.next;
        endChar = th.end;
        break;
      }
      // an outer unit must contain the inner one: "paragraph 2 of article 7", never "article 2 of article 7"
      const outermost = targets.length ? targets[0].path[0].kind : 'unspecified';
      // "do inciso I do artigo antecedente", "paragraph 2 of the preceding article": in the unit named by its place
      const place = targets.length ? this.unitByPlace(this.skipDet(q), true) ?? this.relativeUnit(q) : null;
      const placeAnchor = place?.ref.anchor;
      const placeUnit = placeAnchor?.kind === 'relative' ? placeAnchor.unit ?? place?.ref.targets[0]?.path[0]?.kind : undefined;
      // ("els paràgrafs a) a e) de l’apartat anterior": a language whose paragraphs and letters nest either way names both so)
      const nests = this.c.table.nestsEitherWay;
      if (place && placeAnchor?.kind === 'relative' && placeUnit && placeUnit !== 'unspecified' &&
        (this.rank(placeUnit) < this.rank(outermost) || (nests?.has(placeUnit) && nests.has(outermost)))) {
        anchor = { kind: 'relative', direction: placeAnchor.direction, span: place.ref.span, unit: placeUnit };
        next = place.next;
        endChar = place.ref.span.end;
        break;
      }
      this.readingOuterUnit = true;
      const g = this.group(this.skipDet(q), -1, false);
      this.readingOuterUnit = false;
      const eitherWay = this.c.table.nestsEitherWay;
      // "article 57 of annex II", "Part 2 of Schedule 1": an annex or a schedule holds a text of its own, units of every kind
      const holdsAnyUnit = ANNEX_LIKE.has(g?.kind ?? 'unspecified') && !ANNEX_LIKE.has(outermost);
      // "des articles L. 325-17, … et L. 332-21, des titres V, VI et VII du même livre III": a code's article number says where
      // the article stands, and the titles after a comma are the next items of the list, not what holds it
      if (g && GROUPINGS.has(g.kind) && this.c.table.codeNumbers && this.isComma(next) && targets.length &&
        targets.every((target) => target.path[0].kind === 'article' && CODE_ARTICLE_NUMBER.test(target.path[0].number))) break;
      // "Die Überschrift des Art. 1, der §§ 35 Abs. 2, 37 …" (Austria's RIS): German names what holds a unit right after it, in the
      // genitive ("Abs. 2 des § 5"); after a comma the genitive is the list's next item
      if (g && this.c.table.outerNotAfterComma && this.isComma(next) && !this.c.instrumentUnits.has(g.kind)) break;
      // "los apartados b) y c) del párrafo 2" (the Rome Statute in Spanish): letters of a numbered unit named by the same noun's kind
      const lettersOfNumbered = !!g && g.kind === outermost && !!this.c.table.lettersInNumbered && lettersInNumbered(targets, g.targets);
      if (lettersOfNumbered) targets = targets.map((target) => ({ path: [{ ...target.path[0], kind: 'subparagraph' }, ...target.path.slice(1)], through: target.through && [{ ...target.through[0], kind: 'subparagraph' }, ...target.through.slice(1)] }));
      if (g && !lettersOfNumbered && !this.c.instrumentUnits.has(g.kind) && this.rank(g.kind) >= this.rank(outermost) && !holdsAnyUnit &&
        !(eitherWay?.has(g.kind) && eitherWay.has(outermost) && g.kind !== outermost)) break;
      // "The repeal by subsection (1) of sections 13(4) and 14(3) of the Finance Act 1987": a section cited down to the inner unit's
      // level or below it ("13(4)" is a subsection already) holds no subsection (1); the of-word is the sentence's, not the citation's
      if (g && this.citedBelowLevelOf(g.targets, outermost)) break;
      // "comma 1 del medesimo articolo 11", "degli stessi articoli 139 e 140": the outer unit is of the instrument named before
      if (g && !namedBefore) namedBefore = this.anaphoricBetween(q, this.skipDet(q));
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
          anchor = { kind: 'instrument', name: nameAsRead(this.text.slice(start, end)), span: { start, end } };
          next = after;
          endChar = end;
          break;
        }
        const combined: ITarget[] = [];
        for (const [k, outer] of g.targets.entries()) {
          // "clause (ha) of sub-section (1) of section 2 and section 66A": section 66A is cited whole.
          if (g.ownNounFrom !== undefined && k >= g.ownNounFrom) {
            if (combined.length < MAX_TARGETS) combined.push(outer);
            continue;
          }
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
      // "de l'article 469, du 4° de l'article 483": an item cited by its bare number holds an alinea or another item, never an article
      const bare = this.rank(outermost) > this.rank('article') ? this.bareOuter(q) : null;
      if (bare) {
        targets = targets.map((t) => ({ path: [bare.step, ...t.path], through: t.through && [bare.step, ...t.through] }));
        next = bare.next;
        endChar = bare.step.span.end;
        continue;
      }
      // "Art. 122 Abs. 1 der BV vom 18. April 1999": a law's abbreviation after the of-word
      // (German only: elsewhere the initials are read as a name, which may go on: "of ETS No. 185")
      const abbreviated = of && this.c.table.abbreviationsAfter === 'initials' ? this.lawAbbreviation(q, true) : null;
      if (abbreviated) {
        anchor = { kind: 'instrument', name: abbreviated.raw, span: { start: abbreviated.start, end: abbreviated.end } };
        next = q + 1;
        endChar = abbreviated.end;
        break;
      }
      // the name an of-word after the unit was read by ("Schedule 8 to the … Act 2018") is not read again
      const inst = of && 'named' in of && q === of.next ? of.named : this.instrument(q, true);
      if (inst) {
        anchor = { kind: 'instrument', name: inst.name, span: inst.span };
        next = inst.next;
        endChar = inst.span.end;
      }
      break;
    }
    if (anchor.kind === 'none' && namedBefore) {
      anchor = { kind: 'instrument', name: `${namedBefore.raw} (the instrument named before)`, span: { start: namedBefore.start, end: namedBefore.end } };
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
      const after = r ? this.tok(r.next) : undefined;
      const preposition = r && after?.kind === 'word' && !after.newline && this.c.table.relativePrepositions?.includes(this.toks[next].norm);
      if (r && !preposition) {
        const t = this.toks[r.next - 1];
        anchor = { kind: 'relative', direction: r.value, span: { start: this.toks[next].start, end: t.end } };
        endChar = t.end;
        next = r.next;
      }
    }
    return { targets, anchor, next, endChar };
  }

  /** "the preceding paragraph", "the following section": a unit named by its place, with no number. */
  protected relativeUnit(i: number): { ref: Omit<ParsedReference, 'language' | 'text'>; next: number } | null {
    const d = this.skipDet(i);
    if (d === i) return null;
    const r = this.match(this.c.relative, d);
    if (!r || (r.value !== 'preceding' && r.value !== 'following')) return null;
    const u = this.unitNamedAlone(r.next);
    if (!u || u.value.plural) return null;
    if (r.value === 'following' && this.setOutNext(u.next)) return null;
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

}

/** Whether every inner target opens with a lone letter and every outer one is numbered with digits: "b) y c) del párrafo 2". */
function lettersInNumbered(inner: readonly ITarget[], outer: readonly ITarget[]): boolean {
  return inner.length > 0 && outer.length > 0 && inner.every((target) => /^\p{Ll}$/u.test(target.path[0]?.number ?? '')) &&
    outer.every((target) => /^\d+$/.test(target.path[0]?.number ?? ''));
}

/** How many tokens the brackets inside a name may hold ("(Judiciary and Functions of Staff)"). */
const BRACKETED_NAME_TOKENS = 10;

/** How many tokens an aside in brackets between a citation and its instrument may hold. */
const ASIDE_TOKENS = 24;

/** Whether the ")" at `at` closes a parenthesis opened shortly before it ("(véase el artículo 3)"), not a numeral's number ("numeral 3)"). */
function closesAside(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 80), at);
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}

/**
 * An instrument's name as a reader reads it: spaces and line breaks as one space, and a link's markup left out ("[loi modifiée du
 * 8 juin 1999](/eli/etat/leg/loi/1999/06/08/n2/jo) sur le budget", Legilux as converted, reads "loi modifiée du 8 juin 1999 sur
 * le budget").
 */
function nameAsRead(written: string): string {
  return withoutLinkMarkup(written).replace(/\s+/g, ' ');
}
