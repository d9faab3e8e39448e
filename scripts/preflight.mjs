// npm test, step 0: are the system programs the tests need on this machine? If not, one message
// that names every missing Debian package and the one command that installs them all, and exit 1
// at once (instead of failing twenty minutes later in the real-editor stage).
//
// What needs what:
//   chromium              the real VS Code tests drive code-server's workbench in Chromium
//   neovim                the second, independent LSP client
//   ripgrep               code-server's search (its installer would download rg from GitHub)
//   build-essential, python3, libkrb5-dev
//                         code-server's native modules, compiled from source on first install
//                         (only while code-server is not yet installed in .cache/code-server)
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
// Tests point these elsewhere to simulate a bare machine.
const sysroot = process.env.TREATY_LENS_SYSROOT ?? '/';
const codeServerDir = process.env.CODE_SERVER_DIR ?? join(root, '.cache', 'code-server');

function onPath(command) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, command))) return true;
  }
  return false;
}

const chromium = process.env.CHROMIUM_BIN ?? join(sysroot, 'usr/bin/chromium');
const needs = [
  { pkg: 'chromium', why: 'the real VS Code tests (Chromium drives code-server)', present: () => existsSync(chromium) },
  { pkg: 'neovim', why: 'the second LSP client test (nvim)', present: () => onPath('nvim') },
  { pkg: 'ripgrep', why: "code-server's search (rg)", present: () => onPath('rg') },
];
const codeServerInstalled = existsSync(join(codeServerDir, 'node_modules', '.bin', 'code-server'));
if (!codeServerInstalled) {
  const why = 'building code-server\'s native modules on its first install';
  needs.push(
    { pkg: 'build-essential', why: `${why} (make, g++)`, present: () => onPath('make') && onPath('g++') },
    { pkg: 'python3', why: `${why} (node-gyp)`, present: () => onPath('python3') },
    {
      pkg: 'libkrb5-dev', why: `${why} (kerberos headers)`,
      present: () => existsSync(join(sysroot, 'usr/include/gssapi/gssapi.h')) || existsSync(join(sysroot, 'usr/include/gssapi.h')),
    },
  );
}

const missing = needs.filter((need) => !need.present());
if (missing.length) {
  const width = Math.max(...missing.map((m) => m.pkg.length));
  process.stderr.write(
    `npm test needs ${missing.length === 1 ? 'a system package that is' : 'system packages that are'} not installed:\n` +
    missing.map((m) => `  ${m.pkg.padEnd(width)}  for ${m.why}`).join('\n') +
    `\nInstall ${missing.length === 1 ? 'it' : 'them all'} with (Debian/Ubuntu):\n` +
    `  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing.map((m) => m.pkg).join(' ')}\n` +
    `(npm start and the CLI need only Node.js; bash .ci/run installs everything on a fresh machine.)\n`,
  );
  process.exit(1);
}
