// One measurement in a fresh process: `node dist/bench/runner.js <measurement> <workspace dir> [--profile file]`.
// Prints one JSON object on stdout. bench.ts spawns this once per run so that no measurement
// sees another's caches, JIT state or heap.
//
// Measurements: engine-cold, peer-cold, floor-cold, engine-keystroke, peer-keystroke,
// floor-keystroke, engine-query, peer-query.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Session } from 'node:inspector';
import { loadavg } from 'node:os';
import { URI } from 'vscode-uri';
import { Workspace } from '../server/src/engine/workspace';
import { checkDocument } from '../server/src/engine/checks/index';
import { limitHeapGrowth } from '../server/src/node/heapGrowth';
import { OrderedParse, ParsePool, parseThreadCount, POOL_MINIMUM_DOCUMENTS } from '../server/src/node/parsePool';
import { DEFAULT_MAX_LENGTH } from '../server/src/engine/document';
import { unitCount } from '../server/src/engine/restingText';
import { documentFiles, rng } from './generate';
import { createPeer, peerAnalyse, noCancel } from './peer';
import { editOffset, latency, serverStartup, serverTyping, serverWarm } from './server';

const FLOOR_PATTERN = /article\s+\d+/gi;
export const KEYSTROKES = 50;
const DEPENDANT_SAMPLES = 10;
const QUERIES = 200;

// ---- memory -----------------------------------------------------------------------------

let peakRss = 0;
function sampleRss() {
  const rss = process.memoryUsage.rss();
  if (rss > peakRss) peakRss = rss;
}
const sampler = setInterval(sampleRss, 20);
sampler.unref();

function vmHwm(): number | undefined {
  try {
    const match = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

function memory() {
  sampleRss();
  return { peakRssMB: peakRss / 1048576, vmHwmMB: (vmHwm() ?? NaN) / 1048576, heapUsedMB: process.memoryUsage().heapUsed / 1048576 };
}

// ---- helpers ----------------------------------------------------------------------------

const now = () => performance.now();

/** User + system CPU time since `start`, in ms (all threads, so GC helpers count too). */
function cpuSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

interface Loaded { uri: string; text: string }

function readAll(dir: string): Loaded[] {
  const out: Loaded[] = [];
  for (const file of documentFiles(dir)) {
    out.push({ uri: pathToFileURL(file).href, text: readFileSync(file, 'utf8') });
    sampleRss();
  }
  return out;
}

/** Profiles only the measured phase, through the inspector, into a .cpuprofile file. */
class Profiler {
  private session?: Session;
  constructor(private readonly file?: string) {}
  /** For measurements that profile another process: the folder of the profile file. */
  folder(): string | undefined {
    return this.file ? dirname(this.file) : undefined;
  }
  async start() {
    if (!this.file) return;
    this.session = new Session();
    this.session.connect();
    await this.post('Profiler.enable');
    await this.post('Profiler.setSamplingInterval', { interval: 100 });
    await this.post('Profiler.start');
  }
  async stop() {
    if (!this.session || !this.file) return;
    const result = (await this.post('Profiler.stop')) as { profile: unknown };
    writeFileSync(this.file, JSON.stringify(result.profile));
    this.session.disconnect();
  }
  private post(method: string, params?: object): Promise<unknown> {
    return new Promise((resolve, reject) => this.session!.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result))));
  }
}

/** The open document for keystrokes: the first treaty (laws implement it, so it has dependants). */
function openDocument(docs: Loaded[]): Loaded {
  return docs.find((d) => basename(d.uri).startsWith('bench-treaty-0000')) ?? docs[0];
}

/**
 * A turn of the event loop every 25 documents, as the server takes while indexing and the
 * command line while checking: objects a task read through a WeakRef (a resting document's unit
 * tree, restingText.ts) can only be let go between tasks. A loop of one task would hold every
 * tree it read until it ended.
 */
async function turnNow(i: number): Promise<void> {
  if (i % 25 === 24) await new Promise((resolve) => setImmediate(resolve));
}

/**
 * The whole engine index: everything hover, links and diagnostics need. A document given as a
 * file is read when it is set (as the server reads them), so that the bench holds no texts.
 */
async function engineIndex(docs: Array<{ uri: string; text?: string; file?: string }>, parseThreads = 0) {
  const workspace = new Workspace();
  const t0 = now();
  let readMs = 0;
  // As `treaty-lens check` loads a folder: parse threads work ahead, models are set in order.
  const pool = parseThreads > 0 && docs.length >= POOL_MINIMUM_DOCUMENTS ? new ParsePool(parseThreads) : undefined;
  const ordered = new OrderedParse(pool, DEFAULT_MAX_LENGTH, (uri, text, model) => {
    workspace.set(uri, text, 0, model);
    sampleRss();
  });
  for (const [i, doc] of docs.entries()) {
    const r0 = now();
    const text = doc.text ?? readFileSync(doc.file as string, 'utf8');
    readMs += now() - r0;
    await ordered.add(doc.uri, text);
    await turnNow(i);
  }
  await ordered.finish();
  const workerModels = pool?.workerModels ?? 0;
  pool?.stop();
  const t1 = now();
  // Each document once, as the server publishes diagnostics and `treaty-lens check` checks:
  // its citations resolved, its term uses, its checks. The three read the same text (inflated
  // once when it rests) and the same word stream (kept for the last document matched).
  let references = 0;
  let unresolved = 0;
  let termUses = 0;
  let diagnostics = 0;
  let resolveMs = 0;
  let termsMs = 0;
  let checkMs = 0;
  for (const [i, doc] of docs.entries()) {
    await turnNow(i);
    const r0 = now();
    for (const resolved of workspace.resolved(doc.uri)) {
      references++;
      if (resolved.status === 'unresolved') unresolved++;
    }
    const r1 = now();
    termUses += workspace.termUses(doc.uri).length;
    const r2 = now();
    diagnostics += checkDocument(workspace, doc.uri).length;
    const r3 = now();
    resolveMs += r1 - r0;
    termsMs += r2 - r1;
    checkMs += r3 - r2;
    sampleRss();
  }
  return {
    workspace,
    phases: { readMs, setMs: t1 - t0 - readMs, resolveMs, termsMs, checkMs },
    parseThreads: pool?.size ?? 0,
    workerModels,
    counts: { documents: docs.length, references, unresolved, termUses, diagnostics, units: workspace.all().reduce((n, m) => n + unitCount(m), 0) },
  };
}

async function peerIndex(dir: string, docs: Loaded[]) {
  const { service, workspace } = createPeer(URI.file(dir));
  for (const doc of docs) workspace.add(doc.uri, doc.text);
  let symbols = 0;
  let diagnostics = 0;
  for (const doc of docs) {
    const result = await peerAnalyse(service, workspace.documents.get(doc.uri)!);
    symbols += result.symbols;
    diagnostics += result.diagnostics;
    sampleRss();
  }
  return { service, workspace, counts: { documents: docs.length, symbols, diagnostics } };
}

function floorScan(text: string): number {
  const lines = text.split('\n');
  let hits = 0;
  for (const line of lines) {
    FLOOR_PATTERN.lastIndex = 0;
    while (FLOOR_PATTERN.exec(line)) hits++;
  }
  return hits;
}

// ---- measurements -----------------------------------------------------------------------

type Measurement = (dir: string, profile: Profiler) => Promise<Record<string, unknown>>;

const MEASUREMENTS: Record<string, Measurement> = {
  async 'engine-cold'(dir, profile) {
    await profile.start();
    const cpu = process.cpuUsage();
    const t0 = now();
    const files = documentFiles(dir).map((file) => ({ uri: pathToFileURL(file).href, file }));
    const { phases, counts, parseThreads, workerModels } = await engineIndex(files, parseThreadCount());
    const total = now() - t0;
    const cpuMs = cpuSince(cpu);
    await profile.stop();
    return { totalMs: total, cpuMs, ...phases, parseThreads, workerModels, counts, memory: memory() };
  },

  async 'peer-cold'(dir, profile) {
    await profile.start();
    const cpu = process.cpuUsage();
    const t0 = now();
    const docs = readAll(dir);
    const { counts } = await peerIndex(dir, docs);
    const total = now() - t0;
    const cpuMs = cpuSince(cpu);
    await profile.stop();
    return { totalMs: total, cpuMs, counts, memory: memory() };
  },

  async 'floor-cold'(dir, profile) {
    await profile.start();
    const cpu = process.cpuUsage();
    const t0 = now();
    const docs = readAll(dir);
    let hits = 0;
    for (const doc of docs) hits += floorScan(doc.text);
    const total = now() - t0;
    const cpuMs = cpuSince(cpu);
    await profile.stop();
    return { totalMs: total, cpuMs, counts: { documents: docs.length, hits }, memory: memory() };
  },

  async 'engine-keystroke'(dir, profile) {
    const docs = readAll(dir);
    const { workspace } = await engineIndex(docs);
    const open = openDocument(docs);
    let text = open.text;
    let offset = editOffset(text);
    const keystroke: number[] = [];
    const setOnly: number[] = [];
    const withTerms: number[] = [];
    const dependants: number[] = [];
    let dependantCount = 0;
    await profile.start();
    for (let i = 0; i < KEYSTROKES; i++) {
      text = text.slice(0, offset) + 'abcdefghijklmnopqrstuvwxyz'[i % 26] + text.slice(offset);
      offset++;
      const t0 = now();
      workspace.set(open.uri, text, i + 1);
      const t1 = now();
      checkDocument(workspace, open.uri);
      const t2 = now();
      workspace.termUses(open.uri);
      const t3 = now();
      setOnly.push(t1 - t0);
      keystroke.push(t2 - t0);
      withTerms.push(t3 - t0);
      if (i % (KEYSTROKES / DEPENDANT_SAMPLES) === 0) {
        const d0 = now();
        const uris = workspace.dependents(open.uri);
        for (const uri of uris) checkDocument(workspace, uri);
        dependants.push(now() - d0);
        dependantCount = uris.length;
      }
    }
    await profile.stop();
    // A structural edit (an article renumbered and back) moves the workspace generation:
    // every cached resolution is stale, so the dependants are re-resolved for real.
    const structural: number[] = [];
    const structuralEdits = docs.length >= 1000 ? 2 : 4;
    for (let i = 0; i < structuralEdits; i++) {
      text = i % 2 === 0 ? text.replace('### Article 70 ', '### Article 71 ') : text.replace('### Article 71 ', '### Article 70 ');
      const t0 = now();
      workspace.set(open.uri, text, KEYSTROKES + i + 1);
      checkDocument(workspace, open.uri);
      const uris = workspace.dependents(open.uri);
      for (const uri of uris) checkDocument(workspace, uri);
      structural.push(now() - t0);
    }
    return {
      keystroke: latency(keystroke), setOnly: latency(setOnly), keystrokeWithTerms: latency(withTerms),
      dependants: latency(dependants), dependantCount, structuralDependants: latency(structural),
      documentChars: open.text.length, memory: memory(),
    };
  },

  async 'peer-keystroke'(dir, profile) {
    const docs = readAll(dir);
    const { service, workspace } = await peerIndex(dir, docs);
    const open = openDocument(docs);
    let offset = editOffset(open.text);
    const keystroke: number[] = [];
    await profile.start();
    for (let i = 0; i < KEYSTROKES; i++) {
      const t0 = now();
      const document = workspace.edit(open.uri, offset, 'abcdefghijklmnopqrstuvwxyz'[i % 26]);
      await peerAnalyse(service, document);
      keystroke.push(now() - t0);
      offset++;
    }
    await profile.stop();
    return { keystroke: latency(keystroke), memory: memory() };
  },

  async 'floor-keystroke'(dir, profile) {
    const docs = readAll(dir);
    const open = openDocument(docs);
    let text = open.text;
    let offset = editOffset(text);
    const keystroke: number[] = [];
    const dependants: number[] = [];
    // The floor's "dependants" are the same documents the engine re-checks: the laws implementing the treaty.
    const id = basename(open.uri, '.md');
    const implementers = docs.filter((d) => d.text.slice(0, 2000).includes(`implements: [${id}]`));
    await profile.start();
    for (let i = 0; i < KEYSTROKES; i++) {
      const t0 = now();
      text = text.slice(0, offset) + 'x' + text.slice(offset);
      offset++;
      floorScan(text);
      keystroke.push(now() - t0);
      if (i % (KEYSTROKES / DEPENDANT_SAMPLES) === 0) {
        const d0 = now();
        for (const doc of implementers) floorScan(doc.text);
        dependants.push(now() - d0);
      }
    }
    await profile.stop();
    return { keystroke: latency(keystroke), dependants: latency(dependants), dependantCount: implementers.length, memory: memory() };
  },

  async 'engine-query'(dir, profile) {
    const docs = readAll(dir);
    const { workspace } = await engineIndex(docs);
    const r = rng(42);
    const termPositions: Array<{ uri: string; offset: number }> = [];
    const citationPositions: Array<{ uri: string; offset: number }> = [];
    const headingPositions: Array<{ uri: string; offset: number }> = [];
    while (termPositions.length < QUERIES) {
      const doc = docs[Math.floor(r() * docs.length)];
      const uses = workspace.termUses(doc.uri);
      const use = uses[Math.floor(r() * uses.length)];
      termPositions.push({ uri: doc.uri, offset: use.span.start + 1 });
      const resolved = workspace.resolved(doc.uri).filter((x) => x.status === 'resolved');
      const target = resolved[Math.floor(r() * resolved.length)].targets[0];
      citationPositions.push({ uri: doc.uri, offset: target.span.start });
      const treaty = docs[Math.floor(r() * Math.max(1, Math.floor(docs.length / 5)))];
      const model = workspace.get(treaty.uri)!;
      const article = model.units.filter((u) => u.kind === 'article')[Math.floor(r() * 70)] ?? model.units[0];
      headingPositions.push({ uri: treaty.uri, offset: article.labelSpan.start + 5 });
    }
    await profile.start();
    // hover on a defined term: the use, its governing definition, where it is defined.
    const hover: number[] = [];
    let found = 0;
    for (const { uri, offset } of termPositions) {
      const t0 = now();
      const use = workspace.termAt(uri, offset);
      if (use) {
        const definition = use.definition;
        const where = definition.model.lines.position(definition.definition.termSpan.start);
        const markdown = `**${definition.definition.term}** (${definition.model.title}, line ${where.line + 1}): ${definition.definition.body}`;
        if (markdown.length) found++;
      }
      hover.push(now() - t0);
    }
    // go to definition on a citation: the resolved target's unit and its position.
    const definition: number[] = [];
    let located = 0;
    for (const { uri, offset } of citationPositions) {
      const t0 = now();
      const reference = workspace.referenceAt(uri, offset);
      const target = reference?.targets.find((t) => t.span.start <= offset && offset <= t.span.end) ?? reference?.targets[0];
      if (target?.documentId !== undefined && target.unitId !== undefined) {
        const hit = workspace.unit(target.documentId, target.unitId);
        if (hit) {
          hit.model.lines.position(hit.unit.labelSpan.start);
          located++;
        }
      }
      definition.push(now() - t0);
    }
    // find references on an article heading: every citation into it, from every document.
    const references: number[] = [];
    let firstReferencesMs = NaN;
    let incoming = 0;
    for (const { uri, offset } of headingPositions) {
      const t0 = now();
      const model = workspace.get(uri)!;
      const unit = workspace.unitAt(model, offset);
      incoming += workspace.incoming(model.id, unit.id).length;
      const elapsed = now() - t0;
      if (Number.isNaN(firstReferencesMs)) firstReferencesMs = elapsed;
      else references.push(elapsed);
    }
    // the same after a keystroke somewhere else: the incoming index is rebuilt.
    const open = openDocument(docs);
    let text = open.text;
    const offset = editOffset(text);
    const afterEdit: number[] = [];
    for (let i = 0; i < 10; i++) {
      text = text.slice(0, offset) + 'x' + text.slice(offset);
      workspace.set(open.uri, text, i + 1);
      const { uri, offset: at } = headingPositions[i];
      const t0 = now();
      const model = workspace.get(uri)!;
      workspace.incoming(model.id, workspace.unitAt(model, at).id);
      afterEdit.push(now() - t0);
    }
    await profile.stop();
    return {
      hover: latency(hover), definition: latency(definition), references: latency(references), firstReferencesMs,
      referencesAfterEdit: latency(afterEdit), answered: { hover: found, definition: located, incoming }, memory: memory(),
    };
  },

  // Through the real server over stdio (bench/server.ts). With --profile, the server process
  // writes a CPU profile (node --cpu-prof) into the folder of the given file.
  async 'server-typing'(dir, profile) {
    return serverTyping(dir, documentFiles(dir), { profileDir: profile.folder(), structuralEdits: documentFiles(dir).length >= 1000 ? 4 : 6 });
  },

  async 'server-startup'(dir) {
    return serverStartup(dir, documentFiles(dir));
  },

  async 'server-warm'(dir) {
    return serverWarm(dir, documentFiles(dir));
  },

  async 'peer-query'(dir, profile) {
    const docs = readAll(dir);
    const { service, workspace } = await peerIndex(dir, docs);
    const r = rng(42);
    const positions: Array<{ uri: string; offset: number }> = [];
    const headings: Array<{ uri: string; offset: number }> = [];
    while (positions.length < QUERIES) {
      const doc = docs[Math.floor(r() * docs.length)];
      positions.push({ uri: doc.uri, offset: Math.floor(r() * doc.text.length) });
      const treaty = docs[Math.floor(r() * Math.max(1, Math.floor(docs.length / 5)))];
      const at = treaty.text.indexOf(`### Article ${1 + Math.floor(r() * 70)} `);
      headings.push({ uri: treaty.uri, offset: at + 5 });
    }
    await profile.start();
    const hover: number[] = [];
    const definition: number[] = [];
    for (const { uri, offset } of positions) {
      const document = workspace.documents.get(uri)!;
      const position = document.positionAt(offset);
      let t0 = now();
      await service.getHover(document, position, noCancel);
      hover.push(now() - t0);
      t0 = now();
      await service.getDefinition(document, position, noCancel);
      definition.push(now() - t0);
    }
    const references: number[] = [];
    let firstReferencesMs = NaN;
    for (const { uri, offset } of headings) {
      const document = workspace.documents.get(uri)!;
      const t0 = now();
      await service.getReferences(document, document.positionAt(offset), { includeDeclaration: true }, noCancel);
      const elapsed = now() - t0;
      if (Number.isNaN(firstReferencesMs)) firstReferencesMs = elapsed;
      else references.push(elapsed);
    }
    const open = openDocument(docs);
    const offset = editOffset(open.text);
    const afterEdit: number[] = [];
    for (let i = 0; i < 10; i++) {
      workspace.edit(open.uri, offset, 'x');
      const { uri, offset: at } = headings[i];
      const document = workspace.documents.get(uri)!;
      const t0 = now();
      await service.getReferences(document, document.positionAt(at), { includeDeclaration: true }, noCancel);
      afterEdit.push(now() - t0);
    }
    await profile.stop();
    return { hover: latency(hover), definition: latency(definition), references: latency(references), firstReferencesMs, referencesAfterEdit: latency(afterEdit), memory: memory() };
  },
};

async function main() {
  const [name, dir, ...rest] = process.argv.slice(2);
  const measurement = MEASUREMENTS[name];
  if (!measurement || !dir) {
    process.stderr.write(`usage: runner.js <${Object.keys(MEASUREMENTS).join('|')}> <workspace dir> [--profile file.cpuprofile]\n`);
    process.exit(2);
  }
  const profileIndex = rest.indexOf('--profile');
  // The engine runs in-process as the server and the command line run it: with the heap's growth
  // capped (server/src/node/heapGrowth.ts); TREATY_LENS_BENCH_HEAP_GROWTH=default leaves V8's own.
  if (name.startsWith('engine-') && process.env.TREATY_LENS_BENCH_HEAP_GROWTH !== 'default') limitHeapGrowth();
  const result = await measurement(dir, new Profiler(profileIndex >= 0 ? rest[profileIndex + 1] : undefined));
  // The 1-minute load average when the measurement ends: other work on the machine shows here.
  process.stdout.write(JSON.stringify({ measurement: name, dir, ...result, loadavg1: loadavg()[0] }) + '\n');
}

main().catch((error) => {
  process.stderr.write(String(error?.stack ?? error) + '\n');
  process.exit(1);
});
