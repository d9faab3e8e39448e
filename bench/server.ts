// End-to-end measurements through the real language server (dist/server.js --stdio), spoken to
// over JSON-RPC as an editor does: what the user waits for, protocol and scheduling included.
// Used by runner.ts ("server-typing", "server-warm"); see docs/BENCHMARK.md.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

interface Status { documents: number; problems: number; indexing: boolean; done?: number; total?: number }
interface Publish { uri: string; version?: number; at: number; count: number }
type Position = { line: number; character: number };

const now = () => performance.now();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The built server next to the bench bundles (dist/bench/../server.js). */
function serverPath(): string {
  const candidates = [join(__dirname, '..', 'server.js'), join(process.cwd(), 'dist', 'server.js')];
  const found = candidates.find((file) => existsSync(file));
  if (!found) throw new Error('dist/server.js not found: run npm run build');
  return found;
}

export interface ClientOptions {
  /** Folder for the server's index cache (initializationOptions.cacheFolder); none by default. */
  cacheFolder?: string;
  /** Writes a CPU profile of the server process into this folder (node --cpu-prof). */
  profileDir?: string;
  /** Loads loopStats.js into the server: what held its main thread, phase by phase (`mainThreadPhase`). */
  loopStats?: boolean;
}

/** What loopStats.js reports for one phase. */
export interface MainThreadStats {
  ms: number;
  mainThreadBusyMs: number;
  delay: { p50: number; p95: number; p99: number; max: number };
  longTasks: { over20: number; over50: number; over100: number; longest: number[] };
  gc: { count: number; totalMs: number; maxMs: number; byKind: Record<string, number> };
}

/** A minimal editor: opens documents, sends changes, records every publishDiagnostics and status. */
export class BenchClient {
  readonly connection: MessageConnection;
  readonly publishes: Publish[] = [];
  readonly logs: string[] = [];
  status?: Status;
  private waiters: Array<() => void> = [];
  private versions = new Map<string, number>();
  readonly startedAt = now();
  initializedAt = NaN;

  private constructor(readonly child: ChildProcess, private readonly statsFolder?: string) {
    this.connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; version?: number; diagnostics: unknown[] }) => {
      this.publishes.push({ uri: params.uri, version: params.version, at: now(), count: params.diagnostics.length });
      this.wake();
    });
    this.connection.onNotification('treatyLens/status', (status: Status) => {
      this.status = status;
      this.wake();
    });
    this.connection.onNotification('window/logMessage', (params: { message: string }) => this.logs.push(params.message));
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({})));
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.listen();
  }

  static async start(dir: string, options: ClientOptions = {}): Promise<BenchClient> {
    const nodeArgs = options.profileDir ? ['--cpu-prof', '--cpu-prof-dir', options.profileDir, '--cpu-prof-interval', '200'] : [];
    const statsFolder = options.loopStats ? mkdtempSync(join(tmpdir(), 'treaty-lens-loop-')) : undefined;
    if (statsFolder) nodeArgs.push('--require', join(__dirname, 'loopStats.js'));
    const env = statsFolder ? { ...process.env, TREATY_LENS_LOOP_STATS: join(statsFolder, 'stats.jsonl') } : process.env;
    const child = spawn(process.execPath, [...nodeArgs, serverPath(), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env });
    child.stderr!.on('data', () => undefined);
    const client = new BenchClient(child, statsFolder);
    await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(dir).href,
      workspaceFolders: [{ uri: pathToFileURL(dir).href, name: basename(dir) }],
      capabilities: { workspace: { configuration: true }, window: { workDoneProgress: true }, textDocument: { hover: { contentFormat: ['markdown'] }, publishDiagnostics: { versionSupport: true } } },
      initializationOptions: options.cacheFolder ? { cacheFolder: options.cacheFolder } : undefined,
    });
    client.initializedAt = now();
    await client.connection.sendNotification('initialized', {});
    return client;
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const waiter of waiters) waiter();
  }

  /** Resolves when `predicate` holds (checked after every notification), or rejects after `timeoutMs`. */
  async until<T>(predicate: () => T | undefined | false, timeoutMs: number, what: string): Promise<T> {
    const deadline = now() + timeoutMs;
    for (;;) {
      const value = predicate();
      if (value) return value;
      const left = deadline - now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 1000));
        this.waiters.push(() => { clearTimeout(timer); resolve(); });
      });
    }
  }

  async open(uri: string, text: string): Promise<void> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  }

  /** Sends one change (a range edit, or the whole new text) and returns its version. */
  async change(uri: string, edit: { full: string } | { range: { start: Position; end: Position }; text: string }): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    const change = 'full' in edit ? { text: edit.full } : { range: edit.range, text: edit.text };
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    return version;
  }

  /** The first publish for `uri` at or after index `from` (and of `version`, when the server says which). */
  publishedAfter(uri: string, from: number, version?: number): Publish | undefined {
    for (let i = from; i < this.publishes.length; i++) {
      const p = this.publishes[i];
      if (p.uri === uri && (version === undefined || p.version === undefined || p.version === version)) return p;
    }
    return undefined;
  }

  /** The server's main-thread figures since the previous phase (loopStats.js), or undefined without loopStats. */
  async mainThreadPhase(): Promise<MainThreadStats | undefined> {
    if (!this.statsFolder) return undefined;
    const file = join(this.statsFolder, 'stats.jsonl');
    const lines = () => (existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : []);
    const before = lines().length;
    this.child.kill('SIGUSR2');
    const deadline = now() + 30000;
    while (lines().length === before && now() < deadline) await sleep(20);
    const line = lines()[before];
    return line ? (JSON.parse(line) as MainThreadStats) : undefined;
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), sleep(5000)]);
      await this.connection.sendNotification('exit');
    } catch { /* already gone */ }
    // Give node --cpu-prof time to write its profile on exit.
    await Promise.race([new Promise((resolve) => this.child.once('exit', resolve)), sleep(10000)]);
    this.connection.dispose();
    if (this.child.exitCode === null) this.child.kill();
    if (this.statsFolder) rmSync(this.statsFolder, { recursive: true, force: true });
  }
}

// ---- the document and the edits ---------------------------------------------------------

function positionAt(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}

/** A use of the document's first defined term in article 2 or later: where a hover has an answer. */
function termUseOffset(text: string): { offset: number; term: string } {
  const term = /“([^”]+)” means/.exec(text)?.[1];
  if (!term) throw new Error('no defined term in the open document');
  const after = text.indexOf('### Article 2 ');
  const at = text.indexOf(term, after);
  if (at < 0) throw new Error(`"${term}" is not used after article 1`);
  return { offset: at + 1, term };
}

/** The documents that implement the open treaty: the dependants a structural edit must re-check. */
function implementers(dir: string, files: string[], id: string): string[] {
  return files.filter((file) => readFileSync(file, 'utf8').slice(0, 2000).includes(`implements: [${id}]`)).map((file) => pathToFileURL(file).href);
}

/** User + system CPU time of a process, from /proc/<pid>/stat (NaN where there is no /proc). */
function processCpuMs(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
    // After the command name: state is field 3, utime 14 and stime 15 (1-based), in clock ticks (100 Hz).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function latency(values: number[]) {
  return { p50: percentile(values, 50), p95: percentile(values, 95), max: values.length ? Math.max(...values) : NaN, n: values.length };
}

interface Typist {
  client: BenchClient;
  uri: string;
  text: string;
  offset: number;
  count: number;
}

/**
 * One letter typed inside a word; alternately sent as a range edit (incremental sync) and as the
 * whole text (full-document sync). Returns the time from didChange to the publishDiagnostics of
 * that version, and whether the server was indexing when the letter was sent.
 */
async function typeLetter(typist: Typist): Promise<{ ms: number; full: boolean; indexing: boolean }> {
  const { client, uri } = typist;
  const letter = 'abcdefghijklmnopqrstuvwxyz'[typist.count % 26];
  const full = typist.count % 2 === 1;
  const position = positionAt(typist.text, typist.offset);
  typist.text = typist.text.slice(0, typist.offset) + letter + typist.text.slice(typist.offset);
  typist.offset++;
  typist.count++;
  const indexing = !!client.status?.indexing || client.status === undefined;
  const from = client.publishes.length;
  const t0 = now();
  const version = await client.change(uri, full ? { full: typist.text } : { range: { start: position, end: position }, text: letter });
  const publish = await client.until(() => client.publishedAfter(uri, from, version), 120000, `diagnostics of version ${version}`);
  return { ms: publish.at - t0, full, indexing: indexing && !!client.status?.indexing };
}

/** Waits until indexing is over and every document has had its diagnostics published since. */
async function settled(client: BenchClient, uris: string[], timeoutMs: number): Promise<number> {
  await client.until(() => client.status && !client.status.indexing && client.status.documents >= uris.length, timeoutMs, 'the end of indexing');
  const waiting = new Set(uris);
  let seen = 0;
  return client.until(() => {
    for (; seen < client.publishes.length; seen++) waiting.delete(client.publishes[seen].uri);
    return waiting.size === 0 ? now() : undefined;
  }, timeoutMs, 'diagnostics of every document');
}

/** Milliseconds between two letters: a fast typist. */
const TYPING_GAP_MS = 40;
const KEYSTROKES = 50;

/**
 * The open-document experience on a large workspace: first diagnostics and hover after opening,
 * keystrokes while the workspace indexes and after, and a structural edit's dependants.
 */
export async function serverTyping(dir: string, files: string[], options: ClientOptions & { keystrokes?: number; structuralEdits?: number } = {}) {
  const openFile = files.find((file) => basename(file).startsWith('bench-treaty-0000')) ?? files[0];
  const uri = pathToFileURL(openFile).href;
  const text = readFileSync(openFile, 'utf8');
  const dependants = implementers(dir, files, basename(openFile, '.md'));
  const allUris = files.map((file) => pathToFileURL(file).href);
  const keystrokes = options.keystrokes ?? KEYSTROKES;

  const client = await BenchClient.start(dir, { loopStats: true, ...options });
  const startup = await openAndHover(client, uri, text);

  // Typing while the rest of the workspace is still being indexed (the first status may come
  // before indexing starts: wait for it to start, or to be over already).
  await client.until(() => client.status?.indexing || (client.status && client.status.documents >= allUris.length), 600000, 'indexing to start');
  const typist: Typist = { client, uri, text, offset: editOffset(text), count: 0 };
  const whileIndexing: Array<{ ms: number; full: boolean }> = [];
  for (let i = 0; i < keystrokes && client.status?.indexing !== false; i++) {
    const result = await typeLetter(typist);
    if (result.indexing) whileIndexing.push(result);
    await sleep(TYPING_GAP_MS);
  }
  // The server's main thread from its start to the last letter typed while indexing (loopStats.js).
  const whileIndexingThread = await client.mainThreadPhase();
  const indexedAt = await settled(client, allUris, 1800000);
  const indexMs = indexedAt - client.initializedAt;

  // Typing once everything is indexed and published. The server's CPU time over these
  // keystrokes (from /proc, 10 ms ticks: only the mean is meaningful) is less sensitive to a
  // shared machine than the wall time.
  const afterIndex: Array<{ ms: number; full: boolean }> = [];
  await client.mainThreadPhase();
  const cpuBefore = processCpuMs(client.child.pid);
  for (let i = 0; i < keystrokes; i++) {
    afterIndex.push(await typeLetter(typist));
    await sleep(TYPING_GAP_MS);
  }
  const serverCpuPerKeystrokeMs = (processCpuMs(client.child.pid) - cpuBefore) / keystrokes;
  const afterIndexThread = await client.mainThreadPhase();

  // A structural edit: article 70 renumbered (and back). Timed from didChange to the publish of
  // the open document, and to the last of its implementing laws' publishes.
  const structuralOpen: number[] = [];
  const structuralDependants: number[] = [];
  const edits = options.structuralEdits ?? 6;
  for (let i = 0; i < edits; i++) {
    await sleep(400); // let any re-check of the previous edit finish
    const [from, to] = i % 2 === 0 ? ['### Article 70 ', '### Article 71 '] : ['### Article 71 ', '### Article 70 '];
    const at = typist.text.indexOf(from);
    const start = positionAt(typist.text, at + 12);
    typist.text = typist.text.slice(0, at) + to + typist.text.slice(at + from.length);
    const index = client.publishes.length;
    const t0 = now();
    const version = await client.change(uri, { range: { start, end: { line: start.line, character: start.character + 2 } }, text: to.slice(12, 14) });
    const own = await client.until(() => client.publishedAfter(uri, index, version), 120000, 'the structural edit\'s diagnostics');
    const last = await client.until(() => {
      let latest = 0;
      for (const dependant of dependants) {
        const p = client.publishedAfter(dependant, index);
        if (!p) return undefined;
        latest = Math.max(latest, p.at);
      }
      return latest || own.at;
    }, 120000, 'the dependants\' diagnostics');
    structuralOpen.push(own.at - t0);
    structuralDependants.push(last - t0);
  }
  await client.stop();
  const split = (list: Array<{ ms: number; full: boolean }>) => ({
    all: latency(list.map((k) => k.ms)),
    incremental: latency(list.filter((k) => !k.full).map((k) => k.ms)),
    full: latency(list.filter((k) => k.full).map((k) => k.ms)),
    // in the order typed (rounded to 0.1 ms): which letters were slow, not only how many
    inOrder: list.map((k) => Math.round(k.ms * 10) / 10),
  });
  return {
    startup, indexMs, keystrokeWhileIndexing: split(whileIndexing), keystrokeAfterIndex: split(afterIndex), serverCpuPerKeystrokeMs,
    mainThread: { whileIndexing: whileIndexingThread, afterIndex: afterIndexThread, busyPerKeystrokeAfterIndexMs: afterIndexThread ? afterIndexThread.mainThreadBusyMs / keystrokes : undefined },
    structural: { open: latency(structuralOpen), dependants: latency(structuralDependants), dependantCount: dependants.length },
    documentChars: text.length,
  };
}

/** The user opens the document as soon as the editor starts, and hovers a defined term. */
async function openAndHover(client: BenchClient, uri: string, text: string) {
  const opened = now();
  await client.open(uri, text);
  const { offset: hoverOffset, term } = termUseOffset(text);
  const hoverAnswer = client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: positionAt(text, hoverOffset) }).then((answer) => ({ answer, at: now() }));
  const firstDiagnostics = await client.until(() => client.publishedAfter(uri, 0), 600000, 'the first diagnostics');
  const hover = await hoverAnswer;
  const hoverText = JSON.stringify(hover.answer ?? '');
  return {
    firstDiagnosticsMs: firstDiagnostics.at - opened,
    firstHoverMs: hover.at - opened,
    hoverAnswered: hoverText.includes(term),
    indexingAtFirstDiagnostics: client.status?.indexing ?? true,
  };
}

/**
 * Only the first seconds: the server starts on the workspace, the user opens the treaty and
 * hovers a term; stopped without waiting for the rest of the index. This is what the 10,000-
 * document target asks (first diagnostics and hover within 1 s of opening), and it does not
 * take the hours a whole index of 2 GB takes on 2 CPUs. `documents` is the number of files the
 * server was started on, so a run can be compared with smaller workspaces.
 */
export async function serverStartup(dir: string, files: string[], options: ClientOptions = {}) {
  const openFile = files.find((file) => basename(file).startsWith('bench-treaty-0000')) ?? files[0];
  const text = readFileSync(openFile, 'utf8');
  const client = await BenchClient.start(dir, options);
  try {
    const startup = await openAndHover(client, pathToFileURL(openFile).href, text);
    return { startup, documents: files.length, documentChars: text.length, statusAtHover: client.status };
  } finally {
    await client.stop();
  }
}

/** The same offset as the engine bench: inside a word in the middle of paragraph 2 of article 35. */
export function editOffset(text: string): number {
  const heading = text.indexOf('### Article 35 ');
  const paragraph = text.indexOf('\n\n2. ', heading) + 2;
  const space = text.indexOf(' ', paragraph + 40);
  return space - 2;
}

/** The server process's peak and current resident memory, from /proc (undefined elsewhere). */
function serverMemory(child: ChildProcess): { vmHwmMB: number; rssMB: number } | undefined {
  try {
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const kB = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1]);
    return { vmHwmMB: kB('VmHWM') / 1024, rssMB: kB('VmRSS') / 1024 };
  } catch {
    return undefined;
  }
}

/** Opens the workspace, waits for every document's diagnostics, stops: the server's whole index. */
async function indexOnce(dir: string, allUris: string[], options: ClientOptions): Promise<{ ms: number; log: string; memory?: { vmHwmMB: number; rssMB: number } }> {
  const client = await BenchClient.start(dir, options);
  const done = await settled(client, allUris, 1800000);
  const ms = done - client.initializedAt;
  const memory = serverMemory(client.child);
  await client.stop();
  return { ms, log: client.logs.filter((line) => /indexed \d+ documents|diagnostics of \d+ documents/.test(line)).join(' / '), memory };
}

/** How many entries the server's log says it read from the cache ("cache: 100 read, …"). */
function cacheReadsIn(log: string): number {
  return Number(/cache: (\d+) read/.exec(log)?.[1] ?? 0);
}

/**
 * Warm restart: the server indexes the workspace with an empty cache folder (cold), then again
 * with the cache it wrote (warm). Timed from `initialized` until every document's diagnostics
 * are published.
 */
export async function serverWarm(dir: string, files: string[], options: ClientOptions = {}) {
  const allUris = files.map((file) => pathToFileURL(file).href);
  // The server takes only an absolute cache folder: a relative one (a workspace given as
  // `bench/workspaces/ws-100`) silently meant no cache, and a "warm" run that was a cold one.
  const cacheFolder = mkdtempSync(join(resolve(dir), '..', 'cache-'));
  try {
    const cold = await indexOnce(dir, allUris, { ...options, cacheFolder });
    const warm = await indexOnce(dir, allUris, { ...options, cacheFolder });
    const noCache = await indexOnce(dir, allUris, options);
    const cacheReads = cacheReadsIn(warm.log);
    if (cacheReads < allUris.length) throw new Error(`the warm run read ${cacheReads} of ${allUris.length} documents from the cache: ${warm.log}`);
    return { coldMs: cold.ms, warmMs: warm.ms, noCacheMs: noCache.ms, ratio: warm.ms / cold.ms, warmCacheReads: cacheReads, coldMemory: cold.memory, warmMemory: warm.memory, noCacheMemory: noCache.memory, logs: [cold.log, warm.log, noCache.log] };
  } finally {
    rmSync(cacheFolder, { recursive: true, force: true });
  }
}
