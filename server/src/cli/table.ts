// treaty-lens table: the correspondence table of a treaty and the laws that implement it.
import { writeFileSync } from 'node:fs';
import { loadWorkspace } from '../node/loadWorkspace';
import { commandArgs, stringOption } from './args';
import { buildTable, TableError } from '../engine/implementation/table';
import { renderTable, type TableFormat } from '../engine/implementation/export';

export const TABLE_HELP = `treaty-lens table --treaty <id> [--law <id> …] [--format md|csv|html|json] [-o file] [folder|file …]

The correspondence table: each article of the treaty, the law provisions mapped to it
("> Implements: article 2 of the Budapest Convention" under a provision's heading, see
corpus/README.md), a status (implemented, partly, not implemented, reservation / not
applicable), and the gaps: mandatory obligations no provision implements.
--law (repeatable) limits the laws; by default every law that implements or maps to the treaty.
Reads the folder(s) given, or the current folder. Default format: md.
Exit status: 0 the table was written (gaps are part of the table, not an error); 2 bad usage or
unknown ids.`;

const FORMATS: TableFormat[] = ['md', 'csv', 'html', 'json'];

export async function runTable(args: string[]): Promise<number> {
  const parsed = commandArgs('table', args, { treaty: { type: 'string' }, law: { type: 'string', multiple: true }, format: { type: 'string' }, output: { type: 'string', short: 'o' } }, TABLE_HELP);
  if (typeof parsed === 'number') return parsed;
  const lawValues = parsed.options.law;
  const lawIds = (Array.isArray(lawValues) ? lawValues : typeof lawValues === 'string' ? [lawValues] : []).flatMap((v) => String(v).split(',')).map((v) => v.trim()).filter(Boolean);
  const treatyId = stringOption(parsed, 'treaty');
  if (typeof treatyId !== 'string') return usage('name the treaty: --treaty <id>');
  const format = (stringOption(parsed, 'format') ?? 'md') as TableFormat;
  if (!FORMATS.includes(format)) return usage(`--format must be one of ${FORMATS.join(', ')}`);
  const { workspace, errors } = await loadWorkspace(parsed.positional.length ? parsed.positional : ['.']);
  for (const error of errors) process.stderr.write(`treaty-lens: ${error.message}\n`);
  let table;
  try {
    table = buildTable(workspace, treatyId, lawIds);
  } catch (error) {
    if (!(error instanceof TableError)) throw error;
    return usage(error.message);
  }
  const output = renderTable(table, format);
  const file = stringOption(parsed, 'output');
  if (typeof file === 'string') {
    writeFileSync(file, output);
    process.stderr.write(`treaty-lens table: wrote ${file} (${table.rows.length} units, ${table.laws.length} laws, ${table.gaps.length} gaps)\n`);
  } else {
    process.stdout.write(output);
  }
  return 0;
}

function usage(message: string): number {
  process.stderr.write(`treaty-lens table: ${message}\n`);
  return 2;
}
