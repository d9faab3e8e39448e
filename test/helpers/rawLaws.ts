// The raw test set: real laws as converters give them (test/fixtures/raw-laws, see SOURCES.md),
// with our front matter added the way a user would add it, and a workspace that holds them
// beside the corpus.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Workspace } from '../../server/src/engine/workspace';
import { corpusFiles, corpusText, corpusUri } from './workspace';

export const RAW_LAWS_DIR = findRawLaws();

function findRawLaws(): string {
  const tail = join('test', 'fixtures', 'raw-laws');
  for (let dir = __dirname, i = 0; i < 6; i++, dir = resolve(dir, '..')) {
    if (existsSync(join(dir, tail, 'SOURCES.md'))) return join(dir, tail);
  }
  return resolve(process.cwd(), tail);
}

type FrontMatterFields = Record<string, string | string[]>;

function frontMatterTable(): Record<string, FrontMatterFields> {
  return JSON.parse(readFileSync(join(RAW_LAWS_DIR, 'front-matter.json'), 'utf8')) as Record<string, FrontMatterFields>;
}

/** The raw law files, in the order of front-matter.json. */
export function rawLawFiles(): string[] {
  return Object.keys(frontMatterTable());
}

/** The file exactly as the source gave it. */
export function rawLawSource(file: string): string {
  return readFileSync(join(RAW_LAWS_DIR, file), 'utf8');
}

/**
 * The file with our front matter: inserted at the top of the file's own front matter when it has
 * one (the converter's keys stay as they are), or as a new block before the text.
 */
export function rawLawText(file: string): string {
  const fields = frontMatterTable()[file];
  if (!fields) throw new Error(`${file} has no entry in front-matter.json`);
  const lines = Object.entries(fields).map(([key, value]) => `${key}: ${Array.isArray(value) ? `[${value.map((v) => JSON.stringify(v)).join(', ')}]` : JSON.stringify(value)}`);
  const source = rawLawSource(file);
  return source.startsWith('---\n') ? `---\n${lines.join('\n')}\n${source.slice(4)}` : `---\n${lines.join('\n')}\n---\n${source}`;
}

export function rawLawUri(file: string): string {
  return `file://${join(RAW_LAWS_DIR, file)}`;
}

let cached: Workspace | undefined;

/** The corpus and the raw laws in one workspace, as `check` sees them together (parsed once). */
export function loadRawWorkspace(): Workspace {
  if (cached) return cached;
  const workspace = new Workspace();
  for (const name of corpusFiles()) workspace.set(corpusUri(name), corpusText(name));
  for (const file of rawLawFiles()) workspace.set(rawLawUri(file), rawLawText(file));
  cached = workspace;
  return workspace;
}
