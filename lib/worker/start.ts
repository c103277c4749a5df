import { browser } from 'wxt/browser';
import { listen } from '../browser/messaging';
import { getArticle, saveArticle } from '../db/articles';
import { CoverageFullError, isQuotaError } from '../db/errors';
import { LedeDB } from '../db/schema';
import type { ContentResult } from '../messages';
import { type CleanTabDeps, cleanTab } from './clean-tab';
import { CoverageService } from './coverage';
import { startCommands } from './menus';

const contentScript = '/content-scripts/content.js';

function isContentResult(value: unknown): value is ContentResult {
  return typeof value === 'object' && value !== null && 'article' in value && 'hidden' in value;
}

function deps(db: LedeDB, coverage: CoverageService): CleanTabDeps {
  return {
    getTab: async (tabId) => {
      try {
        const tab = await browser.tabs.get(tabId);
        return { url: tab.url, incognito: tab.incognito };
      } catch {
        return null;
      }
    },
    runContentScript: async (tabId) => {
      const [frame] = await browser.scripting.executeScript({
        target: { tabId },
        files: [contentScript],
      });
      if (!isContentResult(frame?.result)) throw new Error('The page returned nothing');
      return frame.result;
    },
    saveArticle: async (article) => {
      try {
        const saved = await saveArticle(db, article, { now: new Date().toISOString() });
        return { id: saved.id, evicted: saved.evicted };
      } catch (error) {
        // A newer Lede took the cache over: the popup says so instead of Dexie's "closed".
        throw db.upgrades.explain(error);
      }
    },
    saveCoverage: async (reading, pageUrl) => {
      try {
        return await coverage.saveAggregator(reading, pageUrl, new Date().toISOString());
      } catch (error) {
        throw db.upgrades.explain(
          isQuotaError(error) ? new CoverageFullError({ cause: error }) : error,
        );
      }
    },
    coverageFor: (page) => coverage.forPage(page),
  };
}

/** Everything the service worker does is a reply to a message: no state lives only in memory. */
export function startWorker(): void {
  const db = new LedeDB();
  // Its story index loads from the database on first use, once per worker start.
  const coverage = new CoverageService(db);
  listen({
    'clean-tab': ({ tabId }) => cleanTab(tabId, deps(db, coverage)),
    'get-article': async ({ id }) => (await getArticle(db, id)) ?? null,
  });
  // Shortcuts and the context menu: registered in the worker's first turn, as MV3 requires.
  startCommands(db, deps(db, coverage));
}
