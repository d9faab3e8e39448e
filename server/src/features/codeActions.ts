// Quick fixes the checks offer (insert the treaty's definition, use the treaty's term, …).
import { CodeActionKind, type CodeAction, type CodeActionParams } from 'vscode-languageserver';
import type { FeatureContext } from './context';
import { engineDiagnostics } from './diagnostics';
import { toRange } from '../lsp/convert';
import { suggestionActions } from './implementation';

export function codeActions(context: FeatureContext, params: CodeActionParams): CodeAction[] {
  const { workspace } = context;
  const model = workspace.get(params.textDocument.uri);
  if (!model) return [];
  const start = model.lines.offset(params.range.start.line, params.range.start.character);
  const end = model.lines.offset(params.range.end.line, params.range.end.character);
  const actions: CodeAction[] = [];
  for (const diagnostic of engineDiagnostics(context, model.uri)) {
    if (!diagnostic.fixes?.length) continue;
    if (diagnostic.span.end < start || diagnostic.span.start > end) continue;
    const range = toRange(model, diagnostic.span);
    const protocolDiagnostic = params.context.diagnostics.find((d) => d.code === diagnostic.code && d.range.start.line === range.start.line && d.range.start.character === range.start.character);
    for (const fix of diagnostic.fixes) {
      const changes: Record<string, Array<{ range: ReturnType<typeof toRange>; newText: string }>> = {};
      for (const edit of fix.edits) {
        const target = workspace.get(edit.uri);
        if (!target) continue;
        (changes[edit.uri] ??= []).push({ range: toRange(target, edit.span), newText: edit.newText });
      }
      actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, isPreferred: fix.preferred, diagnostics: protocolDiagnostic ? [protocolDiagnostic] : undefined, edit: { changes } });
    }
  }
  actions.push(...suggestionActions(context, params));
  return actions;
}
