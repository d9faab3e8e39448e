// The key of a whole workspace's diagnostics in the index cache: everything they are computed
// from. Diagnostics are a function of every document's text (citations, definitions and terms
// cross documents), the settings, the vocabulary and term base, and the engine.
import { serialize } from 'node:v8';
import type { Workspace } from '../engine/workspace';
import type { DocumentModel } from '../engine/document';
import type { ServerSettings } from './settings';
import { sha256 } from '../node/indexCache';

/**
 * Each model read by the indexer and its text's cache key. Keyed by the model itself (a model is
 * never given another text), so that neither the text nor a model replaced since is held.
 */
export type ContentKeys = WeakMap<DocumentModel, string>;

/** The key, or undefined when part of the input cannot be keyed (then nothing is cached). */
export function workspaceKey(engine: string, workspace: Workspace, settings: ServerSettings, contentKeys: ContentKeys): string | undefined {
  try {
    const documents = workspace.all().map((model) => `${model.uri}\t${contentKeys.get(model) ?? sha256(model.text)}`).sort();
    return sha256(engine, JSON.stringify(settings), serialize(workspace.vocabulary), serialize(workspace.termBase), documents.join('\n'));
  } catch {
    return undefined;
  }
}
