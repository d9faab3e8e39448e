// npm run try: real VS Code in the browser (code-server) with the Treaty Lens extension
// installed from the packaged .vsix and the bundled corpus opened. Prints the local URL and
// runs until Ctrl+C (which stops code-server and everything it started).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const codeServer = process.env.CODE_SERVER_BIN ?? join(root, '.cache', 'code-server', 'node_modules', '.bin', 'code-server');
// PORT chooses the port; otherwise 8080 when it is free, else any free port.
const portFree = (candidate) => new Promise((resolvePort) => {
  const probe = createServer().once('error', () => resolvePort(false)).listen(candidate, '127.0.0.1', () => probe.close(() => resolvePort(true)));
});
const anyFreePort = () => new Promise((resolvePort) => {
  const probe = createServer().listen(0, '127.0.0.1', () => { const { port: free } = probe.address(); probe.close(() => resolvePort(free)); });
});
let port;
if (process.env.PORT) {
  port = Number(process.env.PORT);
  if (!(await portFree(port))) {
    console.error(`Port ${port} (from PORT) is in use: choose another, e.g. PORT=${await anyFreePort()} npm run try`);
    process.exit(1);
  }
} else {
  port = (await portFree(8080)) ? 8080 : await anyFreePort();
}
const run = (command, args) => {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

if (!existsSync(codeServer)) {
  console.log('First run: installing code-server 4.100.3 (VS Code in the browser) into .cache/code-server.\n' +
    'It is about 300 MB and compiles native modules: 2 to 5 minutes, once. Its npm output follows.');
  run('bash', ['scripts/install-code-server.sh']);
}
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
const vsix = join(root, `treaty-lens-${version}.vsix`);
console.log('Building and packaging the extension…');
run('npm', ['run', '--silent', 'build']);
run('npm', ['run', '--silent', 'package']);
console.log(`Starting code-server on port ${port}…`);

const home = mkdtempSync(join(tmpdir(), 'treaty-lens-try-'));
const userData = join(home, 'user-data');
const extensions = join(home, 'extensions');
mkdirSync(join(userData, 'User'), { recursive: true });
writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify({ 'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off', 'extensions.autoCheckUpdates': false }, null, 2));
writeFileSync(join(home, 'config.yaml'), 'auth: none\ncert: false\n');
const env = { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), XDG_DATA_HOME: join(home, '.local', 'share') };
const common = ['--config', join(home, 'config.yaml'), '--user-data-dir', userData, '--extensions-dir', extensions];
const install = spawnSync(codeServer, [...common, '--install-extension', vsix, '--force'], { env, stdio: 'inherit' });
if (install.status !== 0) process.exit(install.status ?? 1);

const corpus = join(root, 'corpus');
const child = spawn(codeServer, [...common, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry',
  '--disable-update-check', '--disable-workspace-trust'], { env, detached: true, stdio: ['ignore', 'ignore', 'inherit'] });
const stop = () => {
  try { process.kill(-child.pid, 'SIGTERM'); } catch { /* gone */ }
  rmSync(home, { recursive: true, force: true });
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
child.on('exit', (code) => { console.error(`code-server exited (${code})`); rmSync(home, { recursive: true, force: true }); process.exit(code ?? 1); });

const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(corpus)}`;
for (let i = 0; i < 300; i++) {
  try {
    if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) break;
  } catch { /* not yet */ }
  await new Promise((r) => setTimeout(r, 200));
}
console.log(`\nTreaty Lens in VS Code (code-server), with the bundled corpus:\n\n    ${url}\n\nOpen coe-ets185-en.md and hover a defined term such as "computer data". Ctrl+C stops it.`);
