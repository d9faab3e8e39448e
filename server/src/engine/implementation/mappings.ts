// Implementation mappings: which treaty units a law provision gives effect to. A mapping is a
// marker line (a markdown blockquote, our annotation, never legal text) under the provision's
// heading:
//
//   > Implements: article 2 of the Budapest Convention
//   > Implements in part: articles 6 and 8 of the Convention on Cybercrime
//   > Reservation: article 6, paragraph 1 of the Budapest Convention
//   > Not applicable: article 41 of the Budapest Convention
//
// The citation after the colon is read by the reference grammar (any language) and resolved
// like any other citation; a citation without an instrument ("article 2") means the one treaty
// the law implements.
import type { Span, Unit } from '../model';
import type { DocumentModel, DocumentReference } from '../document';
import { parseReferences } from '../references/grammar';
import { resolveReference, type DocumentLookup } from '../resolve';
import { citableAround, provisionAt } from '../unitAncestors';

export type MappingKind = 'implements' | 'partly' | 'reservation' | 'not-applicable';

export interface MappingTarget {
  /** The citation as written for this target ("article 2"), for messages. */
  text: string;
  /** Span of the number that names the unit (what a renumbering rewrites). */
  span: Span;
  /** 'external': the treaty named is not in the workspace, so the unit cannot be checked. */
  status: 'resolved' | 'unresolved' | 'external';
  /** The treaty as named (may be a translation) and its original-language id. */
  treatyId?: string;
  canonicalTreatyId?: string;
  /** The unit named (an article or a paragraph of it) and its citable article. */
  unitId?: string;
  articleId?: string;
  reason?: string;
  /** For "articles 2 through 5": every article covered. */
  coveredArticleIds?: string[];
}

export interface Mapping {
  kind: MappingKind;
  /** The whole marker line. */
  span: Span;
  /** The text after the colon. */
  citationSpan: Span;
  /** The provision the marker stands in (a section or article; the document root if none). */
  provisionId: string;
  targets: MappingTarget[];
  /** Set when the marker names nothing that can be read as a citation. */
  problem?: string;
}

const KEYWORDS: Record<string, MappingKind> = {
  'implements': 'implements',
  'implements in part': 'partly',
  'partly implements': 'partly',
  'reservation': 'reservation',
  'not applicable': 'not-applicable',
};

/** A marker line: "> Implements: …". Anchored at the line start; one bounded pass per line. */
const MARKER = /^ {0,3}>[ \t]*(implements in part|partly implements|implements|reservation|not applicable)[ \t]*:[ \t]*([^\n]*)$/gim;

/** Whether a line is a mapping marker ("> Implements: …"): our annotation, which no reading of the law's text takes in. */
export function isMarkerLine(line: string): boolean {
  MARKER.lastIndex = 0;
  const found = MARKER.test(line);
  MARKER.lastIndex = 0;
  return found;
}

/** The marker lines of a document, unresolved (cheap: a scan of the text for "> Implements:"). */
const markerCache = new WeakMap<DocumentModel, Marker[]>();

type Marker = { kind: MappingKind; span: Span; citationSpan: Span };

export function findMarkers(model: DocumentModel): Marker[] {
  if (model.type !== 'law') return [];
  // Cached first: the quick test for '>' read the whole text on every call (once per citation), quadratic on a long law.
  const cached = markerCache.get(model);
  if (cached) return cached;
  const out: Marker[] = [];
  if (model.text.indexOf('>') < 0) { markerCache.set(model, out); return out; }
  MARKER.lastIndex = 0;
  for (let match = MARKER.exec(model.text); match; match = MARKER.exec(model.text)) {
    const end = match.index + match[0].replace(/\s+$/, '').length;
    const citationStart = match.index + match[0].length - match[2].length;
    out.push({ kind: KEYWORDS[match[1].toLowerCase().replace(/\s+/g, ' ')], span: { start: match.index, end }, citationSpan: { start: citationStart, end: Math.max(citationStart, end) } });
  }
  markerCache.set(model, out);
  return out;
}

/** True when an offset lies on a mapping marker line (the citations there are ours to check). */
export function inMarker(model: DocumentModel, offset: number): boolean {
  return findMarkers(model).some((marker) => marker.span.start <= offset && offset <= marker.span.end);
}

const cache = new WeakMap<DocumentModel, { key: string; value: Mapping[] }>();

/**
 * The mappings of a law, resolved against the workspace. Cached per model and per the
 * workspace's documents (ids and unit ids), like the citation resolution.
 */
export function mappingsOf(model: DocumentModel, lookup: DocumentLookup & { generation: number }): Mapping[] {
  const markers = findMarkers(model);
  if (markers.length === 0) return [];
  const key = String(lookup.generation);
  const cached = cache.get(model);
  if (cached && cached.key === key) return cached.value;
  const value = markers.map((marker) => resolveMarker(model, marker, lookup));
  cache.set(model, { key, value });
  return value;
}

function resolveMarker(model: DocumentModel, marker: { kind: MappingKind; span: Span; citationSpan: Span }, lookup: DocumentLookup): Mapping {
  const provision = provisionAt(model, marker.span.start);
  const mapping: Mapping = { kind: marker.kind, span: marker.span, citationSpan: marker.citationSpan, provisionId: provision.id, targets: [] };
  const text = model.text.slice(marker.citationSpan.start, marker.citationSpan.end);
  const parsed = parseReferences(text, { offset: marker.citationSpan.start });
  if (parsed.length === 0) {
    mapping.problem = text.trim() ? `"${text.trim()}" does not read as a citation of a treaty unit (write e.g. "article 2 of the Budapest Convention")` : 'the mapping names no treaty unit (write e.g. "article 2 of the Budapest Convention")';
    return mapping;
  }
  // "article 2" alone: the treaty the law implements, when there is exactly one.
  const implemented = model.frontMatter.implements.map((id) => lookup.byId(id)).filter((doc): doc is DocumentModel => !!doc);
  for (const reference of parsed) {
    let anchored = reference;
    if (reference.anchor.kind !== 'instrument') {
      if (implemented.length !== 1) {
        for (const target of reference.targets) {
          const last = target.path[target.path.length - 1];
          mapping.targets.push({ text: reference.text, span: last?.span ?? target.span, status: 'unresolved', reason: implemented.length === 0 ? 'name the treaty ("… of the Budapest Convention"): the law implements none in its front matter' : 'name the treaty: the law implements more than one' });
        }
        continue;
      }
      anchored = { ...reference, anchor: { kind: 'instrument', name: implemented[0].id, span: reference.span } };
    }
    const documentReference: DocumentReference = { ...anchored, unitId: provision.id, index: -1 };
    const resolved = resolveReference(model, documentReference, lookup);
    resolved.targets.forEach((target, index) => {
      const cited = reference.targets[index];
      const written = cited ? model.text.slice(cited.span.start, cited.span.end) : reference.text;
      if (target.status === 'external') {
        mapping.targets.push({ text: written, span: target.span, status: 'external', reason: target.reason });
        return;
      }
      if (target.status !== 'resolved' || !target.documentId || !target.unitId) {
        mapping.targets.push({ text: written, span: target.span, status: 'unresolved', reason: target.reason ?? 'the cited unit does not exist' });
        return;
      }
      const treaty = lookup.byId(target.documentId);
      if (!treaty || treaty.type !== 'treaty') {
        mapping.targets.push({ text: written, span: target.span, status: 'unresolved', reason: `${treaty?.title ?? target.documentId} is not a treaty` });
        return;
      }
      const unit = treaty.unitsById.get(target.unitId);
      const article = unit ? citableAround(unit) : undefined;
      if (!unit || !article || article.kind === 'document') {
        mapping.targets.push({ text: written, span: target.span, status: 'unresolved', reason: 'a mapping names an article (or a paragraph of one), not a whole document or chapter' });
        return;
      }
      const covered = target.covered?.map((id) => treaty.unitsById.get(id)).filter((u): u is Unit => !!u && u.citable).map((u) => u.id);
      mapping.targets.push({
        text: written, span: target.span, status: 'resolved', treatyId: treaty.id, canonicalTreatyId: canonicalTreatyId(treaty, lookup),
        unitId: unit.id, articleId: article.id, ...(covered && covered.length > 1 ? { coveredArticleIds: covered } : {}),
      });
    });
  }
  return mapping;
}

/** The original-language treaty of a translation (articles with the same number are the same). */
export function canonicalTreatyId(treaty: DocumentModel, lookup: DocumentLookup): string {
  let current = treaty;
  for (let hops = 0; hops < 4 && current.frontMatter.translationOf; hops++) {
    const original = lookup.byId(current.frontMatter.translationOf);
    if (!original) return current.frontMatter.translationOf;
    current = original;
  }
  return current.id;
}

/** Every article a resolved target counts for ("articles 2 through 5" counts for four). */
export function targetArticles(target: MappingTarget): string[] {
  if (target.status !== 'resolved' || !target.articleId) return [];
  return target.coveredArticleIds ?? [target.articleId];
}
