// The on-disk index cache: a warm start gives exactly what a cold start gives, and a cache that
// is corrupt, truncated, from another engine or for other content is detected and rebuilt.
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { IndexCache } from '../../server/src/node/indexCache';
import { parseDocument, DEFAULT_MAX_LENGTH } from '../../server/src/engine/document';
import { Workspace } from '../../server/src/engine/workspace';
import { SortedUnitIndex } from '../../server/src/engine/unitIndex';
import { isResting, referencesRest, unitsRest } from '../../server/src/engine/restingText';
import { checkDocument } from '../../server/src/engine/checks';
import type { DocumentModel } from '../../server/src/engine/document';
import { LspTestClient, corpusCopy, positionOf, repositoryRoot, type PublishedDiagnostics } from '../helpers/lspClient';

const CORPUS = path.join(repositoryRoot(), 'corpus');

async function corpusDocuments(): Promise<Array<{ uri: string; text: string }>> {
  const names = (await fs.readdir(CORPUS)).filter((name) => name.endsWith('.md')).sort();
  return Promise.all(names.map(async (name) => ({ uri: pathToFileURL(path.join(CORPUS, name)).href, text: await fs.readFile(path.join(CORPUS, name), 'utf8') })));
}

/** A model's value whatever its form: a resting one's text, tree and citations read back, its units by id as a Map. */
function plainModel(model: DocumentModel): object {
  return { ...model, unitsById: new Map(model.unitsById) };
}

describe('index cache', function () {
  // A hang guard, not a time limit: the first test parses the whole corpus twice (30-60 s on a loaded machine).
  this.timeout(180000);
  let folder: string;

  beforeEach(async () => {
    folder = await fs.mkdtemp(path.join(os.tmpdir(), 'treaty-lens-cache-'));
  });
  afterEach(async () => {
    await fs.rm(folder, { recursive: true, force: true });
  });

  /** Saves the Budapest Convention's model and returns what a reader needs to load it again. */
  async function savedBudapest(cache = new IndexCache(folder, 'engine-a')) {
    const budapest = (await corpusDocuments()).find((doc) => doc.uri.endsWith('/coe-ets185-en.md'))!;
    const key = cache.documentKey(budapest.uri, budapest.text, DEFAULT_MAX_LENGTH);
    await cache.saveDocument(parseDocument(budapest.uri, budapest.text, 0), key);
    const file = path.join(folder, 'documents', (await fs.readdir(path.join(folder, 'documents')))[0]);
    return { ...budapest, key, file };
  }

  it('gives back, for every corpus document, the model a fresh parse gives', async () => {
    const cache = new IndexCache(folder, 'engine-a');
    for (const { uri, text } of await corpusDocuments()) {
      const key = cache.documentKey(uri, text, DEFAULT_MAX_LENGTH);
      await cache.saveDocument(parseDocument(uri, text, 0), key);
      const loaded = await new IndexCache(folder, 'engine-a').loadDocument(uri, text, 3, key);
      assert.ok(loaded, `${uri} read back`);
      assert.deepStrictEqual(loaded, parseDocument(uri, text, 3), `${uri}: the cached model equals the parse`);
    }
  });

  it('reads back a resting model (saved, as the server saves it, after the workspace set it) at rest, and as the model a fresh parse gives', async () => {
    const cache = new IndexCache(folder, 'engine-a');
    const workspace = new Workspace();
    let compact = 0;
    let readAtRest = 0;
    for (const { uri, text } of await corpusDocuments()) {
      const resting = workspace.set(uri, text, 0);
      if (resting.unitsById instanceof SortedUnitIndex) compact++;
      const key = cache.documentKey(uri, text, DEFAULT_MAX_LENGTH);
      await cache.saveDocument(resting, key);
      const loaded = await new IndexCache(folder, 'engine-a').loadDocument(uri, text, 0, key);
      assert.ok(loaded, `${uri} read back`);
      // Stored packed, it comes back packed: a warm start neither builds its trees nor packs them again.
      assert.equal(isResting(loaded), isResting(resting), `${uri}: at rest as it was saved`);
      if (isResting(loaded)) {
        readAtRest++;
        assert.equal(unitsRest(loaded), unitsRest(resting), `${uri}: units packed as they were saved`);
        assert.equal(referencesRest(loaded), referencesRest(resting), `${uri}: citations packed as they were saved`);
      }
      assert.deepStrictEqual(plainModel(loaded), plainModel(parseDocument(uri, text, 0)), `${uri}: the cached model equals the parse`);
    }
    assert.ok(compact >= 10, `${compact} resting models with a compact unit index`);
    assert.ok(readAtRest >= 10, `${readAtRest} models read back at rest`);
  });

  it('a resting model read back from the cache joins a workspace as the parsed one would: the same diagnostics and citations', async () => {
    const documents = await corpusDocuments();
    const cold = new Workspace();
    for (const { uri, text } of documents) {
      const key = new IndexCache(folder, 'engine-a').documentKey(uri, text, DEFAULT_MAX_LENGTH);
      await new IndexCache(folder, 'engine-a').saveDocument(cold.set(uri, text, 0), key);
    }
    const warm = new Workspace();
    const cache = new IndexCache(folder, 'engine-a');
    for (const { uri, text } of documents) {
      const loaded = await cache.loadDocument(uri, text, 0, cache.documentKey(uri, text, DEFAULT_MAX_LENGTH));
      assert.ok(loaded, `${uri} read back`);
      warm.set(uri, text, 0, loaded);
    }
    assert.ok(cache.stats.hits === documents.length, `${cache.stats.hits} of ${documents.length} read from the cache`);
    for (const { uri } of documents) {
      assert.deepStrictEqual(checkDocument(warm, uri), checkDocument(cold, uri), `${uri}: the same diagnostics`);
      const citations = (workspace: Workspace) => workspace.resolved(uri).map((r) => ({ at: r.reference.span.start, status: r.status, targets: r.targets }));
      assert.deepStrictEqual(citations(warm), citations(cold), `${uri}: the same citations resolved`);
    }
  });

  it('rejects an entry with a corrupt byte, and rebuilds it', async () => {
    const { uri, text, key, file } = await savedBudapest();
    const bytes = await fs.readFile(file);
    bytes[bytes.length - 100] ^= 0xff;
    await fs.writeFile(file, bytes);
    const cache = new IndexCache(folder, 'engine-a');
    assert.equal(await cache.loadDocument(uri, text, 0, key), undefined);
    assert.equal(cache.stats.rejected, 1);
    await cache.saveDocument(parseDocument(uri, text, 0), key);
    assert.ok(await new IndexCache(folder, 'engine-a').loadDocument(uri, text, 0, key), 'rewritten and read again');
  });

  it('rejects a truncated entry and a file that is not an entry at all', async () => {
    const { uri, text, key, file } = await savedBudapest();
    const bytes = await fs.readFile(file);
    await fs.writeFile(file, bytes.subarray(0, bytes.length >> 1));
    assert.equal(await new IndexCache(folder, 'engine-a').loadDocument(uri, text, 0, key), undefined);
    await fs.writeFile(file, 'not a cache entry');
    assert.equal(await new IndexCache(folder, 'engine-a').loadDocument(uri, text, 0, key), undefined);
    await fs.writeFile(file, '');
    assert.equal(await new IndexCache(folder, 'engine-a').loadDocument(uri, text, 0, key), undefined);
  });

  it('does not trust an entry written by another engine version, nor one for other content', async () => {
    const { uri, text, key } = await savedBudapest();
    const other = new IndexCache(folder, 'engine-b');
    assert.equal(await other.loadDocument(uri, text, 0, other.documentKey(uri, text, DEFAULT_MAX_LENGTH)), undefined);
    const changed = text.replace('Article 2 – Illegal access', 'Article 2 – Illegal access to systems');
    const cache = new IndexCache(folder, 'engine-a');
    assert.equal(await cache.loadDocument(uri, changed, 0, cache.documentKey(uri, changed, DEFAULT_MAX_LENGTH)), undefined);
    assert.ok(await cache.loadDocument(uri, text, 0, key), 'the unchanged text still reads');
  });

  it('writes atomically: no temporary file is left behind', async () => {
    await savedBudapest();
    const names = await fs.readdir(path.join(folder, 'documents'));
    assert.equal(names.length, 1);
    assert.match(names[0], /^[0-9a-f]{40}\.bin$/);
  });
});

describe('language server with an index cache (real corpus)', function () {
  this.timeout(120000);
  let root: string;
  let cacheFolder: string;

  before(async () => {
    root = await corpusCopy();
    cacheFolder = await fs.mkdtemp(path.join(os.tmpdir(), 'treaty-lens-cache-'));
  });
  after(async () => {
    await fs.rm(root, { recursive: true, force: true });
    await fs.rm(cacheFolder, { recursive: true, force: true });
  });

  interface Snapshot { diagnostics: Map<string, PublishedDiagnostics['diagnostics']>; hover: unknown; references: unknown; definition: unknown; logs: string[] }

  /** Starts the server, lets it index and publish everything, asks a hover, a definition and references. */
  async function snapshot(options: { cacheFolder?: string }): Promise<Snapshot> {
    const client = await LspTestClient.start(root, { initializationOptions: options.cacheFolder ? { cacheFolder: options.cacheFolder } : undefined });
    try {
      const names = (await fs.readdir(root)).filter((name) => name.endsWith('.md'));
      const deadline = Date.now() + 60000;
      while (!names.every((name) => client.diagnostics.has(client.uri(name)))) {
        if (Date.now() > deadline) throw new Error('not every document was published');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const budapest = await fs.readFile(path.join(root, 'coe-ets185-en.md'), 'utf8');
      const uri = client.uri('coe-ets185-en.md');
      const term = positionOf(budapest, 'computer data', 'Article 4 – Data interference');
      const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: term.line, character: term.character + 3 } });
      const citation = positionOf(budapest, 'Articles 2 through 11', 'Article 13 – Sanctions and measures');
      const definition = await client.request('textDocument/definition', { textDocument: { uri }, position: { line: citation.line, character: citation.character + 2 } });
      const heading = positionOf(budapest, 'Article 2 – Illegal access');
      const references = await client.request('textDocument/references', { textDocument: { uri }, position: { line: heading.line, character: heading.character + 4 }, context: { includeDeclaration: false } });
      return { diagnostics: new Map(client.diagnostics), hover, references, definition, logs: client.logs };
    } finally {
      await client.stop();
    }
  }

  const cacheLine = (logs: string[]) => logs.find((line) => /indexed \d+ documents/.test(line)) ?? '';

  it('a warm start answers exactly as a cold start: diagnostics, hover, definition, references', async () => {
    const cold = await snapshot({});
    const first = await snapshot({ cacheFolder });
    assert.match(cacheLine(first.logs), /cache: 0 read, \d+ written/);
    const warm = await snapshot({ cacheFolder });
    assert.match(cacheLine(warm.logs), /cache: [1-9]\d* read, 0 written, 0 rejected/);
    for (const run of [first, warm]) {
      assert.deepStrictEqual(run.diagnostics, cold.diagnostics);
      assert.deepStrictEqual(run.hover, cold.hover);
      assert.deepStrictEqual(run.definition, cold.definition);
      assert.deepStrictEqual(run.references, cold.references);
    }
    assert.ok([...cold.diagnostics.values()].some((list) => list.length > 0), 'the corpus has diagnostics to compare');
    assert.ok(cold.hover && cold.definition && Array.isArray(cold.references) && cold.references.length > 0, 'the queries have answers to compare');
  });

  it('a file changed on disk is parsed again, and every diagnostic is what a cold start gives', async () => {
    await snapshot({ cacheFolder });
    // Renumbering an article changes this document and the documents citing it.
    const file = path.join(root, 'coe-ets185-en.md');
    const text = await fs.readFile(file, 'utf8');
    const changed = text.replace('##### Article 5 – System interference', '##### Article 50 – System interference');
    assert.notEqual(changed, text);
    await fs.writeFile(file, changed);
    try {
      const warm = await snapshot({ cacheFolder });
      assert.match(cacheLine(warm.logs), /cache: \d+ read, 1 written, 1 rejected/);
      const cold = await snapshot({});
      assert.deepStrictEqual(warm.diagnostics, cold.diagnostics);
      assert.deepStrictEqual(warm.hover, cold.hover);
      assert.deepStrictEqual(warm.references, cold.references);
    } finally {
      await fs.writeFile(file, text);
    }
  });

  it('a corrupt cache folder is rebuilt, never trusted', async () => {
    await snapshot({ cacheFolder });
    const documents = path.join(cacheFolder, 'documents');
    for (const name of await fs.readdir(documents)) {
      const bytes = await fs.readFile(path.join(documents, name));
      bytes[bytes.length - 1] ^= 0x55;
      await fs.writeFile(path.join(documents, name), bytes);
    }
    await fs.writeFile(path.join(cacheFolder, 'diagnostics.bin'), 'garbage');
    const warm = await snapshot({ cacheFolder });
    assert.match(cacheLine(warm.logs), /cache: 0 read, [1-9]\d* written, [1-9]\d* rejected/);
    const cold = await snapshot({});
    assert.deepStrictEqual(warm.diagnostics, cold.diagnostics);
    const again = await snapshot({ cacheFolder });
    assert.match(cacheLine(again.logs), /cache: [1-9]\d* read, 0 written, 0 rejected/);
  });
});
