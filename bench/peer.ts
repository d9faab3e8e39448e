// The peer: Microsoft's vscode-markdown-languageservice (what VS Code's built-in Markdown
// language server runs), over an in-memory workspace of the same files, with markdown-it and
// markdown-it-front-matter as its parser (as VS Code's markdown-language-features does).
import MarkdownIt from 'markdown-it';
import frontMatterPlugin from 'markdown-it-front-matter';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI, Utils } from 'vscode-uri';
import {
  createLanguageService, githubSlugifier, DiagnosticLevel, LogLevel,
  type IMdLanguageService, type IMdParser, type ITextDocument, type IWorkspace, type FileStat, type DiagnosticOptions,
} from 'vscode-markdown-languageservice';

type Listener<T> = (value: T) => void;
interface Disposable { dispose(): void }

/** The minimal LSP Event/Emitter the language service subscribes to. */
class Emitter<T> {
  private readonly listeners = new Set<Listener<T>>();
  readonly event = (listener: Listener<T>, thisArgs?: unknown, disposables?: Disposable[]): Disposable => {
    const bound: Listener<T> = thisArgs ? listener.bind(thisArgs) : listener;
    this.listeners.add(bound);
    const disposable = { dispose: () => { this.listeners.delete(bound); } };
    disposables?.push(disposable);
    return disposable;
  };
  fire(value: T) {
    for (const listener of this.listeners) listener(value);
  }
}

export const noCancel = {
  isCancellationRequested: false,
  onCancellationRequested: () => ({ dispose() { /* never fires */ } }),
};

export class MemoryWorkspace implements IWorkspace {
  readonly documents = new Map<string, TextDocument>();
  private readonly directories = new Map<string, Map<string, FileStat>>();
  readonly changed = new Emitter<ITextDocument>();
  readonly created = new Emitter<ITextDocument>();
  readonly deleted = new Emitter<URI>();
  readonly onDidChangeMarkdownDocument = this.changed.event;
  readonly onDidCreateMarkdownDocument = this.created.event;
  readonly onDidDeleteMarkdownDocument = this.deleted.event;

  constructor(private readonly root: URI) {}

  get workspaceFolders(): readonly URI[] {
    return [this.root];
  }

  add(uri: string, text: string): TextDocument {
    const document = TextDocument.create(uri, 'markdown', 0, text);
    this.documents.set(uri, document);
    const parsed = URI.parse(uri);
    const dir = Utils.dirname(parsed).toString();
    let entries = this.directories.get(dir);
    if (!entries) this.directories.set(dir, (entries = new Map()));
    entries.set(Utils.basename(parsed), { isDirectory: false });
    return document;
  }

  /** Applies a one-range edit as the editor would, and tells the service. */
  edit(uri: string, offset: number, insert: string): TextDocument {
    const document = this.documents.get(uri) as TextDocument;
    const at = document.positionAt(offset);
    const updated = TextDocument.update(document, [{ range: { start: at, end: at }, text: insert }], document.version + 1);
    this.documents.set(uri, updated);
    this.changed.fire(updated);
    return updated;
  }

  async getAllMarkdownDocuments(): Promise<Iterable<ITextDocument>> {
    return this.documents.values();
  }

  hasMarkdownDocument(resource: URI): boolean {
    return this.documents.has(resource.toString());
  }

  async openMarkdownDocument(resource: URI): Promise<ITextDocument | undefined> {
    return this.documents.get(resource.toString());
  }

  async stat(resource: URI): Promise<FileStat | undefined> {
    const key = resource.toString();
    if (this.documents.has(key)) return { isDirectory: false };
    if (this.directories.has(key)) return { isDirectory: true };
    return undefined;
  }

  async readDirectory(resource: URI): Promise<Iterable<readonly [string, FileStat]>> {
    return [...(this.directories.get(resource.toString()) ?? new Map()).entries()];
  }
}

export function createParser(): IMdParser {
  const md = new MarkdownIt({ html: true, linkify: true });
  md.use(frontMatterPlugin, () => { /* VS Code ignores the front matter content */ });
  return {
    slugifier: githubSlugifier,
    // The service wants `map` on block tokens, which markdown-it provides.
    async tokenize(document: ITextDocument) {
      return md.parse(document.getText(), {}) as never;
    },
  };
}

export const DIAGNOSTIC_OPTIONS: DiagnosticOptions = {
  validateReferences: DiagnosticLevel.warning,
  validateFragmentLinks: DiagnosticLevel.warning,
  validateFileLinks: DiagnosticLevel.warning,
  validateMarkdownFileLinkFragments: DiagnosticLevel.warning,
  validateUnusedLinkDefinitions: DiagnosticLevel.hint,
  validateDuplicateLinkDefinitions: DiagnosticLevel.warning,
  ignoreLinks: [],
};

export function createPeer(root: URI): { service: IMdLanguageService; workspace: MemoryWorkspace } {
  const workspace = new MemoryWorkspace(root);
  const service = createLanguageService({
    workspace,
    parser: createParser(),
    logger: { level: LogLevel.Off, log() { /* quiet */ } },
  });
  return { service, workspace };
}

/** Everything the peer computes for one document when it is indexed: outline and link diagnostics. */
export async function peerAnalyse(service: IMdLanguageService, document: ITextDocument): Promise<{ symbols: number; diagnostics: number }> {
  const symbols = await service.getDocumentSymbols(document, { includeLinkDefinitions: true }, noCancel);
  const diagnostics = await service.computeDiagnostics(document, DIAGNOSTIC_OPTIONS, noCancel);
  return { symbols: symbols.length, diagnostics: diagnostics.length };
}
