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
const jobs = [
  build({ ...common, entryPoints: { extension: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] }),
  build({ ...common, entryPoints: { server: 'server/src/server.ts', cli: 'server/src/cli.ts' }, outdir: 'dist' }),
];
const tests = filesUnder('test', '.test.ts');
if (tests.length) {
  jobs.push(build({ ...common, entryPoints: tests, outdir: 'dist/test', outbase: 'test', external: ['vscode', 'mocha'] }));
}
const benches = filesUnder('bench', '.ts');
if (benches.length) {
  jobs.push(build({ ...common, entryPoints: benches, outdir: 'dist/bench', outbase: 'bench' }));
}
await Promise.all(jobs);
if (watch) console.log('watch mode is not implemented; run npm run build again');
