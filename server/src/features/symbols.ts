// Outline (document symbols) and workspace symbol search ("article 15", "art 15 budapest", "traffic data").
import { SymbolKind, type DocumentSymbol, type DocumentSymbolParams, type WorkspaceSymbol, type WorkspaceSymbolParams } from 'vscode-languageserver';
import type { FeatureContext } from './context';
import type { Unit, UnitKind } from '../engine/model';
import type { DocumentModel } from '../engine/document';
import { describeUnit } from '../engine/queries';
import { commentaryNotes } from '../engine/annotations';
import { toLocation, toRange } from '../lsp/convert';
import { ID_PREFIX, normaliseNumber } from '../engine/keywords';
import { unitWords } from '../engine/references/unitWords';
import { articleObligation, describeObligation } from '../engine/implementation/obligations';

const KIND: Partial<Record<UnitKind, SymbolKind>> = {
  book: SymbolKind.Namespace, part: SymbolKind.Namespace, title: SymbolKind.Namespace, chapter: SymbolKind.Module,
  division: SymbolKind.Module, preamble: SymbolKind.String, annex: SymbolKind.Module, schedule: SymbolKind.Module,
  section: SymbolKind.Class, article: SymbolKind.Class, subsection: SymbolKind.Field, paragraph: SymbolKind.Field,
  subparagraph: SymbolKind.EnumMember, clause: SymbolKind.EnumMember, item: SymbolKind.EnumMember,
};

export function documentSymbols(context: FeatureContext, params: DocumentSymbolParams): DocumentSymbol[] {
  const model = context.workspace.get(params.textDocument.uri);
  if (!model) return [];
  // In a commentary, each note's heading shows the unit it annotates ("on Budapest Convention, Article 2").
  const about = new Map<number, string>();
  for (const note of commentaryNotes(model, context.workspace)) {
    const found = note.target && context.workspace.unit(note.target.documentId, note.target.unitId);
    about.set(note.anchorSpan.start, found ? `on ${found.model.frontMatter.shortTitle ?? found.model.title}, ${describeUnit(found.unit)}` : `on a unit that does not exist`);
  }
  return model.root.children.map((unit) => toSymbol(model, unit, about)).filter((s): s is DocumentSymbol => !!s);
}

function toSymbol(model: DocumentModel, unit: Unit, about: Map<number, string>): DocumentSymbol | undefined {
  if (unit.kind === 'alinea') return undefined;
  const children = unit.children.map((child) => toSymbol(model, child, about)).filter((s): s is DocumentSymbol => !!s);
  const name = unit.headingDepth > 0 ? (unit.title ? `${unit.label.trim()} – ${unit.title}` : unit.label.trim()) : unit.label.trim();
  const range = toRange(model, unit.span);
  const selection = toRange(model, unit.labelSpan);
  return {
    name: name || unit.id,
    detail: about.get(unit.labelSpan.start) ?? (unit.headingDepth > 0 ? obligationDetail(model, unit) : unit.kind),
    kind: KIND[unit.kind] ?? SymbolKind.Object,
    range,
    selectionRange: selection,
    children,
  };
}

/** A treaty article's obligation in the outline: "mandatory criminalisation". */
function obligationDetail(model: DocumentModel, unit: Unit): string | undefined {
  if (model.type !== 'treaty' || !unit.citable) return undefined;
  const obligation = articleObligation(model, unit.id);
  return obligation ? describeObligation(obligation) : undefined;
}

/** Unit words in a query ("art 15 budapest"), from the citation tables (the first table's kind wins), for the kinds a unit can have (ID_PREFIX lists them). */
const KIND_WORDS: Record<string, UnitKind> = kindWords();

function kindWords(): Record<string, UnitKind> {
  const out: Record<string, UnitKind> = {};
  for (const { word, kind } of unitWords()) {
    // The query is split at spaces, commas and dots: "art." is typed "art"; a two-word name cannot be one word.
    const key = word.replace(/\.$/, '');
    if (!key || /[\s,.]/.test(key) || key in out || !Object.hasOwn(ID_PREFIX, kind)) continue;
    out[key] = kind as UnitKind;
  }
  return out;
}

export function workspaceSymbols(context: FeatureContext, params: WorkspaceSymbolParams): WorkspaceSymbol[] {
  const query = params.query.toLowerCase().replace(/§/g, '§ ').trim();
  if (!query) return [];
  const words = query.split(/[\s,.]+/).filter(Boolean);
  let kind: UnitKind | undefined;
  let number: string | undefined;
  const rest: string[] = [];
  for (const word of words) {
    if (!kind && KIND_WORDS[word]) kind = KIND_WORDS[word];
    else if (!number && /^\d+[a-z]*$|^[ivxlc]+$/.test(word) && (kind || /^\d/.test(word))) number = normaliseNumber(word);
    else rest.push(word);
  }
  const out: WorkspaceSymbol[] = [];
  // Words that are not a unit kind or number name the document: "art 15 budapest". The
  // documents whose shortest matching name is shortest win (the Budapest Convention, not the
  // protocol whose long title mentions Budapest).
  const nameLength = (model: DocumentModel): number => {
    const names = [model.id, model.title, model.frontMatter.shortTitle ?? '', ...model.frontMatter.aliases].map((n) => n.toLowerCase());
    const matching = names.filter((name) => rest.every((word) => name.includes(word)));
    return matching.length ? Math.min(...matching.map((n) => n.length)) : Infinity;
  };
  const documents = context.workspace.all().filter((model) => model.inCorpusFormat);
  let bestNameLength = Infinity;
  if (number !== undefined && rest.length) for (const model of documents) bestNameLength = Math.min(bestNameLength, nameLength(model));
  for (const model of documents) {
    const names = [model.id, model.title, model.frontMatter.shortTitle ?? '', ...model.frontMatter.aliases].join(' ').toLowerCase();
    if (number !== undefined) {
      if (rest.length && nameLength(model) > bestNameLength * 1.5) continue;
      for (const unit of model.units) {
        if (unit.headingDepth === 0 || unit.number !== number) continue;
        if (kind && unit.kind !== kind && !(unit.citable && (kind === 'article' || kind === 'section'))) continue;
        out.push({ name: `${unit.label.trim()}${unit.title ? ` – ${unit.title}` : ''}`, kind: KIND[unit.kind] ?? SymbolKind.Class, containerName: model.title, location: toLocation(model, unit.labelSpan) });
      }
      continue;
    }
    for (const definition of model.definitions) {
      const term = definition.term.toLowerCase();
      if (words.every((word) => term.includes(word))) {
        const unit = model.unitsById.get(definition.unitId);
        out.push({ name: definition.term, kind: SymbolKind.Constant, containerName: `${model.title}${unit ? `, ${describeUnit(unit)}` : ''}`, location: toLocation(model, definition.termSpan) });
      }
    }
    for (const unit of model.units) {
      if (unit.headingDepth === 0 || !unit.title) continue;
      const text = `${unit.label} ${unit.title}`.toLowerCase();
      if (words.every((word) => text.includes(word) || names.includes(word)) && words.some((word) => text.includes(word))) {
        out.push({ name: `${unit.label.trim()} – ${unit.title}`, kind: KIND[unit.kind] ?? SymbolKind.Class, containerName: model.title, location: toLocation(model, unit.labelSpan) });
      }
    }
    if (out.length > 500) break;
  }
  return out.slice(0, 500);
}
