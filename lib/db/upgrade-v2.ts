import type { Transaction } from 'dexie';
import type { ArticleRecord, ArticleRecordV1, BodyRecord } from './records';
import { bodyBytes, metaBytes, USAGE_KEY } from './usage';

/** Rows per step: bounded memory even when a user has tens of thousands of articles. */
const PAGE = 500;

export function articleFromV1(old: ArticleRecordV1): { meta: ArticleRecord; body: BodyRecord } {
  const { html, text, pinned, ...rest } = old;
  const meta: ArticleRecord = { ...rest, pinned: pinned ? 1 : 0 };
  const body: BodyRecord = { id: old.id, html, text };
  meta.sizeBytes = metaBytes(meta) + bodyBytes(body);
  return { meta, body };
}

/**
 * Version 1 -> 2: move each body to `bodies`, turn `pinned` into 0|1, and write the usage totals
 * the limits check reads. Runs inside Dexie's versionchange transaction: all or nothing.
 */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  const articles = tx.table<ArticleRecordV1 | ArticleRecord, string>('articles');
  const bodies = tx.table<BodyRecord, string>('bodies');
  let count = 0;
  let bytes = 0;
  let last: string | null = null;
  for (;;) {
    const from = last === null ? articles.orderBy(':id') : articles.where(':id').above(last);
    const page = (await from.limit(PAGE).toArray()) as ArticleRecordV1[];
    if (page.length === 0) break;
    const moved = page.map(articleFromV1);
    await bodies.bulkPut(moved.map((m) => m.body));
    await articles.bulkPut(moved.map((m) => m.meta));
    for (const { meta } of moved) bytes += meta.sizeBytes;
    count += page.length;
    last = page[page.length - 1]?.id ?? null;
  }
  await tx.table('kv').put({ key: USAGE_KEY, value: { count, bytes } });
}
