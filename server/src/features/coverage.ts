// The coverage view's request: the correspondence table of a treaty, as the webview's HTML or an
// export (markdown, CSV, standalone HTML, JSON). The client only shows what this returns.
import { ResponseError, ErrorCodes } from 'vscode-languageserver';
import type { FeatureContext } from './context';
import type { DocumentModel } from '../engine/document';
import { buildTable, lawsFor, TableError } from '../engine/implementation/table';
import { renderTable, toHtml, type TableFormat } from '../engine/implementation/export';
import { mappingsOf } from '../engine/implementation/mappings';

export const COVERAGE_REQUEST = 'treatyLens/coverageTable';

export interface CoverageParams {
  /** The treaty; if absent, the one the document at `uri` is or implements, else the first with laws. */
  treatyId?: string;
  lawIds?: string[];
  uri?: string;
  format: TableFormat | 'webview';
  nonce?: string;
  cspSource?: string;
}

export interface CoverageResult {
  treatyId: string;
  title: string;
  /** Treaties a table can be made for (those with laws that implement or map to them). */
  treaties: Array<{ id: string; title: string }>;
  content: string;
}

export function coverageTable(context: FeatureContext, params: CoverageParams): CoverageResult {
  const { workspace } = context;
  const treaties = [...workspace.all()].filter((doc) => doc.type === 'treaty' && lawsFor(doc, workspace).length > 0).sort((a, b) => a.id.localeCompare(b.id));
  const treatyId = params.treatyId ?? treatyFor(context, params.uri) ?? treaties[0]?.id;
  if (!treatyId) throw new ResponseError(ErrorCodes.InvalidRequest, 'No law in the workspace implements or maps to a treaty yet: add "implements:" to a law\'s front matter or a "> Implements: article N of …" line under a provision.');
  try {
    const table = buildTable(workspace, treatyId, params.lawIds ?? []);
    const content = params.format === 'webview' ? toHtml(table, { nonce: params.nonce ?? '', cspSource: params.cspSource }) : renderTable(table, params.format);
    return { treatyId, title: table.treaty.shortTitle, treaties: treaties.map((t) => ({ id: t.id, title: t.frontMatter.shortTitle ?? t.title })), content };
  } catch (error) {
    if (error instanceof TableError) throw new ResponseError(ErrorCodes.InvalidParams, error.message);
    throw error;
  }
}

function treatyFor(context: FeatureContext, uri: string | undefined): string | undefined {
  const model: DocumentModel | undefined = uri ? context.workspace.get(uri) : undefined;
  if (!model) return undefined;
  if (model.type === 'treaty') return model.id;
  if (model.type !== 'law') return undefined;
  const declared = model.frontMatter.implements.find((id) => context.workspace.byId(id)?.type === 'treaty');
  if (declared) return declared;
  return mappingsOf(model, context.workspace).flatMap((m) => m.targets).find((t) => t.canonicalTreatyId)?.canonicalTreatyId;
}
