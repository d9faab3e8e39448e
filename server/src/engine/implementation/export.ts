// The correspondence table as markdown, CSV, JSON and HTML (standalone, or for the editor's
// webview with a nonce'd script). Every piece of document text is escaped for its format: a
// heading that says "<script>" shows as those characters, never as markup.
import { createHash } from 'node:crypto';
import type { CoverageRow, CoverageTable, CoverageStatus, CoverageProvision } from './table';
import { STATUS_LABEL } from './table';
import { describeObligation } from './obligations';

export type TableFormat = 'md' | 'csv' | 'html' | 'json';

export function renderTable(table: CoverageTable, format: TableFormat): string {
  switch (format) {
    case 'md': return toMarkdown(table);
    case 'csv': return toCsv(table);
    case 'html': return toHtml(table);
    case 'json': return JSON.stringify(table, null, 2) + '\n';
  }
}

function provisionName(provision: CoverageProvision): string {
  return `${provision.label}${provision.title && !provision.label.includes(provision.title) ? ` ${provision.title}` : ''}${provision.kind === 'partly' ? ' (in part)' : provision.kind === 'reservation' ? ' (reservation)' : provision.kind === 'not-applicable' ? ' (not applicable)' : ''}`;
}

function rowName(row: CoverageRow): string {
  return `${row.label}${row.title ? ` – ${row.title}` : ''}`;
}

function obligationName(row: CoverageRow): string {
  return row.obligation ? describeObligation(row.obligation) : '—';
}

/** Control characters in document text (an ESC that would start a terminal escape sequence) show as U+FFFD. */
function clean(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '\ufffd');
}

// --- Markdown -------------------------------------------------------------------------------

/** Markdown text that renders as exactly these characters: no tags, links, emphasis or cell breaks. */
export function escapeMarkdown(text: string): string {
  return clean(text)
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]!|~])/g, '\\$1');
}

export function toMarkdown(table: CoverageTable): string {
  const e = escapeMarkdown;
  const lines: string[] = [];
  lines.push(`# Correspondence table: ${e(table.treaty.title)}`, '');
  lines.push(`Laws: ${table.laws.length ? table.laws.map((law) => `${e(law.shortTitle)} (\`${law.id.replace(/`/g, '')}\`)`).join('; ') : 'none'}.`, '');
  lines.push(`| Treaty unit | Obligation | ${table.laws.map((law) => e(law.shortTitle)).join(' | ')}${table.laws.length ? ' | ' : ''}Status |`);
  lines.push(`|---|---|${table.laws.map(() => '---|').join('')}---|`);
  for (const row of table.rows) {
    const cells = row.cells.map((cell) => cell.provisions.length ? cell.provisions.map((p) => e(provisionName(p))).join('; ') : e(STATUS_LABEL[cell.status]));
    lines.push(`| ${e(rowName(row))} | ${e(obligationName(row))} | ${cells.join(' | ')}${cells.length ? ' | ' : ''}${e(STATUS_LABEL[row.status])}${row.gap ? ' (gap)' : ''} |`);
  }
  lines.push('', `## Gaps: mandatory obligations no law in the table implements (${table.gaps.length})`, '');
  for (const row of table.gaps) lines.push(`- ${e(rowName(row))}: ${e(obligationName(row))}`);
  if (table.gaps.length === 0) lines.push('None.');
  return lines.join('\n') + '\n';
}

// --- CSV --------------------------------------------------------------------------------------

/** A CSV field (RFC 4180), with a leading =, +, - or @ defused so that a spreadsheet shows it as text. */
export function csvField(text: string): string {
  const cleaned = clean(text);
  const safe = /^[=+\-@\t\r]/.test(cleaned) ? `'${cleaned}` : cleaned;
  return /[",\r\n]/.test(safe) || safe !== text ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(table: CoverageTable): string {
  const header = ['treaty', 'unit', 'number', 'title', 'obligation', 'law', 'status', 'provisions', 'gap'];
  const lines = [header.join(',')];
  for (const row of table.rows) {
    for (const cell of row.cells.length ? row.cells : [undefined]) {
      lines.push([
        table.treaty.id, row.label, row.number, row.title ?? '', obligationName(row), cell?.lawId ?? '', STATUS_LABEL[cell?.status ?? row.status],
        cell ? cell.provisions.map(provisionName).join('; ') : '', row.gap ? 'yes' : 'no',
      ].map(csvField).join(','));
    }
  }
  return lines.join('\r\n') + '\r\n';
}

// --- HTML -------------------------------------------------------------------------------------

export function escapeHtml(text: string): string {
  return clean(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const STYLE = `
body { font-family: var(--vscode-font-family, system-ui, sans-serif); font-size: var(--vscode-font-size, 14px); color: var(--vscode-foreground, #1f2328); background: var(--vscode-editor-background, #fff); margin: 1rem 1.5rem; }
h1 { font-size: 1.3em; margin: 0 0 .3rem; }
p.summary { margin: .2rem 0 1rem; opacity: .85; }
.legend span { display: inline-block; padding: .1rem .5rem; margin-right: .4rem; border-radius: 3px; font-size: .85em; }
table { border-collapse: collapse; margin-top: .8rem; font-size: .92em; }
th, td { border: 1px solid rgba(128,128,128,.35); padding: .3rem .5rem; vertical-align: top; text-align: left; }
thead th { position: sticky; top: 0; background: var(--vscode-editor-background, #fff); }
th.unit { font-weight: normal; min-width: 11rem; max-width: 18rem; }
th.unit .title { opacity: .8; }
td.obligation { font-size: .85em; opacity: .85; max-width: 9rem; }
td.cell { min-width: 6rem; max-width: 14rem; }
.s-implemented { background: rgba(46,160,67,.28); }
.s-partly { background: rgba(210,153,34,.32); }
.s-not-implemented { background: rgba(128,128,128,.10); }
.s-not-implemented.gap { background: rgba(218,54,51,.30); }
.s-not-applicable { background: rgba(128,128,128,.18); color: rgba(128,128,128,1); }
td.cell a { color: inherit; text-decoration: underline; cursor: pointer; display: block; }
td.cell .none { opacity: .65; font-size: .85em; }
ul.gaps { columns: 2; }
.toolbar button { font: inherit; color: var(--vscode-button-foreground, #fff); background: var(--vscode-button-background, #0969da); border: none; padding: .15rem .6rem; border-radius: 2px; cursor: pointer; }
`;

export interface HtmlOptions {
  /** For the editor's webview: a nonce for the script that opens a provision on click. */
  nonce?: string;
  /** The webview's own source (webview.cspSource), allowed for styles. */
  cspSource?: string;
}

export function toHtml(table: CoverageTable, options: HtmlOptions = {}): string {
  const e = escapeHtml;
  const styleHash = createHash('sha256').update(STYLE).digest('base64');
  const interactive = options.nonce !== undefined;
  const csp = [`default-src 'none'`, `style-src 'sha256-${styleHash}'${options.cspSource ? ` ${options.cspSource}` : ''}`, ...(interactive ? [`script-src 'nonce-${options.nonce}'`] : [])].join('; ');
  const implemented = table.rows.filter((row) => row.status === 'implemented' || row.status === 'partly').length;
  const obliged = table.rows.filter((row) => row.obligation?.kind === 'mandatory').length;
  const head = table.laws.map((law) => `<th scope="col" title="${e(law.title)}">${e(law.shortTitle)}</th>`).join('');
  const body = table.rows.map((row) => {
    const cells = row.cells.map((cell) => {
      const law = table.laws.find((l) => l.id === cell.lawId);
      const content = cell.provisions.length
        ? cell.provisions.map((p) => `<a ${interactive ? 'href="#"' : `href="${e(`${p.uri}#L${p.line + 1}`)}"`} data-uri="${e(p.uri)}" data-line="${p.line}" title="${e(`${law?.shortTitle ?? p.lawId}: ${provisionName(p)}`)}">${e(provisionName(p))}</a>`).join('')
        : `<span class="none">${e(STATUS_LABEL[cell.status])}</span>`;
      return `<td class="cell s-${cell.status}${row.gap ? ' gap' : ''}" data-status="${cell.status}">${content}</td>`;
    }).join('');
    return `<tr data-unit="${e(row.unitId)}"><th scope="row" class="unit">${e(row.label)}${row.title ? ` <span class="title">${e(row.title)}</span>` : ''}</th><td class="obligation">${e(obligationName(row))}</td>${cells}<td class="cell s-${row.status}${row.gap ? ' gap' : ''}">${e(STATUS_LABEL[row.status])}${row.gap ? ' (gap)' : ''}</td></tr>`;
  }).join('\n');
  const gaps = table.gaps.length ? `<ul class="gaps">${table.gaps.map((row) => `<li>${e(row.label)}${row.title ? ` – ${e(row.title)}` : ''} <small>(${e(obligationName(row))})</small></li>`).join('')}</ul>` : '<p>None.</p>';
  const script = interactive ? `<script nonce="${options.nonce}">
const vscode = acquireVsCodeApi();
document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const link = target ? target.closest('a[data-uri]') : null;
  if (link) {
    event.preventDefault();
    vscode.postMessage({ command: 'open', uri: link.getAttribute('data-uri'), line: Number(link.getAttribute('data-line')) });
    return;
  }
  const button = target ? target.closest('button[data-command]') : null;
  if (button) vscode.postMessage({ command: button.getAttribute('data-command'), format: button.getAttribute('data-format') });
});
</script>` : '';
  const toolbar = interactive ? `<p class="toolbar"><button data-command="refresh">Refresh</button> Export: <button data-command="export" data-format="md">Markdown</button> <button data-command="export" data-format="csv">CSV</button> <button data-command="export" data-format="html">HTML</button> <button data-command="export" data-format="json">JSON</button></p>` : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Correspondence table: ${e(table.treaty.shortTitle)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${e(table.treaty.title)}</h1>
${toolbar}
<p class="summary">${implemented} of ${table.rows.length} units implemented at least in part by ${table.laws.length} law${table.laws.length === 1 ? '' : 's'}; ${table.gaps.length} of ${obliged} mandatory obligations have no implementing provision.</p>
<p class="legend">${(['implemented', 'partly', 'not-implemented', 'not-applicable'] as CoverageStatus[]).map((s) => `<span class="s-${s}${s === 'not-implemented' ? ' gap' : ''}">${e(STATUS_LABEL[s])}</span>`).join('')}</p>
<table>
<thead><tr><th scope="col">Treaty unit</th><th scope="col">Obligation</th>${head}<th scope="col">All laws</th></tr></thead>
<tbody>
${body}
</tbody>
</table>
<h2>Gaps: mandatory obligations with no implementing provision (${table.gaps.length})</h2>
${gaps}
${script}
</body>
</html>
`;
}
