// The HTML pages in a real headless Chromium: opens from disk, no script error, no network; the outline
// prints, the knowledge map fits the screen, pans, zooms and shows a concept's courses.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { runInProcess } from '../cli/run-cli.js';
import { renderFixture } from './load-fixture.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const available = existsSync(CHROMIUM);
// Locally a missing browser skips these tests, with a note; in CI it fails them: the page
// must have been checked in a real browser before anything lands.
const inCi = process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false';
const browserTest = available || inCi ? test : test.skip;
const note = available || inCi ? '' : ` (skipped: ${CHROMIUM} is missing; install Debian's chromium or set CHROMIUM_PATH)`;

function assertBrowser(): void {
  if (!available)
    throw new Error(`CI is set but no browser is at ${CHROMIUM}: install Debian's chromium (.ci/run does) or set CHROMIUM_PATH.`);
}

/** What a page reports as it loads: console errors and warnings, uncaught errors, and every URL it requests. */
function watch(page: import('playwright-core').Page): { problems: string[]; requests: string[] } {
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('request', (request) => requests.push(request.url()));
  return { problems, requests };
}

async function pageFile(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'curriculum-render-browser-'));
  const file = path.join(dir, 'analyst.html');
  await writeFile(file, await renderFixture('analyst', 'html'));
  return file;
}

describe('the HTML outline in headless Chromium', () => {
  browserTest(`--dump-dom shows the coverage matrix and the production chart${note}`, { timeout: 60_000 }, async () => {
    assertBrowser();
    const file = await pageFile();
    const profile = await mkdtemp(path.join(os.tmpdir(), 'curriculum-chromium-'));
    const { stdout } = await promisify(execFile)(
      CHROMIUM,
      [...FLAGS, `--user-data-dir=${profile}`, '--dump-dom', pathToFileURL(file).href],
      { timeout: 45_000, maxBuffer: 16 * 1024 * 1024 },
    );
    expect(stdout).toContain('<table class="matrix" id="coverage-matrix">');
    expect(stdout.match(/<td class="cell on">✓<\/td>/g)).toHaveLength(11);
    expect(stdout).toContain('<svg class="gantt" id="production-chart"');
    expect(stdout.match(/<rect class="bar-course"/g)).toHaveLength(5);
  });

  browserTest(`loads with no console error and no network request, and prints${note}`, { timeout: 60_000 }, async () => {
    assertBrowser();
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS.filter((f) => f !== '--headless') });
    try {
      const page = await browser.newPage();
      const { problems, requests } = watch(page);
      const url = pathToFileURL(await pageFile()).href;
      await page.goto(url, { waitUntil: 'load' });

      expect(problems).toEqual([]);
      expect(requests).toEqual([url]);
      // The marker comment before <!DOCTYPE html> must not throw the page into quirks mode.
      expect(await page.evaluate('document.compatMode')).toBe('CSS1Compat');
      expect(await page.locator('#coverage-matrix tbody tr').count()).toBe(6);
      expect(await page.locator('#production-chart rect').count()).toBe(6);
      const chart = await page.locator('#production-chart').boundingBox();
      expect(chart?.width).toBeGreaterThan(400);
      expect(await page.locator('script').count()).toBe(0);

      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('#production-chart').isVisible()).toBe(true);
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      await browser.close();
    }
  });
});

describe('the HTML knowledge map in headless Chromium', () => {
  browserTest(
    `the example map loads cleanly, fits the screen, pans, zooms and shows a concept's courses${note}`,
    { timeout: 90_000 },
    async () => {
      assertBrowser();
      const dir = await mkdtemp(path.join(os.tmpdir(), 'curriculum-map-browser-'));
      const file = path.join(dir, 'web-development.html');
      const run = await runInProcess(['render', 'curricula/maps/web-development', '--out', file]);
      expect(run.code).toBe(0);
      const { chromium } = await import('playwright-core');
      const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS.filter((f) => f !== '--headless') });
      try {
        const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
        const { problems, requests } = watch(page);
        const url = pathToFileURL(file).href;
        await page.goto(url, { waitUntil: 'load' });
        expect(problems).toEqual([]);
        expect(requests).toEqual([url]);
        expect(await page.evaluate('document.compatMode')).toBe('CSS1Compat');

        const concepts = page.locator('#map .concept');
        const count = await concepts.count();
        expect(count).toBeGreaterThanOrEqual(30);
        const viewport = (await page.locator('#viewport').boundingBox())!;
        const outside = async () => {
          const boxes = await Promise.all(Array.from({ length: count }, (_, i) => concepts.nth(i).boundingBox()));
          return boxes.filter(
            (box) =>
              !box ||
              box.x < viewport.x ||
              box.y < viewport.y ||
              box.x + box.width > viewport.x + viewport.width ||
              box.y + box.height > viewport.y + viewport.height,
          ).length;
        };
        // Zoomed in, part of the map leaves the screen; "Fit to screen" brings every concept back.
        for (let i = 0; i < 4; i++) await page.click('#zoom-in');
        expect(await outside()).toBeGreaterThan(0);
        await page.click('#fit');
        expect(await outside()).toBe(0);

        // Dragging the background moves the map by as much.
        const java = page.locator('#map .concept[data-id="java"]');
        const before = (await java.boundingBox())!;
        await page.mouse.move(viewport.x + 20, viewport.y + 20);
        await page.mouse.down();
        await page.mouse.move(viewport.x + 120, viewport.y + 70, { steps: 5 });
        await page.mouse.up();
        const dragged = (await java.boundingBox())!;
        expect(dragged.x - before.x).toBeCloseTo(100, 0);
        expect(dragged.y - before.y).toBeCloseTo(50, 0);
        // The wheel zooms in about the pointer.
        await page.mouse.move(dragged.x + dragged.width / 2, dragged.y + dragged.height / 2);
        await page.mouse.wheel(0, -300);
        expect((await java.boundingBox())!.width).toBeGreaterThan(dragged.width * 1.5);
        await page.click('#fit');

        // A click on a concept shows its courses as links, and only that concept's.
        expect(await page.locator('#concept-java').isVisible()).toBe(false);
        await java.click();
        const panel = page.locator('#concept-java');
        expect(await panel.isVisible()).toBe(true);
        expect(await panel.locator('a[href="https://dev.java/learn/"]').textContent()).toBe('Learn Java (dev.java)');
        expect(await page.locator('.details:visible').count()).toBe(1);
        await page.locator('#map .concept[data-id="backend"]').click();
        expect(await panel.isVisible()).toBe(false);
        expect(await page.locator('#concept-backend').isVisible()).toBe(true);
        // A program's course links to its URL, named by its title.
        await page.locator('#map .concept[data-id="web-development"]').click();
        const mdn = page.locator('#concept-web-development a[href="https://developer.mozilla.org/en-US/docs/Learn_web_development"]');
        expect(await mdn.textContent()).toBe('MDN Learn web development');

        const shot = path.join(dir, 'web-development.png');
        await page.click('#fit');
        const png = await page.screenshot({ path: shot });
        expect(png.subarray(1, 4).toString()).toBe('PNG');
        expect(png.length).toBeGreaterThan(20_000);
        expect(problems).toEqual([]);
      } finally {
        await browser.close();
      }
    },
  );
});
