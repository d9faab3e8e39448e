// Finds defined terms where the text defines them:
//   “computer system” means …            "X" shall mean …        “contents”, when used …, includes …
//   In this Act, unless the context otherwise requires— "access" means …
//   a. „computersysteem", ieder apparaat …   (after "wordt verstaan onder:")
//   Onder gegevens wordt verstaan …          - Abonné : toute personne …   (after "on entend par :")
//   « données informatiques » désigne …      (ب) ”البيانات الإلكترونية“ تعني …
//   (hereinafter referred to as “the Convention”)
import type { Block } from './blocks';
import { AMENDING_INSTRUCTION } from './amendingInstruction';
import { insideOpenQuote } from './quotedWords';
import type { Definition, DefinitionScope, Unit, UnitKind } from './model';
import { squash, type LineIndex } from './text';
import type { TextEdit } from './legalReadingMemo';
import { termKey } from './terms';
import { headedAround } from './unitAncestors';

/** Quotation pairs: opening → possible closings. Arabic text writes ”…“. */
const QUOTES: Record<string, string> = {
  '"': '"', '“': '”', '”': '“', '„': '”"“', '«': '»', '‘': '’', '「': '」', '『': '』', "'": "'",
};

/** Every character findQuotedDefinitions reads as an opening quote: QUOTES' keys and the backquote. */
const OPENING_QUOTE = new RegExp(`[${[...Object.keys(QUOTES), '`'].map((ch) => '\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0')).join('')}]`, 'g');

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

/** A demonstrative right before a quoted term: the term is used again ("these "Other AIFs"", "ces « FIA »"), not defined. */
const ANAPHORIC_DETERMINER = /(?:^|[\s(])(?:ces|cette|these|those|deze|diese[nrs]?|estos|estas)\s*$/iu;

/** Phrases that announce a list of definitions; the items that follow define terms. */
const LIST_INTRO = new RegExp([
  // "For purposes of this subdivision:" (California) writes no article
  'for\\s+(?:the\\s+)?purposes?\\s+of\\s+this', 'in\\s+this\\s+(?:act|part|chapter|section|article|convention|protocol|code|law|title|division|subdivision|schedule)',
  'as\\s+used\\s+in\\s+this', 'the\\s+following\\s+(?:terms|definitions|expressions)', 'unless\\s+the\\s+context\\s+otherwise\\s+requires',
  'on\\s+entend\\s+par', 'au\\s+sens\\s+d[eu]', 'aux\\s+fins\\s+d[eu]', 'pour\\s+l[\'’]application\\s+d[eu]',
  'se\\s+entenderá\\s+por', 'a\\s+los\\s+efectos\\s+de', 'para\\s+los\\s+fines\\s+de',
  // Portuguese: "Para os efeitos desta Lei, considera-se:", "Para efeitos da presente lei, entende-se por:"
  'considera-se', 'consideram-se', 'entende-se\\s+por', 'para\\s+(?:os\\s+)?(?:efeitos|fins)\\s+d[aeo]s?\\s',
  'wordt\\s+verstaan\\s+onder', 'worden\\s+verstaan\\s+onder', 'voor\\s+de\\s+toepassing\\s+van',
  // German lead-ins: "Im Sinne dieses Gesetzes ist oder sind 1. …", "Für die Zwecke dieses Gesetzes bezeichnet …".
  'im\\s+sinne\\s+dieser?s?\\s+[a-zäöüß]+\\s+(?:ist|sind|bezeichnet|bezeichnen|bedeutet|bedeuten)(?![a-zäöüß])', 'für\\s+die\\s+zwecke\\s+dieser?s?\\s+[a-zäöüß]+\\s+(?:ist|sind|bezeichnet|bezeichnen|bedeutet|bedeuten)(?![a-zäöüß])',
  'لأغراض', 'لاغراض', 'يقصد\\s+ب', 'في\\s+هذ[اه]', 'для\\s+целей', '本公约', '就本',
  // "В целях настоящего Закона используются следующие основные понятия:", "Понятия, используемые в настоящем Кодексе:";
  // "تعني الكلمات والعبارات التالية المعاني المذكورة إلى جانبها"
  'в\\s+целях\\s+настоящего', 'следующие\\s+(?:основные\\s+)?понятия', 'понятия,\\s+(?:используемые|связанные|применяемые)', 'الكلمات\\s+والعبارات\\s+التالية', 'الألفاظ\\s+والعبارات\\s+التالية',
].join('|'), 'iu');

/** Words naming the scope of a definitions clause ("In this Part"). */
const SCOPE_WORDS: Array<[RegExp, UnitKind | 'document']> = [
  [/\bthis\s+(?:act|convention|protocol|code|law|treaty|agreement|regulations?|ordinance|decree|title|measure|order|rules)\b/i, 'document'],
  [/\bthis\s+part\b/i, 'part'], [/\bthis\s+chapter\b/i, 'chapter'], [/\bthis\s+division\b/i, 'division'],
  [/\bthis\s+article\b/i, 'article'], [/\bthis\s+section\b/i, 'section'], [/\bthis\s+schedule\b/i, 'schedule'],
  // "(3) In this paragraph “prescribed” means …" (a UK schedule's paragraph); "In this subsection" (no unit of that kind shown)
  [/\bthis\s+paragraph\b/i, 'paragraph'], [/\bthis\s+sub-?paragraph\b/i, 'subparagraph'], [/\bthis\s+sub-?section\b/i, 'subsection'],
  // Australia's grouping below a Division; California's level below a section, which no heading shows (scopeNotShown)
  [/\bthis\s+subdivision\b/i, 'division'],
  [/\bpr[ée]sente?\s+(?:loi|code|convention|protocole|traité|ordonnance|décret)\b/i, 'document'],
  [/\bpr[ée]sent\s+article\b/i, 'article'], [/\bpr[ée]sent\s+chapitre\b/i, 'chapter'], [/\bpr[ée]sent\s+titre\b/i, 'title'],
  [/\bpr[ée]sent\s+livre\b/i, 'book'], [/\bpr[ée]sente\s+section\b/i, 'section'],
  [/\b(?:deze\s+wet|dit\s+verdrag|dit\s+protocol|dit\s+wetboek)\b/i, 'document'], [/\bdit\s+artikel\b/i, 'article'],
  [/\bdit\s+hoofdstuk\b/i, 'chapter'], [/\bdeze\s+titel\b/i, 'title'], [/\bdeze\s+afdeling\b/i, 'division'],
  [/\bpresente\s+(?:ley|convención|convenio|código|protocolo)\b/i, 'document'], [/\bpresente\s+artículo\b/i, 'article'],
  [/\bdiese[rs]\s+(?:gesetzes|verordnung|vertrags|übereinkommens|abkommens|richtlinie)(?![a-zäöüß])/i, 'document'], [/\bdiese[rs]\s+abschnitts\b/i, 'division'],
  [/\bdiese[rs]\s+teils\b/i, 'part'], [/\bdiese[rs]\s+kapitels\b/i, 'chapter'],
  [/هذه\s+الاتفاقية|هذا\s+القانون|هذا\s+البروتوكول/u, 'document'], [/هذه\s+المادة/u, 'article'], [/هذا\s+الفصل/u, 'chapter'],
];

interface Candidate {
  term: string;
  termStart: number;
  termEnd: number;
  bodyStart: number;
  /** Where the body ends, when it stands before the term ("… Einrichtungen (Videoüberwachung)"). */
  bodyEnd?: number;
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
  /** The document's language: German defines in parentheses ("(Videoüberwachung)"). */
  language?: string;
  /** Filled for a document being edited: what the next version needs to read only the edited block (resumeDefinitions). */
  trail?: DefinitionTrail;
  /**
   * The previous version's trail, when this version is that one with letters typed inside one
   * block's words and its unit tree moved, not rebuilt (inPlaceEdit.ts): its blocks are the
   * previous ones moved, no line break was added or removed. `blockUnits`: the previous version's.
   */
  earlier?: { trail: DefinitionTrail; edit: TextEdit; blockUnits: Unit[]; lines: LineIndex };
}

/**
 * What findDefinitions read, block by block: where each block's definitions start, the lead-in in
 * force for its container when it was read, and how far into the text its definitions looked
 * (the next block, bodies running over later blocks, the limbs and senses after it).
 */
export interface DefinitionTrail {
  definitions: Definition[];
  /** Per block: index in `definitions` of its first definition. */
  first: number[];
  /** Per paragraph or list item: the lead-in's scope in force for it (null: none). */
  scope: Array<DefinitionScope | null>;
  /** Per block: the furthest offset its reading looked at. */
  reach: number[];
  /** Set when this version's definitions were read from the previous ones (tests ask whether the fast path was taken). */
  resumed?: { from: number; to: number };
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
  const { text, blocks, blockUnits, root, trail } = context;
  const definitions: Definition[] = trail ? trail.definitions : [];
  // The intro of a definitions list stays in force for the numbered blocks of the same container.
  let listIntro: { container: Unit; scope: DefinitionScope } | undefined;
  let line = 0;
  let lineAt = 0;
  /** How far the block being read looked into the text. */
  const seen = { reach: 0 };

  const readBlock = (block: Block, index: number): void => {
    if (trail) {
      trail.first[index] = definitions.length;
      trail.reach[index] = block.span.end;
    }
    if (block.kind !== 'paragraph' && block.kind !== 'listItem') {
      if (block.kind === 'heading') listIntro = undefined;
      return;
    }
    const unit = blockUnits[index] ?? root;
    const blockText = context.blockTexts?.[index] ?? text.slice(block.span.start, block.span.end);
    const container = headedAround(unit) ?? root;
    if (listIntro && listIntro.container !== container) listIntro = undefined;
    // "2. IDENTIFICATION NUMBERS FOR PERSONS AND HOUSEHOLDS" (an annex's sections as numbered paragraphs in capitals, no
    // heading): a title, which ends a definitions list as a heading does
    if (listIntro && CAPITALS_TITLE.test(blockText)) listIntro = undefined;
    seen.reach = block.span.end;
    if (trail) trail.scope[index] = listIntro ? listIntro.scope : null;

    const intro = context.memo ? LIST_INTRO_MEMO(context, blockText) : LIST_INTRO.test(blockText);
    if (intro) {
      const scope = scopeOf(blockText, unit, root);
      listIntro = { container, scope };
    }
    const following = blocks[index + 1];
    const next = following && (following.kind === 'paragraph' || following.kind === 'listItem')
      ? { text: text.slice(following.span.start, following.span.end), offset: following.span.start } : undefined;
    if (next) seen.reach = following.span.end;
    const inList = !!listIntro && unit !== container;
    // Nested items ("- au sens du Livre I : …" under "- Accès :") are senses of the term above, not terms.
    // "1- **Law:** The Personal Data Protection Law." (a numbered paragraph of a definitions list) too.
    const colonEligible = !!listIntro && ((block.kind === 'listItem' && block.depth <= 1) || (block.kind === 'paragraph' && inList && LIST_ENTRY_MARKER.test(blockText)));
    // An unquoted definition needs a definitional context: a lead-in above it or a definitions heading.
    const definitional = inList || intro || DEFINITIONS_TITLE.test(container.title ?? '');
    // The words that open an article: where a French law defines by genus ("Le commerce électronique est l'activité … par laquelle …").
    const opensArticle = unit.kind === 'alinea' && unit.number === '1' && unit.parent === container && container.citable;
    const find = (offset: number): Candidate[] => {
      const found: Candidate[] = [];
      const shiftedNext = next ? { text: next.text, offset: next.offset - block.span.start + offset } : undefined;
      findQuotedDefinitions(blockText, offset, found, inList, shiftedNext, intro);
      findDutchOnder(blockText, offset, found);
      findUnquotedVerbDefinitions(blockText, offset, found, definitional);
      if (opensArticle && found.length === 0) findGenusDefinition(blockText, offset, found);
      if (context.language === 'de') findGermanParenthesised(blockText, offset, found);
      if (definitional && found.length === 0) findEmphasisedTerm(blockText, offset, found);
      if (definitional && found.length === 0) findUnquotedListEntry(blockText, offset, found, intro);
      if (definitional && !intro && found.length === 0) findDashedListEntry(blockText, offset, found);
      // "(1) In this Part:" opens the list: it is no entry of it.
      if (colonEligible && !intro && found.length === 0) findColonDefinition(text, block, found, offset - block.span.start);
      findHereinafter(blockText, offset, found);
      if (found.length === 0 && blockText.includes('指')) findChineseDefinitions(blockText, offset, found);
      return found.filter((candidate) => !inAmendedWords(blockText, candidate.termStart - offset));
    };
    let candidates: Candidate[];
    if (context.memo) {
      // Keyed by everything the candidates depend on: the block, the next block and the gap to it, the list state.
      const state = `${context.language ?? ''}${inList ? 1 : 0}${colonEligible ? 1 : 0}${definitional ? 1 : 0}${opensArticle ? 1 : 0}:${block.contentStart - block.span.start}:${next ? next.offset - block.span.start : -1}`;
      const nextText = next?.text ?? '';
      const fits = (entry: DefinitionMemoEntry | undefined) => entry && entry.state === state && entry.nextText === nextText ? entry : undefined;
      const entry = fits(context.memo.get(blockText)) ?? fits(context.previousMemo?.get(blockText)) ?? { state, nextText, candidates: find(0) };
      context.memo.set(blockText, entry);
      const relative = entry.candidates;
      candidates = relative.map((c) => ({ ...c, termStart: c.termStart + block.span.start, termEnd: c.termEnd + block.span.start, bodyStart: c.bodyStart + block.span.start, ...(c.bodyEnd !== undefined ? { bodyEnd: c.bodyEnd + block.span.start } : {}) }));
    } else {
      candidates = find(block.span.start);
    }
    if (trail) trail.reach[index] = seen.reach;
    if (candidates.length === 0) return;

    candidates.sort((a, b) => a.termStart - b.termStart);
    // "2) In paragraph (1) “x” means …" under a lead-in "1) For the purposes of this Part—": its own paragraph's scope.
    const before = candidates[0].termStart - block.span.start;
    let scope = (listIntro && paragraphScopeOf(blockText, unit, root, before)) || (listIntro?.scope ?? scopeOf(blockText, unit, root, before));
    // "Daten im Sinne des Absatzes 1 sind …": made for a paragraph of this section, so for the section.
    const first = candidates[0];
    if (first.style === 'unquoted-de' && /im\s+Sinne\s+(?:des|der)\s+(?:Absatzes|Abs\.|Nummer|Satzes)/.test(text.slice(first.termEnd, first.bodyStart))) {
      const citable = headedAround(unit);
      if (citable && citable !== root) scope = { kind: 'unit', unitId: citable.id, phrase: /im\s+Sinne\s+\S+\s+\S+\s+\S+/.exec(text.slice(first.termEnd, first.bodyStart))?.[0] };
    }
    candidates.forEach((candidate, i) => {
      const next = candidates[i + 1];
      // The body runs to the next definition in the same block, or to the end of the unit.
      // A numbered unit's definition runs through its subparagraphs; otherwise it is this block.
      const unitEnd = unit.headingDepth === 0 && unit.kind !== 'alinea' && unit.span.start === block.span.start ? unit.span.end : block.span.end;
      let bodyEnd = candidate.bodyEnd ?? (next && next.termStart > candidate.bodyStart ? next.termStart - 1 : Math.max(unitEnd, block.span.end));
      // "means—" (or a term alone) with its limbs in the paragraphs that follow: the body takes them in.
      // "- Accès :" alone: the body is the senses that follow, nested or (from a converter) flattened.
      if (candidate.style === 'list-colon' && candidate.bodyStart >= block.span.end) {
        bodyEnd = Math.max(bodyEnd, sensesEnd(text, blocks, index, seen));
        if (bodyEnd <= block.span.end) return; // a lead-in ("… shall apply the powers to:"), not a term
      }
      // A lead-in ends with a dash or a colon, or with no full stop at all (converters drop the dash).
      if (candidate.bodyEnd === undefined && !(next && next.termStart > candidate.bodyStart) && !/[.;。؛]\s*$/.test(text.slice(Math.min(candidate.bodyStart, bodyEnd), bodyEnd).slice(-400))) {
        bodyEnd = Math.max(bodyEnd, limbsEnd(text, blocks, blockUnits, index, bodyEnd, candidate.style === 'emphasised', seen));
      }
      seen.reach = Math.max(seen.reach, bodyEnd);
      if (trail) trail.reach[index] = seen.reach;
      const body = squash(text.slice(candidate.bodyStart, Math.min(bodyEnd, candidate.bodyStart + 6000))).replace(/^[,:;—–-]\s*/, '').replace(/\s*(?:;|,)?\s*(?:(?<!\p{L})(?:and|or|et|ou|en|of|و))?\s*$/u, '').replace(/[;,；，。]$/, '');
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
  };

  const earlier = context.earlier;
  const resumed = earlier && trail ? resumeAt(blocks, earlier) : undefined;
  if (resumed && earlier && trail) {
    // The blocks before the first one whose reading looked at the edit keep their definitions.
    const { from, edited } = resumed;
    const kept = earlier.trail;
    const delta = earlier.edit.newEnd - earlier.edit.oldEnd;
    for (let k = 0; k < kept.first[from]; k++) definitions.push(kept.definitions[k]);
    for (let k = 0; k < from; k++) {
      trail.first[k] = kept.first[k];
      trail.scope[k] = kept.scope[k];
      trail.reach[k] = kept.reach[k];
    }
    const scope = kept.scope[from];
    listIntro = scope ? { container: headedAround(blockUnits[from] ?? root) ?? root, scope } : undefined;
    line = earlier.lines.position(blocks[from].span.start).line;
    lineAt = blocks[from].span.start;
    for (let index = from; index < blocks.length; index++) {
      const block = blocks[index];
      if (index > edited && (block.kind === 'paragraph' || block.kind === 'listItem')) {
        // The lead-in in force is the previous version's: every later block reads as before, moved.
        const container = headedAround(blockUnits[index] ?? root) ?? root;
        const now = listIntro && listIntro.container === container ? listIntro.scope : null;
        if (sameScope(now, kept.scope[index])) {
          const shift = definitions.length - kept.first[index];
          for (let k = kept.first[index]; k < kept.definitions.length; k++) definitions.push(movedDefinition(kept.definitions[k], delta));
          for (let k = index; k < blocks.length; k++) {
            trail.first[k] = kept.first[k] + shift;
            trail.scope[k] = kept.scope[k];
            trail.reach[k] = kept.reach[k] + delta;
          }
          trail.resumed = { from, to: index };
          return definitions;
        }
      }
      readBlock(block, index);
    }
    return definitions;
  }
  blocks.forEach(readBlock);
  return definitions;
}

/**
 * Where the definitions of an edited version must be read again: from the first block whose
 * reading looked at the edited text, through the edited block. Undefined when the previous
 * version's trail does not fit (then every block is read).
 */
function resumeAt(blocks: Block[], earlier: NonNullable<DefinitionContext['earlier']>): { from: number; edited: number } | undefined {
  const { trail, edit } = earlier;
  if (trail.first.length !== blocks.length || trail.reach.length !== blocks.length) return undefined;
  let edited = -1;
  let from = -1;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    // Offsets in the new text: the blocks after the edit have moved.
    if (block.span.start >= edit.newEnd) break;
    if (from < 0 && trail.reach[i] >= edit.start) from = i;
    if (block.span.start < edit.start && edit.newEnd <= block.span.end) edited = i;
  }
  if (edited < 0 || from < 0 || from > edited) return undefined;
  // The lead-in in force is recorded for paragraphs and list items only: a heading or a block
  // quote (which leaves the lead-in as it was) is no place to resume from.
  if (blocks[from].kind !== 'paragraph' && blocks[from].kind !== 'listItem') return undefined;
  return { from, edited };
}

function sameScope(a: DefinitionScope | null | undefined, b: DefinitionScope | null | undefined): boolean {
  if (!a || !b) return !a && !b;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A definition of the previous version after the edit, moved by `delta` (its text is unchanged). */
function movedDefinition(definition: Definition, delta: number): Definition {
  return {
    ...definition,
    termSpan: { start: definition.termSpan.start + delta, end: definition.termSpan.end + delta },
    span: { start: definition.span.start + delta, end: definition.span.end + delta },
  };
}

/** The end of the senses of a term ("- au sens du Livre I : …") listed after block `index`. */
function sensesEnd(text: string, blocks: Block[], index: number, seen?: { reach: number }): number {
  const own = blocks[index];
  let end = own.span.end;
  for (let k = index + 1; k < blocks.length && k < index + 50; k++) {
    const block = blocks[k];
    if (seen) seen.reach = Math.max(seen.reach, block.contentStart + 90, block.span.end);
    if (block.kind !== 'listItem') break;
    const deeper = block.depth > own.depth;
    // Flattened by a converter, a sense is an item that names no term of its own ("Diffusion : …" does).
    const content = text.slice(block.contentStart, block.contentStart + 90);
    const sense = /^(?:au|aux|dans|selon|en|pour)\s/u.test(content) || !/^[^:;,.\n]{1,80}?\s[:：]\s/u.test(content);
    if (!deeper && !sense) break;
    end = block.span.end;
  }
  return end;
}

/** A limb's marker at the start of a block: "(A)", "(ii)", "b)", "1.", "–". */
const LIMB_START = /^\s*(?:\(?(?:[a-zA-Z]|[ivxIVX]{1,5}|\d{1,3})[.)]|[–—-]\s)/;

/** The end of the run of limb paragraphs ("(A) means …", "(B) does not include …") after block `index`. */
function limbsEnd(text: string, blocks: Block[], blockUnits: Unit[], index: number, end: number, lettered = false, seen?: { reach: number }): number {
  // Inside a numbered paragraph, the limbs are its own subparagraphs: "(3)" after "(2)" is not one.
  // An unnumbered entry ("**data** includes:") sits in whatever the paragraph before it was, so its
  // limbs are the lettered ones that follow: "(2)" after them is the next subsection.
  const unit = blockUnits[index];
  const owner = unit && unit.kind === 'alinea' ? unit.parent : unit;
  const bounded = !lettered && owner && owner.headingDepth === 0 && owner.parent ? owner : undefined;
  for (let k = index + 1; k < blocks.length && k < index + 200; k++) {
    const block = blocks[k];
    if (seen) seen.reach = Math.max(seen.reach, block.span.end);
    if (block.kind !== 'paragraph' && block.kind !== 'listItem') break;
    if (bounded && !(bounded.span.start <= block.span.start && block.span.end <= bounded.span.end)) break;
    if (block.span.end <= end) continue;
    const start = text.slice(block.span.start, block.span.start + 12);
    if (!LIMB_START.test(start) || (lettered && /^\s*\(?\d/.test(start))) break;
    end = block.span.end;
  }
  return end;
}

/** A unit below an article or section, in the words of a scope: "paragraph", "sub-paragraph", "subsection". */
const LOWER_UNIT = '(?:(?:sub-?)?paragraphs?|sub-?sections?|sub-?clauses?)';
/** "(1)", "(a)(ii)", "1", "(A7)", and lists of them: "(1) and (2)", "(3)(a) or (b)". */
const LOWER_UNIT_NUMBERS = '\\(?[a-z\\d]{1,4}\\)?(?:\\([a-z\\d]{1,4}\\))*(?:(?:\\s*,?\\s+(?:and|or|to)\\s+|\\s*,\\s*)\\(?[a-z\\d]{1,4}\\)?(?:\\([a-z\\d]{1,4}\\))*)*';

/**
 * "For the purpose of paragraph 1 above, the term …", "Voor de toepassing van het tweede lid",
 * "im Sinne des Absatzes 1", "au sens de l'alinéa 1", "In subsection (1), …": a definition made for a paragraph of the
 * same article or section applies in that article or section. Only at the start of a sentence,
 * before the term (`before`: the offset of the first term in the text).
 */
// Matched on lower-cased text without the i and u flags: V8 runs a case-insensitive Unicode class
// such as [\p{L}] thousands of times slower, and this runs on every definitions block.
// "… had regard to any views expressed by them and in this subsection “diocesan body” means …": after "and" too
const SCOPE_LEAD = '(?:^|[\\n.;:]|\\sand)\\s*(?:\\(?[a-z\\d]{1,4}[.)°]*\\s+)?(';
/** Nothing but spaces, punctuation and the opening quote between a scope and its term (or the end of a lead-in). */
const BEFORE_THE_TERM = '(?=[\\s,:—–“"‘«-]*$)';
const PARAGRAPH_SCOPE_WORDS = [
  // "In this subsection “x” means", "(7) In this paragraph—"
  'in\\s+this\\s+' + LOWER_UNIT + BEFORE_THE_TERM,
  'for\\s+(?:the\\s+)?purposes?\\s+of\\s+' + LOWER_UNIT + '\\s+\\(?\\w{1,4}\\)?(?:\\s+(?:above|below|of\\s+this\\s+(?:article|section)))?',
  'voor\\s+de\\s+toepassing\\s+van\\s+(?:het|de)\\s+(?:[a-zë]+|\\d+e)\\s+(?:lid|onderdeel)',
  'im\\s+sinne\\s+(?:des|der)\\s+(?:absatzes|abs\\.|nummer|satzes)\\s+\\d+',
  "(?:au\\s+sens|pour\\s+l['’]application)\\s+d[eu]\\s+(?:l['’]alinéa|paragraphe|premier\\s+alinéa)",
];
const PARAGRAPH_SCOPE_OF_LIST = new RegExp(SCOPE_LEAD + PARAGRAPH_SCOPE_WORDS.join('|') + ')');
const PARAGRAPH_SCOPE = new RegExp(SCOPE_LEAD + [
  // "In subsection (1), “enactment” includes", "In paragraph (3), “relevant document” means": only right before the term (an "In paragraph (3)" that goes on is a provision about that paragraph).
  // Not in a list's lead-in, where "(e) in paragraph 5(3)—" is an amending instruction.
  'in\\s+' + LOWER_UNIT + '\\s+' + LOWER_UNIT_NUMBERS + '(?:\\s+(?:above|below))?' + BEFORE_THE_TERM,
  ...PARAGRAPH_SCOPE_WORDS,
].join('|') + ')');

/** The article or section a definition made for one of its paragraphs applies in (see PARAGRAPH_SCOPE), if it is one. */
function paragraphScopeOf(introText: string, unit: Unit, root: Unit, before = introText.length): DefinitionScope | undefined {
  const head = introText.slice(0, before);
  const lower = head.toLowerCase();
  const paragraph = (before === introText.length ? PARAGRAPH_SCOPE_OF_LIST : PARAGRAPH_SCOPE).exec(lower);
  const citable = paragraph ? headedAround(unit) : undefined;
  if (!paragraph || !citable || citable === root) return undefined;
  const at = paragraph.index + paragraph[0].length - paragraph[1].length;
  return { kind: 'unit', unitId: citable.id, phrase: lower.length === head.length ? head.slice(at, at + paragraph[1].length) : paragraph[1] };
}

/**
 * A scope that names more than one unit: "In this and the next following section", "In this section and section 57 below".
 * Its reach is not one unit of the structure: the definition is kept for the document, its scope not shown (scopeNotShown).
 */
const SCOPE_OF_SEVERAL = /\bthis\s+and\s+the\s+(?:next\s+)?following\s+(?:sections?|articles?|parts?|chapters?)\b|\bthis\s+(?:section|article|part|chapter)\s+and\s+(?:in\s+)?(?:sections?|articles?|parts?|chapters?)\s+\d/i;

function scopeOf(introText: string, unit: Unit, root: Unit, before = introText.length): DefinitionScope {
  const paragraph = paragraphScopeOf(introText, unit, root, before);
  if (paragraph) return paragraph;
  const several = SCOPE_OF_SEVERAL.exec(introText.slice(0, before));
  if (several) return { kind: 'document', phrase: several[0] };
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

/**
 * Whether a definition's scope names a grouping the structure does not show: "In this Part," where the converter left
 * the part's heading without its number ("## Domestic Gas"). Its real reach is unknown; the scope fell back to the document.
 */
export function scopeNotShown(scope: DefinitionScope): boolean {
  if (scope.kind !== 'document' || !scope.phrase) return false;
  if (SCOPE_OF_SEVERAL.test(scope.phrase)) return true;
  return SCOPE_WORDS.some(([pattern, kind]) => kind !== 'document' && pattern.test(scope.phrase!));
}

/** A definition's body that only points to where the term is defined: "see section 2C", "siehe § 3", "voir l'article 2". */
const SIGNPOST = /^(?:see|siehe|voir|vedi|véase|zie)\s/iu;
/**
 * "“review date” has the meaning given in paragraph 3;": the body after "has the meaning" names one unit and nothing
 * after it (no "of the … Act"): a unit of this document, where the term is defined.
 */
const MEANING_GIVEN_HERE = /^(?:given|assigned)\s+(?:to\s+it\s+)?(?:in|by)\s+(?:section|article|paragraph|regulation|rule|clause|subsection|sub-section|sub-paragraph)[\s\u200d]+[\w().\u200d]{1,20}\s*(?:[;.,]\s*(?:[-–—]\s*)?)?$/iu;

/** Whether a definition only points to another ("- `person`: see section 2C."): no second definition of its term. */
export function pointsElsewhere(definition: Definition): boolean {
  return SIGNPOST.test(definition.body) || MEANING_GIVEN_HERE.test(definition.body);
}

/** A list item's start: nothing, or only its marker ("(a)", "1.", "c)"), before the text. */
const ITEM_START = /^\s*(?:\(?[\p{L}\d]{1,4}[.)°]*\s*)?$/u;
/** A limb marker after "means—": "(a)", "(i)", "a)". */
const LIMB_MARKER = /^\s*[—–:-]+\s*(\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s*)/;
/** A bare entry of a definitions list, with no verb: `"recipient" a natural or legal person …`. */
const BARE_BODY = new RegExp('^\\s*(?:[—–-]\\s*)?(?:im\\s+Sinne\\s+[^,;:.„“”"]{1,80}?\\s+)?(?=(?:' + [
  'a', 'an', 'any', 'the', 'all', 'every', 'each', // English
  'jede[rsn]?', 'die', 'der', 'das', 'den', 'ein', 'eine[rsn]?', 'alle', // German (TTDSG § 2: "„Nachricht“ jede Information …")
  'tout', 'toute', 'tous', 'toutes', 'ieder', 'iedere', 'elk', 'elke', // French, Dutch
].join('|') + ')\\s+\\p{L})', 'iu');
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
    // Only a quote can open a term: jump to the next one (a native search, not a step per character).
    OPENING_QUOTE.lastIndex = i;
    const quote = OPENING_QUOTE.exec(blockText);
    if (!quote) break;
    i = quote.index;
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
    // pandoc's \"Contractor\": the backslash before the closing quote escapes it, and is no letter of the term
    const rawTerm = blockText.slice(i + 1, blockText[j - 1] === '\\' ? j - 1 : j);
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
    // "ces « Autres FIA » désignent un dépositaire" (appoint one): a term used again, not defined.
    if (ANAPHORIC_DETERMINER.test(before)) continue;
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
    // The term in the statute's other language, in parentheses: "“general election” (“etholiad cyffredinol”) means" (Wales).
    const lead = /^\s*\(\s*["“«‘][^()"“”«»\n]{1,80}["”»’]\s*\)/u.exec(after)?.[0].length ?? 0;
    // An optional comma clause: “contents”, when used with respect to …, includes
    const rest = after.slice(lead);
    let skipped = lead;
    let verb = DEFINING_VERB.exec(rest);
    // The clause may hold commas of its own ("when used with respect to any wire, oral, or electronic
    // communication,"): try each comma, up to the end of the sentence, for the one the verb follows.
    const clause = /^\s*[,،]\s*[^;:.]{1,160}/u.exec(rest);
    if (!verb && clause) {
      const opening = /^\s*[,،]/u.exec(rest)?.[0].length ?? 0;
      for (let k = opening + 1; k < clause[0].length && !verb; k++) {
        if (rest[k] !== ',' && rest[k] !== '،') continue;
        verb = DEFINING_VERB.exec(rest.slice(k + 1));
        if (verb) skipped = lead + k + 1;
      }
    }
    if (verb) { accept(offset + j + 1 + skipped + verb[0].length, 'quoted-means'); continue; }
    // "“X”— (a) refers to …; (b) includes …": the body is the limbs, each with its own verb.
    const limb = LIMB_MARKER.exec(rest);
    if (limb && DEFINING_VERB.test(rest.slice(limb[0].length))) { accept(offset + j + 1 + lead + limb[0].length - limb[1].length, 'quoted-means'); continue; }
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
    if (next && (startsItem || /^\s*(?:\(?[\p{L}\d]{1,4}[.)°]*\s*)?the\s+term\s+$/iu.test(before)) && /^\s*(?:[—–:-]\s*)?$/.test(blockText.slice(j + 1))) {
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
 * "\s+" that never gives blanks back (JS has no possessive quantifier): the lookahead takes the
 * whole run, the backreference consumes it. Backtracking into runs of blanks is what made
 * "Onder" + 4,000 spaces take 6 s.
 */
const blanks = (name: string) => `(?=(?<${name}>\\s+))\\k<${name}>`;
const ONDER_FIRST = new RegExp(`(?:^|[.;:]\\s+|\\s)Onder${blanks('before')}(?<term>.{1,80}?)${blanks('after')}(?:wordt|worden)\\s+(?:(?:in|bij)\\s+(?:deze|dit)\\s+\\S+\\s+)?(?:mede\\s+)?verstaan(?!\\s+onder)`, 'gu');

/**
 * Dutch: "Onder gegevens wordt verstaan …", "Onder X worden mede verstaan …", "… wordt onder
 * „minderjarige” verstaan …", "… omvat de term „kinderpornografie” …".
 */
/** The words each of findDutchOnder's patterns holds, as written there. */
const DUTCH_DEFINING_WORD = /[Oo]nder|omvat|beteken/;

function findDutchOnder(blockText: string, offset: number, out: Candidate[]) {
  const push = (raw: string, rawAt: number, bodyStart: number, style: string) => {
    const term = raw.replace(/^["„“«]|["”»]$/g, '').trim();
    if (!term) return;
    const termStart = offset + rawAt + raw.indexOf(term);
    out.push({ term, termStart, termEnd: termStart + term.length, bodyStart: offset + bodyStart, style });
  };
  // Each pattern needs a word written as below (case-sensitive): most blocks have none, and skip the scan (one pass for all four words).
  if (!DUTCH_DEFINING_WORD.test(blockText)) return;
  const onderFirst = blockText.includes('Onder') ? new RegExp(ONDER_FIRST) : undefined;
  if (onderFirst) for (let match = onderFirst.exec(blockText); match; match = onderFirst.exec(blockText)) {
    const term = match.groups!.term;
    push(term, match.index + match[0].indexOf(term), match.index + match[0].length, 'nl-onder');
  }
  // The verb first: "wordt onder „minderjarige” verstaan iedere persoon …" (the term quoted, or a few words).
  const verbFirst = /\b(?:wordt|worden)\s+onder\s+([„"“][^”"“\n]{1,80}[”"“]|[^\s,;:.„"“”]+(?:\s+[^\s,;:.„"“”]+){0,4}?)\s+(?:mede\s+)?verstaan\b(?!\s+onder)\s*:?/gu;
  if (blockText.includes('onder')) for (let match = verbFirst.exec(blockText); match; match = verbFirst.exec(blockText)) {
    push(match[1], match.index + match[0].indexOf(match[1]), match.index + match[0].length, 'nl-onder');
  }
  // "omvat de term „kinderpornografie” pornografisch materiaal …": the verb before the quoted term.
  const termAfterVerb = /\b(?:omvat|omvatten|betekent|betekenen)\s+de\s+(?:term|uitdrukking|begrip)\s+([„"“][^”"“\n]{1,80}[”"“])/gu;
  if (blockText.includes('omvat') || blockText.includes('beteken')) for (let match = termAfterVerb.exec(blockText); match; match = termAfterVerb.exec(blockText)) {
    push(match[1], match.index + match[0].indexOf(match[1]), match.index + match[0].length, 'nl-term');
  }
}

/** A paragraph that is a title in capitals, perhaps numbered: "2. IDENTIFICATION NUMBERS FOR PERSONS AND HOUSEHOLDS". */
const CAPITALS_TITLE = /^[ \t]*(?:\d{1,2}(?:\.\d{1,2})*\.?[ \t]+)?\p{Lu}[\p{Lu}\d ,'’()–-]{3,100}$/u;

/** Headings of a definitions article or section: "Definitions", "Interpretation", "Begriffsbestimmungen" … */
export const DEFINITIONS_TITLE = /^\s*(?:definitions?|interpretation|use\s+of\s+terms|definition\s+of\s+terms|terms\s+defined|terminology|begriffsbestimmungen|begriffe|definitionen|définitions?|terminologie|begripsomschrijvingen?|begripsbepalingen|definiciones|términos|definições|conceitos|تعاريف|التعاريف|استخدام\s+المصطلحات)\b/iu;

/** English verbs that define an unquoted term at the start of a list item ("Computer system refers to …"). */
const UNQUOTED_VERB = /^(?:refers\s+to|shall\s+refer\s+to|means(?!\s+of\b)|shall\s+mean|is\s+defined\s+as|shall\s+be\s+defined\s+as|denotes)\b\s*[:—–-]?\s*/i;
/** A term does not end in a function word: "Offences committed by means of …" is no term "Offences committed by". */
/**
 * The labels of a note inside a provision, which a colon follows as a term's does: "Note: See also section 15B.", "Example:
 * …", "Penalty: 60 penalty units." (Australian and UK drafting), "Anmerkung:", "Remarque :"; "Compare: 1909 No 30 ss 2, 36" (New
 * Zealand's note of the enactments a section derives from), "Derivation:", "Source:". No term is defined by them.
 */
const NOTE_LABEL = /^(?:notes?|examples?|penalty|illustrations?|explanations?|remarks?|anmerkungen?|beispiele?|remarques?|exemples?|nota|notas?|ejemplos?|compare|cf|derivation|source)(?:\s+\d{1,3})?$/i;
const NOT_A_TERM_END = /\b(?:by|of|to|in|on|with|through|for|from|at|and|or|the|a|an|any|such|that|which|who|von|der|des|die|mit|und|oder|de|du|des|et|ou|par|à)$/i;
/** German verbs after "X (im Sinne …)": "ist", "sind", "bedeutet", "bezeichnet", "umfasst". */
const GERMAN_VERB = /^(?:ist|sind|bedeutet|bedeuten|bezeichnet|bezeichnen|umfasst|umfassen)\s+/;
/** A short noun phrase: 1-6 words of letters (hyphens and apostrophes inside), nothing else. */
const NOUN_PHRASE = /^\p{L}[\p{L}’'-]*(?:\s+\p{L}[\p{L}’'-]*){0,5}/u;
/** First words that open a clause, not a term: determiners, pronouns, prepositions (English, German, French). */
const NOT_A_TERM_START = /^(?:the|a|an|each|any|every|this|that|these|those|such|no|it|he|she|they|which|who|where|if|other|another|all|both|either|neither|nothing|when|while|whereas|although|provided|in|for|of|on|by|under|subject|im|in|für|nach|zu|zum|zur|bei|von|vom|mit|aus|auf|unter|über|gemäß|soweit|wenn|als|an|am|durch|ohne|gegen|es|er|sie|dies|das|der|die|wer|was|le|la|les|un|une|au|aux|en|dans|pour|selon|du|des|de|à|sauf|sous|si|lorsque)$/i;
/** A list item's marker: "(a)", "1.", "b)", "1°", "-". */
const ITEM_MARKER = /^\s*(?:\(?[\p{L}\d]{1,4}[.)°]+\s*|[-–•]\s+)?/u;

/**
 * Unquoted definitions in a definitional context (a lead-in above, or a definitions heading),
 * at the start of an item (or after "; " in a list run into one paragraph):
 *   (b) Computer system refers to …          (1) Öffentliche Stellen des Bundes sind die Behörden …
 *   1. Angehöriger: wer …                     Abonné : toute personne … ;
 */
function findUnquotedListEntry(blockText: string, offset: number, out: Candidate[], runIn: boolean) {
  const starts = [ITEM_MARKER.exec(blockText)?.[0].length ?? 0];
  // A list run into one paragraph: "… on entend par : Abonné : … ; Accès : … ;", "ist 1. Angehöriger: …, 2. Amtsträger: …".
  if (runIn) {
    const separators = /[;；]\s*|[,:]\s+(?=\d{1,2}\.\s)|\b(?:ist|sind|par)\s*:?\s+(?=\d{1,2}\.\s|\p{Lu})/gu;
    for (let match = separators.exec(blockText); match && starts.length < 200; match = separators.exec(blockText)) starts.push(match.index + match[0].length);
  }
  for (const rawStart of starts) {
    const start = rawStart + (ITEM_MARKER.exec(blockText.slice(rawStart, rawStart + 12))?.[0].length ?? 0);
    const rest = blockText.slice(start, start + 200);
    // "The term computer system means" / "Computer system refers to".
    const lead = /^(?:the\s+(?:term|expression)\s+)/i.exec(rest)?.[0].length ?? 0;
    const phrase = NOUN_PHRASE.exec(rest.slice(lead));
    if (!phrase) continue;
    // The verb may follow any of the phrase's first words: try the shortest phrase first.
    const words = phrase[0].split(/\s+/);
    let found = false;
    for (let count = 1; count <= words.length && !found; count++) {
      const term = words.slice(0, count).join(' ');
      const afterTerm = rest.slice(lead).slice(rest.slice(lead).indexOf(term) + term.length);
      const spaced = /^\s*/.exec(afterTerm)?.[0].length ?? 0;
      const tail = afterTerm.slice(spaced);
      let bodyAt = -1;
      let style = '';
      // A term of a list is written with a capital ("Computer system refers to"); "electronic means" is no verb.
      if (!/^\p{Lu}/u.test(term) || NOT_A_TERM_START.test(words[0])) break;
      const english = UNQUOTED_VERB.exec(tail);
      const german = GERMAN_VERB.exec(tail);
      const colon = /^[:：]\s+(?=\S)/u.exec(tail);
      if (english) { bodyAt = english[0].length; style = 'unquoted-means'; }
      else if (german) { bodyAt = german[0].length; style = 'unquoted-de'; }
      else if (colon) { bodyAt = colon[0].length; style = 'list-colon'; }
      if (bodyAt < 0 || NOT_A_TERM_END.test(term) || (style === 'list-colon' && NOTE_LABEL.test(term))) continue;
      const termStart = offset + start + lead + rest.slice(lead).indexOf(term);
      out.push({ term, termStart, termEnd: termStart + term.length, bodyStart: termStart + term.length + spaced + bodyAt, style });
      found = true;
    }
  }
}

/**
 * An entry of a definitions list in Russian or Arabic, the term set off by a dash or a colon:
 *   2) банковская организация – созданные в Республике Казахстан банк второго уровня, …;
 *   5) юридическое лицо, ранее являвшееся банком, – юридическое лицо, …;
 *   أ- الوزير: هو المختص أو رئيس الجهة …
 * Only after the entry's marker, only a short term in Cyrillic or Arabic letters (other languages
 * have their own forms above).
 */
const CYRILLIC_DASHED_ENTRY = /^\s*(?:\d{1,3}(?:-\d{1,2})?[.)]|[а-я]\))\s*([а-яё][а-яё0-9 ,"«»()-]{0,100}?),?\s[–—]\s(?=\S)/iu;
// "I - internet: o sistema constituído …", "II - dado pessoal: informação …" (Brazil), "a) terminal: …": a term in lower case
const LATIN_COLON_ENTRY = /^\s*(?:[IVXLC]{1,7}\s?[-–—]|[a-z]\)|\d{1,3}\s?[-–—)])\s*(\p{Ll}[\p{L}\p{M}'’ ()-]{0,80}?)\s?:\s+(?=\S)/u;
const ARABIC_COLON_ENTRY = /^\s*(?:[\u0621-\u064a]\u0640?\s?[-–]|\(?[\u0621-\u064a]\)|\d{1,3}\s?[-–.)])\s*([\u0621-\u064a][\u0621-\u064a\u064b-\u0652 ]{0,60}?)\s?:\s*(?=\S)/u;

function findDashedListEntry(blockText: string, offset: number, out: Candidate[]) {
  const cyrillic = CYRILLIC_DASHED_ENTRY.exec(blockText);
  const entry = cyrillic ?? ARABIC_COLON_ENTRY.exec(blockText) ?? LATIN_COLON_ENTRY.exec(blockText);
  if (!entry) return;
  const termStart = offset + entry[0].indexOf(entry[1]);
  let term = entry[1].replace(/[\s,]+$/, '');
  let bodyStart = offset + entry[0].length;
  // "юридическое лицо – нерезидент – организация, …": one word between two dashes belongs to the term
  const joined = cyrillic ? /^([а-яё-]+)\s[–—]\s(?=\S)/iu.exec(blockText.slice(entry[0].length)) : null;
  if (joined) {
    term = blockText.slice(termStart - offset, entry[0].length + joined[1].length);
    bodyStart += joined[0].length;
  }
  out.push({ term, termStart, termEnd: termStart + term.length, bodyStart, style: 'list-dash' });
}

/**
 * Unquoted definitions whose verb says so anywhere at a sentence start, with no list needed:
 *   Daten im Sinne des Absatzes 1 sind …          On entend par courrier électronique tout message …
 *   Constitue une donnée à caractère personnel toute information …
 */
/** A word every match of findUnquotedVerbDefinitions' French pattern holds, with the same flag "i". */
const FRENCH_VERB_WORDS = /constitue|considér|entend/i;

function findUnquotedVerbDefinitions(blockText: string, offset: number, out: Candidate[], definitional: boolean) {
  // German: "X im Sinne dieses Gesetzes|des Absatzes 1 ist|sind …" at a sentence start.
  const german = /(?:^|[.;:]\s+|\n)\s*(?:\(\w{1,4}\)\s*)?(\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,5}?)\s+im\s+Sinne\s+(?:dieses|dieser|des|der)\s+[^,;:.]{1,60}?\s+(ist|sind|bedeutet|bedeuten|bezeichnet|bezeichnen|umfasst|umfassen)\s+/gu;
  // Each pattern needs its words (German case-sensitive, French in any case): most blocks have none, and skip the scan.
  if (blockText.includes('Sinne')) for (let match = german.exec(blockText); match; match = german.exec(blockText)) {
    const termStart = offset + match.index + match[0].indexOf(match[1]);
    out.push({ term: match[1], termStart, termEnd: termStart + match[1].length, bodyStart: offset + match.index + match[0].length, style: 'unquoted-de' });
  }
  // French: "On entend par X tout …", "Constitue un X toute …", "Est considéré comme X tout …".
  const french = /(?:(?:^|[.;]\s+|\n)\s*(?:constitue(?:nt)?\s+(?:une?|le|la|les|l['’])|(?:est|sont)\s+considérée?s?\s+comme\s+(?:une?|le|la|les|l['’])?)|(?:^|[.;,]\s+|\n)\s*on\s+entend\s+par)\s*(?=[a-zà-ÿœ«])/gi;
  if (FRENCH_VERB_WORDS.test(blockText)) for (let match = french.exec(blockText); match; match = french.exec(blockText)) {
    const from = match.index + match[0].length;
    if (blockText[from] === '«') continue; // quoted: the quoted finder's
    const split = frenchTermEnd(blockText.slice(from, from + 160));
    // "Constitue une X le fait …" classifies an act unless a definitions heading says it defines;
    // "Constitue une X toute …" (a universal) and "On entend par" define anywhere.
    if (!split || (!split.universal && !definitional && !/entend/i.test(match[0]))) continue;
    const term = blockText.slice(from, from + split.termEnd);
    const termStart = offset + from;
    out.push({ term, termStart, termEnd: termStart + term.length, bodyStart: offset + from + split.bodyStart, style: 'unquoted-fr' });
  }
}

/**
 * Chinese definitions, unquoted: "本法所称数据，是指任何以电子……" (what this law calls X means …),
 * "前款所称权利人，是指……", and an item of a definitions article, "（一）网络，是指由计算机……"
 * ("本法下列用语的含义："). "是指" / "系指" / "指" after "所称"; after a bare term at an item's start
 * only "，是指" / "，系指" (the comma sets the term off: "网络运营者应当……" is a sentence).
 */
const CHINESE_CALLED = /(?:^|[。；;]\s*)(?:本(?:法|条例|规定|办法|解释|决定|细则|规则|条|款|章|节)|前款|前两款|前三款|本法和有关法律)所称的?(["“]?)([\p{Script=Han}A-Za-z0-9]{1,24}?)\1?[”"]?[，,]?(?:是指|系指|指)/gu;
const CHINESE_ITEM_TERM = /^\s*(?:[（(][〇零一二三四五六七八九十]{1,4}[）)]\s*)?(["“]?)([\p{Script=Han}A-Za-z0-9]{1,24})\1?[”"]?[，,](?:是指|系指)/u;

function findChineseDefinitions(blockText: string, offset: number, out: Candidate[]) {
  for (const match of blockText.matchAll(CHINESE_CALLED)) {
    const termStart = offset + (match.index ?? 0) + match[0].lastIndexOf(match[2], match[0].length - 2);
    out.push({ term: match[2], termStart, termEnd: termStart + match[2].length, bodyStart: offset + (match.index ?? 0) + match[0].length, style: 'unquoted-zh' });
  }
  if (out.length) return;
  const item = CHINESE_ITEM_TERM.exec(blockText);
  if (!item) return;
  const termStart = offset + item[0].lastIndexOf(item[2]);
  out.push({ term: item[2], termStart, termEnd: termStart + item[2].length, bodyStart: offset + item[0].length, style: 'unquoted-zh' });
}

/**
 * A French article that opens by defining a common noun by its genus and a relative clause: "Le
 * commerce électronique est l'activité économique par laquelle une personne propose …" (LCEN art. 14).
 * Only as the article's first words, only a lower-case noun ("L'Agence est un établissement …" names
 * a body, it defines nothing), and only with the relative clause that sets the genus apart.
 */
const FRENCH_GENUS = /^(?:Le|La|Les|L['’])\s*(\p{Ll}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,4}?)\s+(?:est|sont)\s+(?=(?:l['’]|la\s|le\s|les\s|un\s|une\s|toute\s|tout\s)[^.;:]{0,80}?\s(?:par\s+lesquel(?:le)?s|par\s+laquelle|par\s+lequel|qui|dont)\s)/u;

/**
 * German "Klammerdefinition": a noun in parentheses right after the words it names, the sentence
 * going on after it: "Die Beobachtung öffentlich zugänglicher Räume mit optisch-elektronischen
 * Einrichtungen (Videoüberwachung) ist nur zulässig", "die Bundesnetzagentur für Elektrizität, Gas,
 * … (Bundesnetzagentur) in eine Liste". One capitalised word (a noun), after a word, before a
 * lower-case word: never an abbreviation in capitals, a number, a citation or the end of a sentence.
 * The body is the words before the parentheses, back to the start of the clause.
 */
const GERMAN_PARENTHESISED = /(?<=[\p{L}\-] ?\n?\s{0,8})\((\p{Lu}\p{Ll}[\p{Ll}ßäöü-]{4,40})\)(?=\s{1,8}\p{Ll})/gu;

function findGermanParenthesised(blockText: string, offset: number, out: Candidate[]) {
  for (const match of blockText.matchAll(GERMAN_PARENTHESISED)) {
    const at = match.index ?? 0;
    const sentence = Math.max(blockText.lastIndexOf('. ', at), blockText.lastIndexOf('; ', at), blockText.lastIndexOf(': ', at));
    const from = sentence < 0 ? 0 : sentence + 2;
    // A paragraph's or item's marker ("(1) ", "2.  ") is not part of the words defined.
    const marker = /^\s*(?:\(\w{1,4}\)|\d{1,3}\.|\w\))?\s*/u.exec(blockText.slice(from, at))?.[0].length ?? 0;
    const termStart = offset + at + 1;
    out.push({ term: match[1], termStart, termEnd: termStart + match[1].length, bodyStart: offset + from + marker, bodyEnd: offset + at, style: 'parenthesised-de' });
  }
}

function findGenusDefinition(blockText: string, offset: number, out: Candidate[]) {
  const match = FRENCH_GENUS.exec(blockText);
  if (!match) return;
  const termStart = offset + match[0].indexOf(match[1]);
  out.push({ term: match[1], termStart, termEnd: termStart + match[1].length, bodyStart: offset + match[0].length, style: 'unquoted-fr-genus' });
}

/**
 * Where an unquoted French term ends and its body begins: at the first "tout", "toute", "tous",
 * "toutes", "chaque", "le fait" within ten words; failing that, at an article ("le", "la", "les",
 * "l'", "un", "une") that no preposition governs ("mise à la disposition" keeps its "la").
 */
function frenchTermEnd(text: string): { termEnd: number; bodyStart: number; universal: boolean } | undefined {
  const words = [...text.matchAll(/[\p{L}\d’'-]+|[^\s\p{L}\d’'-]/gu)].slice(0, 12);
  const strong = /^(?:tout|toute|tous|toutes|chaque|quiconque)$/i;
  const article = /^(?:le|la|les|un|une|l['’]\p{L}*)$/iu;
  const preposition = /^(?:à|a|de|d['’]\p{L}*|du|des|par|sur|dans|pour|en|avec|au|aux|entre|sous|vers|contre)$/iu;
  const stop = (k: number, universal = false) => ({ termEnd: (words[k - 1].index ?? 0) + words[k - 1][0].length, bodyStart: words[k].index ?? 0, universal });
  for (let k = 1; k < words.length; k++) {
    if (/^[^\p{L}\d]/u.test(words[k][0])) return undefined; // punctuation before a determiner: not this form
    if (strong.test(words[k][0])) return stop(k, true);
    if (/^le$/i.test(words[k][0]) && /^fait$/i.test(words[k + 1]?.[0] ?? '')) return stop(k);
  }
  for (let k = 1; k < words.length; k++) {
    if (/^[^\p{L}\d]/u.test(words[k][0])) return undefined;
    const word = words[k][0];
    const elided = /^l['’]/i.test(word);
    if ((article.test(word) || elided) && !preposition.test(words[k - 1][0])) return stop(k);
  }
  return undefined;
}

/**
 * A term set in bold or italics, unquoted: the typography of Australian and New Zealand acts
 * ("**data** includes:", "***computer*** means", "**computer system**—"), or in a code span where a converter
 * turned the bold italics into one ("- `Australia` means …"). The emphasis marks the term, so it may be lower case; a
 * definitional context is still required.
 */
// ("_superintendent_, in relation to any institution, means …" (New Zealand's Acts): what the meaning is given for, between commas)
const EMPHASISED_TERM = /^(\*{1,3}|_{1,3}|`)(?![\s*_`])([^*_`\n]{1,80}?)(?<![\s*_`])\1(?![*_`])(?:\s*,\s*(?:in\s+relation\s+to|in\s+respect\s+of|with\s+respect\s+to|for\s+the\s+purposes\s+of|when\s+used\s+in|in)\s[^,\n]{1,100},(?=\s*(?:means|includes|has\s+the|refers\s+to|shall\s+mean|denotes)\b))?\s*(?:(?:means(?!\s+of\b)|includes|has\s+the\s+(?:same\s+)?meaning|refers\s+to|shall\s+mean|denotes)\b\s*[:—–-]?\s*|[—–]\s*|[:：](?:\s+|$))/iu;

function findEmphasisedTerm(blockText: string, offset: number, out: Candidate[]) {
  const start = ITEM_MARKER.exec(blockText)?.[0].length ?? 0;
  const match = EMPHASISED_TERM.exec(blockText.slice(start, start + 200));
  if (!match) return;
  const term = match[2].replace(/^["“”'‘’«»\s]+|["“”'‘’«»\s]+$/gu, '');
  if (!term || /[.;!?]/.test(term) || NOT_A_TERM_END.test(term)) return;
  const termStart = offset + start + match[1].length + match[2].indexOf(term);
  out.push({ term, termStart, termEnd: termStart + term.length, bodyStart: offset + start + match[0].length, style: 'emphasised' });
}

/** How far before quoted words the instruction that amends with them is looked for. */
const AMENDED_WORDS_REACH = 300;

/**
 * Whether the term at `at` stands in the words an amending sentence quotes: "(b) in subsection (5) omit “ , and “*cheat*”
 * means an offence under section 15 of this Act ”" takes a definition out of another Act, and defines nothing here.
 */
function inAmendedWords(blockText: string, at: number): boolean {
  if (!blockText.includes('“')) return false;
  // before the term's own opening quote ("“*cheat*”"), as far back as an instruction stands before its words (a paragraph of
  // many quoted terms stays linear)
  let quote = at;
  while (quote > 0 && /[“"'‘*_\s]/.test(blockText[quote - 1]) && at - quote < 6) quote--;
  const before = blockText.slice(Math.max(0, quote - AMENDED_WORDS_REACH), quote);
  if (insideOpenQuote(blockText, quote, AMENDED_WORDS_REACH) && AMENDING_INSTRUCTION.test(before)) return true;
  // the quote the instruction opens read as the term's own ("omit “ , and “*cheat*” means …”": the term “, and “cheat”)
  return blockText.slice(quote, at).includes('“') && /(?<!\p{L})(?:omit|substitute|insert|strike)\s*$/iu.test(before);
}

/** French-style definitions list item: "- Abonné : toute personne physique …". */
/** The marker of a numbered entry of a definitions list written as a paragraph: "1-", "2.", "(3)", "a)". */
const LIST_ENTRY_MARKER = /^\s*(?:\(\w{1,4}\)|\w{1,4}[.)-])\s+/u;
/** A term in bold with its colon, inside or after the bold: "**Law:** The …", "**Law**: The …". */
const BOLD_COLON_TERM = /^\*\*([^*:\n]{1,80}?)\s*(?:[:：]\s*\*\*|\*\*\s*[:：])\s+(?=\S)/u;

function findColonDefinition(text: string, block: Block, out: Candidate[], delta = 0) {
  const marker = block.kind === 'paragraph' ? LIST_ENTRY_MARKER.exec(text.slice(block.span.start, block.span.end))?.[0].length ?? 0 : 0;
  const itemStart = block.contentStart + marker;
  const itemText = text.slice(itemStart, block.span.end);
  if (AMENDING_INSTRUCTION.test(itemText)) return;
  const bold = BOLD_COLON_TERM.exec(itemText);
  if (bold) {
    const term = bold[1].trim();
    const termStart = itemStart + delta + itemText.indexOf(term);
    out.push({ term, termStart, termEnd: termStart + term.length, bodyStart: itemStart + delta + bold[0].length, style: 'list-colon' });
    return;
  }
  // "- Accès :" alone: its senses follow as items ("- au sens du Livre I : …"), and are its body.
  const match = /^([^:\n]{1,80}?)\s*[:：]\s+(?=\S)/u.exec(itemText) ?? /^(\p{L}[^:,;\s]*(?:\s+[^:,;\s]+){0,5})\s*[:：]$/u.exec(itemText);
  if (!match) return;
  const term = match[1].replace(/[*_]/g, '').trim();
  // "au sens du Livre I", "dans le cas …": a sense of the term above, not a term.
  if (!term || /[.;!?]/.test(term) || /^(?:au|aux|dans|selon|en|pour|sauf|in|for|under)\s/u.test(term) || NOTE_LABEL.test(term)) return;
  // "a) Les mots : " tribunal judiciaire " par les mots : " tribunal de première instance " ;" (an adaptation article's
  // replacements): the words quoted are replaced, and "Les mots" is no term
  if (REPLACED_WORDS.test(term)) return;
  const termStart = itemStart + delta + itemText.indexOf(term);
  out.push({ term, termStart, termEnd: termStart + term.length, bodyStart: itemStart + delta + match[0].length, style: 'list-colon' });
}

/** "Les mots", "Le mot", "La référence", "the words": what a replacement's colon follows, before the words quoted. */
const REPLACED_WORDS = /^(?:(?:les?|la|l['’])\s*(?:mots?|termes?|références?|expressions?|phrases?|chiffres?|nombres?|montants?|dates?)|(?:the\s+)?words?|(?:las?|los?)\s+(?:palabras?|expresi[oó]n(?:es)?|referencias?)|(?:a|as|o|os)\s+(?:palavras?|express[ãõ](?:o|es)|refer[êe]ncias?))$/iu;

/** "(hereinafter referred to as “the Convention”)", "(hereinafter “X”)", "(ci-après « X »)". */
function findHereinafter(blockText: string, offset: number, out: Candidate[]) {
  const pattern = /\((?:hereinafter|ci-après|en lo sucesivo|hierna)(?:\s+(?:referred\s+to\s+as|called|dénommée?s?|denominad[oa]s?|te\s+noemen))?\s*(?:[:,]\s*)?["“«„]([^"”»\n]{1,80})["”»]\s*\)/giu;
  for (let match = pattern.exec(blockText); match; match = pattern.exec(blockText)) {
    const term = match[1].trim();
    const termStart = offset + match.index + match[0].indexOf(match[1]);
    out.push({ term, termStart, termEnd: termStart + term.length, bodyStart: offset + match.index, style: 'hereinafter' });
  }
}
