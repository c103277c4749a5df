import { browser } from 'wxt/browser';
import { getArticle } from '../db/articles';
import { coverageForStory, storyForUrl } from '../db/coverage';
import type { LedeDB } from '../db/schema';
import { errorMessage } from '../error-message';
import { type ExportOptions, exportOptions } from '../markdown/options';
import { markdownDataUrl, maxDataUrlLength } from '../reader/data-url';
import { exportCoverage, type Note, type NoteRequest, savedAtOf } from '../reader/export-note';
import type { Article } from '../types';
import { sendToTab } from './messaging';

// Markdown export's contact with the browser: the reader's export options (storage.sync), the
// story's coverage (the cache), the downloads API and the clipboard.

const optionsKey = 'exportOptions';

export async function loadExportOptions(): Promise<ExportOptions> {
  return exportOptions((await browser.storage.sync.get(optionsKey))[optionsKey]);
}

export async function saveExportOptions(options: ExportOptions): Promise<void> {
  await browser.storage.sync.set({ [optionsKey]: exportOptions(options) });
}

/** Coverage is a bonus: a story the cache cannot read is a note without the list, not a failure. */
async function coverageOf(db: LedeDB, article: Article) {
  try {
    const story =
      (await storyForUrl(db, article.url)) ?? (await storyForUrl(db, article.canonicalUrl));
    return story ? exportCoverage(await coverageForStory(db, story.id), article) : [];
  } catch {
    return [];
  }
}

/** Everything exportNote needs for this article: the same for every export path. */
export async function noteRequest(db: LedeDB, article: Article): Promise<NoteRequest> {
  const [options, coverage] = await Promise.all([loadExportOptions(), coverageOf(db, article)]);
  return { article, savedAt: savedAtOf(article), coverage, options };
}

/** Asks the content script in the tab to convert (the service worker has no DOM). */
export function markdownInTab(tabId: number, request: NoteRequest): Promise<Note> {
  return sendToTab(tabId, 'to-markdown', request);
}

function downloadUrl(markdown: string): { url: string; revoke(): void } {
  const data = import.meta.env.FIREFOX ? null : markdownDataUrl(markdown);
  // Firefox refuses data: URLs in downloads.download; a huge note would pass Chrome's URL cap.
  if (data && data.length <= maxDataUrlLength) return { url: data, revoke: () => {} };
  if (typeof URL.createObjectURL !== 'function')
    throw new Error('This note is too large to download from here.');
  const url = URL.createObjectURL(new Blob([markdown], { type: 'text/markdown;charset=utf-8' }));
  // The download reads the blob when it starts; a minute is ample and the page may close sooner.
  return { url, revoke: () => setTimeout(() => URL.revokeObjectURL(url), 60_000) };
}

/** Saves the note to the downloads folder under its file name; resolves to the download's id. */
export async function downloadNote(note: Note): Promise<number> {
  const { url, revoke } = downloadUrl(note.markdown);
  try {
    return await browser.downloads.download({
      url,
      filename: note.fileName,
      saveAs: false,
      conflictAction: 'uniquify',
    });
  } catch (error) {
    // A browser may refuse a name our rules allow (each has its own list): keep the note anyway.
    if (!/filename/i.test(String(error))) throw error;
    return await browser.downloads.download({
      url,
      filename: 'article.md',
      saveAs: false,
      conflictAction: 'uniquify',
    });
  } finally {
    revoke();
  }
}

/** Extension pages only: the clipboard needs a focused document, which the worker lacks. */
export async function copyNote(note: Note): Promise<void> {
  await navigator.clipboard.writeText(note.markdown);
}

export type ExportHow = 'download' | 'copy';

/**
 * The popup's and the side panel's export: the cached article (or its id) converted in the page
 * by `toNote` (lib/reader/export-note.ts exportNote; passed in so turndown stays out of the
 * worker's bundle), then saved or copied. Resolves to a sentence for the reader, never throws.
 */
export async function exportFromPage(
  db: LedeDB,
  target: Article | string,
  how: ExportHow,
  toNote: (request: NoteRequest) => Note,
): Promise<string> {
  try {
    const article = typeof target === 'string' ? await getArticle(db, target) : target;
    if (!article) return 'Lede keeps nothing from private windows, so there is no copy to export.';
    const note = toNote(await noteRequest(db, article));
    if (how === 'copy') {
      await copyNote(note);
      return 'Copied the article as Markdown.';
    }
    await downloadNote(note);
    return `Saved "${note.fileName}" to your downloads.`;
  } catch (error) {
    return `Could not export: ${errorMessage(error)}`;
  }
}

// Commands (keyboard shortcuts) and the context menu. Both grant activeTab for the tab, and both
// count as a user gesture, but only while the listener runs synchronously: the side panel is
// opened before anything is awaited.

export interface MenuItem {
  id: string;
  title: string;
}

export interface CommandTab {
  id?: number;
  url?: string;
  windowId?: number;
}

/** Registers the menu items and one listener for commands and menu clicks. */
export function listenForCommands(
  items: readonly MenuItem[],
  run: (id: string, tab: CommandTab) => void,
) {
  // Made afresh at every start: Chrome keeps items across worker restarts, Firefox's event page
  // may not, and removing first means no "duplicate id" error either way.
  void browser.contextMenus.removeAll().then(() => {
    for (const { id, title } of items) {
      browser.contextMenus.create({ id, title, contexts: ['page', 'selection'] });
    }
  });
  // Older Firefox passes no tab with a command: the reader can still open, for the active tab.
  browser.commands.onCommand.addListener((command, tab) => run(command, tab ?? {}));
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (tab) run(String(info.menuItemId), tab);
  });
}

type SidePanelApi = { open(options: { tabId?: number; windowId?: number }): Promise<void> };
type SidebarApi = { open(): Promise<void> };

/** Opens the reader at once, in the gesture's own turn (lib/browser/side-panel.ts awaits first). */
export function openReaderNow(tab: CommandTab): Promise<void> {
  const api = browser as unknown as { sidePanel?: SidePanelApi; sidebarAction?: SidebarApi };
  if (api.sidePanel) {
    return api.sidePanel.open(
      tab.id !== undefined ? { tabId: tab.id } : { windowId: tab.windowId ?? -2 },
    );
  }
  return api.sidebarAction ? api.sidebarAction.open() : Promise.resolve();
}

/**
 * A shortcut or menu export that fails has no popup to say why: the toolbar icon shows "!" and its
 * tooltip the reason, on that tab only, until the next success clears it.
 */
export async function flagTab(tabId: number, problem: string | null): Promise<void> {
  const action =
    browser.action ??
    (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  if (!action) return;
  await action.setBadgeText({ tabId, text: problem ? '!' : '' });
  const manifest = browser.runtime.getManifest() as { action?: { default_title?: string } };
  const title = problem ? `Lede: ${problem}` : (manifest.action?.default_title ?? 'Lede');
  await action.setTitle({ tabId, title });
}
