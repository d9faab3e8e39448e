// All checks of one document, with severities from settings.
import type { Workspace } from '../workspace';
import type { DocumentModel } from '../document';
import type { CheckSettings, EngineDiagnostic, Severity } from './types';
import { DEFAULT_CHECK_SETTINGS } from './types';
import { referenceDiagnostics } from './references';
import { terminologyDiagnostics } from './terminology';
import { implementationDiagnostics } from './implementation';
import { annotationDiagnostics } from './annotations';
import { relationDiagnostics } from './relations';
import { translationDiagnostics } from '../translation/checks';
import { otherVersions } from '../translation/versions';
import { detachStrings } from '../text';
import { someTextsRest } from '../restingText';

/**
 * The last diagnostics of each document version: valid while nothing another document shows
 * changes (the workspace generation) and the settings are the same. Re-checking a dependant
 * after a prose edit elsewhere is then free.
 */
const lastResults = new WeakMap<object, { generation: number; settings: string; users: DocumentModel[]; pointedInto: DocumentModel[]; value: EngineDiagnostic[] }>();

export function checkDocument(workspace: Workspace, uri: string, settings: CheckSettings = DEFAULT_CHECK_SETTINGS): EngineDiagnostic[] {
  const model = workspace.get(uri);
  if (!model) return [];
  const settingsKey = JSON.stringify(settings.severity);
  const last = lastResults.get(model);
  // Documents whose text (not only what they show others) the checks read: those that
  // incorporate this one (their uses decide unused-definition), and the other versions of the
  // same instrument (a translation is compared with its original, numbers and citations).
  const users = [...workspace.incorporating(model), ...otherVersions(workspace, model)];
  if (last && last.generation === workspace.generation && last.settings === settingsKey && workspace.sameId(model).length === 0 &&
      sameModels(last.users, users) && last.pointedInto.every((other) => workspace.get(other.uri) === other)) return last.value;
  const value = computeDiagnostics(workspace, model.uri, settings);
  // Related information points into other documents: their offsets move when they are edited.
  const pointedInto = [...new Set(value.flatMap((d) => d.related.map((r) => r.uri)))].filter((uri) => uri !== model.uri)
    .map((uri) => workspace.get(uri)).filter((other): other is DocumentModel => !!other);
  // Messages quote the texts: copies, so that the cache keeps no resting document's text alive.
  if (someTextsRest()) detachStrings(value);
  lastResults.set(model, { generation: workspace.generation, settings: settingsKey, users, pointedInto, value });
  return value;
}

function computeDiagnostics(workspace: Workspace, uri: string, settings: CheckSettings): EngineDiagnostic[] {
  const model = workspace.get(uri);
  if (!model) return [];
  const out: EngineDiagnostic[] = model.problems.map((problem) => ({ ...problem, related: [] }));
  // Only ids the documents declare: an id taken from the file name is ours, not the user's, and
  // folders of README.md or index.md files (one per chapter, as converters write codes) share it.
  for (const other of model.frontMatter.id ? workspace.sameId(model) : []) {
    if (!other.frontMatter.id) continue;
    out.push({
      code: 'duplicate-document-id', severity: 'error', span: model.frontMatter.span ?? { start: 0, end: 0 },
      message: `Another document has the id "${model.id}"; citations and relations to it are ambiguous.`,
      related: [{ uri: other.uri, span: other.frontMatter.span ?? { start: 0, end: 0 }, message: 'the other document with this id' }],
    });
  }
  if (model.inCorpusFormat) {
    out.push(...relationDiagnostics(workspace, uri));
    out.push(...referenceDiagnostics(workspace, uri));
    out.push(...terminologyDiagnostics(workspace, uri));
    out.push(...implementationDiagnostics(workspace, uri));
    out.push(...annotationDiagnostics(workspace, uri));
    out.push(...translationDiagnostics(workspace, uri));
  }
  const result: EngineDiagnostic[] = [];
  for (const diagnostic of out) {
    const setting = settings.severity[diagnostic.code];
    if (setting === 'off') continue;
    result.push(setting ? { ...diagnostic, severity: setting as Severity } : diagnostic);
  }
  return result.sort((a, b) => a.span.start - b.span.start);
}

function sameModels(a: DocumentModel[], b: DocumentModel[]): boolean {
  return a.length === b.length && a.every((model, i) => model === b[i]);
}
