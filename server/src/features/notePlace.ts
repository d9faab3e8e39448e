// "Add a note to this article": where a note on the unit at the cursor goes. The client asks,
// then lets the user pick a commentary (or create one) and opens the note's section.
import type { Position, TextDocumentIdentifier } from 'vscode-languageserver';
import type { FeatureContext } from './context';
import { toOffset } from '../lsp/convert';
import { describeUnit } from '../engine/queries';
import { commentaryNotes } from '../engine/annotations';
import type { Unit } from '../engine/model';

export interface NotePlaceParams { textDocument: TextDocumentIdentifier; position: Position }

export interface NotePlace {
  /** The unit at the cursor, as a note's heading names it: "Article 7, paragraph 2". */
  heading: string;
  documentId: string;
  documentTitle: string;
  /** Commentaries on this document, and the line of this unit's note in each (if there is one). */
  commentaries: Array<{ uri: string; title: string; noteLine?: number }>;
}

export function notePlace(context: FeatureContext, params: NotePlaceParams): NotePlace | null {
  const { workspace } = context;
  const model = workspace.get(params.textDocument.uri);
  if (!model || model.type === 'commentary') return null;
  const offset = toOffset(model, params.position);
  let unit: Unit | undefined;
  for (const candidate of model.units) {
    if (candidate.kind === 'alinea' || !candidate.number) continue;
    if (candidate.span.start <= offset && offset < candidate.span.end && (!unit || candidate.span.end - candidate.span.start <= unit.span.end - unit.span.start)) unit = candidate;
  }
  if (!unit) return null;
  const commentaries = workspace.all().filter((other) => other.type === 'commentary' && other.frontMatter.annotates === model.id).map((other) => {
    const existing = commentaryNotes(other, workspace).find((note) => note.target?.documentId === model.id && note.target.unitId === unit!.id);
    return { uri: other.uri, title: other.frontMatter.shortTitle ?? other.title, ...(existing ? { noteLine: other.lines.position(existing.anchorSpan.start).line } : {}) };
  });
  return { heading: describeUnit(unit), documentId: model.id, documentTitle: model.title, commentaries };
}
