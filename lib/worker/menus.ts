import {
  downloadNote,
  flagTab,
  listenForCommands,
  markdownInTab,
  noteRequest,
  openReaderNow,
} from '../browser/export';
import { getArticle } from '../db/articles';
import type { LedeDB } from '../db/schema';
import { errorMessage } from '../error-message';
import type { CleanResponse } from '../messages';
import { unreadableMessages } from '../page-kind';
import type { Note, NoteRequest } from '../reader/export-note';
import type { Article } from '../types';
import { type CleanTabDeps, cleanTab } from './clean-tab';

// The keyboard shortcuts (manifest `commands`) and the context menu items: "read" opens the side
// panel, "export" downloads the note. On a tab not cleaned yet, both clean it first, as the
// toolbar click would. Browser calls come in through CommandDeps, so this runs in Node tests.

export type CommandAction = 'read' | 'export';

export const menuItems = [
  { id: 'lede-read', title: 'Read with Lede' },
  { id: 'lede-export', title: 'Export as Markdown' },
] as const;

const actions: Record<string, CommandAction> = {
  'open-reader': 'read',
  'lede-read': 'read',
  'export-markdown': 'export',
  'lede-export': 'export',
};

/** The action a command name or menu item id stands for; null for anything else. */
export function actionOf(id: string): CommandAction | null {
  return Object.hasOwn(actions, id) ? (actions[id] as CommandAction) : null;
}

export interface CommandTab {
  id?: number;
  url?: string;
  windowId?: number;
}

export interface CommandDeps {
  /** Must call the browser before returning: the gesture ends with the listener's turn. */
  openReader(tab: CommandTab): Promise<void>;
  cachedArticle(url: string): Promise<Article | null>;
  /** The toolbar flow (lib/worker/clean-tab.ts), with the article the content script read. */
  cleanTab(tabId: number): Promise<{ response: CleanResponse; article: Article | null }>;
  noteRequest(article: Article): Promise<NoteRequest>;
  toMarkdown(tabId: number, request: NoteRequest): Promise<Note>;
  download(note: Note): Promise<unknown>;
  /** Tells the reader, on the tab, why nothing happened (null clears it). */
  flag(tabId: number, problem: string | null): Promise<void>;
}

type Outcome = { article: Article } | { problem: string };

/** Cleans the tab and returns the article as kept (with the cache's savedAt) or as read. */
async function clean(tabId: number, deps: CommandDeps): Promise<Outcome> {
  const { response, article } = await deps.cleanTab(tabId);
  if (!response.ok) return { problem: response.message };
  if (!response.article || !article) return { problem: unreadableMessages['not-article'] };
  const kept = response.saved ? await deps.cachedArticle(response.article.id) : null;
  return { article: kept ?? article };
}

async function articleFor(
  tab: CommandTab & { id: number },
  deps: CommandDeps,
): Promise<Outcome & { cleaned: boolean }> {
  const cached = tab.url ? await deps.cachedArticle(tab.url) : null;
  if (cached) return { article: cached, cleaned: false };
  return { ...(await clean(tab.id, deps)), cleaned: true };
}

async function exportTab(
  tab: CommandTab & { id: number },
  deps: CommandDeps,
): Promise<string | null> {
  let found = await articleFor(tab, deps);
  if ('problem' in found) return found.problem;
  let note: Note;
  try {
    note = await deps.toMarkdown(tab.id, await deps.noteRequest(found.article));
  } catch (error) {
    // The article was cached, but the page has been reloaded since: no content script is listening.
    if (found.cleaned) return String(error);
    found = { ...(await clean(tab.id, deps)), cleaned: true };
    if ('problem' in found) return found.problem;
    note = await deps.toMarkdown(tab.id, await deps.noteRequest(found.article));
  }
  await deps.download(note);
  return null;
}

/** Runs a command or menu click. Never throws: a listener has nobody to throw to. */
export async function runCommand(id: string, tab: CommandTab, deps: CommandDeps): Promise<void> {
  const action = actionOf(id);
  if (!action) return;
  // Synchronously, before the first await: Chrome only lets a gesture open the panel in its turn.
  const opening = action === 'read' ? deps.openReader(tab).catch(() => {}) : null;
  if (tab.id === undefined) return;
  const target = { ...tab, id: tab.id };
  let problem: string | null;
  try {
    if (action === 'read') {
      const found = await articleFor(target, deps);
      problem = 'problem' in found ? found.problem : null;
    } else {
      problem = await exportTab(target, deps);
    }
  } catch (error) {
    problem = errorMessage(error);
  }
  await opening;
  await deps.flag(target.id, problem).catch(() => {});
}

/** The worker's wiring: the browser's APIs, the cache, and the toolbar's own cleaning. */
export function commandDeps(db: LedeDB, clean: CleanTabDeps): CommandDeps {
  return {
    openReader: openReaderNow,
    cachedArticle: async (url) => await getArticle(db, url),
    cleanTab: async (tabId) => {
      let article: Article | null = null;
      const response = await cleanTab(tabId, {
        ...clean,
        runContentScript: async (id) => {
          const result = await clean.runContentScript(id);
          article = result.article;
          return result;
        },
      });
      return { response, article };
    },
    noteRequest: (article) => noteRequest(db, article),
    toMarkdown: markdownInTab,
    download: downloadNote,
    flag: flagTab,
  };
}

export function startCommands(db: LedeDB, clean: CleanTabDeps): void {
  listenForCommands(menuItems, (id, tab) => {
    void runCommand(id, tab, commandDeps(db, clean));
  });
}
