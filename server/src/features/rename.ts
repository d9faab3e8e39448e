// Rename a defined term across the workspace (definition and every use, keeping plural and
// capitalisation), or renumber an article/section and every citation of it.
import { ResponseError, ErrorCodes, type PrepareRenameParams, type RenameParams, type TextEdit, type WorkspaceEdit, type Range } from 'vscode-languageserver';
import type { FeatureContext } from './context';
import { definitionOf, incomingCitations, symbolAt, usesOfDefinition } from '../engine/queries';
import { toOffset, toRange } from '../lsp/convert';
import type { Unit } from '../engine/model';
import type { Workspace } from '../engine/workspace';
import type { DocumentModel } from '../engine/document';
import { numbersMatch } from '../engine/keywords';
import { inflectLike } from '../engine/terms';
import { commentaryNotes } from '../engine/annotations';

export function prepareRename(context: FeatureContext, params: PrepareRenameParams): { range: Range; placeholder: string } | null {
  const { workspace } = context;
  const model = workspace.get(params.textDocument.uri);
  if (!model) return null;
  const symbol = symbolAt(workspace, model.uri, toOffset(model, params.position));
  if (!symbol) throw new ResponseError(ErrorCodes.InvalidRequest, 'Place the cursor on a defined term or on an article or section number to rename it.');
  if (symbol.kind === 'term' || symbol.kind === 'definition') {
    const visible = definitionOf(workspace, model.uri, symbol);
    const span = symbol.kind === 'term' ? symbol.use.span : symbol.definition.termSpan;
    return { range: toRange(model, span), placeholder: visible?.definition.term ?? model.text.slice(span.start, span.end) };
  }
  const unit = unitToRenumber(workspace, model, symbol);
  if (!unit) throw new ResponseError(ErrorCodes.InvalidRequest, 'Only a defined term or an article or section number can be renamed.');
  const numberSpan = numberSpanOf(unit.model, unit.unit);
  if (symbol.kind === 'unit') return { range: toRange(model, numberSpan), placeholder: unit.unit.number ?? '' };
  const target = symbol.kind === 'reference' ? symbol.target : undefined;
  return { range: toRange(model, target?.span ?? numberSpan), placeholder: unit.unit.number ?? '' };
}

export function rename(context: FeatureContext, params: RenameParams): WorkspaceEdit | null {
  const { workspace } = context;
  const model = workspace.get(params.textDocument.uri);
  if (!model) return null;
  const newName = params.newName.trim();
  if (!newName) throw new ResponseError(ErrorCodes.InvalidParams, 'The new name is empty.');
  if (/[\n\r]/.test(newName)) throw new ResponseError(ErrorCodes.InvalidParams, 'The new name must be on one line.');
  const symbol = symbolAt(workspace, model.uri, toOffset(model, params.position));
  if (!symbol) return null;
  const changes: Record<string, TextEdit[]> = {};
  const edit = (target: DocumentModel, span: { start: number; end: number }, text: string) => {
    (changes[target.uri] ??= []).push({ range: toRange(target, span), newText: text });
  };
  if (symbol.kind === 'term' || symbol.kind === 'definition') {
    const visible = definitionOf(workspace, model.uri, symbol);
    if (!visible) return null;
    const { definition, model: owner } = visible;
    edit(owner, definition.termSpan, newName);
    for (const { model: user, use } of usesOfDefinition(workspace, owner, definition)) {
      if (user === owner && use.span.start === definition.termSpan.start) continue;
      edit(user, use.span, inflectLike(user.text.slice(use.span.start, use.span.end), definition.term, newName));
    }
    return { changes };
  }
  const unit = unitToRenumber(workspace, model, symbol);
  if (!unit) return null;
  if (!/^[\p{L}\p{N}.-]{1,12}$/u.test(newName)) throw new ResponseError(ErrorCodes.InvalidParams, `"${newName}" is not a unit number.`);
  edit(unit.model, numberSpanOf(unit.model, unit.unit), newName);
  // Citations of the unit and of its paragraphs ("Article 14, paragraph 3" names article 14 too).
  for (const entry of incomingCitations(workspace, unit.model.id, unit.unit.id, { fromInside: true })) {
    const source = workspace.get(entry.uri);
    if (!source) continue;
    for (const cited of entry.resolved.reference.targets) {
      for (const step of [...cited.path, ...(cited.through ?? [])]) {
        if ((step.kind === unit.unit.kind || (unit.unit.citable && (step.kind === 'article' || step.kind === 'section'))) && numbersMatch(step.number, unit.unit.number)) {
          edit(source, step.span, newName);
        }
      }
    }
  }
  // Notes about the unit (or a unit inside it) name it in their headings: "## Article 14, paragraph 2".
  for (const other of workspace.all()) {
    if (other.type !== 'commentary' || other.frontMatter.annotates !== unit.model.id) continue;
    for (const note of commentaryNotes(other, workspace)) {
      const about = note.target?.unitId;
      if (!about || !(about === unit.unit.id || about.startsWith(`${unit.unit.id}__`))) continue;
      for (const cited of note.reference?.targets ?? []) {
        for (const step of cited.path) {
          if ((step.kind === unit.unit.kind || (unit.unit.citable && (step.kind === 'article' || step.kind === 'section'))) && numbersMatch(step.number, unit.unit.number)) edit(other, step.span, newName);
        }
      }
    }
  }
  for (const uri of Object.keys(changes)) {
    const seen = new Set<string>();
    changes[uri] = changes[uri].filter((e) => {
      const key = `${e.range.start.line}:${e.range.start.character}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }
  return { changes };
}

function unitToRenumber(workspace: Workspace, model: DocumentModel, symbol: ReturnType<typeof symbolAt>): { model: DocumentModel; unit: Unit } | undefined {
  if (!symbol) return undefined;
  if (symbol.kind === 'unit') return symbol.unit.number ? { model, unit: symbol.unit } : undefined;
  if (symbol.kind === 'reference' && symbol.target?.status === 'resolved') {
    const found = workspace.unit(symbol.target.documentId ?? '', symbol.target.unitId ?? '');
    if (found && found.unit.headingDepth > 0 && found.unit.number) return found;
  }
  return undefined;
}

/** The number inside a heading label: "Article 7 – …" → the span of "7". */
function numberSpanOf(model: DocumentModel, unit: Unit): { start: number; end: number } {
  const heading = model.text.slice(unit.labelSpan.start, unit.labelSpan.end);
  const label = unit.label.trim();
  const labelAt = heading.indexOf(label);
  const rawNumber = /[\p{N}][\p{L}\p{N}.-]*$|[IVXLCDM]+$/u.exec(label)?.[0] ?? unit.number ?? '';
  const within = labelAt >= 0 ? labelAt + label.lastIndexOf(rawNumber) : heading.indexOf(rawNumber);
  const start = unit.labelSpan.start + Math.max(0, within);
  return { start, end: start + rawNumber.length };
}
