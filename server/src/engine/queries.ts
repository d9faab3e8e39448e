// Editor-neutral answers the features share: what is under the cursor, how to name a unit,
// the text of a unit, and every use of a definition across the workspace.
import type { Definition, Unit } from './model';
import type { DocumentModel } from './document';
import type { ResolvedReference, ResolvedTarget } from './resolve';
import { definitionKey, type TermUse, type VisibleDefinition, type Workspace } from './workspace';

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
    const target = resolved.targets.find((t) => t.span.start <= offset && offset <= t.span.end) ?? resolved.targets[0];
    return { kind: 'reference', resolved, target };
  }
  const use = workspace.termAt(uri, offset);
  if (use) return { kind: 'term', use };
  const definition = model.definitions.find((d) => d.termSpan.start <= offset && offset <= d.termSpan.end);
  if (definition) return { kind: 'definition', definition };
  const unit = model.units.find((u) => u.headingDepth > 0 && u.labelSpan.start <= offset && offset <= u.labelSpan.end);
  if (unit) return { kind: 'unit', unit };
  return undefined;
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
    const marker = /^\(/.test(u.label) ? u.label : `(${u.number})`;
    return (i === 1 && u.kind === 'paragraph' && !/^\(/.test(u.label) ? `, paragraph ${u.number}` : ` ${marker}`);
  }).join('');
}

/** The unit's heading and text, trimmed to `maxLength` characters at a word boundary. */
export function unitText(model: DocumentModel, unit: Unit, maxLength: number): { text: string; trimmed: boolean } {
  const raw = model.text.slice(unit.span.start, unit.span.end).replace(/<!--[\s\S]*?-->/g, '').replace(/\n{3,}/g, '\n\n').trim();
  if (raw.length <= maxLength) return { text: raw, trimmed: false };
  const cut = raw.lastIndexOf(' ', maxLength);
  return { text: raw.slice(0, cut > maxLength / 2 ? cut : maxLength) + ' …', trimmed: true };
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
      const translation = workspace.all().find((doc) => doc.frontMatter.translationOf === treaty.id && doc.language === model.language);
      if (translation) { out.push(translation); continue; }
    }
    out.push(treaty);
  }
  return out;
}

/**
 * The documents of the workspace, as every front end counts and lists them: markdown in the
 * corpus format (front matter, or a treaty's or law's structure). A README beside them is read
 * but is not a document.
 */
export function corpusDocuments(workspace: { all(): DocumentModel[] }): DocumentModel[] {
  return workspace.all().filter((model) => model.inCorpusFormat);
}
