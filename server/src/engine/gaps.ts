// What a document's gaps say is missing: "articles 16-71 not available", "Part II (sections 4-13)",
// "sections 18 onward", "selected articles only; all other articles …". A gap excuses only the
// citations that point into what it names; a gap that names no unit excuses no citation.
import type { DocumentModel } from './document';
import type { RefStep, RefUnitKind } from './references/types';
import { LANGUAGE_TABLES, parseReferences } from './references/grammar';
import { normaliseNumber, numbersMatch, romanValue } from './keywords';

export interface GapScope {
  kind: RefUnitKind;
  /** First and last number covered (numeric value; roman numerals by value). `last` Infinity for "onward". */
  first?: number;
  last?: number;
  /** A number that is not a plain integer ("138b"): matched as written. */
  exact?: string;
  /** "all other articles", "selected sections only": every unit of the kind this document lacks. */
  all?: boolean;
  /** From a note about missing headings ("CHAPITRE headings not in the source"): that kind only, never its citable twin. */
  headings?: boolean;
}

const OPEN_END = /^[\s,)]*(?:onwards?|and\s+following|and\s+after|and\s+later|et\s+seq\.?|ff\.?|et\s+suivants|en\s+volgende|und\s+folgende)\b/iu;
const EVERY_OTHER = /\b(?:all|any|every|the)\s+other\s+(articles?|sections?|parts?|chapters?)\b|\bselected\s+(articles?|sections?|parts?|chapters?)\b|\b(articles?|sections?)\s+(?:[\p{L}\d,–-]+\s+){0,4}only\b/giu;

/** Same kind, or the two names of a citable unit (a law's bare-numbered headings are sections or articles). */
function sameKind(a: RefUnitKind, b: RefUnitKind): boolean {
  const citable = (k: RefUnitKind) => k === 'article' || k === 'section';
  return a === b || (citable(a) && citable(b));
}

function numericValue(number: string): number | undefined {
  const normal = normaliseNumber(number);
  if (/^\d+$/.test(normal)) return Number(normal);
  return romanValue(normal);
}

const scopeCache = new WeakMap<DocumentModel, GapScope[]>();

/** The units a document's gaps (front matter `gaps:` and `<!-- gap: -->` markers) say are missing. */
export function gapScopes(model: DocumentModel): GapScope[] {
  const cached = scopeCache.get(model);
  if (cached) return cached;
  const raw = model.frontMatter.raw.gaps;
  const notes = [...(Array.isArray(raw) ? raw.filter((g): g is string => typeof g === 'string') : typeof raw === 'string' ? [raw] : []), ...model.gaps.map((g) => g.note)];
  const scopes: GapScope[] = [];
  for (const note of notes) {
    // "Livres 1 to 5": a range written in English inside a note about a French text.
    const text = note.slice(0, 2000).replace(/\s+(?:to|through|à|tot(?:\s+en\s+met)?)\s+(?=\d|[IVXLC]+\b)/gu, ' – ');
    // "TITRE / CHAPITRE headings … not in the source": units of those kinds cannot be found by their headings.
    if (/headings?|intitulés?|opschriften/iu.test(text)) {
      for (const kind of groupingKindsNamed(text, /grouping/iu.test(text))) scopes.push({ kind, all: true, headings: true });
    }
    for (const match of text.matchAll(EVERY_OTHER)) {
      const noun = (match[1] ?? match[2] ?? match[3]).toLowerCase().replace(/s$/, '');
      scopes.push({ kind: noun as RefUnitKind, all: true });
    }
    // "Part IV not yet drafted": a unit word and its number, which the citation grammar takes only before a connector.
    // "Livres 1-5 … deliberately omitted": a range in a language the citation grammar does not read the note in.
    for (const match of text.matchAll(/(\p{L}+)\s+([IVXLCDM]{1,8}|\d+[\p{L}]*)(?:[ \t]*[–-][ \t]*([IVXLCDM]{1,8}|\d+)(?![\p{L}\d]))?(?![\p{L}\d])/gu)) {
      const kind = unitKind(match[1].toLowerCase());
      const first = kind && numericValue(match[2]);
      const through = match[3] === undefined ? undefined : numericValue(match[3]);
      if (kind && first !== undefined) scopes.push({ kind, first, last: OPEN_END.test(text.slice((match.index ?? 0) + match[0].length)) ? Infinity : through !== undefined && through > first ? through : first });
    }
    for (const reference of parseReferences(text)) {
      for (const target of reference.targets) {
        const step: RefStep | undefined = target.path[0];
        if (!step) continue;
        const first = numericValue(step.number);
        const throughStep = target.through?.[0];
        const openEnd = OPEN_END.test(text.slice(target.span.end));
        if (first === undefined) {
          scopes.push({ kind: step.kind, exact: step.number });
          continue;
        }
        const last = throughStep ? numericValue(throughStep.number) ?? first : openEnd ? Infinity : first;
        scopes.push({ kind: step.kind, first, last, ...(String(first) === normaliseNumber(step.number) ? {} : { exact: step.number }) });
      }
    }
  }
  scopeCache.set(model, scopes);
  return scopes;
}

/** The gap that says the unit a step names is missing, if any. */
export function gapCovering(model: DocumentModel, step: RefStep): GapScope | undefined {
  const value = numericValue(step.number);
  return gapScopes(model).find((scope) => {
    if (scope.headings ? scope.kind !== step.kind : !sameKind(scope.kind, step.kind)) return false;
    if (scope.all) return true;
    if (scope.exact !== undefined && scope.first === scope.last) return numbersMatch(step.number, scope.exact);
    if (value === undefined || scope.first === undefined || scope.last === undefined) return false;
    return value >= scope.first && value <= scope.last;
  });
}

const GROUPING_KINDS = new Set<RefUnitKind>(['book', 'part', 'title', 'chapter', 'division', 'section']);

/** The grouping kinds a note names in any language ("TITRE / CHAPITRE / SECTION"); all of them for "grouping headings". */
/** The unit kind a word names in any language table ("part", "livre", "hoofdstuk"). */
function unitKind(word: string): RefUnitKind | undefined {
  for (const table of LANGUAGE_TABLES) {
    if (Object.prototype.hasOwnProperty.call(table.units, word)) return table.units[word].kind;
  }
  return undefined;
}

function groupingKindsNamed(text: string, everyGrouping: boolean): RefUnitKind[] {
  if (everyGrouping) return [...GROUPING_KINDS].filter((kind) => kind !== 'section');
  const kinds = new Set<RefUnitKind>();
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    const kind = unitKind(word);
    if (kind && GROUPING_KINDS.has(kind)) kinds.add(kind);
  }
  return [...kinds];
}
