// Notes an editor or a converter put among a law's text, whose citations are not of the text itself: the notes under a
// heading that names them ("#### **Editorial Notes**", "### Footnotes"), an editor's note on the amendments after a rule of
// dashes ("------------ AGGIORNAMENTO (52)", normattiva), and Belgium's notes in angle brackets naming the amending act
// (Justel: "<L 1999-01-14/41, art. 6, 002; En vigueur : 08-03-1999>", "<AR 14 octobre 1974, MB 19 octobre 1974>"), and a
// paragraph that opens as notes (the Gazzetta Ufficiale's "Note all'art. 2: …").
import type { DocumentModel } from './document';
import { readHeading } from './headings';
import { headingsAbove } from './headingsAbove';
import { firstStartingFrom } from './spanSearch';
import { NOTES_HEADING } from './structure';
import { withoutEscapes } from './text';
import { LANGUAGE_TABLES } from './references/tables';
import { oncePerVersion } from './treeKeyed';

/** How far back the heading over a citation is looked for: notes under a heading are short. */
const NOTES_REACH_LINES = 400;

/**
 * The text of the heading over `offset` when it names notes ("### Footnotes", structure.ts NOTES_HEADING), or undefined. Headings
 * between that open no unit go on with the notes ("#### **Editorial Notes**", then "#### Amendments", "#### References in Text":
 * the U.S. Code's notes under a section); a heading that opens a unit, or a unit's label between, ends them.
 */
export function notesHeadingAbove(model: DocumentModel, offset: number): string | undefined {
  for (const heading of headingsAbove(model.text, offset, NOTES_REACH_LINES)) {
    // ("# **Editorial Notes**": a PDF converter's level, guessed from the type size, may be the highest)
    if (NOTES_HEADING.test(heading.text)) return unitLabelBetween(model, heading.start, offset) ? undefined : heading.text.replace(/[*_]/g, '').trim();
    if (heading.depth < 2) return undefined;
    if (readHeading(heading.text)) return undefined;
  }
  return undefined;
}

/** How far back from a citation the summary of the folded notes it stands in is looked for. */
const SUMMARY_REACH = 2_000;

/**
 * The summary of the folded block over `offset` when it names notes: "<details>\n<summary>Historical Note</summary>\n\n-
 * SOR/2006-286, s. 1(E)\n\n</details>" (Justice Canada's laws as XYOca/laws-lois-markdown gives them: the amending instruments
 * and their provisions, "s. 1(E)" of SOR/2006-286, not of this text). Undefined when the block closed before `offset`.
 */
export function notesSummaryAbove(text: string, offset: number): string | undefined {
  const before = text.slice(Math.max(0, offset - SUMMARY_REACH), offset);
  const open = before.lastIndexOf('<summary>');
  if (open < 0 || before.includes('</details>', open)) return undefined;
  const summary = /^<summary>([^<>\n]{1,80})<\/summary>/.exec(before.slice(open))?.[1];
  return summary !== undefined && NOTES_HEADING.test(summary) ? summary.trim() : undefined;
}

/**
 * A paragraph that opens by naming itself the editor's notes: the Gazzetta Ufficiale's notes after a decree's article, as
 * Normattiva gives them ("Note all'art. 2: - Il testo dell'art. 1 del citato D.P.R. … è il seguente: «Art. 1. - … del presente
 * articolo …»", "Nota all'art. 6:", "Note alle premesse:", "Avvertenza: Il testo delle note qui pubblicato …", "N O T E
 * Avvertenza:"). They cite and quote other acts, whose articles these are.
 */
const NOTES_OPENING = String.raw`[ \t]*\[?((?:N[ \t]?O[ \t]?T[ \t]?E\b[^:\n]{0,40}|Not[ae][ \t]+(?:all['’]|alle|agli|ai|al)[^:\n]{0,50}|Avvertenza):)`;
const NOTES_PARAGRAPH = new RegExp(String.raw`(?:^|\n[ \t]*\n)${NOTES_OPENING}`, 'g');
const NOTES_OPENING_HERE = new RegExp(NOTES_OPENING, 'y');

/** The opening words that make the paragraph starting at `start` notes, read there alone (a keystroke's check), or undefined. */
export function notesOpeningAt(text: string, start: number): string | undefined {
  NOTES_OPENING_HERE.lastIndex = start;
  return NOTES_OPENING_HERE.exec(text)?.[1];
}

/** The opening words of the notes paragraph holding `offset` ("Note all'art. 2:"), or undefined. */
export function notesParagraphAt(model: DocumentModel, offset: number): string | undefined {
  const spans = notesParagraphs(model);
  const at = firstStartingFrom(spans, offset + 1) - 1;
  return at >= 0 && spans[at].span.end > offset ? spans[at].opening : undefined;
}

const notesParagraphs = oncePerVersion((model) => findNotesParagraphs(model.text));

function findNotesParagraphs(text: string): Array<{ span: { start: number; end: number }; opening: string }> {
  const out: Array<{ span: { start: number; end: number }; opening: string }> = [];
  NOTES_PARAGRAPH.lastIndex = 0;
  for (let match = NOTES_PARAGRAPH.exec(text); match; match = NOTES_PARAGRAPH.exec(text)) {
    const start = match.index + match[0].length - match[1].length;
    const blank = /\n[ \t]*\n/g;
    blank.lastIndex = start;
    const end = blank.exec(text)?.index ?? text.length;
    out.push({ span: { start, end }, opening: match[1].replace(/\s+/g, ' ') });
    NOTES_PARAGRAPH.lastIndex = end;
  }
  return out;
}

/** Whether a citable unit's label starts between `from` and `to` (the notes above a citation belong to another unit). */
function unitLabelBetween(model: DocumentModel, from: number, to: number): boolean {
  for (let at = firstStartingFrom(model.units, from); at < model.units.length && model.units[at].span.start < to; at++) {
    if (model.units[at].citable) return true;
  }
  return false;
}

/** A converter's note under a provision: a rule of dashes, then a capitalised heading word ("------------ AGGIORNAMENTO (52)"). */
const EDITORS_NOTE = /^[ \t]*-{3,}[ \t]*\p{Lu}{4,}\b/u;

export function inEditorsNote(model: DocumentModel, offset: number): boolean {
  const line = model.lines.lineAround(offset);
  return EDITORS_NOTE.test(model.text.slice(line.start, Math.min(line.start + 80, offset)));
}

/**
 * Whether `offset` is inside an editor's remark in brackets: "im Artikel 15, Absatz 3 (Anm.: nunmehr: Absatz 7), gedachten
 * Fälle", "(Anm.: Aufgehoben durch Art. I § 2 BVG, BGBl. Nr. 393/1929)" (Austria's RIS). What it cites is the text's
 * history or another act's renumbering, not this text's units.
 */
export function inBracketedRemark(text: string, offset: number): boolean {
  const remark = openBracketBefore(text, offset, '(Anm.', ')') ?? escapedBracketBefore(text, offset);
  return remark !== undefined && /^\(Anm\.[ \t]*:/.test(remark);
}

/** "*\(Anm\.: Abs\. 2 tritt … in Kraft\)*" (LawAT's RIS, every mark escaped): the remark's start as a reader sees it. */
function escapedBracketBefore(text: string, offset: number): string | undefined {
  const remark = openBracketBefore(text, offset, '\\(Anm\\.', '\\)');
  return remark === undefined ? undefined : withoutEscapes(remark);
}

/**
 * The text from the last `opener` on `offset`'s line (within NOTE_REACH) up to `offset`, when no `closer` follows that opener
 * before `offset`: the start of the bracket `offset` stands in. Undefined when `offset` is in no such bracket.
 */
function openBracketBefore(text: string, offset: number, opener: string, closer: string): string | undefined {
  // (the line's start within NOTE_REACH only: one long line of citations stays linear)
  const window = text.slice(Math.max(0, offset - NOTE_REACH), offset);
  const before = window.slice(window.lastIndexOf('\n') + 1);
  const open = before.lastIndexOf(opener);
  if (open < 0 || before.includes(closer, open)) return undefined;
  return before.slice(open);
}

export function editorsNoteStart(model: DocumentModel, offset: number): string {
  const line = model.lines.lineAround(offset);
  return model.text.slice(line.start, Math.min(line.start + 60, offset)).replace(/^[\s-]+/, '').trim();
}

/** How far a note reaches on its line, either way from a citation in it. */
const NOTE_REACH = 300;

/** An act named by its kind's abbreviation and its date: "L 1999-01-14/41", "AR 14 octobre 1974", "W 10-08-1923". */
const ACT_BY_DATE = /(?:^|[\s(])((?:L|AR|A\.R\.|W|KB|K\.B\.|DCFR|DVR|DRW|DWG|ORD|ARR|Décret|Decreet|Ordonnance|Ordonnantie)\s+(?:\d{4}-\d{2}-\d{2}(?:\/\d{1,4})?|\d{1,2}-\d{2}-\d{4}|\d{1,2}(?:er)?\s+\p{Ll}+\s+\d{4}))/u;

/** The act an angle-bracket note around `offset` names before it ("L 1999-01-14/41"), or undefined when `offset` is in no such note. */
export function actNoteAround(text: string, offset: number): string | undefined {
  const opened = openBracketBefore(text, offset, '<', '>');
  if (opened === undefined) return undefined;
  const lineEnd = text.indexOf('\n', offset);
  const after = text.slice(offset, Math.min(lineEnd < 0 ? text.length : lineEnd, offset + NOTE_REACH));
  const close = after.indexOf('>');
  if (close < 0 || after.lastIndexOf('<', close) >= 0) return undefined;
  // the date may stand in a link's words: "<L [2009-11-12/16](https://www.ejustice.just.fgov.be/…), art. 2, 002; …>"
  const note = opened.slice(1).replace(/\[([^\]\n]{1,80})\]\([^)\s]{1,400}\)/g, '$1');
  return ACT_BY_DATE.exec(note)?.[1] ?? ACT_NUMBER_OPENING.exec(note)?.[1];
}

/** A note opening with the act's number alone, its kind left out, right before the citation: "< [2014-12-19/07](…), art. 85, 012; …>". */
const ACT_NUMBER_OPENING = /^\s*(\d{4}-\d{2}-\d{2}\/\d{1,4}),\s*$/;

/**
 * An official gazette's abbreviation in German-speaking countries: "BGBl.", "LGBl.", "BBl.", and as older texts space it,
 * "St. G. Bl.", "R. G. Bl.", "B. G. Bl." (Austria's gazettes before 1934).
 */
export const GAZETTE_ABBREVIATION = '(?:\\p{Lu}\\p{L}{0,5}|(?:\\p{Lu}\\p{Ll}{0,2}\\.[ \\t]?){1,3})Bl\\.';

/** After a citation: a comma, then an official gazette's entry ("BGBl. I Nr. 2/2008", "LGBl. Nr. 12/1995"). */
const GAZETTE_ENTRY_AFTER = new RegExp(`^,[ \\t]*((?:${GAZETTE_ABBREVIATION})[ \\t]*(?:I{1,3}[ \\t]+)?Nr\\.[ \\t]*\\d{1,4}\\/\\d{4})`, 'u');

/**
 * "Durch Art. 2 § 1 Abs. 3 Z 3, BGBl. I Nr. 2/2008, als nicht mehr geltend festgestellt." (Austria's RIS): a citation followed by
 * the gazette entry of the act it is in. That entry, or undefined.
 */
export function gazetteEntryAfter(text: string, end: number): string | undefined {
  return GAZETTE_ENTRY_AFTER.exec(text.slice(end, end + 40))?.[1];
}

/** Every language's openings of a note recording an amendment of the text (tables.ts historyNoteOpenings), read at a paragraph's start. */
const HISTORY_NOTE = new RegExp(String.raw`^[\s\-–—•*_>(\[]*(?:${LANGUAGE_TABLES.flatMap((table) => table.historyNoteOpenings ?? []).join('|')})`, 'iu');
/** How many lines back a paragraph's start is looked for, and how much of its opening is read. */
const HISTORY_NOTE_LINES = 8;
const HISTORY_NOTE_OPENING = 240;

/**
 * The opening words of the note around `offset` when its paragraph records an amendment of this text ("عُدلت هذه المادة بموجب
 * المرسوم الملكي …", "– تعديل الفقرة (3) لتصبح بالنص الآتي", "Modifié par …"), or undefined. Such a note cites the provision's parts
 * as they read before the amendment (or the new ones it set out), which the text now in force may number otherwise.
 */
export function historyNoteAt(model: DocumentModel, offset: number): string | undefined {
  // (the paragraph's first line: the lines above, up to a blank one)
  let line = model.lines.lineAround(offset);
  for (const above of model.lines.linesAbove(offset, HISTORY_NOTE_LINES)) {
    if (model.text.slice(above.start, above.end).trim() === '') break;
    line = above;
  }
  // (Arabic short vowels and the tatweel left out: "عُدِّلت" is "عدلت")
  const opening = model.text.slice(line.start, line.start + HISTORY_NOTE_OPENING).replace(/[\u064b-\u0652\u0640]/g, '');
  const match = HISTORY_NOTE.exec(opening);
  return match ? opening.slice(0, 60).replace(/^[\s\-–—•*_>]+/, '').trim() : undefined;
}
