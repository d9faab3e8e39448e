// Diagnostics: the engine's checks, in protocol form, with severities from settings.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { FeatureContext } from './context';
import { checkDocument } from '../engine/checks';
import type { EngineDiagnostic } from '../engine/checks/types';
import { toRange } from '../lsp/convert';

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, information: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint };

export function engineDiagnostics(context: FeatureContext, uri: string): EngineDiagnostic[] {
  return checkDocument(context.workspace, uri, { severity: context.settings().severity });
}

export function diagnostics(context: FeatureContext, uri: string): Diagnostic[] {
  const model = context.workspace.get(uri);
  if (!model) return [];
  return engineDiagnostics(context, uri).map((d) => ({
    range: toRange(model, d.span),
    severity: SEVERITY[d.severity],
    code: d.code,
    source: 'treaty-lens',
    message: d.message,
    relatedInformation: d.related.map((related) => {
      const other = context.workspace.get(related.uri);
      return { location: { uri: related.uri, range: other ? toRange(other, related.span) : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }, message: related.message };
    }),
  }));
}
