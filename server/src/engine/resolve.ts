// Resolving citations: from "article 7, paragraph 2 (b) of the Convention" to the exact unit
// in the exact document, or a reason why not.
import type { Span, Unit, UnitKind } from './model';
import type { DocumentModel, DocumentReference } from './document';
import type { RefStep, RefUnitKind } from './references/types';
import { normaliseNumber, numbersMatch, romanValue } from './keywords';

export type ResolutionStatus = 'resolved' | 'unresolved' | 'external';

export interface ResolvedTarget {
  status: ResolutionStatus;
  /** Target document id and uri, when the document is in the workspace. */
  documentId?: string;
  uri?: string;
  /** The unit cited (the first unit of a range). '' means the document itself. */
  unitId?: string;
  /** Last unit of a range, and every unit the range covers. */
  throughUnitId?: string;
  covered?: string[];
  /** Why the target is unresolved or external, in words a person agrees with. */
  reason?: string;
  /** The text to link: the number of the innermost step. */
  span: Span;
  /** For unresolved targets: units that do exist, for related information. */
  existing?: Array<{ uri: string; unitId: string }>;
}

export interface ResolvedReference {
  reference: DocumentReference;
  targets: ResolvedTarget[];
  status: ResolutionStatus;
}

export interface DocumentLookup {
  byId(id: string): DocumentModel | undefined;
  all(): Iterable<DocumentModel>;
}

const CITABLE_OR_GROUPING = new Set<RefUnitKind>(['article', 'section', 'chapter', 'part', 'title', 'book', 'division', 'annex', 'schedule']);
/** Nouns by which a document refers to an instrument it is related to, without naming it in full. */
const GENERIC_INSTRUMENT = /^(?:the\s+|this\s+|la\s+|le\s+|het\s+|el\s+|al)?(convention|protocol|treaty|agreement|covenant|charter|act|code|law|statute|regulation|convención|convenio|protocolo|tratado|ley|código|protocole|traité|loi|verdrag|protocol|wet|wetboek|الاتفاقية|البروتوكول|القانون)$/iu;

/** "the Convention", "het Verdrag": found among a document's related documents, not by name. */
export function isGenericInstrument(name: string): boolean {
  return GENERIC_INSTRUMENT.test(name.trim());
}

export function resolveReference(model: DocumentModel, reference: DocumentReference, lookup: DocumentLookup): ResolvedReference {
  const context = model.unitsById.get(reference.unitId) ?? model.root;
  const anchor = reference.anchor;
  let target: DocumentModel | undefined = model;
  let base: Unit | undefined;
  let external: string | undefined;

  if (anchor.kind === 'instrument') {
    // "het Verdrag betreffende de Europese Unie": a generic noun followed by its qualifier is
    // another instrument, not "the Convention" this document is related to.
    const qualifier = GENERIC_INSTRUMENT.test(anchor.name.trim())
      ? /^\s+((?:betreffende|inzake|tot|on|relating\s+to|concerning|sur|relatif|relative|sobre|relativ[oa])\b[^.;,:()\n]{1,80})/iu.exec(model.text.slice(anchor.span.end, anchor.span.end + 120))
      : null;
    const found = qualifier ? undefined : findInstrument(model, anchor.name, lookup);
    if (found) target = found;
    else external = `"${anchor.name}${qualifier ? ' ' + qualifier[1].trim() : ''}" is not a document in the workspace`;
  } else if (anchor.kind === 'this') {
    if (anchor.unit !== 'document') {
      base = ancestorOfKind(context, anchor.unit);
      if (!base) {
        if (anchor.unit === 'title' || anchor.unit === 'chapter' || anchor.unit === 'part' || anchor.unit === 'book') {
          // "this title" in a law that holds only some sections of a larger code: look wider.
          base = undefined;
        } else if (reference.targets.length === 0 || !isCitableKind(reference.targets[0].path[0]?.kind)) {
          const span = anchor.span;
          if (isExcerpt(model)) {
            return single(reference, { status: 'external', span, reason: `the ${anchor.unit} around this text is missing from the source (the document has gaps)` });
          }
          return single(reference, { status: 'unresolved', span, reason: `"this ${anchor.unit}" stands outside any ${anchor.unit}` });
        }
      }
    }
  }

  if (reference.targets.length === 0) {
    // "this chapter", "this Convention", "the Convention" standing alone.
    if (external) return single(reference, { status: 'external', span: reference.span, reason: external });
    const unit = base ?? target.root;
    return single(reference, { status: 'resolved', documentId: target.id, uri: target.uri, unitId: unit.id, span: reference.span });
  }

  const targets = reference.targets.map((cited): ResolvedTarget => {
    const last = cited.path[cited.path.length - 1];
    const span = last?.span ?? cited.span;
    if (external) return { status: 'external', span, reason: external };
    const doc = target as DocumentModel;
    const first = resolvePath(doc, cited.path, base, doc === model ? context : undefined, doc === model);
    if (first.unit === undefined) {
      const widened = doc === model && isCitableKind(cited.path[0]?.kind) ? findElsewhere(model, cited.path, lookup) : undefined;
      if (widened) return resolvedTarget(widened.doc, widened.unit, span);
      if (doc === model && isCitableKind(cited.path[0]?.kind) && (anchor.kind === 'this' || isExcerpt(model))) {
        return { status: 'external', span, reason: `${describe(cited.path)} is not in ${isExcerpt(model) ? 'this excerpt' : 'this document'} nor anywhere in the workspace` };
      }
      return { status: 'unresolved', documentId: doc.id, span, reason: first.reason, existing: first.existing?.map((unit) => ({ uri: doc.uri, unitId: unit.id })) };
    }
    const through = cited.through ? resolveThrough(doc, cited.path, cited.through, base, context) : undefined;
    if (through && through.reason) return { status: 'unresolved', span: through.span ?? span, reason: through.reason };
    const resolved = resolvedTarget(doc, first.unit, span);
    if (through?.unit) {
      resolved.throughUnitId = through.unit.id;
      resolved.covered = unitsBetween(doc, first.unit, through.unit).map((unit) => unit.id);
    }
    return resolved;
  });
  const status: ResolutionStatus = targets.some((t) => t.status === 'unresolved') ? 'unresolved' : targets.every((t) => t.status === 'external') ? 'external' : 'resolved';
  return { reference, targets, status };
}

function single(reference: DocumentReference, target: ResolvedTarget): ResolvedReference {
  return { reference, targets: [target], status: target.status };
}

function resolvedTarget(doc: DocumentModel, unit: Unit, span: Span): ResolvedTarget {
  return { status: 'resolved', documentId: doc.id, uri: doc.uri, unitId: unit.id, span };
}

function isExcerpt(model: DocumentModel): boolean {
  const gaps = model.frontMatter.raw.gaps;
  return (Array.isArray(gaps) && gaps.length > 0) || model.gaps.length > 0;
}

function isCitableKind(kind: RefUnitKind | undefined): boolean {
  return !!kind && CITABLE_OR_GROUPING.has(kind);
}

function ancestorOfKind(unit: Unit | undefined, kind: RefUnitKind | UnitKind): Unit | undefined {
  for (let current = unit; current; current = current.parent) {
    if (current.kind === kind) return current;
  }
  // "deze Afdeling", "cette section": a section of a treaty is a division of chapters elsewhere.
  const alike: Partial<Record<string, UnitKind[]>> = { section: ['division'], division: ['section'], point: ['item', 'paragraph', 'subparagraph', 'clause'], item: ['clause'], clause: ['item'], paragraph: ['alinea'], alinea: ['paragraph'] };
  for (const other of alike[kind] ?? []) {
    for (let current = unit; current; current = current.parent) if (current.kind === other) return current;
  }
  return undefined;
}

export function describe(path: RefStep[]): string {
  return path.map((step) => (step.kind === 'unspecified' ? `(${step.number})` : `${step.kind} ${step.number}`)).join(', ');
}

function unitName(unit: Unit): string {
  if (unit.kind === 'document') return 'the document';
  return `${unit.kind} ${unit.number ?? ''}`.trim();
}

/**
 * Children of `unit` that a step names. Strict first (same kind, same case: US "(B)" is not
 * "(b)"), then lenient (any inner kind, any case), so that treaty citations such as
 * "paragraph 1.B" still find "b.".
 */
function childrenMatching(unit: Unit, step: RefStep, strictness: 0 | 1 | 2 = 2): Unit[] {
  if (step.kind === 'alinea') {
    // "alinéa 2": the second unnumbered paragraph; where an article has none, its numbered ones.
    const alineas = unit.children.filter((child) => child.kind === 'alinea' && child.number === normaliseNumber(step.number));
    if (alineas.length || strictness < 2) return alineas;
  }
  if (unit.kind === 'alinea' && unit.parent && (step.kind === 'point' || step.kind === 'unspecified' || step.kind === 'item')) {
    // "alinéa 1 point 1": the numbered points that follow an introductory paragraph are its points.
    const own = unit.children.filter((child) => numbersMatch(step.number, child.number));
    if (own.length) return own;
    const siblings = unit.parent.children;
    const following: Unit[] = [];
    for (let i = siblings.indexOf(unit) + 1; i < siblings.length && siblings[i].kind !== 'alinea' && siblings[i].headingDepth === 0; i++) following.push(siblings[i]);
    return following.filter((child) => numbersMatch(step.number, child.number));
  }
  // Alinéas are counted, not numbered: only "alinéa 2" / "paragraph 2" (fallback below) names one, never "onder 1°" or "(1)".
  const exactCase = (child: Unit) => child.kind !== 'alinea' && (child.number === step.number || (child.number !== undefined && /^\d/.test(child.number) && numbersMatch(step.number, child.number)));
  const strict = unit.children.filter((child) => exactCase(child) && (step.kind === 'unspecified' || step.kind === child.kind || (step.kind === 'point' && child.headingDepth === 0)));
  if (strict.length || strictness === 0) return strict;
  const sameCase = unit.children.filter((child) => exactCase(child) && (step.kind === 'unspecified' || kindsCompatible(step.kind, child.kind)));
  if (sameCase.length || strictness === 1) return sameCase;
  const lenient = unit.children.filter((child) => child.kind !== 'alinea' && numbersMatch(step.number, child.number) && (step.kind === 'unspecified' || kindsCompatible(step.kind, child.kind)));
  if (lenient.length) return lenient;
  // French and Belgian law count unnumbered paragraphs: "alinéa 2" is the second paragraph.
  if (step.kind === 'paragraph' || step.kind === 'subparagraph') {
    const alineas = unit.children.filter((child) => child.kind === 'alinea');
    return alineas.filter((child) => child.number === normaliseNumber(step.number));
  }
  return [];
}

function kindsCompatible(cited: RefUnitKind, actual: UnitKind): boolean {
  if (cited === actual) return true;
  const inner = ['subsection', 'paragraph', 'subparagraph', 'clause', 'item', 'point', 'alinea'];
  return inner.includes(cited) && inner.includes(actual);
}

/** Heading units of a document by normalised number (and roman numerals by value too). */
const headingIndexes = new WeakMap<DocumentModel, Map<string, Unit[]>>();

function headingIndex(doc: DocumentModel): Map<string, Unit[]> {
  let index = headingIndexes.get(doc);
  if (index) return index;
  index = new Map();
  for (const unit of doc.units) {
    if (unit.headingDepth === 0 || unit.number === undefined) continue;
    const normal = normaliseNumber(unit.number);
    const keys = [normal];
    const roman = romanValue(normal);
    if (roman !== undefined) keys.push(String(roman));
    for (const key of keys) {
      const list = index.get(key);
      if (list) list.push(unit);
      else index.set(key, [unit]);
    }
  }
  headingIndexes.set(doc, index);
  return index;
}

function findTopLevel(doc: DocumentModel, step: RefStep): Unit | undefined {
  let fallback: Unit | undefined;
  const normal = normaliseNumber(step.number);
  const roman = romanValue(normal);
  const candidates = [...(headingIndex(doc).get(normal) ?? []), ...(roman !== undefined ? headingIndex(doc).get(String(roman)) ?? [] : [])];
  candidates.sort((a, b) => a.span.start - b.span.start);
  for (const unit of candidates) {
    if (!numbersMatch(step.number, unit.number)) continue;
    if (unit.kind === step.kind) return unit;
    // "section 3" in a law whose bare-numbered headings became sections, "article 3" likewise.
    if (!fallback && unit.citable && (step.kind === 'article' || step.kind === 'section')) fallback = unit;
  }
  return fallback;
}

interface PathResult {
  unit?: Unit;
  reason?: string;
  existing?: Unit[];
}

function resolvePath(doc: DocumentModel, path: RefStep[], base: Unit | undefined, context: Unit | undefined, sameDocument: boolean): PathResult {
  if (path.length === 0) return { unit: base ?? doc.root };
  let current: Unit | undefined;
  let rest = path;
  if (isCitableKind(path[0].kind) && !(base && path[0].kind === 'section' && base.kind === 'section' && !base.citable)) {
    current = base && base.kind !== 'article' && base.kind !== 'section' ? findWithin(base, path[0]) ?? findTopLevel(doc, path[0]) : findTopLevel(doc, path[0]);
    if (!current) {
      const kindUnits = doc.units.filter((unit) => unit.kind === path[0].kind && unit.headingDepth > 0);
      const where = sameDocument ? 'this document' : `"${doc.title}"`;
      // Say what does exist: units of the kind cited, or else the document's citable units
      // ("this document has no article 99; it has sections 1–4").
      const citable = kindUnits.length ? kindUnits : doc.units.filter((unit) => unit.citable && unit.headingDepth > 0);
      const has = citable.length === 1 ? `${citable[0].kind} ${citable[0].number}`
        : citable.length ? `${citable[0].kind}s ${citable[0].number}–${citable[citable.length - 1].number}` : '';
      const range = !has ? '' : kindUnits.length ? ` (it has ${has})` : `; it has ${has}`;
      return { reason: `${where} has no ${path[0].kind} ${path[0].number}${range}`, existing: citable.slice(0, 3) };
    }
    rest = path.slice(1);
  } else {
    // "paragraph 2", "subparagraph (a) above": look in the enclosing units, innermost first.
    const start = base ?? context ?? doc.root;
    const chain: Unit[] = [];
    for (let scope: Unit | undefined = start; scope; scope = scope.parent) {
      chain.push(scope);
      if (base || scope.citable || scope.headingDepth > 0) break;
    }
    // "sub-paragraph a. of this article" written inside paragraph 9: look from the citation up to the article.
    if (base && context && context !== base && isInside(context, base)) {
      for (let scope: Unit | undefined = context; scope && scope !== base; scope = scope.parent) chain.push(scope);
    }
    for (const strictness of [0, 1] as const) {
      const scope = chain.find((candidate) => childrenMatching(candidate, path[0], strictness).length > 0);
      if (scope) { current = childrenMatching(scope, path[0], strictness)[0]; break; }
    }
    if (!current && path[0].kind !== 'unspecified') {
      // US Code: "subparagraph (C)" in (b)(3) names (b)(2)(C), a cousin. Take it from the innermost enclosing
      // unit that holds exactly one unit of that kind and that number, in that case.
      for (const scope of chain) {
        if (scope.kind === 'document') break;
        const cousins = descendants(scope).filter((unit) => unit.kind === path[0].kind && unit.number === path[0].number);
        if (cousins.length === 1) current = cousins[0];
        if (cousins.length) break;
      }
    }
    if (!current) {
      const inline = chain.find((scope) => hasInlineMarker(doc, scope, path[0]));
      if (inline) return { unit: inline };
    }
    for (let scope: Unit | undefined = current ? undefined : start; scope; scope = scope.parent) {
      const found = childrenMatching(scope, path[0]);
      if (found.length) { current = found[0]; break; }
      if (!base && (scope.citable || scope.headingDepth > 0)) {
        // Do not look beyond the article or section that holds the citation.
        const inner = scope;
        const children = inner.children.filter((child) => child.headingDepth === 0);
        return { reason: missingChild(inner, path[0], children), existing: children.slice(0, 3) };
      }
      if (base) break;
    }
    if (!current) {
      const holder = base ?? start;
      const children = holder.children.filter((child) => child.headingDepth === 0);
      return { reason: missingChild(holder, path[0], children), existing: children.slice(0, 3) };
    }
    rest = path.slice(1);
  }
  for (const step of rest) {
    const found: Unit[] = childrenMatching(current, step);
    if (!found.length && hasInlineMarker(doc, current, step)) return { unit: current };
    if (!found.length) {
      const children = current.children.filter((child) => child.headingDepth === 0);
      return { reason: missingChild(current, step, children), existing: children.slice(0, 3) };
    }
    current = found[0];
  }
  return { unit: current };
}

function descendants(unit: Unit): Unit[] {
  const out: Unit[] = [];
  const stack = [...unit.children].reverse();
  while (stack.length) {
    const next = stack.pop() as Unit;
    if (next.headingDepth > 0) continue;
    out.push(next);
    for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i]);
  }
  return out;
}

function findWithin(base: Unit, step: RefStep): Unit | undefined {
  const stack = [...base.children];
  while (stack.length) {
    const unit = stack.shift() as Unit;
    if (unit.headingDepth > 0 && unit.kind === step.kind && numbersMatch(step.number, unit.number)) return unit;
    if (unit.headingDepth > 0) stack.push(...unit.children);
  }
  return undefined;
}

function missingChild(parent: Unit, step: RefStep, children: Unit[]): string {
  const what = step.kind === 'unspecified' ? `(${step.number})` : `${step.kind} ${step.number}`;
  if (children.length === 0) return `${unitName(parent)} has no numbered paragraphs, so ${what} does not exist`;
  const kind = children[0].kind;
  const count = children.filter((child) => child.kind === kind).length;
  return `${unitName(parent)} has ${count} ${kind}${count === 1 ? '' : 's'} (${children[0].label.trim()}–${children[children.length - 1].label.trim()}); ${what} does not exist`;
}

function resolveThrough(doc: DocumentModel, path: RefStep[], through: RefStep[], base: Unit | undefined, context: Unit): { unit?: Unit; reason?: string; span?: Span } {
  // "paragraphs 1.b through 1.d": a shorter `through` shares the prefix of `path`.
  const full = through.length < path.length ? [...path.slice(0, path.length - through.length), ...through] : through;
  const result = resolvePath(doc, full, base, context, true);
  if (!result.unit) return { reason: result.reason, span: through[through.length - 1]?.span };
  return { unit: result.unit };
}

function unitsBetween(doc: DocumentModel, first: Unit, last: Unit): Unit[] {
  const siblings = first.headingDepth > 0 ? doc.units.filter((unit) => unit.kind === first.kind && unit.headingDepth > 0) : first.parent?.children ?? [first];
  const from = siblings.indexOf(first);
  const to = siblings.indexOf(last);
  if (from < 0 || to < 0 || to < from) return [first];
  return siblings.slice(from, to + 1);
}

/** A citation of a unit this document lacks: another document of the same collection may hold it. */
function findElsewhere(model: DocumentModel, path: RefStep[], lookup: DocumentLookup): { doc: DocumentModel; unit: Unit } | undefined {
  const related = relatedDocuments(model, lookup);
  for (const doc of related) {
    const result = resolvePath(doc, path, undefined, undefined, false);
    if (result.unit) return { doc, unit: result.unit };
  }
  return undefined;
}

/** Documents a document leans on: what it incorporates, supplements, implements, and laws of its collection. */
export function relatedDocuments(model: DocumentModel, lookup: DocumentLookup): DocumentModel[] {
  const ids = [...model.frontMatter.incorporates, ...model.frontMatter.supplements];
  const out: DocumentModel[] = [];
  for (const id of ids) {
    const doc = lookup.byId(id);
    if (doc && doc !== model) out.push(doc);
  }
  const collection = model.frontMatter.raw.collection;
  if (typeof collection === 'string') {
    for (const doc of lookup.all()) {
      if (doc !== model && doc.frontMatter.raw.collection === collection && !out.includes(doc)) out.push(doc);
    }
  }
  return out;
}

function normaliseName(name: string): string {
  return name.toLowerCase().replace(/^(?:the|this|la|le|les|het|de|el|los|al)\s+/u, '').replace(/[“”"'’«»„]/g, '').replace(/\s+/g, ' ').trim();
}

/** Which document does "the Convention" / "the Computer Misuse and Cybercrimes Act" name? */
export function findInstrument(model: DocumentModel, name: string, lookup: DocumentLookup): DocumentModel | undefined {
  const wanted = normaliseName(name);
  const generic = GENERIC_INSTRUMENT.exec(name.trim());
  const namesOf = (doc: DocumentModel) => [doc.title, doc.frontMatter.shortTitle ?? '', ...doc.frontMatter.aliases, doc.id].filter(Boolean).map(normaliseName);
  if (generic) {
    const noun = normaliseName(generic[1]);
    const relatedIds = [...model.frontMatter.implements, ...model.frontMatter.supplements, ...(model.frontMatter.annotates ? [model.frontMatter.annotates] : []), ...model.frontMatter.incorporates];
    const related = relatedIds.map((id) => lookup.byId(id)).filter((doc): doc is DocumentModel => !!doc);
    const byNoun = related.find((doc) => namesOf(doc).some((n) => n.includes(noun)));
    if (byNoun) return byNoun;
    if (related.length === 1) return related[0];
    if (namesOf(model).some((n) => n.includes(noun))) return model;
    return undefined;
  }
  for (const doc of lookup.all()) {
    if (namesOf(doc).some((n) => n === wanted)) return doc;
  }
  return undefined;
}

function isInside(unit: Unit, ancestor: Unit): boolean {
  for (let current: Unit | undefined = unit; current; current = current.parent) if (current === ancestor) return true;
  return false;
}

/**
 * Enumerations run inline in one paragraph ("… — (a) …; (b) …; or (c) …") are not split into
 * units; a citation of one of their items resolves to the paragraph that holds it.
 */
function hasInlineMarker(doc: DocumentModel, unit: Unit, step: RefStep): boolean {
  if (unit.kind === 'document' || step.number.length > 6) return false;
  const own = doc.text.slice(unit.labelSpan.end, unit.children.find((c) => c.headingDepth === 0)?.span.start ?? unit.span.end);
  const number = step.number.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // "… de l'alinéa 1. Toute …": a number after a unit word is a citation, not an item of the enumeration.
  return new RegExp(`(?:^|[\\s;:,—–-])(?<!(?:alinéa|alinea|paragraph|paragraphe|article|artikel|section|point|lid|punt|sub)\\s)(?:\\(${number}\\)|${number}[.)])(?=\\s)`, 'iu').test(own);
}
