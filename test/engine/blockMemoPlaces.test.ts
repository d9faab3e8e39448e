// The per-block memos of a document being typed in (blockMemo.ts) find a block's remembered
// result by its place, moved by the edits since, not by its text: a block the edit touched (or
// the character on either side of it) is matched again. Edits that keep a block's place and
// length while changing what it says (a letter replaced inside a defined term, a term's first
// letter written in capitals, a space of a two-word term made a hyphen) and edits at a block's
// first and last character must give the diagnostics and term uses of a workspace built afresh.
import * as assert from 'node:assert/strict';
import { Workspace } from '../../server/src/engine/workspace';
import { checkDocument } from '../../server/src/engine/checks';
import { corpusText, corpusUri } from '../helpers/workspace';
import { seededRandom } from '../helpers/generator';

const NAMES = ['coe-ets185-en.md', 'us-18usc2510.md', 'us-18usc-ch121.md', 'ke-cmca-2018.md'];

function observe(workspace: Workspace, uri: string): unknown {
  return {
    diagnostics: checkDocument(workspace, uri).map((d) => ({ code: d.code, severity: d.severity, span: d.span, message: d.message, related: d.related })),
    uses: workspace.termUses(uri).map((use) => ({ key: use.key, span: use.span, isDefinition: use.isDefinition })),
  };
}

/** One edit of `text` that keeps most blocks' places: chosen among the document's term uses and prose blocks. */
function nextEdit(workspace: Workspace, uri: string, text: string, random: () => number): string {
  const uses = workspace.termUses(uri).filter((use) => !use.isDefinition && use.span.end - use.span.start > 4);
  const prose = (workspace.get(uri)?.prose ?? []).filter((span) => span.end - span.start > 2);
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)];
  const kind = Math.floor(random() * 5);
  if (kind <= 2 && uses.length > 0) {
    const { span } = pick(uses);
    const written = text.slice(span.start, span.end);
    let replaced: string;
    if (kind === 0) {
      // A letter inside the term replaced by another: the block keeps its place and length.
      const at = 1 + Math.floor(random() * (written.length - 2));
      replaced = written.slice(0, at) + (written[at] === 'z' ? 'q' : 'z') + written.slice(at + 1);
    } else if (kind === 1) {
      replaced = (written[0] === written[0].toUpperCase() ? written[0].toLowerCase() : written[0].toUpperCase()) + written.slice(1).replace(/ \p{Ll}/u, (s) => s.toUpperCase());
    } else {
      replaced = written.includes(' ') ? written.replace(' ', '-') : written.replace(/^(\p{L}{2})/u, '$1-').slice(0, written.length);
    }
    return text.slice(0, span.start) + replaced + text.slice(span.end);
  }
  const block = pick(prose);
  // The block's first or last character: replaced, or a letter inserted or removed there.
  const at = kind === 3 ? block.start : block.end - 1;
  const what = Math.floor(random() * 3);
  if (what === 0) return text.slice(0, at) + (text[at] === 'x' ? 'y' : 'x') + text.slice(at + 1);
  if (what === 1) return text.slice(0, at) + 'x' + text.slice(at);
  return text.slice(0, at) + text.slice(at + 1);
}

describe('engine: per-block memos by place', function () {
  this.timeout(300_000);

  it('letters replaced inside terms, capitals, hyphens and edits at block edges give the results of a fresh workspace', () => {
    const texts = new Map(NAMES.map((name) => [corpusUri(name), corpusText(name)]));
    const workspace = new Workspace();
    for (const [uri, text] of texts) workspace.set(uri, text, 1);
    for (const uri of texts.keys()) observe(workspace, uri);
    const random = seededRandom(185);
    let reused = 0;
    for (let step = 0; step < 60; step++) {
      const uri = corpusUri(NAMES[step % NAMES.length]);
      const text = texts.get(uri) as string;
      const next = nextEdit(workspace, uri, text, random);
      texts.set(uri, next);
      workspace.set(uri, next, step + 2);
      const fresh = new Workspace();
      for (const [other, otherText] of texts) fresh.set(other, otherText, 1);
      for (const other of texts.keys()) {
        assert.deepStrictEqual(observe(workspace, other), observe(fresh, other), `${other} after edit ${step + 1}`);
      }
      reused += workspace.memoFor(uri)?.reused ?? 0;
    }
    // The memos did their work: most blocks' results were taken over.
    assert.ok(reused > 1000, `results taken over from the previous version: ${reused}`);
  });
});
