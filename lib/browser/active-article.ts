import { browser } from 'wxt/browser';
import type { Article } from '../types';
import { send } from './messaging';

/** The cached article for `?id=` (the library) or else for the active tab's URL. */
export async function loadReaderArticle(search: string): Promise<Article | null> {
  const id = new URLSearchParams(search).get('id');
  if (id) return send('get-article', { id });
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.url ? send('get-article', { id: tab.url }) : null;
}

/** Calls back when the reader switches tabs or the active tab loads a new page. */
export function onActiveTabChange(callback: () => void): () => void {
  const updated = (_id: number, info: { status?: string }, tab: { active?: boolean }) => {
    if (tab.active && info.status === 'complete') callback();
  };
  browser.tabs.onActivated.addListener(callback);
  browser.tabs.onUpdated.addListener(updated);
  return () => {
    browser.tabs.onActivated.removeListener(callback);
    browser.tabs.onUpdated.removeListener(updated);
  };
}
