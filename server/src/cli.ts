#!/usr/bin/env node
// treaty-lens: the engine on the command line.
import * as path from 'node:path';
import { loadWorkspace } from './node/loadWorkspace';
import { limitHeapGrowth } from './node/heapGrowth';
import { indexToJson } from './engine/indexJson';
import { runCheck } from './cli/check';
import { runImport } from './cli/import';
import { runExport } from './cli/export';
import { runAlign, runTerms } from './cli/translation';
import { commandArgs, UsageError } from './cli/args';
import { runTable } from './cli/table';
import { printable } from './cli/terminal';

const HELP = `treaty-lens — cross-references and terminology checks for treaties and laws in markdown

Usage:
  treaty-lens check [folder|file …] [options]   report every problem, like a compiler
  treaty-lens index <folder|file …> [--json]      print the index (units, definitions, references)
  treaty-lens import <file.txt|-> [-o file.md]     plain text of a treaty or law → corpus markdown
  treaty-lens export html <folder> -o <dir>        static HTML site with links and term hovers
  treaty-lens export graph <folder> [--format json|graphml] [-o file]   the reference graph
  treaty-lens table --treaty <id> [--law <id> …] [--format md|csv|html|json] [folder]   correspondence table
  treaty-lens align <original.md> <translation.md> [--json]   two language versions aligned, and their differences
  treaty-lens terms [folder] [--tbx] [--import file.tbx] [-o file]   write the term base (YAML, or TBX-Basic)
  treaty-lens <command> --help                    help for one command

Exit status: 0 fine; 1 problems found (errors, unreadable input); 2 bad usage.
Run "treaty-lens <command> --help" for a command's options.`;

const INDEX_HELP = `treaty-lens index <folder|file …> [--json]

Prints, per document: id, path, type, language, title, units (id, kind, number, title,
line), definitions (term, unit, line, scope) and references (text, line, status:
resolved | unresolved | external, targets as {document, unit}).
Without --json, prints a one-line summary per document.`;

// "treaty-lens export graph corpus | head": a closed pipe is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(HELP + '\n');
    return command ? 0 : 2;
  }
  if (command === '--version' || command === '-v') {
    process.stdout.write('treaty-lens 0.1.0\n');
    return 0;
  }
  switch (command) {
    case 'index':
      return runIndex(rest);
    case 'check':
      return runCheck(rest);
    case 'import':
      return runImport(rest);
    case 'export':
      return runExport(rest);
    case 'table':
      return runTable(rest);
    case 'align':
      return runAlign(rest);
    case 'terms':
      return runTerms(rest);
    default:
      process.stderr.write(`treaty-lens: unknown command "${command}" (index, check, import, export, align, terms, table; see treaty-lens --help)\n`);
      return 2;
  }
}

async function runIndex(args: string[]): Promise<number> {
  const parsed = commandArgs('index', args, { json: { type: 'boolean' } }, INDEX_HELP, (p) => {
    if (p.positional.length === 0) throw new UsageError('name a folder or file to index');
  });
  if (typeof parsed === 'number') return parsed;
  const json = parsed.options.json === true;
  const targets = parsed.positional;
  const { workspace, paths, errors } = await loadWorkspace(targets);
  for (const error of errors) process.stderr.write(`treaty-lens: ${error.message}\n`);
  if (workspace.size === 0 && errors.length) return 2;
  const cwd = process.cwd();
  const index = indexToJson(workspace, (model) => path.relative(cwd, paths.get(model.uri) ?? model.uri));
  if (json) {
    process.stdout.write(JSON.stringify(index, null, 2) + '\n');
  } else {
    for (const doc of index.documents) {
      const unresolved = doc.references.filter((r) => r.status === 'unresolved').length;
      process.stdout.write(printable(`${doc.path}: ${doc.id} (${doc.type}, ${doc.language}) ${doc.units.length} units, ${doc.definitions.length} definitions, ${doc.references.length} references (${unresolved} unresolved)`) + '\n');
    }
  }
  return errors.length ? 1 : 0;
}

limitHeapGrowth();
main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error) => {
    process.stderr.write(`treaty-lens: internal error: ${(error as Error).message}\n`);
    process.exitCode = 3;
  },
);
