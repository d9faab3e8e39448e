// Implementation mappings: a mapping that names no treaty unit, or one that does not exist; and,
// on a law's front matter, the mandatory criminalisation articles of a treaty it maps no
// provision to.
import type { Workspace } from '../workspace';
import type { EngineDiagnostic } from './types';
import { canonicalTreatyId, mappingsOf, targetArticles } from '../implementation/mappings';
import { articleObligation } from '../implementation/obligations';

export function implementationDiagnostics(workspace: Workspace, uri: string): EngineDiagnostic[] {
  const model = workspace.get(uri);
  if (!model || model.type !== 'law') return [];
  const out: EngineDiagnostic[] = [];
  const mappings = mappingsOf(model, workspace);
  for (const mapping of mappings) {
    if (mapping.problem) {
      out.push({ code: 'mapping-invalid', severity: 'warning', span: mapping.span, message: `Mapping: ${mapping.problem}.`, related: [] });
    }
    for (const target of mapping.targets) {
      if (target.status !== 'unresolved') continue;
      out.push({ code: 'mapping-unknown-unit', severity: 'error', span: target.span, message: `Mapping "${target.text}": ${target.reason ?? 'the treaty unit does not exist'}.`, related: [] });
    }
  }
  out.push(...unimplementedCriminalisation(workspace, uri));
  return out;
}

/** Per treaty the law implements (and maps at least one provision to): the mandatory criminalisation articles left without a provision. */
function unimplementedCriminalisation(workspace: Workspace, uri: string): EngineDiagnostic[] {
  const model = workspace.get(uri);
  if (!model || !model.frontMatter.span) return [];
  const out: EngineDiagnostic[] = [];
  const mappings = mappingsOf(model, workspace);
  for (const id of model.frontMatter.implements) {
    const treaty = workspace.byId(id);
    if (!treaty || treaty.type !== 'treaty') continue;
    const canonical = canonicalTreatyId(treaty, workspace);
    const original = workspace.byId(canonical) ?? treaty;
    const mapped = new Set<string>();
    for (const mapping of mappings) {
      for (const target of mapping.targets) {
        if (target.canonicalTreatyId !== canonical || !target.treatyId) continue;
        const named = workspace.byId(target.treatyId);
        for (const articleId of targetArticles(target)) {
          const number = named?.unitsById.get(articleId)?.number;
          if (number !== undefined) mapped.add(number);
        }
      }
    }
    // Nothing mapped yet: the law has not started declaring its mapping; listing every article would say nothing.
    if (mapped.size === 0) continue;
    const missing = original.units.filter((unit) => {
      if (!unit.citable || unit.number === undefined || mapped.has(unit.number)) return false;
      const obligation = articleObligation(original, unit.id);
      return obligation?.kind === 'mandatory' && obligation.class === 'criminalisation';
    });
    if (missing.length === 0) continue;
    const name = treaty.frontMatter.shortTitle ?? treaty.title;
    const list = missing.map((unit) => `${unit.number}${unit.title ? ` (${unit.title})` : ''}`).join(', ');
    out.push({
      code: 'unimplemented-criminalisation', severity: 'information', span: { start: model.frontMatter.span.start, end: Math.min(model.frontMatter.span.end, model.frontMatter.span.start + 3) },
      message: `No provision of this law is mapped to ${missing.length === 1 ? 'article' : 'articles'} ${list} of the ${name}, which oblige each Party to establish criminal offences.`,
      related: missing.map((unit) => ({ uri: original.uri, span: unit.labelSpan, message: `${unit.label.trim()}${unit.title ? ` – ${unit.title}` : ''}: mandatory criminalisation` })),
    });
  }
  return out;
}
