// The on-disk index cache: reopening a workspace that has not changed reads each document's
// parsed model, and the diagnostics of the whole workspace, instead of computing them again.
//
// Nothing in the cache is trusted: every entry carries the key it was computed for (the engine
// version, the document's uri, its content hash and the parse options) and a hash of its bytes.
// An entry that is missing, truncated, corrupt, from another engine version or for other content
// is ignored, and the result is computed and written again. Writes are atomic (temp file + rename).
import { createHash, randomBytes } from 'node:crypto';
import { promises as fs, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { LineIndex } from '../engine/text';
import type { DocumentModel } from '../engine/document';
import { isRestingParts, restingFromParts, restingParts } from '../engine/restingText';

const MAGIC = 'treaty-lens index cache 1';

export function sha256(...parts: Array<string | Buffer>): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    hash.update(part);
    hash.update('\0');
  }
  return hash.digest('hex');
}

/**
 * The engine version the cache is keyed by: a hash of the running bundle (any change to the
 * code changes it) and of the V8 version (whose serialisation format the entries use).
 */
export function engineVersion(file: string = __filename): string {
  let code: Buffer | string;
  try {
    code = readFileSync(file);
  } catch {
    code = `unreadable ${file} ${Date.now()} ${Math.random()}`; // never matches: no cache is trusted
  }
  return sha256(code, process.versions.v8).slice(0, 32);
}

/** What the cache reports, for the log and the tests. */
export interface CacheStats { hits: number; misses: number; rejected: number; written: number }

export class IndexCache {
  readonly stats: CacheStats = { hits: 0, misses: 0, rejected: 0, written: 0 };
  private readonly documentsFolder: string;

  constructor(readonly folder: string, readonly engine: string = engineVersion()) {
    this.documentsFolder = path.join(folder, 'documents');
  }

  /** The key of one document's parse: engine, uri, content and the options that change the parse. */
  documentKey(uri: string, text: string, maxLength: number): string {
    return sha256(this.engine, uri, String(maxLength), text);
  }

  private documentFile(uri: string): string {
    return path.join(this.documentsFolder, `${sha256(uri).slice(0, 40)}.bin`);
  }

  /** The cached model of this exact text, or undefined (then parse it and `saveDocument`). */
  async loadDocument(uri: string, text: string, version: number, key: string): Promise<DocumentModel | undefined> {
    const payload = await this.readEntry(this.documentFile(uri), key);
    if (!payload) return undefined;
    try {
      const read = deserialize(payload) as { resting?: unknown };
      // A model at rest is stored packed (restingText.ts): it comes back at rest, with nothing to build or pack.
      if (read && read.resting !== undefined) {
        if (!isRestingParts(read.resting) || read.resting.fields.uri !== uri) throw new Error('not a resting model');
        const model = restingFromParts(read.resting, text, version, new LineIndex(text));
        this.stats.hits++;
        return model;
      }
      const stored = read as unknown as DocumentModel;
      if (!stored || stored.uri !== uri || !Array.isArray(stored.units) || !(stored.unitsById instanceof Map)) throw new Error('not a document model');
      // The text is the one just read (its hash is in the key); the line index is rebuilt from it.
      const model: DocumentModel = { ...stored, text, version, lines: new LineIndex(text) };
      this.stats.hits++;
      return model;
    } catch {
      this.stats.rejected++;
      return undefined;
    }
  }

  async saveDocument(model: DocumentModel, key: string): Promise<void> {
    // The text is not stored (it is on disk, and its hash is in the key), nor its line index.
    let payload: Buffer;
    try {
      // A resting model is stored as its packed parts; another's units by id as the Map a parse makes.
      const resting = restingParts(model);
      payload = serialize(resting ? { resting } : { ...model, text: '', lines: undefined, unitsById: new Map(model.unitsById) });
    } catch {
      return; // something in the model cannot be stored: it is simply parsed next time
    }
    await this.writeEntry(this.documentFile(model.uri), key, payload);
  }

  /** Diagnostics of a whole workspace, valid only for the same workspace key. */
  async loadDiagnostics<T>(key: string): Promise<Map<string, T> | undefined> {
    const payload = await this.readEntry(path.join(this.folder, 'diagnostics.bin'), key);
    if (!payload) return undefined;
    try {
      const stored = deserialize(payload) as unknown;
      if (!(stored instanceof Map)) throw new Error('not a diagnostics table');
      this.stats.hits++;
      return stored as Map<string, T>;
    } catch {
      this.stats.rejected++;
      return undefined;
    }
  }

  async saveDiagnostics<T>(key: string, diagnostics: Map<string, T>): Promise<void> {
    let payload: Buffer;
    try {
      payload = serialize(diagnostics);
    } catch {
      return;
    }
    await this.writeEntry(path.join(this.folder, 'diagnostics.bin'), key, payload);
  }

  /** Removes the entries of documents that are no longer in the workspace. */
  async prune(keepUris: Iterable<string>): Promise<void> {
    const keep = new Set([...keepUris].map((uri) => path.basename(this.documentFile(uri))));
    let names: string[];
    try {
      names = await fs.readdir(this.documentsFolder);
    } catch {
      return;
    }
    for (const name of names) {
      if (!keep.has(name)) await fs.rm(path.join(this.documentsFolder, name), { force: true }).catch(() => undefined);
    }
  }

  /** An entry: a header line (magic, key, length and hash of the payload), then the payload. */
  private async readEntry(file: string, key: string): Promise<Buffer | undefined> {
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(file);
    } catch {
      this.stats.misses++;
      return undefined;
    }
    const newline = bytes.indexOf(10);
    const header = newline > 0 && newline < 512 ? bytes.subarray(0, newline).toString('latin1').split(' | ') : [];
    const payload = bytes.subarray(newline + 1);
    if (header.length !== 4 || header[0] !== MAGIC || header[1] !== key || Number(header[2]) !== payload.length || header[3] !== sha256(payload)) {
      this.stats.rejected++;
      return undefined;
    }
    return payload;
  }

  private async writeEntry(file: string, key: string, payload: Buffer): Promise<void> {
    const header = Buffer.from(`${MAGIC} | ${key} | ${payload.length} | ${sha256(payload)}\n`, 'latin1');
    const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.writeFile(temporary, Buffer.concat([header, payload]));
      await fs.rename(temporary, file);
      this.stats.written++;
    } catch {
      await fs.rm(temporary, { force: true }).catch(() => undefined);
    }
  }
}
