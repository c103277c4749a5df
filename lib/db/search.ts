import type { LedeDB } from './schema';
import { makeSnippet, SEARCH_OPTIONS } from './search-index';
import { currentIndex, searchIndexIdle } from './search-state';

// Full-text search over the cache. How the index is kept and restored: search-state.ts.

export {
  currentIndex,
  forgetSearchIndex,
  openSearchIndex,
  persistSearchIndex,
  SEARCH_META_KEY,
  SEARCH_SNAPSHOT_KEY,
  searchIndexIdle,
} from './search-state';

export interface SearchHit {
  id: string;
  title: string;
  siteName: string | null;
  savedAt: string;
  snippet: string;
  score: number;
}

/**
 * Ranked full-text search over title, outlet, byline and text. All words must match (as a
 * prefix, or with a typo when long); if none does, any word may.
 */
export async function searchArticles(
  db: LedeDB,
  query: string,
  { limit = 20 }: { limit?: number } = {},
): Promise<SearchHit[]> {
  if (query.trim() === '') return [];
  const { mini } = await currentIndex(db);
  let hits = mini.search(query, SEARCH_OPTIONS);
  if (hits.length === 0) hits = mini.search(query, { ...SEARCH_OPTIONS, combineWith: 'OR' });
  const top = hits.slice(0, limit);
  const ids = top.map((hit) => String(hit.id));
  const [metas, bodies] = await db.transaction(
    'r',
    db.articles,
    db.bodies,
    async () => [await db.articles.bulkGet(ids), await db.bodies.bulkGet(ids)] as const,
  );
  return top.flatMap((hit, i) => {
    const meta = metas[i];
    if (!meta) return [];
    const { id, title, siteName, savedAt } = meta;
    const snippet = makeSnippet(bodies[i]?.text ?? meta.excerpt ?? '', hit.terms);
    return [{ id, title, siteName, savedAt, snippet, score: hit.score }];
  });
}

/**
 * Brings the index up to date and, if enough has changed, writes its snapshot; resolves when
 * done. For the worker to call when idle, so that a first search after many saves is not the
 * one that pays for indexing them.
 */
export async function syncSearchIndex(db: LedeDB): Promise<void> {
  await currentIndex(db);
  await searchIndexIdle(db);
}
