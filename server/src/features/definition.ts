// Go to definition: a term to where it is defined; a citation to the unit it cites.
import type { DefinitionParams, LocationLink } from 'vscode-languageserver';
import type { FeatureContext } from './context';
import { definitionOf, symbolAt } from '../engine/queries';
import { toOffset, toRange } from '../lsp/convert';
import { noteAt, type NoteSymbol } from '../engine/annotations';
import type { Workspace } from '../engine/workspace';
import type { DocumentModel } from '../engine/document';

export function definition(context: FeatureContext, params: DefinitionParams): LocationLink[] | null {
  const { workspace } = context;
  const model = workspace.get(params.textDocument.uri);
  if (!model) return null;
  const offset = toOffset(model, params.position);
  const note = noteAt(model, workspace, offset);
  if (note) return noteDefinition(workspace, model, note);
  const symbol = symbolAt(workspace, model.uri, offset);
  if (!symbol) return null;
  if (symbol.kind === 'reference') {
    const targets = symbol.target ? [symbol.target] : symbol.resolved.targets;
    const links: LocationLink[] = [];
    for (const target of targets) {
      // "section 1(a)(2)" where section 1 holds no (a)(2): go to the part that was found (the hover says what was not).
      const unitId = target.status === 'resolved' ? target.unitId : target.status === 'unresolved' ? target.partialUnitId : undefined;
      if (unitId === undefined) continue;
      const found = workspace.unit(target.documentId ?? '', unitId);
      if (!found) continue;
      links.push({
        originSelectionRange: toRange(model, target.span),
        targetUri: found.model.uri,
        targetRange: toRange(found.model, found.unit.kind === 'document' ? { start: 0, end: 0 } : found.unit.span),
        targetSelectionRange: toRange(found.model, found.unit.kind === 'document' ? { start: 0, end: 0 } : found.unit.labelSpan),
      });
    }
    return links.length ? links : null;
  }
  const visible = definitionOf(workspace, model.uri, symbol);
  if (!visible) return null;
  const origin = symbol.kind === 'term' ? symbol.use.span : visible.definition.termSpan;
  return [{
    originSelectionRange: toRange(model, origin),
    targetUri: visible.model.uri,
    targetRange: toRange(visible.model, visible.definition.span),
    targetSelectionRange: toRange(visible.model, visible.definition.termSpan),
  }];
}

/** A note's heading opens the unit it is about; a footnote opens its text, and its text the reference. */
function noteDefinition(workspace: Workspace, model: DocumentModel, note: NoteSymbol): LocationLink[] | null {
  if (note.kind === 'note-heading') {
    const found = note.note.target && workspace.unit(note.note.target.documentId, note.note.target.unitId);
    if (!found) return null;
    const whole = found.unit.kind === 'document';
    return [{
      originSelectionRange: toRange(model, note.note.citationSpan), targetUri: found.model.uri,
      targetRange: toRange(found.model, whole ? { start: 0, end: 0 } : found.unit.span), targetSelectionRange: toRange(found.model, whole ? { start: 0, end: 0 } : found.unit.labelSpan),
    }];
  }
  if (note.kind === 'footnote') {
    const body = note.note.bodySpan;
    const lineStart = model.text.lastIndexOf('\n', body.start - 1) + 1;
    return [{ originSelectionRange: toRange(model, note.note.anchorSpan), targetUri: model.uri, targetRange: toRange(model, { start: lineStart, end: body.end }), targetSelectionRange: toRange(model, { start: lineStart, end: body.start }) }];
  }
  return note.references.length
    ? note.references.map((reference) => ({ originSelectionRange: toRange(model, note.span), targetUri: model.uri, targetRange: toRange(model, reference.anchorSpan), targetSelectionRange: toRange(model, reference.anchorSpan) }))
    : null;
}
