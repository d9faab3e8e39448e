// Runs INSIDE VS Code's extension host, against the real Treaty Lens extension and its language
// server, through the same API commands other extensions and the workbench use. The workspace is
// a copy of the corpus plus draft-act.md (test/e2e/fixtures.ts).
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as vscode from 'vscode';

const EXTENSION_ID = 'treaty-lens.treaty-lens';

function folder(): vscode.Uri {
  const first = vscode.workspace.workspaceFolders?.[0];
  assert.ok(first, 'a workspace folder is open');
  return first.uri;
}

function fileUri(name: string): vscode.Uri {
  return vscode.Uri.joinPath(folder(), name);
}

function positionOf(document: vscode.TextDocument, needle: string, after?: string, shift = 0): vscode.Position {
  const text = document.getText();
  const from = after ? text.indexOf(after) : 0;
  assert.ok(from >= 0, `"${after}" is in ${document.uri.path}`);
  const index = text.indexOf(needle, from);
  assert.ok(index >= 0, `"${needle}" is after "${after}"`);
  return document.positionAt(index + shift);
}

async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 30000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== null && value !== false) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${last}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The language servers this extension host started (its children running dist/server.js). */
function serverProcesses(): number[] {
  let listing = '';
  try {
    listing = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(process.pid)], { encoding: 'utf8' });
  } catch {
    return []; // ps exits 1 when there is no child
  }
  return listing.split('\n').filter((line) => /dist[\\/]server\.js/.test(line)).map((line) => Number(line.trim().split(/\s+/)[0]));
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

function targetOf(location: vscode.Location | vscode.LocationLink): { uri: vscode.Uri; range: vscode.Range } {
  return 'targetUri' in location ? { uri: location.targetUri, range: location.targetSelectionRange ?? location.targetRange } : location;
}

describe('Treaty Lens inside the VS Code extension host', function () {
  let budapest: vscode.TextDocument;

  before(async function () {
    this.timeout(120000);
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is loaded`);
    budapest = await vscode.workspace.openTextDocument(fileUri('coe-ets185-en.md'));
    await vscode.window.showTextDocument(budapest);
    await extension.activate();
    assert.ok(extension.isActive, 'the extension activated on a markdown file');
    // The server answers once it has indexed the workspace.
    const at = positionOf(budapest, 'computer data', 'Article 4 – Data interference', 3);
    await until('the first hover', async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', budapest.uri, at);
      return /any representation of facts/.test(hoverText(hovers)) || undefined;
    }, 90000);
  });

  it('contributes its commands', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const command of ['treatyLens.restartServer', 'treatyLens.showOutput', 'treatyLens.showDefinitionToSide', 'treatyLens.showReferences', 'treatyLens.addNote']) {
      assert.ok(commands.includes(command), `${command} is registered`);
    }
  });

  it('hover on "computer data" in article 4 shows the definition from article 1', async () => {
    const at = positionOf(budapest, 'computer data', 'Article 4 – Data interference', 3);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', budapest.uri, at);
    const text = hoverText(hovers);
    assert.match(text, /computer data/);
    assert.match(text, /Article 1/);
    assert.match(text, /any representation of facts, information or concepts in a form suitable for processing in a computer system/);
  });

  it('go to definition on "Articles 2 through 11" in article 13 lands on article 2', async () => {
    const at = positionOf(budapest, 'Articles 2 through 11', 'Article 13 – Sanctions and measures', 'Articles '.length);
    const locations = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', budapest.uri, at);
    assert.ok(locations.length >= 1, 'a definition');
    const target = targetOf(locations[0]);
    assert.equal(target.uri.toString(), budapest.uri.toString());
    assert.match(budapest.lineAt(target.range.start.line).text, /Article 2 – Illegal access/);
  });

  it('go to definition on a citation found only in part ("article 626, alinéa 2" of the Benin code) opens article 626, and the hover says so', async () => {
    const benin = await vscode.workspace.openTextDocument(fileUri('bj-code-numerique.md'));
    const at = positionOf(benin, 'article 626, alinéa 2', undefined, 'article '.length);
    const locations = await until('the definition of a partial citation', async () => {
      const found = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', benin.uri, at);
      return found.length ? found : undefined;
    });
    assert.match(benin.lineAt(targetOf(locations[0]).range.start.line).text, /^### Article 626 :/);
    // Until the workspace is indexed the hover says so instead ("the workspace is still being indexed").
    const text = await until('the hover of a partial citation, once indexed', async () => {
      const hovered = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', benin.uri, at));
      return /still being indexed/.test(hovered) ? undefined : hovered;
    });
    assert.match(text, /has no alinea 2/);
    assert.match(text, /Only Article 626 was found: Go to Definition opens it/);
  });

  it('find references on article 14 lists the citations of it', async () => {
    const at = positionOf(budapest, 'Article 14 – Scope of procedural provisions', undefined, 9);
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', budapest.uri, at);
    const ours = locations.filter((l) => l.uri.toString() === budapest.uri.toString());
    assert.ok(ours.length >= 5, `article 14 is cited several times, got ${ours.length}`);
    for (const location of ours) assert.match(budapest.getText(location.range), /14|Article/i);
  });

  it('publishes the broken reference "article 99" of the draft as an error', async () => {
    const draft = await vscode.workspace.openTextDocument(fileUri('draft-act.md'));
    await vscode.window.showTextDocument(draft);
    const broken = await until('diagnostics of the draft', () => {
      const list = vscode.languages.getDiagnostics(draft.uri).filter((d) => /99/.test(d.message));
      return list.length ? list : undefined;
    });
    assert.equal(broken.length, 1);
    assert.equal(broken[0].severity, vscode.DiagnosticSeverity.Error);
    const code = typeof broken[0].code === 'object' ? broken[0].code.value : broken[0].code;
    assert.equal(code, 'broken-reference');
    assert.match(draft.getText(broken[0].range), /99/);
    // article 2 of the same Convention resolves: no error about it.
    assert.ok(!vscode.languages.getDiagnostics(draft.uri).some((d) => d.severity === vscode.DiagnosticSeverity.Error && /\barticle 2\b/i.test(d.message)));
    await vscode.window.showTextDocument(budapest);
  });

  it('outlines the articles (document symbols), and the setting turns our outline off', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', budapest.uri);
    const flat: vscode.DocumentSymbol[] = [];
    const walk = (list: vscode.DocumentSymbol[]) => { for (const s of list) { flat.push(s); walk(s.children ?? []); } };
    walk(symbols);
    const article2 = flat.find((s) => /^Article 2 – Illegal access/.test(s.name) && s.kind === vscode.SymbolKind.Class);
    assert.ok(article2, `Treaty Lens outlines article 2 (got ${flat.slice(0, 8).map((s) => `${s.name}/${s.kind}`).join(', ')})`);
    const article14 = flat.find((s) => /^Article 14 – Scope of procedural provisions/.test(s.name) && s.kind === vscode.SymbolKind.Class);
    assert.ok(article14 && article14.children.length >= 3, 'article 14 with its paragraphs');

    const config = vscode.workspace.getConfiguration('treatyLens');
    await config.update('documentSymbols.enabled', false, vscode.ConfigurationTarget.Workspace);
    // VS Code caches outlines per document version: change the version, then revert.
    const edit = new vscode.WorkspaceEdit();
    edit.insert(budapest.uri, budapest.lineAt(budapest.lineCount - 1).range.end, ' ');
    await vscode.workspace.applyEdit(edit);
    try {
      await until('our outline to disappear', async () => {
        const again = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', budapest.uri);
        const all: vscode.DocumentSymbol[] = [];
        const collect = (list: vscode.DocumentSymbol[]) => { for (const s of list) { all.push(s); collect(s.children ?? []); } };
        collect(again);
        return all.every((s) => s.kind !== vscode.SymbolKind.Class) || undefined;
      }, 10000);
    } finally {
      await config.update('documentSymbols.enabled', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.window.showTextDocument(budapest);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    assert.ok(!budapest.isDirty, 'the document is back as it was');
  });

  it('gives semantic tokens with the contributed legend', async () => {
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', budapest.uri);
    assert.ok(legend, 'a legend');
    for (const type of ['definedTerm', 'reference', 'unitLabel']) assert.ok(legend.tokenTypes.includes(type), `token type ${type}`);
    const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', budapest.uri);
    assert.ok(tokens && tokens.data.length > 100, 'many tokens');
  });

  it('treatyLens.addNote creates a commentary with a section on the article at the cursor, and finds an existing note', async () => {
    const editor = await vscode.window.showTextDocument(budapest, vscode.ViewColumn.One);
    const inArticle7 = positionOf(budapest, 'Each Party shall adopt', '##### Article 7 – Computer-related forgery', 5);
    editor.selection = new vscode.Selection(inArticle7, inArticle7);
    const created = fileUri('my-notes-on-budapest.md');
    await vscode.commands.executeCommand('treatyLens.addNote', created.toString());
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(created)) + (vscode.workspace.textDocuments.find((d) => d.uri.toString() === created.toString())?.getText() ?? '');
    assert.match(text, /annotates: coe-ets185-en/);
    const opened = vscode.window.activeTextEditor!;
    assert.equal(opened.document.uri.toString(), created.toString());
    assert.match(opened.document.getText(), /\n## Article 7\n\n$/);
    await opened.document.save();
    // The shipped commentary already has a note on article 2: the command goes there.
    const again = await vscode.window.showTextDocument(budapest, vscode.ViewColumn.One);
    const inArticle2 = positionOf(budapest, 'Each Party shall adopt', '##### Article 2 – Illegal access', 5);
    again.selection = new vscode.Selection(inArticle2, inArticle2);
    const shipped = fileUri('notes-coe-ets185-offences.md');
    await vscode.commands.executeCommand('treatyLens.addNote', shipped.toString());
    const notes = vscode.window.activeTextEditor!;
    assert.equal(notes.document.uri.toString(), shipped.toString());
    const headingLine = notes.document.getText().split('\n').indexOf('## Article 2');
    assert.ok(headingLine > 0 && Math.abs(notes.selection.active.line - headingLine) <= 2, `cursor at line ${notes.selection.active.line}, note at ${headingLine}`);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(created);
    budapest = await vscode.workspace.openTextDocument(fileUri('coe-ets185-en.md'));
    await vscode.window.showTextDocument(budapest);
  });

  it('treatyLens.showDefinitionToSide opens article 2 beside the editor', async () => {
    const editor = await vscode.window.showTextDocument(budapest, vscode.ViewColumn.One);
    const at = positionOf(budapest, 'Articles 2 through 11', 'Article 13 – Sanctions and measures', 'Articles '.length);
    editor.selection = new vscode.Selection(at, at);
    await vscode.commands.executeCommand('treatyLens.showDefinitionToSide');
    const beside = await until('an editor beside', () => vscode.window.visibleTextEditors.find((e) => e.viewColumn === vscode.ViewColumn.Two));
    assert.equal(beside.document.uri.toString(), budapest.uri.toString());
    assert.match(beside.document.lineAt(beside.selection.active.line).text, /Article 2 – Illegal access/);
    await vscode.commands.executeCommand('workbench.action.closeEditorsInOtherGroups');
  });

  it('the "referenced by" code lens runs treatyLens.showReferences with converted arguments', async () => {
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', budapest.uri);
    const lens = lenses.find((l) => l.command?.command === 'treatyLens.showReferences' && /referenced by/.test(l.command.title));
    assert.ok(lens?.command, 'a "referenced by N" code lens');
    // The arguments arrive in protocol form (the client does not convert command arguments).
    const [uri, position, locations] = lens.command.arguments ?? [];
    assert.equal(typeof uri, 'string');
    assert.ok(position && Array.isArray(locations) && locations.length > 0);
    await vscode.commands.executeCommand(lens.command.command, ...(lens.command.arguments ?? []));
    await vscode.commands.executeCommand('closeReferenceSearch');
  });

  it('treatyLens.showOutput and treatyLens.restartServer work, and the server answers again', async () => {
    await vscode.commands.executeCommand('treatyLens.showOutput');
    await vscode.commands.executeCommand('treatyLens.restartServer');
    const at = positionOf(budapest, 'computer data', 'Article 4 – Data interference', 3);
    await until('a hover after the restart', async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', budapest.uri, at);
      return /any representation of facts/.test(hoverText(hovers)) || undefined;
    }, 60000);
  });

  it('a crashed server is restarted and gets the unsaved text back', async () => {
    // Nothing may save the buffer behind the test's back (code-server may default to auto save).
    await vscode.workspace.getConfiguration('files').update('autoSave', 'off', vscode.ConfigurationTarget.Workspace);
    const draft = await vscode.workspace.openTextDocument(fileUri('draft-act.md'));
    const editor = await vscode.window.showTextDocument(draft);
    // Unsaved text: a citation that exists only in the editor's buffer.
    await editor.edit((builder) => builder.insert(draft.lineAt(draft.lineCount - 1).range.end, '\n\nUnsaved: see article 77 of the Convention.\n'));
    const unsaved = draft.getText();
    assert.ok(draft.isDirty, 'the buffer is unsaved when the server dies');
    await until('the unsaved citation to be checked', () => vscode.languages.getDiagnostics(draft.uri).some((d) => /77/.test(d.message)) || undefined);
    const [crashed] = serverProcesses();
    assert.ok(crashed, 'the language server runs as a child of the extension host');
    process.kill(crashed, 'SIGKILL');
    const restarted = await until('a new server process', () => serverProcesses().find((pid) => pid !== crashed), 60000);
    assert.notEqual(restarted, crashed);
    // The new server has the buffer, not the disk: its hover on the unsaved citation explains it.
    const at = positionOf(draft, 'article 77', 'Unsaved: see', 'article '.length);
    const text = await until('a hover on the unsaved citation from the new server', async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', draft.uri, at);
      const value = hoverText(hovers);
      return /77/.test(value) ? value : undefined;
    }, 60000);
    assert.match(text, /article 77/i);
    await until('the unsaved citation diagnosed again', () => vscode.languages.getDiagnostics(draft.uri).some((d) => /77/.test(d.message)) || undefined);
    assert.equal(draft.getText(), unsaved, 'the unsaved text is intact');
    assert.ok(draft.isDirty, 'still unsaved');
    const onDisk = new TextDecoder().decode(await vscode.workspace.fs.readFile(draft.uri));
    assert.ok(!onDisk.includes('Unsaved:'), 'the new server got the citation from the buffer, not from the disk');
    const budapestAt = positionOf(budapest, 'computer data', 'Article 4 – Data interference', 3);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', budapest.uri, budapestAt);
    assert.match(hoverText(hovers), /any representation of facts/);
    // Left unsaved and visible: the suite's closing screenshot (test/e2e/inhost.e2e.ts) shows it.
  });
});
