// treaty-lens table: the correspondence table of a treaty and the laws that implement it.
import { writeFileSync } from 'node:fs';
import { loadWorkspace } from '../node/loadWorkspace';
import { parseArgs, UsageError } from './args';
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
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(TABLE_HELP + '\n');
    return 0;
  }
  // --law may be given more than once; the shared parser keeps one value per option.
  const lawIds: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--law') {
      const value = args[++i];
      if (value === undefined) return usage('--law needs a value');
      lawIds.push(...value.split(',').map((v) => v.trim()).filter(Boolean));
    } else if (args[i].startsWith('--law=')) {
      lawIds.push(...args[i].slice(6).split(',').map((v) => v.trim()).filter(Boolean));
    } else rest.push(args[i]);
  }
  let parsed;
  try {
    parsed = parseArgs(rest, { '--treaty': 'value', '--format': 'value', '-o': 'value', '--output': 'value' });
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return usage(error.message);
  }
  const treatyId = parsed.options['--treaty'];
  if (typeof treatyId !== 'string') return usage('name the treaty: --treaty <id>');
  const format = (parsed.options['--format'] ?? 'md') as TableFormat;
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
  const file = parsed.options['-o'] ?? parsed.options['--output'];
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
