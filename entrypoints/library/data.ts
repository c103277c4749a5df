import type { SortKey } from '@/components/LibraryArticles';
import { deleteArticle, getArticle, listArticles } from '@/lib/db/articles';
import type { SavedArticleSummary, StoredArticle } from '@/lib/db/records';
import type { LedeDB } from '@/lib/db/schema';
import { importAll } from '@/lib/db/transfer';
import { EXPORT_FORMAT, EXPORT_VERSION } from '@/lib/db/validate-export';

// The library's reads and writes, over lib/db's public functions.

export type { SortKey };

/** Rows are light (no bodies), so the whole list is read, in pages, and sorted here. */
export async function listAll(db: LedeDB, pageSize = 500): Promise<SavedArticleSummary[]> {
  const all: SavedArticleSummary[] = [];
  for (;;) {
    const last = all[all.length - 1];
    const before = last ? { savedAt: last.savedAt, id: last.id } : undefined;
    const page = await listArticles(db, { limit: pageSize, before });
    all.push(...page);
    if (page.length < pageSize) return all;
  }
}

/** Newest first; by publication date, articles without one go last (newest saved first). */
export function sortArticles(
  articles: readonly SavedArticleSummary[],
  key: SortKey,
): SavedArticleSummary[] {
  if (key === 'saved') return [...articles];
  return [...articles].sort((a, b) => {
    if (a.publishedAt !== b.publishedAt) {
      if (a.publishedAt === null) return 1;
      if (b.publishedAt === null) return -1;
      return a.publishedAt < b.publishedAt ? 1 : -1;
    }
    return a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0;
  });
}

/** Deletes an article and hands back its full copy, so Undo can put it back as it was. */
export async function deleteKeepingCopy(db: LedeDB, id: string): Promise<StoredArticle | null> {
  const copy = await getArticle(db, id);
  await deleteArticle(db, id);
  return copy;
}

/** Undo: the copy goes back through the import path, which keeps its dates and pin. */
export async function restoreCopy(db: LedeDB, copy: StoredArticle): Promise<void> {
  await importAll(db, {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: null,
    settings: null,
    articles: [copy],
    stories: [],
    coverage: [],
  });
}
