// Hover: a defined term's definition and source; a citation's target text; who cites a heading.
import type { Hover, HoverParams } from 'vscode-languageserver';
import type { FeatureContext } from './context';
import { describeUnit, incomingCitations, symbolAt, treatyDefinitions, unitText } from '../engine/queries';
import { lineLink, toOffset, toRange } from '../lsp/convert';
import type { DocumentModel } from '../engine/document';
import type { Definition, Unit } from '../engine/model';
import { compareDefinitions } from '../engine/checks/compare';
import { implementationHover } from './implementation';
import { noteAt, noteExcerpt, notesByUnit } from '../engine/annotations';
import { otherVersionsHover } from './otherVersions';
import { truncateAtWord } from '../engine/text';

export function hover(context: FeatureContext, params: HoverParams): Hover | null {
  const { workspace } = context;
  const model = workspace.get(params.textDocument.uri);
  if (!model) return null;
  const offset = toOffset(model, params.position);
  const maxLength = context.settings().hover.maxLength;
  const onNote = noteHover(context, model, offset, maxLength);
  if (onNote) return onNote;
  const symbol = symbolAt(workspace, model.uri, offset);
  if (!symbol) {
    // A numbered paragraph's notes, and elsewhere in a paragraph of a document with other
    // language versions, their aligned text.
    const notes = paragraphNotesHover(context, model, offset, maxLength);
    const aligned = otherVersionsHover(context, model, offset);
    if (!notes) return aligned ? { contents: { kind: 'markdown', value: aligned } } : null;
    if (!aligned) return notes;
    const value = typeof notes.contents === 'object' && 'value' in notes.contents ? notes.contents.value : '';
    return { contents: { kind: 'markdown', value: `${value}\n\n---\n\n${aligned}` }, range: notes.range };
  }

  if (symbol.kind === 'term' || symbol.kind === 'definition') {
    const definition = symbol.kind === 'term' ? symbol.use.definition.definition : symbol.definition;
    const owner = symbol.kind === 'term' ? symbol.use.definition.model : model;
    const span = symbol.kind === 'term' ? symbol.use.span : symbol.definition.termSpan;
    const parts = [definitionMarkdown(owner, definition, maxLength)];
    // Where a law implements a treaty that defines the same term differently, show both.
    for (const treaty of treatyDefinitions(workspace, owner, definition.key)) {
      if (treaty.model === owner) continue;
      const comparison = compareDefinitions(definition.body, treaty.definition.body);
      if (comparison.grade === 'identical') {
        parts.push(`Same as the definition in ${sourceLink(treaty.model, treaty.definition)}.`);
      } else {
        parts.push(`**${comparison.grade === 'wording' ? 'Wording differs from' : 'Differs in substance from'}** ${sourceLink(treaty.model, treaty.definition)}: ${comparison.summary}\n\n> ${escapeQuote(truncateAtWord(treaty.definition.body, maxLength))}`);
      }
    }
    return { contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') }, range: toRange(model, span) };
  }

  if (symbol.kind === 'reference') {
    const target = symbol.target;
    const range = toRange(model, target?.span ?? symbol.resolved.reference.span);
    const progress = context.indexing?.();
    if (progress && target?.status !== 'resolved') {
      // Until every document is read, a citation of another document may simply not be read yet.
      return { contents: { kind: 'markdown', value: `**${symbol.resolved.reference.text}** — the workspace is still being indexed (${progress.done} of ${progress.total} documents read)\n\nThe document it cites may not be read yet; hover again when indexing is done.` }, range };
    }
    if (!target || target.status !== 'resolved') {
      const reason = target?.reason ?? 'not resolved';
      const heading = target?.status === 'external' ? `**${symbol.resolved.reference.text}** — outside the workspace` : `**${symbol.resolved.reference.text}** — cannot be resolved`;
      const partial = target?.partialUnitId !== undefined ? workspace.unit(target.documentId ?? '', target.partialUnitId) : undefined;
      const found = partial ? `\n\nOnly ${describeUnit(partial.unit)} was found: Go to Definition opens it.` : '';
      return { contents: { kind: 'markdown', value: `${heading}\n\n${reason}.${found}` }, range };
    }
    const found = workspace.unit(target.documentId ?? '', target.unitId ?? '');
    if (!found) return null;
    const { text, trimmed } = unitText(found.model, found.unit, maxLength);
    const title = `**${describeUnit(found.unit)}**${found.model === model ? '' : ` — ${found.model.frontMatter.shortTitle ?? found.model.title}`}`;
    const range2 = target.throughUnitId ? ` (through ${describeUnit(workspace.unit(target.documentId ?? '', target.throughUnitId)?.unit ?? found.unit)}, ${target.covered?.length ?? 1} units)` : '';
    const link = `[Open](${lineLink(found.model, found.unit.labelSpan)})`;
    return {
      contents: { kind: 'markdown', value: `${title}${range2} ${link}\n\n${quoteBlock(text)}${trimmed ? `\n\n*(trimmed; ${link.replace('Open', 'read the whole unit')})*` : ''}` },
      range,
    };
  }

  // A unit's heading: who cites it.
  const incoming = incomingCitations(workspace, model.id, symbol.unit.id);
  const documents = new Set(incoming.map((entry) => entry.uri));
  const lines = incoming.slice(0, 8).map((entry) => {
    const source = workspace.get(entry.uri) as DocumentModel;
    const where = source.lines.position(entry.resolved.reference.span.start);
    return `- ${source === model ? 'here' : source.frontMatter.shortTitle ?? source.title}, line ${where.line + 1}: [“${entry.resolved.reference.text}”](${source.uri}#L${where.line + 1})`;
  });
  const value = incoming.length
    ? `**${describeUnit(symbol.unit)}** is cited ${incoming.length} time${incoming.length === 1 ? '' : 's'} in ${documents.size} document${documents.size === 1 ? '' : 's'}:\n\n${lines.join('\n')}${incoming.length > 8 ? `\n- … and ${incoming.length - 8} more (Find All References)` : ''}`
    : `**${describeUnit(symbol.unit)}** is not cited anywhere in the workspace.`;
  const notes = notesMarkdown(context, model, symbol.unit, maxLength);
  const aligned = otherVersionsHover(context, model, symbol.unit.labelSpan.start);
  const implementation = implementationHover(context, model, symbol.unit);
  const parts = [notes, value, aligned, implementation].filter((part): part is string => !!part);
  return { contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') }, range: toRange(model, symbol.unit.labelSpan) };
}

function sourceLink(model: DocumentModel, definition: Definition): string {
  const unit = model.unitsById.get(definition.unitId);
  const where = unit ? describeUnit(unit) : 'its definitions';
  return `[${model.title}, ${where}](${lineLink(model, definition.termSpan)})`;
}

function definitionMarkdown(model: DocumentModel, definition: Definition, maxLength: number): string {
  const scope = definition.scope.kind === 'unit' ? ` (applies in ${definition.scope.phrase ?? definition.scope.unitId})` : '';
  return `**“${definition.term}”** — defined in ${sourceLink(model, definition)}${scope}\n\n> ${escapeQuote(truncateAtWord(definition.body, maxLength))}`;
}


function escapeQuote(text: string): string {
  return text.replace(/\n/g, '\n> ');
}

function quoteBlock(text: string): string {
  return text.split('\n').map((line) => `> ${line}`).join('\n');
}

/** The notes about a unit (commentaries and footnotes): source, first lines, a link to open each. */
function notesMarkdown(context: FeatureContext, model: DocumentModel, unit: Unit, maxLength: number): string | undefined {
  const notes = notesByUnit(context.workspace, model.id).get(unit.id) ?? [];
  if (notes.length === 0) return undefined;
  const perNote = Math.max(120, Math.floor(maxLength / notes.length));
  const items = notes.slice(0, 5).map((note) => {
    const source = context.workspace.get(note.uri) as DocumentModel;
    const from = note.kind === 'footnote' ? `footnote ${note.label}` : source.frontMatter.shortTitle ?? source.title;
    return `- *${from}* — ${noteExcerpt(source, note, perNote).replace(/\n/g, ' ')} [Open](${lineLink(source, note.anchorSpan)})`;
  });
  const more = notes.length > 5 ? `\n- … and ${notes.length - 5} more (Find All References)` : '';
  return `**${notes.length} note${notes.length === 1 ? '' : 's'} on ${describeUnit(unit)}**\n\n${items.join('\n')}${more}`;
}

/** On a numbered paragraph's marker ("2.", "(b)"): its notes, if it has any. */
function paragraphNotesHover(context: FeatureContext, model: DocumentModel, offset: number, maxLength: number): Hover | null {
  const unit = model.units.find((u) => u.headingDepth === 0 && u.labelSpan.start <= offset && offset <= u.labelSpan.end);
  if (!unit) return null;
  const notes = notesMarkdown(context, model, unit, maxLength);
  return notes ? { contents: { kind: 'markdown', value: notes }, range: toRange(model, unit.labelSpan) } : null;
}

/** A commentary's heading shows the unit it is about; a footnote shows its text. */
function noteHover(context: FeatureContext, model: DocumentModel, offset: number, maxLength: number): Hover | null {
  const symbol = noteAt(model, context.workspace, offset);
  if (!symbol) return null;
  if (symbol.kind === 'note-heading') {
    const { note } = symbol;
    const found = note.target && context.workspace.unit(note.target.documentId, note.target.unitId);
    if (!found) return { contents: { kind: 'markdown', value: `**Note on ${note.label}** — ${note.problem ?? 'the unit cannot be found'}.` }, range: toRange(model, note.citationSpan) };
    const { text, trimmed } = unitText(found.model, found.unit, maxLength);
    const link = `[Open](${lineLink(found.model, found.unit.labelSpan)})`;
    return {
      contents: { kind: 'markdown', value: `**Note on ${describeUnit(found.unit)}** — ${found.model.frontMatter.shortTitle ?? found.model.title} ${link}\n\n${quoteBlock(text)}${trimmed ? '\n\n*(trimmed)*' : ''}` },
      range: toRange(model, note.citationSpan),
    };
  }
  if (symbol.kind === 'footnote') {
    return { contents: { kind: 'markdown', value: `**Footnote ${symbol.note.label}**\n\n${quoteBlock(noteExcerpt(model, symbol.note, maxLength))}` }, range: toRange(model, symbol.note.anchorSpan) };
  }
  return null;
}
