import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { onActiveTabChange } from '@/lib/browser/active-tab';
import { readerKey } from '@/lib/browser/reader-settings';
import { getArticle } from '@/lib/db/articles';
import type { LedeDB } from '@/lib/db/schema';
import type { Article } from '@/lib/types';

/**
 * The article to show: undefined while loading, null when there is none. A live query, so the
 * panel fills in by itself when the worker saves the tab's article (toolbar, shortcut, menu) and
 * follows the reader from tab to tab unless it was opened for one article (`?id=`).
 */
export function useArticle(db: LedeDB, search: string): Article | null | undefined {
  const [key, setKey] = useState<string | null | undefined>(undefined);
  const [article, setArticle] = useState<Article | null | undefined>(undefined);

  useEffect(() => {
    const resolve = () => readerKey(search).then(setKey, () => setKey(null));
    resolve();
    return new URLSearchParams(search).has('id') ? undefined : onActiveTabChange(resolve);
  }, [search]);

  useEffect(() => {
    if (key === undefined) return;
    if (key === null) {
      setArticle(null);
      return;
    }
    const subscription = liveQuery(() => getArticle(db, key)).subscribe({
      next: (found) => setArticle(found ?? null),
      error: () => setArticle(null),
    });
    return () => subscription.unsubscribe();
  }, [db, key]);

  return article;
}
