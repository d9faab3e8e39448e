// The agreed rendering of each defined term of an original in one translation: from the term
// base when it lists the term, else from the definitions that stand in aligned units (the
// English "computer data" in article 1 (b) and the Dutch „computergegevens” in artikel 1 b).
import type { DocumentModel } from '../document';
import type { Workspace } from '../workspace';
import { alignDocuments } from './align';
import { originalOf } from './versions';
import { EMPTY_TERM_BASE, termEntry, type TermBase, type TermEntry, type TermRendering } from './termBase';

export interface AgreedTerm {
  /** The original's term and definition key. */
  term: string;
  key: string;
  rendering: TermRendering;
  /** 'term base' or the translation's aligned definition. */
  from: 'term base' | 'aligned definition';
}

function primary(language: string): string {
  return language.toLowerCase().split(/[-_]/)[0];
}

/** The entry's rendering for a language tag ("nl" also serves "nl-NL" and the reverse). */
export function renderingFor(entry: TermEntry, language: string): TermRendering | undefined {
  if (entry.renderings[language]) return entry.renderings[language];
  const wanted = primary(language);
  const found = Object.entries(entry.renderings).find(([tag]) => primary(tag) === wanted);
  return found?.[1];
}

/** Renderings found from aligned definitions only (what `treaty-lens terms` writes). */
export function inferredRenderings(original: DocumentModel, translation: DocumentModel): Map<string, AgreedTerm> {
  const alignment = alignDocuments(original, translation);
  const out = new Map<string, AgreedTerm>();
  for (const definition of original.definitions) {
    if (out.has(definition.key)) continue;
    const unit = alignment.toTranslation.get(definition.unitId);
    const candidates = unit ? translation.definitions.filter((d) => d.unitId === unit.id) : [];
    // Two definitions in the aligned unit: which renders which is a guess; leave it to the translator.
    const originalsThere = original.definitions.filter((d) => d.unitId === definition.unitId);
    if (candidates.length !== 1 || originalsThere.length !== 1) continue;
    out.set(definition.key, { term: definition.term, key: definition.key, from: 'aligned definition',
      rendering: { preferred: candidates[0].term, admitted: [], forbidden: [], superseded: [] } });
  }
  return out;
}

/** The agreed renderings in `translation` of the terms its original defines. */
export function agreedRenderings(workspace: Workspace, translation: DocumentModel): Map<string, AgreedTerm> {
  const original = originalOf(workspace, translation);
  if (!original) return new Map();
  const out = inferredRenderings(original, translation);
  const termBase = workspace.termBase;
  if (termBase.terms.length) {
    for (const definition of original.definitions) {
      const entry = termEntry(termBase, definition.term, original.language);
      const rendering = entry && renderingFor(entry, translation.language);
      if (!rendering) continue;
      const inferred = out.get(definition.key)?.rendering;
      out.set(definition.key, { term: definition.term, key: definition.key, from: 'term base',
        rendering: { ...rendering, preferred: rendering.preferred ?? inferred?.preferred } });
    }
  }
  for (const [key, agreed] of out) if (!agreed.rendering.preferred && !agreed.rendering.admitted.length) out.delete(key);
  return out;
}

/** A term base from every translation in the workspace and its original's definitions. */
export function buildTermBase(workspace: Workspace, existing: TermBase = EMPTY_TERM_BASE): TermBase {
  const terms: TermEntry[] = existing.terms.map((entry) => ({ ...entry, renderings: { ...entry.renderings } }));
  const translations = workspace.all().filter((model) => originalOf(workspace, model)).sort((a, b) => a.id.localeCompare(b.id));
  for (const translation of translations) {
    const original = originalOf(workspace, translation) as DocumentModel;
    const inferred = inferredRenderings(original, translation);
    for (const definition of original.definitions) {
      let entry = terms.find((t) => t.term.toLowerCase() === definition.term.toLowerCase() && t.language === original.language);
      if (!entry) {
        entry = { term: definition.term, language: original.language, source: `${original.id} ${definition.unitId}`, renderings: {} };
        terms.push(entry);
      }
      const current = renderingFor(entry, translation.language);
      const found = inferred.get(definition.key)?.rendering.preferred;
      if (current?.preferred || (!found && !current)) continue;
      entry.renderings[translation.language] = { preferred: found, admitted: current?.admitted ?? [], forbidden: current?.forbidden ?? [], superseded: current?.superseded ?? [] };
    }
  }
  return { terms, acceptedDifferences: [...existing.acceptedDifferences] };
}
