import { browser } from 'wxt/browser';

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
