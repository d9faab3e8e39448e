// The raw test set: real laws as converters give them, read against a hand-checked gold
// (rawLawsGold.ts). A gold item marked `pending` is a known miss: it shows as pending while it
// fails and fails once it passes, so that the mark is removed and the miss cannot come back.
import * as assert from 'node:assert';
import type { Context } from 'mocha';
import type { DocumentModel } from '../../server/src/engine/document';
import type { Unit } from '../../server/src/engine/model';
import type { ResolvedReference } from '../../server/src/engine/resolve';
import { checkDocument } from '../../server/src/engine/checks';
import { GOLD, type GoldCitation, type GoldDefinition, type LawGold } from './rawLawsGold';
import { loadRawWorkspace, rawLawFiles, rawLawSource, rawLawUri } from '../helpers/rawLaws';

function modelOf(file: string): DocumentModel {
  const model = loadRawWorkspace().get(rawLawUri(file));
  if (!model) throw new Error(`${file} is not loaded`);
  return model;
}

/** The unit at a gold path ("6 > I > 2", "6 > I > 7 > al4"), or a description of why there is none. */
export function unitAtPath(model: DocumentModel, path: string): Unit | string {
  const [first, ...rest] = path.split('>').map((step) => step.trim());
  const starts = model.units.filter((unit) => unit.citable && unit.number === first);
  if (!starts.length) return `no article or section ${first}`;
  let missing = '';
  for (const start of starts) {
    let unit: Unit | undefined = start;
    for (const step of rest) {
      const alinea = /^al(\d+)$/.exec(step);
      const next: Unit | undefined = unit.children.find((child) => (alinea ? child.kind === 'alinea' && child.number === alinea[1] : child.kind !== 'alinea' && child.number === step));
      if (!next) {
        missing = `${unit.id || unit.label} has no unit ${step} (children: ${unit.children.map((c) => c.id).join(', ') || 'none'})`;
        unit = undefined;
        break;
      }
      unit = next;
    }
    if (unit) return unit;
  }
  return missing;
}

/** A point and its opening alinéa are the same words: either names the target. */
function sameUnit(a: Unit, b: Unit): boolean {
  const opening = (outer: Unit, inner: Unit) => inner.parent === outer && inner.kind === 'alinea' && inner.number === '1';
  return a === b || opening(a, b) || opening(b, a);
}

function within(unit: Unit, outer: Unit): boolean {
  for (let u: Unit | undefined = unit; u; u = u.parent) if (u === outer) return true;
  return false;
}

/** A needle as a pattern in which a space also matches a no-break space (the German sources write "§\u00a0138"). */
function loosePattern(needle: string): RegExp {
  return new RegExp(needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \u00a0]'), 'g');
}

function citeSpan(model: DocumentModel, citation: GoldCitation): { start: number; end: number } {
  const matches = [...model.text.matchAll(loosePattern(citation.needle))];
  if (matches.length !== 1) throw new Error(`needle found ${matches.length} times in ${model.id}: ${JSON.stringify(citation.needle)}`);
  const inner = loosePattern(citation.cite).exec(matches[0][0]);
  if (!inner) throw new Error(`cite not in needle: ${JSON.stringify(citation.cite)}`);
  const start = matches[0].index! + inner.index;
  return { start, end: start + inner[0].length };
}

/** What the engine made of the words of a gold citation: every citation overlapping them. */
function citationsAt(model: DocumentModel, citation: GoldCitation): ResolvedReference[] {
  const span = citeSpan(model, citation);
  return loadRawWorkspace().resolved(model.uri).filter((r) => r.reference.span.start < span.end && r.reference.span.end > span.start);
}

/** Why the engine's reading differs from the gold, or '' when it is the same. */
export function citationMiss(model: DocumentModel, citation: GoldCitation): string {
  const found = citationsAt(model, citation);
  const shown = found.map((r) => `"${r.reference.text}" → ${r.targets.map((t) => (t.status === 'resolved' ? t.covered?.join('+') ?? t.unitId ?? '' : t.status)).join(', ')}`).join('; ') || 'no citation found';
  if (!found.length) return 'no citation found';
  const unitTargets = found.flatMap((r) => r.targets).filter((t) => !(t.status === 'resolved' && t.documentId === model.id && !t.unitId) && !(t.status === 'resolved' && t.documentId !== model.id && !t.unitId));
  if (citation.targets === 'external') {
    return unitTargets.length && unitTargets.every((t) => t.status === 'external') ? '' : `expected external, engine: ${shown}`;
  }
  if (citation.targets === 'gap') {
    const span = citeSpan(model, citation);
    const errors = checkDocument(loadRawWorkspace(), model.uri).filter((d) => d.severity === 'error' && d.span.start < span.end && d.span.end > span.start);
    if (errors.length) return `a unit left out of the excerpt is reported as an error: ${errors[0].message}`;
    return unitTargets.some((t) => t.status === 'resolved' && t.documentId === model.id) ? `expected a unit in the gap, engine: ${shown}` : '';
  }
  const expected: Unit[] = [];
  for (const path of citation.targets) {
    const unit = unitAtPath(model, path);
    if (typeof unit === 'string') return `the cited unit ${path} is not in the structure: ${unit}`;
    expected.push(unit);
  }
  const got: Unit[] = [];
  for (const target of unitTargets) {
    if (target.status !== 'resolved' || target.documentId !== model.id) return `expected ${citation.targets.join(', ')}, engine: ${shown}`;
    for (const id of target.covered ?? [target.unitId ?? '']) {
      const unit = model.unitsById.get(id);
      if (unit) got.push(unit);
    }
  }
  const same = got.length === expected.length && expected.every((e) => got.some((g) => sameUnit(g, e))) && got.every((g) => expected.some((e) => sameUnit(g, e)));
  return same ? '' : `expected ${citation.targets.join(', ')}, engine: ${shown}`;
}

/** Why the engine's definitions differ from the gold for this term, or ''. */
export function definitionMiss(model: DocumentModel, definition: GoldDefinition): string {
  const key = definition.term.toLowerCase();
  const found = model.definitions.filter((d) => d.term.toLowerCase().replace(/\s+/g, ' ') === key);
  if (!found.length) return `"${definition.term}" is not found as a definition`;
  const unit = unitAtPath(model, definition.unit);
  if (typeof unit === 'string') return `the defining unit ${definition.unit} is not in the structure: ${unit}`;
  const inside = found.filter((d) => {
    const at = model.unitsById.get(d.unitId);
    return at !== undefined && within(at, unit);
  });
  return inside.length ? '' : `"${definition.term}" is found in ${found.map((d) => d.unitId).join(', ')}, not in ${definition.unit}`;
}

/** Engine definitions that match no gold definition of the law (false positives). */
export function extraDefinitions(model: DocumentModel, gold: LawGold): string[] {
  const keys = new Set(gold.definitions.map((d) => d.term.toLowerCase()));
  return model.definitions.filter((d) => !keys.has(d.term.toLowerCase().replace(/\s+/g, ' '))).map((d) => `${d.term} (${d.unitId})`);
}

export function errorsOf(model: DocumentModel): string[] {
  return checkDocument(loadRawWorkspace(), model.uri)
    .filter((d) => d.severity === 'error')
    .map((d) => `${model.lines.position(d.span.start).line + 1}: ${d.code}: ${d.message}`);
}

/** Runs a gold check: fails on a miss, or shows as pending for a known miss (and fails if it now passes). */
function verdict(context: Context, miss: string, pending: string | undefined): void {
  if (pending) {
    if (!miss) assert.fail(`this known miss now passes: remove "pending: ${pending}" from the gold`);
    context.skip();
  }
  assert.strictEqual(miss, '', miss);
}

/** Error-level diagnostics each law may still have (known false errors, owned by other work): the
 * count must only go down. An enacted law really citing a unit that does not exist would be listed
 * in TRUE_ERRORS; none of these laws does. */
const MAX_FALSE_ERRORS: Record<string, number> = {
  'de-ttdsg.md': 0,
  'de-bdsg.md': 0,
  'fr-lcen.md': 0,
  'us-15usc-ch91-coppa.md': 0,
  'my-egaa-2007.md': 0,
  'sa-pdpl-2021-en.md': 0,
  'de-stpo-100a-100b.md': 0,
};

describe('raw laws: real statutes as converters give them (test/fixtures/raw-laws)', () => {
  it('every raw law has gold, front matter and a source line in SOURCES.md', () => {
    const sources = rawLawSource('SOURCES.md');
    assert.deepStrictEqual(GOLD.map((g) => g.file).sort(), rawLawFiles().sort());
    for (const file of rawLawFiles()) {
      assert.ok(sources.includes(`\`${file}\``), `${file} is not described in SOURCES.md`);
      const model = modelOf(file);
      assert.strictEqual(model.type, 'law', `${file}: the added front matter is read`);
      const gold = GOLD.find((g) => g.file === file)!;
      assert.ok(gold.citations.length >= 10, `${file}: at least ten gold citations`);
    }
  });

  for (const gold of GOLD) {
    describe(gold.file, () => {
      for (const definition of gold.definitions) {
        it(`defines "${definition.term}" in ${definition.unit}`, function () {
          verdict(this, definitionMiss(modelOf(gold.file), definition), definition.pending);
        });
      }
      for (const citation of gold.citations) {
        const expected = Array.isArray(citation.targets) ? citation.targets.join(', ') : citation.targets;
        it(`"${citation.cite.replace(/\s+/g, ' ')}" → ${expected}`, function () {
          verdict(this, citationMiss(modelOf(gold.file), citation), citation.pending);
        });
      }
      it('no more false errors than known (an enacted law cites no missing unit)', () => {
        const errors = errorsOf(modelOf(gold.file));
        const max = MAX_FALSE_ERRORS[gold.file] ?? 0;
        assert.ok(errors.length <= max, `${errors.length} errors (at most ${max} known):\n${errors.join('\n')}`);
      });
      it('no false error at all', function () {
        const errors = errorsOf(modelOf(gold.file));
        if (errors.length && (MAX_FALSE_ERRORS[gold.file] ?? 0) > 0) this.skip();
        assert.deepStrictEqual(errors, []);
      });
    });
  }

  it('metrics (printed with RAWSET_METRICS=1): definitions precision and recall, exact citation hits, false errors', () => {
    const rows: string[] = [];
    for (const gold of GOLD) {
      const model = modelOf(gold.file);
      const defHits = gold.definitions.filter((d) => !definitionMiss(model, d)).length;
      const extra = extraDefinitions(model, gold).length;
      const found = model.definitions.length;
      const citeHits = gold.citations.filter((c) => !citationMiss(model, c)).length;
      const errors = errorsOf(model).length;
      const precision = found ? (found - extra) / found : 1;
      rows.push(`| ${gold.file} | ${(precision * 100).toFixed(0)} % (${found - extra}/${found}) | ${((defHits / gold.definitions.length) * 100).toFixed(0)} % (${defHits}/${gold.definitions.length}) | ${citeHits}/${gold.citations.length} | ${errors} |`);
    }
    if (process.env.RAWSET_METRICS) {
      console.log(['| law | definitions precision | definitions recall | exact citation hits | errors |', '|---|---|---|---|---|', ...rows].join('\n'));
      for (const gold of GOLD) {
        const model = modelOf(gold.file);
        for (const c of gold.citations) {
          const miss = citationMiss(model, c);
          if (miss) console.log(`MISS ${gold.file}: "${c.cite.replace(/\s+/g, ' ')}": ${miss}`);
        }
        for (const d of gold.definitions) {
          const miss = definitionMiss(model, d);
          if (miss) console.log(`MISS ${gold.file}: def ${miss}`);
        }
        for (const x of extraDefinitions(model, gold)) console.log(`EXTRA ${gold.file}: def ${x}`);
        for (const e of errorsOf(model)) console.log(`ERROR ${gold.file}:${e}`);
      }
    }
    assert.strictEqual(rows.length, GOLD.length);
  });
});
