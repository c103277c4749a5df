import { useCallback, useEffect, useState } from 'preact/hooks';
import { originUsage } from '@/lib/browser/library';
import type { SavedArticleSummary } from '@/lib/db/records';
import type { LedeDB } from '@/lib/db/schema';
import { syncSearchIndex } from '@/lib/db/search';
import { getSettings, type Limits } from '@/lib/db/settings';
import { getUsage, type Usage } from '@/lib/db/usage';
import { listAll } from './data';

export interface LibraryData {
  /** null until the first read finishes. */
  articles: SavedArticleSummary[] | null;
  usage: Usage;
  limits: Limits | null;
  /** What the browser counts for the extension's origin, when it says. */
  originBytes: number | null;
  /** Bumped on every reload, so searches re-run against the changed cache. */
  version: number;
  error: string | null;
}

const empty: LibraryData = {
  articles: null,
  usage: { count: 0, bytes: 0 },
  limits: null,
  originBytes: null,
  version: 0,
  error: null,
};

/** The cache as the page shows it. The worker may save while the page is open: coming back to
 * the tab reads it again. */
export function useLibrary(db: LedeDB): [LibraryData, () => Promise<void>] {
  const [data, setData] = useState<LibraryData>(empty);
  const reload = useCallback(async () => {
    try {
      const [articles, usage, limits] = await Promise.all([
        listAll(db),
        getUsage(db),
        getSettings(db),
      ]);
      const originBytes = await originUsage();
      setData((d) => ({
        articles,
        usage,
        limits,
        originBytes,
        version: d.version + 1,
        error: null,
      }));
    } catch (error) {
      setData((d) => ({ ...d, articles: d.articles ?? [], error: String(error) }));
    }
  }, [db]);

  useEffect(() => {
    reload();
    // Load the search index while the reader looks at the list, so the first search is quick.
    const warm = setTimeout(() => syncSearchIndex(db).catch(() => undefined), 300);
    const onVisible = () => document.visibilityState === 'visible' && reload();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearTimeout(warm);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [db, reload]);
  return [data, reload];
}
