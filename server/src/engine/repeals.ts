/**
 * Repealed units, as consolidated texts show them: a unit whose text is only a repeal notice ("((ARTICOLO ABROGATO
 * …))", "§ 11 (weggefallen)"), and a heading that repeals a run of units at once ("§§ 2 bis 9 (weggefallen)",
 * "Art 74a und 75 (weggefallen)", "Sections 3 to 7 [Repealed]", "Arts. 10 a 15 (Revogados)"). A citation of such a
 * unit, or of its parts, cannot be checked against text that is gone: resolution says so instead of an error.
 */
import type { Span, Unit, UnitKind } from './model';
import type { DocumentModel } from './document';
import { normaliseNumber } from './keywords';
import { headingWordOrPlural } from './headings';
import type { TextEdit } from './legalReadingMemo';
import { FOOTNOTE_MARK } from './text';

/** The marks a repeal notice may open with: brackets, emphasis, quotes, a title's dash. */
const NOTICE_OPENING = `[\\s(\\[*_«"'.:\\-–—]*`;
/** The words that say a unit is repealed or gone: a notice's ("[Repealed]", "(weggefallen)", "(Revogado)"). */
// ("삭제 <2008.3.21>": Korea's laws, the date of the repeal after it)
const REPEALED = '(?:abrogat[oaie]|soppress[oaie]|repealed|abrog[ée]e?s?|aufgehoben|weggefallen|derogad[oa]s?|revogad[oa]s?|vervallen|삭제)';
const REPEAL_WORD = `${REPEALED}(?!\\p{L})`;
/** The words of the act of repeal, which a sentence about it uses as well: "The repeal by subsection (1) of …", "wegen der Aufhebung der …". */
const REPEAL_ACT = '(?:repeal(?:s|ing)?|revoked|revocation|abrog\\p{L}*|aufhebung|derogad\\p{L}*|derogación|revogad\\p{L}*|revogação|opgeheven|intrekking)';
const SPEAKS_OF_REPEAL = new RegExp(`(?<!\\p{L})(?:${REPEALED}|${REPEAL_ACT})(?!\\p{L})`, 'iu');

/** Whether words speak of a repeal, as a notice or a sentence does ("the sections repealed by", "The repeal by subsection (1) of"). */
export function speaksOfRepeal(words: string): boolean {
  return SPEAKS_OF_REPEAL.test(words);
}
/**
 * A repeal notice where a unit's text should be: "((ARTICOLO ABROGATO DALLA L. …))", "COMMA ABROGATO", "[Repealed]",
 * "(Abrogé)", "(weggefallen)", "(Derogado)", "(Revogado)", "Vervallen" (after the label, a title's dash or brackets).
 */
const REPEAL_NOTICE = new RegExp(`^${NOTICE_OPENING}(?:(?:articolo|comma|article|section|artículo|artigo|artikel|paragraph|alinéa)\\s+)?${REPEAL_WORD}`, 'iu');
const NOTICE_MARKS = new RegExp(`^${NOTICE_OPENING}`);
const REPEAL_NOTICE_REACH = 160;

/**
 * The unit at or above `unit`, up to its article or section, whose text is only a repeal notice (the highest: the
 * article, not the paragraph its notice was read as), and the notice. The notice opens its paragraph, inside the window
 * where a letter typed is never an in-place edit (inPlaceEdit.ts): typing that makes or unmakes one parses again.
 */
export function repealedAround(doc: DocumentModel, unit: Unit): { unit: Unit; notice: string } | undefined {
  let found: { unit: Unit; notice: string } | undefined;
  for (const scope of upToProvision(unit)) {
    const after = doc.text.slice(scope.labelSpan.end, Math.min(scope.span.end, scope.labelSpan.end + REPEAL_NOTICE_REACH));
    if (REPEAL_NOTICE.test(after)) {
      // its words, without the marks and link around them ("[(Revogado pela Lei Complementar nº 143, de 2013)](https://…)")
      const words = after.trim().replace(NOTICE_MARKS, '').split(/[)\]\n»"*_]/)[0].trim();
      found = { unit: scope, notice: words.length > 80 ? `${words.slice(0, 80)}…` : words };
    }
  }
  return found;
}

/** `unit` and the units above it, up to and with its article or section (or the last below the document). */
function* upToProvision(unit: Unit): Generator<Unit> {
  for (let scope: Unit | undefined = unit; scope && scope.kind !== 'document'; scope = scope.parent) {
    yield scope;
    if (scope.citable) return;
  }
}

/**
 * Text left out where a unit's words should be, a consolidation's mark that they were repealed or spent: "24.—F25[…]", "(3)F17[…]"
 * (the Irish Statute Book: an amendment's note mark, then an ellipsis in brackets), "[…]", "…", or a dash alone. The section's
 * number given again before it is allowed.
 */
// ("## Art 1 Änderung der Reichsversicherungsordnung" then "-" alone, bundestag/gesetze: an amending article whose amendments the
// consolidation no longer gives)
const ELIDED_TEXT = /^\s*(?:(?:\*\*|__)?\d{1,4}[A-Za-z]{0,3}\.?(?:\*\*|__)?[ \t]*(?:-{1,3}|[—–])?[ \t]*)?(?:F\d{1,4})?\[?(?:…|\.{3})\]?\]?[ \t]*$|^\s*[-–—][ \t]*\s*$/;
const ELIDED_REACH = 40;

/**
 * The unit at or above `unit`, up to its article or section, whose text is only an ellipsis a consolidation put for words left
 * out ("F25[…]"), and that text; undefined when none is.
 */
export function elidedAround(doc: DocumentModel, unit: Unit): { unit: Unit; mark: string } | undefined {
  for (const scope of upToProvision(unit)) {
    // (after a heading's line: its title is no text of the unit)
    const lineEnd = scope.headingDepth > 0 ? doc.text.indexOf('\n', scope.labelSpan.end) : scope.labelSpan.end;
    const from = lineEnd < 0 ? scope.span.end : lineEnd;
    if (scope.span.end - from <= ELIDED_REACH && scope.span.end > from) {
      const rest = doc.text.slice(from, scope.span.end);
      if (ELIDED_TEXT.test(rest)) return { unit: scope, mark: rest.trim() };
    }
  }
  return undefined;
}

/** A line that repeals several units: their kind, the numbers it lists and the runs it gives by their ends. */
export interface RepealedRun {
  kind: UnitKind;
  numbers: string[];
  runs: Array<[string, string]>;
  /** The line, as written ("§§ 2 bis 9 (weggefallen)"), and where it stands. */
  line: string;
  span: Span;
}

/** A converter's mark before the label ("(XXXX) §§ 2 bis 9"), heading marks, emphasis. */
const LINE_OPENING = /^[#\s*_]*(?:\([^)]{0,8}\)\s*)?[*_]*/u;
const NUMBER_TOKEN = /^(?:[a-z]{1,2}\.?\s?(?=\d))?\d+[a-z]{0,3}(?:[-.]\d+[a-z]{0,3})*$/iu;
/** Words and signs between two numbers of a list ("und", ",", "&") or at the ends of a run ("bis", "to", "à", "–"). */
const LIST_WORDS = new Set(['und', 'and', 'et', 'e', 'y', 'en', 'и', ',', ';', '&', 'or', 'oder', 'ou', 'o']);
const RUN_WORDS = new Set(['bis', 'to', 'à', 'a', 'al', 'through', 'tot', 'до', '-', '–', '—']);
/** The label's longest word: the run of a heading is read from at most this many tokens. */
const MAX_TOKENS = 24;

const runsByModel = new WeakMap<DocumentModel, RepealedRun[]>();
const REPEAL_WORD_ANYWHERE = new RegExp(REPEAL_WORD, 'iu');

/** Whether a span of text has a repeal word: an edit there may make or unmake a repealed run, and is read as no in-place edit (inPlaceEdit.ts). */
export function namesRepeal(text: string, span: Span): boolean {
  return REPEAL_WORD_ANYWHERE.test(text.slice(span.start, span.end));
}

/**
 * The lines of a document that repeal more than one unit, read once per document version. After letters typed in place
 * (`typed`: the version before and the edit), they are the previous version's, moved: an edit in a block that names a
 * repeal is no in-place edit (inPlaceEdit.ts), and reading the whole text again at a keystroke costs a millisecond.
 */
export function repealedRuns(model: DocumentModel, typed?: { previous: DocumentModel; edit: TextEdit }): RepealedRun[] {
  let runs = runsByModel.get(model);
  if (runs) return runs;
  const before = typed && runsByModel.get(typed.previous);
  if (before && typed) {
    const shift = (offset: number) => (offset < typed.edit.start ? offset : offset + typed.edit.newEnd - typed.edit.oldEnd);
    runs = before.map((run) => ({ ...run, span: { start: shift(run.span.start), end: shift(run.span.end) } }));
    runsByModel.set(model, runs);
    return runs;
  }
  runs = [];
  const text = model.text;
  // (the lines that may hold a run are few and short: a repeal word is looked for in each of them, not in the whole text)
  const lines = model.lines;
  for (let line = 0; line < lines.lineCount; line++) {
    const start = lines.lineStart(line);
    const end = line + 1 < lines.lineCount ? lines.lineStart(line + 1) - 1 : text.length;
    // a heading, or a line that opens its block: never a line of running text that happens to begin with a label
    if (end - start > 200 || (text[start] !== '#' && start > 1 && text.slice(Math.max(0, start - 2), start) !== '\n\n')) continue;
    let words = text.slice(start, end);
    // "##### Art. 1 bis 14[^1]" then "Aufgehoben" (gesetze.li as legalize-li converts it): the notice in the paragraph below the heading
    if (!REPEAL_WORD_ANYWHERE.test(words)) {
      const notice = text[start] === '#' ? noticeBelow(text, end) : undefined;
      if (notice === undefined) continue;
      words = `${words} ${notice}`;
    }
    const run = readRepealedRun(words);
    if (run) runs.push({ ...run, span: { start, end } });
  }
  runsByModel.set(model, runs);
  return runs;
}

/** A paragraph below a heading (after one blank line) that is a repeal notice alone: "Aufgehoben", "[Repealed]", "(Abrogé)". */
const NOTICE_ALONE = new RegExp(`^${NOTICE_OPENING}${REPEAL_WORD}[\\s)\\].*_»"'.]*$`, 'iu');
const NOTICE_BELOW_REACH = 60;

/** The repeal notice that stands alone in the paragraph right below the line ending at `lineEnd`, if one does. */
function noticeBelow(text: string, lineEnd: number): string | undefined {
  if (text[lineEnd] !== '\n' || text[lineEnd + 1] !== '\n') return undefined;
  const start = lineEnd + 2;
  let end = text.indexOf('\n', start);
  if (end < 0) end = text.length;
  if (end - start > NOTICE_BELOW_REACH || (text[end + 1] !== undefined && text[end + 1] !== '\n')) return undefined;
  const line = text.slice(start, end).trim();
  return NOTICE_ALONE.test(line) ? line : undefined;
}

/** "§§ 2 bis 9 (weggefallen)" → sections 2 to 9; one unit alone ("§ 11 (weggefallen)") is its own unit, not a run. */
export function readRepealedRun(line: string): Omit<RepealedRun, 'span'> | undefined {
  const opening = LINE_OPENING.exec(line)?.[0] ?? '';
  // ("Art. 1 bis 14[^1]": a footnote's mark after the last number)
  const rest = line.slice(opening.length).replace(FOOTNOTE_MARK, '');
  const word = /^(§§?|[\p{L}]+)\.?\s*/u.exec(rest);
  if (!word) return undefined;
  const kind = headingWordOrPlural(word[1]);
  if (kind !== 'article' && kind !== 'section') return undefined;
  const tokens = rest.slice(word[0].length).split(/(\s+|,|;)/).filter((token) => token.trim()).slice(0, MAX_TOKENS);
  const numbers: string[] = [];
  const runs: Array<[string, string]> = [];
  let i = 0;
  let pendingRun = false;
  let runWordAt = -1;
  for (; i < tokens.length; i++) {
    // "Art. 1.620. a 1.629.": a number's full stop
    const token = tokens[i].toLowerCase().replace(/(\d)\.$/, '$1');
    if (NUMBER_TOKEN.test(token)) {
      const number = normaliseNumber(token);
      if (pendingRun && numbers.length) runs.push([numbers.pop()!, number]);
      else numbers.push(number);
      pendingRun = false;
    } else if (RUN_WORDS.has(token) && numbers.length && !pendingRun) {
      pendingRun = true;
      runWordAt = i;
    } else if (!(LIST_WORDS.has(token) && numbers.length + runs.length > 0 && !pendingRun)) break;
  }
  // "Art 70 bis 72 - (weggefallen)": a dash after the last number opens the notice, no run
  if (pendingRun && /^[-–—]$/.test(tokens[runWordAt]) && runWordAt === i - 1) {
    pendingRun = false;
    i = runWordAt;
  }
  if (pendingRun || numbers.length + runs.length * 2 < 2) return undefined;
  // the notice right after the numbers: "(weggefallen)", "[Repealed]", "– aufgehoben –"
  if (!REPEAL_NOTICE.test(tokens.slice(i).join(' '))) return undefined;
  return { kind, numbers, runs, line: line.slice(opening.length).trim() };
}

/** The line that repeals `kind` `number` in this document, if one does. */
export function repealedRunHolding(model: DocumentModel, kind: string, number: string, typed?: { previous: DocumentModel; edit: TextEdit }): RepealedRun | undefined {
  if (kind !== 'article' && kind !== 'section') return undefined;
  const wanted = normaliseNumber(number);
  return repealedRuns(model, typed).find((run) => run.kind === kind && (run.numbers.includes(wanted) || run.runs.some(([from, to]) => between(wanted, from, to))));
}

/** "5" in 2–9, "74b" in 74a–75, "l123-3" in l123-1–l123-5: the same stem, and the last number (then its letter) between. */
function between(number: string, from: string, to: string): boolean {
  const [a, b, n] = [from, to, number].map(numberKey);
  if (!a || !b || !n || a.stem !== n.stem || b.stem !== n.stem) return false;
  return compareKeys(a, n) <= 0 && compareKeys(n, b) <= 0;
}

function numberKey(number: string): { stem: string; value: number; letters: string } | undefined {
  const match = /^(.*?)(\d+)([a-z]*)$/.exec(number);
  return match ? { stem: match[1], value: Number(match[2]), letters: match[3] } : undefined;
}

function compareKeys(a: { value: number; letters: string }, b: { value: number; letters: string }): number {
  return a.value !== b.value ? a.value - b.value : a.letters < b.letters ? -1 : a.letters > b.letters ? 1 : 0;
}
