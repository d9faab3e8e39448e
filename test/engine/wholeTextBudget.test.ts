// A workspace keeps its documents' texts whole until they pass a budget of characters; past it,
// every document is put to rest, those kept whole until then included (workspace.ts
// WHOLE_TEXT_BUDGET). Resting is a quarter of a cold index's time and saves little in a small
// workspace. What a user sees must not depend on it: the same citations resolved, the same term
// uses, the same diagnostics, whole or at rest.
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Workspace } from '../../server/src/engine/workspace';
import { isResting } from '../../server/src/engine/restingText';
import { checkDocument } from '../../server/src/engine/checks';
import { repositoryRoot } from '../helpers/lspClient';

interface Source { uri: string; text: string; name: string }

async function corpusSources(): Promise<Source[]> {
  const corpus = path.join(repositoryRoot(), 'corpus');
  const names = (await fs.readdir(corpus)).filter((file) => file.endsWith('.md') && file !== 'README.md').sort();
  return Promise.all(names.map(async (name) => ({ name, uri: pathToFileURL(path.join(corpus, name)).href, text: await fs.readFile(path.join(corpus, name), 'utf8') })));
}

/** Everything a user sees of each document, as one string per document. */
function seen(workspace: Workspace, sources: Source[]): Map<string, string> {
  return new Map(sources.map(({ uri, name }) => [name, JSON.stringify({
    resolved: workspace.resolved(uri).map((r) => ({ text: r.reference.text, span: r.reference.span, status: r.status, targets: r.targets })),
    terms: workspace.termUses(uri).map((use) => ({ span: use.span, key: use.key })),
    diagnostics: checkDocument(workspace, uri).map((d) => ({ code: d.code, message: d.message, span: d.span })),
  })]));
}

describe('texts kept whole within a budget', function () {
  this.timeout(300000);
  let sources: Source[];

  before(async () => {
    sources = await corpusSources();
    assert.ok(sources.length >= 10, 'the corpus has its documents');
  });

  it('a workspace within the budget keeps every text whole, and shows exactly what one at rest shows', () => {
    const whole = new Workspace({ wholeTextBudget: 100_000_000 });
    const resting = new Workspace({ wholeTextBudget: 0 });
    for (const { uri, text } of sources) {
      whole.set(uri, text, 0);
      resting.set(uri, text, 0);
    }
    const restingModels = resting.all().filter((model) => model.text.length >= 4096);
    assert.ok(restingModels.length >= 8 && restingModels.every(isResting), 'with no budget, every document of some length rests');
    assert.equal(whole.all().filter(isResting).length, 0, 'within the budget, none rests');
    const a = seen(whole, sources);
    const b = seen(resting, sources);
    for (const { name } of sources) assert.equal(a.get(name), b.get(name), `${name}: the same resolutions, term uses and diagnostics`);
    // not a comparison of nothing: the treaty's citations resolve and its terms are used
    const treaty = JSON.parse(a.get('coe-ets185-en.md')!);
    assert.ok(treaty.resolved.filter((r: { status: string }) => r.status === 'resolved').length > 50);
    assert.ok(treaty.terms.length > 50);
  });

  it('past the budget, the document that passes it and every one kept whole before it rest, and every one after', () => {
    const [first, second, third, ...rest] = sources.filter((source) => source.text.length >= 4096);
    const budget = first.text.length + second.text.length;
    const workspace = new Workspace({ wholeTextBudget: budget });
    workspace.set(first.uri, first.text, 0);
    workspace.set(second.uri, second.text, 0);
    assert.ok(!isResting(workspace.get(first.uri)!) && !isResting(workspace.get(second.uri)!), 'two texts within the budget stay whole');
    workspace.set(third.uri, third.text, 0);
    for (const source of [first, second, third]) assert.ok(isResting(workspace.get(source.uri)!), `${source.name} rests once the budget is passed`);
    workspace.set(rest[0].uri, rest[0].text, 0);
    assert.ok(isResting(workspace.get(rest[0].uri)!), 'a document set after it rests at once');
  });

  it('a document replaced or deleted no longer counts against the budget', () => {
    const [first, second, third] = sources.filter((source) => source.text.length >= 4096);
    const workspace = new Workspace({ wholeTextBudget: first.text.length + second.text.length });
    workspace.set(first.uri, first.text, 0);
    // its second version (the same length) replaces the first in the count, not adds to it
    workspace.set(first.uri, first.text.replace(/a/, 'b'), 1);
    workspace.set(second.uri, second.text, 0);
    assert.ok(!isResting(workspace.get(first.uri)!) && !isResting(workspace.get(second.uri)!), 'a replaced version is counted once');
    workspace.delete(second.uri);
    workspace.set(third.uri, third.text.slice(0, second.text.length), 0);
    assert.ok(!isResting(workspace.get(third.uri)!), 'a deleted document leaves room for another');
  });

  it('the server\'s way (put to rest in slices before set): past the budget, those kept whole rest in slices too', async () => {
    const [first, second, third] = sources.filter((source) => source.text.length >= 4096);
    const workspace = new Workspace({ wholeTextBudget: first.text.length + second.text.length });
    let cedes = 0;
    for (const source of [first, second, third]) {
      const parsed = new Workspace({ restTexts: false }).set(source.uri, source.text, 0);
      await workspace.restBeforeSet(parsed, async () => { cedes++; }, 0);
      if (source !== third) assert.ok(!isResting(parsed), `${source.name} is kept whole before set`);
      workspace.set(source.uri, source.text, 0, parsed);
    }
    for (const source of [first, second, third]) assert.ok(isResting(workspace.get(source.uri)!), `${source.name} rests`);
    assert.ok(cedes >= 3, `the copies were made in slices (${cedes} cedes)`);
    // and what it shows is what a workspace at rest from the start shows
    const resting = new Workspace({ wholeTextBudget: 0 });
    for (const source of [first, second, third]) resting.set(source.uri, source.text, 0);
    const a = seen(workspace, [first, second, third]);
    const b = seen(resting, [first, second, third]);
    for (const { name } of [first, second, third]) assert.equal(a.get(name), b.get(name), name);
  });
});
