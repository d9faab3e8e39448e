// Bundles the extension, the language server, the CLI and the test files with esbuild.
// Everything is bundled to CommonJS so that ESM-only dependencies (unified, remark) load
// in VS Code's extension host and under mocha alike.
import { build } from 'esbuild';
import { readdirSync, statSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
};

function filesUnder(dir, suffix) {
  let out = [];
  let entries;
  try { entries = readdirSync(dir); } catch { return out; }
  for (const name of entries) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out = out.concat(filesUnder(path, suffix));
    else if (name.endsWith(suffix)) out.push(path);
  }
  return out;
}

rmSync('dist/test', { recursive: true, force: true });
rmSync('dist/e2e', { recursive: true, force: true });
rmSync('dist/test-host', { recursive: true, force: true });
const jobs = [
  build({ ...common, entryPoints: { extension: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] }),
  build({ ...common, entryPoints: { server: 'server/src/server.ts', cli: 'server/src/cli.ts', parseWorker: 'server/src/node/parseWorker.ts' }, outdir: 'dist' }),
];
const tests = filesUnder('test', '.test.ts');
if (tests.length) {
  jobs.push(build({ ...common, entryPoints: tests, outdir: 'dist/test', outbase: 'test', external: ['vscode', 'mocha'] }));
}
// Real-editor tests (test/e2e, run by npm run test:e2e, not by the default mocha spec).
const e2e = filesUnder('test/e2e', '.e2e.ts');
if (e2e.length) {
  jobs.push(build({ ...common, entryPoints: e2e, outdir: 'dist/e2e', outbase: 'test/e2e', external: ['vscode', 'mocha', 'playwright-core'] }));
}
// The extension's own suite, run inside VS Code's extension host (extensionTestsPath). The host
// does not resolve node_modules for it, so mocha is bundled in.
jobs.push(build({ ...common, entryPoints: { suite: 'test/extension/host/index.ts', runTests: 'test/extension/runTests.ts' }, outdir: 'dist/test-host', external: ['vscode', '@vscode/test-electron'], logOverride: { 'require-resolve-not-external': 'silent', 'unsupported-dynamic-import': 'silent', 'unsupported-require-call': 'silent' } }));
const benches = filesUnder('bench', '.ts');
if (benches.length) {
  jobs.push(build({ ...common, entryPoints: benches, outdir: 'dist/bench', outbase: 'bench' }));
}
await Promise.all(jobs);
if (watch) console.log('watch mode is not implemented; run npm run build again');
