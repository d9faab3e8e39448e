// The language versions of one instrument: an original and the documents that declare
// `translation-of` it. Units of any two versions are related through the original.
import type { Unit } from '../model';
import type { DocumentModel } from '../document';
import type { Workspace } from '../workspace';
import { alignDocuments, type Alignment } from './align';

/** The original this document translates, when it is in the workspace. */
export function originalOf(workspace: Workspace, model: DocumentModel): DocumentModel | undefined {
  const id = model.frontMatter.translationOf;
  if (!id || id === model.id) return undefined;
  return workspace.byId(id);
}

/** Every other version of the same instrument: its original and the original's other translations. */
export function otherVersions(workspace: Workspace, model: DocumentModel): DocumentModel[] {
  const original = originalOf(workspace, model) ?? model;
  const out: DocumentModel[] = original === model ? [] : [original];
  for (const doc of workspace.naming(original.id, 'translationOf')) {
    if (doc !== model && doc !== original) out.push(doc);
  }
  return out;
}

/** The alignment of a translation with its original, or undefined when it has none in the workspace. */
export function alignmentOf(workspace: Workspace, translation: DocumentModel): Alignment | undefined {
  const original = originalOf(workspace, translation);
  return original ? alignDocuments(original, translation) : undefined;
}

/** The unit of `to` that stands where `unitId` stands in `from` (two versions of one instrument). */
export function counterpart(workspace: Workspace, from: DocumentModel, unitId: string, to: DocumentModel): Unit | undefined {
  if (from === to) return from.unitsById.get(unitId);
  if (to.frontMatter.translationOf === from.id) return alignDocuments(from, to).toTranslation.get(unitId);
  if (from.frontMatter.translationOf === to.id) return alignDocuments(to, from).toOriginal.get(unitId);
  const original = originalOf(workspace, from);
  if (!original || to.frontMatter.translationOf !== original.id) return undefined;
  const inOriginal = alignDocuments(original, from).toOriginal.get(unitId);
  return inOriginal ? alignDocuments(original, to).toTranslation.get(inOriginal.id) : undefined;
}

/**
 * The innermost unit of `from` at an offset that has a counterpart in `to`, with that counterpart
 * (a sentence of an unaligned paragraph leads to the aligned article around it).
 */
export function counterpartAt(workspace: Workspace, from: DocumentModel, offset: number, to: DocumentModel): { unit: Unit; other: Unit } | undefined {
  let unit: Unit | undefined = workspace.unitAt(from, offset);
  for (; unit; unit = unit.parent) {
    const other = counterpart(workspace, from, unit.id, to);
    if (other) return { unit, other };
  }
  return undefined;
}
