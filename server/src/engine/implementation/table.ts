// The correspondence table: for one treaty and some laws, each treaty article with the law
// provisions that implement it and a status; the gaps are mandatory obligations that no law
// implements.
import type { DocumentModel } from '../document';
import type { Unit } from '../model';
import type { DocumentLookup } from '../resolve';
import { articleObligation, type ObligationClass, type ObligationKind } from './obligations';
import { canonicalTreatyId, mappingsOf, targetArticles, type MappingKind } from './mappings';

export type CoverageStatus = 'implemented' | 'partly' | 'not-implemented' | 'not-applicable';

export const STATUS_LABEL: Record<CoverageStatus, string> = {
  'implemented': 'implemented',
  'partly': 'partly',
  'not-implemented': 'not implemented',
  'not-applicable': 'reservation / not applicable',
};

export interface CoverageProvision {
  lawId: string;
  uri: string;
  unitId: string;
  /** "Artikel 138ab", "§ 2701". */
  label: string;
  title?: string;
  line: number;
  kind: MappingKind;
  /** The treaty unit as the marker names it, when narrower than the article ("art_6__para_1"). */
  treatyUnitId: string;
}

export interface CoverageCell {
  lawId: string;
  status: CoverageStatus;
  provisions: CoverageProvision[];
}

export interface CoverageRow {
  unitId: string;
  number: string;
  /** "Article 2". */
  label: string;
  title?: string;
  line: number;
  obligation?: { kind: ObligationKind; class: ObligationClass };
  cells: CoverageCell[];
  /** Across all the laws of the table. */
  status: CoverageStatus;
  /** A mandatory obligation (criminalisation, procedural power or cooperation) that no law in the table implements, even in part. */
  gap: boolean;
}

export interface CoverageTable {
  treaty: { id: string; title: string; shortTitle: string; uri: string };
  laws: Array<{ id: string; title: string; shortTitle: string; uri: string }>;
  rows: CoverageRow[];
  gaps: CoverageRow[];
}

export class TableError extends Error {}

/** The laws that declare they implement a treaty, or map a provision to it. */
export function lawsFor(treaty: DocumentModel, lookup: DocumentLookup & { generation: number }): DocumentModel[] {
  const canonical = canonicalTreatyId(treaty, lookup);
  const out: DocumentModel[] = [];
  for (const model of lookup.all()) {
    if (model.type !== 'law') continue;
    const declared = model.frontMatter.implements.some((id) => {
      const doc = lookup.byId(id);
      return id === canonical || (doc ? canonicalTreatyId(doc, lookup) === canonical : false);
    });
    const mapped = mappingsOf(model, lookup).some((m) => m.targets.some((t) => t.canonicalTreatyId === canonical));
    if (declared || mapped) out.push(model);
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

/** Builds the table. `lawIds` empty: every law that implements or maps to the treaty. */
export function buildTable(lookup: DocumentLookup & { generation: number }, treatyId: string, lawIds: string[] = []): CoverageTable {
  const treaty = lookup.byId(treatyId);
  if (!treaty) throw new TableError(`no document has the id "${treatyId}"`);
  if (treaty.type !== 'treaty') throw new TableError(`"${treatyId}" is a ${treaty.type}, not a treaty`);
  const laws = lawIds.length ? lawIds.map((id) => {
    const law = lookup.byId(id);
    if (!law) throw new TableError(`no document has the id "${id}"`);
    if (law.type !== 'law') throw new TableError(`"${id}" is a ${law.type}, not a law`);
    return law;
  }) : lawsFor(treaty, lookup);
  const canonical = canonicalTreatyId(treaty, lookup);
  const original = lookup.byId(canonical) ?? treaty;

  // Per law, per article number: the provisions that map to it. Matched by the article's
  // number, so that a mapping written against a translation counts for the original.
  const byLaw = laws.map((law) => {
    const byNumber = new Map<string, CoverageProvision[]>();
    for (const mapping of mappingsOf(law, lookup)) {
      const provision = law.unitsById.get(mapping.provisionId) ?? law.root;
      for (const target of mapping.targets) {
        if (target.canonicalTreatyId !== canonical || !target.treatyId) continue;
        const named = lookup.byId(target.treatyId);
        for (const articleId of targetArticles(target)) {
          const number = named?.unitsById.get(articleId)?.number;
          if (number === undefined) continue;
          const list = byNumber.get(number) ?? [];
          list.push({
            lawId: law.id, uri: law.uri, unitId: provision.id, label: provision.kind === 'document' ? law.frontMatter.shortTitle ?? law.title : provision.label.trim().replace(/[.:]$/, ''),
            ...(provision.title ? { title: provision.title } : {}),
            line: provision.line, kind: mapping.kind, treatyUnitId: articleId === target.articleId ? target.unitId ?? articleId : articleId,
          });
          byNumber.set(number, list);
        }
      }
    }
    return { law, byNumber };
  });

  const rows: CoverageRow[] = [];
  for (const unit of treaty.units) {
    if (!unit.citable || unit.number === undefined) continue;
    // Obligations are read from the original text when it is in the workspace (same numbering).
    const source = original.units.find((u) => u.citable && u.number === unit.number) ?? unit;
    const obligation = articleObligation(source === unit ? treaty : original, source.id);
    const cells = byLaw.map(({ law, byNumber }) => cellFor(law.id, byNumber.get(unit.number as string) ?? [], obligation?.kind));
    const status = overallStatus(cells, obligation?.kind);
    rows.push({
      unitId: unit.id, number: unit.number, label: unitLabel(unit), ...(unit.title ? { title: unit.title } : {}), line: unit.line,
      ...(obligation ? { obligation: { kind: obligation.kind, class: obligation.class } } : {}),
      // Final clauses ("other": entry into force, amendments) bind the Parties but no law implements them.
      cells, status, gap: obligation?.kind === 'mandatory' && obligation.class !== 'other' && status === 'not-implemented',
    });
  }
  return {
    treaty: describeDocument(treaty),
    laws: laws.map(describeDocument),
    rows,
    gaps: rows.filter((row) => row.gap),
  };
}

function cellFor(lawId: string, provisions: CoverageProvision[], kind: ObligationKind | undefined): CoverageCell {
  return { lawId, status: statusOf(provisions, kind), provisions };
}

function statusOf(provisions: CoverageProvision[], kind: ObligationKind | undefined): CoverageStatus {
  if (provisions.some((p) => p.kind === 'implements')) return 'implemented';
  if (provisions.some((p) => p.kind === 'partly')) return 'partly';
  if (provisions.length > 0) return 'not-applicable';
  // Nothing maps to it: a gap only where the treaty obliges; otherwise there is nothing to implement.
  return kind === 'mandatory' || kind === 'optional' ? 'not-implemented' : 'not-applicable';
}

function overallStatus(cells: CoverageCell[], kind: ObligationKind | undefined): CoverageStatus {
  const order: CoverageStatus[] = ['implemented', 'partly', 'not-applicable'];
  for (const status of order) if (cells.some((c) => c.status === status && c.provisions.length > 0)) return status;
  return statusOf([], kind);
}

function unitLabel(unit: Unit): string {
  return unit.label.trim().replace(/[.:\s–—-]+$/, '');
}

function describeDocument(model: DocumentModel): CoverageTable['treaty'] {
  return { id: model.id, title: model.title, shortTitle: model.frontMatter.shortTitle ?? model.title, uri: model.uri };
}
