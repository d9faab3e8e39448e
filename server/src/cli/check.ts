// treaty-lens check: diagnostics like a compiler, or as JSON / SARIF.
import * as path from 'node:path';
import { loadWorkspace } from '../node/loadWorkspace';
import { checkDocument } from '../engine/checks';
import type { CheckSettings, EngineDiagnostic, RelatedLocation, SeveritySetting } from '../engine/checks/types';
import { loadSettingsFile } from '../node/settingsFile';
import { commandArgs, stringOption, UsageError } from './args';
import { toSarif } from './sarif';
import { printable, terminalProgress } from './terminal';
import { corpusDocuments } from '../engine/queries';

const CHECK_HELP = `treaty-lens check [folder|file …] [options]

Checks every markdown document (default: the current folder) and prints each problem as
  path:line:col: severity code: message
with the source line and a caret. Exits 1 when there are errors (or more warnings than
--max-warnings), 0 otherwise, 2 on bad usage.

Options:
  --format text|json|sarif   output format (default text; sarif is SARIF 2.1.0)
  --max-warnings N           fail when there are more than N warnings (also --max-warnings=N)
  --severity code=level      override a rule's severity (error, warning, information, hint, off); repeatable
  --rule code=level          same as --severity
  --settings FILE            settings file (default: .vscode/settings.json or .treaty-lens.json in the folder)
  --no-color                 no colour even on a terminal
  -q, --quiet                only errors
  -h, --help                 this help`;

/** A related location as a person reads it: path:line:col (1-based), besides the offsets. */
export interface FoundRelated extends RelatedLocation {
  path: string;
  line: number;
  column: number;
}

export interface FoundDiagnostic extends Omit<EngineDiagnostic, 'related'> {
  related: FoundRelated[];
  path: string;
  uri: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  sourceLine: string;
}

export async function runCheck(args: string[]): Promise<number> {
  const overrides: Record<string, SeveritySetting> = {};
  const parsed = commandArgs('check', args, {
    format: { type: 'string' }, 'max-warnings': { type: 'string' }, severity: { type: 'string', multiple: true }, rule: { type: 'string', multiple: true },
    settings: { type: 'string' }, 'no-color': { type: 'boolean' }, quiet: { type: 'boolean', short: 'q' },
  }, CHECK_HELP, (p) => {
    for (const spec of [...(p.options.severity as string[] | undefined ?? []), ...(p.options.rule as string[] | undefined ?? [])]) addOverride(overrides, spec);
  });
  if (typeof parsed === 'number') return parsed;
  const format = stringOption(parsed, 'format') ?? 'text';
  const maxWarningsText = stringOption(parsed, 'max-warnings');
  const maxWarnings = maxWarningsText === undefined ? Infinity : maxWarningsText.trim() === '' ? NaN : Number(maxWarningsText);
  const settingsFile = stringOption(parsed, 'settings');
  const color = process.stdout.isTTY === true && !process.env.NO_COLOR && !parsed.options['no-color'];
  const quiet = parsed.options.quiet === true;
  const targets = [...parsed.positional];
  if (!['text', 'json', 'sarif'].includes(format)) {
    process.stderr.write(`treaty-lens check: unknown format "${format}" (text, json or sarif)\n`);
    return 2;
  }
  if (Number.isNaN(maxWarnings)) {
    process.stderr.write('treaty-lens check: --max-warnings needs a number\n');
    return 2;
  }
  if (targets.length === 0) targets.push('.');
  const fileSettings = await loadSettingsFile(settingsFile, targets[0]);
  if (fileSettings.error) {
    process.stderr.write(`treaty-lens check: ${fileSettings.error}\n`);
    return 2;
  }
  const settings: CheckSettings = { severity: { ...fileSettings.severity, ...overrides } };
  const progress = terminalProgress();
  const { workspace, paths, errors } = await loadWorkspace(targets, {
    filter: fileSettings.filter,
    onProgress: (done, total) => progress.update('reading', done, total),
  });
  progress.clear();
  for (const error of errors) process.stderr.write(`treaty-lens: ${error.message}\n`);
  if (workspace.size === 0) {
    process.stderr.write(errors.length ? 'treaty-lens check: nothing could be read\n' : `treaty-lens check: no markdown documents under ${targets.join(', ')}\n`);
    return 2;
  }
  const cwd = process.cwd();
  const documents = corpusDocuments(workspace);
  const found: FoundDiagnostic[] = [];
  const ordered = [...workspace.all()].sort((a, b) => (paths.get(a.uri) ?? '').localeCompare(paths.get(b.uri) ?? ''));
  for (const [done, model] of ordered.entries()) {
    // A turn of the event loop now and then, as the server takes: what this task read of resting
    // documents' unit trees (restingText.ts) can only be let go between tasks.
    if (done % 25 === 24) await new Promise((resolve) => setImmediate(resolve));
    progress.update('checking', done + 1, ordered.length);
    const file = path.relative(cwd, paths.get(model.uri) ?? model.uri) || '.';
    for (const diagnostic of checkDocument(workspace, model.uri, settings)) {
      if (quiet && diagnostic.severity !== 'error') continue;
      const start = model.lines.position(diagnostic.span.start);
      const end = model.lines.position(diagnostic.span.end);
      const lineStart = model.lines.lineStart(start.line);
      const nextLine = model.text.indexOf('\n', lineStart);
      const related = diagnostic.related.map((location): FoundRelated => {
        const owner = workspace.get(location.uri);
        const at = owner ? owner.lines.position(location.span.start) : { line: 0, character: 0 };
        return { ...location, path: path.relative(cwd, paths.get(location.uri) ?? location.uri) || '.', line: at.line + 1, column: at.character + 1 };
      });
      found.push({ ...diagnostic, related, path: file, uri: model.uri, line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1,
        sourceLine: model.text.slice(lineStart, nextLine < 0 ? model.text.length : nextLine).replace(/\r$/, '') });
    }
  }
  progress.clear();
  const counts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const d of found) counts[d.severity]++;
  if (format === 'json') {
    process.stdout.write(JSON.stringify({ documents: documents.length, counts, diagnostics: found.map(({ sourceLine: _s, ...rest }) => rest) }, null, 2) + '\n');
  } else if (format === 'sarif') {
    process.stdout.write(JSON.stringify(toSarif(found, cwd), null, 2) + '\n');
  } else {
    process.stdout.write(formatText(found, color));
    const others = workspace.size - documents.length;
    const summary = `${documents.length} document${documents.length === 1 ? '' : 's'}${others ? ` (and ${others} other markdown file${others === 1 ? '' : 's'})` : ''} checked: ${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.information + counts.hint} note${counts.information + counts.hint === 1 ? '' : 's'}`;
    process.stdout.write((found.length ? '\n' : '') + summary + '\n');
  }
  if (counts.error > 0 || errors.length > 0) return 1;
  if (counts.warning > maxWarnings) return 1;
  return 0;
}


function addOverride(overrides: Record<string, SeveritySetting>, spec: string) {
  const match = /^([\w-]+)=(error|warning|information|info|hint|off)$/.exec(spec);
  if (!match) throw new UsageError(`"${spec}" is not code=level (level: error, warning, information, hint, off)`);
  overrides[match[1]] = (match[2] === 'info' ? 'information' : match[2]) as SeveritySetting;
}

const COLORS: Record<string, string> = { error: '\x1b[31m', warning: '\x1b[33m', information: '\x1b[36m', hint: '\x1b[90m' };

function formatText(found: FoundDiagnostic[], color: boolean): string {
  const paint = (text: string, code: string) => (color ? `${code}${text}\x1b[0m` : text);
  let out = '';
  for (const d of found) {
    const severity = d.severity === 'information' ? 'note' : d.severity;
    out += `${paint(`${printable(d.path)}:${d.line}:${d.column}`, '\x1b[1m')}: ${paint(severity, COLORS[d.severity])} ${d.code}: ${printable(d.message)}\n`;
    if (d.sourceLine.length <= 400) {
      const width = d.endLine === d.line ? Math.max(1, d.endColumn - d.column) : Math.max(1, d.sourceLine.length - d.column + 1);
      out += `  ${printable(d.sourceLine)}\n  ${' '.repeat(d.column - 1)}${paint('^' + '~'.repeat(Math.max(0, width - 1)), COLORS[d.severity])}\n`;
    }
    for (const related of d.related) {
      out += `  ${paint(`${printable(related.path)}:${related.line}:${related.column}`, '\x1b[1m')}: ${paint('note', '\x1b[90m')}: ${printable(related.message)}\n`;
    }
  }
  return out;
}
