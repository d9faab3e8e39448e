// A temporary workspace of many small laws (copies of 18 U.S.C. § 2510 under new ids, each
// implementing the Budapest Convention), the Convention itself, a draft that uses a word only
// the folder's vocabulary file knows, and that file. For protocol tests of indexing and load.
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { repositoryRoot } from './lspClient';

/** Documents in the folder besides the copies: the Convention and the draft. */
export const OTHER_DOCUMENTS = 2;

export function lawName(i: number): string {
  return `law-${String(i).padStart(3, '0')}.md`;
}

export async function lawsWorkspace(prefix: string, copies: number): Promise<string> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), prefix));
  const corpus = path.join(repositoryRoot(), 'corpus');
  const source = await fs.readFile(path.join(corpus, 'us-18usc2510.md'), 'utf8');
  for (let i = 0; i < copies; i++) await fs.writeFile(path.join(root, lawName(i)), source.replace(/^id: (.*)$/m, `id: law-${i}`));
  await fs.copyFile(path.join(corpus, 'coe-ets185-en.md'), path.join(root, 'budapest.md'));
  await fs.writeFile(path.join(root, 'zz-draft.md'), ['---', 'id: zz-draft', 'title: Draft Act', 'type: law', 'language: en', 'implements: [coe-ets185-en]', '---', '', '# Draft Act', '', '## Section 1', '', 'A person who damages a zorbic widget commits an offence.', ''].join('\n'));
  await fs.writeFile(path.join(root, 'treaty-lens.vocabulary.yaml'), [
    'instruments:', '  invented:', '    ids: ["invented-*"]', '    titles: ["Invented Convention"]', '  budapest:', '    ids: ["coe-ets185*"]', '    titles: ["Convention on Cybercrime"]',
    'concepts:', '  - id: invented-system', '    terms:', '      en: { invented: "zorbic widget", budapest: "computer system" }', '',
  ].join('\n'));
  return root;
}
