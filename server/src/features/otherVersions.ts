// The other language versions of the unit under the cursor: for the "open the other version"
// command and the editors that scroll together (request treatyLens/otherVersions), the code
// lens on articles, and the hover that quotes the aligned text.
import type { CodeLens, Range } from 'vscode-languageserver';
import type { FeatureContext } from './context';
import type { DocumentModel } from '../engine/document';
import type { Unit } from '../engine/model';
import { describeUnit, unitText } from '../engine/queries';
import { counterpartAt, otherVersions } from '../engine/translation/versions';
import { lineLink, toOffset, toRange } from '../lsp/convert';

export const OTHER_VERSIONS_REQUEST = 'treatyLens/otherVersions';

export interface OtherVersionParams {
  textDocument: { uri: string };
  position: { line: number; character: number };
}

export interface OtherVersionLocation {
  uri: string;
  /** The aligned unit's label (heading or marker). */
  range: Range;
  documentId: string;
  language: string;
  /** "Artikel 2", "Artikel 2, paragraph 1". */
  name: string;
  /** The unit of the current document it is aligned with. */
  fromRange: Range;
}

function locations(context: FeatureContext, model: DocumentModel, offset: number): Array<{ other: DocumentModel; unit: Unit; counterpart: Unit }> {
  const out: Array<{ other: DocumentModel; unit: Unit; counterpart: Unit }> = [];
  for (const other of otherVersions(context.workspace, model)) {
    const found = counterpartAt(context.workspace, model, offset, other);
    if (found && found.other.kind !== 'document') out.push({ other, unit: found.unit, counterpart: found.other });
  }
  return out;
}

export function otherVersionLocations(context: FeatureContext, params: OtherVersionParams): OtherVersionLocation[] {
  const model = context.workspace.get(params.textDocument.uri);
  if (!model) return [];
  const offset = toOffset(model, params.position);
  return locations(context, model, offset).map(({ other, unit, counterpart }) => ({
    uri: other.uri, range: toRange(other, counterpart.labelSpan), documentId: other.id, language: other.language,
    name: describeUnit(counterpart), fromRange: toRange(model, unit.labelSpan),
  }));
}

/** On each article heading of a document with other versions: "nl: Artikel 2", opening it beside. */
export function otherVersionLenses(context: FeatureContext, model: DocumentModel): CodeLens[] {
  const versions = otherVersions(context.workspace, model);
  if (!versions.length) return [];
  const lenses: CodeLens[] = [];
  for (const unit of model.units) {
    if (!unit.citable) continue;
    for (const { other, counterpart } of locations(context, model, unit.labelSpan.start)) {
      if (counterpart.kind === 'document' || !counterpart.citable) continue;
      lenses.push({
        range: toRange(model, unit.labelSpan),
        command: { title: `${other.language}: ${describeUnit(counterpart)}`, command: 'treatyLens.showOtherVersion', arguments: [other.uri, toRange(other, counterpart.labelSpan)] },
      });
    }
  }
  return lenses;
}

/** Markdown quoting the aligned unit of every other version, for a hover (empty when there is none). */
export function otherVersionsHover(context: FeatureContext, model: DocumentModel, offset: number): string {
  const maxLength = context.settings().hover.maxLength;
  const parts: string[] = [];
  for (const { other, counterpart } of locations(context, model, offset)) {
    const { text, trimmed } = unitText(other, counterpart, maxLength);
    const title = `**${other.language}** — ${describeUnit(counterpart)}, ${other.frontMatter.shortTitle ?? other.title} [Open](${lineLink(other, counterpart.labelSpan)})`;
    parts.push(`${title}\n\n${text.split('\n').map((line) => `> ${line}`).join('\n')}${trimmed ? '\n\n*(trimmed)*' : ''}`);
  }
  return parts.join('\n\n---\n\n');
}
