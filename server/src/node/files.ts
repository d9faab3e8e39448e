// Reading documents from disk for the CLI and the server's initial index. Node-only, no editor.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import picomatch from 'picomatch';

export const DEFAULT_INCLUDE = ['**/*.md', '**/*.markdown'];
export const DEFAULT_EXCLUDE = ['**/node_modules/**', '**/.git/**', '**/dist/**', '**/.cache/**'];

/**
 * A list of globs (picomatch: `**`, `*`, `?`, `[0-9]`, `{a,b}`) over '/'-separated relative
 * paths. A path matches when one pattern matches it and no `!` pattern does; a list of `!`
 * patterns only matches everything else.
 */
export function globList(globs: string[], options: picomatch.PicomatchOptions = {}): (relative: string) => boolean {
  const positive = globs.filter((glob) => !glob.startsWith('!'));
  const negative = globs.filter((glob) => glob.startsWith('!')).map((glob) => glob.slice(1));
  const settings = { dot: true, ...options };
  const matches = positive.length ? picomatch(positive, settings) : negative.length ? () => true : () => false;
  const excepted = negative.length ? picomatch(negative, settings) : () => false;
  return (relative) => matches(relative) && !excepted(relative);
}

const slashes = (relative: string) => relative.split(path.sep).join('/');

export class PathFilter {
  private readonly included: (relative: string) => boolean;
  private readonly excluded: (relative: string) => boolean;

  constructor(include: string[] = DEFAULT_INCLUDE, exclude: string[] = DEFAULT_EXCLUDE) {
    this.included = globList(include);
    this.excluded = globList(exclude);
  }

  /** A folder the user excluded: nothing in it is indexed, so the walk does not enter it. */
  excludesFolder(relative: string): boolean {
    return this.excluded(slashes(relative));
  }

  /** `relative` is relative to a workspace folder. Excluding a folder excludes what it holds (as in VS Code's files.exclude). */
  accepts(relative: string): boolean {
    const normal = slashes(relative);
    if (!this.included(normal)) return false;
    for (let slash = normal.indexOf('/'); slash > 0; slash = normal.indexOf('/', slash + 1)) {
      if (this.excluded(normal.slice(0, slash))) return false;
    }
    return !this.excluded(normal);
  }
}

/** Every file under `root` that the filter accepts, as absolute paths, sorted. */
export async function listDocuments(root: string, filter = new PathFilter()): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string) => {
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return; // unreadable folders are skipped, not fatal
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      const relative = path.relative(root, full);
      if (entry.isDirectory()) {
        if (!filter.excludesFolder(relative)) await walk(full);
      } else if (entry.isFile() && filter.accepts(relative)) {
        out.push(full);
      }
    }
  };
  await walk(root);
  return out.sort();
}

export interface ReadResult {
  text?: string;
  error?: string;
}

const decoder = new TextDecoder('utf-8', { fatal: false });

/** Reads a file as UTF-8 text; invalid bytes become U+FFFD (and the engine reports them). */
export async function readDocument(file: string, maxBytes = 64 * 1024 * 1024): Promise<ReadResult> {
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) return { error: `${file} is not a file` };
    if (stat.size > maxBytes) return { error: `${file} is ${(stat.size / 1048576).toFixed(0)} MB; files over ${(maxBytes / 1048576).toFixed(0)} MB are not read` };
    const bytes = await fs.readFile(file);
    return { text: decoder.decode(bytes) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { error: `${file} does not exist` };
    if (code === 'EACCES') return { error: `${file} cannot be read (permission denied)` };
    return { error: `${file} cannot be read: ${(error as Error).message}` };
  }
}

export function fileUri(file: string): string {
  return pathToFileURL(path.resolve(file)).href;
}
