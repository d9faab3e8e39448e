// What ships: the server and CLI bundles hold the engine, not the test-only reference parser.
// remark-parse (and unified, micromark, mdast) check the fast block scanner in the tests; they
// were bundled into dist/server.js although no user path runs them.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

function repositoryRoot(): string {
  for (let dir = __dirname, i = 0; i < 6; i++, dir = resolve(dir, '..')) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'server', 'src'))) return dir;
  }
  throw new Error(`no repository above ${__dirname}`);
}

/** The source files esbuild put into a bundle, from its source map. */
function bundledSources(bundle: string): string[] {
  const map = JSON.parse(readFileSync(join(repositoryRoot(), 'dist', `${bundle}.map`), 'utf8')) as { sources: string[] };
  return map.sources;
}

const TEST_ONLY = /node_modules\/(?:remark-[\w-]+|unified|micromark[\w-]*|mdast-[\w-]+|fast-check)\//;

describe('bundles: what ships', () => {
  for (const bundle of ['server.js', 'cli.js', 'parseWorker.js']) {
    it(`dist/${bundle} holds no remark, unified, micromark or fast-check`, () => {
      const sources = bundledSources(bundle);
      assert.ok(sources.some((source) => source.includes('server/src/engine/blocks.ts')), 'the bundle holds the fast block scanner');
      assert.deepEqual(sources.filter((source) => TEST_ONLY.test(source)), []);
    });
  }
});
