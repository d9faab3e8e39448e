// What a Chinese citation takes from the one before it in its sentence, which the grammar reads one at a time:
// - a list the drafter broke with the words of a unit ("準用銀行法第四十四條之一、第四十七條之一之信用卡業務、第四十八條",
//   "刑法第一百條第二項之預備內亂罪、第一百零一條第二項之預備暴動內亂罪或第一百零六條第三項"): the later units, joined by the
//   enumeration comma or a conjunction, are of the instrument the list began with;
// - "保險法第一百三十五條準用第一百零五條": the units an article of an instrument applies ("準用") are that instrument's;
// - "同條第一項", "同法第五條" (the same article, the same act): of the unit or instrument the citation before it named.
// Taiwan's laws as the Ministry of Justice's database gives them (chiayikawa/taiwan-laws-md), and Japan's, which write the same
// forms ("同条第二項", "同項（第一号から…", a list past an aside "（第三号を除く。）及び第四項") among quotations in corner brackets
// ("第七条第一項中「第五条各号」とあるのは「…」と、同条第三項中"), whose citations are passed over.
import type { ParsedReference, RefAnchor, RefStep } from './types';

/** The words between two citations of one list: no clause ends, a few characters at most, the last a list's joiner. */
// (and Japanese's: "及び", "並びに", "又は", "若しくは")
// (and Korean's, spaced: "「군인복지기금법」 제4조의2에 따른 대부금 및 제4조의3")
// (Korean ends its sentences with an ASCII full stop, "…활용한다. 다만, 제5호": no list goes on past one; "과" and "와", written onto the
// word before, join one as "및" does: "법 제48조제1항에 따른 보상금과 제50조제1항" lists the act's units; "「형법」 제172조의2(…),
// 제173조(…)" too, past the asides)
const LIST_GOES_ON = /^(?:[^，。；：,;:!?！？「」\n.]|\.(?!\s)){0,24}(?:、|及|或|與|与|和|暨|以及|或者|準用|准用|及び|並びに|又は|若しくは|[ \t](?:및|또는)[ \t]|[\uac00-\ud7a3](?:과|와)[ \t]|ㆍ|,[ \t])$/u;
/** The same unit or instrument, right before a citation: "同條", "同法", "同項". */
// ("同号", the same item, and "同法", in Japanese's laws too)
const SAME_BEFORE = /同(條例|条例|條|条|項|项|号|法|令|規則)$/u;
/** How far back the citation an anaphor refers to may stand, within its sentence. */
const SAME_REACH = 120;
// (Korean ends its sentences "…한다.", "…말한다.")
const SENTENCE_END = /[。；;!?！？\n]|다\./u;

export function chineseEnumerationsGoOn(refs: ParsedReference[], written: string): ParsedReference[] {
  if (refs.length === 0) return refs;
  // (Korean sets its asides in ASCII brackets, "제3항(제16호는 제외한다) 및 제4항": read as the full-width ones, offset for offset)
  // (and quotes its words in double quotes, "제48조제4항을 … 적용할 때 "제1항부터 제3항까지의 규정"은 …, 같은 항 제1호 중": read as corner brackets)
  const text = refs.some((ref) => KOREAN_SYLLABLE.test(ref.text)) ? koreanMarksAsChinese(written) : written;
  const out: ParsedReference[] = [];
  // (how deep in corner-bracket quotations each citation of `out` stands, quotations inside quotations too)
  const depths: number[] = [];
  const quotes = new QuoteDepth(text);
  // (each pushed with the depth where its citation stands, read once: a citation widened back over "同条" is not read again)
  let depth = 0;
  const push = (one: ParsedReference) => { out.push(one); depths.push(depth); };
  for (const ref of refs) {
    depth = quotes.at(ref.span.start);
    const lastQuoted: ParsedReference | undefined = out[out.length - 1];
    // "第三十四条第七項中「前項」とあるのは「前二項」と、同条第八項中": the citations quoted in corner brackets are the read provision's
    // words; what follows the quotations goes on from the citation before them (on the line, a bounded look back)
    const last: ParsedReference | undefined = lastQuoted && depths[out.length - 1] > depth ? outsideQuotations(out, depths, depth) : lastQuoted;
    const lastGap = last && last.span.end <= ref.span.start ? text.slice(last.span.end, ref.span.start) : undefined;
    // "第十九条第二項（第三号及び第五号を除く。）及び第四項": the citations in an aside are the aside's; what follows goes on from the
    // one before it
    const previous = last && lastGap !== undefined ? citationBeforeAside(out, text, lastGap, last) ?? last : last;
    const gap = previous && previous.span.end <= ref.span.start ? text.slice(previous.span.end, ref.span.start) : undefined;
    const plainGap = gap === undefined ? undefined : withoutAsides(gap);
    const same = ref.anchor.kind === 'none' ? SAME_BEFORE.exec(text.slice(Math.max(0, ref.span.start - 3), ref.span.start)) ?? koreanSameBefore(text, ref.span.start) : null;
    const within = ref.anchor.kind === 'none' && last && lastGap === '（' ? withinBracketAfter(last, ref) : undefined;
    // "同項（第一号から第六号までに係る部分に限る。）": the units in the bracket after "the same paragraph" are that paragraph's
    const sameBracket = !within && !same && ref.anchor.kind === 'none' ? SAME_BEFORE_BRACKET.exec(text.slice(Math.max(0, ref.span.start - 4), ref.span.start)) : null;
    if (within) {
      push(within);
    } else if (sameBracket) {
      const named = sameBracket[1] === '条' || sameBracket[1] === '條' ? lastNamingArticle(out, depths, depth, ref.span.start) : previous;
      const namedGap = named ? withoutAsides(text.slice(named.span.end, ref.span.start - sameBracket[0].length).replace(REST_OF_ASIDE, '')) : undefined;
      const inSentence = named && namedGap !== undefined && !SENTENCE_END.test(namedGap) && ref.span.start - named.span.end <= SAME_REACH;
      // (units of the same rank or higher in the bracket, "同条（第六十条、第六十二条…において準用する場合を含む。）", are no part of
      // it: of the same instrument only)
      const rank = RANKS.indexOf(ref.targets[0]?.path[0]?.kind ?? '');
      const nounRank = RANKS.indexOf(sameBracket[1] === '項' || sameBracket[1] === '项' ? 'paragraph' : sameBracket[1] === '号' ? 'subparagraph' : 'article');
      if (rank >= 0 && rank <= nounRank) push(named && inSentence && named.anchor.kind === 'instrument' ? { ...ref, anchor: named.anchor } : ref);
      else push({ ...sameAs(ref, sameBracket[1], 0, inSentence ? named : undefined), span: ref.span, text: ref.text });
    } else if (same) {
      // ("第三条第二項第一号から…若しくは第八号に…又は前項ただし書の…遅滞なく、同条第二項第五号": "同条" is the last article named,
      // past citations that name none)
      // ("「축산법」 제22조제1항 …, 제1항 각 호 …, 같은 법 제22조제6항제2호": "同法", "같은 법" is the last act named, past citations of
      // this text's own units)
      const named = previous && (same[1] === '条' || same[1] === '條') && !namesArticle(previous) ? lastNamingArticle(out, depths, depth, ref.span.start)
        : previous && INSTRUMENT_NOUNS.has(same[1]) && previous.anchor.kind !== 'instrument' ? lastNamingInstrument(out, depths, depth, ref.span.start) : previous;
      // ("法附則第十一条第一項に規定する…（同条第三項…": the same article of the supplementary provisions, which are not checked)
      if (named && SUPPLEMENTARY_BEFORE.test(text.slice(Math.max(0, named.span.start - 2), named.span.start))) {
        push(sameAs(ref, same[1], same[0].length, undefined, '附則', same[0]));
        continue;
      }
      // (the citation named may stand in an aside, "（消費者契約法…第二条第一項に規定する消費者をいう。…）と事業者（同条第二項…": the
      // rest of that aside is no sentence of the text's)
      const namedGap = named ? withoutAsides(text.slice(named.span.end, ref.span.start).replace(REST_OF_ASIDE, '')) : undefined;
      // ("…の規定は、…について準用する。この場合において、同条第二項中…": the sentence that says how the provisions applied read
      // goes on from the one that applies them)
      const sameSentence = namedGap !== undefined && !SENTENCE_END.test(namedGap.replace(APPLIED_THIS_CASE, ''));
      push(sameAs(ref, same[1], same[0].length, named && sameSentence && ref.span.start - named.span.end <= SAME_REACH ? named : undefined, undefined, same[0]));
    } else if (ref.anchor.kind === 'none' && previous && plainGap !== undefined && (previous.anchor.kind === 'instrument' ? LIST_GOES_ON.test(plainGap) :
      (previous !== last || plainGap !== gap) && JOINER_ALONE.test(plainGap))) {
      // ("前条第三項（第二号を除く。）、第四項", "第四号（…に係る部分を除く。）、第六号": past an aside, the list goes on with the
      // citation before it, its units too, as it would have with no aside between)
      push(withPrefixOf(previous, { ...ref, anchor: previous.anchor }));
    } else {
      push(ref);
    }
  }
  return out;
}

/** Korean "같은 조", "같은 항", "같은 호", "같은 법" (older laws "동조", "동법") right before a citation, and the Chinese noun each is. */
// ("같은 협정 제23조", "같은 협약", "같은 법 시행령": an agreement, a convention, an act's decree, as an act)
const KOREAN_SAME_BEFORE = /(?:^|[^\uac00-\ud7a3])(?:같은[ \t]?|동)(조|항|호|법|영|규칙|협정|협약|조약|의정서|시행령|시행규칙|법[ \t]시행령|법[ \t]시행규칙)[ \t]?$/u;
const KOREAN_NOUNS: Record<string, string> = { 조: '条', 항: '項', 호: '号', 법: '法', 영: '令', 규칙: '規則', 협정: '法', 협약: '法', 조약: '法', 의정서: '法',
  시행령: '令', 시행규칙: '規則', '법 시행령': '令', '법 시행규칙': '規則' };

/** "같은 조 제15호": the words before a citation as SAME_BEFORE's match would give them (the whole, then the noun), or null. */
function koreanSameBefore(text: string, at: number): RegExpExecArray | null {
  const code = text.charCodeAt(at - 2);
  if (!(code >= 0xac00 && code <= 0xd7a3) && !(text.charCodeAt(at - 1) >= 0xac00 && text.charCodeAt(at - 1) <= 0xd7a3)) return null;
  const match = KOREAN_SAME_BEFORE.exec(text.slice(Math.max(0, at - 12), at));
  if (!match) return null;
  const words = match[0].replace(/^[^\uac00-\ud7a3]/u, '');
  const found = [words, KOREAN_NOUNS[match[1].replace(/[ \t]/g, ' ')]] as unknown as RegExpExecArray;
  return found;
}

const KOREAN_SYLLABLE = /[\uac00-\ud7a3]/u;

/** A Korean text with its brackets and its quotes written as Chinese and Japanese write them, each character where it was. */
function koreanMarksAsChinese(text: string): string {
  let open = false;
  return text.replace(/[()"“”\n]/g, (mark) => {
    if (mark === '(') return '（';
    if (mark === ')') return '）';
    if (mark === '\n') { open = false; return mark; }
    if (mark === '“') return '「';
    if (mark === '”') return '」';
    open = !open;
    return open ? '「' : '」';
  });
}

/** "同項（", "同条（", "同号（" right before a citation: the units in the bracket are the same unit's. */
const SAME_BEFORE_BRACKET = /同(條|条|項|项|号)（$/u;
/** "附則" right before a citation: the supplementary provisions' units, numbered apart (Japanese). */
const SUPPLEMENTARY_BEFORE = /附則$/u;
/** The rest of the aside a citation stands in, to its closing bracket. */
const REST_OF_ASIDE = /^[^（）]*）/u;

/** Nothing but a list's joiner between two citations, a range's close before it ("まで、", "及び"): the list goes on past an aside. */
const JOINER_ALONE = /^(?:まで|까지)?(?:、|及び|並びに|又は|若しくは|及|或|與|与|和|暨|以及|或者|[ \t]*(?:및|또는|,)[ \t]*|ㆍ)$/u;

/** Asides in brackets and quotations in corner brackets, innermost first: "（第三号及び第五号を除く。）", "「第五条各号」". */
const ASIDES = /（[^（）]*）|「[^「」]*」/gu;

/** The words between two citations without their asides, nested ones too ("（同法（昭和…号）第二十条において…）"), up to three deep. */
function withoutAsides(gap: string): string {
  let plain = gap;
  for (let depth = 0; depth < 3 && (plain.includes('（') || plain.includes('「')); depth++) plain = plain.replace(ASIDES, '');
  return plain;
}

/**
 * When the gap after the last citation closes a bracket or a corner bracket it stands in (an aside, a quotation), the citation
 * before that bracket's opening; else undefined.
 */
function citationBeforeAside(out: ParsedReference[], text: string, gap: string, last: ParsedReference): ParsedReference | undefined {
  const closed = gap.indexOf('）');
  if (closed < 0 || gap.lastIndexOf('（', closed) >= 0) return undefined;
  // (the bracket that one closes, past asides inside it: "（同法第八十四条第三項（…）及び第百三十八条第一項において…）、")
  const opened = matchingOpen(text, last.span.end + closed, '（', '）');
  return opened < 0 ? undefined : lastEndingBy(out, opened);
}
/** Where the bracket closed at `at` opens, within ASIDE_REACH characters; -1 when it does not. */
function matchingOpen(text: string, at: number, open: string, close: string): number {
  let depth = 0;
  for (let i = at - 1; i >= 0 && at - i <= ASIDE_REACH; i--) {
    const c = text[i];
    if (c === close) depth++;
    else if (c === open && depth-- === 0) return i;
    else if (c === '\n') return -1;
  }
  return -1;
}
/** How long an aside may be, asides inside it too. */
const ASIDE_REACH = 400;

/** How many quoted citations back a citation after them may look for the one they follow. */
const QUOTATIONS_BACK = 24;

/**
 * A list's later citation that starts below an article ("第十九条第二項…及び第四項"), given the steps above it of the citation the
 * list began with.
 */
function withPrefixOf(previous: ParsedReference, ref: ParsedReference): ParsedReference {
  // (a range's last unit: "第百三条から第百四条の二（第二項を除く。）まで" excepts a paragraph of article 104-2)
  const lastTarget = previous.targets[previous.targets.length - 1];
  const path = lastTarget?.through ?? lastTarget?.path;
  const first = ref.targets[0]?.path[0];
  const rank = first ? RANKS.indexOf(first.kind) : -1;
  // (an article is numbered through the text, never under the grouping cited before it: "第二章第二節（第一款を除く。）、第五十七条")
  if (!path || rank <= RANKS.indexOf('article') || ref.targets.some((target) => target.path[0]?.kind !== first!.kind)) return ref;
  const prefix = path.filter((step) => RANKS.indexOf(step.kind) >= 0 && RANKS.indexOf(step.kind) < rank);
  if (!prefix.length) return ref;
  return { ...ref, targets: ref.targets.map((target) => ({ ...target, path: [...prefix, ...target.path], ...(target.through && target.through.length === target.path.length ? { through: [...prefix, ...target.through] } : {}) })) };
}

/** Whether a citation's last unit is named with its article ("第三条第二項", not "前項", "第二号"). */
function namesArticle(ref: ParsedReference): boolean {
  // ("前条第二項、…を準用する。この場合において、同条第二項中": the article before, named by its place)
  if (ref.anchor.kind === 'relative') return ref.anchor.unit === 'article' && !ref.anchor.count;
  return ref.targets[ref.targets.length - 1]?.path.some((step) => step.kind === 'article') ?? false;
}

/** The last citation before `at`, within SAME_REACH, that names an article. */
function lastNamingArticle(refs: ParsedReference[], depths: number[], depth: number, at: number): ParsedReference | undefined {
  for (let i = refs.length - 1; i >= 0 && at - refs[i].span.end <= SAME_REACH; i--) {
    // (not one quoted in corner brackets: "「第二十二条の六第一項」と、同条第三項" names the article before the quotation)
    if (namesArticle(refs[i]) && depths[i] <= depth) return refs[i];
  }
  return undefined;
}

/** The nouns of "同法", "同令", "같은 법": an instrument, not a unit. */
const INSTRUMENT_NOUNS = new Set(['法', '令', '規則', '条例', '條例']);

/** The last citation before `at`, within SAME_REACH, that names an instrument. */
function lastNamingInstrument(refs: ParsedReference[], depths: number[], depth: number, at: number): ParsedReference | undefined {
  for (let i = refs.length - 1; i >= 0 && at - refs[i].span.end <= SAME_REACH; i--) {
    if (refs[i].anchor.kind === 'instrument' && depths[i] <= depth) return refs[i];
  }
  return undefined;
}

/** The last citation of `out` that stands no deeper in quotations than `depth`, within QUOTATIONS_BACK citations; else undefined. */
function outsideQuotations(out: ParsedReference[], depths: number[], depth: number): ParsedReference | undefined {
  for (let i = out.length - 1; i >= 0 && i >= out.length - QUOTATIONS_BACK; i--) if (depths[i] <= depth) return out[i];
  return undefined;
}

/**
 * How deep in corner-bracket quotations ("「…「…」…」") each offset of a text stands, on its line. Asked at offsets that grow (a
 * document's citations in order), it reads each character once; asked further back, it reads the line again.
 */
class QuoteDepth {
  private position = 0;
  private depth = 0;
  constructor(private readonly text: string) {}
  at(offset: number): number {
    if (offset < this.position) {
      this.position = this.text.lastIndexOf('\n', offset - 1) + 1;
      this.depth = 0;
    }
    for (; this.position < offset; this.position++) {
      const c = this.text.charCodeAt(this.position);
      if (c === 10) this.depth = 0;
      else if (c === 0x300c) this.depth++;
      else if (c === 0x300d && this.depth > 0) this.depth--;
    }
    return this.depth;
  }
}
/** "。この場合において、": a sentence that says how the provisions the one before applies read. */
const APPLIED_THIS_CASE = /。この場合において、/gu;

/** The last citation of `refs` that ends by `offset`. */
function lastEndingBy(refs: ParsedReference[], offset: number): ParsedReference | undefined {
  for (let i = refs.length - 1; i >= 0; i--) if (refs[i].span.end <= offset) return refs[i];
  return undefined;
}

/** The rank of the units a Chinese or Japanese citation steps through, outermost first. */
const RANKS: readonly string[] = ['part', 'chapter', 'division', 'article', 'paragraph', 'alinea', 'subparagraph', 'item'];

/**
 * "前条第三項（第二号を除く。）", "第三十八条（第六項を除く。）" (Japan's laws): a unit of lower rank cited in the bracket right after a
 * citation is a part of the unit that citation names, of its instrument.
 */
function withinBracketAfter(previous: ParsedReference, ref: ParsedReference): ParsedReference | undefined {
  const withPrefix = withPrefixOf(previous, { ...ref, anchor: previous.anchor });
  // ("「형법」 제28장ㆍ제40장(제360조는 제외한다)": an article excepted from another act's chapters is that act's)
  // (Korean only: Japanese writes "（第百三十三条第三項において準用する場合を含む。）" of its own articles after another act's)
  if (withPrefix.targets === ref.targets) return previous.anchor.kind === 'instrument' && KOREAN_SYLLABLE.test(ref.text) ? withPrefix : undefined;
  return withPrefix;
}

/**
 * "同條第一項" after a citation of article 104-1 of another act: paragraph 1 of that article, of that act. With no citation before
 * it in its sentence, the unit named is not known: an instrument named before, which is not checked.
 */
function sameAs(ref: ParsedReference, noun: string, length: number, previous: ParsedReference | undefined, of?: string, written?: string): ParsedReference {
  const start = ref.span.start - length;
  const span = { start, end: ref.span.end };
  // (Korean writes "같은 조 ": the words as written are the citation's)
  const widened = { ...ref, span, text: `${written ?? `同${noun}`}${ref.text}` };
  const unknown: RefAnchor = { kind: 'instrument', name: of ? `同${noun} (of the ${of} named before)` : `同${noun} (named before)`, span: { start, end: start + length } };
  // ("前条第一項第一号から第六号まで…同項（第一号から…": the units of a citation by place too, from where it stands)
  if (!previous || (previous.anchor.kind !== 'none' && previous.anchor.kind !== 'instrument' && previous.anchor.kind !== 'this' && previous.anchor.kind !== 'relative')) return { ...widened, anchor: unknown };
  if (noun === '法' || noun === '條例' || noun === '条例' || noun === '令' || noun === '規則') return { ...widened, anchor: previous.anchor.kind === 'instrument' ? previous.anchor : { kind: 'none' } };
  // (a paragraph counted by its place in Chinese, numbered in Japanese: "項" is whichever the citation before it named)
  const kinds: readonly string[] = noun === '項' || noun === '项' ? ['alinea', 'paragraph'] : noun === '号' ? ['subparagraph'] : ['article'];
  // (the last unit the citation before named: "第八十六条の八第一項、第八十七条第一項若しくは同条第六項" is article 87's)
  const first = previous.targets[previous.targets.length - 1]?.path;
  const at = first ? first.findIndex((step) => kinds.includes(step.kind)) : -1;
  // (the unit the citation before named by its place or as this one: "前条第二項…同条第二項中" is the article before's; one unit only)
  const byPlace = at < 0 && (previous.anchor.kind === 'relative' || previous.anchor.kind === 'this') && kinds.includes(previous.anchor.unit ?? '') &&
    !(previous.anchor.kind === 'relative' && previous.anchor.count);
  if (at < 0 && !byPlace) return { ...widened, anchor: unknown };
  const prefix: RefStep[] = byPlace ? [] : first!.slice(0, at + 1);
  return {
    ...widened,
    anchor: previous.anchor,
    // (a range's last unit given in full takes the prefix too; given by its last steps, it shares the path's)
    targets: ref.targets.map((target) => ({ ...target, path: [...prefix, ...target.path], ...(target.through && target.through.length === target.path.length ? { through: [...prefix, ...target.through] } : {}) })),
  };
}
