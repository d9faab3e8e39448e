// Editor-neutral answers the features share: what is under the cursor, how to name a unit,
// the text of a unit, and every use of a definition across the workspace.
import type { Definition, Unit } from './model';
import type { DocumentModel } from './document';
import type { ResolvedReference, ResolvedTarget } from './resolve';
import { definitionKey, type IncomingReference, type TermUse, type VisibleDefinition, type Workspace } from './workspace';
import { withoutComments } from './comments';
import { truncateAtWord } from './text';
import { listItemLetter } from './listPositions';

export type Symbol =
  | { kind: 'term'; use: TermUse }
  | { kind: 'reference'; resolved: ResolvedReference; target?: ResolvedTarget }
  | { kind: 'unit'; unit: Unit }
  | { kind: 'definition'; definition: Definition };

/** What the cursor is on: a citation, a defined term (use or definition), or a unit's heading. */
export function symbolAt(workspace: Workspace, uri: string, offset: number): Symbol | undefined {
  const model = workspace.get(uri);
  if (!model) return undefined;
  const resolved = workspace.referenceAt(uri, offset);
  if (resolved) {
    return { kind: 'reference', resolved, target: targetAt(resolved, offset) };
  }
  const use = workspace.termAt(uri, offset);
  if (use) return { kind: 'term', use };
  const definition = model.definitions.find((d) => d.termSpan.start <= offset && offset <= d.termSpan.end);
  if (definition) return { kind: 'definition', definition };
  const unit = model.units.find((u) => u.headingDepth > 0 && u.labelSpan.start <= offset && offset <= u.labelSpan.end);
  if (unit) return { kind: 'unit', unit };
  return undefined;
}

/**
 * The element of a list of citations under the cursor: in "Article 4, paragraph 2, Article 6,
 * paragraph 3" the text from after "2" through "3" is the second element. Each element ends at the
 * last step written for it alone (an outer "of article 7" that all share is nobody's end).
 */
export function targetAt(resolved: ResolvedReference, offset: number): ResolvedTarget | undefined {
  const targets = resolved.targets;
  if (targets.length <= 1) return targets[0];
  const exact = targets.find((t) => t.span.start <= offset && offset <= t.span.end);
  if (exact) return exact;
  const cited = resolved.reference.targets;
  if (cited.length !== targets.length) return targets[0];
  const stepCount = new Map<number, number>();
  for (const target of cited) for (const step of [...target.path, ...(target.through ?? [])]) stepCount.set(step.span.start, (stepCount.get(step.span.start) ?? 0) + 1);
  let previousEnd = resolved.reference.span.start;
  for (let k = 0; k < cited.length; k++) {
    const own = [...cited[k].path, ...(cited[k].through ?? [])].filter((step) => stepCount.get(step.span.start) === 1);
    if (!own.length) continue;
    const end = Math.max(...own.map((step) => step.span.end));
    const start = Math.min(...own.map((step) => step.span.start));
    if (start < previousEnd) return targets[0]; // not written in order: no partition
    if (offset >= previousEnd && offset <= end) return targets[k];
    previousEnd = end;
  }
  return targets[0];
}

/** "Article 7, paragraph 2 (b)" style name of a unit, from its citable ancestor down. */
export function describeUnit(unit: Unit): string {
  if (unit.kind === 'document') return 'the whole document';
  const chain: Unit[] = [];
  for (let current: Unit | undefined = unit; current && current.kind !== 'document'; current = current.parent) {
    chain.unshift(current);
    if (current.headingDepth > 0) break;
  }
  return chain.map((u, i) => {
    if (u.headingDepth > 0) return u.label.trim().replace(/[.:]$/, '');
    if (u.kind === 'alinea') return `${i === 0 ? '' : ', '}paragraph ${u.number} (unnumbered)`;
    // An item of a list a converter renumbered is named as the text cites it: "(a)", "(ii)".
    const marker = /^\(/.test(u.label) ? u.label : `(${listItemLetter(u) ?? u.number})`;
    return (i === 1 && u.kind === 'paragraph' && !/^\(/.test(u.label) ? `, paragraph ${u.number}` : ` ${marker}`);
  }).join('');
}

/** The unit's heading and text, trimmed to `maxLength` characters at a word boundary. */
export function unitText(model: DocumentModel, unit: Unit, maxLength: number): { text: string; trimmed: boolean } {
  const raw = withoutComments(model.text.slice(unit.span.start, unit.span.end)).replace(/\n{3,}/g, '\n\n').trim();
  return { text: truncateAtWord(raw, maxLength), trimmed: raw.length > maxLength };
}

/** Every use of a definition in the workspace (its own document and documents that incorporate it). */
export function usesOfDefinition(workspace: Workspace, owner: DocumentModel, definition: Definition): Array<{ model: DocumentModel; use: TermUse }> {
  const out: Array<{ model: DocumentModel; use: TermUse }> = [];
  const wanted = definitionKey(owner, definition);
  for (const model of workspace.all()) {
    if (model !== owner && !model.frontMatter.incorporates.includes(owner.id)) continue;
    for (const use of workspace.termUses(model.uri)) {
      if (definitionKey(use.definition.model, use.definition.definition) === wanted) out.push({ model, use });
    }
  }
  return out;
}

/** The definition a term use or definition site stands for. */
export function definitionOf(workspace: Workspace, uri: string, symbol: Symbol): VisibleDefinition | undefined {
  if (symbol.kind === 'term') return symbol.use.definition;
  if (symbol.kind === 'definition') {
    const model = workspace.get(uri);
    return model ? { definition: symbol.definition, model } : undefined;
  }
  return undefined;
}

/** The definitions a law's implemented treaty gives for a key (in the law's language first). */
export function treatyDefinitions(workspace: Workspace, model: DocumentModel, key: string): VisibleDefinition[] {
  const out: VisibleDefinition[] = [];
  for (const treaty of implementedTreaties(workspace, model)) {
    for (const definition of treaty.definitions) if (definition.key === key) out.push({ definition, model: treaty });
  }
  return out;
}

/**
 * The treaties a document implements, each in the document's own language when a
 * translation is in the workspace ("translation-of"), else as named.
 */
export function implementedTreaties(workspace: Workspace, model: DocumentModel): DocumentModel[] {
  const out: DocumentModel[] = [];
  for (const id of model.frontMatter.implements) {
    const treaty = workspace.byId(id);
    if (!treaty) continue;
    if (treaty.language !== model.language) {
      const translation = workspace.naming(treaty.id, 'translationOf').find((doc) => doc.language === model.language);
      if (translation) { out.push(translation); continue; }
    }
    out.push(treaty);
  }
  return out;
}

/**
 * Citations of a unit as a lawyer counts them: an article is cited by "Article 14, paragraph 3" as
 * much as by "Article 14", so the citations of its paragraphs count (once each, a range included).
 * What the article says of itself ("this article", "paragraph 1 of this article") is not a citation
 * of it: only citations from outside count.
 */
export function incomingCitations(workspace: Workspace, documentId: string, unitId: string, options: { fromInside?: boolean } = {}): IncomingReference[] {
  const found = workspace.unit(documentId, unitId);
  if (!found) return workspace.incoming(documentId, unitId);
  const { model, unit } = found;
  const units = [unit];
  if (unit.citable) {
    const stack = [...unit.children];
    while (stack.length) {
      const next = stack.pop() as Unit;
      if (next.headingDepth > 0 && next.citable) continue;
      units.push(next);
      stack.push(...next.children);
    }
  }
  const out: IncomingReference[] = [];
  const seen = new Set<unknown>();
  for (const inner of units) {
    for (const entry of workspace.incoming(documentId, inner.id)) {
      if (seen.has(entry.target)) continue;
      seen.add(entry.target);
      const selfCitation = !options.fromInside && entry.uri === model.uri && unit.kind !== 'document' &&
        entry.resolved.reference.span.start >= unit.span.start && entry.resolved.reference.span.end <= unit.span.end;
      if (!selfCitation) out.push(entry);
    }
  }
  return out.sort((a, b) => (a.uri === b.uri ? a.resolved.reference.span.start - b.resolved.reference.span.start : a.uri < b.uri ? -1 : 1));
}

/** The words of one element of a citation: "14, paragraph 3" of "Article 4, paragraph 2, Article 14, paragraph 3". */
export function citedElementSpan(resolved: ResolvedReference, target: ResolvedTarget): { start: number; end: number } {
  const index = resolved.targets.indexOf(target);
  const cited = resolved.targets.length === resolved.reference.targets.length ? resolved.reference.targets[index] : undefined;
  return cited ? cited.span : target.span;
}

/**
 * The documents of the workspace, as every front end counts and lists them: markdown in the
 * corpus format (front matter, or a treaty's or law's structure). A README beside them is read
 * but is not a document.
 */
export function corpusDocuments(workspace: { all(): readonly DocumentModel[] }): DocumentModel[] {
  return workspace.all().filter((model) => model.inCorpusFormat);
}
