// Document links: every resolved citation becomes a link to its target unit.
import type { DocumentLink, DocumentLinkParams } from 'vscode-languageserver';
import type { FeatureContext } from './context';
import { describeUnit } from '../engine/queries';
import { lineLink, toRange } from '../lsp/convert';

export function documentLinks(context: FeatureContext, params: DocumentLinkParams): DocumentLink[] {
  const { workspace } = context;
  const model = workspace.get(params.textDocument.uri);
  if (!model) return [];
  const links: DocumentLink[] = [];
  for (const resolved of workspace.resolved(model.uri)) {
    for (const target of resolved.targets) {
      if (target.status !== 'resolved') continue;
      const found = workspace.unit(target.documentId ?? '', target.unitId ?? '');
      if (!found) continue;
      links.push({
        range: toRange(model, target.span),
        target: lineLink(found.model, found.unit.kind === 'document' ? { start: 0, end: 0 } : found.unit.labelSpan),
        tooltip: `${describeUnit(found.unit)}${found.model === model ? '' : ` — ${found.model.title}`}`,
      });
    }
  }
  return links;
}
