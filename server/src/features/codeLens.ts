// Code lens on articles and sections: "referenced by N".
import type { CodeLens, CodeLensParams } from 'vscode-languageserver';
import type { FeatureContext } from './context';
import { toLocation, toRange } from '../lsp/convert';
import { commentaryNotes, notesByUnit } from '../engine/annotations';
import { describeUnit, incomingCitations } from '../engine/queries';
import { citationsOf } from './references';
import { otherVersionLenses } from './otherVersions';

export function codeLenses(context: FeatureContext, params: CodeLensParams): CodeLens[] {
  const { workspace } = context;
  const model = workspace.get(params.textDocument.uri);
  if (!model || !model.inCorpusFormat) return [];
  const lenses: CodeLens[] = [];
  // A commentary's headings are notes: each says which unit it is about.
  const notesHere = commentaryNotes(model, workspace);
  for (const note of notesHere) {
    const found = note.target && workspace.unit(note.target.documentId, note.target.unitId);
    const title = found ? `note on ${found.model.frontMatter.shortTitle ?? found.model.title}, ${describeUnit(found.unit)}` : `note on a unit that does not exist (${note.label})`;
    lenses.push({ range: toRange(model, note.anchorSpan), command: { title, command: '' } });
  }
  const noteHeadings = new Set(notesHere.map((note) => note.anchorSpan.start));
  // "N notes" on every unit that commentaries or footnotes annotate.
  for (const [unitId, notes] of notesByUnit(workspace, model.id)) {
    const unit = unitId ? model.unitsById.get(unitId) : undefined;
    if (!unit) continue;
    const range = toRange(model, unit.labelSpan);
    const locations = notes.map((note) => toLocation(workspace.get(note.uri)!, note.anchorSpan));
    lenses.push({ range, command: { title: `${notes.length} note${notes.length === 1 ? '' : 's'}`, command: 'treatyLens.showReferences', arguments: [model.uri, range.start, locations] } });
  }
  for (const unit of model.units) {
    if (!unit.citable || noteHeadings.has(unit.labelSpan.start)) continue;
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
