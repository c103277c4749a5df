import { browser } from 'wxt/browser';
import {
  type DisabledKinds,
  disabledKindsFor,
  parseDisabledKinds,
  parseRestored,
  type RestoredBlocks,
  restoredFor,
  setKindDisabled,
  setRestored,
} from '../reader/choices';
import { type ReaderSettings, readerSettings } from '../reader/settings';
import type { ClutterKind } from '../types';

// Where the reader's choices live. Typography and per-site kinds are in storage.sync (they follow
// the reader to other machines); blocks put back on single pages in storage.local (many, local).

const settingsKey = 'readerSettings';
const disabledKey = 'disabledKinds';
const restoredKey = 'restoredBlocks';

export async function loadReaderSettings(): Promise<ReaderSettings> {
  const stored = await browser.storage.sync.get(settingsKey);
  return readerSettings(stored[settingsKey]);
}

export async function saveReaderSettings(settings: ReaderSettings): Promise<void> {
  await browser.storage.sync.set({ [settingsKey]: readerSettings(settings) });
}

/** Calls back when the settings change anywhere: another side panel, another synced machine. */
export function onReaderSettingsChange(callback: (settings: ReaderSettings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && changes[settingsKey])
      callback(readerSettings(changes[settingsKey].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

async function loadDisabledKinds(): Promise<DisabledKinds> {
  return parseDisabledKinds((await browser.storage.sync.get(disabledKey))[disabledKey]);
}

/** The kinds the content script must leave alone on this page's site. */
export async function loadDisabledKindsFor(url: string): Promise<ClutterKind[]> {
  try {
    return disabledKindsFor(await loadDisabledKinds(), url);
  } catch {
    return []; // storage unavailable: clean as usual rather than not at all
  }
}

export async function saveKindDisabled(url: string, kind: ClutterKind, disabled: boolean) {
  const next = setKindDisabled(await loadDisabledKinds(), url, kind, disabled);
  await browser.storage.sync.set({ [disabledKey]: next });
  return disabledKindsFor(next, url);
}

async function loadRestored(): Promise<RestoredBlocks> {
  return parseRestored((await browser.storage.local.get(restoredKey))[restoredKey]);
}

export async function loadRestoredFor(url: string): Promise<string[]> {
  return restoredFor(await loadRestored(), url);
}

export async function saveRestored(url: string, key: string, restored: boolean): Promise<string[]> {
  const next = setRestored(await loadRestored(), url, key, restored);
  await browser.storage.local.set({ [restoredKey]: next });
  return restoredFor(next, url);
}

/**
 * The article the reader shows, as an id or URL for the cache: `?id=` (the library links to it),
 * `?tab=` (one tab: tests and the demo open the panel as a page), else the window's active tab.
 * null when the browser hides the tab's address (Lede was not invoked on it).
 */
export async function readerKey(search: string): Promise<string | null> {
  const params = new URLSearchParams(search);
  const id = params.get('id');
  if (id) return id;
  const tabId = Number(params.get('tab'));
  try {
    if (Number.isInteger(tabId) && tabId > 0) return (await browser.tabs.get(tabId)).url ?? null;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.url ?? null;
  } catch {
    return null; // the tab was closed
  }
}
