import type { ArticleRecord, BodyRecord } from './records';
import type { LedeDB } from './schema';
import { bodyBytes, metaBytes, withUsage } from './usage';

// The only writers of `articles`/`bodies`: each keeps the size, the usage totals and the search
// log in step with the rows. Call them inside a transaction over db.writeTables.

/** Tells the search index that these articles' text or fields changed (or they are gone). */
export async function logSearch(db: LedeDB, ids: readonly string[]): Promise<void> {
  if (ids.length > 0) await db.searchLog.bulkAdd(ids.map((docId) => ({ docId })));
}

/**
 * Writes an article row, and its body when given (else the stored body stays). Returns the row
 * as written, with its size. `previous` is the row being replaced, if any.
 */
export async function putArticle(
  db: LedeDB,
  meta: ArticleRecord,
  body: BodyRecord | null,
  previous: ArticleRecord | undefined,
): Promise<ArticleRecord> {
  const oldBodyBytes = previous ? previous.sizeBytes - metaBytes(previous) : 0;
  const row: ArticleRecord = { ...meta };
  row.sizeBytes = metaBytes(row) + (body ? bodyBytes(body) : oldBodyBytes);
  await withUsage(db, async () => {
    await db.articles.put(row);
    if (body) {
      await db.bodies.put(body);
      await logSearch(db, [row.id]);
    }
    return { count: previous ? 0 : 1, bytes: row.sizeBytes - (previous?.sizeBytes ?? 0) };
  });
  return row;
}

export async function dropArticles(db: LedeDB, rows: readonly ArticleRecord[]): Promise<void> {
  if (rows.length === 0) return;
  const ids = rows.map((r) => r.id);
  await withUsage(db, async () => {
    await db.articles.bulkDelete(ids);
    await db.bodies.bulkDelete(ids);
    await logSearch(db, ids);
    return { count: -rows.length, bytes: -rows.reduce((sum, r) => sum + r.sizeBytes, 0) };
  });
}
