// Annotations: notes attached to the units of a treaty or law.
//   - Commentary documents (`type: commentary`, `annotates: <id>`): each heading that opens with a
//     citation ("## Article 7", "## Article 7, paragraph 2", "## Artikel 7", "## § 2703 (f)") is a
//     note about that unit of the annotated document, and runs to the next heading of the same or
//     a higher level.
//   - Markdown footnotes inside a treaty or law: `[^1]` annotates the unit it stands in, and
//     `[^1]: …` holds the note.
// Pure: text in, notes out; the workspace only supplies the annotated documents.
import type { Span, Unit } from './model';
import type { DocumentModel } from './document';
import { parseReferences } from './references/grammar';
import type { ParsedReference } from './references/types';
import { resolveReference, type DocumentLookup } from './resolve';
import { truncateAtWord } from './text';
import { NOTES_HEADING } from './structure';

export interface Note {
  kind: 'commentary' | 'footnote';
  /** The document the note is written in. */
  uri: string;
  documentId: string;
  /** Commentary: the heading line; footnote: the reference `[^1]`. */
  anchorSpan: Span;
  /** Commentary: the citation inside the heading ("Article 7, paragraph 2"). */
  citationSpan: Span;
  /** The note's own text (without its heading or footnote label). */
  bodySpan: Span;
  /** What the heading says it is about, as written. */
  label: string;
  /** The unit the note is about, when it exists. */
  target?: { uri: string; documentId: string; unitId: string };
  /** Why the unit cannot be found ("… has no article 99"). */
  problem?: string;
  /** Commentary: the heading's citation as parsed (its steps carry the numbers' spans). */
  reference?: ParsedReference;
}

/** A footnote's text opening with a link back to its mark: "([<sup>1</sup>](https://eur-lex.europa.eu/…))". */
const FOOTNOTE_BACKLINK = /^[ \t]*\(\[(?:<sup>)?\d{1,4}(?:<\/sup>)?\]\([^)\s]{1,400}\)\)/;

export interface FootnoteProblem {
  code: 'footnote-undefined' | 'footnote-unused';
  span: Span;
  label: string;
  /** footnote-unused: how many footnote texts there are when none is referred to (one problem says it for all). */
  noneReferred?: number;
  /** footnote-unused: how many are not referred to where the converter marks footnotes "<sup>N</sup>" and lost some marks (one problem for them all). */
  marksLost?: number;
  /** footnote-unused with noneReferred: the notes heading over them all when only the footnotes under it lack marks ("Editorial notes"). */
  under?: string;
  /** footnote-unused: how many unreferred footnotes link back to their marks in the page they came from (one problem for them all). */
  backlinked?: number;
}

/** The notes a commentary document writes about the document it annotates. */
export function commentaryNotes(model: DocumentModel, lookup: DocumentLookup): Note[] {
  const annotatedId = model.frontMatter.annotates;
  if (model.type !== 'commentary' || !annotatedId) return [];
  const annotated = lookup.byId(annotatedId);
  const headings = model.units.filter((unit) => unit.headingDepth > 0).sort((a, b) => a.labelSpan.start - b.labelSpan.start);
  const notes: Note[] = [];
  for (const [index, unit] of headings.entries()) {
    const line = model.text.slice(unit.labelSpan.start, unit.labelSpan.end);
    const hashes = /^ {0,3}#{1,6}[ \t]*/.exec(line);
    if (!hashes) continue;
    const textStart = unit.labelSpan.start + hashes[0].length;
    const headingText = model.text.slice(textStart, unit.labelSpan.end).replace(/[ \t#]+$/, '');
    const [reference] = parseReferences(headingText, { language: model.language, offset: textStart });
    // Only a heading that opens with its citation is about a unit ("## Introduction" is not).
    if (!reference || reference.span.start !== textStart || reference.targets.length === 0) continue;
    const next = headings.slice(index + 1).find((other) => other.headingDepth <= unit.headingDepth);
    const bodyEnd = next ? next.labelSpan.start : model.text.length;
    const bodyStart = Math.min(bodyEnd, model.text.indexOf('\n', unit.labelSpan.end) < 0 ? bodyEnd : model.text.indexOf('\n', unit.labelSpan.end) + 1);
    const note: Note = {
      kind: 'commentary', uri: model.uri, documentId: model.id, anchorSpan: unit.labelSpan, citationSpan: reference.span,
      bodySpan: { start: bodyStart, end: bodyEnd }, label: reference.text, reference,
    };
    if (!annotated) {
      note.problem = `"${annotatedId}" (annotates) is not a document in the workspace`;
    } else {
      // The heading is read as the annotated document would read it: "Article 7" is its article 7.
      const resolved = resolveReference(annotated, { ...reference, unitId: '', index: 0 }, lookup);
      const target = resolved.targets[0];
      if (resolved.status === 'resolved' && target?.unitId && target.documentId) {
        const owner = lookup.byId(target.documentId);
        note.target = { uri: owner?.uri ?? annotated.uri, documentId: target.documentId, unitId: target.unitId };
      } else {
        note.problem = target?.reason ?? `${reference.text} does not exist in "${annotated.title}"`;
      }
    }
    notes.push(note);
  }
  return notes;
}

const FOOTNOTE_DEFINITION = /^ {0,3}\[\^([^\]\s]{1,100})\]:[ \t]*/;

/** Footnotes of one document: each reference annotates the innermost unit it stands in. */
export function footnoteNotes(model: DocumentModel): { notes: Note[]; problems: FootnoteProblem[] } {
  const text = model.text;
  const definitions = new Map<string, { span: Span; body: Span; heading?: string }>();
  /** The notes heading the footnotes below stand under ("## Editorial notes"), while no other heading comes. */
  let notesHeading: string | undefined;
  // Definitions: "[^1]: text", continued by indented lines.
  let lineStart = model.frontMatter.span?.end ?? 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (text.charCodeAt(lineStart) === 35 /* # */) {
      const heading = /^#{1,6}[ \t]+(.*?)[ \t#]*$/.exec(text.slice(lineStart, Math.min(lineEnd, lineStart + 120)));
      notesHeading = heading && NOTES_HEADING.test(heading[1]) ? heading[1].replace(/[*_]/g, '').trim() : undefined;
    }
    const match = FOOTNOTE_DEFINITION.exec(text.slice(lineStart, Math.min(lineEnd, lineStart + 120)));
    if (match) {
      let end = lineEnd;
      let next = lineEnd + 1;
      while (next < text.length) {
        let nextEnd = text.indexOf('\n', next);
        if (nextEnd < 0) nextEnd = text.length;
        if (!/^(?: {2,}|\t)\S/.test(text.slice(next, Math.min(nextEnd, next + 8)))) break;
        end = nextEnd;
        next = nextEnd + 1;
      }
      const label = match[1];
      if (!definitions.has(label)) definitions.set(label, { span: { start: lineStart, end: lineStart + match[0].replace(/[ \t]+$/, '').length }, body: { start: lineStart + match[0].length, end }, heading: notesHeading });
      lineStart = next;
      continue;
    }
    lineStart = lineEnd + 1;
  }
  const notes: Note[] = [];
  const problems: FootnoteProblem[] = [];
  const used = new Set<string>();
  // A reference is "[^label]" not followed by ":" (that is a definition's label).
  const pattern = /\[\^([^\]\s]{1,100})\](?!:)/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const label = match[1];
    const span = { start: match.index, end: match.index + match[0].length };
    const definition = definitions.get(label);
    if (!definition) {
      problems.push({ code: 'footnote-undefined', span, label });
      continue;
    }
    used.add(label);
    const unit = innermostUnit(model, match.index);
    notes.push({
      kind: 'footnote', uri: model.uri, documentId: model.id, anchorSpan: span, citationSpan: span, bodySpan: definition.body, label: `[^${label}]`,
      target: { uri: model.uri, documentId: model.id, unitId: unit?.id ?? '' },
    });
  }
  // "<sup>17</sup> Art. 4 Pauschale Abgabeerhebung" with "[^17]: Fassung gemäss …" below (Fedlex's PDFs as converted): the
  // superscript number refers to the footnote of that number
  const superscript = /<sup>(\d{1,4})<\/sup>/g;
  let bySuperscript = 0;
  for (let match = superscript.exec(text); match; match = superscript.exec(text)) {
    const label = match[1];
    const definition = definitions.get(label);
    if (!definition || used.has(label)) continue;
    used.add(label);
    bySuperscript++;
    const span = { start: match.index, end: match.index + match[0].length };
    const unit = innermostUnit(model, match.index);
    notes.push({
      kind: 'footnote', uri: model.uri, documentId: model.id, anchorSpan: span, citationSpan: span, bodySpan: definition.body, label: `[^${label}]`,
      target: { uri: model.uri, documentId: model.id, unitId: unit?.id ?? '' },
    });
  }
  // Footnote texts and no reference to any of them (Fedlex's pages as a converter gives them: the superscript marks lost):
  // one problem for them all, not one per footnote
  if (used.size === 0 && definitions.size > 1) {
    const [label, definition] = definitions.entries().next().value as [string, { span: Span }];
    problems.push({ code: 'footnote-unused', span: definition.span, label, noneReferred: definitions.size });
    return { notes, problems };
  }
  let unused = [...definitions].filter(([label]) => !used.has(label));
  // "… des Strafgesetzbuches . 100 Art. 57" (the same PDFs): where the marks are superscripts, a footnote whose mark the text
  // lost stands as a bare number; one note for them all, not a warning each
  if (bySuperscript > 0 && unused.length) {
    const [label, definition] = unused[0];
    problems.push({ code: 'footnote-unused', span: definition.span, label, marksLost: unused.length });
    return { notes, problems };
  }
  // "[^E0001]: ([<sup>1</sup>](https://eur-lex.europa.eu/…)) OJ C 299, …" (EUR-Lex as legalize-eu gives it): footnotes that link back
  // to their marks in the page they came from, whose marks stood in text this copy leaves out (the recitals); one note for them
  const backlinked = unused.filter(([, definition]) => FOOTNOTE_BACKLINK.test(text.slice(definition.body.start, Math.min(definition.body.end, definition.body.start + 500))));
  if (backlinked.length > 1) {
    problems.push({ code: 'footnote-unused', span: backlinked[0][1].span, label: backlinked[0][0], backlinked: backlinked.length });
    unused = unused.filter((entry) => !backlinked.includes(entry));
  }
  // "## Editorial notes" then "[^key-e09b…]: Art. 1 in force at 28.9.1999" (legislation.gov.uk as legalize-uk gives it): an editor's
  // notes whose marks the converter left out, while the text's own footnotes keep theirs; one note for them
  const underNotes = new Map<string, [string, { span: Span }][]>();
  for (const entry of unused) if (entry[1].heading) underNotes.set(entry[1].heading, [...(underNotes.get(entry[1].heading) ?? []), entry]);
  const grouped = new Set<string>();
  for (const [heading, entries] of underNotes) {
    // only where none of the footnotes under that heading is referred to
    if (entries.length !== [...definitions.values()].filter((definition) => definition.heading === heading).length) continue;
    grouped.add(heading);
    problems.push({ code: 'footnote-unused', span: entries[0][1].span, label: entries[0][0], noneReferred: entries.length, under: heading });
  }
  for (const [label, definition] of unused) if (!definition.heading || !grouped.has(definition.heading)) problems.push({ code: 'footnote-unused', span: definition.span, label });
  return { notes, problems };
}

function innermostUnit(model: DocumentModel, offset: number): Unit | undefined {
  let found: Unit | undefined;
  for (const unit of model.units) {
    // An unnumbered paragraph is not something a reader names: its article or section is.
    if (unit.kind === 'alinea') continue;
    if (unit.span.start <= offset && offset < unit.span.end && (!found || unit.span.end - unit.span.start <= found.span.end - found.span.start)) found = unit;
  }
  return found;
}

/** Every note about the units of a document, by unit id: commentaries on it and its footnotes. */
export function notesByUnit(lookup: DocumentLookup, documentId: string): Map<string, Note[]> {
  const out = new Map<string, Note[]>();
  const add = (note: Note) => {
    if (!note.target) return;
    const list = out.get(note.target.unitId);
    if (list) list.push(note);
    else out.set(note.target.unitId, [note]);
  };
  // Only the documents that annotate it or bear its id can hold its notes.
  for (const model of lookup.naming(documentId, 'annotates', 'id')) {
    if (model.type === 'commentary' && model.frontMatter.annotates === documentId) commentaryNotes(model, lookup).forEach(add);
    if (model.id === documentId) footnoteNotes(model).notes.forEach(add);
  }
  return out;
}

/** The first lines of a note, for a hover. */
export function noteExcerpt(model: DocumentModel, note: Note, maxLength: number): string {
  const text = withoutComments(model.text.slice(note.bodySpan.start, note.bodySpan.end)).replace(/\s+/g, ' ').trim();
  return truncateAtWord(text, maxLength);
}

/** The text without HTML comments (a linear scan: an unclosed "<!--" hides the rest). */
function withoutComments(text: string): string {
  let out = '';
  let position = 0;
  for (let open = text.indexOf('<!--'); open >= 0; open = text.indexOf('<!--', position)) {
    out += text.slice(position, open);
    const close = text.indexOf('-->', open + 4);
    position = close < 0 ? text.length : close + 3;
  }
  return out + text.slice(position);
}

/** What the cursor is on, as far as notes go: a note's heading, a footnote or its definition. */
export type NoteSymbol =
  | { kind: 'note-heading'; note: Note }
  | { kind: 'footnote'; note: Note }
  | { kind: 'footnote-definition'; label: string; span: Span; references: Note[] };

export function noteAt(model: DocumentModel, lookup: DocumentLookup, offset: number): NoteSymbol | undefined {
  if (model.type === 'commentary') {
    const note = commentaryNotes(model, lookup).find((n) => n.anchorSpan.start <= offset && offset <= n.anchorSpan.end);
    if (note) return { kind: 'note-heading', note };
  }
  if (!model.text.includes('[^')) return undefined;
  const { notes } = footnoteNotes(model);
  const reference = notes.find((n) => n.anchorSpan.start <= offset && offset <= n.anchorSpan.end);
  if (reference) return { kind: 'footnote', note: reference };
  const lineStart = model.text.lastIndexOf('\n', offset - 1) + 1;
  const match = FOOTNOTE_DEFINITION.exec(model.text.slice(lineStart, lineStart + 120));
  if (match && offset <= lineStart + match[0].length) {
    const label = match[1];
    return { kind: 'footnote-definition', label, span: { start: lineStart, end: lineStart + match[0].trimEnd().length }, references: notes.filter((n) => n.label === `[^${label}]`) };
  }
  return undefined;
}
