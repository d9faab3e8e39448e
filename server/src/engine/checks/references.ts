// Broken citations: an article or paragraph that does not exist, "this article" outside any
// article. External instruments are not errors.
import type { Workspace } from '../workspace';
import type { EngineDiagnostic } from './types';

export function referenceDiagnostics(workspace: Workspace, uri: string): EngineDiagnostic[] {
  const out: EngineDiagnostic[] = [];
  for (const resolved of workspace.resolved(uri)) {
    for (const target of resolved.targets) {
      if (target.status === 'external' && target.notInWorkspace) {
        out.push({ code: 'reference-not-in-workspace', severity: 'information', message: `"${resolved.reference.text}": ${target.reason ?? 'not in the workspace'}.`, span: target.span, related: [] });
        continue;
      }
      if (target.status !== 'unresolved') continue;
      const thisOutside = resolved.reference.anchor.kind === 'this' && /stands outside/.test(target.reason ?? '');
      const related = (target.existing ?? []).map((existing) => {
        const model = workspace.get(existing.uri);
        const unit = model?.unitsById.get(existing.unitId);
        return { uri: existing.uri, span: unit?.labelSpan ?? { start: 0, end: 0 }, message: `exists: ${unit?.label.trim() ?? existing.unitId}` };
      });
      out.push({
        code: thisOutside ? 'reference-outside-unit' : 'broken-reference',
        severity: 'error',
        message: `"${resolved.reference.text}": ${target.reason ?? 'the cited unit does not exist'}.`,
        // The whole citation is marked ("Article 99", not "99") unless it lists several targets,
        // where each element is marked on its own.
        span: resolved.targets.length === 1 ? resolved.reference.span : target.span,
        related,
      });
    }
  }
  return out;
}
