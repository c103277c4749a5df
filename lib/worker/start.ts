import { browser } from 'wxt/browser';
import { listen } from '../browser/messaging';
import { getArticle, saveArticle } from '../db/articles';
import { saveCoverage } from '../db/coverage';
import { LedeDB } from '../db/schema';
import type { ContentResult } from '../messages';
import { type CleanTabDeps, cleanTab } from './clean-tab';

const contentScript = '/content-scripts/content.js';

function isContentResult(value: unknown): value is ContentResult {
  return typeof value === 'object' && value !== null && 'article' in value && 'hidden' in value;
}

function deps(db: LedeDB): CleanTabDeps {
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
      const saved = await saveArticle(db, article, { now: new Date().toISOString() });
      return { id: saved.id, evicted: saved.evicted };
    },
    saveCoverage: async (reading, pageUrl) => {
      await saveCoverage(db, reading.story.title, reading.outlets, {
        pageUrl,
        now: new Date().toISOString(),
      });
    },
  };
}

/** Everything the service worker does is a reply to a message: no state lives only in memory. */
export function startWorker(): void {
  const db = new LedeDB();
  listen({
    'clean-tab': ({ tabId }) => cleanTab(tabId, deps(db)),
    'get-article': async ({ id }) => (await getArticle(db, id)) ?? null,
  });
}
