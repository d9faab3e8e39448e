// The alignment of two versions and their differences as plain data, for `treaty-lens align`
// (text and JSON) and for the closing notes of a translation review.
import type { DocumentModel } from '../document';
import type { Workspace } from '../workspace';
import { describeUnit } from '../queries';
import { alignDocuments } from './align';
import { translationDiagnostics } from './checks';

export interface AlignmentReport {
  original: { id: string; language: string; units: number };
  translation: { id: string; language: string; units: number };
  aligned: number;
  /** Pairs whose numbers differ, matched by their order. */
  byPosition: Array<{ original: string; translation: string }>;
  unaligned: Array<{ side: 'original' | 'translation'; unit: string; name: string; line: number; reason: string; topmost: boolean }>;
  differences: Array<{ code: string; severity: string; line: number; column: number; message: string }>;
}

export function alignmentReport(workspace: Workspace, original: DocumentModel, translation: DocumentModel): AlignmentReport {
  const alignment = alignDocuments(original, translation);
  const linked = translation.frontMatter.translationOf === original.id;
  const differences = linked ? translationDiagnostics(workspace, translation.uri) : [];
  return {
    original: { id: original.id, language: original.language, units: original.units.length },
    translation: { id: translation.id, language: translation.language, units: translation.units.length },
    aligned: alignment.pairs.length,
    byPosition: alignment.pairs.filter((p) => p.byPosition).map((p) => ({ original: p.original.id, translation: p.translation.id })),
    unaligned: alignment.unaligned.map((u) => ({ side: u.side, unit: u.unit.id, name: describeUnit(u.unit), line: u.unit.line + 1, reason: u.reason, topmost: u.topmost })),
    differences: differences.sort((a, b) => a.span.start - b.span.start).map((d) => {
      const position = translation.lines.position(d.span.start);
      return { code: d.code, severity: d.severity, line: position.line + 1, column: position.character + 1, message: d.message };
    }),
  };
}

/** The report as a person reads it. */
export function formatAlignmentReport(report: AlignmentReport, translationPath: string): string {
  const lines: string[] = [];
  const { original, translation } = report;
  lines.push(`${original.id} (${original.language}, ${original.units} units) ↔ ${translation.id} (${translation.language}, ${translation.units} units)`);
  const missing = report.unaligned.filter((u) => u.side === 'original');
  const extra = report.unaligned.filter((u) => u.side === 'translation');
  lines.push(`aligned: ${report.aligned} pairs; without counterpart: ${missing.length} of the original, ${extra.length} of the translation` +
    (report.byPosition.length ? `; ${report.byPosition.length} paired by order (numbered differently)` : ''));
  for (const u of report.unaligned.filter((entry) => entry.topmost)) lines.push(`  ${u.side === 'original' ? 'missing' : 'extra'}: ${u.reason} (line ${u.line} of the ${u.side})`);
  if (report.differences.length) {
    lines.push(`differences: ${report.differences.length}`);
    for (const d of report.differences) lines.push(`  ${translationPath}:${d.line}:${d.column}: ${d.severity} ${d.code}: ${d.message}`);
  } else {
    lines.push('differences: none');
  }
  return lines.join('\n') + '\n';
}
