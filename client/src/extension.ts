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
