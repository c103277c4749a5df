// `npm run demo`: build Lede, serve the demo pages on 127.0.0.1, run the toolbar flow on each in
// Chromium with the extension loaded, and save screenshots of what a reader sees.
import { execSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Worker } from '@playwright/test';
import { startFixtureServer } from '../tests/e2e/fixture-server';
import { clickToolbar, launchWithExtension } from '../tests/e2e/harness';
import { findChromium, howToGetChromium } from './find-chromium.mjs';

const out = resolve(import.meta.dirname, '../demo-output');
// The aggregator first, as a reader would meet the story: the farm's popup then lists the
// other outlets covering it.
const pages = [
  { name: 'aggregator', file: 'aggregator-seed-ground.html' },
  { name: 'farm', file: 'farm-ap-blinken.html' },
  { name: 'wordpress-farm', file: 'farm-wordpress-reuters.html' },
  { name: 'original-report', file: 'news-original-london.html' },
  { name: 'login-page', file: 'page-login.html' },
];

/** The extension APIs, as the worker and extension pages see them (`chrome`). */
type Chrome = typeof import('wxt/browser').browser;

/** The newest download once it is complete: extension downloads bypass Playwright's events. */
async function downloadedFile(worker: Worker): Promise<string> {
  for (;;) {
    const [item] = await worker.evaluate(() =>
      (globalThis as unknown as { chrome: Chrome }).chrome.downloads.search({
        orderBy: ['-startTime'],
        limit: 1,
      }),
    );
    if (item?.state === 'complete') return item.filename;
    if (item?.state === 'interrupted') throw new Error(`export failed: ${item.error}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

const chromium = await findChromium();
if (!chromium) {
  console.error(howToGetChromium);
  process.exit(1);
}
process.env.CHROMIUM_PATH = chromium;

console.log('Building the extension (Chrome, and the demo build that may read 127.0.0.1)…');
execSync('npx wxt build', { stdio: 'ignore' });
execSync('npx wxt build', { stdio: 'ignore', env: { ...process.env, LEDE_E2E: '1' } });

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const server = await startFixtureServer();
const { context, worker, extensionId, close } = await launchWithExtension();
const written: string[] = [];
try {
  for (const { name, file } of pages) {
    const page = await context.newPage();
    await page.goto(server.url(file));
    await page.setViewportSize({ width: 1100, height: 900 });
    const before = resolve(out, `page-${name}-original.png`);
    await page.screenshot({ path: before });
    written.push(before);
    const popup = await clickToolbar(context, worker, extensionId, page);
    await popup.setViewportSize({ width: 380, height: 560 });
    const popupShot = resolve(out, `popup-${name}.png`);
    await popup.screenshot({ path: popupShot, fullPage: true });
    written.push(popupShot);
    const pageShot = resolve(out, `page-${name}-cleaned.png`);
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.screenshot({ path: pageShot });
    written.push(pageShot);

    if (await popup.locator('.article-title').count()) {
      for (const scheme of ['light', 'dark'] as const) {
        const reader = await context.newPage();
        await reader.emulateMedia({ colorScheme: scheme });
        await reader.setViewportSize({ width: 420, height: 900 });
        await reader.goto(
          `chrome-extension://${extensionId}/sidepanel.html?id=${encodeURIComponent(page.url())}`,
        );
        await reader.locator('.reader h1').waitFor();
        const shot = resolve(out, `sidepanel-${name}-${scheme}.png`);
        await reader.screenshot({ path: shot });
        written.push(shot);
        await reader.close();
      }
      // The note "Download .md" writes, copied out of the browser's download folder.
      const reader = await context.newPage();
      await reader.goto(
        `chrome-extension://${extensionId}/sidepanel.html?id=${encodeURIComponent(page.url())}`,
      );
      await reader.getByRole('button', { name: 'Download .md' }).click();
      // Once it says so, the download exists: the newest one is this page's.
      await reader.getByText('to your downloads').waitFor();
      const note = resolve(out, `export-${name}.md`);
      copyFileSync(await downloadedFile(worker), note);
      written.push(note);
      await reader.close();
    }
    await popup.close();
    await page.close();
  }
} finally {
  await close();
  await server.close();
}
console.log(`\nLede ran on ${pages.length} pages. ${written.length} files in ${out}:`);
for (const path of written) console.log(`  ${path}`);
