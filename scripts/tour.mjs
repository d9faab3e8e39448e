// npm start: a short tour of the command line on the bundled corpus.
//   1. treaty-lens index corpus   — what the engine reads in each document
//   2. treaty-lens check corpus   — every problem, like a compiler
//   3. an import round trip       — a corpus document as plain "PDF" text, imported back
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');
const bold = (text) => (process.stdout.isTTY ? `\x1b[1m${text}\x1b[0m` : text);

function step(title, args, { input, maxLines = 40 } = {}) {
  process.stdout.write(`\n${bold(`── ${title}`)}\n${bold('$')} treaty-lens ${args.join(' ')}\n\n`);
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: root, input, encoding: 'utf8' });
  const lines = result.stdout.split('\n');
  process.stdout.write(lines.slice(0, maxLines).join('\n') + (lines.length > maxLines ? `\n… (${lines.length - maxLines} more lines)\n` : '\n'));
  if (result.stderr.trim()) process.stdout.write(result.stderr.split('\n').map((l) => (l ? `  ${l}` : l)).join('\n'));
  process.stdout.write(`(exit status ${result.status})\n`);
  return result;
}

step('1. The index: units, definitions and citations per document', ['index', 'corpus']);
step('2. The checks: broken citations and terminology, with exit status 1 when there are errors', ['check', 'corpus', '--no-color'], { maxLines: 30 });

// 3. Make "copied out of a PDF" text from a corpus document, then import it back.
const id = 'coe-ets185-en';
const markdown = readFileSync(join(root, 'corpus', `${id}.md`), 'utf8');
const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/<!--[\s\S]*?-->/g, '');
const paragraphs = body.split(/\n\s*\n/).map((p) => p.trim().replace(/^#+\s+/, '').replace(/\*([^*\n]+)\*/g, '$1').replace(/[ \t\n]+/g, ' ').trim()).filter(Boolean);
const lines = [];
for (const paragraph of paragraphs) {
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line && line.length + 1 + word.length > 78) { lines.push(line); line = word; } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
}
let text = '';
for (let page = 0; page * 48 < lines.length; page++) {
  if (page) text += 'ETS 185 – Convention on Cybercrime\n\n';
  text += lines.slice(page * 48, page * 48 + 48).join('\n') + `\n\n- ${page + 1} -\n\f`;
}
const dir = mkdtempSync(join(tmpdir(), 'treaty-lens-tour-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
const txt = join(dir, `${id}.txt`);
const out = join(dir, `${id}.md`);
writeFileSync(txt, text);
process.stdout.write(`\n${bold('── 3. Import: the Budapest Convention as plain text (no markup, page headers and numbers)')}\n${txt}, first lines:\n\n`);
process.stdout.write(text.split('\n').slice(0, 12).map((l) => `  | ${l}`).join('\n') + '\n');
step('   … imported back into the corpus format', ['import', txt, '--id', id, '-o', out]);
process.stdout.write('\nThe imported markdown, first lines:\n\n' + readFileSync(out, 'utf8').split('\n').slice(11, 30).map((l) => `  | ${l}`).join('\n') + '\n');

const index = (file) => JSON.parse(spawnSync(process.execPath, [cli, 'index', file, '--json'], { encoding: 'utf8' }).stdout).documents[0];
const a = index(join(root, 'corpus', `${id}.md`));
const b = index(out);
const same = (x, y) => JSON.stringify(x) === JSON.stringify(y);
const row = (label, x, y) => `  ${label.padEnd(12)} original ${String(x.length).padStart(4)}   imported ${String(y.length).padStart(4)}   ${same(x, y) ? 'identical' : 'DIFFERENT'}\n`;
process.stdout.write(`\nRound trip, compared by the engine:\n`);
process.stdout.write(row('units', a.units.map((u) => u.id), b.units.map((u) => u.id)));
process.stdout.write(row('definitions', a.definitions.map((d) => d.term), b.definitions.map((d) => d.term)));
process.stdout.write(row('citations', a.references.map((r) => r.text), b.references.map((r) => r.text)));
process.stdout.write(`\nMore: treaty-lens --help, docs/CLI.md. Try: node dist/cli.js export html corpus -o site\n`);
