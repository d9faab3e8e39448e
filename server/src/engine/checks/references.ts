// Broken citations: an article or paragraph that does not exist, "this article" outside any
// article. External instruments are not errors.
import type { Workspace } from '../workspace';
import type { EngineDiagnostic } from './types';
import { inMarker } from '../implementation/mappings';
import { citedPastTheEnd } from './cutShort';

export function referenceDiagnostics(workspace: Workspace, uri: string): EngineDiagnostic[] {
  const out: EngineDiagnostic[] = [];
  /** How many targets of one citation each diagnostic stands for, where more than one gave the same reason. */
  const repeats = new Map<EngineDiagnostic, number>();
  const model = workspace.get(uri);
  const resolutions = workspace.resolved(uri);
  const cutShort = model ? citedPastTheEnd(model, resolutions) : undefined;
  for (const resolved of resolutions) {
    // "des chapitres III, V, VI et VII du titre V" (sixteen articles in a title the document lacks): one reason, said once
    const said = new Map<string, EngineDiagnostic>();
    for (const target of resolved.targets) {
      const again = target.reason !== undefined && resolved.targets.length > 1 ? said.get(`${target.status} ${target.reason}`) : undefined;
      if (again) {
        repeats.set(again, (repeats.get(again) ?? 1) + 1);
        continue;
      }
      if (target.status === 'external' && target.notInWorkspace) {
        out.push({ code: 'reference-not-in-workspace', severity: 'information', message: `"${resolved.reference.text}": ${target.reason ?? 'not in the workspace'}.`, span: target.span, related: [] });
        said.set(`${target.status} ${target.reason}`, out[out.length - 1]);
        continue;
      }
      if (target.status !== 'unresolved') continue;
      // A citation on a mapping marker line is checked as a mapping (mapping-unknown-unit).
      if (model && inMarker(model, target.span.start)) continue;
      if (cutShort?.targets.has(target)) {
        // "Art. 182", "Art. 189" … "Art. 265" in a copy that stops at Art. 64: the text is most likely cut short
        const { kind, last, count, highest } = cutShort;
        out.push({ code: 'reference-not-in-workspace', severity: 'information', span: target.span, related: [],
          message: `"${resolved.reference.text}": ${target.reason ?? 'not found'}; but the text cites ${count} ${kind}s past its last (${last}), up to ${highest}, that nothing here explains: the copy is most likely cut short, or they are another instrument's, and cannot be checked.` });
        said.set(`${target.status} ${target.reason}`, out[out.length - 1]);
        continue;
      }
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
      said.set(`${target.status} ${target.reason}`, out[out.length - 1]);
    }
  }
  for (const [diagnostic, count] of repeats) diagnostic.message = `${diagnostic.message.slice(0, -1)} (for ${count} of the units it lists).`;
  return out;
}
