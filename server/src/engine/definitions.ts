// Finds defined terms where the text defines them:
//   “computer system” means …            "X" shall mean …        “contents”, when used …, includes …
//   In this Act, unless the context otherwise requires— "access" means …
//   a. „computersysteem", ieder apparaat …   (after "wordt verstaan onder:")
//   Onder gegevens wordt verstaan …          - Abonné : toute personne …   (after "on entend par :")
//   « données informatiques » désigne …      (ب) ”البيانات الإلكترونية“ تعني …
//   (hereinafter referred to as “the Convention”)
import type { Block } from './blocks';
import type { Definition, DefinitionScope, Unit, UnitKind } from './model';
import { squash } from './text';
import { termKey } from './terms';

/** Quotation pairs: opening → possible closings. Arabic text writes ”…“. */
const QUOTES: Record<string, string> = {
  '"': '"', '“': '”', '”': '“', '„': '”"“', '«': '»', '‘': '’', '「': '」', '『': '』', "'": "'",
};

/** Words that make a quoted term a definition when they follow it. */
const DEFINING_VERB = new RegExp(
  '^\\s*(?:' + [
    'shall\\s+mean', 'means', 'mean', 'shall\\s+have\\s+the\\s+meaning', 'has\\s+the\\s+meaning', 'have\\s+the\\s+meaning',
    'shall\\s+include', 'includes', 'include', 'refers\\s+to', 'is\\s+defined\\s+as', 'shall\\s+be\\s+construed\\s+as',
    'désigne', 'désignent', "s['’]entend(?:ent)?", 'signifie', 'vise',
    'significa', 'significan', 'designa', 'se\\s+entenderá', 'comprende',
    'betekent', 'omvat',
    'يعني', 'تعني', 'يقصد', 'تشمل', 'يشمل',
    'означает', 'означают',
    '是指', '系指', '指',
  // A word boundary after the verb, except after Chinese verbs (no spaces in Chinese).
  ].join('|') + ')(?:(?<=[\\u4e00-\\u9fff])|(?![\\p{L}]))', 'u');

/** Phrases that announce a list of definitions; the items that follow define terms. */
const LIST_INTRO = new RegExp([
  'for\\s+the\\s+purposes?\\s+of\\s+this', 'in\\s+this\\s+(?:act|part|chapter|section|article|convention|protocol|code|law|title|division|schedule)',
  'as\\s+used\\s+in\\s+this', 'the\\s+following\\s+(?:terms|definitions|expressions)', 'unless\\s+the\\s+context\\s+otherwise\\s+requires',
  'on\\s+entend\\s+par', 'au\\s+sens\\s+d[eu]', 'aux\\s+fins\\s+d[eu]', 'pour\\s+l[\'’]application\\s+d[eu]',
  'se\\s+entenderá\\s+por', 'a\\s+los\\s+efectos\\s+de', 'para\\s+los\\s+fines\\s+de',
  'wordt\\s+verstaan\\s+onder', 'worden\\s+verstaan\\s+onder', 'voor\\s+de\\s+toepassing\\s+van',
  'لأغراض', 'لاغراض', 'يقصد\\s+ب', 'في\\s+هذ[اه]', 'для\\s+целей', '本公约', '就本',
].join('|'), 'iu');

/** Words naming the scope of a definitions clause ("In this Part"). */
const SCOPE_WORDS: Array<[RegExp, UnitKind | 'document']> = [
  [/\bthis\s+(?:act|convention|protocol|code|law|treaty|agreement|regulation|ordinance|decree|title)\b/i, 'document'],
  [/\bthis\s+part\b/i, 'part'], [/\bthis\s+chapter\b/i, 'chapter'], [/\bthis\s+division\b/i, 'division'],
  [/\bthis\s+article\b/i, 'article'], [/\bthis\s+section\b/i, 'section'], [/\bthis\s+schedule\b/i, 'schedule'],
  [/\bpr[ée]sente?\s+(?:loi|code|convention|protocole|traité|ordonnance|décret)\b/i, 'document'],
  [/\bpr[ée]sent\s+article\b/i, 'article'], [/\bpr[ée]sent\s+chapitre\b/i, 'chapter'], [/\bpr[ée]sent\s+titre\b/i, 'title'],
  [/\bpr[ée]sent\s+livre\b/i, 'book'], [/\bpr[ée]sente\s+section\b/i, 'section'],
  [/\b(?:deze\s+wet|dit\s+verdrag|dit\s+protocol|dit\s+wetboek)\b/i, 'document'], [/\bdit\s+artikel\b/i, 'article'],
  [/\bdit\s+hoofdstuk\b/i, 'chapter'], [/\bdeze\s+titel\b/i, 'title'], [/\bdeze\s+afdeling\b/i, 'division'],
  [/\bpresente\s+(?:ley|convención|convenio|código|protocolo)\b/i, 'document'], [/\bpresente\s+artículo\b/i, 'article'],
  [/هذه\s+الاتفاقية|هذا\s+القانون|هذا\s+البروتوكول/u, 'document'], [/هذه\s+المادة/u, 'article'], [/هذا\s+الفصل/u, 'chapter'],
];

interface Candidate {
  term: string;
  termStart: number;
  termEnd: number;
  bodyStart: number;
  style: string;
}

export interface DefinitionContext {
  text: string;
  blocks: Block[];
  blockUnits: Unit[];
  root: Unit;
  /** The blocks' texts, when the caller has sliced them already. */
  blockTexts?: string[];
  /** For an edited document: candidates per block (relative offsets), this version's and the last one's. */
  memo?: Map<string, DefinitionMemoEntry>;
  previousMemo?: Map<string, DefinitionMemoEntry>;
  introMemo?: Map<string, boolean>;
  previousIntroMemo?: Map<string, boolean>;
}

export interface DefinitionMemoEntry {
  /** List state, marker width and distance to the next block: the candidates depend on them. */
  state: string;
  nextText: string;
  candidates: Candidate[];
}

function LIST_INTRO_MEMO(context: DefinitionContext, blockText: string): boolean {
  const memo = context.introMemo;
  if (!memo) return LIST_INTRO.test(blockText);
  let value = memo.get(blockText) ?? context.previousIntroMemo?.get(blockText);
  if (value === undefined) value = LIST_INTRO.test(blockText);
  memo.set(blockText, value);
  return value;
}

export function findDefinitions(context: DefinitionContext): Definition[] {
  const { text, blocks, blockUnits, root } = context;
  const definitions: Definition[] = [];
  // The intro of a definitions list stays in force for the numbered blocks of the same container.
  let listIntro: { container: Unit; scope: DefinitionScope } | undefined;
  let line = 0;
  let lineAt = 0;

  blocks.forEach((block, index) => {
    if (block.kind !== 'paragraph' && block.kind !== 'listItem') {
      if (block.kind === 'heading') listIntro = undefined;
      return;
    }
    const unit = blockUnits[index] ?? root;
    const blockText = context.blockTexts?.[index] ?? text.slice(block.span.start, block.span.end);
    const container = citableAncestor(unit) ?? root;
    if (listIntro && listIntro.container !== container) listIntro = undefined;

    const intro = context.memo ? LIST_INTRO_MEMO(context, blockText) : LIST_INTRO.test(blockText);
    if (intro) {
      const scope = scopeOf(blockText, unit, root);
      listIntro = { container, scope };
    }
    const following = blocks[index + 1];
    const next = following && (following.kind === 'paragraph' || following.kind === 'listItem')
      ? { text: text.slice(following.span.start, following.span.end), offset: following.span.start } : undefined;
    const inList = !!listIntro && unit !== container;
    // Nested items ("- au sens du Livre I : …" under "- Accès :") are senses of the term above, not terms.
    const colonEligible = !!listIntro && block.kind === 'listItem' && block.depth <= 1;
    const find = (offset: number): Candidate[] => {
      const found: Candidate[] = [];
      const shiftedNext = next ? { text: next.text, offset: next.offset - block.span.start + offset } : undefined;
      findQuotedDefinitions(blockText, offset, found, inList, shiftedNext, intro);
      findDutchOnder(blockText, offset, found);
      if (colonEligible && found.length === 0) findColonDefinition(text, block, found, offset - block.span.start);
      findHereinafter(blockText, offset, found);
      return found;
    };
    let candidates: Candidate[];
    if (context.memo) {
      // Keyed by everything the candidates depend on: the block, the next block and the gap to it, the list state.
      const state = `${inList ? 1 : 0}${colonEligible ? 1 : 0}:${block.contentStart - block.span.start}:${next ? next.offset - block.span.start : -1}`;
      const nextText = next?.text ?? '';
      const fits = (entry: DefinitionMemoEntry | undefined) => entry && entry.state === state && entry.nextText === nextText ? entry : undefined;
      const entry = fits(context.memo.get(blockText)) ?? fits(context.previousMemo?.get(blockText)) ?? { state, nextText, candidates: find(0) };
      context.memo.set(blockText, entry);
      const relative = entry.candidates;
      candidates = relative.map((c) => ({ ...c, termStart: c.termStart + block.span.start, termEnd: c.termEnd + block.span.start, bodyStart: c.bodyStart + block.span.start }));
    } else {
      candidates = find(block.span.start);
    }
    if (candidates.length === 0) return;

    candidates.sort((a, b) => a.termStart - b.termStart);
    const scope = listIntro?.scope ?? scopeOf(blockText, unit, root, candidates[0].termStart - block.span.start);
    candidates.forEach((candidate, i) => {
      const next = candidates[i + 1];
      // The body runs to the next definition in the same block, or to the end of the unit.
      // A numbered unit's definition runs through its subparagraphs; otherwise it is this block.
      const unitEnd = unit.headingDepth === 0 && unit.kind !== 'alinea' && unit.span.start === block.span.start ? unit.span.end : block.span.end;
      const bodyEnd = next && next.termStart > candidate.bodyStart ? next.termStart - 1 : Math.max(unitEnd, block.span.end);
      const body = squash(text.slice(candidate.bodyStart, Math.min(bodyEnd, candidate.bodyStart + 6000))).replace(/^[,:;—–-]\s*/, '').replace(/\s*(?:;|,)?\s*(?:and|or|et|ou|en|of|و)?\s*$/u, '').replace(/[;,；，。]$/, '');
      for (; lineAt < candidate.termStart; lineAt++) if (text.charCodeAt(lineAt) === 10) line++;
      const key = termKey(candidate.term);
      if (!key) return;
      definitions.push({
        term: candidate.term,
        key,
        termSpan: { start: candidate.termStart, end: candidate.termEnd },
        span: { start: Math.min(candidate.termStart, block.span.start), end: bodyEnd },
        body,
        unitId: unit.id,
        scope,
        style: candidate.style,
        line,
      });
    });
  });
  return definitions;
}

function citableAncestor(unit: Unit): Unit | undefined {
  for (let current: Unit | undefined = unit; current; current = current.parent) {
    if (current.headingDepth > 0) return current;
  }
  return undefined;
}

/**
 * "For the purpose of paragraph 1 above, the term …", "Voor de toepassing van het tweede lid",
 * "im Sinne des Absatzes 1", "au sens de l'alinéa 1": a definition made for a paragraph of the
 * same article or section applies in that article or section. Only at the start of a sentence,
 * before the term (`before`: the offset of the first term in the text).
 */
const PARAGRAPH_SCOPE = new RegExp('(?:^|[\\n.;:])\\s*(?:\\(?[\\p{L}\\d]{1,4}[.)°]*\\s+)?(' + [
  'for\\s+(?:the\\s+)?purposes?\\s+of\\s+(?:sub)?paragraphs?\\s+\\(?\\w{1,4}\\)?(?:\\s+(?:above|below|of\\s+this\\s+(?:article|section)))?',
  'voor\\s+de\\s+toepassing\\s+van\\s+(?:het|de)\\s+(?:\\p{L}+|\\d+e)\\s+(?:lid|onderdeel)',
  'im\\s+sinne\\s+(?:des|der)\\s+(?:absatzes|abs\\.|nummer|satzes)\\s+\\d+',
  "(?:au\\s+sens|pour\\s+l['’]application)\\s+d[eu]\\s+(?:l['’]alinéa|paragraphe|premier\\s+alinéa)",
].join('|') + ')', 'iu');

function scopeOf(introText: string, unit: Unit, root: Unit, before = introText.length): DefinitionScope {
  const paragraph = PARAGRAPH_SCOPE.exec(introText.slice(0, before));
  const citable = paragraph ? citableAncestor(unit) : undefined;
  if (paragraph && citable && citable !== root) {
    return { kind: 'unit', unitId: citable.id, phrase: paragraph[1] };
  }
  let best: { index: number; kind: UnitKind | 'document'; phrase: string } | undefined;
  for (const [pattern, kind] of SCOPE_WORDS) {
    const match = pattern.exec(introText);
    if (match && (!best || match.index < best.index)) best = { index: match.index, kind, phrase: match[0] };
  }
  if (!best || best.kind === 'document') return { kind: 'document', phrase: best?.phrase };
  for (let current: Unit | undefined = unit; current && current !== root; current = current.parent) {
    if (current.kind === best.kind) return { kind: 'unit', unitId: current.id, phrase: best.phrase };
  }
  return { kind: 'document', phrase: best.phrase };
}

/** A list item's start: nothing, or only its marker ("(a)", "1.", "c)"), before the text. */
const ITEM_START = /^\s*(?:\(?[\p{L}\d]{1,4}[.)°]*\s*)?$/u;
/** A limb marker after "means—": "(a)", "(i)", "a)". */
const LIMB_MARKER = /^\s*[—–:-]+\s*(\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s*)/;
/** A bare entry of a definitions list, with no verb: `"recipient" a natural or legal person …`. */
const BARE_BODY = /^\s*[—–-]?\s*(?=(?:a|an|any|the|all|every|each)\s+\p{L})/iu;
/** `… and "device" shall be construed accordingly`: a related form of the term defined just before. */
const CONSTRUED = /^\s*(?:shall|is\s+to|are\s+to|must)\s+be\s+(?:construed|read|interpreted)\s+accordingly\b/i;

/**
 * `“X” means`, `"X", when used …, includes`, `“X” or “Y” means`, `"X"— (a) refers to …`, and the
 * quoted items of a definitions list. `runIn`: this block itself opens a definitions list
 * ("In this Act— "access" means …; "asset" includes …"), as a converter runs them together.
 */
function findQuotedDefinitions(blockText: string, offset: number, out: Candidate[], inList: boolean, next?: { text: string; offset: number }, runIn = false) {
  let i = 0;
  const pending: Candidate[] = [];
  while (i < blockText.length) {
    const open = blockText[i];
    // A converter's opening quote may be doubled (`""access provider" means`) or LaTeX-style (``computer system").
    const doubled = (open === '"' || open === '`') && blockText[i + 1] === open && /\p{L}/u.test(blockText[i + 2] ?? '');
    const closings = open === '`' ? (doubled ? '"\'”' : undefined) : QUOTES[open];
    if (!closings || (open === "'" && /\p{L}/u.test(blockText[i - 1] ?? ''))) { i++; continue; }
    if (doubled) i++;
    let j = i + 1;
    const limit = Math.min(blockText.length, i + 120);
    while (j < limit && !closings.includes(blockText[j]) && blockText[j] !== '\n') j++;
    if (j >= limit || !closings.includes(blockText[j])) { i++; continue; }
    const rawTerm = blockText.slice(i + 1, j);
    const term = rawTerm.replace(/[*_]/g, '').trim();
    const openAt = i - (doubled ? 1 : 0);
    if (doubled && blockText[j + 1] === blockText[j]) j++; // the closing doubled too: ``X''
    const after = blockText.slice(j + 1, j + 240);
    i = j + 1;
    if (!term || term.length > 100 || /^[\d\s.,;:]+$/.test(term)) continue;
    const rawStart = openAt + 1 + (doubled ? 1 : 0);
    const termStart = offset + rawStart + (rawTerm.length - rawTerm.replace(/^[\s*_]+/, '').length);
    const candidate: Candidate = { term, termStart, termEnd: termStart + term.length, bodyStart: 0, style: 'quoted' };
    const before = blockText.slice(Math.max(0, openAt - 24), openAt);
    const startsItem = openAt <= 24 && ITEM_START.test(before);
    // In a definitions list run together in one paragraph, an entry also starts after "; " (and "; and ").
    const startsEntry = startsItem || ((inList || runIn) && /[;；]\s*(?:(?:and|or)\s+)?$/u.test(before));
    // "“X” or “Y” means": remember X and let the verb after Y define both.
    const joiner = /^\s*(?:,\s*)?(?:or|and|ou|et|of|en|o|y|أو|و)\s*(?=["“”„«‘'`])/u.exec(after);
    if (joiner) { pending.push(candidate); continue; }
    const accept = (bodyStart: number, style: string) => {
      candidate.bodyStart = bodyStart;
      candidate.style = style;
      for (const earlier of pending) out.push({ ...earlier, bodyStart, style });
      pending.length = 0;
      out.push(candidate);
    };
    // An optional comma clause: “contents”, when used with respect to …, includes
    const rest = after;
    let skipped = 0;
    let verb = DEFINING_VERB.exec(rest);
    // The clause may hold commas of its own ("when used with respect to any wire, oral, or electronic
    // communication,"): try each comma, up to the end of the sentence, for the one the verb follows.
    const clause = /^\s*[,،]\s*[^;:.]{1,160}/u.exec(rest);
    if (!verb && clause) {
      const opening = /^\s*[,،]/u.exec(rest)?.[0].length ?? 0;
      for (let k = opening + 1; k < clause[0].length && !verb; k++) {
        if (rest[k] !== ',' && rest[k] !== '،') continue;
        verb = DEFINING_VERB.exec(rest.slice(k + 1));
        if (verb) skipped = k + 1;
      }
    }
    if (verb) { accept(offset + j + 1 + skipped + verb[0].length, 'quoted-means'); continue; }
    // "“X”— (a) refers to …; (b) includes …": the body is the limbs, each with its own verb.
    const limb = LIMB_MARKER.exec(rest);
    if (limb && DEFINING_VERB.test(rest.slice(limb[0].length))) { accept(offset + j + 1 + limb[0].length - limb[1].length, 'quoted-means'); continue; }
    // "… and “device” shall be construed accordingly": the body is the clause it relates to.
    if (CONSTRUED.test(rest)) {
      // From the definition it relates to, if one stands in the same clause; else from the clause's start.
      let start = clauseStart(blockText, openAt);
      const previous = out.length ? out[out.length - 1].termStart - offset : -1;
      if (previous > start && previous < openAt) start = previous - (QUOTES[blockText[previous - 1]] || blockText[previous - 1] === '`' ? 1 : 0);
      accept(offset + start, 'construed-accordingly');
      continue;
    }
    // "(21) “computer trespasser”" alone, its subparagraphs saying "(A) means …; (B) does not include …".
    if (next && startsItem && /^\s*[—–:-]?\s*$/.test(blockText.slice(j + 1))) {
      const afterMarker = /^\s*(?:\(?[\p{L}\d]{1,4}[.)°]*\s+)?/u.exec(next.text)?.[0].length ?? 0;
      const nextVerb = DEFINING_VERB.exec(next.text.slice(afterMarker));
      if (nextVerb) {
        candidate.bodyStart = next.offset + afterMarker + nextVerb[0].length;
        candidate.style = 'quoted-means';
        out.push(candidate);
        pending.length = 0;
        continue;
      }
    }
    // In a definitions list, "“seize” with respect to a program or data includes …": a qualifier without commas.
    const qualified = startsEntry && (inList || runIn) ? /^\s+[^,;:.“”"«»]{1,100}?\s(?=(?:shall\s+mean|means|includes|has\s+the\s+meaning)\b)/.exec(after) : null;
    const qualifiedVerb = qualified ? DEFINING_VERB.exec(after.slice(qualified[0].length)) : null;
    if (qualified && qualifiedVerb) { accept(offset + j + 1 + qualified[0].length + qualifiedVerb[0].length, 'quoted-means'); continue; }
    // A bare entry of a definitions list: `"recipient" a natural or legal person …` (no verb at all).
    const bare = startsEntry && (inList || runIn) ? BARE_BODY.exec(after) : null;
    if (bare) { accept(offset + j + 1 + bare[0].length, 'list-bare'); continue; }
    pending.length = 0;
    // In a definitions list, an item that opens with a quoted term followed by "," or ":" defines it.
    const listSeparator = /^\s*[,:：،]/u.exec(after);
    const atItemStart = startsItem || /(?:onder|par|por|as follows)\s*:\s*$/iu.test(before);
    if (inList && listSeparator && atItemStart) {
      candidate.bodyStart = offset + j + 1 + listSeparator[0].length;
      candidate.style = 'list-quoted';
      out.push(candidate);
    }
  }
}

/**
 * Where the clause that a "shall be construed accordingly" term relates to starts: after the last
 * ";" or ". " before it, or one clause further back when only "and"/"or" stands between.
 */
function clauseStart(blockText: string, openAt: number): number {
  const boundary = (to: number) => {
    for (let k = to - 1; k > 0 && k > to - 2000; k--) {
      if ((blockText[k - 1] === ';' || blockText[k - 1] === '.') && /\s/.test(blockText[k])) return k;
    }
    return 0;
  };
  let start = boundary(openAt);
  if (start > 0 && /^\s*(?:(?:and|or)\s*)?$/.test(blockText.slice(start, openAt))) start = boundary(start - 1);
  const lead = /^\s*(?:\(?[\p{L}\d]{1,4}[.)°]*\s+)?/u.exec(blockText.slice(start, start + 12))?.[0].length ?? 0;
  return start + lead;
}

/**
 * Dutch: "Onder gegevens wordt verstaan …", "Onder X worden mede verstaan …", "… wordt onder
 * „minderjarige” verstaan …", "… omvat de term „kinderpornografie” …".
 */
function findDutchOnder(blockText: string, offset: number, out: Candidate[]) {
  const push = (raw: string, rawAt: number, bodyStart: number, style: string) => {
    const term = raw.replace(/^["„“«]|["”»]$/g, '').trim();
    if (!term) return;
    const termStart = offset + rawAt + raw.indexOf(term);
    out.push({ term, termStart, termEnd: termStart + term.length, bodyStart: offset + bodyStart, style });
  };
  const onderFirst = /(?:^|[.;:]\s+|\s)Onder\s+(.{1,80}?)\s+(?:wordt|worden)\s+(?:(?:in|bij)\s+(?:deze|dit)\s+\S+\s+)?(?:mede\s+)?verstaan(?!\s+onder)/gu;
  for (let match = onderFirst.exec(blockText); match; match = onderFirst.exec(blockText)) {
    push(match[1], match.index + match[0].indexOf(match[1]), match.index + match[0].length, 'nl-onder');
  }
  // The verb first: "wordt onder „minderjarige” verstaan iedere persoon …" (the term quoted, or a few words).
  const verbFirst = /\b(?:wordt|worden)\s+onder\s+([„"“][^”"“\n]{1,80}[”"“]|[^\s,;:.„"“”]+(?:\s+[^\s,;:.„"“”]+){0,4}?)\s+(?:mede\s+)?verstaan\b(?!\s+onder)\s*:?/gu;
  for (let match = verbFirst.exec(blockText); match; match = verbFirst.exec(blockText)) {
    push(match[1], match.index + match[0].indexOf(match[1]), match.index + match[0].length, 'nl-onder');
  }
  // "omvat de term „kinderpornografie” pornografisch materiaal …": the verb before the quoted term.
  const termAfterVerb = /\b(?:omvat|omvatten|betekent|betekenen)\s+de\s+(?:term|uitdrukking|begrip)\s+([„"“][^”"“\n]{1,80}[”"“])/gu;
  for (let match = termAfterVerb.exec(blockText); match; match = termAfterVerb.exec(blockText)) {
    push(match[1], match.index + match[0].indexOf(match[1]), match.index + match[0].length, 'nl-term');
  }
}

/** French-style definitions list item: "- Abonné : toute personne physique …". */
function findColonDefinition(text: string, block: Block, out: Candidate[], delta = 0) {
  const itemText = text.slice(block.contentStart, block.span.end);
  const match = /^([^:\n]{1,80}?)\s*[:：]\s+(?=\S)/u.exec(itemText);
  if (!match) return;
  const term = match[1].replace(/[*_]/g, '').trim();
  if (!term || /[.;!?]/.test(term)) return;
  const termStart = block.contentStart + delta + itemText.indexOf(term);
  out.push({ term, termStart, termEnd: termStart + term.length, bodyStart: block.contentStart + delta + match[0].length, style: 'list-colon' });
}

/** "(hereinafter referred to as “the Convention”)", "(hereinafter “X”)", "(ci-après « X »)". */
function findHereinafter(blockText: string, offset: number, out: Candidate[]) {
  const pattern = /\((?:hereinafter|ci-après|en lo sucesivo|hierna)(?:\s+(?:referred\s+to\s+as|called|dénommée?s?|denominad[oa]s?|te\s+noemen))?\s*[:,]?\s*["“«„]([^"”»\n]{1,80})["”»]\s*\)/giu;
  for (let match = pattern.exec(blockText); match; match = pattern.exec(blockText)) {
    const term = match[1].trim();
    const termStart = offset + match.index + match[0].indexOf(match[1]);
    out.push({ term, termStart, termEnd: termStart + term.length, bodyStart: offset + match.index, style: 'hereinafter' });
  }
}
