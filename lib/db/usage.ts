import { utf8Length } from './normalise';
import type { ArticleRecord, BodyRecord } from './records';
import type { LedeDB } from './schema';

// Running totals of what the cache holds, kept in `kv` and updated in the same transaction as
// every write, so a save can check its limits without reading ten thousand rows.

export const USAGE_KEY = 'lede/usage';

export interface Usage {
  count: number;
  bytes: number;
}

function isUsage(value: unknown): value is Usage {
  const v = value as Usage | null;
  return (
    typeof v === 'object' && v !== null && Number.isFinite(v.count) && Number.isFinite(v.bytes)
  );
}

/** Recomputes the totals from the rows (after a migration, or if the row went missing). */
export async function recountUsage(db: LedeDB): Promise<Usage> {
  const usage: Usage = { count: 0, bytes: 0 };
  await db.articles.each((record) => {
    usage.count += 1;
    usage.bytes += record.sizeBytes;
  });
  await db.kv.put({ key: USAGE_KEY, value: usage });
  return usage;
}

export async function getUsage(db: LedeDB): Promise<Usage> {
  const row = await db.kv.get(USAGE_KEY);
  return isUsage(row?.value) ? row.value : recountUsage(db);
}

/**
 * Runs `write` (which changes rows) and adds the change it returns to the totals. The totals
 * are read first: if they have to be recounted, the count must not include the new row yet.
 */
export async function withUsage(db: LedeDB, write: () => Promise<Usage>): Promise<void> {
  const usage = await getUsage(db);
  const delta = await write();
  const next = { count: usage.count + delta.count, bytes: usage.bytes + delta.bytes };
  await db.kv.put({ key: USAGE_KEY, value: next });
}

/** Bytes of the `articles` row, not counting its own size field (so the size is a fixed point). */
export function metaBytes(meta: ArticleRecord): number {
  return utf8Length(JSON.stringify({ ...meta, sizeBytes: 0 }));
}

export function bodyBytes(body: BodyRecord): number {
  return utf8Length(JSON.stringify(body));
}
