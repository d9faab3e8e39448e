// Builds a workspace from folders on disk (CLI, tests, benchmark).
import * as path from 'node:path';
import { promises as fs } from 'node:fs';
import { Workspace } from '../engine/workspace';
import { DEFAULT_MAX_LENGTH, type ParseOptions } from '../engine/document';
import { fileUri, listDocuments, PathFilter, readDocument } from './files';
import { loadVocabulary } from './vocabularyFile';
import { loadTermBase } from './termBaseFile';
import { OrderedParse, ParsePool, parseThreadCount, POOL_MINIMUM_DOCUMENTS } from './parsePool';

export interface LoadedWorkspace {
  workspace: Workspace;
  /** uri → absolute path */
  paths: Map<string, string>;
  /** Files that could not be read, with the reason. */
  errors: Array<{ path: string; message: string }>;
}

export async function loadWorkspace(targets: string[], options: {
  filter?: PathFilter;
  parse?: ParseOptions;
  onProgress?: (done: number, total: number) => void;
  /** Parse threads for the cold parse (default parseThreadCount()); 0 parses in this thread. */
  parseThreads?: number;
  /** Told the pool used, for tests (which models the threads parsed). */
  onPool?: (pool: ParsePool) => void;
} = {}): Promise<LoadedWorkspace> {
  const workspace = new Workspace(options.parse);
  const paths = new Map<string, string>();
  const errors: LoadedWorkspace['errors'] = [];
  const files: string[] = [];
  for (const target of targets) {
    let stat;
    try {
      stat = await fs.stat(target);
    } catch {
      errors.push({ path: target, message: `${target} does not exist` });
      continue;
    }
    if (stat.isDirectory()) files.push(...(await listDocuments(path.resolve(target), options.filter)));
    else files.push(path.resolve(target));
  }
  const folders = [];
  for (const target of targets) {
    try {
      if ((await fs.stat(target)).isDirectory()) folders.push(path.resolve(target));
    } catch {
      // reported above
    }
  }
  const vocabulary = await loadVocabulary(folders);
  workspace.setVocabulary(vocabulary.vocabulary);
  for (const message of vocabulary.errors) errors.push({ path: message.split(':')[0], message });
  const termBase = await loadTermBase(folders);
  workspace.setTermBase(termBase.termBase);
  for (const message of termBase.errors) errors.push({ path: message.split(':')[0], message });
  let done = 0;
  // The parse threads read the text as parseDocument does with the default block scanner only.
  const threads = options.parse?.blockParser || files.length < POOL_MINIMUM_DOCUMENTS ? 0 : options.parseThreads ?? parseThreadCount();
  const pool = threads > 0 ? new ParsePool(threads) : undefined;
  const ordered = new OrderedParse(pool, options.parse?.maxLength ?? DEFAULT_MAX_LENGTH, (uri, text, model) => {
    workspace.set(uri, text, 0, model);
  });
  if (pool) options.onPool?.(pool);
  try {
    for (const file of files) {
      const result = await readDocument(file);
      done++;
      options.onProgress?.(done, files.length);
      if (result.text === undefined) {
        errors.push({ path: file, message: result.error ?? `${file} cannot be read` });
        continue;
      }
      const uri = fileUri(file);
      paths.set(uri, file);
      await ordered.add(uri, result.text);
    }
    await ordered.finish();
  } finally {
    pool?.stop();
  }
  return { workspace, paths, errors };
}
