// A whole law in a workspace of its own, its citations found by their text and the line they stand on: how the tests on laws
// given verbatim (Japan's, Korea's) ask what a citation resolves to.
import * as assert from 'node:assert';
import type { ResolvedReference } from '../../server/src/engine/resolve';
import { uriOf, workspaceOf } from './workspace';

export const LAW_URI = uriOf('law.md');

/** The workspace of `text` alone, as law.md, and its model. */
export function readLaw(text: string) {
  const workspace = workspaceOf({ 'law.md': text });
  return { workspace, model: workspace.get(LAW_URI)! };
}

/** The citations whose text is `cited`, with the line they stand on (1-based), and what each resolves to (unit ids or statuses). */
export function citations(text: string, cited: string): { reference: ResolvedReference; line: number; units: string[] }[] {
  const { workspace, model } = readLaw(text);
  return workspace.resolved(LAW_URI).filter((r) => r.reference.text === cited).map((r) => ({
    reference: r, line: model.text.slice(0, r.reference.span.start).split('\n').length,
    units: r.targets.map((t) => (t.status === 'resolved' ? t.unitId ?? '' : t.status)),
  }));
}

/** The one citation `cited` on `line`; fails the test when there is not exactly one. */
export function citationOn(text: string, cited: string, line: number): { reference: ResolvedReference; units: string[] } {
  const found = citations(text, cited).filter((c) => c.line === line);
  assert.strictEqual(found.length, 1, `"${cited}" on line ${line}: ${found.length} (${citations(text, cited).map((c) => c.line).join(', ')})`);
  return found[0];
}

/** Why each target of a citation is not checked or not found ('' for one resolved). */
export const reasons = (reference: ResolvedReference) => reference.targets.map((t) => (t.status === 'external' || t.status === 'unresolved' ? t.reason ?? '' : ''));
