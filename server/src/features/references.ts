// Find all references: every use of a term; every citation of a unit, across documents.
import type { Location, ReferenceParams } from 'vscode-languageserver';
import type { FeatureContext } from './context';
import { citedElementSpan, definitionOf, incomingCitations, symbolAt, usesOfDefinition } from '../engine/queries';
import { toLocation, toOffset } from '../lsp/convert';
import type { Workspace } from '../engine/workspace';
import { noteAt, notesByUnit } from '../engine/annotations';

export function references(context: FeatureContext, params: ReferenceParams): Location[] | null {
  const { workspace } = context;
  const model = workspace.get(params.textDocument.uri);
  if (!model) return null;
  const offset = toOffset(model, params.position);
  const note = noteAt(model, workspace, offset);
  if (note?.kind === 'footnote-definition') return note.references.map((reference) => toLocation(model, reference.anchorSpan));
  if (note?.kind === 'note-heading' && note.note.target) {
    const { documentId, unitId } = note.note.target;
    const notes = (notesByUnit(workspace, documentId).get(unitId) ?? []).map((other) => toLocation(workspace.get(other.uri)!, other.citationSpan));
    return [...citationsOf(workspace, documentId, unitId, params.context.includeDeclaration), ...notes];
  }
  const symbol = symbolAt(workspace, model.uri, offset);
  if (!symbol) return null;
  if (symbol.kind === 'reference' || symbol.kind === 'unit') {
    let documentId = model.id;
    let unitId: string;
    if (symbol.kind === 'unit') unitId = symbol.unit.id;
    else {
      const target = symbol.target;
      if (!target || target.status !== 'resolved' || target.unitId === undefined) return null;
      documentId = target.documentId ?? model.id;
      unitId = target.unitId;
    }
    // The notes about the unit are references to it too (commentary headings, footnotes).
    const notes = (notesByUnit(workspace, documentId).get(unitId) ?? []).map((note) => toLocation(workspace.get(note.uri)!, note.kind === 'footnote' ? note.anchorSpan : note.citationSpan));
    return [...citationsOf(workspace, documentId, unitId, params.context.includeDeclaration), ...notes];
  }
  const visible = definitionOf(workspace, model.uri, symbol);
  if (!visible) return null;
  const locations: Location[] = [];
  if (params.context.includeDeclaration) locations.push(toLocation(visible.model, visible.definition.termSpan));
  for (const { model: user, use } of usesOfDefinition(workspace, visible.model, visible.definition)) {
    if (use.isDefinition && user === visible.model && use.span.start === visible.definition.termSpan.start) continue;
    locations.push(toLocation(user, use.span));
  }
  return locations;
}

export function citationsOf(workspace: Workspace, documentId: string, unitId: string, includeDeclaration: boolean): Location[] {
  const locations: Location[] = [];
  const found = workspace.unit(documentId, unitId);
  if (includeDeclaration && found && found.unit.kind !== 'document') locations.push(toLocation(found.model, found.unit.labelSpan));
  for (const entry of incomingCitations(workspace, documentId, unitId)) {
    const source = workspace.get(entry.uri);
    if (!source) continue;
    // A range is shown whole; a paragraph's citation counted for its article shows "14, paragraph 3".
    const span = entry.viaRange ? entry.resolved.reference.span : entry.target.unitId === unitId ? entry.target.span : citedElementSpan(entry.resolved, entry.target);
    locations.push(toLocation(source, span));
  }
  return locations;
}
