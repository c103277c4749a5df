import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  type BrowserContext,
  test as base,
  chromium,
  type Page,
  type Worker,
} from '@playwright/test';
import { type FixtureServer, startFixtureServer } from './fixture-server';

export const extensionDir = process.env.LEDE_EXTENSION_DIR
  ? resolve(process.env.LEDE_EXTENSION_DIR)
  : resolve(import.meta.dirname, '../../.output/e2e/chrome-mv3');

// Flags measured on this kind of machine (../shared/PLATFORM.md): without the networking ones
// Chromium keeps dialling out and the tests stall.
const flags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchWithExtension(dir = extensionDir) {
  const profile = mkdtempSync(join(tmpdir(), 'lede-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: [...flags, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, worker, extensionId, close };
}

interface Fixtures {
  server: FixtureServer;
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
}

export const test = base.extend<Fixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature
  server: async ({}, use) => {
    const server = await startFixtureServer();
    await use(server);
    await server.close();
  },
  // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature
  context: async ({}, use) => {
    const launched = await launchWithExtension();
    await use(launched.context);
    await launched.close();
  },
  worker: async ({ context }, use) => {
    await use(context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')));
  },
  extensionId: async ({ worker }, use) => {
    await use(new URL(worker.url()).host);
  },
});
export const expect = test.expect;

/** The id the browser gave the tab showing `url`, as the worker sees it. */
export async function tabIdOf(worker: Worker, url: string): Promise<number> {
  return worker.evaluate(async (u) => {
    type Tab = { id?: number; url?: string };
    const api = (
      globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Tab[]> } } }
    ).chrome;
    // Without the tabs permission only pages Lede may read show their URL (127.0.0.1 in this
    // build); a browser page is then the tab that was just opened and is active.
    const tabs = await api.tabs.query({});
    const tab =
      tabs.find((t) => t.url === u) ??
      (await api.tabs.query({ active: true, lastFocusedWindow: true }))[0];
    if (!tab?.id) throw new Error(`no tab for ${u}`);
    return tab.id;
  }, url);
}

/**
 * What a toolbar click does: the popup opens for the page's tab and asks the worker to clean it.
 * The popup is opened as a page with ?tab=ID (headless Chromium has no toolbar to click).
 */
export async function clickToolbar(
  context: BrowserContext,
  worker: Worker,
  extensionId: string,
  page: Page,
): Promise<Page> {
  const tabId = await tabIdOf(worker, page.url());
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await popup.locator('.popup:not([aria-busy])').waitFor();
  return popup;
}
