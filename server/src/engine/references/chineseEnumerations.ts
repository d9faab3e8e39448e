// What a Chinese citation takes from the one before it in its sentence, which the grammar reads one at a time:
// - a list the drafter broke with the words of a unit ("準用銀行法第四十四條之一、第四十七條之一之信用卡業務、第四十八條",
//   "刑法第一百條第二項之預備內亂罪、第一百零一條第二項之預備暴動內亂罪或第一百零六條第三項"): the later units, joined by the
//   enumeration comma or a conjunction, are of the instrument the list began with;
// - "保險法第一百三十五條準用第一百零五條": the units an article of an instrument applies ("準用") are that instrument's;
// - "同條第一項", "同法第五條" (the same article, the same act): of the unit or instrument the citation before it named.
// Taiwan's laws as the Ministry of Justice's database gives them (chiayikawa/taiwan-laws-md).
import type { ParsedReference, RefAnchor, RefStep } from './types';

/** The words between two citations of one list: no clause ends, a few characters at most, the last a list's joiner. */
// (and Japanese's: "及び", "並びに", "又は", "若しくは")
const LIST_GOES_ON = /^[^，。；：,;:!?！？「」\n]{0,24}(?:、|及|或|與|与|和|暨|以及|或者|準用|准用|及び|並びに|又は|若しくは)$/u;
/** The same unit or instrument, right before a citation: "同條", "同法", "同項". */
// ("同号", the same item, and "同法", in Japanese's laws too)
const SAME_BEFORE = /同(條例|条例|條|条|項|项|号|法|令|規則)$/u;
/** How far back the citation an anaphor refers to may stand, within its sentence. */
const SAME_REACH = 120;
const SENTENCE_END = /[。；;!?！？\n]/u;

export function chineseEnumerationsGoOn(refs: ParsedReference[], text: string): ParsedReference[] {
  if (refs.length === 0) return refs;
  const out: ParsedReference[] = [];
  for (const ref of refs) {
    const last: ParsedReference | undefined = out[out.length - 1];
    const lastGap = last && last.span.end <= ref.span.start ? text.slice(last.span.end, ref.span.start) : undefined;
    // "第三十四条第七項中「前項」とあるのは「前二項」と、同条第八項中", "第十九条第二項（第三号及び第五号を除く。）及び第四項": the
    // citations in corner brackets or in an aside are the quotation's or the aside's; what follows goes on from the one before them
    const previous = last && lastGap !== undefined ? citationBeforeAside(out, text, lastGap) ?? last : last;
    const gap = previous && previous.span.end <= ref.span.start ? text.slice(previous.span.end, ref.span.start) : undefined;
    const plainGap = gap === undefined ? undefined : withoutAsides(gap);
    const same = ref.anchor.kind === 'none' ? SAME_BEFORE.exec(text.slice(Math.max(0, ref.span.start - 3), ref.span.start)) : null;
    const within = ref.anchor.kind === 'none' && last && lastGap === '（' ? withinBracketAfter(last, ref) : undefined;
    if (within) {
      out.push(within);
    } else if (same) {
      // ("第三条第二項第一号から…若しくは第八号に…又は前項ただし書の…遅滞なく、同条第二項第五号": "同条" is the last article named,
      // past citations that name none)
      const named = previous && (same[1] === '条' || same[1] === '條') && !namesArticle(previous) ? lastNamingArticle(out, text, ref.span.start) : previous;
      // (the citation named may stand in an aside, "（消費者契約法…第二条第一項に規定する消費者をいう。…）と事業者（同条第二項…": the
      // rest of that aside is no sentence of the text's)
      const namedGap = named ? withoutAsides(text.slice(named.span.end, ref.span.start).replace(REST_OF_ASIDE, '')) : undefined;
      out.push(sameAs(ref, same[1], same[0].length, named && namedGap !== undefined && ref.span.start - named.span.end <= SAME_REACH && !SENTENCE_END.test(namedGap) ? named : undefined));
    } else if (ref.anchor.kind === 'none' && previous && plainGap !== undefined && (previous.anchor.kind === 'instrument' ? LIST_GOES_ON.test(plainGap) :
      (previous !== last || plainGap !== gap) && JOINER_ALONE.test(plainGap))) {
      // ("前条第三項（第二号を除く。）、第四項", "第四号（…に係る部分を除く。）、第六号": past an aside, the list goes on with the
      // citation before it, its units too, as it would have with no aside between)
      out.push(withPrefixOf(previous, { ...ref, anchor: previous.anchor }));
    } else {
      out.push(ref);
    }
  }
  return out;
}

/** The rest of the aside a citation stands in, to its closing bracket. */
const REST_OF_ASIDE = /^[^（）]*）/u;

/** Nothing but a list's joiner between two citations, a range's close before it ("まで、", "及び"): the list goes on past an aside. */
const JOINER_ALONE = /^(?:まで)?(?:、|及び|並びに|又は|若しくは|及|或|與|与|和|暨|以及|或者)$/u;

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
function citationBeforeAside(out: ParsedReference[], text: string, gap: string): ParsedReference | undefined {
  const last = out[out.length - 1];
  for (const [open, close] of [['（', '）'], ['「', '」']] as const) {
    const closed = gap.indexOf(close);
    if (closed < 0 || gap.lastIndexOf(open, closed) >= 0) continue;
    const opened = text.lastIndexOf(open, last.span.start);
    if (opened < 0 || last.span.start - opened > SAME_REACH) continue;
    let before = lastEndingBy(out, opened);
    // ("第七条第一項中「第五条各号」とあるのは「第二十条において準用する第五条各号」と、同条第三項": past every quotation, a few at most)
    for (let more = 0; before && open === '「' && more < QUOTATIONS_BACK; more++) {
      const quote = text.lastIndexOf('「', before.span.start);
      if (quote < 0 || text.lastIndexOf('」', before.span.start) > quote || before.span.start - quote > SAME_REACH) break;
      before = lastEndingBy(out, quote);
    }
    return before;
  }
  return undefined;
}
/** How many quotations back a citation after them may look for the one they follow. */
const QUOTATIONS_BACK = 4;

/**
 * A list's later citation that starts below an article ("第十九条第二項…及び第四項"), given the steps above it of the citation the
 * list began with.
 */
function withPrefixOf(previous: ParsedReference, ref: ParsedReference): ParsedReference {
  const path = previous.targets[previous.targets.length - 1]?.path;
  const first = ref.targets[0]?.path[0];
  const rank = first ? RANKS.indexOf(first.kind) : -1;
  if (!path || rank < 0 || ref.targets.some((target) => target.path[0]?.kind !== first!.kind)) return ref;
  const prefix = path.filter((step) => RANKS.indexOf(step.kind) >= 0 && RANKS.indexOf(step.kind) < rank);
  if (!prefix.length) return ref;
  return { ...ref, targets: ref.targets.map((target) => ({ ...target, path: [...prefix, ...target.path], ...(target.through && target.through.length === target.path.length ? { through: [...prefix, ...target.through] } : {}) })) };
}

/** Whether a citation's last unit is named with its article ("第三条第二項", not "前項", "第二号"). */
function namesArticle(ref: ParsedReference): boolean {
  return ref.anchor.kind !== 'relative' && (ref.targets[ref.targets.length - 1]?.path.some((step) => step.kind === 'article') ?? false);
}

/** The last citation before `at`, within SAME_REACH, that names an article. */
function lastNamingArticle(refs: ParsedReference[], text: string, at: number): ParsedReference | undefined {
  for (let i = refs.length - 1; i >= 0 && at - refs[i].span.end <= SAME_REACH; i--) if (namesArticle(refs[i])) return refs[i];
  return undefined;
}

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
  return withPrefix.targets === ref.targets ? undefined : withPrefix;
}

/**
 * "同條第一項" after a citation of article 104-1 of another act: paragraph 1 of that article, of that act. With no citation before
 * it in its sentence, the unit named is not known: an instrument named before, which is not checked.
 */
function sameAs(ref: ParsedReference, noun: string, length: number, previous: ParsedReference | undefined): ParsedReference {
  const start = ref.span.start - length;
  const span = { start, end: ref.span.end };
  const widened = { ...ref, span, text: `同${noun}${ref.text}` };
  const unknown: RefAnchor = { kind: 'instrument', name: `同${noun} (named before)`, span: { start, end: start + length } };
  if (!previous || (previous.anchor.kind !== 'none' && previous.anchor.kind !== 'instrument' && previous.anchor.kind !== 'this')) return { ...widened, anchor: unknown };
  if (noun === '法' || noun === '條例' || noun === '条例' || noun === '令' || noun === '規則') return { ...widened, anchor: previous.anchor.kind === 'instrument' ? previous.anchor : { kind: 'none' } };
  // (a paragraph counted by its place in Chinese, numbered in Japanese: "項" is whichever the citation before it named)
  const kinds: readonly string[] = noun === '項' || noun === '项' ? ['alinea', 'paragraph'] : noun === '号' ? ['subparagraph'] : ['article'];
  // (the last unit the citation before named: "第八十六条の八第一項、第八十七条第一項若しくは同条第六項" is article 87's)
  const first = previous.targets[previous.targets.length - 1]?.path;
  const at = first ? first.findIndex((step) => kinds.includes(step.kind)) : -1;
  if (at < 0) return { ...widened, anchor: unknown };
  const prefix: RefStep[] = first.slice(0, at + 1);
  return {
    ...widened,
    anchor: previous.anchor,
    // (a range's last unit given in full takes the prefix too; given by its last steps, it shares the path's)
    targets: ref.targets.map((target) => ({ ...target, path: [...prefix, ...target.path], ...(target.through && target.through.length === target.path.length ? { through: [...prefix, ...target.through] } : {}) })),
  };
}
