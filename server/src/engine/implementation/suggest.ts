// Suggestions: for a law provision, the treaty articles it most likely implements, ranked by
// the words they share (weighted by how rare each word is among the treaty's articles), the
// heading's keywords counted again, and the treaty's defined terms the provision uses. The
// treaty is read in the law's language when a translation is in the workspace.
import type { DocumentModel } from '../document';
import type { Span, Unit } from '../model';
import type { DocumentLookup } from '../resolve';
import { parseReferences } from '../references/grammar';
import { findInstrument } from '../resolve';
import { articleObligation } from './obligations';
import { canonicalTreatyId, findMarkers } from './mappings';
import { features } from './stems';

export interface Suggestion {
  /** The treaty as read (possibly a translation) and its original. */
  treatyId: string;
  canonicalTreatyId: string;
  articleId: string;
  number: string;
  /** "Article 2 – Illegal access". */
  label: string;
  score: number;
  /** The shared words that weighed most, for the quick fix's explanation. */
  shared: string[];
  /** The marker line that records this mapping ("> Implements: article 2 of the Budapest Convention"). */
  marker: string;
}

interface ArticleProfile {
  unit: Unit;
  body: Set<string>;
  heading: Set<string>;
}

interface TreatyProfile {
  articles: ArticleProfile[];
  idf: Map<string, number>;
  norms: Map<ArticleProfile, number>;
}

const profiles = new WeakMap<DocumentModel, TreatyProfile>();

function profileOf(treaty: DocumentModel, original: DocumentModel): TreatyProfile {
  const cached = profiles.get(treaty);
  if (cached) return cached;
  const articles: ArticleProfile[] = [];
  for (const unit of treaty.units) {
    if (!unit.citable || unit.number === undefined) continue;
    // Candidates: articles that oblige or permit a party to act, and those that define terms.
    const source = original.units.find((u) => u.citable && u.number === unit.number);
    const obligation = source ? articleObligation(original, source.id) : articleObligation(treaty, unit.id);
    const defines = treaty.definitions.some((d) => d.unitId === unit.id || d.unitId.startsWith(`${unit.id}__`));
    if (!defines && (!obligation || obligation.kind === 'reservation')) continue;
    const text = treaty.text.slice(unit.labelSpan.end, unit.span.end);
    articles.push({ unit, body: features(text), heading: features(unit.title ?? '') });
  }
  const df = new Map<string, number>();
  for (const article of articles) for (const feature of new Set([...article.body, ...article.heading])) df.set(feature, (df.get(feature) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [feature, count] of df) idf.set(feature, Math.log((articles.length + 1) / count));
  const norms = new Map<ArticleProfile, number>();
  for (const article of articles) {
    let sum = 0;
    for (const feature of article.body) sum += (idf.get(feature) ?? 0) ** 2;
    norms.set(article, Math.sqrt(sum) || 1);
  }
  const profile = { articles, idf, norms };
  profiles.set(treaty, profile);
  return profile;
}

/** The treaty in the law's language when the workspace has that translation, else the treaty. */
export function treatyInLanguage(treaty: DocumentModel, language: string, lookup: DocumentLookup): DocumentModel {
  if (treaty.language === language) return treaty;
  const canonical = canonicalTreatyId(treaty, lookup);
  for (const doc of lookup.all()) {
    if (doc.language === language && doc.type === 'treaty' && (doc.id === canonical || canonicalTreatyId(doc, lookup) === canonical)) return doc;
  }
  return treaty;
}

/** The text of a provision without its mapping markers (the answer must not leak into the question). */
export function provisionText(law: DocumentModel, provision: Unit): string {
  let text = law.text.slice(provision.span.start, provision.span.end);
  for (const marker of findMarkers(law)) {
    if (marker.span.start < provision.span.start || marker.span.end > provision.span.end) continue;
    const from = marker.span.start - provision.span.start;
    text = text.slice(0, from) + ' '.repeat(marker.span.end - marker.span.start) + text.slice(from + marker.span.end - marker.span.start);
  }
  return text;
}

/** The `limit` most likely articles of `treaty` for one provision of `law`, best first. */
export function suggestArticles(law: DocumentModel, provision: Unit, treaty: DocumentModel, lookup: DocumentLookup, limit = 3): Suggestion[] {
  const original = lookup.byId(canonicalTreatyId(treaty, lookup)) ?? treaty;
  const readAs = treatyInLanguage(original, law.language, lookup);
  const profile = profileOf(readAs, original);
  const body = features(provisionText(law, provision));
  const heading = features(provision.title ?? '');
  const used = new Set<string>();
  // Treaty terms the provision uses: a definitions article is likely when the provision defines them.
  const defined = new Set(law.definitions.filter((d) => d.span.start >= provision.span.start && d.span.end <= provision.span.end).map((d) => d.key));
  const scored = profile.articles.map((article) => {
    let dot = 0;
    const weights: Array<[string, number]> = [];
    for (const feature of body) {
      if (!article.body.has(feature)) continue;
      const weight = (profile.idf.get(feature) ?? 0) ** 2;
      dot += weight;
      weights.push([feature, weight]);
    }
    let score = dot / (profile.norms.get(article) ?? 1) / Math.sqrt(Math.max(body.size, 1));
    // The heading's keywords against the article's title: the strongest single signal.
    for (const feature of heading) {
      if (article.heading.has(feature)) {
        score += 0.25 * (profile.idf.get(feature) ?? 0);
        weights.push([feature, 10]);
      }
    }
    const definesHere = readAs.definitions.filter((d) => d.unitId === article.unit.id || d.unitId.startsWith(`${article.unit.id}__`));
    if (defined.size > 0 && definesHere.length > 0) score += 0.15 * Math.min(defined.size, 3);
    used.add(article.unit.id);
    weights.sort((a, b) => b[1] - a[1]);
    return { article, score, shared: weights.slice(0, 4).map(([feature]) => feature.replace(/^~/, '')) };
  });
  scored.sort((a, b) => b.score - a.score || a.article.unit.line - b.article.unit.line);
  return scored.filter((s) => s.score > 0).slice(0, limit).map(({ article, score, shared }) => {
    const number = article.unit.number as string;
    return {
      treatyId: readAs.id, canonicalTreatyId: original.id, articleId: article.unit.id, number,
      label: `${article.unit.label.trim().replace(/[.:\s–—-]+$/, '')}${article.unit.title ? ` – ${article.unit.title}` : ''}`,
      score, shared, marker: markerLine(law, original, number, lookup),
    };
  });
}

/**
 * The marker line for a mapping, naming the treaty by a name the grammar reads back to it
 * (its short title, an alias, or its id).
 */
export function markerLine(law: DocumentModel, treaty: DocumentModel, number: string, lookup: DocumentLookup, keyword = 'Implements'): string {
  const names = [treaty.frontMatter.shortTitle, ...treaty.frontMatter.aliases, treaty.title].filter((n): n is string => !!n);
  for (const name of names) {
    const citation = `article ${number} of the ${name.replace(/^the\s+/i, '')}`;
    const parsed = parseReferences(citation, { language: 'en' });
    const anchor = parsed[0]?.anchor;
    if (parsed.length === 1 && parsed[0].span.end === citation.length && anchor?.kind === 'instrument' && findInstrument(law, anchor.name, lookup) === treaty) return `> ${keyword}: ${citation}`;
  }
  return `> ${keyword}: article ${number} of ${treaty.id}`;
}

/** Where a new marker goes: right after the provision's heading line. */
export function markerInsertion(law: DocumentModel, provision: Unit): Span {
  return { start: provision.labelSpan.end, end: provision.labelSpan.end };
}
