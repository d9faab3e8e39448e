// The documents the server indexes from disk, each in two steps: prepared (read, and parsed by the
// parse thread or taken from the index cache) and joined (put to rest in slices, then set in the
// index). The indexing loop prepares the next document while this one joins, so that the server's
// own thread does only what must be done there.
import type { DocumentModel } from '../engine/document';
import type { Workspace } from '../engine/workspace';
import type { IndexCache } from '../node/indexCache';
import type { ParseThread } from '../node/parseThread';
import { fileUri, readDocument } from '../node/files';
import { cedeToMessages } from './slices';
import type { ContentKeys } from './workspaceKey';

/** How long one step of putting an indexed document to rest holds this thread. */
const REST_SLICE_MS = 5;

/** A document read from disk and parsed, not yet in the index (or why it could not be read). */
export interface PreparedDocument {
  uri: string;
  text?: string;
  model?: DocumentModel;
  key?: string;
  cached?: boolean;
  error?: string;
}

/** What the two steps read of the server's state, asked at each step (settings and workspace may change meanwhile). */
export interface DiskIndexing {
  /** Whether the editor holds the document: its buffer is in the index, the disk's text is not read. */
  isOpen(uri: string): boolean;
  /** The workspace being indexed now (a settings change makes a new one). */
  current(): Workspace;
  cache(): IndexCache | undefined;
  maxFileSize(): number;
  parseThread: ParseThread;
  /** Per model joined: its text's cache key (for the workspace's key), not the text. */
  contentKeys(): ContentKeys;
}

/**
 * A document read from disk: its parse comes from the cache when this exact text was parsed
 * before, or from the parse thread, so that the server's thread stays free for the open
 * documents. An open document is not read.
 */
export async function prepareFromDisk(file: string, state: DiskIndexing): Promise<PreparedDocument> {
  const uri = fileUri(file);
  if (state.isOpen(uri)) return { uri };
  try {
    const result = await readDocument(file);
    if (result.text === undefined) return { uri, error: result.error ?? `cannot read ${file}` };
    const cache = state.cache();
    const key = cache?.documentKey(uri, result.text, state.maxFileSize());
    const cached = cache && key ? await cache.loadDocument(uri, result.text, 0, key) : undefined;
    const model = cached ?? (await state.parseThread.parse(uri, result.text, state.maxFileSize()));
    return { uri, text: result.text, model, key, cached: !!cached };
  } catch (error) {
    return { uri, error: `${file} could not be indexed: ${(error as Error)?.message ?? error}` };
  }
}

/** A prepared document joins `target`, unless it was opened meanwhile or `target` is no longer the one indexed. */
export async function setFromDisk(target: Workspace, prepared: PreparedDocument, state: DiskIndexing): Promise<void> {
  const { uri, text, key } = prepared;
  const model = prepared.model as DocumentModel;
  const superseded = () => state.isOpen(uri) || target !== state.current();
  // Put to rest before it joins the index, in slices that let keystrokes through (the longest
  // step of indexing on this thread: 10-80 ms a document in one piece).
  if (superseded()) return;
  await cedeToMessages();
  await target.restBeforeSet(model, cedeToMessages, REST_SLICE_MS);
  // Opened, or re-indexed by a newer run, meanwhile: that one wins.
  if (superseded()) return;
  const indexed = target.set(uri, text as string, 0, model);
  if (key) state.contentKeys().set(indexed, key);
  const cache = state.cache();
  if (cache && key && !prepared.cached) await cache.saveDocument(model, key);
}
