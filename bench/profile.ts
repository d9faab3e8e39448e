// Summarises a .cpuprofile: self time per function, mapped through the bundle's source map
// to the TypeScript file and line. `node dist/bench/profile.js file.cpuprofile [--top 15]`
import { readFileSync, existsSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';
import { relative, resolve } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface HotSpot {
  functionName: string;
  location: string;
  selfMs: number;
  selfPercent: number;
  /** Time with this function anywhere on the stack (recursion counted once). */
  totalMs: number;
  totalPercent: number;
}

const maps = new Map<string, SourceMap | null>();
const ROOT = resolve(__dirname, '..', '..');

function sourceMapFor(url: string): SourceMap | null {
  if (maps.has(url)) return maps.get(url)!;
  let map: SourceMap | null = null;
  try {
    const file = url.startsWith('file:') ? fileURLToPath(url) : url;
    if (existsSync(file + '.map')) map = new SourceMap(JSON.parse(readFileSync(file + '.map', 'utf8')));
  } catch {
    map = null;
  }
  maps.set(url, map);
  return map;
}

function locate(frame: ProfileNode['callFrame']): string {
  if (!frame.url) return '(native)';
  const map = sourceMapFor(frame.url);
  if (map) {
    const entry = map.findEntry(frame.lineNumber, frame.columnNumber) as { originalSource?: string; originalLine?: number };
    if (entry && entry.originalSource) {
      const source = entry.originalSource.startsWith('file:') ? fileURLToPath(entry.originalSource) : resolve(ROOT, 'dist', 'bench', entry.originalSource);
      return `${relative(ROOT, source)}:${(entry.originalLine ?? 0) + 1}`;
    }
  }
  const file = frame.url.startsWith('file:') ? fileURLToPath(frame.url) : frame.url;
  return `${file.startsWith('/') ? relative(ROOT, file) : file}:${frame.lineNumber + 1}`;
}

/** Self and inclusive time per function (name + source location), largest self time first. */
export function hotSpots(profile: CpuProfile, top = 15, by: 'self' | 'total' = 'self'): { totalMs: number; spots: HotSpot[] } {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const delta = profile.timeDeltas[i + 1] ?? 0;
    self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + delta);
  }
  const keyOf = new Map<number, { key: string; name: string; location: string }>();
  const describe = (node: ProfileNode) => {
    let known = keyOf.get(node.id);
    if (!known) {
      const name = node.callFrame.functionName || '(anonymous)';
      const location = locate(node.callFrame);
      known = { key: `${name}@${location}`, name, location };
      keyOf.set(node.id, known);
    }
    return known;
  };
  const totals = new Map<string, HotSpot>();
  const spotOf = (node: ProfileNode) => {
    const { key, name, location } = describe(node);
    let spot = totals.get(key);
    if (!spot) totals.set(key, (spot = { functionName: name, location, selfMs: 0, selfPercent: 0, totalMs: 0, totalPercent: 0 }));
    return { key, spot };
  };
  let totalUs = 0;
  for (const [id, us] of self) {
    const node = byId.get(id);
    if (!node) continue;
    const name = node.callFrame.functionName;
    if (name === '(idle)' || name === '(root)') continue;
    totalUs += us;
    spotOf(node).spot.selfMs += us / 1000;
    const seen = new Set<string>();
    for (let current: ProfileNode | undefined = node; current; current = byId.get(parent.get(current.id) ?? -1)) {
      if (current.callFrame.functionName === '(root)') break;
      const { key, spot } = spotOf(current);
      if (seen.has(key)) continue;
      seen.add(key);
      spot.totalMs += us / 1000;
    }
  }
  const spots = [...totals.values()].sort((a, b) => (by === 'self' ? b.selfMs - a.selfMs : b.totalMs - a.totalMs)).slice(0, top);
  for (const spot of spots) {
    spot.selfPercent = (100 * spot.selfMs * 1000) / totalUs;
    spot.totalPercent = (100 * spot.totalMs * 1000) / totalUs;
  }
  return { totalMs: totalUs / 1000, spots };
}

export function formatHotSpots(title: string, result: { totalMs: number; spots: HotSpot[] }): string {
  const lines = [`${title} (${result.totalMs.toFixed(0)} ms sampled)`, '', '| self % | self ms | incl. % | function | where |', '|---:|---:|---:|---|---|'];
  for (const spot of result.spots) lines.push(`| ${spot.selfPercent.toFixed(1)} | ${spot.selfMs.toFixed(0)} | ${spot.totalPercent.toFixed(1)} | \`${spot.functionName}\` | ${spot.location} |`);
  return lines.join('\n');
}

if (/profile\.js$/.test(process.argv[1] ?? '')) {
  const file = process.argv[2];
  const topIndex = process.argv.indexOf('--top');
  const top = topIndex > 0 ? Number(process.argv[topIndex + 1]) : 15;
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  console.log(formatHotSpots(`${file}: by self time`, hotSpots(profile, top)));
  console.log('\n' + formatHotSpots(`${file}: by inclusive time`, hotSpots(profile, top, 'total')));
}
