// Notes that point nowhere: a commentary heading naming a unit that does not exist, a footnote
// reference without its text, a footnote text that nothing refers to.
import type { Workspace } from '../workspace';
import type { EngineDiagnostic } from './types';
import { commentaryNotes, footnoteNotes } from '../annotations';

export function annotationDiagnostics(workspace: Workspace, uri: string): EngineDiagnostic[] {
  const model = workspace.get(uri);
  if (!model) return [];
  const out: EngineDiagnostic[] = [];
  for (const note of commentaryNotes(model, workspace)) {
    if (!note.problem) continue;
    out.push({
      code: 'note-target-missing', severity: 'error', span: note.citationSpan, related: [],
      message: `This note is about "${note.label}", but ${note.problem}.`,
    });
  }
  if (!model.text.includes('[^')) return out;
  for (const problem of footnoteNotes(model).problems) {
    out.push(problem.code === 'footnote-undefined'
      ? { code: problem.code, severity: 'warning', span: problem.span, related: [], message: `Footnote [^${problem.label}] has no text: add a line "[^${problem.label}]: …".` }
      : problem.noneReferred
        ? { code: problem.code, severity: 'information', span: problem.span, related: [], message: problem.under
          ? `${problem.noneReferred === 1 ? 'The footnote text' : `None of the ${problem.noneReferred} footnote texts`} under "${problem.under}" ${problem.noneReferred === 1 ? 'is not' : 'is'} referred to in the text (no "[^…]" mark for ${problem.noneReferred === 1 ? 'it' : 'them'} stands in it): an editor's notes, whose marks may have been lost in conversion.`
          : `None of the ${problem.noneReferred} footnote texts is referred to in the text (no "[^…]" mark stands in it): the marks may have been lost in conversion.` }
        : problem.backlinked
          ? { code: problem.code, severity: 'information', span: problem.span, related: [], message: `${problem.backlinked} footnotes, the first [^${problem.label}], link back to their marks in the page they came from, and none of those marks stands in this text: the part that held them (a preamble or recitals) seems to have been left out in conversion.` }
        : problem.marksLost
          ? { code: problem.code, severity: 'information', span: problem.span, related: [], message: `${problem.marksLost === 1 ? `Footnote [^${problem.label}] is` : `${problem.marksLost} footnotes, the first [^${problem.label}], are`} not referred to by a "<sup>…</sup>" mark as the others are: the marks may have been lost in conversion (a bare number in the text).` }
          : { code: problem.code, severity: 'warning', span: problem.span, related: [], message: `Footnote [^${problem.label}] is never referred to in the text.` });
  }
  return out;
}
