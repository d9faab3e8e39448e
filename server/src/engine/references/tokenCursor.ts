// The parser's view of one token array under one compiled language table: look-ahead on
// tokens and longest-match of the table's keyword tries. Every citation rule builds on it.
import type { RefUnitKind } from './types';
import type { Token } from './tokenizer';
import type { Compiled, TrieNode } from './compiledTable';
import type { UnitKeyword } from './tables';
import { RANK, type IStep } from './citationSteps';

export class TokenCursor {
  constructor(
    protected readonly toks: Token[],
    protected readonly text: string,
    protected readonly c: Compiled,
  ) {}

  // ----- token helpers

  protected tok(i: number): Token | undefined {
    return this.toks[i];
  }

  protected isPunct(i: number, chars: string): boolean {
    const t = this.toks[i];
    return t !== undefined && t.kind === 'punct' && chars.includes(t.norm);
  }

  protected isComma(i: number): boolean {
    return this.isPunct(i, ',');
  }

  protected rank(kind: RefUnitKind): number {
    return this.c.table.ranks?.[kind] ?? RANK[kind];
  }

  /** Longest match of a trie at token i. Punctuation in a key must be written attached. */
  protected match<V>(trie: TrieNode<V>, i: number, allowPrefix = false): { value: V; next: number; skip: number } | null {
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

  protected walk<V>(trie: TrieNode<V>, first: string, i: number, skip: number): { value: V; next: number; skip: number } | null {
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

  protected isConnectorLike(i: number): boolean {
    const t = this.toks[i];
    if (!t) return true;
    if (t.kind !== 'word') return true;
    return !!(this.match(this.c.list, i) || this.match(this.c.range, i) || this.match(this.c.of, i) ||
      this.match(this.c.relative, i) || this.match(this.c.here, i) || this.match(this.c.units, i, true) ||
      // "главы II настоящей Конвенции", "главы II Конвенции": the outer phrase needs no of-word
      (this.c.table.bareOuter && (this.match(this.c.thisW, i) || this.match(this.c.instruments, i))));
  }

  /** A unit noun at token i that may name a unit with no number after it ("this section", "the preceding paragraph"); not one read only before a marker. */
  protected unitNamedAlone(i: number): { value: UnitKeyword; next: number; skip: number } | null {
    const u = this.match(this.c.units, i);
    return u && !u.value.markerOnly ? u : null;
  }

  protected skipDet(i: number): number {
    const d = this.match(this.c.det, i);
    return d ? d.next : i;
  }

  protected step(kind: RefUnitKind, number: string, t: Token, shape: string, end = t.end): IStep {
    return { kind, number, span: { start: t.start, end }, shape };
  }

}
