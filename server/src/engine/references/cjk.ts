// Number before the unit noun (Chinese, tables with numberBeforeUnit), outermost unit first,
// anchor first: "第七条第二款", "本条第一款", "本公约第二条", "第二条至第十一条".
import type { ParsedReference, RefAnchor } from './types';
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
/** "Two" as Chinese counts things ("前兩項", "前两款"), beside the numeral "二". */
const TWO = new Set(['兩', '两']);
/** The characters that close a date's parts: "年", "月", "日". */
const DATE_UNITS = new Set(['年', '月', '日']);
/** The general and special parts of a code: "刑法分则第三章" (and in traditional characters, "分則"). */
const PARTS_OF_A_CODE = new Set(['分则', '总则', '附则', '分則', '總則', '附則']);
/** A part of a unit's sentences, after its citation: "第三項前段" (its first sentence), "後段", "但書" (its proviso), "本文". */
const SENTENCE_PARTS = new Set(['前段', '後段', '后段', '但書', '但书', '本文']);

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
    const shape = t.kind === 'num' ? 'num' : 'p' + letterShape(t.norm);
    // "第二百八十六条之一": the article inserted after article 286 (headings.ts numbers it "286-1")
    const of = this.tok(u.next);
    const inserted = u.value.kind === 'article' && t.kind === 'num' && of?.kind === 'word' && of.norm === '之' && !of.space ? this.tok(u.next + 1) : undefined;
    if (inserted && inserted.kind === 'num' && !inserted.space && /^[一二三四五六七八九十]+$/.test(this.text.slice(inserted.start, inserted.end))) {
      const step = this.step('article', `${t.digits}-${inserted.digits}`, t, shape, inserted.end);
      return { step, next: u.next + 2, endChar: inserted.end };
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
      const part = this.sentencePartAt(next);
      const u = this.cjkUnit(part ?? next);
      if (!u || RANK[u.step.kind] <= RANK[steps[steps.length - 1].kind]) break;
      steps.push(u.step);
      next = u.next;
      endChar = u.endChar;
    }
    return { steps, next, endChar };
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
    const a = this.tok(i);
    const b = this.tok(i + 1);
    return a && b && !a.space && !b.space && a.kind === 'word' && b.kind === 'word' && SENTENCE_PARTS.has(a.norm + b.norm) ? i + 2 : undefined;
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
      const inst = this.match(this.c.instruments, i);
      const before = this.tok(i - 1);
      if (inst && before && before.kind === 'word' && !this.toks[i].space) {
        // "刑事诉讼法第七十一条", "刑法分则第三章": the noun ends the name of another instrument, written before it
        const named = this.cjkNamedBefore(i, inst.next);
        if (!named) return null;
        anchor = { kind: 'instrument', name: this.text.slice(named.start, named.end), span: { start: named.start, end: named.end } };
        refStart = named.start;
        j = named.next;
      } else if (inst) {
        const span = { start, end: this.toks[inst.next - 1].end };
        anchor = { kind: 'instrument', name: this.text.slice(span.start, span.end), span };
        j = inst.next;
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

  /** "前款", "前条": the unit of that kind before the one the citation stands in (tables' relativeUnits.before). */
  protected cjkPlace(i: number): { anchor: RefAnchor & { kind: 'relative' }; next: number } | null {
    const first = this.match(this.c.relBefore, i);
    if (!first) return null;
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
      if (!joined || (NAME_STOPS.has(t.norm) && !republic) || NAME_STOP_PAIRS.has(pair)) break;
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

  /** The book title closed by "》" at `close`: its span, marks included. */
  protected cjkTitleBefore(close: number): Span | null {
    for (let k = close - 1; k >= 0 && close - k < 60; k--) {
      const t = this.toks[k];
      if (t.kind === 'punct' && (t.norm === '《' || t.norm === '<')) return { start: t.start, end: this.toks[close].end };
      if (t.kind === 'break' || t.newline) return null;
    }
    return null;
  }

}
