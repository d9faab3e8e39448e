// One document in a workspace of its own, as the tests on real laws read it: what the checks report, how a citation
// resolves, which units the document has.
import * as assert from 'node:assert';
import { checkDocument } from '../../server/src/engine/checks';
import { uriOf, workspaceOf } from './workspace';

export interface OneDocument {
  /** The workspace and the document's model for `text` put after the front matter. */
  read(text: string): { workspace: ReturnType<typeof workspaceOf>; model: NonNullable<ReturnType<ReturnType<typeof workspaceOf>['get']>> };
  /** The messages of the diagnostics of one code. */
  problems(text: string, code: string): string[];
  /** The messages of the broken-reference diagnostics: the false errors the tests on real laws guard against. */
  broken(text: string): string[];
  /** The resolved citation whose text is `cited` (or starts with it, `prefix`); fails the test when there is none. */
  citation(text: string, cited: string, prefix?: boolean): ReturnType<ReturnType<typeof workspaceOf>['resolved']>[number];
  /** The document's unit ids. */
  unitIds(text: string): string[];
}

/** Tests of one document `fileName` whose text starts with `front` (front matter and title). */
export function oneDocument(fileName: string, front: string): OneDocument {
  const uri = uriOf(fileName);
  const read = (text: string) => {
    const workspace = workspaceOf({ [fileName]: front + text });
    return { workspace, model: workspace.get(uri)! };
  };
  return {
    read,
    problems: (text, code) => checkDocument(read(text).workspace, uri).filter((d) => d.code === code).map((d) => d.message),
    broken: (text) => checkDocument(read(text).workspace, uri).filter((d) => d.code === 'broken-reference').map((d) => d.message),
    citation: (text, cited, prefix = false) => {
      const resolved = read(text).workspace.resolved(uri);
      const found = resolved.find((r) => (prefix ? r.reference.text.startsWith(cited) : r.reference.text === cited));
      assert.ok(found, `no citation "${cited}" among ${resolved.map((r) => r.reference.text).join(' | ')}`);
      return found;
    },
    unitIds: (text) => read(text).model.units.map((u) => u.id),
  };
}
