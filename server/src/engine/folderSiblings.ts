// A code published one article per file ("Livre II/Titre II/Article 555.md", "Article 552.md"):
// files without front matter, side by side in one folder, are the parts of one whole, and
// "l'article 552" in one of them is the article another file of the folder holds. A code kept in
// nested grouping folders ("livre-ier/titre-ier/chapitre-ii/article-l3.md") is one whole as far
// up as no article number is held twice: one code never numbers two articles alike, two codes do.
import type { DocumentModel } from './document';
import type { RefStep } from './references/types';
import { normaliseNumber } from './keywords';
import { oncePerVersion } from './treeKeyed';

interface FolderIndex {
  documents: readonly DocumentModel[];
  /** Folder → "kind language number" → the one-unit files without front matter that hold it. */
  byFolder: Map<string, Map<string, DocumentModel[]>>;
  /** Folder → the same for every file below it, or null once a number is held twice below it (two wholes). */
  byTree: Map<string, Map<string, DocumentModel> | null>;
}

let cached: FolderIndex | undefined;

function folderOf(uri: string): string {
  return uri.slice(0, uri.lastIndexOf('/') + 1);
}

function indexOf(documents: readonly DocumentModel[]): FolderIndex {
  if (cached && cached.documents === documents) return cached;
  // A keystroke gives a new document list with one model replaced: the same index, its model in place.
  if (cached && withNewModels(cached, documents)) return cached;
  const byFolder = new Map<string, Map<string, DocumentModel[]>>();
  const byTree = new Map<string, Map<string, DocumentModel> | null>();
  for (const doc of documents) {
    const key = pieceKey(doc);
    if (key === undefined) continue;
    const folder = folderOf(doc.uri);
    const numbers = byFolder.get(folder) ?? new Map<string, DocumentModel[]>();
    byFolder.set(folder, numbers);
    const same = numbers.get(key);
    if (same) same.push(doc);
    else numbers.set(key, [doc]);
    for (let above = parentFolder(folder); above; above = parentFolder(above)) {
      const tree = byTree.get(above);
      if (tree === null) break; // two wholes there, and so in every folder above it
      if (!tree) byTree.set(above, new Map([[key, doc]]));
      else if (!tree.has(key)) tree.set(key, doc);
      else {
        for (let up: string | undefined = above; up; up = parentFolder(up)) byTree.set(up, null);
        break;
      }
    }
  }
  cached = { documents, byFolder, byTree };
  return cached;
}

/**
 * What a file kept as one piece of a whole is indexed by ("article fr l3"); undefined for a file
 * with front matter, or that holds no article or section, or several: a folder may also hold whole
 * laws side by side ("section 25" of one is never "Article 25" of another).
 */
export function pieceKey(doc: DocumentModel): string | undefined {
  if (pieceKeys.has(doc)) return pieceKeys.get(doc);
  let key: string | undefined;
  if (!doc.frontMatter.span) {
    const citable = doc.units.filter((unit) => unit.headingDepth > 0 && unit.citable && unit.number !== undefined);
    if (citable.length === 1) key = keyOf(citable[0].kind, doc.language, citable[0].number as string);
  }
  pieceKeys.set(doc, key);
  return key;
}

const pieceKeys = new WeakMap<DocumentModel, string | undefined>();

/**
 * Puts the new models of `documents` in the index built for the documents before, when they are
 * the same files in the same order, each indexed by the same key: the index a build would give.
 * False (the index untouched) when a file appeared, left, moved or now holds another article.
 */
function withNewModels(index: FolderIndex, documents: readonly DocumentModel[]): boolean {
  const before = index.documents;
  if (before.length !== documents.length) return false;
  const replaced: Array<[DocumentModel, DocumentModel]> = [];
  for (let i = 0; i < documents.length; i++) {
    const old = before[i];
    const doc = documents[i];
    if (old === doc) continue;
    if (old.uri !== doc.uri || pieceKey(old) !== pieceKey(doc)) return false;
    replaced.push([old, doc]);
  }
  for (const [old, doc] of replaced) {
    const key = pieceKey(doc);
    if (key === undefined) continue;
    const folder = folderOf(doc.uri);
    const holders = index.byFolder.get(folder)?.get(key);
    if (holders) holders[holders.indexOf(old)] = doc;
    for (let above = parentFolder(folder); above; above = parentFolder(above)) {
      const tree = index.byTree.get(above);
      if (!tree) break;
      if (tree.get(key) === old) tree.set(key, doc);
    }
  }
  index.documents = documents;
  return true;
}

/** "file:///a/b/" → "file:///a/"; undefined for the root ("file:///"). */
function parentFolder(folder: string): string | undefined {
  const parent = folder.slice(0, folder.lastIndexOf('/', folder.length - 2) + 1);
  return parent && !parent.endsWith('//') ? parent : undefined;
}

/** What a one-unit file is indexed by: "article fr l3". */
function keyOf(kind: string, language: string, number: string): string {
  return `${kind} ${language} ${normaliseNumber(number)}`;
}

/**
 * The one other file of one article or section, without front matter, that holds the unit `path`
 * starts with, of the kind cited and in the same language: in the same folder as `model` (itself
 * without front matter), else in the nearest folder above it that holds one whole (no number
 * twice); undefined when none or several do.
 */
export function folderSiblingHolding(model: DocumentModel, path: RefStep[], documents: readonly DocumentModel[]): DocumentModel | undefined {
  if (model.frontMatter.span || !path.length) return undefined;
  const key = keyOf(path[0].kind, model.language, path[0].number);
  const index = indexOf(documents);
  const folder = folderOf(model.uri);
  const holders = index.byFolder.get(folder)?.get(key)?.filter((doc) => doc !== model);
  if (holders?.length) return holders.length === 1 ? holders[0] : undefined;
  for (let above = parentFolder(folder); above; above = parentFolder(above)) {
    const tree = index.byTree.get(above);
    if (!tree) return undefined;
    const holder = tree.get(key);
    if (holder && holder !== model) return holder;
  }
  return undefined;
}

/**
 * A code's contents page ("code-de-procedure-penale/README.md": "# Code de procédure pénale" and
 * links to its books), named as an instrument ("l'article 40 du code de procédure pénale"): the one
 * file of one article below its folder that holds the unit `path` starts with.
 */
export function fileBelowContents(contents: DocumentModel, path: RefStep[], documents: readonly DocumentModel[], language: string): DocumentModel | undefined {
  if (contents.frontMatter.span || !path.length) return undefined;
  // In the citation's language: a contents page is a few links, too short to tell its own.
  const key = keyOf(path[0].kind, language, path[0].number);
  const index = indexOf(documents);
  const folder = folderOf(contents.uri);
  const beside = index.byFolder.get(folder)?.get(key);
  if (beside) return beside.length === 1 ? beside[0] : undefined;
  return index.byTree.get(folder)?.get(key);
}

/** A page without front matter that holds no article or section of its own: a table of contents. */
// (once per document version: every citation of the instrument asks)
export const isContentsPage: (model: DocumentModel) => boolean = oncePerVersion((model) => !model.frontMatter.span && !model.units.some((unit) => unit.headingDepth > 0 && unit.citable));
