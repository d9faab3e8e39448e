// Starts code-server (real VS Code 1.100.3: workbench + extension host, served to a browser) and a
// headless Chromium driven by playwright-core, the way docs/EXTENSION.md describes. Every run uses
// fresh user-data and extensions folders; the whole process tree is killed at the end.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { promises as fs, existsSync, mkdirSync, createWriteStream } from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { repositoryRoot } from '../helpers/lspClient';

export const ROOT = repositoryRoot();
export const ARTIFACTS = path.join(ROOT, 'test-artifacts', 'e2e');
export const CODE_SERVER = process.env.CODE_SERVER_BIN ?? path.join(ROOT, '.cache', 'code-server', 'node_modules', '.bin', 'code-server');
export const CHROMIUM = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';

export function log(message: string): void {
  console.log(`      [e2e ${new Date().toISOString().slice(11, 23)}] ${message}`);
}

export function checkPrerequisites(): void {
  if (!existsSync(CODE_SERVER)) throw new Error(`code-server is not installed at ${CODE_SERVER}: run bash scripts/install-code-server.sh`);
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is not installed at ${CHROMIUM}: apt-get install -y --no-install-recommends chromium`);
}

export function vsixPath(): string {
  const version = (JSON.parse(require('node:fs').readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  const vsix = path.join(ROOT, `treaty-lens-${version}.vsix`);
  if (!existsSync(vsix)) throw new Error(`${vsix} is missing: run npm run package`);
  return vsix;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}

export interface CodeServer {
  port: number;
  url: string;
  host: string;
  home: string;
  userDataDir: string;
  extensionsDir: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'editor.hover.delay': 100,
  'editor.minimap.enabled': false,
  'editor.wordWrap': 'on',
  'workbench.colorTheme': 'Default Dark Modern',
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'files.watcherExclude': { '**/node_modules/**': true },
  'window.restoreWindows': 'none',
  'workbench.editor.restoreViewState': false,
  'chat.commandCenter.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

/** Installs `vsix` (if given) into a fresh extensions folder and starts code-server on a free port. */
export async function startCodeServer(options: { vsix?: string; name: string }): Promise<CodeServer> {
  checkPrerequisites();
  const home = await fs.mkdtemp(path.join(os.tmpdir(), `treaty-lens-cs-${options.name}-`));
  const userDataDir = path.join(home, 'user-data');
  const extensionsDir = path.join(home, 'extensions');
  mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  await fs.writeFile(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  const config = path.join(home, 'config.yaml');
  await fs.writeFile(config, 'auth: none\ncert: false\n');
  const env = { ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), XDG_DATA_HOME: path.join(home, '.local', 'share') };
  const common = ['--config', config, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];

  if (options.vsix) {
    const started = Date.now();
    const install = spawnSync(CODE_SERVER, [...common, '--install-extension', options.vsix, '--force'], { env, encoding: 'utf8', timeout: 120000 });
    if (install.status !== 0) throw new Error(`installing ${options.vsix} failed (${install.status}): ${install.stdout}\n${install.stderr}`);
    log(`installed ${path.basename(options.vsix)} into a fresh extensions folder in ${Date.now() - started} ms`);
  }

  const port = await freePort();
  const logFile = path.join(ARTIFACTS, `code-server-${options.name}.log`);
  mkdirSync(ARTIFACTS, { recursive: true });
  const out = createWriteStream(logFile);
  // detached: its own process group, so that stop() can kill code-server, its extension hosts,
  // the language servers they started and everything else below it at once.
  const child = spawn(CODE_SERVER, [
    ...common, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override', '--log', 'info',
  ], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.pipe(out);
  child.stderr!.pipe(out);
  let exited = false;
  child.on('exit', () => (exited = true));

  const stop = async () => {
    if (child.pid && !exited) {
      try { process.kill(-child.pid, 'SIGTERM'); } catch { /* gone */ }
      const deadline = Date.now() + 5000;
      while (!exited && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
    }
    // Extension hosts and language servers may have left the group (setsid); kill what still
    // runs with our private user-data folder on its command line.
    killByMarker(home);
    await fs.rm(home, { recursive: true, force: true }).catch(() => undefined);
  };

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60000;
  for (;;) {
    if (exited) throw new Error(`code-server exited early; see ${logFile}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) break;
    } catch { /* not yet */ }
    if (Date.now() > deadline) { await stop(); throw new Error(`code-server did not answer within 60 s; see ${logFile}`); }
    await new Promise((r) => setTimeout(r, 200));
  }
  log(`code-server listening on ${url} (pid ${child.pid})`);
  return { port, url, host: `127.0.0.1:${port}`, home, userDataDir, extensionsDir, process: child, stop };
}

/** Kills processes whose command line or environment mentions `marker` (our temp folder). */
function killByMarker(marker: string): void {
  let entries: string[] = [];
  try { entries = require('node:fs').readdirSync('/proc'); } catch { return; }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      const cmdline = require('node:fs').readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (cmdline.includes(marker)) process.kill(Number(entry), 'SIGKILL');
    } catch { /* gone or not ours */ }
  }
}

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, timeout: 60000 });
}

/** The workbench URL that opens `folder` and, optionally, files and a payload. */
export function workbenchUrl(server: CodeServer, folder: string, payload: Array<[string, string]> = []): string {
  const query = new URLSearchParams({ folder });
  if (payload.length) query.set('payload', JSON.stringify(payload));
  return `${server.url}/?${query.toString()}`;
}

export function remoteUri(server: CodeServer, file: string): string {
  return `vscode-remote://${server.host}${file}`;
}

let shot = 0;
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${String(++shot).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file }).catch((error) => log(`screenshot ${name} failed: ${error}`));
  return file;
}
