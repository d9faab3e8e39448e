// The server collects garbage when typing pauses (server/src/node/idleCollection.ts), so that the
// full collection V8 would make once the heap has grown enough falls in the pause, not in the next
// edit. It must collect only in a pause (not between the changes of a burst, not while the server
// indexes) and only when the heap has grown by a good part of V8's allowance since its last one.
import * as assert from 'node:assert/strict';
import { IdleCollection, processHeap, type HeapProbe } from '../../server/src/node/idleCollection';

/** A heap whose size the test sets; a collection brings it back to `live`. */
function fakeHeap(live: number): HeapProbe & { size: number; live: number } {
  const heap = { size: live, live, used: () => heap.size, collect: () => { heap.size = heap.live; } };
  return heap;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('server: a full collection when typing pauses', () => {
  it('collects at the first pause, then only once the heap has grown by half of what V8 allows (30 %)', () => {
    const heap = fakeHeap(100);
    const idle = new IdleCollection(heap, () => false, 10, 30);
    idle.idle();
    assert.equal(idle.collections, 1, 'the first pause collects: nothing is known of the live heap yet');
    heap.size = 114;
    idle.idle();
    assert.equal(idle.collections, 1, 'grown by 14 %: V8 would not collect soon');
    assert.equal(heap.size, 114);
    heap.size = 116;
    idle.idle();
    assert.equal(idle.collections, 2, 'grown by 16 %, more than half of 30 %: collected');
    assert.equal(heap.size, 100);
    // The live heap grew (documents added): the allowance is measured from the new live size.
    heap.live = 200;
    heap.size = 240;
    idle.idle();
    assert.equal(idle.collections, 3);
    heap.size = 220;
    idle.idle();
    assert.equal(idle.collections, 3, 'grown by 10 % over the new live size: not collected');
  });

  it('does not collect while the server is busy indexing', () => {
    const heap = fakeHeap(100);
    let indexing = true;
    const idle = new IdleCollection(heap, () => indexing, 10, 30);
    heap.size = 500;
    idle.idle();
    assert.equal(idle.collections, 0);
    indexing = false;
    idle.idle();
    assert.equal(idle.collections, 1);
  });

  it('waits for a pause: a burst of changes closer together than the pause collects once, after the last', async () => {
    const heap = fakeHeap(100);
    const idle = new IdleCollection(heap, () => false, 40, 30);
    try {
      for (let i = 0; i < 6; i++) {
        heap.size += 100;
        idle.activity();
        await sleep(5);
        assert.equal(idle.collections, 0, `change ${i + 1}: still typing`);
      }
      await sleep(120);
      assert.equal(idle.collections, 1, 'collected once in the pause');
      assert.equal(heap.size, 100);
    } finally {
      idle.dispose();
    }
  });

  it('the process heap: the collector is reachable without --expose-gc and frees what is no longer reachable', async () => {
    const heap = processHeap();
    assert.ok(heap, 'the collector could be exposed at run time');
    let held: object | undefined = { words: Array.from({ length: 1000 }, (_, i) => `word ${i}`) };
    const weak = new WeakRef(held);
    held = undefined;
    // A weak reference keeps its target until the current job ends.
    await sleep(0);
    heap.collect();
    assert.equal(weak.deref(), undefined, 'the unreachable object was collected');
    assert.ok(heap.used() > 0);
  });
});
