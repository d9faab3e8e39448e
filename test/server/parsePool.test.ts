// The cold load with parse threads (TREATY_LENS_PARSE_THREADS) builds the very workspace a load
// in one thread builds: the same models, in the same order, the same index and diagnostics.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { existsSync } from 'node:fs';
import { loadWorkspace, type LoadedWorkspace } from '../../server/src/node/loadWorkspace';
import type { DocumentModel } from '../../server/src/engine/document';
import { checkDocument } from '../../server/src/engine/checks';
import { indexToJson } from '../../server/src/engine/indexJson';
import { repositoryRoot } from '../helpers/lspClient';

describe('parse pool (cold load on parse threads)', function () {
  this.timeout(240000);
  const root = repositoryRoot();
  const targets = [path.join(root, 'corpus'), path.join(root, 'test', 'fixtures'), path.join(root, '..', 'shared', 'sources')].filter((folder) => existsSync(folder));

  /** Loads with `threads` parse threads; `fromThreads` collects the models the threads answered. */
  async function load(folders: string[], threads: number, fromThreads = new Set<DocumentModel>()): Promise<LoadedWorkspace> {
    return loadWorkspace(folders, {
      parseThreads: threads,
      onPool: (pool) => {
        const parse = pool.parse.bind(pool);
        pool.parse = async (uri, text, maxLength) => {
          const model = await parse(uri, text, maxLength);
          fromThreads.add(model);
          return model;
        };
      },
    });
  }

  function assertSameWorkspace(threaded: LoadedWorkspace, single: LoadedWorkspace, diagnostics = true) {
    const a = threaded.workspace;
    const b = single.workspace;
    assert.deepEqual(a.all().map((m) => m.uri), b.all().map((m) => m.uri), 'documents in the same order');
    for (const model of b.all()) {
      const other = a.get(model.uri) as DocumentModel;
      assert.deepStrictEqual({ ...other, text: other.text }, { ...model, text: model.text }, model.uri);
      if (diagnostics) assert.deepStrictEqual(checkDocument(a, model.uri), checkDocument(b, model.uri), `diagnostics of ${model.uri}`);
    }
    const pathOf = (paths: Map<string, string>) => (model: DocumentModel) => path.relative(root, paths.get(model.uri) ?? model.uri);
    assert.deepStrictEqual(indexToJson(a, pathOf(threaded.paths)), indexToJson(b, pathOf(single.paths)));
  }

  it('corpus, fixtures and shared sources: every model comes from a thread, and all equal a load in this thread', async () => {
    const fromThreads = new Set<DocumentModel>();
    const threaded = await load(targets, 2, fromThreads);
    const single = await load(targets, 0);
    assert.ok(threaded.workspace.size >= 20, `${threaded.workspace.size} documents`);
    // The threads were used: each model in the workspace is the one a thread answered.
    for (const model of threaded.workspace.all()) assert.ok(fromThreads.has(model), `${model.uri} was not parsed by a thread`);
    assertSameWorkspace(threaded, single);
  });

  it('a document named twice (a folder and a file in it) is set twice, the second time as an edit, as in one thread', async () => {
    const corpus = path.join(root, 'corpus');
    const again = path.join(corpus, 'coe-ets185-en.md');
    assert.ok(existsSync(again));
    const threaded = await load([corpus, again], 3);
    const single = await load([corpus, again], 0);
    assertSameWorkspace(threaded, single, false);
  });

  it('few documents are parsed in this thread (a thread costs more than it saves)', async () => {
    let pooled = false;
    await loadWorkspace([path.join(root, 'corpus', 'coe-ets185-en.md')], { parseThreads: 2, onPool: () => { pooled = true; } });
    assert.equal(pooled, false);
  });
});
