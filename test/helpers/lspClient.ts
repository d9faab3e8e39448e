// A minimal LSP client for protocol-level tests: spawns the built server over stdio and
// speaks JSON-RPC to it as an editor would.
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { promises as fs } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

export interface PublishedDiagnostics {
  uri: string;
  diagnostics: Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; message: string; code?: string; severity?: number; relatedInformation?: unknown[] }>;
}

export class LspTestClient {
  readonly connection: MessageConnection;
  readonly diagnostics = new Map<string, PublishedDiagnostics['diagnostics']>();
  readonly logs: string[] = [];
  /** The uri of every publishDiagnostics notification, in the order they arrived. */
  readonly published: string[] = [];
  private statusListeners: Array<(status: { documents: number; indexing: boolean }) => void> = [];
  private versions = new Map<string, number>();
  lastStatus?: { documents: number; problems: number; indexing: boolean };
  /** Every status notification, in the order it arrived (tests order their requests against it). */
  readonly statuses: Array<{ documents: number; problems: number; indexing: boolean }> = [];
  /** The `treatyLens` settings the client answers workspace/configuration with. */
  settings: Record<string, unknown> = {};
  /** Resolves when the initial index is complete (when started without waiting for it). */
  indexed?: Promise<void>;

  private constructor(readonly process: ChildProcess, readonly root: string) {
    this.connection = createMessageConnection(new StreamMessageReader(process.stdout!), new StreamMessageWriter(process.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishedDiagnostics) => {
      this.diagnostics.set(params.uri, params.diagnostics);
      this.published.push(params.uri);
    });
    this.connection.onNotification('window/logMessage', (params: { message: string }) => this.logs.push(params.message));
    this.connection.onNotification('treatyLens/status', (status: { documents: number; problems: number; indexing: boolean }) => {
      this.lastStatus = status;
      this.statuses.push(status);
      for (const listener of this.statusListeners) listener(status);
    });
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => this.settings));
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.listen();
  }

  /** Starts the server on a workspace folder and waits until it has indexed it. */
  static async start(root: string, options: { waitForIndex?: boolean; initializationOptions?: unknown } = {}): Promise<LspTestClient> {
    const serverPath = path.join(repositoryRoot(), 'dist', 'server.js');
    const child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    child.stderr!.on('data', () => undefined);
    const client = new LspTestClient(child, root);
    const indexed = client.waitForIndex();
    await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(root).href,
      workspaceFolders: [{ uri: pathToFileURL(root).href, name: path.basename(root) }],
      capabilities: { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: false } }, window: { workDoneProgress: true }, textDocument: { hover: { contentFormat: ['markdown'] } } },
      initializationOptions: options.initializationOptions,
    });
    await client.connection.sendNotification('initialized', {});
    if (options.waitForIndex !== false) await indexed;
    else client.indexed = indexed;
    return client;
  }

  private waitForIndex(): Promise<void> {
    return new Promise((resolve) => {
      const listener = (status: { documents: number; indexing: boolean }) => {
        if (!status.indexing && status.documents > 0) {
          this.statusListeners = this.statusListeners.filter((l) => l !== listener);
          resolve();
        }
      };
      this.statusListeners.push(listener);
    });
  }

  /** Waits for a status notification that satisfies `predicate`. */
  async waitForStatus(predicate: (status: { documents: number; problems: number; indexing: boolean }) => boolean, timeoutMs = 60000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(this.lastStatus && predicate(this.lastStatus))) {
      if (Date.now() > deadline) throw new Error(`status never satisfied the condition; last: ${JSON.stringify(this.lastStatus)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  uri(relative: string): string {
    return pathToFileURL(path.join(this.root, relative)).href;
  }

  async open(relative: string, text?: string): Promise<string> {
    const uri = this.uri(relative);
    const content = text ?? (await fs.readFile(path.join(this.root, relative), 'utf8'));
    this.versions.set(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: content } });
    return uri;
  }

  async change(uri: string, text: string): Promise<void> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  /** Waits until diagnostics for `uri` satisfy `predicate` (the server pushes them). */
  async waitForDiagnostics(uri: string, predicate: (list: PublishedDiagnostics['diagnostics']) => boolean, timeoutMs = 5000): Promise<PublishedDiagnostics['diagnostics']> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const list = this.diagnostics.get(uri);
      if (list && predicate(list)) return list;
      if (Date.now() > deadline) throw new Error(`diagnostics for ${uri} did not arrive as expected; last: ${JSON.stringify(list?.map((d) => d.message))}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((resolve) => setTimeout(resolve, 1000))]);
      await this.connection.sendNotification('exit');
    } catch {
      // the server may already be gone
    }
    this.connection.dispose();
    this.process.kill();
  }
}

/** Finds the position of the n-th occurrence (0-based) of `needle` after the line that contains `after`. */
export function positionOf(text: string, needle: string, after?: string, occurrence = 0): { line: number; character: number } {
  let from = after ? text.indexOf(after) : 0;
  if (from < 0) throw new Error(`"${after}" not found`);
  let index = -1;
  for (let i = 0; i <= occurrence; i++) {
    index = text.indexOf(needle, i === 0 ? from : index + 1);
    if (index < 0) throw new Error(`"${needle}" not found after "${after}"`);
  }
  from = index;
  const before = text.slice(0, from);
  const line = before.split('\n').length - 1;
  return { line, character: from - before.lastIndexOf('\n') - 1 };
}

/** The repository root: the nearest folder above this (bundled) file with a package.json. */
export function repositoryRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 8; i++) {
    if (require('node:fs').existsSync(path.join(dir, 'package.json'))) return dir;
    dir = path.dirname(dir);
  }
  return process.cwd();
}

/** Copies the corpus into a fresh temporary folder, so that tests can add drafts to it. */
export async function corpusCopy(): Promise<string> {
  const os = await import('node:os');
  const target = await fs.mkdtemp(path.join(os.tmpdir(), 'treaty-lens-'));
  const source = path.join(repositoryRoot(), 'corpus');
  for (const name of await fs.readdir(source)) {
    if (name.endsWith('.md')) await fs.copyFile(path.join(source, name), path.join(target, name));
  }
  return target;
}

/** The server started on a fresh copy of the corpus, with the Budapest Convention open. */
export async function startOnCorpus(): Promise<{ client: LspTestClient; root: string; budapest: string; budapestUri: string; stop(): Promise<void> }> {
  const root = await corpusCopy();
  const client = await LspTestClient.start(root);
  const budapest = await fs.readFile(path.join(root, 'coe-ets185-en.md'), 'utf8');
  const budapestUri = await client.open('coe-ets185-en.md', budapest);
  return {
    client, root, budapest, budapestUri,
    stop: async () => {
      await client.stop();
      await fs.rm(root, { recursive: true, force: true });
    },
  };
}
