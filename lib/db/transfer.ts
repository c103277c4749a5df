import { contentHash, isDedupable } from './normalise';
import { type ArticleRecord, type StoredArticle, splitArticle } from './records';
import type { LedeDB } from './schema';
import { getSettings } from './settings';
import { type CacheExport, EXPORT_FORMAT, EXPORT_VERSION, validateExport } from './validate-export';
import { putArticle } from './write';

export type { CacheExport } from './validate-export';

/** Everything the cache holds but its derived state (search index, usage totals). */
export async function exportAll(db: LedeDB, { now }: { now?: string } = {}): Promise<CacheExport> {
  const tables = [db.articles, db.bodies, db.stories, db.coverage, db.settings];
  return db.transaction('r', tables, async () => {
    const metas = await db.articles.orderBy(':id').toArray();
    const bodies = await db.bodies.bulkGet(metas.map((m) => m.id));
    const articles = metas.flatMap((meta, i) => {
      const body = bodies[i];
      return body ? [{ ...meta, html: body.html, text: body.text }] : [];
    });
    const stored = await db.settings.get('limits');
    return {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: now ?? null,
      settings: stored ? await getSettings(db) : null,
      articles,
      stories: await db.stories.orderBy(':id').toArray(),
      coverage: await db.coverage.orderBy(':id').toArray(),
    };
  });
}

export interface ImportResult {
  added: number;
  /** Same URL already stored: the newer text kept, reading state combined. */
  merged: number;
  /** Same text as a stored article under another URL: recorded as an alias. */
  aliased: number;
  unchanged: number;
}

const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];
const min = (a: string, b: string) => (a < b ? a : b);
const max = (a: string, b: string) => (a > b ? a : b);

/** Reading state from both copies: earliest save, latest read, pinned if either is. */
function combine(keep: ArticleRecord, other: ArticleRecord): ArticleRecord {
  return {
    ...keep,
    savedAt: min(keep.savedAt, other.savedAt),
    lastReadAt: max(keep.lastReadAt, other.lastReadAt),
    pinned: keep.pinned || other.pinned ? 1 : 0,
    aliases: union(keep.aliases, [other.id, ...other.aliases]).filter((a) => a !== keep.id),
    changes: union(keep.changes, other.changes).sort(),
    storyId: keep.storyId ?? other.storyId,
  };
}

const same = (a: ArticleRecord, b: ArticleRecord) =>
  JSON.stringify({ ...a, sizeBytes: 0 }) === JSON.stringify({ ...b, sizeBytes: 0 });

/** One imported article, placed by the rules a save follows. Inside the import transaction. */
async function mergeOne(db: LedeDB, article: StoredArticle): Promise<keyof ImportResult> {
  const { meta, body } = splitArticle(article);
  const existing = await db.articles.get(meta.id);
  if (existing) {
    const theirsNewer = meta.updatedAt > existing.updatedAt;
    const next = theirsNewer ? combine(meta, existing) : combine(existing, meta);
    if (!theirsNewer && same(next, existing)) return 'unchanged';
    await putArticle(db, next, theirsNewer ? body : null, existing);
    return 'merged';
  }
  const owner = await db.articles.where('aliases').equals(meta.id).first();
  const twin =
    owner?.contentHash === meta.contentHash
      ? owner
      : isDedupable(body.text)
        ? await db.articles.where('contentHash').equals(meta.contentHash).first()
        : undefined;
  if (twin) {
    const next = combine(twin, meta);
    if (same(next, twin)) return 'unchanged';
    await putArticle(db, next, null, twin);
    return 'aliased';
  }
  if (owner) {
    const aliases = owner.aliases.filter((a) => a !== meta.id);
    await putArticle(db, { ...owner, aliases }, null, owner);
  }
  await putArticle(db, meta, body, undefined);
  return 'added';
}

/**
 * Merges an export into the cache, deduping as saves do, in one transaction: a file that fails
 * validation or a write that fails leaves the cache as it was. Limits are not applied (an import
 * is deliberate; evicting what was just imported would lose it).
 */
export async function importAll(db: LedeDB, data: unknown): Promise<ImportResult> {
  const file = validateExport(data);
  // Hashes are recomputed, not trusted, and before the transaction (Web Crypto is not IDB).
  const hashes = await Promise.all(file.articles.map((a) => contentHash(a.text)));
  const result: ImportResult = { added: 0, merged: 0, aliased: 0, unchanged: 0 };
  await db.transaction('rw', [...db.writeTables, db.stories], async () => {
    for (const [i, article] of file.articles.entries()) {
      result[await mergeOne(db, { ...article, contentHash: hashes[i] ?? article.contentHash })] +=
        1;
    }
    for (const story of file.stories) {
      const old = await db.stories.get(story.id);
      await db.stories.put(
        old ? { ...old, createdAt: min(old.createdAt, story.createdAt) } : story,
      );
    }
    const olds = await db.coverage.bulkGet(file.coverage.map((c) => c.id));
    await db.coverage.bulkPut(
      file.coverage.map((row, i) => {
        const old = olds[i];
        return old && old.seenAt > row.seenAt ? old : row;
      }),
    );
    if (file.settings && !(await db.settings.get('limits'))) {
      await db.settings.put({ id: 'limits', ...file.settings });
    }
  });
  return result;
}
