import type { LedeDB } from './schema';
import { runQuery } from './search-index';
import { makeSnippet, needsBody, passageTerms } from './search-snippet';
import { currentIndex, readMeta, readWithIndex, searchIndexIdle } from './search-state';

// Full-text search over the cache. How the index is kept and restored: search-state.ts; how a
// result's snippet is chosen: search-snippet.ts.

export {
  currentIndex,
  forgetSearchIndex,
  openSearchIndex,
  PERSIST_AFTER,
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

/** Results per search at most: each costs a row read, and a list longer than this is not read. */
export const MAX_RESULTS = 50;
/**
 * Bodies read per search at most, for the best results whose matched words lie past their lead;
 * results further down show their lead. About a screenful: a body read is most of a result's
 * cost. At 10,000 articles (bench queries, 20 results) 3.8 bodies a search on average, and 76%
 * of the results that need a passage show one (54% when every result's text was read but the
 * snippet centred on the first matched word, often one its headline already showed).
 */
export const BODY_READS = 10;

/**
 * Ranked full-text search over title, outlet, byline and text. All words must match (as a
 * prefix, or with a typo when long: search-terms.ts); if no article has them all, any word may.
 * Each result's snippet shows the passage that matched, from the lead the index keeps or, for
 * the best BODY_READS results whose words lie further in, from the article's text.
 */
export async function searchArticles(
  db: LedeDB,
  query: string,
  { limit = 20, bodyReads = BODY_READS }: { limit?: number; bodyReads?: number } = {},
): Promise<SearchHit[]> {
  if (query.trim() === '') return [];
  const count = Math.max(0, Math.min(limit, MAX_RESULTS));
  return readWithIndex(db, async ({ mini }) => {
    const top = runQuery(mini, query)
      .slice(0, count)
      .map((hit) => ({ hit, passage: passageTerms(hit) }));
    const wanted = top.filter((t) => needsBody(t.hit, t.passage)).slice(0, Math.max(0, bodyReads));
    // Both reads are queued before either is awaited: one round trip to the database.
    const metasRead = db.articles.bulkGet(top.map((t) => String(t.hit.id)));
    const bodiesRead = wanted.length
      ? db.bodies.bulkGet(wanted.map((t) => String(t.hit.id)))
      : null;
    const metas = await metasRead;
    const read = bodiesRead ? await bodiesRead : [];
    const bodies = new Map(read.flatMap((body) => (body ? [[body.id, body.text]] : [])));
    return top.flatMap(({ hit, passage }, i) => {
      const meta = metas[i];
      if (!meta) return [];
      const { id, title, siteName, savedAt } = meta;
      const lead: unknown = hit.lead;
      const source = bodies.get(id) ?? (typeof lead === 'string' ? lead : meta.excerpt);
      // Centred on a word the headline does not already show, when there is one.
      const snippet = makeSnippet(source ?? '', passage.length ? passage : hit.terms);
      return [{ id, title, siteName, savedAt, snippet, score: hit.score }];
    });
  });
}

/**
 * Article writes the stored index snapshot does not cover yet: what a cold start would have to
 * re-index (every article when there is no usable snapshot). For the worker, to call
 * syncSearchIndex only when it is worth it: it writes a snapshot from PERSIST_AFTER on.
 */
export function pendingSearchWrites(db: LedeDB): Promise<number> {
  return db.transaction('r', db.kv, db.searchLog, db.articles, async () => {
    const meta = await readMeta(db);
    if (!meta) return await db.articles.count();
    return await db.searchLog.where('seq').above(meta.seq).count();
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
