// The coverage view in a real VS Code (code-server + Chromium, the packaged .vsix): the command
// opens the webview, the table shows treaty articles down and laws across, a law heading with
// "<script>" and "<img onerror>" shows as text, and a click on a cell opens the provision.
// Screenshots under test-artifacts/e2e/.
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { e2eWorkspace } from './fixtures';
import { type CodeServer, launchBrowser, log, remoteUri, screenshot, startCodeServer, vsixPath, workbenchUrl } from './codeServer';

const HOSTILE_NAME = 'hostile-act.md';
const HOSTILE = [
  '---',
  'id: hostile-act',
  'title: "Hostile <b>Act</b>"',
  'short-title: "Hostile <img src=x onerror=alert(1)>"',
  'type: law',
  'language: en',
  'implements: ["coe-ets185-en"]',
  '---',
  '',
  '# Hostile Act',
  '',
  '## Section 1. <script>document.title="pwned"</script> access <img src=x onerror=alert(2)>',
  '',
  '> Implements: article 2 of the Budapest Convention',
  '',
  '(1) A person who accesses a computer system without right commits an offence.',
  '',
].join('\n');

describe('real VS Code: the coverage view', function () {
  this.timeout(180000);
  let server: CodeServer;
  let browser: Browser;
  let page: Page;
  let root: string;
  let sr: string;

  before(async function () {
    this.timeout(240000);
    root = await e2eWorkspace();
    await fs.writeFile(path.join(root, HOSTILE_NAME), HOSTILE);
    sr = await fs.readFile(path.join(root, 'nl-sr-computercriminaliteit.md'), 'utf8');
    server = await startCodeServer({ vsix: vsixPath(), name: 'coverage' });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
    page.on('pageerror', (error) => log(`page error: ${error.message}`));
    page.on('dialog', (dialog) => { log(`unexpected dialog: ${dialog.message()}`); void dialog.dismiss(); });
    const file = path.join(root, 'coe-ets185-en.md');
    await page.goto(workbenchUrl(server, root, [['openFile', remoteUri(server, file)]]), { waitUntil: 'domcontentloaded', timeout: 60000 });
    await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
    await page.locator('.tabs-container .tab.active', { hasText: 'coe-ets185-en.md' }).waitFor({ timeout: 60000 });
    await page.locator('.statusbar-item', { hasText: /Treaty Lens: \d+ documents/ }).waitFor({ timeout: 90000 });
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && page) await screenshot(page, `FAILED-coverage-${this.currentTest.title.replace(/\W+/g, '-').slice(0, 50)}`);
  });

  after(async () => {
    await browser?.close().catch(() => undefined);
    await server?.stop();
    if (root) await fs.rm(root, { recursive: true, force: true });
  });

  /** The webview's content frame (VS Code nests it: iframe.webview → #active-frame). */
  function view(): FrameLocator {
    return page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  }

  it('"Treaty Lens: Show Coverage Table" shows treaty articles down, laws across, coloured by status', async () => {
    await page.locator('.monaco-editor textarea').first().focus();
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill('>Treaty Lens: Show Coverage Table');
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Show Coverage Table' }).first().waitFor({ timeout: 30000 });
    await page.keyboard.press('Enter');
    const row2 = view().locator('tr[data-unit="art_2"]');
    await row2.waitFor({ timeout: 60000 });
    // Room for the table: hide the side bar and maximise the view's editor group.
    await page.keyboard.press('Control+B');
    // Only room for the screenshot: if the command palette does not open again, the table is checked as it is.
    await page.keyboard.press('F1');
    try {
      await input.fill('>View: Toggle Maximize Editor Group', { timeout: 10000 });
      await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Toggle Maximize Editor Group' }).first().waitFor({ timeout: 30000 }).then(() => page.keyboard.press('Enter'), () => page.keyboard.press('Escape'));
    } catch {
      await page.keyboard.press('Escape');
    }
    await page.waitForTimeout(500);
    const header = (await view().locator('thead').textContent()) ?? '';
    assert.match(header, /Wetboek van Strafrecht/);
    assert.match(header, /Computer Misuse and Cybercrimes Act/);
    const text = (await row2.textContent()) ?? '';
    assert.match(text, /Article 2/);
    assert.match(text, /Artikel 138ab/);
    assert.ok(await view().locator('tr[data-unit="art_2"] td.s-implemented').count() >= 2, 'implemented cells are coloured');
    assert.ok(await view().locator('tr[data-unit="art_7"] td.s-not-implemented.gap').count() >= 1, 'article 7 is a gap');
    await screenshot(page, 'coverage-view');
  });

  it('a law heading with <script> and <img onerror> shows as text; nothing runs', async () => {
    const hostileCell = view().locator('tr[data-unit="art_2"] a', { hasText: '<script>' });
    await hostileCell.first().waitFor({ timeout: 30000 });
    const shown = (await hostileCell.first().textContent()) ?? '';
    assert.match(shown, /<script>document\.title="pwned"<\/script> access <img src=x onerror=alert\(2\)>/);
    assert.equal(await view().locator('img').count(), 0, 'no image element was made from document text');
    assert.equal(await view().locator('script', { hasText: 'pwned' }).count(), 0, 'no script element was made from document text');
    const title = await view().locator('html').evaluate(() => (globalThis as unknown as { document: { title: string } }).document.title);
    assert.notEqual(title, 'pwned', 'the script in the heading did not run');
    const header = (await view().locator('thead').textContent()) ?? '';
    assert.match(header, /Hostile <img src=x onerror=alert\(1\)>/);
    await screenshot(page, 'coverage-view-escaped');
  });

  it('a click on a cell opens the provision', async () => {
    await view().locator('tr[data-unit="art_2"] a', { hasText: 'Artikel 138ab' }).first().click();
    await page.locator('.tabs-container .tab.active', { hasText: 'nl-sr-computercriminaliteit.md' }).waitFor({ timeout: 30000 });
    const line = sr.split('\n').indexOf('## Artikel 138ab') + 1;
    await page.waitForFunction((wanted) => (globalThis as unknown as { document: { querySelector(s: string): { textContent: string | null } | null } }).document.querySelector('[id="status.editor.selection"]')?.textContent?.includes(wanted), `Ln ${line},`, { timeout: 15000 })
      .catch(async () => assert.fail(`the cursor is not on line ${line}: ${await page.locator('[id="status.editor.selection"]').textContent()}`));
    await screenshot(page, 'coverage-click-opens-provision');
  });
});
