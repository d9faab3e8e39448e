// The Treaty Lens benchmark. `npm run bench -- [--sizes 10,100,1000] [--runs N] [--runs-large N]
// [--quick] [--json] [--profile SIZE]`. See docs/BENCHMARK.md.
//
// Every measurement runs in its own child process (dist/bench/runner.js) and prints JSON; this
// script generates the workspaces when missing, runs the measurements, and prints the median and
// spread (min–max) of each figure with its ratio to the floor and to the peer of the same run.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_ROOT, ensureWorkspace } from './generate';
import { formatHotSpots, hotSpots } from './profile';
import { readFileSync } from 'node:fs';

interface Options {
  sizes: number[];
  runs: number;
  runsLarge: number;
  json: boolean;
  out?: string;
  profile?: number;
  /** Only the measurements through the real server (`--only server`), or only the in-process ones (`--only engine`). */
  only?: 'server' | 'engine';
  /** Cold index only (no keystrokes or queries): the 10,000-document run. */
  coldOnly: boolean;
}

function parseArgs(argv: string[]): Options {
  const value = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const quick = argv.includes('--quick');
  const sizes = value('--sizes')?.split(',').map(Number).filter((n) => n > 0) ?? (quick ? [10, 100] : [10, 100, 1000]);
  const runs = Number(value('--runs') ?? (quick ? 1 : 3));
  const runsLarge = Number(value('--runs-large') ?? (quick ? 1 : Math.min(runs, 2)));
  const profile = argv.includes('--profile') ? Number(value('--profile') ?? 100) || 100 : undefined;
  const only = value('--only') === 'server' || value('--only') === 'engine' ? (value('--only') as 'server' | 'engine') : undefined;
  // Smaller documents for the largest workspaces: the generator and every runner read this.
  const docKb = value('--doc-kb');
  if (docKb) process.env.TREATY_LENS_BENCH_DOC_KB = docKb;
  return { sizes, runs, runsLarge, json: argv.includes('--json'), out: value('--out'), profile, only, coldOnly: argv.includes('--cold-only') };
}

const log = (line: string) => process.stderr.write(line + '\n');

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Runs one measurement in a fresh node process and returns its JSON (or the error). */
function measure(name: string, dir: string, extra: string[] = []): Promise<Json> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [join(__dirname, 'runner.js'), name, dir, ...extra], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('close', (code, signal) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      if (code === 0) {
        try {
          log(`  ${name} ${dir.split('/').pop()} done in ${seconds} s`);
          resolve(JSON.parse(out.trim().split('\n').pop() as string));
          return;
        } catch { /* fall through */ }
      }
      const reason = /heap out of memory/i.test(err) ? 'out of memory' : `exit ${code ?? signal}: ${err.trim().split('\n').slice(-3).join(' | ')}`;
      log(`  ${name} ${dir.split('/').pop()} FAILED after ${seconds} s: ${reason}`);
      resolve({ measurement: name, error: reason });
    });
  });
}

// ---- statistics -------------------------------------------------------------------------

interface Stat { median: number; min: number; max: number; n: number }

function stat(values: Array<number | undefined>): Stat | undefined {
  const clean = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (!clean.length) return undefined;
  const mid = clean.length >> 1;
  const median = clean.length % 2 ? clean[mid] : (clean[mid - 1] + clean[mid]) / 2;
  return { median, min: clean[0], max: clean[clean.length - 1], n: clean.length };
}

const get = (object: Json | undefined, path: string): number | undefined => {
  let current: unknown = object;
  for (const key of path.split('.')) current = current && typeof current === 'object' ? (current as Json)[key] : undefined;
  return typeof current === 'number' ? current : undefined;
};

// ---- the plan ---------------------------------------------------------------------------

interface Row {
  size: number;
  name: string;
  unit: 'ms' | 'MB' | 'count';
  ours?: Stat;
  peer?: Stat;
  floor?: Stat;
  note?: string;
  target?: { limit: number; against: 'value' | 'peer'; text: string };
}

async function runSize(size: number, options: Options): Promise<{ rows: Row[]; raw: Json }> {
  const dir = ensureWorkspace(DEFAULT_ROOT, size, { log });
  const runs = size >= 1000 ? options.runsLarge : options.runs;
  const interactiveRuns = options.coldOnly ? 0 : size >= 1000 ? 1 : runs;
  const raw: Json = { cold: [] as Json[], keystroke: [] as Json[], query: [] as Json[], server: [] as Json[] };
  log(`${size} documents: ${runs} cold run(s), ${interactiveRuns} interactive run(s)${options.only ? `, ${options.only} only` : ''}`);
  const col = (list: Json[], who: string, path: string) => stat(list.map((r) => get(r[who], path)));
  const rows: Row[] = [];
  const add = (row: Omit<Row, 'size'>) => rows.push({ size, ...row });
  if (options.only !== 'engine') {
    for (let run = 0; run < interactiveRuns; run++) raw.server.push({ typing: await measure('server-typing', dir), warm: await measure('server-warm', dir) });
    serverRows(raw.server, size, add, col);
  }
  if (options.only === 'server') return { rows, raw };
  for (let run = 0; run < runs; run++) {
    raw.cold.push({ engine: await measure('engine-cold', dir), peer: await measure('peer-cold', dir), floor: await measure('floor-cold', dir) });
  }
  for (let run = 0; run < interactiveRuns; run++) {
    raw.keystroke.push({ engine: await measure('engine-keystroke', dir), peer: await measure('peer-keystroke', dir), floor: await measure('floor-keystroke', dir) });
    raw.query.push({ engine: await measure('engine-query', dir), peer: await measure('peer-query', dir) });
  }
  const coldTarget = size >= 100 ? { limit: 0.5, against: 'peer' as const, text: '≤ 0.5× peer' } : undefined;
  add({ name: 'cold index', unit: 'ms', ours: col(raw.cold, 'engine', 'totalMs'), peer: col(raw.cold, 'peer', 'totalMs'), floor: col(raw.cold, 'floor', 'totalMs'), target: coldTarget });
  add({ name: 'cold index CPU time (user+sys)', unit: 'ms', ours: col(raw.cold, 'engine', 'cpuMs'), peer: col(raw.cold, 'peer', 'cpuMs'), floor: col(raw.cold, 'floor', 'cpuMs'), target: coldTarget });
  for (const phase of ['readMs', 'setMs', 'resolveMs', 'termsMs', 'checkMs']) {
    add({ name: `  of which ${phase.replace('Ms', '')}`, unit: 'ms', ours: col(raw.cold, 'engine', phase) });
  }
  const memoryTarget = size >= 10000 ? { limit: 2048, against: 'value' as const, text: '≤ 2 GB' } : size >= 1000 ? { limit: 600, against: 'value' as const, text: '≤ 600 MB' } : undefined;
  add({ name: 'peak RSS, indexed (max rss)', unit: 'MB', ours: col(raw.cold, 'engine', 'memory.peakRssMB'), peer: col(raw.cold, 'peer', 'memory.peakRssMB'), floor: col(raw.cold, 'floor', 'memory.peakRssMB'), target: memoryTarget });
  add({ name: 'peak RSS, indexed (VmHWM)', unit: 'MB', ours: col(raw.cold, 'engine', 'memory.vmHwmMB'), peer: col(raw.cold, 'peer', 'memory.vmHwmMB'), floor: col(raw.cold, 'floor', 'memory.vmHwmMB'), target: memoryTarget });
  add({ name: 'keystroke p50 (set + check)', unit: 'ms', ours: col(raw.keystroke, 'engine', 'keystroke.p50'), peer: col(raw.keystroke, 'peer', 'keystroke.p50'), floor: col(raw.keystroke, 'floor', 'keystroke.p50'), target: { limit: 10, against: 'value', text: '≤ 10 ms' } });
  add({ name: 'keystroke p95 (set + check)', unit: 'ms', ours: col(raw.keystroke, 'engine', 'keystroke.p95'), peer: col(raw.keystroke, 'peer', 'keystroke.p95'), floor: col(raw.keystroke, 'floor', 'keystroke.p95'), target: { limit: 30, against: 'value', text: '≤ 30 ms' } });
  add({ name: '  of which set (parse) p50', unit: 'ms', ours: col(raw.keystroke, 'engine', 'setOnly.p50') });
  add({ name: 'keystroke + term uses p50', unit: 'ms', ours: col(raw.keystroke, 'engine', 'keystrokeWithTerms.p50'), peer: col(raw.keystroke, 'peer', 'keystroke.p50'), floor: col(raw.keystroke, 'floor', 'keystroke.p50') });
  const dependants = get(raw.keystroke[0]?.engine, 'dependantCount');
  add({ name: `re-check ${dependants ?? '?'} dependants p95 (text edit)`, unit: 'ms', ours: col(raw.keystroke, 'engine', 'dependants.p95'), floor: col(raw.keystroke, 'floor', 'dependants.p95'), target: { limit: 100, against: 'value', text: '≤ 100 ms' }, note: 'peer: no analogue' });
  add({ name: 're-check dependants p50 (structural edit)', unit: 'ms', ours: col(raw.keystroke, 'engine', 'structuralDependants.p50'), floor: col(raw.keystroke, 'floor', 'dependants.p50'), note: 'edit + check + dependents() + their checks' });
  const queryTarget = size >= 1000 ? { limit: 5, against: 'value' as const, text: '≤ 5 ms' } : undefined;
  for (const [label, key, target] of [['hover', 'hover', queryTarget], ['definition', 'definition', queryTarget], ['references', 'references', undefined]] as const) {
    add({ name: `${label} p50`, unit: 'ms', ours: col(raw.query, 'engine', `${key}.p50`), peer: col(raw.query, 'peer', `${key}.p50`) });
    add({ name: `${label} p95`, unit: 'ms', ours: col(raw.query, 'engine', `${key}.p95`), peer: col(raw.query, 'peer', `${key}.p95`), target });
  }
  add({ name: 'first references (builds index)', unit: 'ms', ours: col(raw.query, 'engine', 'firstReferencesMs'), peer: col(raw.query, 'peer', 'firstReferencesMs') });
  add({ name: 'references after an edit p50', unit: 'ms', ours: col(raw.query, 'engine', 'referencesAfterEdit.p50'), peer: col(raw.query, 'peer', 'referencesAfterEdit.p50') });
  return { rows, raw };
}

/** The rows measured through the real server over stdio (bench/server.ts). */
function serverRows(list: Json[], size: number, add: (row: Omit<Row, 'size'>) => void, col: (list: Json[], who: string, path: string) => Stat | undefined) {
  const typingNote = 'server over stdio: didChange → publishDiagnostics';
  for (const [when, key, p50Target] of [['after indexing', 'keystrokeAfterIndex', true], ['while indexing', 'keystrokeWhileIndexing', false]] as const) {
    for (const sync of ['incremental', 'full'] as const) {
      if (p50Target) add({ name: `server keystroke p50, ${sync} sync, ${when}`, unit: 'ms', ours: col(list, 'typing', `${key}.${sync}.p50`), target: { limit: 10, against: 'value', text: '≤ 10 ms' }, note: typingNote });
      else add({ name: `server keystroke p50, ${sync} sync, ${when}`, unit: 'ms', ours: col(list, 'typing', `${key}.${sync}.p50`), note: typingNote });
      add({ name: `server keystroke p95, ${sync} sync, ${when}`, unit: 'ms', ours: col(list, 'typing', `${key}.${sync}.p95`), target: { limit: 30, against: 'value', text: '≤ 30 ms' }, note: `n = ${get(list[0]?.typing, `${key}.${sync}.n`) ?? 0} per run` });
    }
  }
  add({ name: 'server CPU per keystroke (mean, after indexing)', unit: 'ms', ours: col(list, 'typing', 'serverCpuPerKeystrokeMs'), note: 'from /proc: less sensitive to a shared machine' });
  add({ name: 'server main thread busy per keystroke (mean, after indexing)', unit: 'ms', ours: col(list, 'typing', 'mainThread.busyPerKeystrokeAfterIndexMs'), note: 'event-loop utilisation (bench/loopStats.ts)' });
  add({ name: 'server main thread while typing during indexing: event-loop delay p95', unit: 'ms', ours: col(list, 'typing', 'mainThread.whileIndexing.delay.p95'), note: 'how late a 10 ms timer ran' });
  add({ name: 'server main thread while typing during indexing: event-loop delay max', unit: 'ms', ours: col(list, 'typing', 'mainThread.whileIndexing.delay.max') });
  add({ name: 'server main thread while typing during indexing: tasks > 50 ms', unit: 'count', ours: col(list, 'typing', 'mainThread.whileIndexing.longTasks.over50'), note: 'gaps of a 5 ms timer; garbage collections and descheduling included' });
  add({ name: 'server main thread while typing during indexing: longest GC pause', unit: 'ms', ours: col(list, 'typing', 'mainThread.whileIndexing.gc.maxMs') });
  add({ name: 'structural edit: open document re-checked p95', unit: 'ms', ours: col(list, 'typing', 'structural.open.p95'), note: 'article 70 renumbered, didChange → its publishDiagnostics' });
  add({ name: `structural edit: ${get(list[0]?.typing, 'structural.dependantCount') ?? '?'} dependants re-checked p95`, unit: 'ms', ours: col(list, 'typing', 'structural.dependants.p95'), target: size >= 1000 ? { limit: 100, against: 'value', text: '≤ 100 ms' } : undefined, note: 'didChange → the last implementing law\'s publishDiagnostics' });
  add({ name: 'first diagnostics of the open document', unit: 'ms', ours: col(list, 'typing', 'startup.firstDiagnosticsMs'), target: size >= 10000 ? { limit: 1000, against: 'value', text: '≤ 1 s' } : undefined, note: 'didOpen right after initialized' });
  add({ name: 'first hover in the open document', unit: 'ms', ours: col(list, 'typing', 'startup.firstHoverMs'), target: size >= 10000 ? { limit: 1000, against: 'value', text: '≤ 1 s' } : undefined, note: 'sent with didOpen, on a defined term' });
  add({ name: 'server index: initialized → every document published', unit: 'ms', ours: col(list, 'warm', 'coldMs'), note: 'cold, writing the cache' });
  add({ name: 'warm restart: the same with the cache', unit: 'ms', ours: col(list, 'warm', 'warmMs') });
  add({ name: 'warm restart ÷ cold', unit: 'ms', ours: col(list, 'warm', 'ratio'), target: { limit: 0.2, against: 'value', text: '≤ 0.2× cold' }, note: 'a ratio, not ms' });
  add({ name: 'server peak RSS, cold index writing the cache', unit: 'MB', ours: col(list, 'warm', 'coldMemory.vmHwmMB'), note: 'the server process\'s VmHWM once every document is published' });
  add({ name: 'server peak RSS, cold index without a cache', unit: 'MB', ours: col(list, 'warm', 'noCacheMemory.vmHwmMB') });
  add({ name: 'server RSS after indexing, without a cache', unit: 'MB', ours: col(list, 'warm', 'noCacheMemory.rssMB') });
}

// ---- output -----------------------------------------------------------------------------

function fmt(value: number | undefined, unit: string): string {
  if (value === undefined || !Number.isFinite(value)) return '–';
  if (unit === 'MB' || unit === 'count') return value.toFixed(0);
  if (value >= 100) return value.toFixed(0);
  if (value >= 10) return value.toFixed(1);
  if (value >= 1) return value.toFixed(2);
  return value.toFixed(3);
}

function cell(s: Stat | undefined, unit: string): string {
  if (!s) return '–';
  return s.n > 1 ? `${fmt(s.median, unit)} (${fmt(s.min, unit)}–${fmt(s.max, unit)})` : fmt(s.median, unit);
}

function ratio(a: Stat | undefined, b: Stat | undefined): string {
  if (!a || !b || !(b.median > 0)) return '–';
  const r = a.median / b.median;
  return `${r >= 100 ? r.toFixed(0) : r >= 10 ? r.toFixed(1) : r.toFixed(2)}×`;
}

function verdict(row: Row): string {
  if (!row.target) return '';
  if (!row.ours) return 'not measured';
  const value = row.target.against === 'peer' ? (row.peer ? row.ours.median / row.peer.median : NaN) : row.ours.median;
  if (!Number.isFinite(value)) return 'not measured';
  return `${value <= row.target.limit ? 'met' : 'NOT met'} (${row.target.text})`;
}

function table(rows: Row[]): string {
  const lines = ['| docs | measure | unit | Treaty Lens median (min–max) | peer | floor | × floor | × peer | target |', '|---:|---|---|---:|---:|---:|---:|---:|---|'];
  for (const row of rows) {
    const ours = row.ours ? cell(row.ours, row.unit) : row.note ?? '–';
    const note = row.ours && row.note ? ` ${row.note}` : '';
    lines.push(`| ${row.size} | ${row.name} | ${row.unit} | ${ours} | ${cell(row.peer, row.unit)} | ${cell(row.floor, row.unit)} | ${ratio(row.ours, row.floor)} | ${ratio(row.ours, row.peer)} | ${verdict(row)}${note} |`);
  }
  return lines.join('\n');
}

function scaling(rows: Row[], sizes: number[]): string {
  const names = ['cold index', 'peak RSS, indexed (VmHWM)', 'keystroke p50 (set + check)', 'hover p95', 'definition p95', 'references after an edit p50'];
  const lines = [`| measure | ${sizes.map((s) => `${s} docs`).join(' | ')} | ${sizes.length > 1 ? `growth ${sizes[0]}→${sizes[sizes.length - 1]}` : ''} |`, `|---|${sizes.map(() => '---:').join('|')}|---:|`];
  for (const name of names) {
    for (const who of ['ours', 'peer'] as const) {
      const values = sizes.map((size) => rows.find((r) => r.size === size && r.name === name)?.[who]);
      if (values.every((v) => !v)) continue;
      const unit = rows.find((r) => r.name === name)?.unit ?? 'ms';
      const first = values[0]?.median;
      const last = values[values.length - 1]?.median;
      const growth = first && last ? `${(last / first).toFixed(1)}×` : '–';
      lines.push(`| ${name} (${who === 'ours' ? 'Treaty Lens' : 'peer'}, ${unit}) | ${values.map((v) => fmt(v?.median, unit)).join(' | ')} | ${sizes.length > 1 ? growth : ''} |`);
    }
  }
  return lines.join('\n');
}

function gitRevision(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'server'], { encoding: 'utf8' }).trim() ? ' (server/ has uncommitted changes)' : '';
    return head + dirty;
  } catch {
    return 'unknown';
  }
}

function machine() {
  return { revision: gitRevision(), nproc: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memoryGB: Math.round(totalmem() / 1073741824), node: process.version, platform: `${process.platform} ${process.arch}`, date: new Date().toISOString() };
}

async function profileRuns(size: number): Promise<string> {
  const dir = ensureWorkspace(DEFAULT_ROOT, size, { log });
  const out = join(DEFAULT_ROOT, 'profiles');
  mkdirSync(out, { recursive: true });
  const parts: string[] = [];
  for (const name of ['engine-cold', 'engine-keystroke', 'engine-query', 'server-typing']) {
    let file = join(out, `${name}-${size}.cpuprofile`);
    const before = new Set(readdirSync(out));
    const result = await measure(name, dir, ['--profile', file]);
    if (result.error) { parts.push(`${name}: ${result.error}`); continue; }
    if (name.startsWith('server-')) {
      // node --cpu-prof names its own file in the folder: the new one is the server's.
      const written = readdirSync(out).find((entry) => !before.has(entry) && entry.endsWith('.cpuprofile'));
      if (!written) { parts.push(`${name}: no profile written`); continue; }
      renameSync(join(out, written), file);
    }
    const data = JSON.parse(readFileSync(file, 'utf8'));
    parts.push(formatHotSpots(`${name}, ${size} documents, by self time (measured phase only; ${file})`, hotSpots(data, 15)));
    parts.push(formatHotSpots(`${name}, ${size} documents, by inclusive time`, hotSpots(data, 12, 'total')));
  }
  return parts.join('\n\n');
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const env = machine();
  log(`Treaty Lens benchmark: sizes ${options.sizes.join(', ')}; runs ${options.runs} (≥1000 docs: ${options.runsLarge}); ${env.nproc} CPUs, node ${env.node}`);
  const rows: Row[] = [];
  const raw: Json = {};
  for (const size of options.sizes) {
    const result = await runSize(size, options);
    rows.push(...result.rows);
    raw[size] = result.raw;
  }
  const profile = options.profile ? await profileRuns(options.profile) : undefined;
  const json = JSON.stringify({ machine: env, options, rows, raw, profile }, null, 2) + '\n';
  if (options.out) writeFileSync(options.out, json);
  if (options.json) {
    process.stdout.write(json);
    return;
  }
  console.log(`Machine: ${env.nproc} × ${env.cpu}, ${env.memoryGB} GB, node ${env.node}, ${env.platform}, ${env.date}; engine at ${env.revision}`);
  const loads = Object.values(raw).flatMap((r: Json) => ['cold', 'keystroke', 'query', 'server'].flatMap((k) => ((r[k] ?? []) as Json[]).flatMap((run) => Object.values(run).map((m) => (m as Json).loadavg1))));
  const load = stat(loads);
  if (load) console.log(`1-minute load average at the end of each measurement: median ${load.median.toFixed(1)}, ${load.min.toFixed(1)}–${load.max.toFixed(1)} (${env.nproc} CPUs; above ${env.nproc} the machine was shared and wall times are inflated)`);
  console.log(`Runs: ${options.runs} per size (${options.runsLarge} cold / 1 interactive at ≥ 1000 documents); cells are median (min–max) over runs; latencies are per-run p50/p95 over ${50} keystrokes or 200 queries.\n`);
  console.log(table(rows));
  console.log('\nScaling (medians):\n');
  console.log(scaling(rows, options.sizes));
  if (profile) console.log('\nProfiles (self time):\n\n' + profile);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
