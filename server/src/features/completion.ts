// Completion: after "article " / "section " / "§ " / "artikel " the units that exist; while
// typing prose, the defined terms in scope (and the implemented treaty's).
import { CompletionItemKind, type CompletionItem, type CompletionParams } from 'vscode-languageserver';
import type { FeatureContext } from './context';
import type { UnitKind } from '../engine/model';
import { implementedTreaties } from '../engine/queries';
import { toOffset } from '../lsp/convert';
import type { DocumentModel } from '../engine/document';
import { mappingCompletion } from './implementation';
import { unitWords } from '../engine/references/unitWords';

/** The words after which the units that exist are offered, from the citation tables: "article ", "§", "artikel ". */
const UNIT_WORDS: Array<[RegExp, UnitKind]> = (['article', 'section', 'chapter'] as const).map((kind) => [triggerAfter(kind), kind]);

/** "… article " at the end of the text before the cursor; a sign ("§") needs no space after it. */
function triggerAfter(kind: UnitKind): RegExp {
  const words = unitWords().filter((w) => w.kind === kind).map((w) => w.word).sort((a, b) => b.length - a.length);
  const alternatives = words.map((word) => escapeRegExp(word).replace(/ /g, '\\s+') + (/[\p{L}.]$/u.test(word) ? '\\s+' : '\\s*'));
  return new RegExp(`(?:^|[\\s(])(?:${alternatives.join('|')})$`, 'iu');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function completion(context: FeatureContext, params: CompletionParams): CompletionItem[] {
  const { workspace } = context;
  const model = workspace.get(params.textDocument.uri);
  if (!model) return [];
  const offset = toOffset(model, params.position);
  const onMarker = mappingCompletion(context, model, offset);
  if (onMarker) return onMarker;
  const lineStart = model.lines.lineStart(params.position.line);
  const before = model.text.slice(Math.max(lineStart, offset - 40), offset);
  for (const [pattern, kind] of UNIT_WORDS) {
    if (pattern.test(before)) return unitItems(model, kind, implementedTreaties(workspace, model));
  }
  if (!/[\p{L}]{2,}$/u.test(before)) return [];
  const seen = new Set<string>();
  const items: CompletionItem[] = [];
  const add = (owner: DocumentModel, term: string, body: string, key: string, sortPrefix: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    items.push({ label: term, kind: CompletionItemKind.Constant, detail: `defined in ${owner.title}`, documentation: { kind: 'markdown', value: `> ${body.slice(0, 600)}` }, sortText: sortPrefix + term });
  };
  for (const { definition, model: owner } of workspace.visibleDefinitions(model)) add(owner, definition.term, definition.body, definition.key, '0');
  for (const treaty of implementedTreaties(workspace, model)) for (const d of treaty.definitions) add(treaty, d.term, d.body, d.key, '1');
  return items;
}

function unitItems(model: DocumentModel, kind: UnitKind, treaties: DocumentModel[]): CompletionItem[] {
  const items: CompletionItem[] = [];
  const sources = [model, ...treaties.filter((t) => t !== model)];
  sources.forEach((source, index) => {
    for (const unit of source.units) {
      if (unit.headingDepth === 0 || unit.number === undefined) continue;
      if (unit.kind !== kind && !(unit.citable && (kind === 'article' || kind === 'section'))) continue;
      const suffix = index === 0 ? '' : ` of the ${source.frontMatter.shortTitle ?? source.title}`;
      items.push({
        label: unit.number,
        kind: CompletionItemKind.Reference,
        detail: `${unit.label.trim()}${unit.title ? ` – ${unit.title}` : ''}${index === 0 ? '' : ` (${source.title})`}`,
        insertText: index === 0 ? unit.number : `${unit.number}${suffix}`,
        sortText: `${index}${unit.number.padStart(6, '0')}`,
        filterText: unit.number,
      });
    }
  });
  return items;
}
