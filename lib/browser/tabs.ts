import { browser } from 'wxt/browser';

/**
 * The tab the popup acts on: the active tab of its window. `?tab=ID` names one explicitly; the
 * end-to-end tests and the demo open the popup as a page, where it would otherwise be its own tab.
 */
export async function targetTabId(search: string): Promise<number | null> {
  const named = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(named) && named > 0) return named;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
