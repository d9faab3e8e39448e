// Number before the unit noun (Chinese, tables with numberBeforeUnit), outermost unit first,
// anchor first: "第七条第二款", "本条第一款", "本公约第二条", "第二条至第十一条".
import type { ParsedReference, RefAnchor } from './types';
import type { Token } from './tokenizer';
import type { Span } from '../model';
import { AnchorParser } from './anchors';
import { MAX_DEPTH, MAX_TARGETS, RANK, letterShape, publicTarget, type IStep, type ITarget } from './citationSteps';

/** How far back an instrument's name may reach, in characters ("中华人民共和国治安管理处罚法" is 14). */
const MAX_NAME_CHARS = 24;
/**
 * Characters that end a name read backwards: prepositions, conjunctions, "的", "本" (this). Not "对",
 * "有", "经", "同": names hold them ("对外贸易法", "国有资产法", "合同法").
 */
const NAME_STOPS = new Set(['的', '依', '按', '据', '及', '或', '与', '在', '由', '将', '即', '于', '并', '了', '本', '和', '跟', '向', '把', '被',
  // (the same in traditional characters)
  '據', '與', '將', '於', '並', '之']);
/** Two-character words that end a name read backwards: "依照", "违反", "适用", "符合". */
const NAME_STOP_PAIRS = new Set(['依照', '按照', '根据', '违反', '适用', '符合', '参照', '依据', '执行', '遵守', '属于', '对照', '关于',
  '根據', '違反', '適用', '參照', '依據', '執行', '屬於', '對照', '關於', '準用', '不受', '視同', '非屬', '比照', '從事', '不得',
  // "修正行政訴訟法第一百零七條": the act as amended, named without the word
  '修正']);
/** Rules named by their series' numbers right before a citation: "人事院規則一一―四", "規則九―一三". */
const NUMBERED_RULES_BEFORE = /((?:[\p{Script=Han}]{0,6})規則[〇一二三四五六七八九十]{1,4}[―－‐-][〇一二三四五六七八九十]{1,4})(?:（[^（）\n]{1,40}）)?$/u;
/** Names that end in an instrument's noun and name none: "附則" (Japanese: the supplementary provisions), "法附則" (the act's). */
const NOT_INSTRUMENTS = /附則$/u;
/** The letters of Japanese sub-items, in order. */
const IROHA = 'イロハニホヘトチリヌルヲワカヨタレソツネナラム';
/** How many tokens an article's caption between its number and a paragraph's may take ("제36조(보고 또는 자료 등의 제출의 요구)제1항"). */
const CAPTION_TOKENS = 40;
/** A Korean syllable. */
const KOREAN_SYLLABLE = /^[\uac00-\ud7a3]$/u;
/** "같은 " or "동" right before an instrument's noun (Korean): the same act as the one named before. */
const KOREAN_SAME_NOUN_BEFORE = /(?:(?:^|[^\uac00-\ud7a3])같은[ \t]|(?:^|[^\uac00-\ud7a3])동)$/u;
/** A part of a Korean unit's sentences after its citation: "후단" (its latter sentence), "단서" (its proviso), "각 호 외의 부분" (its words outside its items). */
const KOREAN_SENTENCE_PART = /^[ \t]?(?:각[ \t]?호[ \t]?외의[ \t]?부분|각[ \t]?(?:호|목)|전단|후단|단서|본문)/u;
/** How many times a unit may be put after an inserted one ("第十二条の五の二の三"). */
const MAX_INSERTIONS = 3;
/** Characters that count things after a number (Japanese): months, years, days, people, times, yen. */
// (and words a numeral opens: "前条第二項の一定の期間", "の二以上", "の一部")
const COUNTERS = /^(?:[箇ヶケ年月日人回倍分割時歳円件名週級段点期定部括般種層律体以]|か月)/u;
/** How many tokens back the bracket of an act's number may open ("（平成十六年法律第七十五号。次条第八項並びに…において「新破産法」という。）"). */
const LAW_NUMBER_TOKENS = 120;
/** An act's, an order's or a regulation's number, as Japan's laws give it in brackets after the name: "昭和二十三年法律第二百五号". */
const LAW_NUMBER = /^(?:明治|大正|昭和|平成|令和)[〇一二三四五六七八九十百元]{1,4}年[^（）\n]{0,16}?(?:法律|政令|省令|府令|勅令|規則|告示|条例|訓令|布告)第[〇一二三四五六七八九十百千]{1,6}号/u;
/** How far back a Japanese act's name may reach ("電波法及び放送法の一部を改正する法律の施行に伴う関係政令の整備に関する法律"). */
const MAX_JAPANESE_NAME_CHARS = 60;
/** Words that end a clause before an act's name: "…の規定により医療法", "政府は財政法", "改正前の国有財産法施行令". */
const CLAUSE_ENDS_BEFORE_NAME = /(?:により|による|において|に基づき|に基づく|に規定する|に掲げる|及び|又は|並びに|若しくは|改正前の|改正後の|とは|には|は|を|が|も)/gu;
/** The short name a text gives what it names, in the bracket after the name: "以下「法」という。". */
const SHORT_NAME_GIVEN = /「[^「」\n]{1,30}」という。?$/u;
/** "Two" as Chinese counts things ("前兩項", "前两款"), beside the numeral "二". */
const TWO = new Set(['兩', '两']);
/** The characters that close a date's parts: "年", "月", "日". */
const DATE_UNITS = new Set(['年', '月', '日']);
/** The general and special parts of a code: "刑法分则第三章" (and in traditional characters, "分則"). */
const PARTS_OF_A_CODE = new Set(['分则', '总则', '附则', '分則', '總則', '附則']);
/** A part of a unit's sentences, after its citation: "第三項前段" (its first sentence), "後段", "但書" (its proviso), "本文". */
// (Japanese: "ただし書", its proviso, written in kana and a character; "各号列記以外の部分", the words before its items, is not read)
// ("各号", each of its items: "第十八条第一項各号", "附則第十二項各号及び第十四項", the list going on after it)
const SENTENCE_PARTS = new Set(['前段', '後段', '后段', '但書', '但书', '本文', 'ただし書', '各号']);
/** The most tokens a part of a unit's sentences takes ("ただし書": four). */
const SENTENCE_PART_TOKENS = 4;

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

export class CjkParser extends AnchorParser {
  // ----- number before the unit noun (Chinese)

  /** "第七条", "第7条", "第(二)项", "(b)项": one unit. A marker may go without the prefix. */
  protected cjkUnit(i: number): CjkUnit | null {
    // "가목 및 나목의 행위" (Korean): sub-items named alone, at a word's start, of the item the citation stands in
    const before = this.tok(i - 1);
    const alone = this.c.table.subItemLetters && this.tok(i) && (!before || this.toks[i].space || before.kind === 'punct') ? this.koreanSubItemAt(i) : undefined;
    if (alone) return { step: this.step('item', alone.letter.norm, alone.letter, 'ganada', this.toks[alone.next - 1].end), next: alone.next, endChar: this.toks[alone.next - 1].end };
    const p = this.match(this.c.numberPrefix, i);
    const k = p ? p.next : i;
    const t = this.tok(k);
    // ("…、第\n一百零四條第一項之罪者" (an older law wrapped at a width, Taiwan's): Chinese text breaks its lines anywhere, a
    // citation's too; a marker without the prefix stays on its line)
    if (!t || (k > i && t.newline && t.kind !== 'num')) return null;
    if (t.kind === 'num' ? !p || (t.suffix && t.suffix.length > 0) : t.kind !== 'marker') return null;
    const kw = this.tok(k + 1);
    if (!kw || (kw.newline && t.kind !== 'num')) return null;
    const u = this.match(this.c.units, k + 1);
    if (!u) return null;
    // "法律第六号", "様式第三号": an act's or a form's number, no item (Japanese; the table's words right before "第")
    const numbered = this.c.table.numberedInstrumentBefore;
    if (numbered && p && u.value.kind === 'subparagraph' && numbered.test(this.text.slice(Math.max(0, this.toks[i].start - 8), this.toks[i].start))) return null;
    // ("第四号様式", "第三号表から第六号表まで": a form's or a table's number)
    const form = this.c.table.numberedFormAfter;
    if (form && p && u.value.kind === 'subparagraph' && form.test(this.text.slice(this.toks[u.next - 1].end, this.toks[u.next - 1].end + 8))) return null;
    const shape = t.kind === 'num' ? 'num' : 'p' + letterShape(t.norm);
    // "第二百八十六条之一": the article inserted after article 286 (headings.ts numbers it "286-1")
    const of = this.tok(u.next);
    // ("第三条の二", "第十四章の三": Japanese inserts a unit after another with "の")
    // ("제434조의2", "제6호의2", "제3장의2": Korean puts one after another with "의" and a digit; "제19조의 위반행위", article 19's
    // breach, has a space after it)
    const korean = of?.norm === '의';
    const inserted = (u.value.kind === 'article' || of?.norm === 'の' || korean) && t.kind === 'num' && of?.kind === 'word' && (of.norm === '之' || of.norm === 'の' || korean) && !of.space ? this.tok(u.next + 1) : undefined;
    // ("第三項の三箇月", "第二項の五年間": a number that counts something after "の" is no unit put after another)
    if (inserted && inserted.kind === 'num' && !inserted.space && (korean ? /^\d{1,3}$/ : /^[一二三四五六七八九十百千]+$/).test(this.text.slice(inserted.start, inserted.end)) &&
      !(of?.norm === 'の' && COUNTERS.test(this.text.slice(inserted.end, inserted.end + 2)))) {
      // ("第十二条の五の二": put after the inserted 12-5, "12-5-2")
      let number = `${t.digits}-${inserted.digits}`;
      let next = u.next + 2;
      let end = inserted.end;
      for (let more = 1; of?.norm === 'の' && more < MAX_INSERTIONS; more++) {
        const again = this.tok(next);
        const value = this.tok(next + 1);
        if (!again || again.norm !== 'の' || again.space || !value || value.kind !== 'num' || value.space || !/^[一二三四五六七八九十百千]+$/.test(this.text.slice(value.start, value.end)) ||
          COUNTERS.test(this.text.slice(value.end, value.end + 2))) break;
        number += `-${value.digits}`;
        next += 2;
        end = value.end;
      }
      const step = this.step(u.value.kind, number, t, shape, end);
      return { step, next, endChar: end };
    }
    const step = this.step(u.value.kind, t.kind === 'num' ? t.digits! : t.norm, t, shape);
    return { step, next: u.next, endChar: this.toks[u.next - 1].end };
  }

  /** "第七条第二款第(二)项": units of falling rank, outermost first. */
  protected cjkChain(i: number): CjkChain | null {
    const first = this.cjkUnit(i);
    if (!first) return null;
    const steps = [first.step];
    let next = first.next;
    let endChar = first.endChar;
    while (steps.length < MAX_DEPTH) {
      // "第一項但書第一款": the subparagraph of the paragraph's proviso, a unit of the paragraph
      const part = this.sentencePartAt(next) ?? this.koreanCaptionAt(next);
      const u = this.cjkUnit(part ?? next);
      if (!u || RANK[u.step.kind] <= RANK[steps[steps.length - 1].kind]) break;
      steps.push(u.step);
      next = u.next;
      endChar = u.endChar;
    }
    // "第二条第一項第三号イ" (Japanese): an item's sub-item, lettered in the iroha order, after the item's number
    const letter = steps[steps.length - 1].kind === 'subparagraph' && steps.length < MAX_DEPTH ? this.irohaAt(next) : undefined;
    if (letter) {
      steps.push(this.step('item', letter.norm, letter, 'iroha'));
      next++;
      endChar = letter.end;
    }
    // "제2조제1호가목" (Korean): an item's sub-item, its letter then "목"
    const lettered = !letter && steps[steps.length - 1].kind === 'subparagraph' && steps.length < MAX_DEPTH ? this.koreanSubItemAt(next) : undefined;
    if (lettered) {
      steps.push(this.step('item', lettered.letter.norm, lettered.letter, 'ganada', this.toks[lettered.next - 1].end));
      next = lettered.next;
      endChar = this.toks[lettered.next - 1].end;
    }
    return { steps, next, endChar };
  }

  /** Korean: "제3항 후단", "제2항 단서", "제1항 본문", "제4조제1항 각 호 외의 부분", "같은 항 각 호": where the tokens after it begin. */
  protected koreanSentencePartAt(i: number): number | undefined {
    const t = this.tok(i);
    const before = this.tok(i - 1);
    if (!t || !before || t.kind !== 'word') return undefined;
    const part = KOREAN_SENTENCE_PART.exec(this.text.slice(before.end, before.end + 16));
    if (!part || !this.c.table.particlesAfterNoun!.test(this.text.slice(before.end + part[0].length, before.end + part[0].length + 4) || ' ')) return undefined;
    const end = before.end + part[0].length;
    let k = i;
    while (this.toks[k] && this.toks[k].end < end) k++;
    return this.toks[k]?.end === end ? k + 1 : undefined;
  }

  /** Where the tokens after a bracketed aside at `i` begin ("제12조제1호(…은 제외한다)부터"): the bracket written onto the citation. */
  protected koreanAsideEnd(i: number): number | undefined {
    if (!this.isPunct(i, '(') || this.toks[i].space) return undefined;
    for (let k = i + 1; k < i + CAPTION_TOKENS; k++) {
      const t = this.tok(k);
      if (!t || t.kind === 'break' || t.newline || this.isPunct(k, '(')) return undefined;
      if (this.isPunct(k, ')')) return k + 1;
    }
    return undefined;
  }

  /**
   * Where the tokens after an article's caption begin, if one stands at `i` right after the article's number, a unit's number right
   * after it: "제35조(정기보고)제1항" (Korean).
   */
  protected koreanCaptionAt(i: number): number | undefined {
    const after = this.c.table.particlesAfterNoun ? this.koreanAsideEnd(i) : undefined;
    return after !== undefined && this.tok(after) && !this.toks[after].space && this.match(this.c.numberPrefix, after) ? after : undefined;
  }

  /** A Korean sub-item at `i`: its letter ("가", "나", … "하"), then "목" ("가목", "나목에"), no space between. */
  protected koreanSubItemAt(i: number): { letter: Token; next: number } | undefined {
    const t = this.tok(i);
    const noun = this.tok(i + 1);
    if (!t || t.kind !== 'word' || !this.c.table.subItemLetters?.includes(t.norm) || t.norm.length !== 1 || !noun || noun.space || noun.norm !== '목') return undefined;
    // ("가목적": "목적", a purpose, is no sub-item's noun)
    const after = this.text.slice(noun.end, noun.end + 3);
    return this.c.table.particlesAfterNoun && !this.c.table.particlesAfterNoun.test(after || ' ') ? undefined : { letter: t, next: i + 2 };
  }

  /** A sub-item's letter at `i` ("イ", "ロ"), standing alone: not the first kana of a word ("イギリス"). */
  protected irohaAt(i: number) {
    const t = this.tok(i);
    if (!t || t.space || t.kind !== 'word' || !IROHA.includes(t.norm) || t.norm.length !== 1) return undefined;
    const after = this.tok(i + 1);
    return after && !after.space && after.kind === 'word' && /^[\u30a1-\u30fa\u30fc]$/u.test(after.norm) ? undefined : t;
  }

  /** A later chain in a list or range, placed under the previous path: "第七条第一款、第二款" → 7/2. */
  protected cjkAttach(prev: IStep[], steps: IStep[]): IStep[] | null {
    for (let k = prev.length - 1; k >= 0; k--) {
      if (prev[k].kind === steps[0].kind) return prev.slice(0, k).concat(steps);
    }
    return null;
  }

  /** Where the tokens after a part of a unit's sentences ("前段", "但書") begin, if one stands at `i`. */
  protected sentencePartAt(i: number): number | undefined {
    if (this.c.table.particlesAfterNoun) return this.koreanSentencePartAt(i);
    let words = '';
    for (let k = i; k < i + SENTENCE_PART_TOKENS; k++) {
      const t = this.tok(k);
      if (!t || t.space || t.kind !== 'word') return undefined;
      words += t.norm;
      if (k > i && SENTENCE_PARTS.has(words)) return k + 1;
    }
    return undefined;
  }

  /** A chain with the part of its sentences named after it ("第三項前段"), which goes on the list after it. */
  protected cjkChainWithPart(i: number): CjkChain | null {
    const chain = this.cjkChain(i);
    if (!chain) return null;
    const after = this.sentencePartAt(chain.next);
    return after === undefined ? chain : { ...chain, next: after, endChar: this.toks[after - 1].end };
  }

  protected cjkGroup(i: number): { targets: ITarget[]; next: number; endChar: number } | null {
    const first = this.cjkChainWithPart(i);
    if (!first) return null;
    const targets: ITarget[] = [{ path: first.steps }];
    let prev = first.steps;
    let next = first.next;
    let endChar = first.endChar;
    while (targets.length < MAX_TARGETS) {
      const last = targets[targets.length - 1];
      // ("제12조제1호(…은 제외한다)부터 제18호까지" (Korean): an aside between a range's first unit and its "from")
      const aside = this.c.table.particlesAfterNoun ? this.koreanAsideEnd(next) : undefined;
      const r = this.rangeSep(aside !== undefined && this.rangeSep(aside) >= 0 ? aside : next);
      // ("第一号イからハまで", "ニ、ホ及びトからカまで": a range of sub-items)
      const lastStep = last.path[last.path.length - 1];
      const toLetter = r >= 0 && !last.through && lastStep.kind === 'item' && lastStep.shape === 'iroha' ? this.irohaAt(r) : undefined;
      // ("가목부터 다목까지": a range of Korean sub-items)
      const toLettered = r >= 0 && !last.through && lastStep.kind === 'item' && lastStep.shape === 'ganada' ? this.koreanSubItemAt(r) : undefined;
      if (toLettered) {
        last.through = last.path.slice(0, -1).concat(this.step('item', toLettered.letter.norm, toLettered.letter, 'ganada', this.toks[toLettered.next - 1].end));
        endChar = this.toks[toLettered.next - 1].end;
        next = this.match(this.c.rangeClosers, toLettered.next)?.next ?? toLettered.next;
        continue;
      }
      if (toLetter) {
        last.through = last.path.slice(0, -1).concat(this.step('item', toLetter.norm, toLetter, 'iroha'));
        next = this.match(this.c.rangeClosers, r + 1)?.next ?? r + 1;
        endChar = toLetter.end;
        continue;
      }
      if (r >= 0 && !last.through) {
        const c = this.cjkChain(r);
        const through = c && this.cjkAttach(prev, c.steps);
        if (c && through && through.length === last.path.length) {
          last.through = through;
          // ("第一項から第五項まで、第七項又は第八項": the word that closes a range, then the list goes on)
          next = this.match(this.c.rangeClosers, c.next)?.next ?? c.next;
          endChar = c.endChar;
          continue;
        }
      }
      const s = this.listSep(next);
      if (s < 0) break;
      // ("第一号イ、ロ若しくはホ": more sub-items of the same item)
      const letter = prev[prev.length - 1].kind === 'item' && prev[prev.length - 1].shape === 'iroha' ? this.irohaAt(s) : undefined;
      // ("가목 및 나목", "가목ㆍ나목": more sub-items of the same Korean item)
      const lettered = prev[prev.length - 1].kind === 'item' && prev[prev.length - 1].shape === 'ganada' ? this.koreanSubItemAt(s) : undefined;
      if (lettered) {
        const path = prev.slice(0, -1).concat(this.step('item', lettered.letter.norm, lettered.letter, 'ganada', this.toks[lettered.next - 1].end));
        targets.push({ path });
        prev = path;
        next = lettered.next;
        endChar = this.toks[lettered.next - 1].end;
        continue;
      }
      if (letter) {
        const path = prev.slice(0, -1).concat(this.step('item', letter.norm, letter, 'iroha'));
        targets.push({ path });
        prev = path;
        next = s + 1;
        endChar = letter.end;
        continue;
      }
      const c = this.cjkChainWithPart(s);
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
  protected cjkAt(i: number): { ref: Omit<ParsedReference, 'language' | 'text'>; next: number } | null {
    const start = this.toks[i].start;
    let anchor: RefAnchor = { kind: 'none' };
    let j = i;
    let refStart = start;
    const th = this.thisPhrase(i);
    const place = th ? null : this.cjkPlace(i);
    if (th) {
      anchor = { kind: 'this', unit: th.unit, span: { start: th.start, end: th.end } };
      j = th.next;
    } else if (place) {
      // "前款", "前条第二项至第九项": the preceding paragraph or article, and units in it
      anchor = place.anchor;
      j = place.next;
    } else {
      const found = this.match(this.c.instruments, i);
      // ("법인": a legal person, no act; Korean: a particle at most after the noun)
      const particles = this.c.table.particlesAfterNoun;
      const inst = found && particles && !particles.test(this.text.slice(this.toks[found.next - 1].end, this.toks[found.next - 1].end + 4) || ' ') ? null : found;
      // ("같은 법 제16조의4", "동법 제3조": the act named before, not one named "법": the citation after it is read alone, and takes
      // that act from the one before it, chineseEnumerations.ts)
      if (inst && particles && KOREAN_SAME_NOUN_BEFORE.test(this.text.slice(Math.max(0, start - 4), start))) return null;
      const before = this.tok(i - 1);
      if (inst && before && before.kind === 'word' && !this.toks[i].space) {
        // "刑事诉讼法第七十一条", "刑法分则第三章": the noun ends the name of another instrument, written before it
        // ("法第十五条", "るときは法附則…": in Japanese an instrument's noun alone may name one, abbreviated as the text defined it)
        // ("기본법 제3조제2호", "민법 제3조" (Korean): the word the noun ends, its name as the text abbreviated it)
        const named = this.c.table.particlesAfterNoun ? this.koreanNamedBefore(i, inst.next)
          : this.cjkNamedBefore(i, inst.next) ?? (this.c.table.bareInstrumentNoun && !this.isHanAt(i - 1) ? { start, end: this.toks[inst.next - 1].end, next: inst.next } : null);
        // ("附則第五条", "法附則第十一条": the supplementary provisions, no instrument; resolve.ts reads the words before the citation)
        if (!named || NOT_INSTRUMENTS.test(this.text.slice(named.start, named.end))) return null;
        anchor = { kind: 'instrument', name: this.text.slice(named.start, named.end), span: { start: named.start, end: named.end } };
        refStart = named.start;
        j = named.next;
      } else if (inst) {
        const span = { start, end: this.toks[inst.next - 1].end };
        anchor = { kind: 'instrument', name: this.text.slice(span.start, span.end), span };
        j = inst.next;
      } else if (NUMBERED_RULES_BEFORE.test(this.text.slice(Math.max(0, start - 64), start))) {
        // "人事院規則一一―四第三条第一項", "規則八―一二（職員の任免）第四十二条第二項" (Japanese): rules numbered by their series,
        // "11-4", named before the units cited (their title in brackets after the number)
        const named = NUMBERED_RULES_BEFORE.exec(this.text.slice(Math.max(0, start - 64), start))!;
        anchor = { kind: 'instrument', name: named[1], span: { start: start - named[0].length, end: start - named[0].length + named[1].length } };
        refStart = start - named[0].length;
      } else if ((this.isPunct(i - 1, '）') || (this.tok(i - 1)?.norm === '則' && this.tok(i - 2)?.norm === '本' && this.isPunct(i - 3, '）'))) && this.c.table.numberedInstrumentBefore) {
        // "医療法（昭和二十三年法律第二百五号）第一条の五第一項" (Japanese): the act's name, then its number in brackets, then its units
        // ("…省令（昭和二十九年大蔵省令第六十四号）本則第七十四条の十三": its main provisions' article, "本則" between)
        const named = this.cjkNamedBeforeNumber(this.isPunct(i - 1, '）') ? i - 1 : i - 3);
        if (named) {
          anchor = { kind: 'instrument', name: this.text.slice(named.start, named.end), span: named };
          refStart = named.start;
        }
      } else if (this.c.table.nameMarks && this.isPunct(i - 1, ')') && this.koreanNameBeforeShortName(i - 1)) {
        // "「방위산업기술 보호법」(이하 "법"이라 한다) 제2조제3호가목": the act named, then the short name the text gives it (or an aside
        // on it), then its units
        const named = this.koreanNameBeforeShortName(i - 1)!;
        anchor = { kind: 'instrument', name: this.text.slice(named.start + 1, named.end - 1), span: named };
        refStart = named.start;
      } else if (this.c.table.nameMarks && this.isPunct(i - 1, '(') && !this.toks[i - 1].space && this.isPunct(i - 2, this.c.table.nameMarks[1])) {
        // "「보험업법」(제208조는 제외한다)": the act named right before the bracket, its units in it
        const named = this.cjkTitleBefore(i - 2, this.c.table.nameMarks[0]);
        if (named) anchor = { kind: 'instrument', name: this.text.slice(named.start + 1, named.end - 1), span: named };
      } else if (this.c.table.nameMarks && this.isPunct(i - 1, this.c.table.nameMarks[1])) {
        // "「전자금융거래법」 제2조제14호" (Korean): the name in its marks names the instrument
        const named = this.cjkTitleBefore(i - 1, this.c.table.nameMarks[0]);
        if (named) {
          anchor = { kind: 'instrument', name: this.text.slice(named.start + 1, named.end - 1), span: named };
          refStart = named.start;
        }
      } else if (this.isPunct(i - 1, '》') || this.isPunct(i - 1, '>')) {
        // "《中华人民共和国刑法》第二百八十五条": the title in book-title marks names the instrument
        const named = this.cjkTitleBefore(i - 1);
        if (named) {
          anchor = { kind: 'instrument', name: this.text.slice(named.start + 1, named.end - 1), span: named };
          refStart = named.start;
        }
      }
    }
    const g = this.cjkGroup(j);
    if (g) {
      return { ref: { span: { start: refStart, end: g.endChar }, targets: g.targets.map(publicTarget), anchor }, next: g.next };
    }
    if (th) return { ref: { span: { start: th.start, end: th.end }, targets: [], anchor }, next: th.next };
    if (place) return { ref: { span: place.anchor.span, targets: [], anchor: place.anchor }, next: place.next };
    return null;
  }

  /**
   * Korean: whether the noun from `start` to `next` is a word of its own, a particle at most written onto it ("이 법에", "전항의"):
   * it opens a word (a space or a mark before it) and the syllables after it are a particle's ("조치", "전자", "법인" are words).
   */
  protected koreanWordAlone(start: number, next: number): boolean {
    const before = this.tok(start - 1);
    if (before && !this.toks[start].space && before.kind === 'word') return false;
    const end = this.toks[next - 1].end;
    return this.c.table.particlesAfterNoun!.test(this.text.slice(end, end + 4) || ' ');
  }

  /** "前款", "前条": the unit of that kind before the one the citation stands in (tables' relativeUnits.before). */
  protected cjkPlace(i: number): { anchor: RefAnchor & { kind: 'relative' }; next: number } | null {
    const first = this.match(this.c.relBefore, i);
    if (!first) return null;
    if (this.c.table.particlesAfterNoun) {
      const kw = this.match(this.c.units, first.next);
      if (!kw || !this.koreanWordAlone(i, kw.next)) return null;
    }
    // "前二條", "前兩項": that many units before this one ("前二條第一項或第二項", paragraphs of the two articles before)
    const counted = this.tok(first.next);
    const count = counted && !counted.space ? (counted.kind === 'num' && counted.digits && /^[二三四五六七八九]$/.test(counted.raw) ? Number(counted.digits) : TWO.has(counted.norm) ? 2 : undefined) : undefined;
    const at = count !== undefined ? first.next + 1 : first.next;
    const kw = this.match(this.c.units, at);
    if (!kw || this.toks[at].space) return null;
    const span = { start: this.toks[i].start, end: this.toks[kw.next - 1].end };
    return { anchor: { kind: 'relative', direction: first.value, span, unit: kw.value.kind, ...(count !== undefined ? { count } : {}) }, next: kw.next };
  }

  /**
   * The name of an instrument that ends with the noun at `noun` ("刑事诉讼法", "中华人民共和国网络安全法"):
   * the Han characters before it, back to a word that introduces a name ("依照", "违反", "的") or
   * any other character. Returns the name's span and the token after the noun (and after "分则", "总则").
   */
  protected cjkNamedBefore(noun: number, afterNoun: number): (Span & { next: number }) | null {
    let k = noun;
    while (k > 0 && noun - k < MAX_NAME_CHARS) {
      const t = this.toks[k - 1];
      const joined = !this.toks[k].space && t.kind === 'word' && t.end - t.start === 1 && /\p{Script=Han}/u.test(t.norm);
      const pair = this.toks[k - 2] && !this.toks[k - 1].space ? this.toks[k - 2].norm + t.norm : '';
      // "中华人民共和国": the "和" of the republic's name joins nothing
      const republic = pair === '共和' && this.toks[k]?.norm === '国';
      // (Japanese writes its particles and endings in kana, where the walk stops: a Han character is a name's, "給与法" too)
      const kanaParticles = this.c.table.bareInstrumentNoun;
      if (!joined || (!kanaParticles && ((NAME_STOPS.has(t.norm) && !republic) || NAME_STOP_PAIRS.has(pair)))) break;
      // ("第二条中民事訴訟法第八十七条": "in article 2, the Code of Civil Procedure's article 87": a unit's noun after its number, and
      // "中" after it, are no part of the name)
      if (kanaParticles && this.toks[k - 2]?.kind === 'num' && this.match(this.c.units, k - 1)) break;
      if (kanaParticles && t.norm === '中' && this.toks[k - 3]?.kind === 'num' && this.match(this.c.units, k - 2)) break;
      k--;
    }
    // "八十六年十一月二十八日刑法第七十七條": a date's last character is no part of the name after it
    if (k < noun && DATE_UNITS.has(this.toks[k].norm) && this.toks[k - 1]?.kind === 'num') k++;
    if (k === noun) return null;
    let next = afterNoun;
    const part = this.tok(next);
    const partEnd = this.tok(next + 1);
    if (part && partEnd && !part.space && !partEnd.space && PARTS_OF_A_CODE.has(part.norm + partEnd.norm)) next += 2;
    return { start: this.toks[k].start, end: this.toks[next - 1].end, next };
  }

  /** A Korean word that ends in an instrument's noun, the noun from `noun` to `afterNoun`: back to the word's start ("기본법"). */
  protected koreanNamedBefore(noun: number, afterNoun: number): (Span & { next: number }) | null {
    let k = noun;
    while (k > 0 && noun - k < MAX_NAME_CHARS && !this.toks[k].space && this.toks[k - 1].kind === 'word' && KOREAN_SYLLABLE.test(this.toks[k - 1].norm)) k--;
    // (a word run on from a closing bracket or mark is no name: "…)법 제3조"; one opened before it is: "(국회법 제65조의2")
    if (k === noun || (!this.toks[k].space && k > 0 && !this.isPunct(k - 1, '(（[<“"'))) return null;
    return { start: this.toks[k].start, end: this.toks[afterNoun - 1].end, next: afterNoun };
  }

  /** The act named in its marks right before the bracket closed at `close`: "「…」(이하 "법"이라 한다)", "「…」(…을 말한다. 이하 같다)". */
  protected koreanNameBeforeShortName(close: number): Span | null {
    for (let k = close - 1; k >= 0 && close - k < CAPTION_TOKENS; k--) {
      const t = this.toks[k];
      if (t.kind === 'break' || t.newline || this.isPunct(k, ')')) return null;
      if (!this.isPunct(k, '(')) continue;
      // (or any aside on it: "「임대주택법」(법률 제13499호로 개정되기 전의 것을 말한다. 이하 같다) 제2조제7호")
      if (!this.isPunct(k - 1, this.c.table.nameMarks![1]) || this.toks[k].space) return null;
      return this.cjkTitleBefore(k - 1, this.c.table.nameMarks![0]);
    }
    return null;
  }

  /** Whether the token at `k` is a Han character's. */
  protected isHanAt(k: number): boolean {
    const t = this.tok(k);
    return !!t && t.kind === 'word' && /\p{Script=Han}/u.test(t.norm);
  }

  /**
   * The name of an act before its number in brackets, the bracket closing at `close`: "医療法（昭和二十三年法律第二百五号）",
   * "破産法（平成十六年法律第七十五号。以下「新破産法」という。）" (Japanese). The name's span, from its first character to its noun.
   */
  protected cjkNamedBeforeNumber(close: number): Span | null {
    let open = -1;
    for (let k = close - 1; k >= 0 && close - k < LAW_NUMBER_TOKENS; k--) {
      const t = this.toks[k];
      if (t.kind === 'punct' && t.norm === '（') { open = k; break; }
      if (t.kind === 'break' || t.newline || (t.kind === 'punct' && t.norm === '）')) return null;
    }
    if (open < 1) return null;
    const inside = this.text.slice(this.toks[open].end, this.toks[close].start);
    // ("銀行法（以下「銀行法」という。）第二十六条": the short name the text gives it, in the bracket instead)
    if (!LAW_NUMBER.test(inside) && !SHORT_NAME_GIVEN.test(inside)) return null;
    // ("水路業務法（昭和二十五年法律第百二号）（以下「法」という。）第五条": its number, then its short name, each in brackets)
    if (SHORT_NAME_GIVEN.test(inside) && this.isPunct(open - 1, '）')) return this.cjkNamedBeforeNumber(open - 1);
    // the instrument's noun ends right before the bracket ("法", "法律", "施行令", "規則")
    for (let k = Math.max(0, open - 4); k < open; k++) {
      const inst = this.match(this.c.instruments, k);
      if (!inst || inst.next !== open) continue;
      const end = this.toks[open - 1].end;
      // a Japanese act's name holds kana ("国の債権の管理等に関する法律"): back to the clause's punctuation, the line's start or a
      // space, then past the last words that end a clause before it ("…の規定により", "政府は")
      const line = this.text.lastIndexOf('\n', this.toks[k].start) + 1;
      const before = this.text.slice(Math.max(line, this.toks[k].start - MAX_JAPANESE_NAME_CHARS), this.toks[k].start);
      const clause = before.length - (/[^、。，「」（）\s\u3000]*$/u.exec(before)?.[0].length ?? 0);
      let name = before.slice(clause);
      let cut = 0;
      for (const ending of name.matchAll(CLAUSE_ENDS_BEFORE_NAME)) cut = (ending.index ?? 0) + ending[0].length;
      name = name.slice(cut);
      if (!name && !/\p{Script=Han}/u.test(this.text.charAt(this.toks[k].start - 1))) continue;
      return { start: this.toks[k].start - name.length, end };
    }
    return null;
  }

  /** The book title closed by "》" at `close`: its span, marks included. */
  protected cjkTitleBefore(close: number, opening?: string): Span | null {
    for (let k = close - 1; k >= 0 && close - k < 60; k--) {
      const t = this.toks[k];
      if (t.kind === 'punct' && (opening ? t.norm === opening : t.norm === '《' || t.norm === '<')) return { start: t.start, end: this.toks[close].end };
      if (t.kind === 'break' || t.newline) return null;
    }
    return null;
  }

}
