// treaty-lens import: plain text of a treaty or law → corpus markdown.
import { promises as fs } from 'node:fs';
import { importText, ImportProblem } from './importText';
import { commandArgs, stringOption, UsageError, type OptionSpec } from './args';

export const IMPORT_HELP = `treaty-lens import <file.txt | -> [options]

Turns the plain text of a treaty or law, as copied out of an official PDF or a word
processor, into the corpus markdown format: front matter, then headings and paragraphs.
The wording is kept verbatim. The only changes are whitespace, line breaks, joining words
hyphenated at a line break ("communi-\\ncation"), and removing page furniture (running
headers and footers, page numbers such as "3/45") that repeats from page to page.

Recognised headings (a line of their own): Article 7 / Article 7 – Title / "Article 7"
followed by a title line, Chapter II, Part, Title, Section 5, § 2510, Artikel, Artículo,
Статья, 第七条, المادة 7, and their groupings. Numbered paragraphs ("1.", "(a)", "a)",
"(i)", "’1’", "(أ)") start new paragraphs.

What the importer could not place (text before the title, lines that repeat but not at
page breaks, joined title lines) is reported on stderr; the markdown goes to stdout.

Options:
  -o, --output FILE     write the markdown to FILE instead of stdout
  --id ID               document id (default: from the file name)
  --title TEXT          document title (default: the title line before the first heading)
  --type TYPE           treaty | law | commentary (default: guessed)
  --language TAG        BCP-47 language tag (default: guessed from the script and words)
  --implements IDS      comma-separated ids of treaties the law implements
  --quiet               do not print the notes
  -h, --help            this help

Exit status: 0 written; 1 the input cannot be imported (binary, empty, no structure,
unreadable); 2 bad usage.

Examples:
  treaty-lens import un-cybercrime-en.txt --id un-cybercrime-2024-en -o corpus/un-cybercrime-2024-en.md
  pdftotext -layout A_RES_79_243_F.pdf - | treaty-lens import - --language fr --id un-cybercrime-2024-fr > un-fr.md`;

const SPEC: OptionSpec = {
  output: { type: 'string', short: 'o' }, id: { type: 'string' }, title: { type: 'string' }, type: { type: 'string' }, language: { type: 'string' },
  implements: { type: 'string' }, quiet: { type: 'boolean', short: 'q' },
};

export async function runImport(args: string[]): Promise<number> {
  const parsed = commandArgs('import', args, SPEC, IMPORT_HELP, (parsed) => {
    if (parsed.positional.length !== 1) throw new UsageError(parsed.positional.length ? 'name one file (or - for standard input)' : 'name the text file to import (or - for standard input)');
    const type = stringOption(parsed, 'type');
    if (type !== undefined && !['treaty', 'law', 'commentary'].includes(String(type))) throw new UsageError(`--type must be treaty, law or commentary, not "${type}"`);
    const id = stringOption(parsed, 'id');
    if (id !== undefined && !/^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u.test(String(id))) throw new UsageError(`--id "${id}" is not a valid id (letters, digits, . _ -)`);
  });
  if (typeof parsed === 'number') return parsed;
  const file = parsed.positional[0];
  const opt = (name: string) => stringOption(parsed, name);
  let input: string;
  try {
    const bytes = file === '-' ? await readStdin() : await fs.readFile(file);
    input = decode(bytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'does not exist' : code === 'EACCES' ? 'cannot be read (permission denied)' : code === 'EISDIR' ? 'is a folder, not a text file' : `cannot be read: ${(error as Error).message}`;
    process.stderr.write(`treaty-lens import: ${file} ${reason}\n`);
    return 1;
  }
  let result;
  try {
    result = importText(input, {
      id: opt('id'), title: opt('title'), type: opt('type'), language: opt('language'),
      implements: opt('implements')?.split(',').map((s) => s.trim()).filter(Boolean),
      sourceName: file === '-' ? undefined : file,
    });
  } catch (error) {
    if (error instanceof ImportProblem) {
      process.stderr.write(`treaty-lens import: ${file === '-' ? 'standard input' : file}: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
  const output = opt('output');
  if (output) {
    try {
      await fs.writeFile(output, result.markdown, 'utf8');
    } catch (error) {
      process.stderr.write(`treaty-lens import: cannot write ${output}: ${(error as Error).message}\n`);
      return 1;
    }
  } else {
    process.stdout.write(result.markdown);
  }
  if (!parsed.options.quiet) {
    for (const note of result.notes) process.stderr.write(`treaty-lens import: ${note}\n`);
    if (output) process.stderr.write(`treaty-lens import: wrote ${output}\n`);
  }
  return 0;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** UTF-8, or UTF-16 with a byte-order mark (Windows "Unicode" text files). */
function decode(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
}
