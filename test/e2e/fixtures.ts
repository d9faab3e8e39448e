// The workspace the real-editor tests open: a copy of the corpus plus a draft law with a broken
// reference ("article 99").
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { corpusCopy } from '../helpers/lspClient';
import { DRAFT, DRAFT_NAME } from '../helpers/drafts';

export { DRAFT, DRAFT_NAME };

export async function e2eWorkspace(): Promise<string> {
  const root = await corpusCopy();
  await fs.writeFile(path.join(root, DRAFT_NAME), DRAFT);
  return root;
}
