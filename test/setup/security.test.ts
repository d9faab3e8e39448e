// What SECURITY.md promises about untrusted documents that a test can hold statically: the
// extension, server and CLI never run code (no child processes, no eval, no vm) nor open a
// network connection, and the
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
    const forbidden = /\bfrom ['"](?:node:)?(?:child_process|vm|worker_threads)['"]|require\(['"](?:node:)?(?:child_process|vm|worker_threads)['"]\)|(?<![\w.])eval\(|new Function\(/;
    const files = [...sources(path.join(root, 'server', 'src')), ...sources(path.join(root, 'client', 'src'))];
    assert.ok(files.length > 50, 'the sources were found');
    const offenders = files.filter((file) => forbidden.test(readFileSync(file, 'utf8'))).map((file) => path.relative(root, file));
    assert.deepEqual(offenders, []);
  });

  it('our code opens no network connection (no http, https, net, tls, dgram, fetch)', () => {
    const network = /\bfrom ['"](?:node:)?(?:http|https|http2|net|tls|dgram)['"]|require\(['"](?:node:)?(?:http|https|http2|net|tls|dgram)['"]\)|(?<![\w.])fetch\(/;
    const files = [...sources(path.join(root, 'server', 'src')), ...sources(path.join(root, 'client', 'src'))];
    assert.deepEqual(files.filter((file) => network.test(readFileSync(file, 'utf8'))).map((file) => path.relative(root, file)), []);
  });

  it('the bundled language server writes no file (its quick fixes are editor edits)', () => {
    // dist/server.js is what the extension runs: no fs call that writes, appends, removes or creates.
    const bundle = readFileSync(path.join(root, 'dist', 'server.js'), 'utf8');
    assert.deepEqual([...new Set(bundle.match(/\b(?:writeFile|writeFileSync|appendFile|appendFileSync|unlink|unlinkSync|rmSync|rmdir|mkdir|mkdirSync|createWriteStream|copyFile)\b/g) ?? [])], []);
  });

  it('untrusted workspaces: supported "limited", and a workspace cannot raise treatyLens.maxFileSize', () => {
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { capabilities?: { untrustedWorkspaces?: { supported: unknown; restrictedConfigurations?: string[] } } };
    const untrusted = manifest.capabilities?.untrustedWorkspaces;
    assert.equal(untrusted?.supported, 'limited');
    assert.ok(untrusted?.restrictedConfigurations?.includes('treatyLens.maxFileSize'));
  });
});
