// Loaded by mocha before any test (.mocharc.json "require"). Every test run gets its own
// temporary folder (TMPDIR, which os.tmpdir() and child processes read), and the run fails if a
// test leaves anything in it: tests clean up what they write.
const { mkdtempSync, readdirSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const runTmp = mkdtempSync(join(tmpdir(), 'treaty-lens-test-run-'));
process.env.TMPDIR = runTmp;

exports.mochaHooks = {
  afterAll() {
    const left = readdirSync(runTmp);
    rmSync(runTmp, { recursive: true, force: true });
    if (left.length) throw new Error(`tests left ${left.length} temporary entries behind: ${left.slice(0, 10).join(', ')}`);
  },
};
