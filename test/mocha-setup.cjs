// Loaded by mocha before any test (.mocharc.json "require"). Every test run gets its own
// temporary folder (TMPDIR, which os.tmpdir() and child processes read), and the run fails if a
// test leaves anything in it: tests clean up what they write.
const { mkdtempSync, readdirSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const runTmp = mkdtempSync(join(tmpdir(), 'treaty-lens-test-run-'));
process.env.TMPDIR = runTmp;
// Every document is put to rest, however small the workspace (its default keeps up to 32 M
// characters whole): the suite reads every model through its resting form, the harder path, as
// before the budget. test/engine/wholeTextBudget.test.ts tests the budget itself.
process.env.TREATY_LENS_WHOLE_TEXT_BUDGET = '0';

/**
 * What would keep node running after the suite (mocha exits anyway, .mocharc.json "exit"): a
 * server child or a parse thread a test did not stop. Named so a leak is seen, not hidden.
 */
function leftRunning() {
  const handles = process._getActiveHandles().filter((handle) => {
    if (typeof handle.hasRef === 'function' && !handle.hasRef()) return false;
    const name = handle?.constructor?.name ?? typeof handle;
    // stdio of this process, not a test's.
    if ((name === 'Socket' || name === 'WriteStream' || name === 'ReadStream') && [0, 1, 2].includes(handle.fd ?? handle._handle?.fd)) return false;
    return true;
  });
  return handles.map((handle) => {
    const name = handle?.constructor?.name ?? typeof handle;
    if (name === 'ChildProcess') return `child process ${handle.pid} (${(handle.spawnargs ?? []).join(' ').slice(0, 160)})`;
    if (name === 'Worker') return `worker thread ${handle.threadId}`;
    if (name === 'Socket') return `socket ${handle.remoteAddress ?? ''}:${handle.remotePort ?? ''}`;
    return name;
  });
}

exports.mochaHooks = {
  afterAll() {
    const running = leftRunning();
    if (running.length) console.warn(`  still running after the suite (${running.length}): ${running.slice(0, 10).join('; ')}`);
    const left = readdirSync(runTmp);
    rmSync(runTmp, { recursive: true, force: true });
    if (left.length) throw new Error(`tests left ${left.length} temporary entries behind: ${left.slice(0, 10).join(', ')}`);
  },
};
