// treaty-lens export: a static HTML site of the workspace, or its reference graph.
import { promises as fs } from 'node:fs';
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { loadWorkspace } from '../node/loadWorkspace';
import type { Workspace } from '../engine/workspace';
import type { DocumentModel } from '../engine/document';
import type { Unit } from '../engine/model';
import { corpusDocuments, describeUnit } from '../engine/queries';
import { noteExcerpt, notesByUnit } from '../engine/annotations';
import { commandArgs, stringOption, UsageError, type OptionSpec } from './args';
import { gapNoteStart } from '../engine/comments';
import { terminalProgress } from './terminal';

export const EXPORT_HELP = `treaty-lens export <html|graph> … [options]

  treaty-lens export html <folder|file …> -o <dir>
      A static HTML site: index.html and one page per document. Every resolved citation
      is a link (other.html#art_7), every use of a defined term shows its definition on
      hover (<abbr title>, no script), every unit has its id as anchor. Document text is
      escaped; pages carry a strict Content-Security-Policy (no script at all).

  treaty-lens export graph <folder|file …> [--format json|graphml] [-o file]
      The reference graph for research: nodes are documents and units, edges are
      citations from the citing unit to the cited unit, with counts. Default format json,
      default output stdout.

Exit status: 0 written; 1 nothing could be read or written; 2 bad usage.

Run "treaty-lens export html --help" or "treaty-lens export graph --help" for one of them.`;

const HTML_HELP = `treaty-lens export html <folder|file …> -o <dir>

Writes <dir>/index.html and <dir>/<document id>.html for every document.
  -o, --output DIR   folder to write (created if missing; required)
  -h, --help         this help
Example: treaty-lens export html corpus -o site && open site/index.html`;

const GRAPH_HELP = `treaty-lens export graph <folder|file …> [--format json|graphml] [-o file]

Nodes: {id: "doc" or "doc#unit", type: document|unit, document, kind, label, title}.
Edges: {source, target, count}: citations from a unit (or the document, outside any unit)
to a unit or a whole document, counted. Citations of documents outside the workspace
are left out (their number is in the JSON "external" field).
  --format json|graphml   default json
  -o, --output FILE       default stdout
  -h, --help              this help
Example: treaty-lens export graph corpus --format graphml -o corpus.graphml`;

export async function runExport(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (!sub || sub === '--help' || sub === '-h' || sub === 'help') {
    process.stdout.write(EXPORT_HELP + '\n');
    return sub ? 0 : 2;
  }
  if (sub !== 'html' && sub !== 'graph') {
    process.stderr.write(`treaty-lens export: unknown export "${sub}" (html or graph)\n`);
    return 2;
  }
  const spec: OptionSpec = sub === 'html' ? { output: { type: 'string', short: 'o' } } : { output: { type: 'string', short: 'o' }, format: { type: 'string' } };
  const parsed = commandArgs(`export ${sub}`, rest, spec, sub === 'html' ? HTML_HELP : GRAPH_HELP, (parsed) => {
    if (!parsed.positional.length) throw new UsageError('name a folder or file to export');
    if (sub === 'html' && !stringOption(parsed, 'output')) throw new UsageError('name the output folder with -o <dir>');
    const format = stringOption(parsed, 'format') ?? 'json';
    if (sub === 'graph' && format !== 'json' && format !== 'graphml') throw new UsageError(`unknown format "${format}" (json or graphml)`);
  });
  if (typeof parsed === 'number') return parsed;
  const output = stringOption(parsed, 'output');
  const progress = terminalProgress();
  const { workspace, errors } = await loadWorkspace(parsed.positional, { onProgress: (done, total) => progress.update('reading', done, total) });
  progress.clear();
  for (const error of errors) process.stderr.write(`treaty-lens: ${error.message}\n`);
  if (workspace.size === 0) {
    process.stderr.write(`treaty-lens export ${sub}: no markdown documents could be read\n`);
    return 1;
  }
  try {
    if (sub === 'html') {
      const pages = exportHtml(workspace, (done, total) => progress.update('rendering', done, total));
      await fs.mkdir(output!, { recursive: true });
      for (const [name, html] of pages) await fs.writeFile(path.join(output!, name), html, 'utf8');
      progress.clear();
      process.stderr.write(`treaty-lens export html: wrote ${pages.size} pages to ${output}\n`);
    } else {
      const graph = referenceGraph(workspace);
      const text = stringOption(parsed, 'format') === 'graphml' ? toGraphml(graph) : JSON.stringify(graph, null, 2) + '\n';
      if (output) await fs.writeFile(output, text, 'utf8');
      else process.stdout.write(text);
      if (output) process.stderr.write(`treaty-lens export graph: ${graph.nodes.length} nodes, ${graph.edges.length} edges → ${output}\n`);
    }
  } catch (error) {
    process.stderr.write(`treaty-lens export ${sub}: cannot write ${output}: ${(error as Error).message}\n`);
    return 1;
  }
  return errors.length ? 1 : 0;
}

// ---------------------------------------------------------------- HTML

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A file name for a document id: letters, digits, '.', '_' and '-' only. */
export function pageName(id: string): string {
  return (id.replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^\.+/, '_') || 'document') + '.html';
}

/**
 * One page name per document, never the same for two documents ("a/b" and "a_b"), never the
 * site's own index.html, and distinct on case-insensitive file systems: a "-2" suffix breaks ties.
 */
export function pageNames(ids: string[]): Map<string, string> {
  const names = new Map<string, string>();
  const taken = new Set<string>(['index.html']);
  for (const id of [...ids].sort()) {
    const base = pageName(id).slice(0, -'.html'.length);
    let name = `${base}.html`;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}-${n}.html`;
    taken.add(name.toLowerCase());
    names.set(id, name);
  }
  return names;
}

const STYLE = `body{font:16px/1.5 Georgia,serif;max-width:46em;margin:2em auto;padding:0 1em;color:#222}
h1,h2,h3,h4,h5,h6{font-family:system-ui,sans-serif;line-height:1.25}
a{color:#0645ad}abbr[title]{text-decoration:underline dotted;cursor:help}dfn{font-style:normal;font-weight:bold}
.meta{color:#555;font-size:.9em}.gap{color:#888;font-style:italic}.unresolved{text-decoration:underline wavy #c00}
:target{background:#fff3b0}aside.notes{border-left:3px solid #c9b458;background:#fbf8ea;margin:.5em 0 1em;padding:.2em .8em;font-size:.9em}nav a{margin-right:1em}p,li,h1,h2,h3,h4,h5,h6{overflow-wrap:break-word}
body.wide{max-width:72em}.scroll{overflow-x:auto}table{border-collapse:collapse;width:100%}
td,th{padding:.3em .6em;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}th{font-family:system-ui,sans-serif;font-size:.85em}
td.n,th.n{text-align:right}td.n{white-space:nowrap}`;
const STYLE_HASH = createHash('sha256').update(STYLE).digest('base64');
const CSP = `default-src 'none'; style-src 'sha256-${STYLE_HASH}'; img-src 'none'; base-uri 'none'; form-action 'none'`;

function page(title: string, lang: string, body: string, bodyClass = ''): string {
  const dir = /^(ar|fa|he|ur)\b/.test(lang) ? ' dir="rtl"' : '';
  return `<!DOCTYPE html>
<html lang="${escapeHtml(lang)}"${dir}>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body${bodyClass ? ` class="${bodyClass}"` : ''}>
${body}
</body>
</html>
`;
}

interface Annotation { start: number; end: number; open: string; close: string }

export function exportHtml(workspace: Workspace, onProgress?: (done: number, total: number) => void): Map<string, string> {
  const pages = new Map<string, string>();
  const models = corpusDocuments(workspace).sort((a, b) => a.id.localeCompare(b.id));
  const names = pageNames(models.map((m) => m.id));
  const rows = models.map((m) => `<tr><td><a href="${escapeHtml(names.get(m.id)!)}">${escapeHtml(m.title)}</a></td><td>${escapeHtml(m.id)}</td><td>${escapeHtml(m.type)}</td><td>${escapeHtml(m.language)}</td><td class="n">${m.units.filter((u) => u.citable).length}</td><td class="n">${m.definitions.length}</td><td class="n">${m.references.length}</td></tr>`).join('\n');
  pages.set('index.html', page('Treaty Lens', 'en', `<h1>Documents</h1>
<div class="scroll"><table><thead><tr><th>Title</th><th>Id</th><th>Type</th><th>Language</th><th class="n">Articles / sections</th><th class="n">Definitions</th><th class="n">Citations</th></tr></thead>
<tbody>
${rows}
</tbody></table></div>`, 'wide'));
  for (const [done, model] of models.entries()) {
    onProgress?.(done + 1, models.length);
    pages.set(names.get(model.id)!, documentPage(workspace, model, names));
  }
  return pages;
}

function documentPage(workspace: Workspace, model: DocumentModel, names: Map<string, string>): string {
  const text = model.text;
  const annotations: Annotation[] = [];
  for (const resolved of workspace.resolved(model.uri)) {
    for (const target of resolved.targets) {
      if (target.span.end <= target.span.start) continue;
      // The whole citation is the link ("article 2", not "2"), unless it names several targets.
      const whole = resolved.reference.span;
      const span = resolved.targets.length === 1 && !text.slice(whole.start, whole.end).includes('\n') ? whole : target.span;
      if (target.status === 'resolved' && target.documentId !== undefined) {
        const href = (target.documentId === model.id ? '' : names.get(target.documentId) ?? pageName(target.documentId)) + (target.unitId ? `#${target.unitId}` : (target.documentId === model.id ? '#top' : ''));
        const other = workspace.byId(target.documentId);
        const unit = other?.unitsById.get(target.unitId ?? '');
        const hint = `${other?.title ?? target.documentId}${unit ? ', ' + describeUnit(unit) : ''}`;
        annotations.push({ start: span.start, end: span.end, open: `<a href="${escapeHtml(href)}" title="${escapeHtml(hint)}">`, close: '</a>' });
      } else if (target.status === 'unresolved') {
        annotations.push({ start: span.start, end: span.end, open: `<span class="unresolved" title="${escapeHtml(target.reason ?? 'unresolved')}">`, close: '</span>' });
      }
    }
  }
  for (const use of workspace.termUses(model.uri)) {
    const { definition } = use.definition;
    if (use.isDefinition) {
      annotations.push({ start: use.span.start, end: use.span.end, open: `<dfn id="def-${escapeHtml(slug(definition.key))}">`, close: '</dfn>' });
    } else {
      const owner = use.definition.model;
      const source = owner === model ? '' : ` (${owner.title})`;
      annotations.push({ start: use.span.start, end: use.span.end, open: `<abbr title="${escapeHtml(`“${definition.term}”${source}: ${definition.body}`)}">`, close: '</abbr>' });
    }
  }
  annotations.sort((a, b) => a.start - b.start || b.end - a.end);

  // Unit anchors: headings get the id; numbered paragraphs get it on their paragraph.
  const anchorAt = new Map<number, Unit>();
  for (const unit of model.units) anchorAt.set(unit.labelSpan.start, unit);

  const bodyStart = model.frontMatter.span?.end ?? 0;
  const blocks: string[] = [];
  // The notes about a unit (commentaries, footnotes) stand beside it, escaped like all text.
  const notes = notesByUnit(workspace, model.id);
  const notesAside = (unitId: string): string[] => {
    const list = notes.get(unitId);
    if (!list) return [];
    return [`<aside class="notes">${list.map((note) => {
      const source = workspace.get(note.uri)!;
      const from = note.kind === 'footnote' ? `Footnote ${note.label}` : (source.frontMatter.shortTitle ?? source.title);
      const href = note.kind === 'footnote' ? '' : `${names.get(source.id) ?? pageName(source.id)}`;
      const title = href ? `<a href="${escapeHtml(href)}">${escapeHtml(from)}</a>` : escapeHtml(from);
      return `<p><b>${title}</b>: ${escapeHtml(noteExcerpt(source, note, 600))}</p>`;
    }).join('')}</aside>`];
  };
  const fm = model.frontMatter;
  const meta = [fm.type !== 'unknown' ? fm.type : '', model.language, fm.implements.length ? `implements ${fm.implements.join(', ')}` : '',
    fm.translationOf ? `translation of ${fm.translationOf}` : '', fm.incorporates.length ? `incorporates ${fm.incorporates.join(', ')}` : ''].filter(Boolean).join(' · ');
  blocks.push(`<nav><a href="index.html">All documents</a></nav>`, `<p class="meta" id="top">${escapeHtml(model.id)} · ${escapeHtml(meta)}</p>`);
  let annotationIndex = 0;
  // Paragraphs: runs of non-blank lines.
  const re = /(?:^|\n)((?:[^\n]*\S[^\n]*(?:\n|$))+)/g;
  re.lastIndex = bodyStart;
  let match: RegExpExecArray | null;
  while ((match = re.exec(text))) {
    const blockStart = match.index + match[0].length - match[1].length;
    const blockEnd = blockStart + match[1].replace(/\n$/, '').length;
    if (blockStart < bodyStart) continue;
    const raw = text.slice(blockStart, blockEnd);
    const trimmed = raw.trim();
    const comment = trimmed.startsWith('<!--') && trimmed.endsWith('-->');
    const noteStart = comment ? gapNoteStart(trimmed, 0, { colonRequired: true, ignoreCase: false }) : -1;
    if (noteStart >= 0 && noteStart <= trimmed.length - 3) { blocks.push(`<p class="gap">[gap: ${escapeHtml(trimmed.slice(noteStart, -3).trim())}]</p>`); continue; }
    if (comment && trimmed.length >= 7) continue;
    // Each line of a block may be a heading or a list item; other lines join the paragraph.
    let lineStart = blockStart;
    let paragraph: string[] = [];
    let paragraphId: string | undefined;
    const flush = () => {
      if (paragraph.length) blocks.push(`<p${paragraphId ? ` id="${escapeHtml(paragraphId)}"` : ''}>${paragraph.join('<br>\n')}</p>`);
      if (paragraph.length && paragraphId) blocks.push(...notesAside(paragraphId));
      paragraph = [];
      paragraphId = undefined;
    };
    for (const line of raw.split('\n')) {
      const lineEnd = lineStart + line.length;
      const heading = /^(#{1,6})\s+/.exec(line);
      const contentStart = lineStart + (heading ? heading[0].length : (/^\s*(?:[-*+]\s+)?/.exec(line)?.[0].length ?? 0));
      while (annotationIndex < annotations.length && annotations[annotationIndex].end <= lineStart) annotationIndex++;
      const inner = renderSpan(text, contentStart, lineEnd, annotations, annotationIndex);
      const unit = anchorAt.get(lineStart) ?? anchorAt.get(contentStart);
      if (heading) {
        flush();
        const level = heading[1].length;
        blocks.push(`<h${level}${unit ? ` id="${escapeHtml(unit.id)}"` : ''}>${inner}</h${level}>`);
        if (unit) blocks.push(...notesAside(unit.id));
      } else {
        if (/^\s*[-*+]\s+/.test(line)) flush();
        if (unit && paragraph.length) flush();
        if (unit && !paragraphId) paragraphId = unit.id;
        paragraph.push(inner);
      }
      lineStart = lineEnd + 1;
    }
    flush();
  }
  return page(model.title, model.language, blocks.join('\n'));
}

/** Escaped text of [start, end) with the annotations that fall inside it (overlaps skipped). */
function renderSpan(text: string, start: number, end: number, annotations: Annotation[], from: number): string {
  let out = '';
  let position = start;
  for (let i = from; i < annotations.length; i++) {
    const a = annotations[i];
    if (a.start >= end) break;
    if (a.start < position || a.end > end) continue;
    out += escapeHtml(text.slice(position, a.start)) + a.open + escapeHtml(text.slice(a.start, a.end)) + a.close;
    position = a.end;
  }
  return out + escapeHtml(text.slice(position, end));
}

const slug = (key: string) => key.replace(/[^\p{L}\p{N}]+/gu, '-');

// ---------------------------------------------------------------- graph

export interface GraphNode { id: string; type: 'document' | 'unit'; document: string; kind: string; label: string; title?: string; language?: string }
export interface GraphEdge { source: string; target: string; count: number }
export interface ReferenceGraph { nodes: GraphNode[]; edges: GraphEdge[]; external: number; unresolved: number }

export function referenceGraph(workspace: Workspace): ReferenceGraph {
  const nodes: GraphNode[] = [];
  const edges = new Map<string, GraphEdge>();
  let external = 0;
  let unresolved = 0;
  const models = corpusDocuments(workspace).sort((a, b) => a.id.localeCompare(b.id));
  for (const model of models) {
    nodes.push({ id: model.id, type: 'document', document: model.id, kind: model.type, label: model.title, title: model.title, language: model.language });
    for (const unit of model.units) nodes.push({ id: `${model.id}#${unit.id}`, type: 'unit', document: model.id, kind: unit.kind, label: describeUnit(unit), ...(unit.title ? { title: unit.title } : {}) });
  }
  for (const model of models) {
    for (const resolved of workspace.resolved(model.uri)) {
      const source = resolved.reference.unitId ? `${model.id}#${resolved.reference.unitId}` : model.id;
      for (const target of resolved.targets) {
        if (target.status === 'external') { external++; continue; }
        if (target.status !== 'resolved' || !target.documentId) { unresolved++; continue; }
        const to = target.unitId ? `${target.documentId}#${target.unitId}` : target.documentId;
        const key = `${source}\u0000${to}`;
        const edge = edges.get(key);
        if (edge) edge.count++;
        else edges.set(key, { source, target: to, count: 1 });
      }
    }
  }
  return { nodes, edges: [...edges.values()], external, unresolved };
}

const xml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!)
  // Characters XML 1.0 forbids.
  .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
  // A lone surrogate (half of a broken character, e.g. from invalid UTF-16) cannot be encoded in
  // UTF-8: the replacement character stands for it.
  .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');

export function toGraphml(graph: ReferenceGraph): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="type" for="node" attr.name="type" attr.type="string"/>',
    '  <key id="document" for="node" attr.name="document" attr.type="string"/>',
    '  <key id="kind" for="node" attr.name="kind" attr.type="string"/>',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="title" for="node" attr.name="title" attr.type="string"/>',
    '  <key id="count" for="edge" attr.name="count" attr.type="int"/>',
    '  <graph id="references" edgedefault="directed">'];
  for (const node of graph.nodes) {
    out.push(`    <node id="${xml(node.id)}"><data key="type">${node.type}</data><data key="document">${xml(node.document)}</data><data key="kind">${xml(node.kind)}</data><data key="label">${xml(node.label)}</data>${node.title ? `<data key="title">${xml(node.title)}</data>` : ''}</node>`);
  }
  graph.edges.forEach((edge, index) => {
    out.push(`    <edge id="e${index}" source="${xml(edge.source)}" target="${xml(edge.target)}"><data key="count">${edge.count}</data></edge>`);
  });
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
