// A document indexed while the user types is put to rest in slices (Workspace.restBeforeSet, the
// server's indexing loop) instead of in one piece inside `set`: the model the index then holds must
// be the one `set` alone makes. On the real corpus, the raw laws of test/fixtures and ../shared/sources.
import * as assert from 'node:assert/strict';
import { Workspace } from '../../server/src/engine/workspace';
import { parseDocument } from '../../server/src/engine/document';
import { isResting, referencesRest } from '../../server/src/engine/restingText';
import { everyTestDocument } from '../helpers/workspace';

const documents = everyTestDocument;

/**
 * The first place where two object graphs differ: a value, a key, a kind of object, or how they
 * share objects (an object reached twice in one must be one object reached twice in the other).
 * Undefined when they are the same. Getters are read (a resting model's text and citations).
 */
function firstDifference(a: unknown, b: unknown): string | undefined {
  const pairs = new Map<object, object>();
  const reverse = new Map<object, object>();
  const stack: Array<[unknown, unknown, string]> = [[a, b, 'model']];
  while (stack.length) {
    const [x, y, where] = stack.pop() as [unknown, unknown, string];
    if (x === null || y === null || typeof x !== 'object' || typeof y !== 'object') {
      if (!Object.is(x, y) && !(typeof x === 'function' && typeof y === 'function')) return `${where}: ${String(x).slice(0, 40)} ≠ ${String(y).slice(0, 40)}`;
      continue;
    }
    const known = pairs.get(x);
    if (known !== undefined || reverse.has(y)) {
      if (known !== y) return `${where}: shared differently`;
      continue;
    }
    pairs.set(x, y);
    reverse.set(y, x);
    if (Object.getPrototypeOf(x) !== Object.getPrototypeOf(y) || Array.isArray(x) !== Array.isArray(y)) return `${where}: another kind of object`;
    if (ArrayBuffer.isView(x)) {
      if (!Buffer.from((x as Uint8Array).buffer, (x as Uint8Array).byteOffset, (x as Uint8Array).byteLength).equals(Buffer.from((y as Uint8Array).buffer, (y as Uint8Array).byteOffset, (y as Uint8Array).byteLength))) return `${where}: other bytes`;
      continue;
    }
    if (x instanceof Map || x instanceof Set) {
      const xs = [...x.entries()];
      const ys = [...(y as Map<unknown, unknown>).entries()];
      if (xs.length !== ys.length) return `${where}: ${xs.length} ≠ ${ys.length} entries`;
      xs.forEach((entry, i) => stack.push([entry[0], ys[i][0], `${where}<key ${i}>`], [entry[1], ys[i][1], `${where}<${i}>`]));
      continue;
    }
    const keys = Object.keys(x);
    const otherKeys = Object.keys(y);
    if (keys.join() !== otherKeys.join()) return `${where}: keys ${keys.join()} ≠ ${otherKeys.join()}`;
    for (const key of keys) stack.push([(x as Record<string, unknown>)[key], (y as Record<string, unknown>)[key], `${where}.${key}`]);
  }
  return undefined;
}

describe('engine: a model put to rest in slices', function () {
  this.timeout(300000);

  it('is the model set makes in one piece: every value, the objects it shares, its text and citations read back', async () => {
    const whole = new Workspace();
    const sliced = new Workspace();
    let cedes = 0;
    let rested = 0;
    // Nothing else may see the model between slices: it joins the index only in `set`.
    const cede = async () => {
      cedes++;
      await new Promise((resolve) => setImmediate(resolve));
    };
    for (const { uri, text } of documents()) {
      const one = whole.set(uri, text, 0, parseDocument(uri, text, 0));
      const parsed = parseDocument(uri, text, 0);
      await sliced.restBeforeSet(parsed, cede, 0);
      assert.equal(sliced.get(uri), undefined, 'not in the index before set');
      const other = sliced.set(uri, text, 0, parsed);
      assert.equal(isResting(other), isResting(one), uri);
      assert.equal(referencesRest(other), referencesRest(one), uri);
      if (isResting(one)) rested++;
      assert.equal(firstDifference(one, other), undefined, uri);
    }
    assert.ok(rested >= 10, `${rested} documents put to rest`);
    assert.ok(cedes > rested, `${cedes} cedes for ${rested} documents: the copies were not made in slices`);
  });
});
