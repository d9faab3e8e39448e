// Reads the workspace's treaty-lens.vocabulary.yaml (if any) over the built-in vocabulary.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { BUILT_IN_VOCABULARY, mergeVocabularies, parseVocabulary, type Vocabulary } from '../engine/vocabulary/vocabulary';

export const VOCABULARY_FILE = 'treaty-lens.vocabulary.yaml';

export async function loadVocabulary(folders: string[]): Promise<{ vocabulary: Vocabulary; errors: string[] }> {
  let vocabulary = BUILT_IN_VOCABULARY;
  const errors: string[] = [];
  for (const folder of folders) {
    const file = path.join(folder, VOCABULARY_FILE);
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch {
      continue;
    }
    const parsed = parseVocabulary(text);
    if (parsed.error) errors.push(`${file}: ${parsed.error}`);
    else vocabulary = mergeVocabularies(vocabulary, parsed.vocabulary);
  }
  return { vocabulary, errors };
}
