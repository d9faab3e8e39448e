// The keystroke fast path (citations reused per unchanged block) gives the same model as a
// fresh parse: random edits on corpus documents and generated ones.
import * as assert from 'node:assert/strict';
import { Workspace } from '../../server/src/engine/workspace';
import { parseDocument, type DocumentModel } from '../../server/src/engine/document';
import { loadCorpus } from '../helpers/workspace';
import { seededRandom } from '../helpers/generator';

function summary(model: DocumentModel) {
  return {
    units: model.units.map((u) => `${u.id}@${u.span.start}-${u.span.end}`),
    definitions: model.definitions.map((d) => `${d.key}@${d.termSpan.start}`),
    references: model.references.map((r) => ({ span: r.span, text: r.text, unitId: r.unitId, anchor: r.anchor, targets: r.targets })),
  };
}


const EDITS = ['a', ' ', 'article 3', '\n', '\n\n', '(b) ', 'Article 99', '“x” means y; ', '', '1. '];

describe('engine: incremental re-parse on keystrokes', () => {
  it('gives the same model as a fresh parse after random edits to every corpus document', function () {
    // 25 edits to each of the corpus documents, each parsed twice: 40-50 s alone, minutes on a loaded machine.
    this.timeout(600000);
    const corpus = loadCorpus();
    const next = seededRandom(42);
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
    const generationBefore = workspace.generation;
    for (const [i, letter] of [...'further '].entries()) {
      text = text.slice(0, at + i) + letter + text.slice(at + i);
      const model = workspace.set(budapest.uri, text, i + 2);
      assert.equal(model.references.length, budapest.references.length);
      assert.equal(workspace.generation, generationBefore, 'prose edits keep the generation');
    }
  });
});

describe('engine: targeted re-resolution', () => {
  const treaty = ['---', 'id: t', 'title: Convention on Testing', 'type: treaty', 'language: en', '---', '', '# Convention on Testing', '', '### Article 1 – One', '', '1. Text.', '', '### Article 2 – Two', '', '1. Text.', ''].join('\n');
  const law = ['---', 'id: l', 'title: Testing Act', 'type: law', 'language: en', 'implements: [t]', '---', '', '# Testing Act', '', '### Section 1', '', 'As required by article 2 of the Convention and article 3 of the Convention.', ''].join('\n');
  const other = ['---', 'id: o', 'title: Other Act', 'type: law', 'language: en', '---', '', '# Other Act', '', '### Section 1', '', 'See section 1 and section 4 of the Data Act.', ''].join('\n');

  function statuses(workspace: Workspace, uri: string): string[] {
    return workspace.resolved(uri).flatMap((r) => r.targets.map((t) => `${t.status}:${t.unitId ?? ''}`));
  }

  it('renumbering an article re-resolves the documents that cite it, and only those', () => {
    const workspace = new Workspace();
    workspace.set('file:///t.md', treaty, 1);
    workspace.set('file:///l.md', law, 1);
    workspace.set('file:///o.md', other, 1);
    assert.deepEqual(statuses(workspace, 'file:///l.md'), ['resolved:art_2', 'unresolved:']);
    const otherBefore = workspace.resolved('file:///o.md');
    assert.deepEqual(workspace.dependents('file:///t.md'), ['file:///l.md']);
    workspace.set('file:///t.md', treaty.replace('### Article 2 – Two', '### Article 3 – Two'), 2);
    assert.deepEqual(statuses(workspace, 'file:///l.md'), ['unresolved:', 'resolved:art_3']);
    assert.equal(workspace.resolved('file:///o.md'), otherBefore, 'a document that does not cite the treaty keeps its resolution');
    assert.deepEqual(workspace.incoming('t', 'art_3').map((entry) => entry.uri), ['file:///l.md']);
    assert.deepEqual(workspace.incoming('t', 'art_2'), []);
  });

  it('a document that appears makes a citation of it resolve', () => {
    const workspace = new Workspace();
    workspace.set('file:///o.md', other, 1);
    assert.ok(statuses(workspace, 'file:///o.md').includes('external:'));
    workspace.set('file:///d.md', ['---', 'id: d', 'title: Data Act', 'type: law', 'language: en', '---', '', '# Data Act', '', '### Section 4', '', 'Text.', ''].join('\n'), 1);
    assert.ok(statuses(workspace, 'file:///o.md').includes('resolved:sec_4'), JSON.stringify(statuses(workspace, 'file:///o.md')));
    assert.deepEqual(workspace.incoming('d', 'sec_4').map((entry) => entry.uri), ['file:///o.md']);
    workspace.delete('file:///d.md');
    assert.ok(statuses(workspace, 'file:///o.md').includes('external:'));
    assert.deepEqual(workspace.incoming('d', 'sec_4'), []);
  });
});
