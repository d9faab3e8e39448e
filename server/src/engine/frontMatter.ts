// YAML front matter: the document's identity and its relations to other documents.
import { parseDocument as parseYaml } from 'yaml';
import type { DocumentType, FrontMatter, Problem, Span } from './model';

const DOCUMENT_TYPES: DocumentType[] = ['treaty', 'law', 'commentary'];

/**
 * The kinds of instrument converters write in a `type:` field of their own ("type: act", "type: regulation": Justice Canada's
 * laws as XYOca/laws-lois-markdown gives them), read as the type they are: every one of them is a law or a treaty.
 */
const TYPE_SYNONYMS: Record<string, DocumentType> = Object.fromEntries([
  ...['act', 'statute', 'regulation', 'regulations', 'decree', 'ordinance', 'code', 'order', 'rule', 'rules', 'bylaw', 'by-law', 'constitution', 'directive']
    .map((word) => [word, 'law' as DocumentType]),
  ...['convention', 'agreement', 'protocol', 'covenant'].map((word) => [word, 'treaty' as DocumentType]),
]);

/** Finds the `---` fenced block at the very top of the text (after an optional BOM). */
export function findFrontMatter(text: string): { span: Span; body: Span } | undefined {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!text.startsWith('---', bom)) return undefined;
  const firstLineEnd = text.indexOf('\n', bom);
  if (firstLineEnd < 0 || text.slice(bom, firstLineEnd).trim() !== '---') return undefined;
  let lineStart = firstLineEnd + 1;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    if (line === '---' || line === '...') {
      return { span: { start: 0, end: lineEnd }, body: { start: firstLineEnd + 1, end: lineStart } };
    }
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + 1;
  }
  return undefined;
}

function asString(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  return undefined;
}

function asList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(asString).filter((v): v is string => !!v);
  const single = asString(value);
  return single ? [single] : [];
}

/** Where line `line` (0-based) of `text` starts. */
function lineOffset(text: string, line: number): number {
  let offset = 0;
  for (let k = 0; k < line; k++) offset = text.indexOf('\n', offset) + 1;
  return offset;
}

/** A mapping line whose value opens a quote it does not close on that line: `key: "words …`. */
const OPENS_QUOTE = /^[\w-]+:[ \t]+(["'])/;

/**
 * The front matter with the unindented lines of a quoted value that runs on indented by two spaces,
 * and the first such line; undefined when there is none.
 */
function indentQuotedContinuations(yamlText: string): { text: string; firstLine: number } | undefined {
  const lines = yamlText.split('\n');
  let open: string | undefined;
  let firstLine = -1;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k];
    if (open) {
      if (line && !/^[ \t]/.test(line)) {
        lines[k] = '  ' + line;
        if (firstLine < 0) firstLine = k;
      }
      if (closesQuote(line, open)) open = undefined;
      continue;
    }
    const opening = OPENS_QUOTE.exec(line);
    if (opening && !closesQuote(line.slice(opening[0].length), opening[1])) open = opening[1];
  }
  return firstLine < 0 ? undefined : { text: lines.join('\n'), firstLine };
}

/** Whether a quote of that kind closes in `rest` ("\"" and "''" escape one). */
function closesQuote(rest: string, quote: string): boolean {
  const unescaped = quote === '"' ? rest.replace(/\\./g, '') : rest.replace(/''/g, '');
  return unescaped.includes(quote);
}

export function parseFrontMatter(text: string): { frontMatter: FrontMatter; problems: Problem[] } {
  const problems: Problem[] = [];
  const empty: FrontMatter = { type: 'unknown', aliases: [], implements: [], supplements: [], incorporates: [], raw: {} };
  const found = findFrontMatter(text);
  if (!found) {
    if (text.startsWith('---')) {
      problems.push({ code: 'front-matter-unclosed', severity: 'error', span: { start: 0, end: 3 },
        message: 'The front matter starts with "---" but has no closing "---" line; the document is read without it.' });
    }
    return { frontMatter: empty, problems };
  }
  const yamlText = text.slice(found.body.start, found.body.end);
  let raw: Record<string, unknown> = {};
  // The yaml library makes an Error per bad line (572 for 8 KB of hostile text); their stack traces
  // are never shown and made the collector grow superlinearly (×3.5 per doubling in a large heap).
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let doc: ReturnType<typeof parseYaml>;
  let lenient: { doc: ReturnType<typeof parseYaml>; line: number } | undefined;
  try {
    doc = parseYaml(yamlText, { prettyErrors: false, uniqueKeys: false });
    // "department: "SANGUINETTI - … ALBERTO\nRODRIGUEZ NIN - …"" (a converter's front matter): a quoted
    // value run onto lines with no indentation, which YAML wants indented; most readers take it.
    const indented = doc.errors.length > 0 ? indentQuotedContinuations(yamlText) : undefined;
    if (indented) {
      const again = parseYaml(indented.text, { prettyErrors: false, uniqueKeys: false });
      if (again.errors.length === 0) lenient = { doc: again, line: indented.firstLine };
    }
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  if (lenient) {
    doc = lenient.doc;
    const offset = found.body.start + lineOffset(yamlText, lenient.line);
    problems.push({ code: 'front-matter-lenient', severity: 'warning', span: { start: offset, end: Math.min(offset + 1, text.length) },
      message: 'A quoted value in the front matter goes on in a line without indentation, which YAML does not allow; it is read as one value. Indent the line to silence this.' });
  }
  if (doc.errors.length > 0) {
    for (const error of doc.errors.slice(0, 5)) {
      const offset = found.body.start + (error.pos?.[0] ?? 0);
      problems.push({ code: 'front-matter-invalid', severity: 'error', span: { start: offset, end: Math.min(offset + 1, text.length) },
        message: `The front matter is not valid YAML: ${error.message.split('\n')[0]}` });
    }
  } else {
    // ("title: *Draft* of …": a value opening with "*" is a YAML alias, which the library throws on when it names no anchor)
    let value: unknown;
    let unreadable: string | undefined;
    try {
      value = doc.toJS({ maxAliasCount: 50 });
    } catch (error) {
      unreadable = (error as Error).message.split('\n')[0].slice(0, 120);
    }
    if (unreadable !== undefined) {
      problems.push({ code: 'front-matter-invalid', severity: 'error', span: found.span,
        message: `The front matter is not valid YAML: ${unreadable} (a value that opens with "*" or "&" needs quotes).` });
    } else if (value && typeof value === 'object' && !Array.isArray(value)) raw = value as Record<string, unknown>;
    else if (value !== null && value !== undefined) {
      problems.push({ code: 'front-matter-invalid', severity: 'error', span: found.span,
        message: 'The front matter must be a YAML mapping of keys (id, title, type, language, …).' });
    }
  }
  const typeText = asString(raw.type)?.toLowerCase();
  // legalize-kr's keys, in Korean: "법령ID: '014474'", "제목: 정당법", "법령구분: 법률" (or 대통령령, 부령 …: a law all the same)
  const korean = typeText === undefined && raw['법령구분'] !== undefined;
  let type: DocumentType = korean ? 'law' : 'unknown';
  if (typeText) {
    if ((DOCUMENT_TYPES as string[]).includes(typeText)) type = typeText as DocumentType;
    else if (Object.hasOwn(TYPE_SYNONYMS, typeText)) type = TYPE_SYNONYMS[typeText];
    else problems.push({ code: 'front-matter-type', severity: 'warning', span: found.span,
      message: `Unknown document type "${typeText}": use treaty, law or commentary.` });
  }
  const frontMatter: FrontMatter = {
    // "identifier: LEY-30096-2013" (legalize's converters): an id in all but name, where it is one (no URL or free text)
    // "identificador:" (the same converters' Spanish key, Chile's and Colombia's laws)
    id: asString(raw.id) ?? asString(raw.identifier ?? raw.identificador ?? raw['법령ID'])?.match(/^[\p{L}\p{N}][\p{L}\p{N}._-]{0,99}$/u)?.[0],
    title: asString(raw.title ?? raw['제목']),
    shortTitle: asString(raw['short-title'] ?? raw.shortTitle),
    type,
    language: asString(raw.language ?? raw.lang)?.toLowerCase(),
    aliases: asList(raw.aliases),
    implements: asList(raw.implements),
    translationOf: asString(raw['translation-of'] ?? raw.translationOf),
    annotates: asString(raw.annotates),
    supplements: asList(raw.supplements),
    incorporates: asList(raw.incorporates),
    raw,
    span: found.span,
  };
  return { frontMatter, problems };
}
