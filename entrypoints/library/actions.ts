import { useState } from 'preact/hooks';
import { downloadJson, exportFileName, readJsonFile } from '@/lib/browser/library';
import { clearAll, markRead, setPinned } from '@/lib/db/articles';
import { enforceLimits } from '@/lib/db/evict';
import type { SavedArticleSummary } from '@/lib/db/records';
import type { LedeDB } from '@/lib/db/schema';
import { syncSearchIndex } from '@/lib/db/search';
import { type Limits, setSettings } from '@/lib/db/settings';
import { exportAll, importAll } from '@/lib/db/transfer';
import { deleteKeepingCopy, restoreCopy } from './data';
import { errorText, evictedSummary, importSummary, plural } from './words';

export interface Notice {
  text: string;
  error: boolean;
  undo?: () => void;
}

/** What the reader can do in the library; each action ends with a notice and a fresh read. */
export function useActions(db: LedeDB, reload: () => Promise<void>) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const run = async (work: () => Promise<Notice | null>) => {
    try {
      setNotice(await work());
    } catch (error) {
      setNotice({ text: errorText(error), error: true });
    }
    await reload();
  };
  const say = (text: string): Notice => ({ text, error: false });
  const now = () => new Date().toISOString();

  return {
    notice,
    // Reading moves an article to the back of the eviction queue; the link opens regardless.
    open: (id: string) => void markRead(db, id, { now: now() }).catch(() => undefined),
    togglePin: (a: SavedArticleSummary) =>
      run(async () => {
        await setPinned(db, a.id, !a.pinned);
        return say(
          a.pinned
            ? `Unpinned “${a.title}”.`
            : `Pinned “${a.title}”: Lede will not remove it to make room.`,
        );
      }),
    remove: (a: SavedArticleSummary) =>
      run(async () => {
        const copy = await deleteKeepingCopy(db, a.id);
        if (!copy) return say(`“${a.title}” was already gone.`);
        const undo = () =>
          run(async () => {
            await restoreCopy(db, copy);
            return say(`Restored “${a.title}”.`);
          });
        return { ...say(`Deleted “${a.title}”.`), undo };
      }),
    exportFile: () =>
      run(async () => {
        const data = await exportAll(db, { now: now() });
        const name = exportFileName(new Date());
        downloadJson(document, name, data);
        return say(`Exported ${plural(data.articles.length, 'article')} to ${name}.`);
      }),
    importFile: (file: File) =>
      run(async () => {
        const result = await importAll(db, await readJsonFile(file));
        // Index what came in now, in the background, rather than in the first search.
        syncSearchIndex(db).catch(() => undefined);
        return say(importSummary(file.name, result));
      }),
    clear: () =>
      run(async () => {
        await clearAll(db);
        return say('Deleted everything: your library is empty.');
      }),
    saveLimits: (limits: Limits) =>
      run(async () => {
        const saved = await setSettings(db, limits);
        return say(
          `Saved: Lede keeps at most ${plural(saved.maxArticles, 'article')} or ${saved.maxMegabytes.toLocaleString()} MB.`,
        );
      }),
    enforce: () =>
      run(async () => say(evictedSummary((await enforceLimits(db)).map((e) => e.title)))),
  };
}
