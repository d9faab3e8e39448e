// Reading documents from disk for the CLI and the server's initial index. Node-only, no editor.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

export const DEFAULT_INCLUDE = ['**/*.md', '**/*.markdown'];
export const DEFAULT_EXCLUDE = ['**/node_modules/**', '**/.git/**', '**/dist/**', '**/.cache/**'];

/** Converts a glob (`**`, `*`, `?`) to a regular expression over '/'-separated relative paths. */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i];
    if (char === '*') {
      if (glob[i + 1] === '*') {
        const slash = glob[i + 2] === '/';
        source += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else {
        source += '[^/]*';
      }
    } else if (char === '?') source += '[^/]';
    else if (char === '{') {
      const close = glob.indexOf('}', i);
      if (close > i) {
        source += '(?:' + glob.slice(i + 1, close).split(',').map((part) => part.replace(/[.+^$()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')).join('|') + ')';
        i = close;
      } else source += '\\{';
    } else source += char.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

export class PathFilter {
  private readonly include: RegExp[];
  private readonly exclude: RegExp[];

  constructor(include: string[] = DEFAULT_INCLUDE, exclude: string[] = DEFAULT_EXCLUDE) {
    this.include = include.map(globToRegExp);
    this.exclude = exclude.map(globToRegExp);
  }

  /** `relative` uses '/' separators and is relative to a workspace folder. */
  accepts(relative: string): boolean {
    const normal = relative.split(path.sep).join('/');
    return this.include.some((re) => re.test(normal)) && !this.exclude.some((re) => re.test(normal) || re.test(normal + '/'));
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
        if (!filter.accepts(relative + '/x.md') && DEFAULT_EXCLUDE.some((g) => globToRegExp(g).test(relative.split(path.sep).join('/') + '/'))) continue;
        await walk(full);
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
