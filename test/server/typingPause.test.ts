// Indexing waits while the user types (lsp/typingPause.ts): a letter finds the server's thread
// free. It goes on as soon as typing pauses, and at least once a second however fast the letters come.
import * as assert from 'node:assert/strict';
import { MAX_WAIT_MS, TYPING_QUIET_MS, TypingPause } from '../../server/src/lsp/typingPause';

describe('indexing waits while the user types', () => {
  function clock() {
    const state = { now: 0 };
    return { state, pause: new TypingPause(() => state.now) };
  }

  it('does not wait when nobody types', () => {
    const { state, pause } = clock();
    state.now = 5000;
    assert.equal(pause.waitFor(4990), 0);
  });

  it('waits until the letters have paused for a moment, then goes on', () => {
    const { state, pause } = clock();
    state.now = 1000;
    pause.typed();
    state.now = 1100;
    assert.equal(pause.waitFor(1000), TYPING_QUIET_MS - 100);
    state.now = 1000 + TYPING_QUIET_MS;
    assert.equal(pause.waitFor(1000), 0);
  });

  it('steps at least once a second while letters keep coming', () => {
    const { state, pause } = clock();
    const lastStep = 0;
    let waited = 0;
    // a letter every 40 ms: typing never pauses
    for (state.now = 0; state.now < 3000; state.now += 40) {
      pause.typed();
      if (pause.waitFor(lastStep) === 0) break;
      waited = state.now;
    }
    assert.ok(state.now <= MAX_WAIT_MS && waited >= MAX_WAIT_MS - 40, `indexing went on at ${state.now} ms`);
  });

  it('nextStep() counts from the step taken before: one step a second while letters keep coming', async () => {
    const { state, pause } = clock();
    const steps: number[] = [];
    const sleep = async (ms: number) => {
      state.now += ms;
      // a letter every 40 ms of the time slept
      if (Math.floor(state.now / 40) !== Math.floor((state.now - ms) / 40)) pause.typed();
    };
    pause.typed();
    for (let i = 0; i < 3; i++) {
      await pause.nextStep(sleep);
      steps.push(state.now);
    }
    // the first step goes at once (none was taken before); each after it waits a second, the letters never pausing
    assert.equal(steps[0], 0);
    assert.ok(steps.slice(1).every((at, i) => at - steps[i] >= MAX_WAIT_MS - 50 && at - steps[i] <= MAX_WAIT_MS + 50), JSON.stringify(steps));
  });

  it('nextStep() gives nothing to await when nobody types, and counts the step', () => {
    const { state, pause } = clock();
    state.now = 5000;
    assert.equal(pause.nextStep(), undefined);
    // a letter right after that step: the next one waits
    pause.typed();
    state.now = 5010;
    assert.ok(pause.nextStep(async () => { state.now += 1000; }) instanceof Promise);
  });

  it('nextStep() resolves after the pause, sleeping in short steps', async () => {
    const { state, pause } = clock();
    state.now = 2000;
    assert.equal(pause.nextStep(), undefined);
    pause.typed();
    const sleeps: number[] = [];
    await pause.nextStep(async (ms) => {
      sleeps.push(ms);
      state.now += ms;
    });
    assert.equal(state.now, 2000 + TYPING_QUIET_MS);
    assert.ok(sleeps.length > 1 && sleeps.every((ms) => ms <= 50), JSON.stringify(sleeps));
  });
});
