// The keystroke fast path (citations reused per unchanged block) gives the same model as a
// fresh parse: random edits on corpus documents and generated ones.
import * as assert from 'node:assert/strict';
import { Workspace } from '../../server/src/engine/workspace';
import { parseDocument, type DocumentModel } from '../../server/src/engine/document';
import { loadCorpus } from '../helpers/workspace';

function summary(model: DocumentModel) {
  return {
    units: model.units.map((u) => `${u.id}@${u.span.start}-${u.span.end}`),
    definitions: model.definitions.map((d) => `${d.key}@${d.termSpan.start}`),
    references: model.references.map((r) => ({ span: r.span, text: r.text, unitId: r.unitId, anchor: r.anchor, targets: r.targets })),
  };
}

/** A small deterministic random generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

const EDITS = ['a', ' ', 'article 3', '\n', '\n\n', '(b) ', 'Article 99', '“x” means y; ', '', '1. '];

describe('engine: incremental re-parse on keystrokes', () => {
  it('gives the same model as a fresh parse after random edits to every corpus document', () => {
    const corpus = loadCorpus();
    const next = random(42);
    for (const original of corpus.all()) {
      const workspace = new Workspace();
      let text = original.text;
      workspace.set(original.uri, text, 1);
      for (let step = 0; step < 25; step++) {
        const at = Math.floor(next() * text.length);
        const removed = next() < 0.3 ? Math.floor(next() * 12) : 0;
        const inserted = EDITS[Math.floor(next() * EDITS.length)];
        text = text.slice(0, at) + inserted + text.slice(at + removed);
        const incremental = workspace.set(original.uri, text, step + 2);
        const fresh = parseDocument(original.uri, text, step + 2);
        assert.deepStrictEqual(summary(incremental), summary(fresh), `${original.id}, edit ${step} at ${at}`);
      }
    }
  });

  it('typing a word inside a paragraph reuses the citations of every other block', () => {
    const corpus = loadCorpus();
    const budapest = corpus.byId('coe-ets185-en')!;
    const workspace = new Workspace();
    workspace.set(budapest.uri, budapest.text, 1);
    const at = budapest.text.indexOf('Each Party shall adopt');
    let text = budapest.text;
    for (const [i, letter] of [...'further '].entries()) {
      text = text.slice(0, at + i) + letter + text.slice(at + i);
      const model = workspace.set(budapest.uri, text, i + 2);
      assert.equal(model.references.length, budapest.references.length);
      assert.equal(workspace.generation, workspace.generation, 'prose edits keep the generation');
    }
  });
});
