// Number before the unit noun (Chinese, tables with numberBeforeUnit), outermost unit first,
// anchor first: "第七条第二款", "本条第一款", "本公约第二条", "第二条至第十一条".
import type { ParsedReference, RefAnchor } from './types';
import { AnchorParser } from './anchors';
import { MAX_DEPTH, MAX_TARGETS, RANK, letterShape, publicTarget, type IStep, type ITarget } from './citationSteps';

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
  protected cjkChain(i: number): CjkChain | null {
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
  protected cjkAttach(prev: IStep[], steps: IStep[]): IStep[] | null {
    for (let k = prev.length - 1; k >= 0; k--) {
      if (prev[k].kind === steps[0].kind) return prev.slice(0, k).concat(steps);
    }
    return null;
  }

  protected cjkGroup(i: number): { targets: ITarget[]; next: number; endChar: number } | null {
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
  protected cjkAt(i: number): { ref: Omit<ParsedReference, 'language' | 'text'>; next: number } | null {
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

}
