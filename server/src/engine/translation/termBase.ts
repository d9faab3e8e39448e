// The term base: each defined term of an original and its agreed rendering in each language,
// with admitted alternatives and forbidden and superseded variants; and the structural
// differences between versions that a translator has accepted. Kept in the workspace as
// treaty-lens.termbase.yaml, written first by `treaty-lens terms` and then edited by hand.
import { parseDocument as parseYaml, stringify } from 'yaml';

export interface TermRendering {
  /** The agreed rendering. */
  preferred?: string;
  /** Other renderings accepted; using two of them in one document is an inconsistency. */
  admitted: string[];
  /** Renderings that must not be used. */
  forbidden: string[];
  /** Renderings that were agreed once and have been replaced. */
  superseded: string[];
}

export interface TermEntry {
  /** The term as the original writes it. */
  term: string;
  /** The original's language. */
  language: string;
  /** Where the original defines it: "coe-ets185-en art_1__subpara_b". */
  source?: string;
  note?: string;
  /** Per language tag. */
  renderings: Record<string, TermRendering>;
}

export interface AcceptedDifference {
  /** The translation's document id. */
  translation: string;
  /** The translation's unit id. */
  unit: string;
  note?: string;
}

export interface TermBase {
  terms: TermEntry[];
  acceptedDifferences: AcceptedDifference[];
}

export const EMPTY_TERM_BASE: TermBase = { terms: [], acceptedDifferences: [] };

export const TERM_BASE_FILE = 'treaty-lens.termbase.yaml';

function strings(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim());
  return [];
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** Reads the YAML term base; an error names the line and what is wrong, and nothing is half-read. */
export function parseTermBase(source: string): { termBase: TermBase; error?: string } {
  const doc = parseYaml(source, { prettyErrors: true });
  if (doc.errors.length) {
    const first = doc.errors[0];
    return { termBase: EMPTY_TERM_BASE, error: `line ${(first.linePos?.[0].line ?? 0)}: ${first.message.split('\n')[0]}` };
  }
  const data = doc.toJS() as unknown;
  if (data === null || data === undefined) return { termBase: EMPTY_TERM_BASE };
  if (typeof data !== 'object' || Array.isArray(data)) return { termBase: EMPTY_TERM_BASE, error: 'the term base must be a mapping with "terms" (and optionally "accepted-differences")' };
  const root = data as Record<string, unknown>;
  const terms: TermEntry[] = [];
  const rawTerms = root.terms ?? [];
  if (!Array.isArray(rawTerms)) return { termBase: EMPTY_TERM_BASE, error: '"terms" must be a list' };
  for (const [index, raw] of rawTerms.entries()) {
    if (!raw || typeof raw !== 'object') return { termBase: EMPTY_TERM_BASE, error: `terms[${index}] must be a mapping with "term" and "renderings"` };
    const entry = raw as Record<string, unknown>;
    const term = text(entry.term);
    if (!term) return { termBase: EMPTY_TERM_BASE, error: `terms[${index}] has no "term"` };
    const renderings: Record<string, TermRendering> = {};
    const rawRenderings = entry.renderings ?? {};
    if (typeof rawRenderings !== 'object' || Array.isArray(rawRenderings)) return { termBase: EMPTY_TERM_BASE, error: `terms[${index}] ("${term}"): "renderings" must map languages to renderings` };
    for (const [language, value] of Object.entries(rawRenderings as Record<string, unknown>)) {
      if (typeof value === 'string') { renderings[language] = { preferred: value.trim(), admitted: [], forbidden: [], superseded: [] }; continue; }
      const r = (value ?? {}) as Record<string, unknown>;
      const preferred = text(r.preferred);
      renderings[language] = { ...(preferred ? { preferred } : {}), admitted: strings(r.admitted), forbidden: strings(r.forbidden), superseded: strings(r.superseded) };
    }
    const source = text(entry.source);
    const note = text(entry.note);
    terms.push({ term, language: text(entry.language) ?? text(root['source-language']) ?? 'en', ...(source ? { source } : {}), ...(note ? { note } : {}), renderings });
  }
  const acceptedDifferences: AcceptedDifference[] = [];
  const rawAccepted = root['accepted-differences'] ?? [];
  if (!Array.isArray(rawAccepted)) return { termBase: EMPTY_TERM_BASE, error: '"accepted-differences" must be a list' };
  for (const raw of rawAccepted) {
    const entry = (raw ?? {}) as Record<string, unknown>;
    const translation = text(entry.translation);
    const unit = text(entry.unit);
    const note = text(entry.note);
    if (translation && unit) acceptedDifferences.push({ translation, unit, ...(note ? { note } : {}) });
  }
  return { termBase: { terms, acceptedDifferences } };
}

const HEADER = `# Treaty Lens term base: each defined term of the original and its agreed rendering per
# language. Edit by hand: "preferred" is the agreed rendering, "admitted" are accepted
# alternatives, "forbidden" and "superseded" variants are flagged in translations.
# "accepted-differences" lists structural differences between versions that are intended.
`;

/** The YAML text of a term base (stable order: as given). */
export function serializeTermBase(termBase: TermBase): string {
  const data = {
    terms: termBase.terms.map((entry) => ({
      term: entry.term,
      language: entry.language,
      ...(entry.source ? { source: entry.source } : {}),
      ...(entry.note ? { note: entry.note } : {}),
      renderings: Object.fromEntries(Object.entries(entry.renderings).map(([language, r]) => [language, {
        ...(r.preferred ? { preferred: r.preferred } : {}),
        admitted: r.admitted, forbidden: r.forbidden, superseded: r.superseded,
      }])),
    })),
    'accepted-differences': termBase.acceptedDifferences.map((d) => ({ translation: d.translation, unit: d.unit, ...(d.note ? { note: d.note } : {}) })),
  };
  return HEADER + stringify(data, { lineWidth: 0, flowCollectionPadding: false });
}

/** The entry for a term of the original (matched by lower case, as definitions are). */
export function termEntry(termBase: TermBase, term: string, language: string): TermEntry | undefined {
  const key = term.toLowerCase();
  return termBase.terms.find((entry) => entry.term.toLowerCase() === key && entry.language === language) ??
    termBase.terms.find((entry) => entry.term.toLowerCase() === key);
}

export function isAccepted(termBase: TermBase, translationId: string, unitId: string): boolean {
  return termBase.acceptedDifferences.some((d) => d.translation === translationId && d.unit === unitId);
}
