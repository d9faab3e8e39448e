// The VS Code client: starts the Treaty Lens language server, and adds a status bar item,
// an output channel and a few commands. All analysis happens in the server.
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  TransportKind,
  State,
} from 'vscode-languageclient/node';
import { registerCoverage } from './coverage';

let client: LanguageClient | undefined;
let statusItem: vscode.StatusBarItem | undefined;
let output: vscode.OutputChannel | undefined;

interface IndexStatus {
  documents: number;
  problems: number;
  indexing: boolean;
  done?: number;
  total?: number;
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel('Treaty Lens');
  statusItem = vscode.window.createStatusBarItem('treatyLens.status', vscode.StatusBarAlignment.Left, 10);
  statusItem.name = 'Treaty Lens';
  statusItem.text = '$(law) Treaty Lens: starting…';
  statusItem.command = 'treatyLens.showOutput';
  statusItem.show();
  context.subscriptions.push(output, statusItem);

  context.subscriptions.push(
    vscode.commands.registerCommand('treatyLens.restartServer', async () => {
      output?.appendLine('Restarting the language server…');
      await client?.restart();
    }),
    vscode.commands.registerCommand('treatyLens.showOutput', () => output?.show(true)),
    vscode.commands.registerCommand('treatyLens.showDefinitionToSide', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      const locations = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
        'vscode.executeDefinitionProvider', editor.document.uri, editor.selection.active);
      const first = locations?.[0];
      if (!first) {
        vscode.window.showInformationMessage('Treaty Lens: no definition or target under the cursor.');
        return;
      }
      const uri = 'targetUri' in first ? first.targetUri : first.uri;
      const range = 'targetUri' in first ? (first.targetSelectionRange ?? first.targetRange) : first.range;
      await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.Beside, selection: range, preserveFocus: true });
    }),
    vscode.commands.registerCommand('treatyLens.addNote', addNote),
    // The server's code lenses ("referenced by 3") carry [uri, position, locations] in protocol
    // form; convert them and open VS Code's references peek. Without arguments (command
    // palette): the references of whatever is under the cursor.
    vscode.commands.registerCommand('treatyLens.showReferences', async (uri?: string, position?: unknown, locations?: unknown[]) => {
      if (typeof uri !== 'string' || !position || !Array.isArray(locations) || !client) {
        await vscode.commands.executeCommand('editor.action.referenceSearch.trigger');
        return;
      }
      const converter = client.protocol2CodeConverter;
      await vscode.commands.executeCommand(
        'editor.action.showReferences',
        converter.asUri(uri),
        converter.asPosition(position as Parameters<typeof converter.asPosition>[0]),
        locations.map((location) => converter.asLocation(location as Parameters<typeof converter.asLocation>[0])),
      );
    }),
  );

  registerCoverage(context, () => client);
  await startClient(context);
  registerOtherVersions(context);
}

interface OtherVersion {
  uri: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  documentId: string;
  language: string;
  name: string;
  fromRange: { start: { line: number; character: number } };
}

/** Language versions: open the aligned unit beside the editor, and scroll the two editors together. */
function registerOtherVersions(context: vscode.ExtensionContext): void {
  const ask = async (document: vscode.TextDocument, position: vscode.Position): Promise<OtherVersion[]> =>
    (await client?.sendRequest<OtherVersion[]>('treatyLens/otherVersions', { textDocument: { uri: document.uri.toString() }, position: { line: position.line, character: position.character } })) ?? [];
  const toRange = (range: OtherVersion['range']) => new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);

  context.subscriptions.push(vscode.commands.registerCommand('treatyLens.showOtherVersion', async (uri?: string, range?: OtherVersion['range']) => {
    let target: { uri: string; range: OtherVersion['range'] } | undefined = typeof uri === 'string' && range ? { uri, range } : undefined;
    if (!target) {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      const versions = await ask(editor.document, editor.selection.active);
      if (!versions.length) {
        vscode.window.showInformationMessage('Treaty Lens: this document has no other language version in the workspace (front matter "translation-of").');
        return;
      }
      const picked = versions.length === 1 ? versions[0] : (await vscode.window.showQuickPick(
        versions.map((version) => ({ label: `${version.language}: ${version.name}`, description: version.documentId, version })), { placeHolder: 'Open which version beside?' }))?.version;
      if (!picked) return;
      target = picked;
    }
    const selection = toRange(target.range);
    const editor = await vscode.window.showTextDocument(vscode.Uri.parse(target.uri), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true, selection: new vscode.Range(selection.start, selection.start) });
    editor.revealRange(selection, vscode.TextEditorRevealType.AtTop);
  }));

  // Scrolling one version scrolls the others that are visible to the aligned unit. Reveals we
  // cause are not followed back, so the editors never chase each other.
  const quietUntil = new WeakMap<vscode.TextEditor, number>();
  let timer: NodeJS.Timeout | undefined;
  context.subscriptions.push(vscode.window.onDidChangeTextEditorVisibleRanges((event) => {
    const source = event.textEditor;
    if (!vscode.workspace.getConfiguration('treatyLens', source.document.uri).get<boolean>('scrollSync.enabled', true)) return;
    if ((quietUntil.get(source) ?? 0) > Date.now() || source.document.languageId !== 'markdown' || !event.visibleRanges.length) return;
    const others = vscode.window.visibleTextEditors.filter((editor) => editor !== source && editor.document.languageId === 'markdown');
    if (!others.length) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(async () => {
      timer = undefined;
      try {
        const top = event.visibleRanges[0].start;
        const versions = await ask(source.document, new vscode.Position(top.line, 0));
        for (const version of versions) {
          const editor = others.find((other) => other.document.uri.toString() === version.uri);
          if (!editor) continue;
          // Keep the same distance from the unit's heading in both editors.
          const offset = Math.max(0, top.line - version.fromRange.start.line);
          const line = Math.min(editor.document.lineCount - 1, version.range.start.line + offset);
          quietUntil.set(editor, Date.now() + 400);
          editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.AtTop);
        }
      } catch (error) {
        output?.appendLine(`scroll sync: ${(error as Error).message}`);
      }
    }, 60);
  }));
}

interface NotePlace { heading: string; documentId: string; documentTitle: string; commentaries: Array<{ uri: string; title: string; noteLine?: number }> }

/**
 * "Add a note to this article": opens the section about the unit at the cursor in a commentary
 * the user picks (or a new one next to the document), creating the section if it is not there.
 * `commentary` (a file URI) skips the choice: for tests and keybindings.
 */
async function addNote(commentary?: string): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !client) return;
  const place = await client.sendRequest<NotePlace | null>('treatyLens/notePlace', {
    textDocument: { uri: editor.document.uri.toString() },
    position: { line: editor.selection.active.line, character: editor.selection.active.character },
  });
  if (!place) {
    vscode.window.showInformationMessage('Treaty Lens: put the cursor in an article, section or paragraph of a treaty or law to add a note to it.');
    return;
  }
  let target = typeof commentary === 'string' ? vscode.Uri.parse(commentary) : undefined;
  if (!target) {
    const newFile = vscode.Uri.joinPath(editor.document.uri, '..', `notes-${place.documentId}.md`);
    const items = [
      ...place.commentaries.map((c) => ({ label: c.title, description: c.noteLine === undefined ? 'new section' : 'has a note on it', uri: vscode.Uri.parse(c.uri) })),
      ...(place.commentaries.some((c) => vscode.Uri.parse(c.uri).toString() === newFile.toString()) ? [] : [{ label: `New commentary: notes-${place.documentId}.md`, description: 'beside this document', uri: newFile }]),
    ];
    const picked = items.length === 1 ? items[0] : await vscode.window.showQuickPick(items, { placeHolder: `Add a note on ${place.heading} in…` });
    if (!picked) return;
    target = picked.uri;
  }
  let exists = true;
  try { await vscode.workspace.fs.stat(target); } catch { exists = false; }
  if (!exists) {
    const frontMatter = `---\nid: notes-${place.documentId}\ntitle: "Notes on ${place.documentTitle.replace(/"/g, "'")}"\ntype: commentary\nlanguage: en\nannotates: ${place.documentId}\n---\n\n# Notes on ${place.documentTitle}\n`;
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(frontMatter));
  }
  const document = await vscode.workspace.openTextDocument(target);
  const known = place.commentaries.find((c) => vscode.Uri.parse(c.uri).toString() === target!.toString());
  const shown = await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside });
  if (known?.noteLine !== undefined) {
    const at = new vscode.Position(known.noteLine + 2, 0);
    shown.selection = new vscode.Selection(at, at);
    shown.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenter);
    return;
  }
  const end = document.lineAt(document.lineCount - 1).range.end;
  const section = `${document.getText().endsWith('\n') ? '' : '\n'}\n## ${place.heading}\n\n`;
  await shown.edit((edit) => edit.insert(end, section));
  const last = new vscode.Position(shown.document.lineCount - 1, 0);
  shown.selection = new vscode.Selection(last, last);
  shown.revealRange(new vscode.Range(last, last), vscode.TextEditorRevealType.InCenter);
}

async function startClient(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file', language: 'markdown' }, { scheme: 'untitled', language: 'markdown' }],
    synchronize: {
      configurationSection: 'treatyLens',
      // Documents, and the rival-vocabulary table the terminology checks read.
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{*.md,*.markdown,treaty-lens.vocabulary.yaml,treaty-lens.termbase.yaml}'),
    },
    outputChannel: output,
    // The server keeps its index cache in the workspace's storage folder (none without a folder):
    // reopening an unchanged workspace then reads the index instead of recomputing it.
    initializationOptions: context.storageUri?.scheme === 'file' ? { cacheFolder: path.join(context.storageUri.fsPath, 'index-cache') } : undefined,
    // A crashed server is restarted (vscode-languageclient's default error handler: up to 4
    // restarts in 3 minutes, then a message); the new server gets every open document with
    // its unsaved text through didOpen, so nothing typed is lost.
    connectionOptions: { maxRestartCount: 4 },
    middleware: {
      // VS Code's built-in markdown extension already outlines headings; ours can be turned off
      // (treatyLens.documentSymbols.enabled) so that the Outline shows one tree, not two.
      provideDocumentSymbols: (document, token, next) =>
        vscode.workspace.getConfiguration('treatyLens', document.uri).get<boolean>('documentSymbols.enabled', true) ? next(document, token) : [],
    },
  };
  client = new LanguageClient('treatyLens', 'Treaty Lens', serverOptions, clientOptions);
  context.subscriptions.push(client);
  client.onDidChangeState((event) => {
    if (event.newState === State.Stopped && statusItem) statusItem.text = '$(law) Treaty Lens: stopped';
    if (event.oldState === State.Running && event.newState === State.Starting) {
      output?.appendLine('The language server stopped; restarting it with the open documents.');
      if (statusItem) statusItem.text = '$(sync~spin) Treaty Lens: restarting…';
    }
  });
  await client.start();
  context.subscriptions.push(
    client.onNotification('treatyLens/status', (status: IndexStatus) => updateStatus(status)),
  );
}

function updateStatus(status: IndexStatus): void {
  if (!statusItem) return;
  if (status.indexing) {
    const progress = status.total ? ` ${status.done ?? 0}/${status.total}` : '';
    statusItem.text = `$(sync~spin) Treaty Lens: indexing${progress}`;
  } else {
    const docs = `${status.documents} document${status.documents === 1 ? '' : 's'}`;
    const problems = `${status.problems} problem${status.problems === 1 ? '' : 's'}`;
    statusItem.text = `$(law) Treaty Lens: ${docs}, ${problems}`;
  }
  statusItem.tooltip = 'Treaty Lens index: click to show the output channel';
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
