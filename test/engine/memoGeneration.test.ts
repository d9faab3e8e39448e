// The per-block memos of a document being typed in survive documents being indexed meanwhile
// (the memo generation names only what the remembered matchers are built from), and whatever
// does change those matchers (a treaty it implements appears, its translation appears, a
// definition it incorporates changes) gives the diagnostics a fresh workspace gives.
import * as assert from 'node:assert/strict';
import { Workspace } from '../../server/src/engine/workspace';
import { checkDocument } from '../../server/src/engine/checks';
import { frontMatter, joinLines } from '../helpers/workspace';

const TREATY = joinLines(
  frontMatter({ id: 'a', title: 'Convention on Widgets', type: 'treaty', language: 'en' }),
  '# Convention on Widgets', '',
  '### Article 1 – Use of terms', '',
  'For the purposes of this Convention:', '',
  '(a) "widget" means a small device that processes data;', '',
  '(b) "traffic data" means any data relating to a communication by means of a widget;', '',
  '### Article 2 – Offences', '',
  '1. Each Party shall adopt measures against the misuse of a widget.', '',
);
const TRANSLATION = joinLines(
  frontMatter({ id: 'a-nl', title: 'Verdrag inzake widgets', type: 'treaty', language: 'nl', 'translation-of': 'a' }),
  '# Verdrag inzake widgets', '',
  '### Artikel 1 – Begripsomschrijvingen', '',
  '(a) "gadget" betekent een klein apparaat;', '',
);
const LAW = joinLines(
  frontMatter({ id: 'b', title: 'Widget Act', type: 'law', language: 'nl', implements: ['a'] }),
  '# Widget Act', '',
  '### Artikel 1', '',
  'Wie een widget of een gadget beschadigt, of traffic data wist, is strafbaar.', '',
  '### Artikel 2', '',
  'Het gadget wordt in beslag genomen.', '',
);
const OTHER = joinLines(
  frontMatter({ id: 'z', title: 'Unrelated Act', type: 'law', language: 'en' }),
  '# Unrelated Act', '', '### Section 1', '', '"gizmo" means a thing.', '',
);

const LAW_URI = 'file:///w/b.md';

function fresh(texts: Array<[string, string]>): Workspace {
  const workspace = new Workspace();
  for (const [uri, text] of texts) workspace.set(uri, text, 1);
  return workspace;
}

function diagnostics(workspace: Workspace, uri: string): unknown {
  return checkDocument(workspace, uri).map((d) => ({ code: d.code, span: d.span, message: d.message }));
}

describe('engine: memo generation of a document being typed in', () => {
  it('documents indexed meanwhile that it does not name keep its memos; those it depends on renew them, with fresh results', () => {
    const workspace = new Workspace();
    let law = LAW;
    workspace.set(LAW_URI, law, 1);
    workspace.set(LAW_URI, law, 2); // typed in: its blocks are remembered from now on
    const texts: Array<[string, string]> = [[LAW_URI, law]];
    const step = (what: string) => {
      law = law.replace('is strafbaar.', 'is strafbaar x.');
      texts[0] = [LAW_URI, law];
      workspace.set(LAW_URI, law, texts.length + 10 + law.length);
      assert.deepEqual(diagnostics(workspace, LAW_URI), diagnostics(fresh(texts), LAW_URI), what);
    };
    step('alone');
    const before = workspace.memoGeneration(workspace.get(LAW_URI)!);
    // An unrelated document is indexed: the workspace generation moves, the law's memos stay.
    const generation = workspace.generation;
    workspace.set('file:///w/z.md', OTHER, 1);
    texts.push(['file:///w/z.md', OTHER]);
    assert.notEqual(workspace.generation, generation, 'the new document moves the workspace generation');
    assert.equal(workspace.memoGeneration(workspace.get(LAW_URI)!), before, 'but not the law\'s memo generation');
    step('after an unrelated document');
    // The treaty it implements arrives: its terms are now treaty terms in the law.
    workspace.set('file:///w/a.md', TREATY, 1);
    texts.push(['file:///w/a.md', TREATY]);
    assert.notEqual(workspace.memoGeneration(workspace.get(LAW_URI)!), before, 'the implemented treaty moves the law\'s memo generation');
    step('after the treaty it implements');
    // The treaty's translation in the law's language arrives: it is the text the law is compared with.
    workspace.set('file:///w/a-nl.md', TRANSLATION, 1);
    texts.push(['file:///w/a-nl.md', TRANSLATION]);
    step('after the translation in its language');
    // The translation's definition changes.
    const changed = TRANSLATION.replace('"gadget"', '"traffic data"');
    workspace.set('file:///w/a-nl.md', changed, 2);
    texts[texts.length - 1] = ['file:///w/a-nl.md', changed];
    step('after the translation\'s definition changed');
  });
});
