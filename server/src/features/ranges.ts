// Folding ranges by structural unit, and selection ranges (term → paragraph → article → chapter).
import { FoldingRangeKind, type FoldingRange, type FoldingRangeParams, type SelectionRange, type SelectionRangeParams } from 'vscode-languageserver';
import type { FeatureContext } from './context';
import { toOffset, toRange } from '../lsp/convert';

export function foldingRanges(context: FeatureContext, params: FoldingRangeParams): FoldingRange[] {
  const model = context.workspace.get(params.textDocument.uri);
  if (!model) return [];
  const out: FoldingRange[] = [];
  if (model.frontMatter.span) {
    const end = model.lines.position(model.frontMatter.span.end).line;
    if (end > 0) out.push({ startLine: 0, endLine: end, kind: FoldingRangeKind.Imports });
  }
  for (const unit of model.units) {
    if (unit.kind === 'alinea') continue;
    const start = model.lines.position(unit.labelSpan.start).line;
    const end = model.lines.position(unit.span.end).line;
    if (end > start) out.push({ startLine: start, endLine: end, kind: FoldingRangeKind.Region });
  }
  return out;
}

export function selectionRanges(context: FeatureContext, params: SelectionRangeParams): SelectionRange[] {
  const { workspace } = context;
  const model = workspace.get(params.textDocument.uri);
  if (!model) return [];
  return params.positions.map((position) => {
    const offset = toOffset(model, position);
    const spans: Array<{ start: number; end: number }> = [];
    const use = workspace.termAt(model.uri, offset);
    const reference = workspace.referenceAt(model.uri, offset);
    if (use) spans.push(use.span);
    if (reference) spans.push(reference.reference.span);
    for (let unit: typeof model.root | undefined = workspace.unitAt(model, offset); unit && unit.kind !== 'document'; unit = unit.parent) spans.push(unit.span);
    spans.push({ start: 0, end: model.text.length });
    // Innermost first; equal spans (a term that is its whole paragraph) appear once.
    const distinct = spans.filter((span, i) => i === 0 || span.start !== spans[i - 1].start || span.end !== spans[i - 1].end);
    let result: SelectionRange | undefined;
    for (const span of distinct.reverse()) result = { range: toRange(model, span), parent: result };
    return result ?? { range: toRange(model, { start: offset, end: offset }) };
  });
}
