// Go to definition: a term to where it is defined; a citation to the unit it cites.
import type { DefinitionParams, LocationLink } from 'vscode-languageserver';
import type { FeatureContext } from './context';
import { definitionOf, symbolAt } from '../engine/queries';
import { toOffset, toRange } from '../lsp/convert';

export function definition(context: FeatureContext, params: DefinitionParams): LocationLink[] | null {
  const { workspace } = context;
  const model = workspace.get(params.textDocument.uri);
  if (!model) return null;
  const symbol = symbolAt(workspace, model.uri, toOffset(model, params.position));
  if (!symbol) return null;
  if (symbol.kind === 'reference') {
    const targets = symbol.target ? [symbol.target] : symbol.resolved.targets;
    const links: LocationLink[] = [];
    for (const target of targets) {
      if (target.status !== 'resolved') continue;
      const found = workspace.unit(target.documentId ?? '', target.unitId ?? '');
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
