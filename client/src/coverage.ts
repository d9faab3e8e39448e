// The coverage view: a webview that shows the server's correspondence table (treaty articles
// down, laws across, cells coloured by status). The server renders the HTML with every piece
// of document text escaped and a strict content security policy; this side only supplies a
// nonce, opens the provisions clicked and saves exports.
import * as vscode from 'vscode';
import { randomBytes } from 'node:crypto';
import type { LanguageClient } from 'vscode-languageclient/node';

const REQUEST = 'treatyLens/coverageTable';
type Format = 'md' | 'csv' | 'html' | 'json';
const EXTENSIONS: Record<Format, string> = { md: 'md', csv: 'csv', html: 'html', json: 'json' };

interface CoverageResult {
  treatyId: string;
  title: string;
  treaties: Array<{ id: string; title: string }>;
  content: string;
}

let panel: vscode.WebviewPanel | undefined;
let shownTreaty: string | undefined;

export function registerCoverage(context: vscode.ExtensionContext, getClient: () => LanguageClient | undefined): void {
  const request = async (params: Record<string, unknown>): Promise<CoverageResult | undefined> => {
    const client = getClient();
    if (!client) return undefined;
    try {
      return await client.sendRequest<CoverageResult>(REQUEST, params);
    } catch (error) {
      vscode.window.showWarningMessage(`Treaty Lens: ${(error as Error).message}`);
      return undefined;
    }
  };

  const render = async (treatyId?: string): Promise<void> => {
    if (!panel) return;
    const nonce = randomBytes(16).toString('base64').replace(/[^A-Za-z0-9]/g, '');
    const result = await request({ treatyId, uri: vscode.window.activeTextEditor?.document.uri.toString(), format: 'webview', nonce, cspSource: panel.webview.cspSource });
    if (!result || !panel) return;
    shownTreaty = result.treatyId;
    panel.title = `Coverage: ${result.title}`;
    panel.webview.html = result.content;
  };

  const exportTable = async (format?: Format, treatyId?: string): Promise<void> => {
    const chosen = format ?? (await vscode.window.showQuickPick(['md', 'csv', 'html', 'json'], { placeHolder: 'Export the correspondence table as…' })) as Format | undefined;
    if (!chosen || !(chosen in EXTENSIONS)) return;
    const result = await request({ treatyId: treatyId ?? shownTreaty, uri: vscode.window.activeTextEditor?.document.uri.toString(), format: chosen });
    if (!result) return;
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const target = await vscode.window.showSaveDialog({
      defaultUri: folder ? vscode.Uri.joinPath(folder, `${result.treatyId}-table.${EXTENSIONS[chosen]}`) : undefined,
      filters: { [chosen.toUpperCase()]: [EXTENSIONS[chosen]] },
    });
    if (!target) return;
    await vscode.workspace.fs.writeFile(target, Buffer.from(result.content, 'utf8'));
    vscode.window.showInformationMessage(`Treaty Lens: correspondence table written to ${vscode.workspace.asRelativePath(target)}.`);
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('treatyLens.showCoverage', async (treatyId?: unknown) => {
      if (panel) panel.reveal(vscode.ViewColumn.Beside);
      else {
        panel = vscode.window.createWebviewPanel('treatyLens.coverage', 'Coverage', vscode.ViewColumn.Beside, { enableScripts: true, localResourceRoots: [], retainContextWhenHidden: false });
        panel.onDidDispose(() => { panel = undefined; }, undefined, context.subscriptions);
        panel.webview.onDidReceiveMessage((message: unknown) => onMessage(message, render, exportTable), undefined, context.subscriptions);
      }
      await render(typeof treatyId === 'string' ? treatyId : undefined);
    }),
    vscode.commands.registerCommand('treatyLens.exportCoverage', (format?: unknown, treatyId?: unknown) =>
      exportTable(typeof format === 'string' ? format as Format : undefined, typeof treatyId === 'string' ? treatyId : undefined)),
    // A saved mapping shows in the table at once.
    vscode.workspace.onDidSaveTextDocument((document) => {
      if (panel && document.languageId === 'markdown') void render(shownTreaty);
    }),
  );
}

/** Messages come from our own script; they are still checked before anything is opened. */
async function onMessage(message: unknown, render: (treatyId?: string) => Promise<void>, exportTable: (format?: Format) => Promise<void>): Promise<void> {
  if (!message || typeof message !== 'object') return;
  const { command, uri, line, format } = message as { command?: unknown; uri?: unknown; line?: unknown; format?: unknown };
  if (command === 'open' && typeof uri === 'string' && typeof line === 'number' && Number.isInteger(line) && line >= 0) {
    const target = vscode.Uri.parse(uri, true);
    if (target.scheme !== 'file' && target.scheme !== 'untitled') return;
    const position = new vscode.Position(line, 0);
    await vscode.window.showTextDocument(target, { viewColumn: vscode.ViewColumn.One, selection: new vscode.Range(position, position) });
  } else if (command === 'export' && typeof format === 'string' && format in EXTENSIONS) {
    await exportTable(format as Format);
  } else if (command === 'refresh') {
    await render(shownTreaty);
  }
}
