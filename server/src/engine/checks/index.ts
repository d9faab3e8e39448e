// All checks of one document, with severities from settings.
import type { Workspace } from '../workspace';
import type { CheckSettings, EngineDiagnostic, Severity } from './types';
import { DEFAULT_CHECK_SETTINGS } from './types';
import { referenceDiagnostics } from './references';
import { terminologyDiagnostics } from './terminology';
import { annotationDiagnostics } from './annotations';
import { relationDiagnostics } from './relations';
import { translationDiagnostics } from '../translation/checks';

/**
 * The last diagnostics of each document version: valid while nothing another document shows
 * changes (the workspace generation) and the settings are the same. Re-checking a dependant
 * after a prose edit elsewhere is then free.
 */
const lastResults = new WeakMap<object, { generation: number; settings: string; value: EngineDiagnostic[] }>();

export function checkDocument(workspace: Workspace, uri: string, settings: CheckSettings = DEFAULT_CHECK_SETTINGS): EngineDiagnostic[] {
  const model = workspace.get(uri);
  if (!model) return [];
  const settingsKey = JSON.stringify(settings.severity);
  const last = lastResults.get(model);
  if (last && last.generation === workspace.generation && last.settings === settingsKey && workspace.sameId(model).length === 0) return last.value;
  const value = computeDiagnostics(workspace, model.uri, settings);
  lastResults.set(model, { generation: workspace.generation, settings: settingsKey, value });
  return value;
}

function computeDiagnostics(workspace: Workspace, uri: string, settings: CheckSettings): EngineDiagnostic[] {
  const model = workspace.get(uri);
  if (!model) return [];
  const out: EngineDiagnostic[] = model.problems.map((problem) => ({ ...problem, related: [] }));
  for (const other of workspace.sameId(model)) {
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
