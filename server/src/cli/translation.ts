// treaty-lens align | terms: language versions side by side, and the term base.
import * as path from 'node:path';
import { promises as fs } from 'node:fs';
import { loadWorkspace } from '../node/loadWorkspace';
import { loadTermBase, writeFileAtomic } from '../node/termBaseFile';
import { fileUri } from '../node/files';
import { alignmentReport, formatAlignmentReport } from '../engine/translation/report';
import { buildTermBase } from '../engine/translation/agreed';
import { serializeTermBase, TERM_BASE_FILE, type TermBase } from '../engine/translation/termBase';
import { TbxError, tbxToTermBase, termBaseToTbx } from '../engine/translation/tbx';
import { commandArgs, stringOption, UsageError } from './args';

const ALIGN_HELP = `treaty-lens align <original.md> <translation.md> [--json]

Aligns two language versions by structure (article to article, paragraph to paragraph,
subparagraph to subparagraph, item to item) and prints the units without a counterpart,
with the reason, and the differences found (docs/CHECKS.md, "Between language versions").
The other documents of the two files' folders are read too, so that citations of related
documents resolve; the folder's treaty-lens.termbase.yaml is used.
Exit status: 0 when everything aligns and nothing differs, 1 otherwise, 2 on bad usage.`;

const TERMS_HELP = `treaty-lens terms [folder] [-o file] [--tbx] [--import file.tbx]

Writes the term base: each term the originals define, with its rendering in each translation
found in aligned units (folder/${TERM_BASE_FILE}). Entries already in that file are kept as
they are (hand edits win); new terms and languages are added.
  --tbx              write TBX-Basic (ISO 30042) instead of YAML (default file: folder/treaty-lens.termbase.tbx)
  --import file.tbx  read a TBX file into the term base (its terms replace the file's; accepted differences are kept)
  -o file            write here instead ("-" for standard output)
Files are written whole or not at all (a temporary file, then renamed).`;

export async function runAlign(args: string[]): Promise<number> {
  const parsed = commandArgs('align', args, { json: { type: 'boolean' } }, ALIGN_HELP, (parsed) => {
    if (parsed.positional.length !== 2) throw new UsageError('name the original and the translation (two files)');
  });
  if (typeof parsed === 'number') return parsed;
  const files = parsed.positional.map((file) => path.resolve(file));
  for (const file of files) {
    try {
      if (!(await fs.stat(file)).isFile()) throw new Error();
    } catch {
      process.stderr.write(`treaty-lens align: ${file} is not a file\n`);
      return 2;
    }
  }
  const folders = [...new Set(files.map((file) => path.dirname(file)))];
  const { workspace, errors } = await loadWorkspace([...folders, ...files]);
  for (const error of errors) process.stderr.write(`treaty-lens: ${error.message}\n`);
  const [original, translation] = files.map((file) => workspace.get(fileUri(file)));
  if (!original || !translation) {
    process.stderr.write('treaty-lens align: the two files could not be read\n');
    return 1;
  }
  if (translation.frontMatter.translationOf !== original.id) {
    process.stderr.write(`treaty-lens align: note: ${translation.id} does not say "translation-of: ${original.id}"; only the alignment is reported\n`);
  }
  const report = alignmentReport(workspace, original, translation);
  if (parsed.options.json) process.stdout.write(JSON.stringify(report, null, 2) + '\n');
  else process.stdout.write(formatAlignmentReport(report, path.relative(process.cwd(), files[1])));
  return report.unaligned.length || report.differences.length ? 1 : 0;
}

export async function runTerms(args: string[]): Promise<number> {
  const parsed = commandArgs('terms', args, { tbx: { type: 'boolean' }, import: { type: 'string' }, output: { type: 'string', short: 'o' } }, TERMS_HELP, (parsed) => {
    if (parsed.positional.length > 1) throw new UsageError('name one folder');
  });
  if (typeof parsed === 'number') return parsed;
  const folder = path.resolve(parsed.positional[0] ?? '.');
  const output = stringOption(parsed, 'output');
  const existing = await loadTermBase([folder]);
  if (existing.errors.length) {
    // Never overwrite a term base that cannot be read: the hand edits in it would be lost.
    for (const error of existing.errors) process.stderr.write(`treaty-lens terms: ${error}\n`);
    return 1;
  }
  let termBase: TermBase;
  const importFile = stringOption(parsed, 'import');
  if (importFile) {
    let xml: string;
    try {
      xml = await fs.readFile(importFile, 'utf8');
    } catch {
      process.stderr.write(`treaty-lens terms: ${importFile} cannot be read\n`);
      return 1;
    }
    try {
      termBase = { ...tbxToTermBase(xml), acceptedDifferences: existing.termBase.acceptedDifferences };
    } catch (error) {
      if (!(error instanceof TbxError)) throw error;
      process.stderr.write(`${importFile}:${error.line}: ${error.message.replace(/^line \d+: /, '')}\nNothing was written.\n`);
      return 1;
    }
  } else {
    const { workspace, errors } = await loadWorkspace([folder]);
    for (const error of errors) process.stderr.write(`treaty-lens: ${error.message}\n`);
    termBase = buildTermBase(workspace, existing.termBase);
  }
  const tbx = parsed.options.tbx === true;
  const text = tbx ? termBaseToTbx(termBase) : serializeTermBase(termBase);
  if (output === '-') {
    process.stdout.write(text);
  } else {
    const target = output ? path.resolve(output) : path.join(folder, tbx ? 'treaty-lens.termbase.tbx' : TERM_BASE_FILE);
    await writeFileAtomic(target, text);
    const renderings = termBase.terms.reduce((n, entry) => n + Object.values(entry.renderings).filter((r) => r.preferred).length, 0);
    process.stdout.write(`${path.relative(process.cwd(), target) || target}: ${termBase.terms.length} terms, ${renderings} agreed renderings\n`);
  }
  const unrendered = termBase.terms.filter((entry) => !Object.values(entry.renderings).some((r) => r.preferred));
  for (const entry of unrendered) process.stderr.write(`treaty-lens terms: no rendering found for "${entry.term}" (${entry.source ?? entry.language}); add it by hand\n`);
  return 0;
}
