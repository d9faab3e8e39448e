// Shared fixtures for the engine tests: inline documents, small workspaces, and the real corpus.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Workspace } from '../../server/src/engine/workspace';
import type { DocumentModel, ParseOptions } from '../../server/src/engine/document';
import type { Unit } from '../../server/src/engine/model';

/** Joins lines with "\n", so that fixtures read like the markdown they stand for. */
export function joinLines(...lines: string[]): string {
  return lines.join('\n');
}

/** The text with `from` replaced by `to`, failing the test unless `from` stands in it once (a must-not edit that missed proves nothing). */
export function edited(text: string, from: string, to: string): string {
  if (text.split(from).length !== 2) throw new Error(`"${from}" is not in the text once`);
  return text.replace(from, to);
}

/** The uri a fixture file gets: file:///workspace/<name>. */
export function uriOf(name: string): string {
  return `file:///workspace/${name}`;
}

/** A workspace holding the given files, keyed by file name: `workspaceOf({ 'law.md': '…' })`. */
export function workspaceOf(files: Record<string, string>, options: ParseOptions = {}): Workspace {
  const workspace = new Workspace(options);
  for (const [name, text] of Object.entries(files)) workspace.set(uriOf(name), text);
  return workspace;
}

/** Front matter for a fixture document. */
export function frontMatter(fields: Record<string, string | string[]>): string {
  const lines = ['---'];
  for (const [key, value] of Object.entries(fields)) {
    lines.push(`${key}: ${Array.isArray(value) ? `[${value.map((v) => JSON.stringify(v)).join(', ')}]` : JSON.stringify(value)}`);
  }
  lines.push('---', '');
  return lines.join('\n');
}

/** corpus/ of the repository: found upwards from the bundled test file (dist/test/engine/…). */
export const CORPUS_DIR = findCorpus();

function findCorpus(): string {
  for (let dir = __dirname, i = 0; i < 6; i++, dir = resolve(dir, '..')) {
    if (existsSync(join(dir, 'corpus', 'README.md'))) return join(dir, 'corpus');
  }
  return resolve(process.cwd(), 'corpus');
}

/** The corpus documents (corpus/*.md without the README, which describes the format and is no document). */
export function corpusFiles(): string[] {
  return readdirSync(CORPUS_DIR).filter((name) => name.endsWith('.md') && name !== 'README.md').sort();
}

export function corpusText(name: string): string {
  return readFileSync(join(CORPUS_DIR, name), 'utf8');
}

export function corpusUri(name: string): string {
  return `file://${join(CORPUS_DIR, name)}`;
}

let cached: Workspace | undefined;

/** Every corpus document in one workspace (parsed once per test run; tests must not modify it). */
export function loadCorpus(): Workspace {
  if (cached) return cached;
  const workspace = new Workspace();
  for (const name of corpusFiles()) workspace.set(corpusUri(name), corpusText(name));
  cached = workspace;
  return workspace;
}

/** A corpus document by id, failing the test if it is missing. */
export function corpusDoc(id: string): DocumentModel {
  const model = loadCorpus().byId(id);
  if (!model) throw new Error(`corpus document ${id} is not loaded`);
  return model;
}

/** A unit by id, failing with the ids that do exist nearby. */
export function unitOf(model: DocumentModel, id: string): Unit {
  const unit = model.unitsById.get(id);
  if (!unit) {
    const near = model.units.map((u) => u.id).filter((u) => u.startsWith(id.split('__')[0])).slice(0, 12);
    throw new Error(`${model.id} has no unit ${id}; near: ${near.join(', ')}`);
  }
  return unit;
}

/** The text of a span. */
export function textOf(model: DocumentModel, span: { start: number; end: number }): string {
  return model.text.slice(span.start, span.end);
}

/** The zero-based line of the first occurrence of `needle` in the text (fails when absent). */
export function lineOfText(model: DocumentModel, needle: string, from = 0): number {
  const at = model.text.indexOf(needle, from);
  if (at < 0) throw new Error(`"${needle}" is not in ${model.id}`);
  return model.lines.position(at).line;
}

/**
 * The raw sources in ../shared/sources (computed from the repository root; a git worktree
 * under wt/ finds it one level further up). Undefined when absent.
 */
export const SOURCES_DIR: string | undefined = [resolve(CORPUS_DIR, '..', '..', 'shared', 'sources'), resolve(CORPUS_DIR, '..', '..', '..', 'shared', 'sources')]
  .find((dir) => existsSync(dir));

/** A raw source from ../shared/sources, as-is, with the front matter of the matching corpus document put before it. */
export function rawSourceWithFrontMatter(source: string, corpusId: string): string {
  if (!SOURCES_DIR) throw new Error('../shared/sources is not there');
  const front = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(corpusText(`${corpusId}.md`));
  if (!front) throw new Error(`corpus/${corpusId}.md has no front matter`);
  return `${front[0]}\n${readFileSync(join(SOURCES_DIR, source), 'utf8')}`;
}

/** Every markdown text the tests read whole: the corpus, the raw-law fixtures, and ../shared/sources when present. */
/**
 * How much of something the test documents must hold: `withSources` beside ../shared/sources, the
 * lower `without` in a clone that has none (git clone . /tmp/x), where only the corpus and fixtures are.
 */
export function atLeast(withSources: number, without: number): number {
  return SOURCES_DIR ? withSources : without;
}

export function everyTestDocument(): Array<{ uri: string; text: string }> {
  const rawDir = join(CORPUS_DIR, '..', 'test', 'fixtures', 'raw-laws');
  const folder = (dir: string, names: string[]) => names.map((name) => ({ uri: `file://${join(dir, name)}`, text: readFileSync(join(dir, name), 'utf8') }));
  const markdown = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.md') && name !== 'SOURCES.md' && name !== 'README.md');
  const docs = [...folder(CORPUS_DIR, corpusFiles()), ...folder(rawDir, markdown(rawDir)), ...(SOURCES_DIR ? folder(SOURCES_DIR, markdown(SOURCES_DIR)) : [])];
  // ../shared/sources is optional (a clone elsewhere has none); the corpus and the fixtures are not.
  if (docs.length < atLeast(20, 15)) throw new Error(`${docs.length} documents: the corpus or the fixtures are missing`);
  return docs;
}

/**
 * Each citation's resolution (status and reason, per target) after one letter is typed after `after` in `text` in an
 * open document, and as a fresh workspace resolves the typed text: the two must be equal.
 */
export function statusesAfterTyping(uri: string, text: string, after: string): { typed: string; editing: string[]; fresh: string[] } {
  const at = text.indexOf(after) + after.length;
  const typed = `${text.slice(0, at)}x${text.slice(at)}`;
  const editing = new Workspace();
  editing.open(uri);
  editing.set(uri, text, 1);
  editing.resolved(uri);
  editing.set(uri, typed, 2);
  const fresh = new Workspace();
  fresh.set(uri, typed);
  const statuses = (workspace: Workspace) => workspace.resolved(uri).map((r) => r.targets.map((t) => `${t.status} ${t.reason ?? ''}`).join());
  return { typed, editing: statuses(editing), fresh: statuses(fresh) };
}
