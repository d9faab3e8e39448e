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

  await startClient(context);
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
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{*.md,*.markdown,treaty-lens.vocabulary.yaml}'),
    },
    outputChannel: output,
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
