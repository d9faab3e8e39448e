// Code lens on articles and sections: "referenced by N".
import type { CodeLens, CodeLensParams } from 'vscode-languageserver';
import type { FeatureContext } from './context';
import { toRange } from '../lsp/convert';
import { citationsOf } from './references';
import { otherVersionLenses } from './otherVersions';
import { incomingCitations } from '../engine/queries';

export function codeLenses(context: FeatureContext, params: CodeLensParams): CodeLens[] {
  const { workspace } = context;
  const model = workspace.get(params.textDocument.uri);
  if (!model || !model.inCorpusFormat) return [];
  const lenses: CodeLens[] = [];
  for (const unit of model.units) {
    if (!unit.citable) continue;
    const incoming = incomingCitations(workspace, model.id, unit.id);
    const documents = new Set(incoming.map((entry) => entry.uri)).size;
    const range = toRange(model, unit.labelSpan);
    const title = incoming.length === 0 ? 'not referenced' : `referenced by ${incoming.length}${documents > 1 ? ` in ${documents} documents` : ''}`;
    lenses.push({
      range,
      command: incoming.length
        ? { title, command: 'treatyLens.showReferences', arguments: [model.uri, range.start, citationsOf(workspace, model.id, unit.id, false)] }
        : { title, command: '' },
    });
  }
  lenses.push(...otherVersionLenses(context, model));
  return lenses;
}
