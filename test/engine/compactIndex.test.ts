// The index keeps some of what it computed in compact form (docs/BENCHMARK.md, "Memory, round
// two"): read back, it must be exactly what was computed. On the real corpus, the raw laws of
// test/fixtures and ../shared/sources.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Workspace, type TermUse } from '../../server/src/engine/workspace';
import { parseDocument, type DocumentModel } from '../../server/src/engine/document';
import { isResting } from '../../server/src/engine/restingText';
import { packTermUses, unpackTermUses } from '../../server/src/engine/workspace/termUses';
import { CORPUS_DIR, corpusFiles, SOURCES_DIR } from '../helpers/workspace';

const RAW_DIR = join(CORPUS_DIR, '..', 'test', 'fixtures', 'raw-laws');

function documents(): Array<{ uri: string; text: string }> {
  const folder = (dir: string, names: string[]) => names.map((name) => ({ uri: `file://${join(dir, name)}`, text: readFileSync(join(dir, name), 'utf8') }));
  const markdown = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.md') && name !== 'SOURCES.md' && name !== 'README.md');
  const docs = [...folder(CORPUS_DIR, corpusFiles()), ...folder(RAW_DIR, markdown(RAW_DIR)), ...(SOURCES_DIR ? folder(SOURCES_DIR, markdown(SOURCES_DIR)) : [])];
  assert.ok(docs.length >= 20, `${docs.length} documents`);
  return docs;
}

/** What a use says, with the definition it points to by identity (its document's model and its place in it). */
function plain(uses: TermUse[]): string[] {
  return uses.map((use) => {
    const { definition, model } = use.definition;
    const place = model.definitions.indexOf(definition);
    assert.ok(place >= 0, 'the definition is one of its document\'s');
    return `${use.key} ${use.span.start}-${use.span.end}${use.isDefinition ? ' (definition)' : ''} -> ${model.uri}#${place}`;
  });
}

/** Equal JSON (parents left out), or a failure that shows where they first differ. */
function assertSameJson(actual: unknown, expected: unknown, label: string): void {
  const json = (value: unknown) => JSON.stringify(value, (key, item) => (key === 'parent' ? undefined : item));
  const a = json(actual);
  const b = json(expected);
  if (a === b) return;
  let at = 0;
  while (a[at] === b[at]) at++;
  assert.fail(`${label}: differs at ${at}: ${a.slice(Math.max(0, at - 80), at + 80)} / expected ${b.slice(Math.max(0, at - 80), at + 80)}`);
}

/** Every `{ start, end }` object of a model (each object once), and how many distinct values they hold. */
function spanObjects(model: DocumentModel): { objects: number; values: number } {
  const seen = new Set<object>();
  const values = new Set<string>();
  const stack: unknown[] = [model.units, model.references, model.prose, model.definitions, model.gaps, model.problems, model.frontMatter];
  while (stack.length) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object' || seen.has(value) || ArrayBuffer.isView(value)) continue;
    seen.add(value);
    const keys = Object.keys(value);
    if (keys.length === 2 && keys[0] === 'start' && keys[1] === 'end') values.add(`${(value as { start: number }).start}-${(value as { end: number }).end}`);
    else for (const key of keys) if (key !== 'parent') stack.push((value as Record<string, unknown>)[key]);
  }
  return { objects: [...seen].filter((value) => { const keys = Object.keys(value); return keys.length === 2 && keys[0] === 'start'; }).length, values: values.size };
}

describe('engine: compact index structures read back what was computed', () => {
  const docs = documents();

  it('a resting model (equal spans shared, empty arrays one frozen array) holds what a fresh parse holds', () => {
    const workspace = new Workspace();
    for (const { uri, text } of docs) workspace.set(uri, text);
    let shared = 0;
    let leaves = 0;
    for (const { uri, text } of docs) {
      const resting = workspace.get(uri) as DocumentModel;
      if (!isResting(resting)) continue;
      const fresh = parseDocument(uri, text);
      for (const field of ['units', 'references', 'prose', 'definitions', 'gaps', 'problems', 'frontMatter', 'root'] as const) assertSameJson(resting[field], fresh[field], `${uri}: ${field}`);
      assert.deepEqual([...resting.unitsById.keys()], [...fresh.unitsById.keys()], `${uri}: unitsById`);
      // One span object per value; and every leaf unit has the one frozen empty children array.
      const { objects, values } = spanObjects(resting);
      assert.equal(objects, values, `${uri}: one span object per value`);
      shared += spanObjects(fresh).objects - objects;
      const childless = resting.units.filter((unit) => unit.children.length === 0);
      assert.ok(childless.every((unit) => unit.children === childless[0].children && Object.isFrozen(unit.children)), `${uri}: leaves share one frozen array`);
      leaves += childless.length;
    }
    assert.ok(shared > 1000 && leaves > 1000, `${shared} span objects shared, ${leaves} leaf units`);
  });

  it('term uses: read long after they were computed (from their packed form), every use of every document is the same', () => {
    const workspace = new Workspace();
    for (const { uri, text } of docs) workspace.set(uri, text);
    // First read: the uses as computed (objects). Kept here, then every other document is read,
    // so that the workspace keeps only the packed form of the first ones.
    const computed = docs.map(({ uri }) => workspace.termUses(uri));
    let uses = 0;
    let definitionSites = 0;
    let farOffsets = 0;
    let incorporated = 0;
    for (const [i, { uri }] of docs.entries()) {
      const again = workspace.termUses(uri);
      if (computed[i].length) assert.notEqual(again, computed[i], `${uri}: read back, not the array first returned`);
      assert.deepEqual(plain(again), plain(computed[i]), uri);
      assert.equal(again.filter((use, j) => use.definition !== computed[i][j].definition).length, 0, `${uri}: the same definition objects`);
      uses += again.length;
      definitionSites += again.filter((use) => use.isDefinition).length;
      farOffsets += again.filter((use) => use.span.end > 65535).length;
      incorporated += again.filter((use) => use.definition.model.uri !== uri).length;
    }
    // What the packed form must carry: many uses, definition sites, offsets past 16 bits, definitions of other documents.
    assert.ok(uses > 5000 && definitionSites > 100 && farOffsets > 1000 && incorporated > 50, `${uses} uses, ${definitionSites} definition sites, ${farOffsets} past 65,535, ${incorporated} from incorporated documents`);
  });

  it('term uses: packing keeps a key that differs from its definition\'s, and the same definition under two keys', () => {
    const workspace = new Workspace();
    const { uri, text } = docs.find((doc) => /definitions/.test(doc.uri) && /2510/.test(doc.uri)) ?? docs[0];
    workspace.set(uri, text);
    const uses = workspace.termUses(uri);
    assert.ok(uses.length > 10);
    const [first, second] = uses;
    const varied: TermUse[] = [{ ...first, key: `${first.key} variant`, span: { start: 70000, end: 70012 } }, first, second, { ...second, definition: first.definition, isDefinition: !second.isDefinition }];
    assert.deepEqual(plain(unpackTermUses(packTermUses(varied))), plain(varied));
  });
});
