// A code published one article per file ("Livre II/Titre II/Article 555.md", "Article 552.md"):
// files without front matter, side by side in one folder, are the parts of one whole, and
// "l'article 552" in one of them is the article another file of the folder holds.
import type { DocumentModel } from './document';
import type { RefStep } from './references/types';
import { normaliseNumber } from './keywords';

interface FolderIndex {
  documents: readonly DocumentModel[];
  /** Folder → "kind language number" → the one-unit files without front matter that hold it. */
  byFolder: Map<string, Map<string, DocumentModel[]>>;
}

let cached: FolderIndex | undefined;

function folderOf(uri: string): string {
  return uri.slice(0, uri.lastIndexOf('/') + 1);
}

function indexOf(documents: readonly DocumentModel[]): FolderIndex {
  if (cached && cached.documents === documents) return cached;
  const byFolder = new Map<string, Map<string, DocumentModel[]>>();
  for (const doc of documents) {
    if (doc.frontMatter.span) continue;
    // Only a file of one article or section is a piece of a whole kept file by file; a folder may
    // also hold whole laws side by side ("section 25" of one is never "Article 25" of another).
    const citable = doc.units.filter((unit) => unit.headingDepth > 0 && unit.citable && unit.number !== undefined);
    if (citable.length !== 1) continue;
    const folder = folderOf(doc.uri);
    const numbers = byFolder.get(folder) ?? new Map<string, DocumentModel[]>();
    byFolder.set(folder, numbers);
    const key = `${citable[0].kind} ${doc.language} ${normaliseNumber(citable[0].number as string)}`;
    numbers.set(key, [...(numbers.get(key) ?? []), doc]);
  }
  cached = { documents, byFolder };
  return cached;
}

/**
 * The one other file of one article or section, without front matter, in the same folder as
 * `model` (itself without front matter), that holds the unit `path` starts with, of the kind cited
 * and in the same language; undefined when none or several do.
 */
export function folderSiblingHolding(model: DocumentModel, path: RefStep[], documents: readonly DocumentModel[]): DocumentModel | undefined {
  if (model.frontMatter.span || !path.length) return undefined;
  const key = `${path[0].kind} ${model.language} ${normaliseNumber(path[0].number)}`;
  const holders = indexOf(documents).byFolder.get(folderOf(model.uri))?.get(key)?.filter((doc) => doc !== model);
  return holders && holders.length === 1 ? holders[0] : undefined;
}
