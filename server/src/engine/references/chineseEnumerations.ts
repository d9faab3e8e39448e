// What a Chinese citation takes from the one before it in its sentence, which the grammar reads one at a time:
// - a list the drafter broke with the words of a unit ("準用銀行法第四十四條之一、第四十七條之一之信用卡業務、第四十八條",
//   "刑法第一百條第二項之預備內亂罪、第一百零一條第二項之預備暴動內亂罪或第一百零六條第三項"): the later units, joined by the
//   enumeration comma or a conjunction, are of the instrument the list began with;
// - "保險法第一百三十五條準用第一百零五條": the units an article of an instrument applies ("準用") are that instrument's;
// - "同條第一項", "同法第五條" (the same article, the same act): of the unit or instrument the citation before it named.
// Taiwan's laws as the Ministry of Justice's database gives them (chiayikawa/taiwan-laws-md).
import type { ParsedReference, RefAnchor, RefStep } from './types';

/** The words between two citations of one list: no clause ends, a few characters at most, the last a list's joiner. */
const LIST_GOES_ON = /^[^，。；：,;:!?！？「」\n]{0,24}(?:、|及|或|與|与|和|暨|以及|或者|準用|准用)$/u;
/** The same unit or instrument, right before a citation: "同條", "同法", "同項". */
const SAME_BEFORE = /同(條例|条例|條|条|項|项|法)$/u;
/** How far back the citation an anaphor refers to may stand, within its sentence. */
const SAME_REACH = 120;
const SENTENCE_END = /[。；;!?！？\n]/u;

export function chineseEnumerationsGoOn(refs: ParsedReference[], text: string): ParsedReference[] {
  if (refs.length === 0) return refs;
  const out: ParsedReference[] = [];
  for (const ref of refs) {
    const previous = out[out.length - 1];
    const gap = previous && previous.span.end <= ref.span.start ? text.slice(previous.span.end, ref.span.start) : undefined;
    const same = ref.anchor.kind === 'none' ? SAME_BEFORE.exec(text.slice(Math.max(0, ref.span.start - 3), ref.span.start)) : null;
    if (same) {
      out.push(sameAs(ref, same[1], same[0].length, previous && gap !== undefined && gap.length <= SAME_REACH && !SENTENCE_END.test(gap) ? previous : undefined));
    } else if (ref.anchor.kind === 'none' && previous?.anchor.kind === 'instrument' && gap !== undefined && LIST_GOES_ON.test(gap)) {
      out.push({ ...ref, anchor: previous.anchor });
    } else {
      out.push(ref);
    }
  }
  return out;
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
  if (noun === '法' || noun === '條例' || noun === '条例') return { ...widened, anchor: previous.anchor.kind === 'instrument' ? previous.anchor : { kind: 'none' } };
  const kind = noun === '項' || noun === '项' ? 'alinea' : 'article';
  const first = previous.targets[0]?.path;
  const at = first ? first.findIndex((step) => step.kind === kind) : -1;
  if (at < 0) return { ...widened, anchor: unknown };
  const prefix: RefStep[] = first.slice(0, at + 1);
  return {
    ...widened,
    anchor: previous.anchor,
    // (a range's last unit given in full takes the prefix too; given by its last steps, it shares the path's)
    targets: ref.targets.map((target) => ({ ...target, path: [...prefix, ...target.path], ...(target.through && target.through.length === target.path.length ? { through: [...prefix, ...target.through] } : {}) })),
  };
}
