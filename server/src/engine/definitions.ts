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
      findQuotedDefinitions(blockText, offset, found, inList, shiftedNext);
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
    const scope = listIntro?.scope ?? scopeOf(blockText, unit, root);
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

function scopeOf(introText: string, unit: Unit, root: Unit): DefinitionScope {
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

/** `“X” means`, `"X", when used …, includes`, `“X” or “Y” means`, and quoted items of a definitions list. */
function findQuotedDefinitions(blockText: string, offset: number, out: Candidate[], inList: boolean, next?: { text: string; offset: number }) {
  let i = 0;
  const pending: Candidate[] = [];
  // A prefix holding a quotation mark is no item marker: only the text before the first quotation
  // mark is tested as one (testing every prefix made a paragraph of quoted terms quadratic).
  let firstQuote = -1;
  const isItemStart = (end: number) => end <= firstQuote && ITEM_START.test(blockText.slice(0, end));
  while (i < blockText.length) {
    const open = blockText[i];
    const closings = QUOTES[open];
    if (closings && firstQuote < 0) firstQuote = i;
    if (!closings || (open === "'" && /\p{L}/u.test(blockText[i - 1] ?? ''))) { i++; continue; }
    let j = i + 1;
    const limit = Math.min(blockText.length, i + 120);
    while (j < limit && !closings.includes(blockText[j]) && blockText[j] !== '\n') j++;
    if (j >= limit || !closings.includes(blockText[j])) { i++; continue; }
    const rawTerm = blockText.slice(i + 1, j);
    const term = rawTerm.replace(/[*_]/g, '').trim();
    const after = blockText.slice(j + 1, j + 240);
    i = j + 1;
    if (!term || term.length > 100 || /^[\d\s.,;:]+$/.test(term)) continue;
    const termStart = offset + i - 1 - rawTerm.length + (rawTerm.length - rawTerm.replace(/^[\s*_]+/, '').length);
    const candidate: Candidate = { term, termStart, termEnd: termStart + term.length, bodyStart: 0, style: 'quoted' };
    // "“X” or “Y” means": remember X and let the verb after Y define both.
    const joiner = /^\s*(?:,\s*)?(?:or|and|ou|et|of|en|o|y|أو|و)\s*(?=["“”„«‘'])/u.exec(after);
    if (joiner) { pending.push(candidate); continue; }
    // An optional comma clause: “contents”, when used with respect to …, includes
    let rest = after;
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
    if (verb) {
      candidate.bodyStart = offset + j + 1 + skipped + verb[0].length;
      candidate.style = 'quoted-means';
      for (const earlier of pending) out.push({ ...earlier, bodyStart: candidate.bodyStart, style: 'quoted-means' });
      pending.length = 0;
      out.push(candidate);
      continue;
    }
    const openAt = j - rawTerm.length - 1;
    const startsItem = isItemStart(openAt);
    // "(21) “computer trespasser”" alone, its subparagraphs saying "(A) means …; (B) does not include …".
    if (next && startsItem && /^\s*(?:[—–:-]\s*)?$/.test(blockText.slice(j + 1))) {
      const afterMarker = /^\s*(?:\(?[\p{L}\d]{1,4}[.)°]*\s+)?/u.exec(next.text)?.[0].length ?? 0;
      const nextVerb = DEFINING_VERB.exec(next.text.slice(afterMarker));
      if (nextVerb) {
        candidate.bodyStart = next.offset + afterMarker;
        candidate.style = 'quoted-means';
        out.push(candidate);
        pending.length = 0;
        continue;
      }
    }
    // In a definitions list, "“seize” with respect to a program or data includes …": a qualifier without commas.
    const qualified = inList && startsItem ? /^\s+[^,;:.“”"«»]{1,100}?\s(?=(?:shall\s+mean|means|includes|has\s+the\s+meaning)\b)/.exec(after) : null;
    const qualifiedVerb = qualified ? DEFINING_VERB.exec(after.slice(qualified[0].length)) : null;
    if (qualified && qualifiedVerb) {
      candidate.bodyStart = offset + j + 1 + qualified[0].length + qualifiedVerb[0].length;
      candidate.style = 'quoted-means';
      out.push(candidate);
      pending.length = 0;
      continue;
    }
    pending.length = 0;
    // In a definitions list, an item that opens with a quoted term followed by "," or ":" defines it.
    const listSeparator = /^\s*[,:：،]/u.exec(after);
    const openIndex = j - rawTerm.length - 1;
    const atItemStart = isItemStart(openIndex) || endsWithListColon(blockText, openIndex);
    if (inList && listSeparator && atItemStart) {
      candidate.bodyStart = offset + j + 1 + listSeparator[0].length;
      candidate.style = 'list-quoted';
      out.push(candidate);
    }
  }
}

/** The text before a list item's marker: blanks, then "(a)", "1.", "iv)", "1°" or nothing. */
const ITEM_START = /^\s*(?:\(?[\p{L}\d]{1,4}[.)°]*\s*)?$/u;

/** "… as follows:", "Onder …:", "par :" just before `end` (read backwards: a search of the whole prefix per quote was quadratic). */
function endsWithListColon(text: string, end: number): boolean {
  let i = end;
  while (i > 0 && /\s/.test(text[i - 1])) i--;
  if (text[i - 1] !== ':') return false;
  i--;
  while (i > 0 && /\s/.test(text[i - 1])) i--;
  return /(?:onder|par|por|as follows)$/iu.test(text.slice(Math.max(0, i - 10), i));
}

/**
 * "\s+" that never gives blanks back (JS has no possessive quantifier): the lookahead takes the
 * whole run, the backreference consumes it. Backtracking into runs of blanks is what made
 * "Onder" + 4,000 spaces take 6 s.
 */
const blanks = (name: string) => `(?=(?<${name}>\\s+))\\k<${name}>`;

/** Dutch: "Onder gegevens wordt verstaan …", "Onder X worden mede verstaan …". */
const DUTCH_ONDER = new RegExp(`(?:^|[.;:]\\s+|\\s)Onder${blanks('before')}(?<term>.{1,80}?)${blanks('after')}(?:wordt|worden)\\s+(?:(?:in|bij)\\s+(?:deze|dit)\\s+\\S+\\s+)?(?:mede\\s+)?verstaan(?!\\s+onder)`, 'gu');

function findDutchOnder(blockText: string, offset: number, out: Candidate[]) {
  const pattern = new RegExp(DUTCH_ONDER);
  for (let match = pattern.exec(blockText); match; match = pattern.exec(blockText)) {
    const raw = match.groups!.term;
    const term = raw.replace(/^["„“«]|["”»]$/g, '').trim();
    const termStart = offset + match.index + match[0].indexOf(raw) + raw.indexOf(term);
    out.push({ term, termStart, termEnd: termStart + term.length, bodyStart: offset + match.index + match[0].length, style: 'nl-onder' });
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
  const pattern = /\((?:hereinafter|ci-après|en lo sucesivo|hierna)(?:\s+(?:referred\s+to\s+as|called|dénommée?s?|denominad[oa]s?|te\s+noemen))?\s*(?:[:,]\s*)?["“«„]([^"”»\n]{1,80})["”»]\s*\)/giu;
  for (let match = pattern.exec(blockText); match; match = pattern.exec(blockText)) {
    const term = match[1].trim();
    const termStart = offset + match.index + match[0].indexOf(match[1]);
    out.push({ term, termStart, termEnd: termStart + term.length, bodyStart: offset + match.index, style: 'hereinafter' });
  }
}
