// A resting document's unit tree is kept as numbers and built again when nothing holds it
// (engine/packedUnits.ts, restingText.ts; docs/BENCHMARK.md, "Memory, round six"). Read back it
// must be the tree that was packed, a unit somebody holds must stay the unit the model gives, and
// what the engine answers with trees built again must be what it answers with texts kept whole.
// On the real corpus, the raw laws of test/fixtures and ../shared/sources.
import * as assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Workspace } from '../../server/src/engine/workspace';
import { checkDocument } from '../../server/src/engine/checks';
import { parseDocument, type DocumentModel } from '../../server/src/engine/document';
import { unitCount, unitsRest } from '../../server/src/engine/restingText';
import { packUnits, unpackUnits } from '../../server/src/engine/packedUnits';
import type { Unit } from '../../server/src/engine/model';
import { SOURCES_DIR, everyTestDocument } from '../helpers/workspace';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** A macrotask, so that the WeakRefs read in the last one no longer hold their targets, then a full collection. */
async function collect(): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  gc();
}

const documents = everyTestDocument;

/** Keys in order and values, parents left out (they are compared by place). */
const json = (value: unknown) => JSON.stringify(value, (key, item) => (key === 'parent' ? undefined : item));

/** Every unit's parent and children as places in [root, ...units]; which units' span is their label span; which children arrays are one shared array. */
function structure(root: Unit, units: readonly Unit[]): string {
  const all = [root, ...units];
  const place = new Map(all.map((unit, i) => [unit, i]));
  const firstChildren = new Map<unknown, number>();
  return JSON.stringify(all.map((unit, i) => {
    if (!firstChildren.has(unit.children)) firstChildren.set(unit.children, i);
    return [
      unit.parent ? place.get(unit.parent) : -1,
      unit.children.map((child) => place.get(child)),
      unit.span === unit.labelSpan,
      unit.children.length === 0 ? firstChildren.get(unit.children) : i,
      Object.isFrozen(unit.children),
    ];
  }));
}

/** Reads every other document's tree, so that `model`'s is no longer one of the last read. */
function readOthers(workspace: Workspace, model: DocumentModel): void {
  for (const other of workspace.all()) if (other !== model) void other.units.length;
}

describe('engine: packed unit trees of resting documents', function () {
  this.timeout(300_000);
  const docs = documents();

  it('every unit tree reads back with the same keys in order, values, parents, children and shared objects', () => {
    const workspace = new Workspace();
    for (const { uri, text } of docs) workspace.set(uri, text);
    let packed = 0;
    let units = 0;
    const seen = { title: 0, listLevel: 0, noNumber: 0, spanIsLabel: 0, citable: 0, sharedLeaves: 0 };
    for (const { uri, text } of docs) {
      const model = workspace.get(uri) as DocumentModel;
      // A fresh parse (whole text, its own objects) and the resting model both pack and read back.
      for (const tree of [model, parseDocument(uri, text)]) {
        const pack = packUnits(tree.root, tree.units);
        if (!pack && tree !== model) assert.fail(`${uri}: a fresh parse's tree packs`);
        if (!pack) continue;
        const read = unpackUnits(pack);
        assert.equal(json(read.root), json(tree.root), `${uri}: root`);
        assert.equal(read.units.length, tree.units.length, `${uri}: units`);
        for (const [i, unit] of tree.units.entries()) {
          assert.equal(json(read.units[i]), json(unit), `${uri}: unit ${i}`);
          assert.deepEqual(Object.keys(read.units[i]), Object.keys(unit), `${uri}: unit ${i} keys`);
          assert.equal(Object.getPrototypeOf(read.units[i]), Object.prototype);
        }
        assert.equal(structure(read.root, read.units), structure(tree.root, tree.units), `${uri}: parents, children, shared spans and arrays`);
        if (tree !== model) continue;
        packed++;
        units += tree.units.length;
        for (const unit of read.units) {
          if (unit.title !== undefined) seen.title++;
          if (unit.listLevel !== undefined) seen.listLevel++;
          if (unit.number === undefined) seen.noNumber++;
          if (unit.span === unit.labelSpan) seen.spanIsLabel++;
          if (unit.citable) seen.citable++;
          if (unit.children.length === 0 && unit.children === tree.units.find((u) => u.children.length === 0)?.children) seen.sharedLeaves++;
        }
      }
    }
    assert.ok(packed >= docs.length - 3, `${packed} of ${docs.length} resting trees packed`);
    const { listLevel, spanIsLabel, ...found } = seen;
    // a unit whose span is its label only is in ../shared/sources, not in the corpus or the fixtures
    if (SOURCES_DIR) assert.ok(spanIsLabel > 0, `${units} units: ${JSON.stringify(seen)}`);
    assert.ok(units > 3000 && Object.values(found).every((count) => count > 0), `${units} units: ${JSON.stringify(seen)}`);
    // What the corpus does not have: an item's list level (a list nested in a numbered item), a title key without value.
    const { uri, text } = docs[0];
    const tree = parseDocument(uri, text);
    tree.units[2].listLevel = listLevel + 2;
    tree.units[3].title = undefined;
    const read = unpackUnits(packUnits(tree.root, tree.units) as NonNullable<ReturnType<typeof packUnits>>);
    assert.equal(read.units[2].listLevel, listLevel + 2);
    assert.ok('title' in read.units[3] && read.units[3].title === undefined);
    assert.equal(json(read.units), json(tree.units));
    assert.deepEqual(read.units.map((unit) => Object.keys(unit)), tree.units.map((unit) => Object.keys(unit)));
  });

  it('refuses a tree that is not the shape the parse builds: the model keeps its tree', () => {
    const { uri, text } = docs[0];
    const refused = (change: (root: Unit, units: Unit[]) => void, label: string) => {
      const model = parseDocument(uri, text);
      assert.ok(packUnits(model.root, model.units), 'the parse\'s tree packs');
      change(model.root, model.units);
      assert.equal(packUnits(model.root, model.units), undefined, label);
    };
    refused((_root, units) => { (units[3] as unknown as Record<string, unknown>).extra = 1; }, 'a key the parse does not write');
    refused((_root, units) => { units[3].span = { start: 1.5, end: 4 }; }, 'an offset that is not an integer');
    refused((_root, units) => { units[3].labelSpan = Object.assign(Object.create(null), { start: 1, end: 4 }); }, 'a span that is not a plain object');
    refused((_root, units) => { units[3].title = 7 as unknown as string; }, 'a title that is not a string');
    refused((_root, units) => { units[1].parent = units[5]; }, 'a parent after its child');
    refused((_root, units) => { const parent = units.find((unit) => unit.children.length > 1) as Unit; parent.children.reverse(); }, 'children out of order');
    refused((_root, units) => { const parent = units.find((unit) => unit.children.length > 1) as Unit; parent.children.pop(); }, 'a child missing');
    refused((_root, units) => { units.push(units[2]); }, 'a unit listed twice');
    refused((root) => { root.parent = root; }, 'a root with a parent');
  });

  it('a unit somebody holds stays the model\'s unit; a tree nobody holds is let go and read back equal', async () => {
    const workspace = new Workspace();
    for (const { uri, text } of docs) workspace.set(uri, text);
    const model = docs.map(({ uri }) => workspace.get(uri) as DocumentModel).find((m) => unitsRest(m) && m.units.length > 50) as DocumentModel;
    assert.ok(model, 'a resting document with a packed tree');
    const before = json(model.units) + json(model.root);
    let held: Unit | undefined = model.units[40];
    const heldId = held.id;
    readOthers(workspace, model);
    await collect();
    // Still held: the model gives the same objects (units are keys of caches and compared by identity).
    assert.equal(model.units[40], held);
    assert.equal(model.unitsById.get(heldId), held);
    let root = held;
    while (root.parent) root = root.parent;
    assert.equal(model.root, root);
    const released = new WeakRef(held);
    held = undefined;
    root = undefined as unknown as Unit;
    readOthers(workspace, model);
    await collect();
    assert.equal(released.deref(), undefined, 'the tree nobody held was let go');
    // Read back from the packed numbers: equal, and one tree again.
    assert.equal(json(model.units) + json(model.root), before);
    assert.equal(model.unitsById.get(heldId), model.units[40]);
    assert.ok(model.units.every((unit) => { let top = unit; while (top.parent) top = top.parent; return top === model.root; }));
  });

  it('a unit count from the packed numbers (no tree read back: the bench counts every document so) equals each tree\'s length', () => {
    const workspace = new Workspace();
    for (const { uri, text } of docs) workspace.set(uri, text);
    const models = docs.map(({ uri }) => workspace.get(uri) as DocumentModel);
    assert.ok(models.filter(unitsRest).length > 10, 'resting models counted');
    const counts = models.map(unitCount);
    assert.deepEqual(counts, models.map((m) => m.units.length));
  });

  it('citations, term uses and diagnostics with trees read back equal those of a workspace that keeps texts and trees whole', async () => {
    const resting = new Workspace();
    const whole = new Workspace({ restTexts: false });
    for (const { uri, text } of docs) {
      resting.set(uri, text);
      whole.set(uri, text);
    }
    const originals = docs.map(({ uri }) => new WeakRef((resting.get(uri) as DocumentModel).root));
    await collect();
    let compared = 0;
    for (const [i, { uri }] of docs.entries()) {
      // Now and then a new task and a full collection: trees read before are let go and read back.
      if (i % 5 === 4) await collect();
      assert.equal(JSON.stringify(resting.resolved(uri)), JSON.stringify(whole.resolved(uri)), `${uri}: citations resolved`);
      assert.equal(JSON.stringify(resting.termUses(uri).map((use) => [use.key, use.span, use.isDefinition, use.definition.model.uri, use.definition.definition.unitId])),
        JSON.stringify(whole.termUses(uri).map((use) => [use.key, use.span, use.isDefinition, use.definition.model.uri, use.definition.definition.unitId])), `${uri}: term uses`);
      assert.equal(JSON.stringify(checkDocument(resting, uri)), JSON.stringify(checkDocument(whole, uri)), `${uri}: diagnostics`);
      compared++;
    }
    const rebuilt = originals.filter((ref) => ref.deref() === undefined).length;
    assert.ok(rebuilt > docs.length / 2, `${rebuilt} of ${docs.length} first trees let go (the others read back from packed numbers)`);
    assert.equal(compared, docs.length);
    // What resolving and checking cached of the trees lets them go too: only the last read are kept.
    const last = docs.map(({ uri }) => new WeakRef((resting.get(uri) as DocumentModel).root));
    readOthers(resting, resting.get(docs[0].uri) as DocumentModel);
    await collect();
    const held = last.filter((ref) => ref.deref() !== undefined).length;
    assert.ok(held <= 20, `${held} of ${docs.length} trees still held after a collection`);
  });
});
