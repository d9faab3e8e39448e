// The Treaty Lens language server: wires the protocol to the engine. Start it with --stdio or
// --node-ipc. Each request is answered by one module in features/.
import {
  createConnection, ProposedFeatures, TextDocuments, ResponseError, TextDocumentSyncKind, FileChangeType, DidChangeConfigurationNotification,
  type InitializeParams, type InitializeResult, type Connection, type WorkDoneProgressServerReporter,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileURLToPath } from 'node:url';
import * as path from 'node:path';
import { Workspace } from './engine/workspace';
import { otherVersions } from './engine/translation/versions';
import { corpusDocuments } from './engine/queries';
import { DEFAULT_SETTINGS, readSettings, type ServerSettings } from './lsp/settings';
import { listDocuments, PathFilter, readDocument } from './node/files';
import { loadVocabulary, VOCABULARY_FILE } from './node/vocabularyFile';
import type { FeatureContext } from './features/context';
import { hover } from './features/hover';
import { definition } from './features/definition';
import { references } from './features/references';
import { documentLinks } from './features/documentLinks';
import { documentSymbols, workspaceSymbols } from './features/symbols';
import { foldingRanges, selectionRanges } from './features/ranges';
import { completion } from './features/completion';
import { prepareRename, rename } from './features/rename';
import { codeLenses } from './features/codeLens';
import { semanticTokens, TOKEN_MODIFIERS, TOKEN_TYPES } from './features/semanticTokens';
import { diagnostics } from './features/diagnostics';
import { codeActions } from './features/codeActions';
import { coverageTable, COVERAGE_REQUEST, type CoverageParams } from './features/coverage';
import { cancelUndispatched, cedeToMessages, inSlices, noteDispatch, noteInput, yieldToMessages, throwIfCancelled } from './lsp/slices';
import type { CancellationToken } from 'vscode-languageserver';
import { notePlace, type NotePlaceParams } from './features/notePlace';
import { OTHER_VERSIONS_REQUEST, otherVersionLocations, type OtherVersionParams } from './features/otherVersions';
import { loadTermBase } from './node/termBaseFile';
import { TERM_BASE_FILE } from './engine/translation/termBase';
import { IndexCache } from './node/indexCache';
import { ParseThread } from './node/parseThread';
import { TypingPause } from './lsp/typingPause';
import { prepareFromDisk, setFromDisk, type DiskIndexing, type PreparedDocument } from './lsp/diskDocuments';
import { workspaceKey, type ContentKeys } from './lsp/workspaceKey';
import { limitHeapGrowth } from './node/heapGrowth';
import type { Diagnostic } from 'vscode-languageserver';

limitHeapGrowth();
const connection: Connection = createConnection(ProposedFeatures.all, {
  connectionStrategy: { cancelUndispatched },
  // Counted so that long work can cede until the messages read meanwhile are handled (lsp/slices.ts).
  messageStrategy: { handleMessage: (message, handle) => { noteDispatch(); handle(message); } },
});
const documents = new TextDocuments(TextDocument);
let settings: ServerSettings = DEFAULT_SETTINGS;
let workspace = new Workspace({ maxLength: settings.maxFileSize });
let folders: string[] = [];
let canConfigure = false;
let canReportProgress = false;
let indexing = false;
/** Bumped by each indexing run: a run that sees a newer one stops, so two never write at once. */
let indexRun = 0;
let indexedDone = 0;
let indexedTotal = 0;
const context: FeatureContext = { workspace, settings: () => settings, indexing: () => (indexing ? { done: indexedDone, total: indexedTotal } : undefined) };
const published = new Map<string, number>();
/** The on-disk index cache, in the folder the client passes (initializationOptions.cacheFolder); none without one. */
let cache: IndexCache | undefined;
const parseThread = new ParseThread();
/** When the user last typed: indexing waits for a pause (typingPause.ts). */
const typing = new TypingPause();
/** The cache writes still under way: shutdown waits for them, so that the next start finds them. */
let cacheWrites: Promise<void> = Promise.resolve();
/** Per model read by the indexer: its text's cache key (for the workspace key), not the text. */
let contentKeys: ContentKeys = new WeakMap();

function log(message: string): void {
  connection.console.log(`[${new Date().toISOString().slice(11, 19)}] ${message}`);
}

/** Runs a request handler; a failure is logged and answered with `fallback`, never a crash. */
function guard<P, R>(name: string, handler: (params: P) => R, fallback: R): (params: P) => R {
  return (params: P) => {
    try {
      return handler(params);
    } catch (error) {
      if (error instanceof ResponseError) throw error; // a message meant for the user (e.g. "cannot rename here")
      log(`${name} failed: ${(error as Error)?.stack ?? error}`);
      return fallback;
    }
  };
}

/** The same for long requests: the cross-document answers they need are computed in slices first, and cancellation is honoured. */
function guardLong<P, R>(name: string, prepare: (token: CancellationToken) => Promise<void>, handler: (params: P) => R, fallback: R): (params: P, token: CancellationToken) => Promise<R> {
  return async (params: P, token: CancellationToken) => {
    try {
      await prepare(token);
      throwIfCancelled(token);
      return handler(params);
    } catch (error) {
      if (error instanceof ResponseError) throw error; // cancelled, or a message meant for the user
      log(`${name} failed: ${(error as Error)?.stack ?? error}`);
      return fallback;
    }
  };
}

/** Resolves every document's citations in slices (the incoming index needs them all). */
async function resolveAll(token: CancellationToken): Promise<void> {
  const target = workspace;
  await inSlices(target.all(), (model) => target.resolved(model.uri), token);
}

/** Resolution, then the term uses of every document that may use a definition. */
async function resolveAllAndTerms(token: CancellationToken): Promise<void> {
  await resolveAll(token);
  const target = workspace;
  // Only documents that incorporate others use definitions of another document.
  await inSlices(target.all().filter((model) => model.frontMatter.incorporates.length > 0), (model) => target.termUses(model.uri), token);
}

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const capabilities = params.capabilities;
  canConfigure = !!capabilities.workspace?.configuration;
  canReportProgress = !!capabilities.window?.workDoneProgress;
  folders = (params.workspaceFolders ?? []).map((folder) => safePath(folder.uri)).filter((p): p is string => !!p);
  if (folders.length === 0 && params.rootUri) {
    const root = safePath(params.rootUri);
    if (root) folders.push(root);
  }
  const initial = params.initializationOptions as { settings?: unknown; cacheFolder?: unknown } | undefined;
  if (initial?.settings) settings = readSettings(initial.settings);
  if (typeof initial?.cacheFolder === 'string' && path.isAbsolute(initial.cacheFolder)) cache = new IndexCache(initial.cacheFolder);
  else if (typeof initial?.cacheFolder === 'string') log(`index cache folder ignored (not an absolute path): ${initial.cacheFolder}`);
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      documentLinkProvider: { resolveProvider: false },
      documentSymbolProvider: { label: 'Treaty Lens' },
      workspaceSymbolProvider: true,
      foldingRangeProvider: true,
      selectionRangeProvider: true,
      completionProvider: { triggerCharacters: [' ', '§'] },
      renameProvider: { prepareProvider: true },
      codeLensProvider: { resolveProvider: false },
      codeActionProvider: { codeActionKinds: ['quickfix'] },
      semanticTokensProvider: { legend: { tokenTypes: TOKEN_TYPES, tokenModifiers: TOKEN_MODIFIERS }, full: true },
    },
    serverInfo: { name: 'treaty-lens', version: '0.1.0' },
  };
});

connection.onInitialized(async () => {
  if (canConfigure) {
    connection.client.register(DidChangeConfigurationNotification.type, { section: 'treatyLens' }).catch(() => undefined);
    await refreshSettings();
  }
  void indexWorkspace();
});

function safePath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

async function refreshSettings(): Promise<void> {
  try {
    const raw = await connection.workspace.getConfiguration({ section: 'treatyLens' });
    settings = readSettings(raw);
  } catch (error) {
    log(`could not read settings: ${(error as Error).message}`);
  }
}

connection.onDidChangeConfiguration(async (change) => {
  changes++;
  const previousFilter = `${settings.include}|${settings.exclude}|${settings.maxFileSize}`;
  if (canConfigure) await refreshSettings();
  else settings = readSettings((change.settings as { treatyLens?: unknown } | undefined)?.treatyLens);
  if (`${settings.include}|${settings.exclude}|${settings.maxFileSize}` !== previousFilter) {
    log('file settings changed: re-indexing');
    // A run still indexing the old workspace stops at its next step (indexWorkspace checks the run).
    indexing = false;
    workspace = new Workspace({ maxLength: settings.maxFileSize });
    context.workspace = workspace;
    for (const document of documents.all()) {
      // Kept for typing from this first version, as when it was opened (Workspace.open).
      workspace.open(document.uri);
      workspace.set(document.uri, document.getText(), document.version);
    }
    await indexWorkspace();
  } else {
    publishAll();
  }
});

/** What indexing from disk reads of the server's state (lsp/diskDocuments.ts). */
const disk: DiskIndexing = {
  isOpen: (uri) => !!documents.get(uri),
  current: () => workspace,
  cache: () => cache,
  maxFileSize: () => settings.maxFileSize,
  parseThread,
  contentKeys: () => contentKeys,
};

/** Indexes every document under the workspace folders, a few at a time so requests keep being answered. */
async function indexWorkspace(): Promise<void> {
  if (indexing) return;
  indexing = true;
  const run = ++indexRun;
  // This run fills this workspace; a settings change makes a new one and a new run.
  const target = workspace;
  const superseded = () => run !== indexRun;
  const started = Date.now();
  const filter = new PathFilter(settings.include, settings.exclude);
  await refreshVocabulary(target);
  await refreshTermBase(target);
  const files: string[] = [];
  for (const folder of folders) files.push(...(await listDocuments(folder, filter)));
  if (superseded()) return;
  indexedTotal = files.length;
  indexedDone = 0;
  let progress: WorkDoneProgressServerReporter | undefined;
  if (canReportProgress && files.length > 0) {
    try {
      progress = await connection.window.createWorkDoneProgress();
      progress.begin('Treaty Lens: indexing', 0, `${files.length} documents`, false);
    } catch {
      progress = undefined;
    }
  }
  sendStatus();
  let failures = 0;
  // One document ahead: the next is read and parsed (parse thread) while this one is put to rest here.
  let next = files.length > 0 ? prepareFromDisk(files[0], disk) : undefined;
  for (let i = 0; i < files.length; i++) {
    if (superseded()) { progress?.done(); return; }
    // Letters being typed come first: the rest of the workspace waits for a pause (typingPause.ts).
    await typing.nextStep();
    const prepared = await (next as Promise<PreparedDocument>);
    next = i + 1 < files.length ? prepareFromDisk(files[i + 1], disk) : undefined;
    if (superseded()) { progress?.done(); return; }
    // Opened while the disk copy was being read: the editor's buffer wins (already in the index, from didOpen).
    if (documents.get(prepared.uri)) { /* nothing to do */ }
    else if (prepared.model && prepared.text !== undefined) await setFromDisk(target, prepared, disk);
    else { failures++; log(prepared.error ?? `cannot read ${files[i]}`); }
    if (superseded()) { progress?.done(); return; }
    indexedDone = i + 1;
    if (i % 25 === 24) {
      progress?.report(Math.round((100 * indexedDone) / files.length), `${indexedDone}/${files.length}`);
      sendStatus();
    }
    // A keystroke or request that came in meanwhile is answered before the next document.
    await cedeToMessages();
  }
  progress?.done();
  indexing = false;
  const stats = cache ? `; cache: ${cache.stats.hits} read, ${cache.stats.written} written, ${cache.stats.rejected} rejected` : '';
  log(`indexed ${corpusDocuments(workspace).length} documents from ${folders.map((f) => path.basename(f)).join(', ') || 'no folder'} in ${Date.now() - started} ms${failures ? ` (${failures} could not be read)` : ''}${stats}`);
  await publishIndexed(run);
}

/**
 * After indexing: every document's diagnostics, the open documents' first, in slices so that
 * keystrokes and requests are answered in between. With a cache, an unchanged workspace (same
 * texts, settings, vocabulary, term base and engine) publishes the diagnostics it had last time.
 */
async function publishIndexed(run: number): Promise<void> {
  const target = workspace;
  const publishStarted = Date.now();
  const key = cache ? workspaceKey(cache.engine, target, settings, contentKeys) : undefined;
  const stored = cache && key ? await cache.loadDiagnostics<Diagnostic[]>(key) : undefined;
  const open = new Set(documents.all().map((document) => document.uri));
  const order = [...target.all().filter((model) => open.has(model.uri)), ...target.all().filter((model) => !open.has(model.uri))].map((model) => model.uri);
  const computed = new Map<string, Diagnostic[]>();
  const changesBefore = changes;
  try {
    await inSlices(order, (uri) => {
      if (run !== indexRun || target !== workspace) throw new Error('superseded');
      // After an edit, stored diagnostics may be stale: compute the rest.
      const list = !open.has(uri) && !documents.get(uri) && changes === changesBefore ? stored?.get(uri) : undefined;
      computed.set(uri, list ? sendDiagnostics(uri, list) : publishFor(uri) ?? []);
    }, undefined, () => typing.nextStep());
  } catch (error) {
    if ((error as Error).message !== 'superseded') log(`publishing diagnostics failed: ${(error as Error)?.stack ?? error}`);
    return;
  }
  sendStatus();
  if (cache) log(`diagnostics of ${order.length} documents published in ${Date.now() - publishStarted} ms (${stored ? 'read from the cache' : key ? 'computed; cached for next time' : 'computed; not cacheable'})`);
  if (cache && key && !stored && changes === changesBefore) {
    const writing = cache;
    cacheWrites = cacheWrites.then(async () => {
      await writing.saveDiagnostics(key, computed);
      await writing.prune(target.all().map((model) => model.uri));
    });
  }
  contentKeys = new WeakMap();
}

async function refreshVocabulary(target = workspace): Promise<void> {
  const { vocabulary, errors } = await loadVocabulary(folders);
  for (const error of errors) log(error);
  target.setVocabulary(vocabulary);
}

async function refreshTermBase(target = workspace): Promise<void> {
  const { termBase, errors } = await loadTermBase(folders);
  for (const error of errors) log(error);
  target.setTermBase(termBase);
}

/** Computes and sends a document's diagnostics; returns them (undefined when the checks failed). */
function publishFor(uri: string): Diagnostic[] | undefined {
  if (!workspace.get(uri)) {
    connection.sendDiagnostics({ uri, diagnostics: [] });
    published.delete(uri);
    return [];
  }
  try {
    return sendDiagnostics(uri, diagnostics(context, uri));
  } catch (error) {
    log(`diagnostics for ${uri} failed: ${(error as Error)?.stack ?? error}`);
    return undefined;
  }
}

function sendDiagnostics(uri: string, list: Diagnostic[]): Diagnostic[] {
  // The version lets the editor (and the benchmark) tell which edit these diagnostics answer.
  connection.sendDiagnostics({ uri, version: documents.get(uri)?.version, diagnostics: list });
  published.set(uri, list.filter((d) => d.severity !== undefined && d.severity <= 2).length);
  return list;
}

/** Re-publishes every document (settings, vocabulary or term base changed), open documents first, in slices. */
function publishAll(): void {
  const open = new Set(documents.all().map((document) => document.uri));
  const uris = workspace.all().map((model) => model.uri).sort((a, b) => Number(open.has(b)) - Number(open.has(a)));
  inSlices(uris, (uri) => publishFor(uri)).then(sendStatus, (error) => log(`publishing diagnostics failed: ${(error as Error)?.stack ?? error}`));
}

function sendStatus(): void {
  let problems = 0;
  for (const count of published.values()) problems += count;
  connection.sendNotification('treatyLens/status', { documents: corpusDocuments(workspace).length, problems, indexing, done: indexedDone, total: indexedTotal }).catch(() => undefined);
}

// Typing: the changed document is re-checked at once; its dependants shortly after, and only
// when the change can affect them (the workspace generation moved).
let dependantsTimer: NodeJS.Timeout | undefined;
/** Counts the changes to the index after indexing: diagnostics computed across one are not cached. */
let changes = 0;
const pendingDependants = new Set<string>();

function documentChanged(uri: string, text: string, version: number): void {
  changes++;
  const before = workspace.generation;
  const model = workspace.set(uri, text, version);
  publishFor(uri);
  // Documents whose checks read this one's text: those it incorporates learn whether their
  // terms are used (unused-definition); other versions compare themselves with it.
  const readers = [...workspace.incorporated(model), ...otherVersions(workspace, model)];
  if (workspace.generation !== before || readers.length > 0) {
    if (workspace.generation !== before) for (const dependant of workspace.dependents(uri)) pendingDependants.add(dependant);
    for (const other of readers) pendingDependants.add(other.uri);
    if (dependantsTimer) clearTimeout(dependantsTimer);
    // A structural change (the generation moved: a renumbered article, a new definition) shows in
    // its dependants at once; text that others only read is re-checked when typing pauses.
    dependantsTimer = setTimeout(() => void recheckDependants(), workspace.generation !== before ? 0 : 150);
  }
  sendStatus();
}

/** Re-checks the dependants in slices: keystrokes and requests arriving meanwhile are answered between slices. */
async function recheckDependants(): Promise<void> {
  dependantsTimer = undefined;
  const list = [...pendingDependants];
  pendingDependants.clear();
  try {
    await inSlices(list, (uri) => publishFor(uri));
  } catch (error) {
    log(`re-checking dependants failed: ${(error as Error)?.stack ?? error}`);
  }
  sendStatus();
}

// Before its first version is analysed (the library fires onDidOpen, then onDidChangeContent).
documents.onDidOpen((event) => workspace.open(event.document.uri));

documents.onDidChangeContent((event) => {
  typing.typed();
  try {
    documentChanged(event.document.uri, event.document.getText(), event.document.version);
  } catch (error) {
    log(`analysis of ${event.document.uri} failed: ${(error as Error)?.stack ?? error}`);
  }
});

documents.onDidClose(async (event) => {
  // Back to the disk's content, or out of the index if the file is gone (or never existed).
  const file = safePath(event.document.uri);
  workspace.close(event.document.uri);
  const result = file ? await readDocument(file) : { text: undefined };
  if (documents.get(event.document.uri)) return; // reopened while the disk copy was being read: the buffer wins
  if (result.text !== undefined) documentChanged(event.document.uri, result.text, 0);
  else {
    workspace.delete(event.document.uri);
    publishFor(event.document.uri);
    sendStatus();
  }
});

connection.onDidChangeWatchedFiles(async (params) => {
  changes++;
  const filter = new PathFilter(settings.include, settings.exclude);
  if (params.changes.some((change) => change.uri.endsWith('/' + VOCABULARY_FILE))) {
    await refreshVocabulary();
    publishAll();
  }
  if (params.changes.some((change) => change.uri.endsWith('/' + TERM_BASE_FILE))) {
    await refreshTermBase();
    publishAll();
  }
  for (const change of params.changes) {
    if (documents.get(change.uri)) continue; // open documents win over the disk
    const file = safePath(change.uri);
    if (!file) continue;
    const relative = folders.map((folder) => path.relative(folder, file)).find((rel) => !rel.startsWith('..'));
    if (relative === undefined || !filter.accepts(relative)) continue;
    if (change.type === FileChangeType.Deleted) {
      const dependants = workspace.get(change.uri) ? workspace.dependents(change.uri) : [];
      workspace.delete(change.uri);
      publishFor(change.uri);
      for (const dependant of dependants) publishFor(dependant);
    } else {
      const result = await readDocument(file);
      if (documents.get(change.uri)) continue; // opened while the disk copy was being read
      if (result.text !== undefined) documentChanged(change.uri, result.text, 0);
      else log(result.error ?? `cannot read ${file}`);
    }
  }
  sendStatus();
});

connection.onHover(guard('hover', (p) => hover(context, p), null));
connection.onDefinition(guard('definition', (p) => definition(context, p), null));
connection.onReferences(guardLong('references', resolveAllAndTerms, (p) => references(context, p), null));
connection.onDocumentLinks(guard('documentLinks', (p) => documentLinks(context, p), []));
connection.onDocumentSymbol(guard('documentSymbol', (p) => documentSymbols(context, p), []));
connection.onWorkspaceSymbol(guardLong('workspaceSymbol', () => yieldToMessages(), (p) => workspaceSymbols(context, p), []));
connection.onFoldingRanges(guard('foldingRanges', (p) => foldingRanges(context, p), []));
connection.onSelectionRanges(guard('selectionRanges', (p) => selectionRanges(context, p), []));
connection.onCompletion(guard('completion', (p) => completion(context, p), []));
connection.onPrepareRename(guard('prepareRename', (p) => prepareRename(context, p), null));
connection.onRenameRequest(guardLong('rename', resolveAllAndTerms, (p) => rename(context, p), null));
connection.onCodeLens(guardLong('codeLens', resolveAll, (p) => codeLenses(context, p), []));
connection.onCodeAction(guard('codeAction', (p) => codeActions(context, p), []));
connection.onRequest(COVERAGE_REQUEST, guard('coverageTable', (p: CoverageParams) => coverageTable(context, p), null));
connection.onRequest('treatyLens/notePlace', guard('notePlace', (p: NotePlaceParams) => notePlace(context, p), null));
connection.onRequest(OTHER_VERSIONS_REQUEST, guard('otherVersions', (p: OtherVersionParams) => otherVersionLocations(context, p), []));
connection.languages.semanticTokens.on(guard('semanticTokens', (p) => semanticTokens(context, p), { data: [] }));

connection.onShutdown(async () => {
  await cacheWrites.catch(() => undefined);
  parseThread.stop();
});

process.on('uncaughtException', (error) => log(`uncaught: ${error.stack ?? error}`));
process.on('unhandledRejection', (error) => log(`unhandled rejection: ${(error as Error)?.stack ?? error}`));

documents.listen(connection);
connection.listen();
// What the client sends is read here too (counted only): see cedeToMessages.
if (process.argv.includes('--stdio')) process.stdin.on('data', noteInput);
else if (process.send) process.on('message', noteInput);
