// Semantic tokens: defined terms (uses and definitions), citations, and unit labels.
import type { SemanticTokens, SemanticTokensParams } from 'vscode-languageserver';
import type { FeatureContext } from './context';
import type { Span } from '../engine/model';

export const TOKEN_TYPES = ['definedTerm', 'reference', 'unitLabel'];
export const TOKEN_MODIFIERS = ['declaration', 'unresolved', 'external'];

export function semanticTokens(context: FeatureContext, params: SemanticTokensParams): SemanticTokens {
  const { workspace } = context;
  const model = workspace.get(params.textDocument.uri);
  if (!model || !model.inCorpusFormat) return { data: [] };
  const tokens: Array<{ span: Span; type: number; modifiers: number }> = [];
  for (const use of workspace.termUses(model.uri)) tokens.push({ span: use.span, type: 0, modifiers: use.isDefinition ? 1 : 0 });
  for (const definition of model.definitions) {
    if (!tokens.some((t) => t.span.start === definition.termSpan.start)) tokens.push({ span: definition.termSpan, type: 0, modifiers: 1 });
  }
  for (const resolved of workspace.resolved(model.uri)) {
    const modifiers = resolved.status === 'unresolved' ? 2 : resolved.status === 'external' ? 4 : 0;
    tokens.push({ span: resolved.reference.span, type: 1, modifiers });
  }
  for (const unit of model.units) {
    if (unit.headingDepth > 0) {
      const label = unit.label.trim();
      const at = model.text.indexOf(label, unit.labelSpan.start);
      if (at >= 0 && at < unit.labelSpan.end) tokens.push({ span: { start: at, end: at + label.length }, type: 2, modifiers: 0 });
    }
  }
  tokens.sort((a, b) => a.span.start - b.span.start);
  const data: number[] = [];
  let lastLine = 0;
  let lastChar = 0;
  let lastEnd = -1;
  for (const token of tokens) {
    if (token.span.start < lastEnd) continue; // tokens may not overlap
    const start = model.lines.position(token.span.start);
    const end = model.lines.position(token.span.end);
    // Tokens may not span lines: cut at the end of the first line.
    const length = end.line === start.line ? end.character - start.character : model.lines.offset(start.line + 1, 0) - 1 - token.span.start;
    if (length <= 0) continue;
    data.push(start.line - lastLine, start.line === lastLine ? start.character - lastChar : start.character, length, token.type, token.modifiers);
    lastLine = start.line;
    lastChar = start.character;
    lastEnd = token.span.end;
  }
  return { data };
}
