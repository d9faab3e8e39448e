// What SECURITY.md promises about untrusted documents that a test can hold statically: the
// extension, server and CLI never run code (no child processes, no eval, no vm; one worker thread
// running our own parser) nor open a network connection, write files only where stated, and the
// extension declares its behaviour in untrusted workspaces.
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { repositoryRoot } from '../helpers/lspClient';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : full.endsWith('.ts') ? [full] : [];
  });
}

describe('security: what SECURITY.md promises', () => {
  const root = repositoryRoot();

  it('our code never starts a process or evaluates text as code (server/src, client/src)', () => {
    // The language client starts the server module over IPC (vscode-languageclient); nothing else is run.
    const forbidden = /\bfrom ['"](?:node:)?(?:child_process|vm)['"]|require\(['"](?:node:)?(?:child_process|vm)['"]\)|(?<![\w.])eval\(|new Function\(/;
    const files = [...sources(path.join(root, 'server', 'src')), ...sources(path.join(root, 'client', 'src'))];
    assert.ok(files.length > 50, 'the sources were found');
    const offenders = files.filter((file) => forbidden.test(readFileSync(file, 'utf8'))).map((file) => path.relative(root, file));
    assert.deepEqual(offenders, []);
    // One worker thread, running our own bundled parser (dist/parseWorker.js), never a path from a document.
    const threads = files.filter((file) => /\bfrom ['"](?:node:)?worker_threads['"]/.test(readFileSync(file, 'utf8'))).map((file) => path.relative(root, file).split(path.sep).join('/'));
    assert.deepEqual(threads.sort(), ['server/src/node/parseThread.ts', 'server/src/node/parseWorker.ts']);
    assert.match(readFileSync(path.join(root, 'server', 'src', 'node', 'parseThread.ts'), 'utf8'), /path\.join\(__dirname, 'parseWorker\.js'\)/);
  });

  it('our code opens no network connection (no http, https, net, tls, dgram, fetch)', () => {
    const network = /\bfrom ['"](?:node:)?(?:http|https|http2|net|tls|dgram)['"]|require\(['"](?:node:)?(?:http|https|http2|net|tls|dgram)['"]\)|(?<![\w.])fetch\(/;
    const files = [...sources(path.join(root, 'server', 'src')), ...sources(path.join(root, 'client', 'src'))];
    assert.deepEqual(files.filter((file) => network.test(readFileSync(file, 'utf8'))).map((file) => path.relative(root, file)), []);
  });

  it('the language server writes only its index cache (quick fixes are editor edits)', () => {
    // Outside the CLI, file writes live in the index cache (in the folder the client passes: the
    // extension's own storage) and in the term base writer, which only the CLI imports.
    const writes = /\b(?:writeFile|writeFileSync|appendFile|appendFileSync|unlink|unlinkSync|rmSync|rmdir|mkdir|mkdirSync|createWriteStream|copyFile)\b/;
    const serverFiles = sources(path.join(root, 'server', 'src')).filter((file) => !file.includes(`${path.sep}cli${path.sep}`) && !file.endsWith(`${path.sep}cli.ts`));
    const writers = serverFiles.filter((file) => writes.test(readFileSync(file, 'utf8'))).map((file) => path.relative(root, file).split(path.sep).join('/'));
    assert.deepEqual(writers.sort(), ['server/src/node/indexCache.ts', 'server/src/node/termBaseFile.ts']);
    const termBaseWriters = serverFiles.filter((file) => /writeFileAtomic/.test(readFileSync(file, 'utf8'))).map((file) => path.relative(root, file).split(path.sep).join('/'));
    assert.deepEqual(termBaseWriters, ['server/src/node/termBaseFile.ts']);
    assert.match(readFileSync(path.join(root, 'server', 'src', 'server.ts'), 'utf8'), /new IndexCache\(initial\.cacheFolder\)/);
  });

  it('untrusted workspaces: supported "limited", and a workspace cannot raise treatyLens.maxFileSize', () => {
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { capabilities?: { untrustedWorkspaces?: { supported: unknown; restrictedConfigurations?: string[] } } };
    const untrusted = manifest.capabilities?.untrustedWorkspaces;
    assert.equal(untrusted?.supported, 'limited');
    assert.ok(untrusted?.restrictedConfigurations?.includes('treatyLens.maxFileSize'));
  });
});
