// Runs the extension's own mocha suite (test/extension/host, bundled as dist/test-host/suite.js)
// inside code-server's real extension host, as @vscode/test-electron would in VS Code desktop:
// the workbench is opened with extensionDevelopmentPath + extensionTestsPath, and the page
// functions codeAutomationLog / codeAutomationExit receive the suite's output and exit code.
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { e2eWorkspace } from './fixtures';
import { type CodeServer, ROOT, launchBrowser, log, remoteUri, screenshot, startCodeServer, workbenchUrl } from './codeServer';

/**
 * Workbench messages that are expected here and harmless, kept out of the test log (they stay in
 * test-artifacts/e2e/in-host-console.log): the extension marketplace cannot be reached offline,
 * and on a busy two-core machine the workbench briefly reports the extension host "unresponsive".
 */
const EXPECTED_NOISE = [/getaddrinfo ENOTFOUND|open-vsx\.org|marketplace/i, /^Extension host \(\w+\) is (?:un)?responsive\.$/];

describe('the extension\'s mocha suite inside code-server\'s extension host', function () {
  this.timeout(300000);
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  let root: string | undefined;

  after(async () => {
    await browser?.close().catch(() => undefined);
    await server?.stop();
    if (root) await fs.rm(root, { recursive: true, force: true });
  });

  it('passes', async () => {
    const suite = path.join(ROOT, 'dist', 'test-host', 'suite.js');
    await fs.access(suite).catch(() => assert.fail(`${suite} is missing: run npm run build`));
    root = await e2eWorkspace();
    server = await startCodeServer({ name: 'inhost' });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const output: string[] = [];
    let hidden = 0;
    let resolveExit: (code: number) => void = () => undefined;
    const exited = new Promise<number>((resolve) => (resolveExit = resolve));
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
      // The extension host forwards console.log's arguments as they were: printf style ("%s").
      const line = format(...((Array.isArray(args) ? args : [args]) as unknown[]));
      output.push(line);
      if (EXPECTED_NOISE.some((pattern) => pattern.test(line.split('\n')[0]))) { hidden++; return; }
      console.log(`      | ${line.replace(/\n/g, '\n      | ')}`);
      void type;
    });
    await page.exposeFunction('codeAutomationExit', (code: number) => resolveExit(code));
    const started = Date.now();
    const url = workbenchUrl(server, root, [
      ['extensionDevelopmentPath', remoteUri(server, ROOT)],
      ['extensionTestsPath', remoteUri(server, suite)],
    ]);
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60000 });
    const timeout = new Promise<number>((_, reject) => setTimeout(() => reject(new Error('the in-host suite did not finish within 240 s')), 240000));
    let code: number;
    try {
      code = await Promise.race([exited, timeout]);
    } finally {
      await screenshot(page, 'in-host-suite');
    }
    log(`in-host suite finished with exit code ${code} in ${Date.now() - started} ms`);
    await fs.writeFile(path.join(ROOT, 'test-artifacts', 'e2e', 'in-host-console.log'), output.join('\n') + '\n');
    if (hidden) log(`${hidden} expected workbench messages (marketplace offline, "extension host unresponsive" under load) are in test-artifacts/e2e/in-host-console.log, not here`);
    assert.ok(output.some((line) => /passing/.test(line)), `the suite reported its results:\n${output.join('\n')}`);
    assert.equal(code, 0, `the in-host suite failed:\n${output.join('\n')}`);
  });
});
