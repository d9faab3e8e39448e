// Engine spans ↔ LSP ranges. The engine counts UTF-16 code units, as LSP does.
import type { Range, Location } from 'vscode-languageserver';
import type { Span } from '../engine/model';
import type { DocumentModel } from '../engine/document';

export function toRange(model: DocumentModel, span: Span): Range {
  return { start: model.lines.position(span.start), end: model.lines.position(span.end) };
}

export function toLocation(model: DocumentModel, span: Span): Location {
  return { uri: model.uri, range: toRange(model, span) };
}

export function toOffset(model: DocumentModel, position: { line: number; character: number }): number {
  return model.lines.offset(position.line, position.character);
}

/** A file link that opens at a line, for markdown in hovers. */
export function lineLink(model: DocumentModel, span: Span): string {
  const position = model.lines.position(span.start);
  return `${model.uri}#L${position.line + 1}`;
}
