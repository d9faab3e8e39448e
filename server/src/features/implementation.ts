// Implementation mapping in the editor: code lenses ("implemented by N" on treaty articles,
// "implements article N" on law provisions), hover additions, completion on marker lines, the
// suggestion quick fixes, renumbering of marker citations, and the coverage table request.
import { CodeActionKind, CompletionItemKind, type CodeAction, type CodeActionParams, type CodeLens, type CompletionItem, type Location, type TextEdit } from 'vscode-languageserver';
import type { FeatureContext } from './context';
import type { DocumentModel } from '../engine/document';
import type { Unit } from '../engine/model';
import type { Workspace } from '../engine/workspace';
import { toRange, toLocation } from '../lsp/convert';
import { describeUnit, unitText } from '../engine/queries';
import { canonicalTreatyId, findMarkers, mappingsOf, targetArticles, type Mapping } from '../engine/implementation/mappings';
import { provisionAt } from '../engine/unitAncestors';
import { articleObligation, describeObligation } from '../engine/implementation/obligations';
import { lawsFor } from '../engine/implementation/table';
import { markerInsertion, suggestArticles } from '../engine/implementation/suggest';
import { numbersMatch } from '../engine/keywords';

/** The law provisions mapped to one treaty article (any language version of the treaty). */
export function implementingProvisions(workspace: Workspace, treaty: DocumentModel, article: Unit, laws = lawsFor(treaty, workspace)): Array<{ law: DocumentModel; provision: Unit; mapping: Mapping }> {
  const canonical = canonicalTreatyId(treaty, workspace);
  const out: Array<{ law: DocumentModel; provision: Unit; mapping: Mapping }> = [];
  for (const law of laws) {
    for (const mapping of mappingsOf(law, workspace)) {
      const hit = mapping.targets.some((target) => {
        if (target.canonicalTreatyId !== canonical || !target.treatyId) return false;
        const named = workspace.byId(target.treatyId);
        return targetArticles(target).some((id) => named?.unitsById.get(id)?.number === article.number);
      });
      if (hit) out.push({ law, provision: law.unitsById.get(mapping.provisionId) ?? law.root, mapping });
    }
  }
  return out;
}

/** The treaty articles one law provision is mapped to, resolved. */
function mappedArticles(workspace: Workspace, law: DocumentModel, provision: Unit): Array<{ treaty: DocumentModel; unit: Unit; article: Unit; mapping: Mapping }> {
  const out: Array<{ treaty: DocumentModel; unit: Unit; article: Unit; mapping: Mapping }> = [];
  for (const mapping of mappingsOf(law, workspace)) {
    if (mapping.provisionId !== provision.id) continue;
    for (const target of mapping.targets) {
      const treaty = target.treatyId ? workspace.byId(target.treatyId) : undefined;
      if (!treaty) continue;
      for (const articleId of targetArticles(target)) {
        const article = treaty.unitsById.get(articleId);
        const unit = articleId === target.articleId ? treaty.unitsById.get(target.unitId ?? '') ?? article : article;
        if (article && unit) out.push({ treaty, unit, article, mapping });
      }
    }
  }
  return out;
}

export function implementationLenses(context: FeatureContext, model: DocumentModel): CodeLens[] {
  const { workspace } = context;
  const lenses: CodeLens[] = [];
  if (model.type === 'treaty') {
    const laws = lawsFor(model, workspace);
    if (laws.length === 0) return [];
    for (const unit of model.units) {
      if (!unit.citable || unit.number === undefined) continue;
      const provisions = implementingProvisions(workspace, model, unit, laws);
      const obligation = articleObligation(workspace.byId(canonicalTreatyId(model, workspace)) ?? model, (workspace.byId(canonicalTreatyId(model, workspace)) ?? model).units.find((u) => u.citable && u.number === unit.number)?.id ?? unit.id);
      if (provisions.length === 0 && obligation?.kind !== 'mandatory') continue;
      const range = toRange(model, unit.labelSpan);
      const title = provisions.length ? `implemented by ${provisions.length}` : 'implemented by none';
      const locations: Location[] = provisions.map(({ law, provision }) => toLocation(law, provision.labelSpan));
      lenses.push({ range, command: provisions.length ? { title, command: 'treatyLens.showReferences', arguments: [model.uri, range.start, locations] } : { title, command: '' } });
    }
    return lenses;
  }
  if (model.type !== 'law') return [];
  const byProvision = new Map<string, Array<{ treaty: DocumentModel; unit: Unit; article: Unit; mapping: Mapping }>>();
  for (const mapping of mappingsOf(model, workspace)) byProvision.set(mapping.provisionId, []);
  for (const provisionId of byProvision.keys()) {
    const provision = model.unitsById.get(provisionId);
    if (!provision) continue;
    const articles = mappedArticles(workspace, model, provision);
    if (articles.length === 0) continue;
    const numbers = [...new Set(articles.map((a) => a.article.number))];
    const partly = articles.every((a) => a.mapping.kind === 'partly');
    const range = toRange(model, provision.labelSpan);
    const title = `implements${partly ? ' in part' : ''} ${numbers.length === 1 ? 'article' : 'articles'} ${numbers.join(', ')}`;
    const locations = articles.map((a) => toLocation(a.treaty, a.unit.labelSpan));
    lenses.push({ range, command: { title, command: 'treatyLens.showReferences', arguments: [model.uri, range.start, locations] } });
  }
  return lenses;
}

/** Hover lines for a unit's heading: the treaty text a law provision implements; a treaty article's obligation. */
export function implementationHover(context: FeatureContext, model: DocumentModel, unit: Unit): string | undefined {
  const { workspace } = context;
  const maxLength = context.settings().hover.maxLength;
  if (model.type === 'treaty') {
    const original = workspace.byId(canonicalTreatyId(model, workspace)) ?? model;
    const source = original.units.find((u) => u.citable && u.number === unit.number);
    const obligation = unit.citable && source ? articleObligation(original, source.id) : undefined;
    const parts: string[] = [];
    if (obligation) parts.push(`**Obligation:** ${describeObligation(obligation)}`);
    if (unit.citable && lawsFor(model, workspace).length) {
      const provisions = implementingProvisions(workspace, model, unit);
      parts.push(provisions.length
        ? `**Implemented by:** ${provisions.map(({ law, provision }) => `${law.frontMatter.shortTitle ?? law.title} ${provision.label.trim().replace(/[.:]$/, '')}`).join('; ')}`
        : obligation?.kind === 'mandatory' ? '**Implemented by:** no provision in the workspace' : '');
    }
    return parts.filter(Boolean).join('\n\n') || undefined;
  }
  if (model.type !== 'law') return undefined;
  const articles = mappedArticles(workspace, model, unit.citable ? unit : provisionAt(model, unit.span.start));
  if (articles.length === 0) return undefined;
  const budget = Math.max(200, Math.floor(maxLength / articles.length));
  return articles.map(({ treaty, unit: target, mapping }) => {
    const { text } = unitText(treaty, target, budget);
    return `**Implements${mapping.kind === 'partly' ? ' in part' : ''}:** ${describeUnit(target)} of the ${treaty.frontMatter.shortTitle ?? treaty.title}\n\n${text.split('\n').map((line) => `> ${line}`).join('\n')}`;
  }).join('\n\n---\n\n');
}

/** On a marker line: the treaty articles, written as a citation that names the treaty. */
export function mappingCompletion(context: FeatureContext, model: DocumentModel, offset: number): CompletionItem[] | undefined {
  if (model.type !== 'law') return undefined;
  const lineStart = model.text.lastIndexOf('\n', offset - 1) + 1;
  const before = model.text.slice(lineStart, offset);
  const onMarker = /^ {0,3}>[ \t]*(?:implements(?: in part)?|partly implements|reservation|not applicable)[ \t]*:/i.exec(before);
  if (!onMarker) return undefined;
  const rest = before.slice(onMarker[0].length);
  const afterWord = /(?:^|\s)(?:articles?|art\.)\s+$/i.test(rest);
  const { workspace } = context;
  const treaties = [...workspace.all()].filter((doc) => doc.type === 'treaty' && !doc.frontMatter.translationOf);
  const implemented = new Set(model.frontMatter.implements);
  treaties.sort((a, b) => Number(implemented.has(b.id)) - Number(implemented.has(a.id)) || a.id.localeCompare(b.id));
  const items: CompletionItem[] = [];
  treaties.forEach((treaty, index) => {
    const name = treaty.frontMatter.shortTitle ?? treaty.title;
    for (const unit of treaty.units) {
      if (!unit.citable || unit.number === undefined) continue;
      const obligation = articleObligation(treaty, unit.id);
      const citation = `article ${unit.number} of the ${name.replace(/^the\s+/i, '')}`;
      items.push({
        label: afterWord ? unit.number : citation,
        kind: CompletionItemKind.Reference,
        detail: `${unit.label.trim()}${unit.title ? ` – ${unit.title}` : ''} (${name})${obligation ? ` · ${describeObligation(obligation)}` : ''}`,
        insertText: afterWord ? `${unit.number} of the ${name.replace(/^the\s+/i, '')}` : citation,
        filterText: afterWord ? unit.number : `${citation} ${unit.title ?? ''}`,
        sortText: `${index}${unit.number.padStart(6, '0')}`,
      });
    }
  });
  return items;
}

/** Quick fixes on a law provision without a mapping: "Map to Article 2 – Illegal access". */
export function suggestionActions(context: FeatureContext, params: CodeActionParams): CodeAction[] {
  const { workspace } = context;
  const model = workspace.get(params.textDocument.uri);
  if (!model || model.type !== 'law') return [];
  const offset = model.lines.offset(params.range.start.line, params.range.start.character);
  const provision = provisionAt(model, offset);
  if (provision.kind === 'document' || !provision.citable) return [];
  // Only on the heading line or the paragraph right under it: a light bulb, not a nag.
  if (params.range.start.line > provision.line + 2) return [];
  const mappings = mappingsOf(model, workspace);
  if (mappings.some((m) => m.provisionId === provision.id)) return [];
  const treatyIds = new Set(model.frontMatter.implements);
  for (const mapping of mappings) for (const target of mapping.targets) if (target.canonicalTreatyId) treatyIds.add(target.canonicalTreatyId);
  const actions: CodeAction[] = [];
  for (const id of treatyIds) {
    const treaty = workspace.byId(id);
    if (!treaty || treaty.type !== 'treaty') continue;
    for (const suggestion of suggestArticles(model, provision, treaty, workspace, 3)) {
      const at = markerInsertion(model, provision);
      const edit: TextEdit = { range: toRange(model, at), newText: `\n\n${suggestion.marker}` };
      actions.push({
        title: `Map to ${suggestion.label} (${treaty.frontMatter.shortTitle ?? treaty.title})${suggestion.shared.length ? ` — shares “${suggestion.shared.slice(0, 3).join('”, “')}”` : ''}`,
        kind: CodeActionKind.QuickFix,
        edit: { changes: { [model.uri]: [edit] } },
      });
    }
  }
  return actions;
}

/**
 * Renumbering a treaty article: the marker citations the document's own grammar did not read
 * (a mapping in English inside a Dutch law) are rewritten too.
 */
export function mappingRenumberEdits(workspace: Workspace, treaty: DocumentModel, unit: Unit, newName: string): Array<{ model: DocumentModel; span: { start: number; end: number }; newText: string }> {
  const out: Array<{ model: DocumentModel; span: { start: number; end: number }; newText: string }> = [];
  if (treaty.type !== 'treaty' || !unit.citable) return out;
  for (const law of workspace.all()) {
    if (law.type !== 'law' || findMarkers(law).length === 0) continue;
    for (const mapping of mappingsOf(law, workspace)) {
      for (const target of mapping.targets) {
        if (target.treatyId !== treaty.id || target.articleId !== unit.id) continue;
        // The target's span is the innermost number; the article's number is the one to rewrite.
        const text = law.text.slice(mapping.citationSpan.start, mapping.citationSpan.end);
        const numberAt = findNumber(text, unit.number ?? '', target.span.start - mapping.citationSpan.start);
        if (numberAt >= 0) out.push({ model: law, span: { start: mapping.citationSpan.start + numberAt, end: mapping.citationSpan.start + numberAt + (unit.number ?? '').length }, newText: newName });
      }
    }
  }
  return out;
}

/** The last occurrence of the article number as a whole word at or before `before`. */
function findNumber(text: string, number: string, before: number): number {
  if (!number) return -1;
  let found = -1;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${number.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
  for (let match = pattern.exec(text); match && match.index <= before; match = pattern.exec(text)) {
    if (numbersMatch(match[0], number)) found = match.index;
  }
  return found;
}

