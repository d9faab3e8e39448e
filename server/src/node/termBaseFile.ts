// Reads the workspace's treaty-lens.termbase.yaml, and writes files so that a failure never
// leaves one half-written: the text goes to a temporary file beside it, which is then renamed.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { workspaceFiles } from './workspaceFile';
import { EMPTY_TERM_BASE, parseTermBase, TERM_BASE_FILE, type TermBase } from '../engine/translation/termBase';

/** The first folder's term base that parses; the errors of those before it. */
export async function loadTermBase(folders: string[]): Promise<{ termBase: TermBase; file?: string; errors: string[] }> {
  const errors: string[] = [];
  for await (const { file, text } of workspaceFiles(folders, TERM_BASE_FILE)) {
    const parsed = parseTermBase(text);
    if (parsed.error) errors.push(`${file}: ${parsed.error}`);
    else return { termBase: parsed.termBase, file, errors };
  }
  return { termBase: EMPTY_TERM_BASE, errors };
}

/** Writes `text` to `file` all at once: a reader sees the old file or the new one, never a part. */
export async function writeFileAtomic(file: string, text: string): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(temporary, text, 'utf8');
    await fs.rename(temporary, file);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}
