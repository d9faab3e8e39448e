// The index as plain JSON: what `treaty-lens index --json` prints, for researchers' scripts,
// our tests and the benchmark.
import { notesByUnit } from './annotations';
import type { Workspace } from './workspace';
import type { DocumentModel } from './document';

export interface IndexJson {
  documents: DocumentJson[];
}

export interface DocumentJson {
  id: string;
  path: string;
  type: string;
  language: string;
  title: string;
  relations: Record<string, string | string[]>;
  units: Array<{ id: string; kind: string; number?: string; title?: string; line: number; annotations?: Array<{ kind: string; document: string; line: number }> }>;
  definitions: Array<{ term: string; unit: string; line: number; scope: string }>;
  references: Array<{ text: string; line: number; status: string; targets: Array<{ document?: string; unit?: string; status: string; reason?: string }> }>;
  problems: Array<{ code: string; line: number; message: string }>;
}

export function indexToJson(workspace: Workspace, pathOf: (model: DocumentModel) => string): IndexJson {
  // Markdown that is not in the corpus format (a README, notes) is not part of the index.
  const documents = workspace.all().filter((model) => model.inCorpusFormat).sort((a, b) => pathOf(a).localeCompare(pathOf(b))).map((model): DocumentJson => {
    const fm = model.frontMatter;
    const relations: Record<string, string | string[]> = {};
    if (fm.implements.length) relations.implements = fm.implements;
    if (fm.translationOf) relations['translation-of'] = fm.translationOf;
    if (fm.annotates) relations.annotates = fm.annotates;
    if (fm.supplements.length) relations.supplements = fm.supplements;
    if (fm.incorporates.length) relations.incorporates = fm.incorporates;
    const annotations = notesByUnit(workspace, model.id);
    return {
      id: model.id,
      path: pathOf(model),
      type: model.type,
      language: model.language,
      title: model.title,
      relations,
      units: model.units.map((unit) => {
        const notes = annotations.get(unit.id);
        return {
          id: unit.id, kind: unit.kind, number: unit.number, title: unit.title, line: unit.line + 1,
          ...(notes ? { annotations: notes.map((note) => ({ kind: note.kind, document: note.documentId, line: (workspace.get(note.uri)?.lines.position(note.anchorSpan.start).line ?? 0) + 1 })) } : {}),
        };
      }),
      definitions: model.definitions.map((d) => ({ term: d.term, unit: d.unitId, line: d.line + 1, scope: d.scope.kind === 'document' ? 'document' : d.scope.unitId ?? '' })),
      references: workspace.resolved(model.uri).map((resolved) => ({
        text: resolved.reference.text,
        line: model.lines.position(resolved.reference.span.start).line + 1,
        status: resolved.status,
        targets: resolved.targets.map((t) => ({ document: t.documentId, unit: t.unitId, status: t.status, reason: t.reason })),
      })),
      problems: model.problems.map((p) => ({ code: p.code, line: model.lines.position(p.span.start).line + 1, message: p.message })),
    };
  });
  return { documents };
}
