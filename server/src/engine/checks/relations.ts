// Relations to documents that are not in the workspace: a law that `implements` a treaty the
// workspace lacks would otherwise check nothing against it, and say "0 problems".
import type { FrontMatter, Span } from '../model';
import type { Workspace } from '../workspace';
import type { EngineDiagnostic } from './types';

const RELATIONS: Array<{ keys: string[]; ids: (fm: FrontMatter) => string[] }> = [
  { keys: ['implements'], ids: (fm) => fm.implements },
  { keys: ['translation-of', 'translationOf'], ids: (fm) => (fm.translationOf ? [fm.translationOf] : []) },
  { keys: ['supplements'], ids: (fm) => fm.supplements },
  { keys: ['incorporates'], ids: (fm) => fm.incorporates },
];

export function relationDiagnostics(workspace: Workspace, uri: string): EngineDiagnostic[] {
  const model = workspace.get(uri);
  const frontMatter = model?.frontMatter.span;
  if (!model || !frontMatter) return [];
  const out: EngineDiagnostic[] = [];
  for (const relation of RELATIONS) {
    for (const id of relation.ids(model.frontMatter)) {
      if (workspace.byId(id)) continue;
      const key = relation.keys.find((k) => keyLine(model.text, frontMatter, k)) ?? relation.keys[0];
      out.push({
        code: 'related-document-missing',
        severity: 'warning',
        span: idSpan(model.text, frontMatter, key, id),
        message: `"${id}" (${key}) is not a document in the workspace: citations of it are not checked and its definitions are not compared. Add it to the workspace, or correct the id.`,
        related: [],
      });
    }
  }
  return out;
}

/** The line `key:` in the front matter, as a span. */
function keyLine(text: string, frontMatter: Span, key: string): Span | undefined {
  const body = text.slice(frontMatter.start, frontMatter.end);
  const found = new RegExp(`^${key.replace(/[-]/g, '\\-')}\\s*:`, 'm').exec(body);
  if (!found) return undefined;
  const start = frontMatter.start + found.index;
  const end = text.indexOf('\n', start);
  return { start, end: end < 0 || end > frontMatter.end ? frontMatter.end : end };
}

/** The id as written after its key (on the key's line or in the list below it), else the key's line. */
function idSpan(text: string, frontMatter: Span, key: string, id: string): Span {
  const line = keyLine(text, frontMatter, key);
  if (!line) return { start: frontMatter.start, end: Math.min(frontMatter.end, text.indexOf('\n', frontMatter.start) + 1 || frontMatter.end) };
  // The value runs to the next top-level key.
  const rest = text.slice(line.start, frontMatter.end);
  const next = /\n[^\s#-][^\n]*:/.exec(rest.slice(line.end - line.start));
  const value = next ? rest.slice(0, line.end - line.start + next.index) : rest;
  const at = value.indexOf(id);
  return at >= 0 ? { start: line.start + at, end: line.start + at + id.length } : line;
}
