// The static HTML export as a reader sees it: every page of the exported corpus in Chromium at
// 1,000 and 1,400 pixels, with no horizontal overflow, the whole citation as the link, and the
// CSP respected (no console errors). Screenshots: test-artifacts/e2e/*-export-*.png.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchBrowser, ROOT, screenshot } from './codeServer';

describe('HTML export in Chromium', function () {
  this.timeout(180000);
  let browser: Browser;
  let site: string;

  before(async () => {
    site = mkdtempSync(path.join(tmpdir(), 'treaty-lens-site-'));
    const result = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'export', 'html', path.join(ROOT, 'corpus'), '-o', site], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    rmSync(site, { recursive: true, force: true });
  });

  for (const width of [1000, 1400]) {
    it(`every page fits a ${width}-pixel window`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      const problems: string[] = [];
      page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
      for (const name of readdirSync(site).filter((file) => file.endsWith('.html')).sort()) {
        await page.goto(pathToFileURL(path.join(site, name)).href);
        const { scrollWidth, innerWidth } = await page.evaluate<{ scrollWidth: number; innerWidth: number }>('({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth })');
        assert.ok(scrollWidth <= innerWidth, `${name} is ${scrollWidth} px wide in a ${innerWidth}-pixel window`);
        if (name === 'index.html' || name === 'coe-ets185-en.html' || name === 'un-cybercrime-2024-ar.html') {
          await screenshot(page, `export-${width}-${name.replace(/\.html$/, '')}`);
        }
      }
      assert.deepEqual(problems, [], 'no console errors (a CSP violation shows here)');
      await page.close();
    });
  }

  it('a citation is linked whole: "Articles 2 through 11", not "2"', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(pathToFileURL(path.join(site, 'coe-ets185-en.html')).href);
    const links = await page.$$eval('a[href^="#art_"]', (anchors) => anchors.map((a) => a.textContent ?? ''));
    assert.ok(links.some((text) => /^Articles 2 through 11$/i.test(text)), links.slice(0, 20).join(' | '));
    await page.close();
  });
});
