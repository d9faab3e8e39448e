// Reads the workspace's treaty-lens.vocabulary.yaml (if any) over the built-in vocabulary.
import { workspaceFiles } from './workspaceFile';
import { BUILT_IN_VOCABULARY, mergeVocabularies, parseVocabulary, type Vocabulary } from '../engine/vocabulary/vocabulary';

export const VOCABULARY_FILE = 'treaty-lens.vocabulary.yaml';

/** The built-in vocabulary with every folder's file merged over it, in folder order. */
export async function loadVocabulary(folders: string[]): Promise<{ vocabulary: Vocabulary; errors: string[] }> {
  let vocabulary = BUILT_IN_VOCABULARY;
  const errors: string[] = [];
  for await (const { file, text } of workspaceFiles(folders, VOCABULARY_FILE)) {
    const parsed = parseVocabulary(text);
    if (parsed.error) errors.push(`${file}: ${parsed.error}`);
    else vocabulary = mergeVocabularies(vocabulary, parsed.vocabulary);
  }
  return { vocabulary, errors };
}
