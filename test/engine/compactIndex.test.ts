// The index keeps some of what it computed in compact form (docs/BENCHMARK.md, "Memory, round
// two"): read back, it must be exactly what was computed. On the real corpus, the raw laws of
// test/fixtures and ../shared/sources.
import * as assert from 'node:assert/strict';
import { Workspace, type TermUse } from '../../server/src/engine/workspace';
import { parseDocument, type DocumentModel } from '../../server/src/engine/document';
import { isResting, referencesRest } from '../../server/src/engine/restingText';
import { packReferences, unpackReferences } from '../../server/src/engine/packedReferences';
import { packTermUses, unpackTermUses } from '../../server/src/engine/workspace/termUses';
import { SortedUnitIndex } from '../../server/src/engine/unitIndex';
import { packTargets, unpackTargets } from '../../server/src/engine/workspace/packedTargets';
import type { ResolvedTarget } from '../../server/src/engine/resolve';
import type { Unit } from '../../server/src/engine/model';
import { atLeast, everyTestDocument } from '../helpers/workspace';

const documents = everyTestDocument;

/** What a use says, with the definition it points to by identity (its document's model and its place in it). */
function plain(uses: TermUse[]): string[] {
  return uses.map((use) => {
    const { definition, model } = use.definition;
    const place = model.definitions.indexOf(definition);
    assert.ok(place >= 0, 'the definition is one of its document\'s');
    return `${use.key} ${use.span.start}-${use.span.end}${use.isDefinition ? ' (definition)' : ''} -> ${model.uri}#${place}`;
  });
}

/** Which places hold one object: for each place, the first place that holds the same object. */
function sharing(targets: readonly object[]): number[] {
  const first = new Map<object, number>();
  return targets.map((target, i) => {
    if (!first.has(target)) first.set(target, i);
    return first.get(target) as number;
  });
}

/** Keys in order and values, nested (JSON keeps key order). */
const keyed = (value: unknown) => JSON.stringify(value);

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

/** Every `{ start, end }` object of a model (each object once), and how many distinct values they hold (citations left out when packed: they are read back as new objects). */
function spanObjects(model: DocumentModel): { objects: number; values: number } {
  const seen = new Set<object>();
  const values = new Set<string>();
  const stack: unknown[] = [model.units, referencesRest(model) ? [] : model.references, model.prose, model.definitions, model.gaps, model.problems, model.frontMatter];
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

  it('a resting model (equal spans shared, one object for no anchor, empty arrays one frozen array) holds what a fresh parse holds', () => {
    const workspace = new Workspace();
    for (const { uri, text } of docs) workspace.set(uri, text);
    let shared = 0;
    let leaves = 0;
    let anchorsShared = 0;
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
      // Citations without an anchor share one `{ kind: 'none' }`.
      const unanchored = new Set(resting.references.filter((reference) => reference.anchor.kind === 'none').map((reference) => reference.anchor));
      assert.ok(unanchored.size <= 1, `${uri}: ${unanchored.size} objects for no anchor`);
      anchorsShared += resting.references.filter((reference) => reference.anchor.kind === 'none').length - unanchored.size;
    }
    assert.ok(shared > 1000 && leaves > 1000 && anchorsShared > 500, `${shared} span objects shared, ${leaves} leaf units, ${anchorsShared} anchors shared`);
  });

  it('units by id: a resting model\'s compact index answers every id as a fresh parse\'s Map does, with the unit in the same place', () => {
    const workspace = new Workspace();
    for (const { uri, text } of docs) workspace.set(uri, text);
    let compact = 0;
    let ids = 0;
    for (const { uri, text } of docs) {
      const resting = workspace.get(uri) as DocumentModel;
      if (!isResting(resting)) continue;
      assert.ok(resting.unitsById instanceof SortedUnitIndex, `${uri}: a compact index`);
      compact++;
      const fresh = parseDocument(uri, text);
      assert.equal(resting.unitsById.size, fresh.unitsById.size, `${uri}: size`);
      assert.deepEqual([...resting.unitsById.entries()].map(([id, unit]) => [id, resting.units.indexOf(unit)]), [...fresh.unitsById.entries()].map(([id, unit]) => [id, fresh.units.indexOf(unit)]), `${uri}: entries`);
      for (const [id, unit] of fresh.unitsById) {
        assert.equal(resting.unitsById.get(id), resting.units[fresh.units.indexOf(unit)], `${uri}: ${id}`);
        assert.ok(resting.unitsById.has(id));
        // Ids next to a real one in the order searched: a prefix, a longer id, one just after.
        for (const near of [`${id}_`, `${id}\u0000`, id.slice(0, -1)]) {
          const expected = fresh.unitsById.get(near);
          assert.equal(resting.unitsById.get(near), expected && resting.units[fresh.units.indexOf(expected)], `${uri}: ${JSON.stringify(near)}`);
        }
        ids++;
      }
      assert.equal(resting.unitsById.get(''), fresh.unitsById.get(''));
    }
    assert.ok(compact >= atLeast(20, 15) && ids > atLeast(5000, 2500), `${compact} compact indexes, ${ids} ids`);
  });

  it('units by id: where units share an id, the compact index gives the last and lists the id once, where it first appears, as a Map does', () => {
    const unit = (id: string, line: number): Unit => ({ id, kind: 'article', label: id, span: { start: line, end: line }, labelSpan: { start: line, end: line }, line, children: [], citable: true, headingDepth: 2 });
    const units = ['art_2', 'art_10', 'art_2', 'art_1', 'art_10', 'art_2', 'art_1__para_1', ''].map(unit);
    const map = new Map<string, Unit>();
    for (const each of units) map.set(each.id, each);
    const index = new SortedUnitIndex(units);
    assert.deepEqual([...index.keys()], [...map.keys()]);
    assert.deepEqual([...index.values()].map((each) => each.line), [...map.values()].map((each) => each.line));
    for (const id of [...map.keys(), 'art_3', 'art_', 'art_1__para', 'b']) assert.equal(index.get(id), map.get(id), id);
    assert.equal(index.size, map.size);
    assert.equal(JSON.stringify({ index }), JSON.stringify({ index: map }));
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
    assert.ok(uses > atLeast(5000, 2500) && definitionSites > 100 && farOffsets > atLeast(1000, 500) && incorporated > 50, `${uses} uses, ${definitionSites} definition sites, ${farOffsets} past 65,535, ${incorporated} from incorporated documents`);
  });

  it('citations: a resting model\'s, read back from their packed form long after, are a fresh parse\'s, key for key', () => {
    const workspace = new Workspace();
    for (const { uri, text } of docs) workspace.set(uri, text);
    const first = docs.map(({ uri }) => (workspace.get(uri) as DocumentModel).references);
    let packed = 0;
    let citations = 0;
    const seen = { ranges: 0, deepPaths: 0, anchored: 0, farOffsets: 0, unitIds: 0, noTargets: 0 };
    for (const [i, { uri, text }] of docs.entries()) {
      const resting = workspace.get(uri) as DocumentModel;
      const fresh = parseDocument(uri, text);
      // Read after every other document's: the objects first read are gone, these come from the packed form.
      const again = resting.references;
      if (referencesRest(resting)) {
        packed++;
        if (again.length) assert.notEqual(again, first[i], `${uri}: read back, not the array first returned`);
      }
      assert.deepEqual(again, fresh.references, uri);
      assertSameJson(again, fresh.references, uri);
      assert.deepEqual(again.map((reference) => reference.targets.map((target) => Object.keys(target).join())), fresh.references.map((reference) => reference.targets.map((target) => Object.keys(target).join())), `${uri}: keys in order`);
      citations += again.length;
      for (const reference of again) {
        seen.ranges += reference.targets.filter((target) => target.through).length;
        seen.deepPaths += reference.targets.filter((target) => target.path.length > 1).length;
        seen.anchored += reference.anchor.kind === 'none' ? 0 : 1;
        seen.farOffsets += reference.span.end > 65535 ? 1 : 0;
        seen.unitIds += reference.unitId === '' ? 0 : 1;
        seen.noTargets += reference.targets.length === 0 ? 1 : 0;
      }
    }
    // What the packed form must carry: ranges, paths of several steps, anchors, offsets past 16 bits, unit ids, citations without targets.
    assert.ok(packed >= atLeast(20, 15) && citations > atLeast(2000, 1200) && Object.values(seen).every((count) => count > 20), `${packed} packed, ${citations} citations, ${JSON.stringify(seen)}`);
  });

  it('citations: a citation of another shape than the parse builds leaves the citations unpacked', () => {
    const { uri, text } = docs.find((doc) => parseDocument(doc.uri, doc.text).references.some((reference) => reference.targets.some((target) => target.through))) as { uri: string; text: string };
    const references = parseDocument(uri, text).references;
    assert.deepEqual(unpackReferences(packReferences(references) as NonNullable<ReturnType<typeof packReferences>>), references);
    const range = references.findIndex((reference) => reference.targets.some((target) => target.through));
    const changed = (change: (copy: typeof references) => void) => {
      const copy = references.map((reference) => ({ ...reference, targets: reference.targets.map((target) => ({ ...target })) }));
      change(copy);
      return packReferences(copy);
    };
    assert.equal(changed((copy) => { (copy[range] as unknown as Record<string, unknown>).extra = 1; }), undefined, 'an extra key');
    assert.equal(changed((copy) => { copy[range].targets[0] = { ...copy[range].targets[0], through: undefined }; }), undefined, 'a through key without value');
    assert.equal(changed((copy) => { copy[range].span = { start: 1.5, end: 2 }; }), undefined, 'an offset that is no integer');
    assert.equal(changed((copy) => { copy[range].index = range + 1; }), undefined, 'an index out of place');
    assert.notEqual(changed(() => undefined), undefined, 'the copies themselves pack');
  });

  it('resolutions: a resting document\'s, read back long after they were computed, are the same', () => {
    const workspace = new Workspace();
    for (const { uri, text } of docs) workspace.set(uri, text);
    const json = (value: unknown) => JSON.stringify(value);
    const computed = docs.map(({ uri }) => json(workspace.resolved(uri)));
    const firstLists = docs.map(({ uri }) => workspace.resolved(uri));
    const firstSharing = firstLists.map((list) => sharing(list.flatMap((resolved) => resolved.targets)));
    let readBack = 0;
    let targets = 0;
    for (const [i, { uri }] of docs.entries()) {
      const again = workspace.resolved(uri);
      if (again !== firstLists[i]) readBack++;
      assert.equal(json(again), computed[i], uri);
      assert.deepEqual(sharing(again.flatMap((resolved) => resolved.targets)), firstSharing[i], `${uri}: targets shared as they were`);
      const model = workspace.get(uri) as DocumentModel;
      assert.ok(again.every((resolved, j) => resolved.reference === model.references[j]), `${uri}: each resolution's citation is the model's`);
      targets += again.reduce((sum, resolved) => sum + resolved.targets.length, 0);
    }
    assert.ok(readBack >= atLeast(20, 15) && targets > atLeast(2000, 1400), `${readBack} read back, ${targets} targets`);
  });

  it('resolved targets: packed and read back, every document\'s are equal key for key, and a target in two places is one object again', () => {
    const workspace = new Workspace();
    for (const { uri, text } of docs) workspace.set(uri, text);
    let packed = 0;
    let kept = 0;
    const shapes = new Set<string>();
    for (const { uri } of docs) {
      const targets = workspace.resolved(uri).flatMap((resolved) => resolved.targets);
      const expected = keyed(targets);
      const pack = packTargets(targets);
      const again = unpackTargets(pack);
      assert.equal(keyed(again), expected, uri);
      assert.deepEqual(sharing(again), sharing(targets), `${uri}: the same places share one target`);
      for (const shape of pack.shapes) shapes.add(shape.keys.join(','));
      kept += pack.kept.length;
      packed += pack.starts.length - pack.kept.length;
      // What did not pack is the object itself.
      for (const target of pack.kept) assert.ok(targets.includes(target));
    }
    // The set holds ranges (with the units they cover), reasons, and targets outside the workspace with the files read for them.
    for (const keys of ['status,documentId,uri,unitId,span', 'status,documentId,uri,unitId,span,throughUnitId,covered', 'status,span,reason', 'status,span,notInWorkspace,reason,lookedInto']) {
      assert.ok(shapes.has(keys), `a target of keys ${keys} (have ${[...shapes].join(' | ')})`);
    }
    assert.ok(packed > atLeast(2000, 1400) && kept < packed / 10, `${packed} packed, ${kept} kept as objects`);
  });

  it('resolved targets: a target with a key without value, a span that is not two integers, another object or a shared list is kept as it is', () => {
    const span = { start: 10, end: 20 };
    const covered = ['art_2', 'art_3'];
    const plainTarget: ResolvedTarget = { status: 'resolved', documentId: 'a', uri: 'file:///a.md', unitId: 'art_1', span };
    const odd: ResolvedTarget[] = [
      { status: 'resolved', documentId: 'a', uri: undefined, unitId: 'art_1', span },
      { status: 'resolved', documentId: 'a', unitId: 'art_1', span: { start: 1.5, end: 2 } },
      { status: 'unresolved', span, reason: 'r', existing: [{ uri: 'file:///a.md', unitId: 'art_9' }] },
      { status: 'resolved', documentId: 'a', unitId: 'art_2', throughUnitId: 'art_3', covered, span },
      { status: 'resolved', documentId: 'a', unitId: 'art_2', throughUnitId: 'art_3', covered, span },
    ];
    const targets = [plainTarget, ...odd, plainTarget, { status: 'external', span: { start: 70000, end: 70001 }, notInWorkspace: false, reason: 'x' } as ResolvedTarget];
    const pack = packTargets(targets);
    assert.deepEqual(pack.kept, odd, 'every odd target kept, the plain ones packed');
    const again = unpackTargets(pack);
    assert.equal(keyed(again), keyed(targets));
    assert.deepEqual(sharing(again), sharing(targets));
    assert.ok(again[0] !== plainTarget && again[0] === again[6], 'the plain target read back, one object in both places');
    assert.ok(again[4] === odd[3] && again[5] === odd[4] && (again[4].covered as string[]) === (again[5].covered as string[]), 'the shared list stays shared');
    assert.ok(Object.keys(again[1]).includes('uri'), 'a key without value kept');
  });

  it('incoming citations: the same after every resting document\'s resolutions were read back, and not gathered again', () => {
    const workspace = new Workspace();
    for (const { uri, text } of docs) workspace.set(uri, text);
    const cited = workspace.all().flatMap((model) => workspace.resolved(model.uri)).flatMap((resolved) => resolved.targets)
      .filter((target) => target.status === 'resolved' && target.documentId && target.unitId);
    const units = [...new Set(cited.map((target) => `${target.documentId}#${target.unitId}`))].slice(0, 40);
    const first = units.map((key) => workspace.incoming(key.split('#')[0], key.split('#')[1]));
    for (const model of workspace.all()) workspace.resolved(model.uri);
    let entries = 0;
    for (const [i, key] of units.entries()) {
      const again = workspace.incoming(key.split('#')[0], key.split('#')[1]);
      assert.equal(JSON.stringify(again, (name, value) => (name === 'parent' ? undefined : value)), JSON.stringify(first[i], (name, value) => (name === 'parent' ? undefined : value)), key);
      // Nothing changed: the index kept what it gathered (the same entries), it did not read every document again.
      assert.ok(again.every((entry, j) => entry === first[i][j]), `${key}: the same entries`);
      entries += again.length;
    }
    assert.ok(units.length >= 20 && entries > 40, `${units.length} units, ${entries} citations into them`);
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
