// The workspace's own settings files (treaty-lens.vocabulary.yaml, treaty-lens.termbase.yaml):
// each folder's copy, in folder order. A folder without the file is skipped; a file that cannot
// be read is as good as absent (the caller names parse errors with the file's path).
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

export async function* workspaceFiles(folders: string[], name: string): AsyncGenerator<{ file: string; text: string }> {
  for (const folder of folders) {
    const file = path.join(folder, name);
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch {
      continue;
    }
    yield { file, text };
  }
}
