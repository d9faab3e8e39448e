// Terminology checks: what a careful reviewer of a draft law would catch (docs/CHECKS.md).
//   term-not-defined      a term the implemented treaty defines, used but neither defined nor incorporated
//   definition-differs    the law defines a treaty term differently (graded, explained)
//   rival-term            another instrument's word for a concept the treaty names differently
//   duplicate-definition  one term defined twice in one scope
//   unused-definition     defined, never used in its scope
//   inconsistent-variant  "ICT system" beside "information and communications technology system", "e-mail"/"email"
//   term-outside-scope    a term defined "In this Part" used elsewhere
import { UNCLOSED_FENCE, idWithoutRepeats } from '../structure';
import { definitionKey, type Workspace, type TermUse } from '../workspace';
import type { DocumentModel } from '../document';
import type { Definition, Span, Unit } from '../model';
import type { EngineDiagnostic, QuickFix } from './types';
import { TermMatcher, inflectLike, tokenize } from '../terms';
import { describeUnit, implementedTreaties } from '../queries';
import { compareDefinitions } from './compare';
import { DEFINITIONS_TITLE, onlyNames, pointsElsewhere, scopeNotShown } from '../definitions';
import { instrumentOf, rivalTerms } from '../vocabulary/vocabulary';
import { truncateAtWord } from '../text';
import { FUNCTION_WORDS } from '../functionWords';
import { citableAround, provisionAt } from '../unitAncestors';
import { quotedPassageAt } from '../quotedPassages';

export function terminologyDiagnostics(workspace: Workspace, uri: string): EngineDiagnostic[] {
  const model = workspace.get(uri);
  if (!model) return [];
  const out: EngineDiagnostic[] = [];
  const uses = workspace.termUses(uri);
  const excluded = model.references.map((r) => r.span).sort((a, b) => a.start - b.start);
  duplicateDefinitions(model, out);
  unusedDefinitions(workspace, model, out);
  outsideScope(workspace, model, uses, excluded, out);
  inconsistentVariants(workspace, model, uses, excluded, out);
  const treaties = implementedTreaties(workspace, model).filter((treaty) => treaty !== model);
  for (const treaty of treaties) {
    treatyTerms(workspace, model, treaty, excluded, out);
    rivalVocabulary(workspace, model, treaty, excluded, out);
  }
  return out;
}

/** How many letters a doubled word's second half may add ("kegiatan-kegiatannya": "nya"). */
const DOUBLED_WORD_SUFFIX = 4;

function where(model: DocumentModel, definition: Definition): string {
  const unit = model.unitsById.get(definition.unitId);
  return `${model.frontMatter.shortTitle ?? model.title}, ${unit ? describeUnit(unit) : 'definitions'}`;
}

/** Matches in the document's prose; `name` identifies the matcher for the per-block memo. */
function matchAll(workspace: Workspace, model: DocumentModel, name: string, matcher: TermMatcher, excluded: Span[]): Array<{ key: string; span: Span }> {
  return workspace.matchProse(model, name, matcher, excluded);
}

/** Per-block results for an edited document (memoised by block place), or computed directly. */
function perBlock<T>(workspace: Workspace, model: DocumentModel, name: string, index: number, compute: (chunk: string) => T): T {
  const memo = workspace.memoFor(model.uri);
  const span = model.prose[index];
  if (!memo) return compute(model.text.slice(span.start, span.end));
  return memo.get(name, workspace.memoGeneration(model), span.start, span.end, () => compute(model.text.slice(span.start, span.end)));
}

/** Whether `written` differs from `term` past its first letter. */
function differsInside(written: string, term: string): boolean {
  return [...written].some((char, i) => i > 0 && char !== term[i]);
}

/** Words each opening with a capital: "Legal Aid", "Traffic Data". */
const TITLE_CASE = /^\p{Lu}\p{Ll}*(?:[ \t]+\p{Lu}\p{Ll}*)+$/u;

const INCORPORATION_HINT = /meaning|interpreted|sens|betekenis|significado/i;

/** Does the document incorporate the treaty's definitions (front matter, or a clause saying so)? */
export function incorporatesDefinitions(workspace: Workspace, model: DocumentModel, treaty: DocumentModel): boolean {
  const ids = [treaty.id, treaty.frontMatter.translationOf ?? ''];
  if (model.frontMatter.incorporates.some((id) => ids.includes(id))) return true;
  if (model.frontMatter.raw['incorporates-definitions'] === true) return true;
  const clause = /\b(?:terms|expressions|words|termes|begrippen|términos|expresiones)\b[^.;]{0,160}?(?:(?:have|has|bear|shall\s+have)\s+the\s+(?:same\s+)?meanings?|interpreted\s+in\s+the\s+same\s+manner|ont\s+le\s+(?:même\s+)?sens|hebben\s+dezelfde\s+betekenis|tienen\s+el\s+(?:mismo\s+)?significado)[^.;]{0,160}/giu;
  const names = [treaty.title, treaty.frontMatter.shortTitle ?? '', ...treaty.frontMatter.aliases, 'Convention', 'Protocol', 'Treaty', 'Verdrag', 'Convención', 'Convenio']
    .filter(Boolean).map((name) => name.toLowerCase());
  for (let index = 0; index < model.prose.length; index++) {
    const sentences = perBlock(workspace, model, 'incorporation', index, (chunk) => {
      const found: string[] = [];
      if (!INCORPORATION_HINT.test(chunk)) return found; // the clause needs one of these words
      clause.lastIndex = 0;
      for (let match = clause.exec(chunk); match; match = clause.exec(chunk)) found.push(match[0].toLowerCase());
      return found;
    });
    if (sentences.some((sentence) => names.some((name) => sentence.includes(name)) && citesDefiningUnit(sentence, treaty))) return true;
  }
  return false;
}

/**
 * "have the meaning given in article 2 of the Convention" incorporates only if article 2 defines
 * something; a clause that names no article takes the treaty's definitions wherever they are.
 */
function citesDefiningUnit(sentence: string, treaty: DocumentModel): boolean {
  const cited = [...sentence.matchAll(/(?:\barticles?|\bart\.|\bartikel|\bartículo|\bsections?|§)\s*(\d+[a-z]?)\b/gu)].map((match) => match[1]);
  if (cited.length === 0) return true;
  const defining = new Set(treaty.definitions.map((definition) => definition.unitId.split('__')[0].replace(/^[^_]*_/, '').toLowerCase()));
  return cited.some((number) => defining.has(number));
}

/** A definition by reference ("has the meaning given in article 2 of the Convention") is not a rival text. */
function isDefinitionByReference(body: string): boolean {
  return /^(?:the\s+|the\s+same\s+)?meanings?\s+(?:given|assigned|ascribed|set\s+out)|^(?:le|la)\s+(?:même\s+)?sens|^dezelfde\s+betekenis|^el\s+(?:mismo\s+)?significado/i.test(body.trim()) || /^the meaning/i.test(body.trim());
}

function treatyTerms(workspace: Workspace, model: DocumentModel, treaty: DocumentModel, excluded: Span[], out: EngineDiagnostic[]): void {
  const treatyByKey = new Map<string, Definition>();
  for (const definition of treaty.definitions) if (!treatyByKey.has(definition.key)) treatyByKey.set(definition.key, definition);
  const own = new Map<string, Definition[]>();
  for (const { definition } of workspace.visibleDefinitions(model)) {
    const list = own.get(definition.key);
    if (list) list.push(definition);
    else own.set(definition.key, [definition]);
  }
  // 2. The law's own definition of a treaty term, compared with the treaty's (by definition
  // texts alone: kept while they stay the same).
  // Only what the message reads is kept (the word lists of a comparison are its bulk).
  const comparisons = workspace.keptResult(model, `differs:${treaty.id}`, () => model.definitions.map((definition) => {
    const reference = treatyByKey.get(definition.key);
    if (!reference || isDefinitionByReference(definition.body)) return undefined;
    const { grade, summary } = compareDefinitions(definition.body, reference.body);
    return grade === 'identical' ? undefined : { grade, summary };
  }));
  for (const [index, definition] of model.definitions.entries()) {
    const comparison = comparisons[index];
    const reference = treatyByKey.get(definition.key);
    if (!comparison || !reference) continue;
    out.push({
      code: 'definition-differs',
      severity: comparison.grade === 'substantive' ? 'warning' : 'information',
      span: definition.termSpan,
      message: `“${definition.term}” is defined differently from ${where(treaty, reference)} (${comparison.grade === 'substantive' ? 'substantive difference' : 'wording only'}): ${comparison.summary}.`,
      related: [{ uri: treaty.uri, span: reference.termSpan, message: `the treaty's definition: “${reference.term}” ${truncateAtWord(reference.body, 200)}` }],
    });
  }
  // 1. Treaty terms used without a definition.
  if (workspace.keptResult(model, `incorporates:${treaty.id}`, () => incorporatesDefinitions(workspace, model, treaty))) return;
  const firstUse = workspace.keptResult(model, `treaty:${treaty.id}`, () => {
    const matcher = new TermMatcher([...treatyByKey.keys()].filter((key) => !own.has(key)));
    const spansByKey = new Map<string, Span[]>();
    // Words inside a longer term of the law's own ("electronic communication service provider") are that term's.
    const ownUses = workspace.termUses(model.uri).map((use) => use.span);
    const excludedWithOwn = [...excluded, ...ownUses].sort((a, b) => a.start - b.start);
    for (const match of matchAll(workspace, model, `treaty:${treaty.id}`, matcher, excludedWithOwn)) {
      const list = spansByKey.get(match.key);
      if (list) list.push(match.span);
      else spansByKey.set(match.key, [match.span]);
    }
    return spansByKey;
  });
  for (const [key, spans] of firstUse) {
    const reference = treatyByKey.get(key) as Definition;
    const fix = insertDefinitionFix(model, reference);
    out.push({
      code: 'term-not-defined',
      severity: 'warning',
      span: spans[0],
      message: `“${reference.term}” is defined by ${where(treaty, reference)}, but this ${model.type === 'law' ? 'law' : 'document'} neither defines it nor incorporates the ${treaty.frontMatter.shortTitle ?? 'treaty'}'s definitions (used ${spans.length} time${spans.length === 1 ? '' : 's'}).`,
      related: [
        { uri: treaty.uri, span: reference.termSpan, message: `defined in the treaty: “${reference.term}” ${truncateAtWord(reference.body, 200)}` },
        ...spans.slice(1).map((span) => ({ uri: model.uri, span, message: 'also used here' })),
      ],
      fixes: fix ? [fix] : undefined,
    });
  }
}

/** Inserts the treaty's definition into the law's definitions, in the law's own style. */
function insertDefinitionFix(model: DocumentModel, reference: Definition): QuickFix | undefined {
  const documentLevel = model.definitions.filter((d) => d.scope.kind === 'document' && !onlyNames(d));
  const last = documentLevel[documentLevel.length - 1];
  const body = reference.body.replace(/[;.,]\s*(?:and|or)?$/i, '').trim();
  if (!last) {
    // No definitions yet: a definitions paragraph after the title.
    const firstHeading = model.units.find((u) => u.headingDepth > 0);
    const at = firstHeading ? firstHeading.labelSpan.start : model.frontMatter.span ? model.frontMatter.span.end + 1 : 0;
    return { title: `Insert the treaty's definition of “${reference.term}”`, preferred: true,
      edits: [{ uri: model.uri, span: { start: at, end: at }, newText: `“${reference.term}” means ${body}.\n\n` }] };
  }
  const unit = model.unitsById.get(last.unitId);
  const text = model.text;
  const open = text[last.termSpan.start - 1] ?? '“';
  const close = text[last.termSpan.end] ?? '”';
  const after = text.slice(last.termSpan.end + 1, last.termSpan.end + 40);
  const verb = /^\s*(shall mean|means|désigne|betekent|significa)/i.exec(after)?.[1] ?? 'means';
  const lastText = text.slice(last.span.start, last.span.end).trimEnd();
  const terminator = /[;.]$/.test(lastText) ? lastText.slice(-1) : ';';
  let marker = '';
  if (unit && unit.headingDepth === 0 && unit.kind !== 'alinea') marker = nextMarker(unit.label) + ' ';
  const insertAt = unit && unit.headingDepth === 0 ? unit.span.end : last.span.end;
  const colonStyle = last.style === 'list-colon';
  const line = colonStyle ? `- ${reference.term} : ${body}${terminator}` : `${marker}${open}${reference.term}${close} ${verb} ${body}${terminator}`;
  return { title: `Insert the treaty's definition of “${reference.term}”`, preferred: true,
    edits: [{ uri: model.uri, span: { start: insertAt, end: insertAt }, newText: `\n\n${line}` }] };
}

/** The marker after "(21)" is "(22)"; after "c." is "d."; after "(iv)" we keep "(v)" simple. */
function nextMarker(label: string): string {
  const match = /^(\(?)(\d+|[a-zA-Z])([.)]?)$/.exec(label.trim());
  if (!match) return label.trim();
  const [, openParen, value, closing] = match;
  const next = /^\d+$/.test(value) ? String(Number(value) + 1) : String.fromCharCode(value.charCodeAt(0) + 1);
  return `${openParen}${next}${closing}`;
}

function rivalVocabulary(workspace: Workspace, model: DocumentModel, treaty: DocumentModel, excluded: Span[], out: EngineDiagnostic[]): void {
  const vocabulary = workspace.vocabulary;
  const instrument = instrumentOf(vocabulary, treaty);
  if (!instrument) return;
  const rivals = rivalTerms(vocabulary, instrument, model.language);
  if (rivals.length === 0) return;
  const byKey = new Map(rivals.map((rival) => [rival.rivalKey, rival]));
  const matcher = new TermMatcher(byKey.keys());
  let count = 0;
  for (const match of workspace.keptResult(model, `rival:${treaty.id}`, () => matchAll(workspace, model, `rival:${treaty.id}`, matcher, excluded))) {
    const rival = byKey.get(match.key);
    if (!rival || ++count > 100) continue;
    const written = model.text.slice(match.span.start, match.span.end);
    out.push({
      code: 'rival-term',
      severity: 'warning',
      span: match.span,
      message: `“${written}” is the ${rival.rivalInstrument} term; ${treaty.frontMatter.shortTitle ?? treaty.title}, which this ${model.type === 'law' ? 'law' : 'document'} implements, says “${rival.preferred}”.${rival.concept.note ? ` ${rival.concept.note}` : ''}`,
      related: [],
      fixes: [{ title: `Replace with “${inflectLike(written, rival.rival, rival.preferred)}”`, preferred: true, edits: [{ uri: model.uri, span: match.span, newText: inflectLike(written, rival.rival, rival.preferred) }] }],
    });
  }
}


/** Words by which a definition says it adds to an earlier one of the same term. */
const EXTENDS_DEFINITION = /\b(?:sind|ist|gelten|gilt)\s+(?:ferner|auch|außerdem|zudem|weiter)\b|\b(?:also|further|additionally)\s+(?:means?|includes?|include)\b|\b(?:includes?|means?)\s+(?:also|further)\b|\b(?:comprend|comprennent|désigne|désignent)\s+(?:également|aussi)\b|\b(?:omvat|omvatten|wordt|worden)\s+(?:mede|ook)\b/iu;

/** A definition that says only what its term includes ("“X” includes …", "“X” shall include …"), no more than a part of its meaning. */
function includesOnly(model: DocumentModel, definition: Definition): boolean {
  return INCLUDES_VERB.test(model.text.slice(definition.termSpan.end, Math.min(definition.span.end, definition.termSpan.end + 24)));
}
const INCLUDES_VERB = /^["”’'*_]{0,3}\s+(?:shall\s+)?includes?(?!\p{L})/u;

/** The article or section a definition stands in (the document's root outside any). */
function provisionOf(model: DocumentModel, definition: Definition): Unit {
  const unit = model.unitsById.get(definition.unitId) ?? model.root;
  return citableAround(unit) ?? model.root;
}

/** The unit with a heading of its own that holds a definition (a section, a schedule's paragraph), if any. */
function headedProvisionOf(model: DocumentModel, definition: Definition): Unit | undefined {
  for (let unit = model.unitsById.get(definition.unitId); unit && unit !== model.root; unit = unit.parent) if (unit.headingDepth > 0) return unit;
  return undefined;
}

/** Whether two units are one place given twice ("sec_3__item_1" and "sec_3_dup2__item_1"). */
function samePlace(one: string, other: string): boolean {
  return one !== other && idWithoutRepeats(one) === idWithoutRepeats(other);
}

/** Whether two definitions give the term the same words (spaces and case aside). */
function sameBody(one: Definition, other: Definition): boolean {
  const words = (definition: Definition) => definition.body.replace(/\s+/g, ' ').trim().toLowerCase();
  return words(one) !== '' && words(one) === words(other);
}

/** Whether two definitions by a name in brackets after their words ("das Gepäck der Reisenden (Nichttouristen)") name the same last four words. */
function sameWordsBeforeBracket(one: Definition, other: Definition): boolean {
  if (!one.style.startsWith('parenthesised') || !other.style.startsWith('parenthesised')) return false;
  const lastWords = (definition: Definition) => definition.body.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).slice(-4).join(' ');
  return lastWords(one).split(' ').length === 4 && lastWords(one) === lastWords(other);
}

function duplicateDefinitions(model: DocumentModel, out: EngineDiagnostic[]): void {
  const seen = new Map<string, Definition>();
  for (let index = 0; index < model.definitions.length; index++) {
    const definition = model.definitions[index];
    // "Prior to amendment, par. (2) read as follows: “(2) ‘sexually explicit conduct’ means …”" (the U.S. Code's notes): the
    // definition as it was, quoted, is no second one
    if (quotedPassageAt(model, definition.termSpan.start)) continue;
    const scope = definition.scope.kind === 'document' ? '' : definition.scope.unitId ?? '';
    const key = `${definition.key}\u0001${scope}`;
    const first = seen.get(key);
    if (!first) { seen.set(key, definition); continue; }
    // "- `person`: see section 2C." and the definition section 2C gives: a signpost to it, no second meaning
    if (pointsElsewhere(first)) { seen.set(key, definition); continue; }
    if (pointsElsewhere(definition)) continue;
    // "“the Minister” means the Minister of Agriculture …; “the Ministers” means the Minister and the Secretary of State …": the
    // singular and the plural written apart, each its own meaning
    if (first.term.replace(/\s+/g, ' ').toLowerCase() !== definition.term.replace(/\s+/g, ' ').toLowerCase()) continue;
    // "(1) In this Part," in a section of a part whose heading the structure does not show as a part, and the same term
    // in another section (for the Act, or for another part): the scope of the first is unknown, so not known to be the same
    // Outside any provision the structure shows (a ballot measure's "For purposes of this subdivision:" under headings not
    // read as sections), neither's reach is known.
    if ((scopeNotShown(first.scope) || scopeNotShown(definition.scope)) &&
      (provisionOf(model, first) !== provisionOf(model, definition) || provisionOf(model, definition) === model.root)) continue;
    // "“Gain” and “loss” … and “property” means any property …" in section 5, "and “property” means money or other property …"
    // in section 13 (the Fraud Act 2006): each in a provision of its own that is no definitions provision, and neither says
    // its reach; most likely each is that provision's, so neither is known to clash
    // (a schedule's paragraphs "##### 3" and "##### 11", each a transitional provision, alike)
    if (!first.scope.phrase && !definition.scope.phrase && headedProvisionOf(model, first) !== headedProvisionOf(model, definition) &&
      ![first, definition].some((one) => DEFINITIONS_TITLE.test(headedProvisionOf(model, one)?.title ?? ''))) continue;
    // "§ 3. Im Sinne dieses Bundesgesetzes bedeuten: 1. Dienst der Informationsgesellschaft: …" given again in its next version
    // (Austria's RIS sets out each version of a section in force at some date, one after another): the same provision given
    // twice, which the duplicate-unit warning reports once; its terms are not defined twice over
    if (samePlace(first.unitId, definition.unitId)) continue;
    // "（以下「議定書」という。）" given again further on (Japan's laws): "以下" names the words from where it stands on, so a later
    // name given so takes over from there; nothing is unclear
    // (Korea's "(이하 "매매"라 한다)" alike, and Czech "(dále jen „denní spotřeba“)", "further on only")
    if ((model.language === 'ja' || model.language === 'ko' || model.language === 'cs') && first.style === 'hereinafter' && definition.style === 'hereinafter') continue;
    // "Auf der Rückseite (Chipseite) ist …" in paragraph (5) and again in (6) of one section: the same meaning given again in
    // one provision, nothing unclear (in two sections, "In this Act, “enactment” includes …" twice is still a double definition)
    if (sameBody(first, definition) && provisionOf(model, first) === provisionOf(model, definition)) continue;
    // "… über das Gepäck der Reisenden (Nichttouristen)" twice (an agreement's two provisions on luggage): a name in brackets
    // after the same words is the same gloss given again, nothing unclear
    if (sameWordsBeforeBracket(first, definition)) continue;
    // "- frais de soins : contrats individuels non donnés en substitution (…) ;" then "- frais de soins : contrats individuels donnés
    // en substitution (…) ;" (an order's list of categories): a label given twice, one entry right after the other, sorts cases;
    // a term defined so (unquoted, before a colon) is no more sure than that (apart in one list, "Priority 1:" twice is reported)
    const before = model.definitions[index - 1];
    if (first.style === 'list-colon' && definition.style === 'list-colon' && before?.key === definition.key && before.style === 'list-colon') continue;
    // "(2) Handelssachen im Sinne dieses Gesetzes sind ferner …", "… also includes …": a second
    // definition that says it adds to the first extends it; nothing is unclear.
    if (EXTENDS_DEFINITION.test(model.text.slice(definition.termSpan.end, Math.min(definition.span.end, definition.termSpan.end + 160)))) continue;
    // "(2) "Good cause" shall include, but is not limited to— …" then "(3) "Good cause" shall include, but without the requirement
    // of notice, …" (Malaysia's Franchise Bill 1998, section 31): in one provision, two definitions that each say what the term
    // includes add up (in two provisions they are still reported)
    if (includesOnly(model, first) && includesOnly(model, definition) && provisionOf(model, first) === provisionOf(model, definition)) continue;
    // "L'expression « Etat d'origine » désigne, pour une entreprise …. Pour un marché réglementé,
    // l'expression « Etat d'origine » désigne …": one paragraph that gives the term a meaning per case.
    if (definition.termSpan.start - first.termSpan.end < 2000 && !/\n[ \t]*\n/.test(model.text.slice(first.termSpan.end, definition.termSpan.start))) continue;
    out.push({
      code: 'duplicate-definition',
      severity: 'error',
      span: definition.termSpan,
      message: `“${definition.term}” is defined twice in the same scope (first on line ${first.line + 1}); which definition applies is unclear.`,
      related: [{ uri: model.uri, span: first.termSpan, message: 'the first definition' }],
    });
  }
}

function unusedDefinitions(workspace: Workspace, model: DocumentModel, out: EngineDiagnostic[]): void {
  // An excerpt cannot tell: the parts that use a term may be the ones missing.
  const gaps = model.frontMatter.raw.gaps;
  if ((Array.isArray(gaps) && gaps.length > 0) || model.gaps.length > 0) return;
  // Nor a text whose rest a code fence never closed hides (its uses may be there): the fence's warning says so
  if (model.problems.some((problem) => problem.code === UNCLOSED_FENCE)) return;
  const used = new Set<string>();
  const users = [model, ...workspace.incorporating(model)];
  for (const user of users) {
    for (const use of workspace.termUses(user.uri)) if (!use.isDefinition) used.add(definitionKey(use.definition.model, use.definition.definition));
  }
  const unused = model.definitions.filter((definition) => !used.has(definitionKey(model, definition)) && !onlyNames(definition));
  // "“the 1961 Act” means the Land Compensation Act 1961", then "under Part I of the 1961 Act": a name used in citations.
  const cited = unused.length ? namesInCitations(model, unused) : new Map<string, number[]>();
  const definedTimes = new Map<string, number>();
  for (const definition of model.definitions) definedTimes.set(definition.key, (definedTimes.get(definition.key) ?? 0) + 1);
  for (const definition of unused) {
    const scope = definition.scope.kind === 'unit' ? model.unitsById.get(definition.scope.unitId ?? '')?.span : undefined;
    if (cited.get(definition.key)?.some((at) => !scope || (scope.start <= at && at < scope.end))) continue;
    // "“review date” has the meaning given in paragraph 3": the uses are the definition's it points to.
    if (pointsElsewhere(definition) && (definedTimes.get(definition.key) ?? 0) > 1) continue;
    // "The following definitions apply in this section and in sections 38.01 to 38.15": a reach the structure does not
    // show; the uses of a term defined again elsewhere may be counted to the other definition.
    if (scopeNotShown(definition.scope) && (definedTimes.get(definition.key) ?? 0) > 1) continue;
    out.push({
      code: 'unused-definition',
      severity: 'information',
      span: definition.termSpan,
      message: `“${definition.term}” is defined but never used${definition.scope.kind === 'unit' ? ` in its scope (${definition.scope.phrase ?? definition.scope.unitId})` : ''}.`,
      related: [],
    });
  }
}

/** Whether `span` lies within one of `spans` (sorted by start, not overlapping): a binary search, not a walk per match. */
function withinSpans(spans: Span[], span: Span): boolean {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (spans[middle].start <= span.start) low = middle + 1;
    else high = middle - 1;
  }
  return high >= 0 && span.end <= spans[high].end;
}

/** Where the terms of `definitions` stand in the document's citations, by key (one pass over the citations' words). */
function namesInCitations(model: DocumentModel, definitions: Definition[]): Map<string, number[]> {
  const matcher = new TermMatcher(definitions.map((definition) => definition.key));
  const found = new Map<string, number[]>();
  const text = model.text;
  for (const { span } of model.references) {
    for (const match of matcher.match(text, span.start, span.end)) {
      const starts = found.get(match.key) ?? [];
      starts.push(match.span.start);
      found.set(match.key, starts);
    }
  }
  return found;
}

/**
 * Words right after a term that say where it is defined: "remote facilities (within the meaning given in section
 * 49F(4))", "as defined in section 5", "au sens de l'article 2", "im Sinne des § 3". The use brings its definition.
 */
const POINTS_TO_ITS_DEFINITION = /^[\s,(]*(?:within\s+the\s+meaning\s+(?:given\s+(?:in|by)|of)|as\s+defined\s+(?:in|by)|(?:au|dans\s+le)\s+sens\s+d[eu']|im\s+Sinne\s+(?:des|der|von)|en\s+el\s+sentido\s+del?|in\s+de\s+zin\s+van)\s/iu;

const HANGUL = /[\uac00-\ud7a3]/u;

function outsideScope(workspace: Workspace, model: DocumentModel, uses: TermUse[], excluded: Span[], out: EngineDiagnostic[]): void {
  const scoped = model.definitions.filter((d) => d.scope.kind === 'unit');
  if (scoped.length === 0) return;
  const documentKeys = new Set(model.definitions.filter((d) => d.scope.kind === 'document').map((d) => d.key));
  // Single ordinary words ("delivery") defined for one section are ordinary English elsewhere.
  // (Korean's too, a term of one word, "해당사업", "지방": its key parts it a syllable at a time, so its written form says so)
  const keys = new Set(scoped.filter((d) => !HANGUL.test(d.term) || /\s/.test(d.term)).map((d) => d.key).filter((key) => !documentKeys.has(key) && key.includes(' ')));
  const governed = new Set(uses.map((use) => use.span.start));
  const reported = new Set<string>();
  const pointedUntil = new Map<string, number>();
  const termSpans = model.definitions.map((definition) => definition.termSpan).sort((a, b) => a.start - b.start);
  for (const match of workspace.keptResult(model, 'scope', () => matchAll(workspace, model, 'scope', new TermMatcher(keys), excluded))) {
    if (governed.has(match.span.start) || reported.has(match.key)) continue;
    // Inside another term being defined ("(“the relevant land”)"): a definition of its own, no use.
    if (withinSpans(termSpans, match.span)) continue;
    // Pointed to its definition, the term has it for the rest of this provision ("… remote facilities (within the meaning given in section 49F(4)), the remote facilities must …").
    if (match.span.start <= (pointedUntil.get(match.key) ?? -1)) continue;
    if (POINTS_TO_ITS_DEFINITION.test(model.text.slice(match.span.end, match.span.end + 40))) {
      pointedUntil.set(match.key, provisionAt(model, match.span.start).span.end);
      continue;
    }
    const definition = scoped.find((d) => d.key === match.key) as Definition;
    const scopeUnit = model.unitsById.get(definition.scope.unitId ?? '');
    reported.add(match.key);
    out.push({
      code: 'term-outside-scope',
      severity: 'information',
      span: match.span,
      message: `“${definition.term}” is defined only ${definition.scope.phrase ? `“${definition.scope.phrase}”` : 'for one part'} (${scopeUnit ? describeUnit(scopeUnit) : definition.scope.unitId}); here it has no definition.`,
      related: [{ uri: model.uri, span: definition.termSpan, message: 'the scoped definition' }],
    });
  }
}

function inconsistentVariants(workspace: Workspace, model: DocumentModel, uses: TermUse[], excluded: Span[], out: EngineDiagnostic[]): void {
  const text = model.text;
  // a. Abbreviated forms of long defined terms: "ICT system" for "information and communications technology system".
  const terms = new Map<string, string>();
  for (const { definition } of workspace.visibleDefinitions(model)) terms.set(definition.key, definition.term);
  for (const treaty of implementedTreaties(workspace, model)) for (const d of treaty.definitions) if (!terms.has(d.key)) terms.set(d.key, d.term);
  const variants = new Map<string, string>();
  for (const [key, term] of terms) {
    const words = term.split(/\s+/);
    if (words.length < 3) continue;
    for (let split = 2; split < words.length; split++) {
      const initials = words.slice(0, split).filter((w) => !FUNCTION_WORDS.has(w.toLowerCase())).map((w) => w[0].toUpperCase()).join('');
      if (initials.length < 2) continue;
      variants.set(`${initials} ${words.slice(split).join(' ')}`, key);
    }
  }
  const ownKeys = new Set(model.definitions.map((d) => d.key));
  // Upper-case words in the text (per block, remembered while editing): a variant needs its initials there.
  const capitals = variants.size === 0 ? new Set<string>() : workspace.keptResult(model, 'capitals', () => {
    const found = new Set<string>();
    for (let index = 0; index < model.prose.length; index++) {
      for (const word of perBlock(workspace, model, 'capitals', index, (chunk) => chunk.match(/\p{Lu}{2,}/gu) ?? [])) found.add(word);
    }
    return found;
  });
  for (const [variant, key] of variants) {
    if (!capitals.has(variant.split(' ')[0])) continue;
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${variant.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}s?(?![\\p{L}\\p{N}])`, 'gu');
    const hits: Span[] = [];
    for (const span of model.prose) {
      pattern.lastIndex = 0;
      const chunk = text.slice(span.start, span.end);
      for (let m = pattern.exec(chunk); m; m = pattern.exec(chunk)) hits.push({ start: span.start + m.index, end: span.start + m.index + m[0].length });
    }
    if (hits.length === 0 || ownKeys.has(tokenize(variant).map((t) => t.forms[0]).join(' '))) continue;
    const full = terms.get(key) as string;
    out.push({
      code: 'inconsistent-variant',
      severity: 'warning',
      span: hits[0],
      message: `“${variant}” is a variant of the defined term “${full}”${uses.some((use) => use.key === key) ? ', which this document also uses' : ''}; use one form throughout (${hits.length} occurrence${hits.length === 1 ? '' : 's'}).`,
      related: hits.slice(1).map((span) => ({ uri: model.uri, span, message: 'also here' })),
      fixes: [{ title: `Replace with “${full}”`, edits: [{ uri: model.uri, span: hits[0], newText: full }] }],
    });
  }
  // c. A defined term written with other capitals than its definition ("Traffic Data" mid-sentence,
  // "central authority" for "Central Authority"); a capital at the start of a sentence is not a variant.
  const recased = new Map<string, { term: string; spans: Span[] }>();
  // Per term, once (a document uses each term many times): its lower case, and whether its script has no capitals.
  const lowerTerms = new Map<string, string | undefined>();
  for (const use of uses) {
    if (use.isDefinition) continue;
    const term = use.definition.definition.term;
    // Written as defined (most uses): compared in place, not copied out of the text.
    if (use.span.end - use.span.start === term.length && text.startsWith(term, use.span.start)) continue;
    const written = text.slice(use.span.start, use.span.end);
    let lower = lowerTerms.get(term);
    if (!lowerTerms.has(term)) lowerTerms.set(term, (lower = /\p{Script=Arabic}|\p{Script=Han}/u.test(term) ? undefined : term.toLowerCase()));
    if (lower === undefined || written.toLowerCase() !== lower) continue;
    // Not variants: capitals of a heading or an emphasis ("COMPUTER DATA"), Title Case headings
    // ("Contents of Wire or Electronic Communications"), and the first letter of the term (the
    // definition itself may stand at the start of a sentence or a list item).
    if (written === written.toUpperCase()) continue;
    // "“DEVELOPER” MEANS …" in a definition set wholly in capitals (Colorado prints new law so): the capitals are the print's,
    // not the term's, and say nothing of how the term is written elsewhere
    if (definedInCapitalText(text, use.definition.definition)) continue;
    // "“stock exchange” means the Stock Exchange, London, and any other stock exchange": the definition names an institution
    // by the term's words in capitals; only its own text does so on purpose
    const definitionSpan = use.definition.definition.span;
    if (use.span.start >= definitionSpan.start && use.span.end <= definitionSpan.end && /^\p{Lu}/u.test(written)) continue;
    // "bereikbaar via het webadres www.digid.nl" where “DigiD” is defined: a web or mail address is written in small letters
    if (inWebAddress(text, use.span)) continue;
    const lineStart = model.lines.lineAround(use.span.start).start;
    // Headings follow their own capitalisation conventions (docs/CHECKS.md): never a variant.
    if (/^ {0,3}#/.test(text.slice(lineStart, lineStart + 4))) continue;
    const lineEnd = model.lines.lineAround(use.span.end).end;
    const around = text.slice(Math.max(lineStart, use.span.start - 80), Math.min(lineEnd, use.span.end + 80));
    const words = around.match(/\p{L}{4,}/gu) ?? [];
    if (words.length >= 3 && words.filter((word) => /^\p{Lu}/u.test(word)).length / words.length >= 0.6) continue;
    const inside = differsInside(written, term);
    const before = text.slice(Math.max(0, use.span.start - 3), use.span.start);
    // A line break inside a sentence, not a blank line: a paragraph after a heading ending in a small letter starts a sentence.
    const midSentence = /[\p{Ll},](?:[ \t]+|[ \t]*\r?\n[ \t]*)$/u.test(before);
    // "the Convention on the International Recognition of Rights in Aircraft": a capital word, a small one, then the use: a title's word
    // ("the Director of Legal Aid": every word of the term capitalised, as a title's words are)
    if ((!inside || TITLE_CASE.test(written)) && /\p{Lu}\p{Ll}+[ \t]+(?:of|in|on|for|and|to)[ \t]+(?:the[ \t]+)?$/u.test(text.slice(Math.max(0, use.span.start - 40), use.span.start))) continue;
    const termHasCapitals = /\p{Lu}/u.test(term.slice(1));
    // "the Church of England", "the Department of Justice": a capital that starts a proper name, not the term "church"
    // ("La Ministre de la Santé," "Le Ministre des Communications", a signature under a Luxembourg law that defines "ministre")
    if (!inside && PROPER_NAME_GOES_ON.test(text.slice(use.span.end, use.span.end + 40))) continue;
    // "(dále jen „ministerstvo“)" then "Ministerstvo obrany, Ministerstvo vnitra": a name a hereinafter gives in small letters, and a
    // capitalised word that small words follow, the name of another body (Czech writes its ministries' names so)
    if (!inside && onlyNames(use.definition.definition) && !/\p{Lu}/u.test(term) && /^\p{Lu}/u.test(written) && /^[ \t]+\p{Ll}{3,}/u.test(text.slice(use.span.end, use.span.end + 40))) continue;
    // "a person to whom that Article applies" (an Order's Article) where “article” is a thing: a unit's noun, capitalised
    if (UNIT_NOUN.test(term) && /^\p{Lu}/u.test(written)) continue;
    // "Stock Exchange (Completion of Bargains) Act 1976", "Computer Misuse Act": the words of an instrument's title
    if (/^\p{Lu}/u.test(written) && TITLE_GOES_ON.test(text.slice(use.span.end, use.span.end + 100))) continue;
    if (!(inside || (midSentence && /^\p{Ll}/u.test(term) && /^\p{Lu}/u.test(written)) || (termHasCapitals && written === written.toLowerCase()))) continue;
    const entry = recased.get(written) ?? { term, spans: [] };
    entry.spans.push(use.span);
    recased.set(written, entry);
  }
  for (const [written, { term, spans }] of recased) {
    out.push({
      code: 'inconsistent-variant',
      severity: 'warning',
      span: spans[0],
      message: `“${written}” is the defined term “${term}” with other capitals (${spans.length} occurrence${spans.length === 1 ? '' : 's'}); write it as defined.`,
      related: spans.slice(1).map((span) => ({ uri: model.uri, span, message: 'also here' })),
      fixes: [{ title: `Write “${term}”`, edits: spans.map((span) => ({ uri: model.uri, span, newText: term })) }],
    });
  }
  // b. Hyphenated and joined spellings of one word in one document: "e-mail" / "email" (by the
  // document's text alone: kept for a document nobody is typing in).
  const forms = workspace.keptResult(model, 'spellings', () => spellingForms(workspace, model));
  for (const [, entry] of forms) {
    if (entry.size < 2 || ![...entry.keys()].some((form) => form.includes('-'))) continue;
    // the commoner spelling first; of two as common, the hyphenated one (a converter loses hyphens, never adds them)
    const ranked = [...entry.entries()].sort((a, b) => b[1].length - a[1].length || Number(b[0].includes('-')) - Number(a[0].includes('-')));
    const [preferred] = ranked[0];
    for (const [form, found] of ranked.slice(1)) {
      // "MANUFAC-TURING", "STAND-ARDS" beside "manufacturing" (a printed law's heading in capitals, broken at a line's end, the
      // printer's hyphen kept by a converter): a spelling of the headings' print, not the drafter's
      const spans = form.includes('-') && !preferred.includes('-') ? found.filter((span) => !isCapitals(text.slice(span.start, span.end))) : found;
      if (spans.length === 0 || isExcludedSpan(spans[0], excluded)) continue;
      const written = text.slice(spans[0].start, spans[0].end);
      // "DirectorGeneral" beside "Director-General" (a PDF's line broken at the hyphen, joined by a converter): say so
      const lostHyphen = !written.includes('-') && preferred.includes('-') && /\p{Ll}\p{Lu}/u.test(written);
      // "undangundang" beside "undang-undang" (a Malay plural, a word doubled, as a converter joined it at a line's end): the
      // hyphen lost, no spelling of the drafter's, and said as a note
      const halves = preferred.split('-');
      // ("kegiatankegiatannya" beside "kegiatan-kegiatannya": the doubled word with its suffix)
      const doubled = !written.includes('-') && halves.length === 2 && halves[0].length >= 2 && halves[1].toLowerCase().startsWith(halves[0].toLowerCase()) &&
        halves[1].length - halves[0].length <= DOUBLED_WORD_SUFFIX;
      out.push({
        code: 'inconsistent-variant',
        severity: doubled ? 'information' : 'warning',
        span: spans[0],
        message: `“${written}” and “${preferred}” are both used in this document (${spans.length} and ${ranked[0][1].length} times); use one spelling.` +
          (lostHyphen ? ` A capital inside “${written}” says its hyphen was most likely lost where a line broke when the text was converted.` : '') +
          (doubled ? ` “${preferred}” doubles one word: “${written}” most likely lost its hyphen where a line broke when the text was converted.` : ''),
        related: [{ uri: model.uri, span: ranked[0][1][0], message: `“${preferred}” here` }],
        fixes: [{ title: `Replace with “${preferred}”`, edits: spans.map((span) => ({ uri: model.uri, span, newText: matchCase(text.slice(span.start, span.end), preferred) })) }],
      });
    }
  }
}

/**
 * Hyphenated and joined spellings of one word ("e-mail" / "email"): each spelling of a word that
 * the document hyphenates somewhere, where it occurs. First the hyphenated words (rare); only
 * then the spellings of those words are looked up.
 */
function spellingForms(workspace: Workspace, model: DocumentModel): Map<string, Map<string, Span[]>> {
  const hyphenated = new Set<string>();
  const surfaces = new Set<string>();
  for (let index = 0; index < model.prose.length; index++) {
    const found = perBlock(workspace, model, 'hyphenated', index, hyphenatedWords);
    for (const word of found) {
      const joined = word.replace(/[-\u2011]/g, '');
      // Joined, a word of four letters or fewer is most often another word, not a spelling of this one: Romanian
      // "s-au" (they have) and "sau" (or), "de-a" and "dea", a numeral's ending "II-a" and an annex "IIA"; "e-mail" is five
      // "XVII-α" and "XVIIΑ", "2-a" and "2a": a number and its letter, written both ways, number a unit (an annex), no word
      // "160-50" and "16050" (an account's code, a budget line): figures are no word, however written
      if (joined.length < 5 || NUMBER_THEN_LETTERS.test(word) || !/\p{L}/u.test(joined)) continue;
      hyphenated.add(joined);
      surfaces.add(word);
    }
  }
  const forms = new Map<string, Map<string, Span[]>>();
  if (hyphenated.size === 0) return forms;
  // Each spelling is looked up directly (native indexOf), at word boundaries; per block, remembered while typing.
  const spellings = [...new Set([...hyphenated, ...surfaces])].sort();
  const signature = `spellings:${spellings.join('|')}`;
  for (let index = 0; index < model.prose.length; index++) {
    const span = model.prose[index];
    const hits = perBlock(workspace, model, signature, index, (chunk) => spellingHits(chunk, spellings));
    for (const [spelling, at, end] of hits) {
      const joined = spelling.replace(/[-\u2011]/g, '');
      let entry = forms.get(joined);
      if (!entry) { entry = new Map(); forms.set(joined, entry); }
      const found = { start: span.start + at, end: span.start + end };
      const list = entry.get(spelling);
      if (list) list.push(found);
      else entry.set(spelling, [found]);
    }
  }
  return forms;
}

// "·" joins Catalan's "l·l" inside a word ("pre-instal·lat"), never two words
const WORD_CHAR = /[\p{L}\p{N}·]/u;
/** A roman numeral or figures, a hyphen, then letters: "xvii-α", "xiv-στ", "12-bis". */
const NUMBER_THEN_LETTERS = /^(?:[ivxlcdm]{2,}|\d+)[-\u2011]\p{L}{1,3}$/u;

/**
 * The hyphenated words of a text ("e-mail", "sub-paragraph"), lower case. Found from each hyphen
 * outwards: a regular expression tried at every letter would be quadratic in long words.
 */
function hyphenatedWords(chunk: string): string[] {
  const words: string[] = [];
  let from = 0;
  // Each kind of hyphen is looked for again only once passed: looking for a non-breaking hyphen the
  // text lacks, from every "-", went to the end of the text each time (quadratic on "5.- … 7.- …").
  const nextOf = (mark: string) => {
    const at = chunk.indexOf(mark, from);
    return at < 0 ? Infinity : at;
  };
  let nextHyphen = -1;
  let nextNonBreaking = -1;
  for (;;) {
    if (nextHyphen < from) nextHyphen = nextOf('-');
    if (nextNonBreaking < from) nextNonBreaking = nextOf('\u2011');
    const hyphen = Math.min(nextHyphen, nextNonBreaking);
    if (hyphen === Infinity) return words;
    let start = hyphen;
    while (start > 0 && WORD_CHAR.test(chunk[start - 1])) start--;
    let end = hyphen + 1;
    for (;;) {
      const wordEnd = end;
      while (end < chunk.length && WORD_CHAR.test(chunk[end])) end++;
      if (end === wordEnd) { end = wordEnd - 1; break; }
      if ((chunk[end] === '-' || chunk[end] === '\u2011') && end + 1 < chunk.length && WORD_CHAR.test(chunk[end + 1])) { end++; continue; }
      break;
    }
    // "poder-s’hi", "anar-se'n": a pronoun of a letter or two joined by a hyphen and elided before another, no spelling of a
    // word (not "com-munication's", a possessive)
    const elided = (chunk[end] === "'" || chunk[end] === '’') && WORD_CHAR.test(chunk[end + 1] ?? '') && /[-\u2011]\p{L}{1,2}$/u.test(chunk.slice(start, end));
    if (start < hyphen && end > hyphen + 1 && end - start >= 4 && !elided) words.push(chunk.slice(start, end).toLowerCase());
    from = Math.max(end, hyphen + 1);
  }
}

/** Whether the word at `span` is part of a web or mail address ("www.digid.nl", "https://…/digid", "info@digid.nl"). */
function inWebAddress(text: string, span: Span): boolean {
  let start = span.start;
  let end = span.end;
  // the characters of the address around the word (at most 200 each way)
  while (start > 0 && span.start - start < 200 && /[^\s<>()[\]"“”'’,;]/.test(text[start - 1])) start--;
  while (end < text.length && end - span.end < 200 && /[^\s<>()[\]"“”'’,;]/.test(text[end])) end++;
  const token = text.slice(start, end).replace(/[.:]+$/, '');
  return /^(?:https?:\/\/|www\.)|@|\.(?:[a-z]{2,3}|info|gov|org)(?:\/|$)/i.test(token) && token !== text.slice(span.start, span.end);
}

/** Where each spelling occurs in a text as a whole word: [spelling, start, end], offsets in the text. */
function spellingHits(chunk: string, spellings: string[]): Array<[string, number, number]> {
  const hits: Array<[string, number, number]> = [];
  const lower = chunk.toLowerCase();
  if (lower.length !== chunk.length) return hits; // lower-casing changed lengths: offsets would not hold
  for (const spelling of spellings) {
    for (let at = lower.indexOf(spelling); at >= 0; at = lower.indexOf(spelling, at + spelling.length)) {
      const end = at + spelling.length;
      if ((at > 0 && /[\p{L}\p{N}·\-\u2011]/u.test(lower[at - 1])) || (end < lower.length && /[\p{L}\p{N}·]/u.test(lower[end])) || (end < lower.length - 1 && /[-\u2011]/.test(lower[end]) && /[\p{L}\p{N}]/u.test(lower[end + 1]))) continue;
      hits.push([spelling, at, end]);
    }
  }
  return hits;
}

function isExcludedSpan(span: Span, excluded: Span[]): boolean {
  return excluded.some((e) => e.start <= span.start && span.end <= e.end);
}

function matchCase(written: string, replacement: string): string {
  return /^\p{Lu}/u.test(written) ? replacement[0].toUpperCase() + replacement.slice(1) : replacement;
}


/** After a use: capitalised words (a bracketed part among them) up to an instrument's noun, so the use is a title's words. */
/** After a capitalised use: the words of a proper name going on, after an of-word or none ("of Justice", "de la Santé", "des Médias"). */
const PROPER_NAME_GOES_ON = /^[ \t]+(?:(?:of|for|on|de|du|des|del|della|delle|dello|dei|degli|di|do|da|dos|das|der)[ \t]+(?:(?:the|la|le|les|el|los|las|o|a|os|as)[ \t]+|l['’][ \t]*)?)?\p{Lu}\p{Ll}/u;
const TITLE_GOES_ON = /^[ \t]+(?:\([^()\n]{1,60}\)[ \t]+)?(?:\p{Lu}[\p{Ll}’']+[ \t]+|(?:of|and|the|for|on)[ \t]+){0,5}(?:Act|Order|Regulations|Rules|Measure|Code|Convention|Treaty|Agreement|Protocol|Directive|Regulation|Ordinance|Decree)(?!\p{L})/u;
/** Defined terms that are also the nouns of units ("“article” includes any program or data"), which a capital makes a unit's. */
const UNIT_NOUN = /^(?:article|section|part|chapter|schedule|paragraph|title|annex|rule|regulation|order|clause|division)$/i;

/** Whether a definition and its term are written wholly in capitals: the first 200 characters of the definition hold no word in small letters (a marker "(a)" may stand there). */
function definedInCapitalText(text: string, definition: Definition): boolean {
  const term = definition.term;
  if (term !== term.toUpperCase() || !/\p{Lu}/u.test(term)) return false;
  const words = text.slice(definition.span.start, Math.min(definition.span.end, definition.span.start + 200));
  return !/\p{Ll}{2}/u.test(words);
}

/** Whether a word is written in capitals: letters, none small. */
function isCapitals(word: string): boolean {
  return /\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word);
}
