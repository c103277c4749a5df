import type MiniSearch from 'minisearch';
import type { ArticleRecord, BodyRecord } from './records';
import type { LedeDB } from './schema';
import { type IndexedDoc, loadIndex, newIndex, toDoc } from './search-index';

// The search index (MiniSearch) across worker restarts. The durable state is a snapshot of the
// index in `kv` plus `searchLog`, one row per article write since the snapshot (written in the
// write's own transaction, so the two never disagree). A worker that starts cold loads the
// snapshot and re-indexes only the logged articles; each query first applies any newer log rows.
// The index in memory is a cache of that durable state and can be dropped at any time.
// Why a snapshot rather than a rebuild per worker start: at 10,000 articles (bench/cache.ts,
// Node + fake-indexeddb) a rebuild from the rows took 12-23 s, loading the 47 MB snapshot 1.6-4 s.

export const SEARCH_META_KEY = 'search/meta';
export const SEARCH_SNAPSHOT_KEY = 'search/snapshot';
/** Bump when INDEX_OPTIONS change: an old snapshot is then rebuilt rather than misread. 2: leads. */
const FORMAT = 2;
/** Re-snapshot after this many logged writes, bounding what a cold start must re-index. */
export const PERSIST_AFTER = 500;

interface SearchMeta {
  epoch: string;
  seq: number;
  format: number;
}

export interface IndexState {
  mini: MiniSearch<IndexedDoc>;
  /** Last search-log row applied. */
  seq: number;
  /** Which snapshot lineage this state belongs to; null before any snapshot exists. */
  epoch: string | null;
  sinceSnapshot: number;
  source: 'snapshot' | 'rebuild';
}

const states = new WeakMap<LedeDB, Promise<IndexState>>();
const persisting = new WeakMap<LedeDB, Promise<unknown>>();
/** The state currently in use: a state dropped meanwhile (clearAll) must not be written. */
const live = new WeakMap<LedeDB, IndexState>();

export async function readMeta(db: LedeDB): Promise<SearchMeta | null> {
  const value = (await db.kv.get(SEARCH_META_KEY))?.value as SearchMeta | undefined;
  return value && value.format === FORMAT && typeof value.epoch === 'string' ? value : null;
}

function isStale(state: IndexState, meta: SearchMeta | null): boolean {
  return (meta?.epoch ?? null) !== state.epoch || (meta !== null && meta.seq > state.seq);
}

/** What the index is built from and checked against: every index transaction spans these. */
const indexTables = (db: LedeDB) => [db.kv, db.searchLog, db.articles, db.bodies];
const logAfter = (db: LedeDB, seq: number) => db.searchLog.where('seq').above(seq).toArray();

/**
 * Re-indexes the articles written since `state.seq` (`logged`: those log rows, when already
 * asked for). Inside a transaction over the 4 tables.
 */
async function catchUp(
  db: LedeDB,
  state: IndexState,
  logged = logAfter(db, state.seq),
): Promise<void> {
  const entries = await logged;
  const last = entries[entries.length - 1];
  if (!last) return;
  const ids = [...new Set(entries.map((e) => e.docId))];
  const metas = await db.articles.bulkGet(ids);
  const bodies = await db.bodies.bulkGet(ids);
  ids.forEach((id, i) => {
    if (state.mini.has(id)) state.mini.discard(id);
    const meta = metas[i];
    const body = bodies[i];
    if (meta && body) state.mini.add(toDoc(meta, body));
  });
  state.seq = last.seq;
  state.sinceSnapshot += entries.length;
}

async function rebuild(db: LedeDB, meta: SearchMeta | null): Promise<IndexState> {
  // Everything up to the newest log row (or the snapshot that trimmed the log) is read below.
  const seq = Math.max((await db.searchLog.orderBy('seq').last())?.seq ?? 0, meta?.seq ?? 0);
  const metas = new Map<string, ArticleRecord>();
  await db.articles.each((meta) => metas.set(meta.id, meta));
  const mini = newIndex();
  await db.bodies.each((body: BodyRecord) => {
    const meta = metas.get(body.id);
    if (meta) mini.add(toDoc(meta, body));
  });
  // Infinity: a rebuilt index is written out at once, so the next cold start can load it.
  const epoch = meta?.epoch ?? null;
  return { mini, seq, epoch, sinceSnapshot: Infinity, source: 'rebuild' };
}

/** A cold start: the stored snapshot plus the logged writes, or (no snapshot) a full rebuild. */
export function openSearchIndex(db: LedeDB, { rebuild: force = false } = {}): Promise<IndexState> {
  return db.transaction('r', indexTables(db), async () => {
    const meta = await readMeta(db);
    const snapshot = meta && !force ? (await db.kv.get(SEARCH_SNAPSHOT_KEY))?.value : null;
    if (meta && typeof snapshot === 'string') {
      const state: IndexState = {
        mini: loadIndex(snapshot),
        ...{ seq: meta.seq, epoch: meta.epoch, sinceSnapshot: 0, source: 'snapshot' as const },
      };
      await catchUp(db, state);
      return state;
    }
    return rebuild(db, meta);
  });
}

/** Writes the index as it stands and trims the log it now covers. */
export async function persistSearchIndex(db: LedeDB): Promise<{ bytes: number } | null> {
  const state = await currentIndex(db, { persist: false });
  const written = await db.transaction('rw', indexTables(db), async () => {
    // Dropped (the cache was cleared) or another context wrote a newer snapshot: keep theirs.
    if (live.get(db) !== state || isStale(state, await readMeta(db))) return null;
    await catchUp(db, state);
    const json = JSON.stringify(state.mini);
    const meta: SearchMeta = {
      epoch: state.epoch ?? crypto.randomUUID(),
      seq: state.seq,
      format: FORMAT,
    };
    await db.kv.bulkPut([
      { key: SEARCH_SNAPSHOT_KEY, value: json },
      { key: SEARCH_META_KEY, value: meta },
    ]);
    await db.searchLog.where('seq').belowOrEqual(state.seq).delete();
    return { epoch: meta.epoch, bytes: json.length };
  });
  if (!written) return null;
  state.epoch = written.epoch;
  state.sinceSnapshot = 0;
  return { bytes: written.bytes };
}

/** The index in memory, loaded once per worker start and brought up to date with the log. */
export async function currentIndex(db: LedeDB, { persist = true } = {}): Promise<IndexState> {
  return (await upToDate(db, async () => null, persist)).state;
}

/**
 * Runs `read` against the index brought up to date, in the same read transaction as the check
 * and the catch-up: the rows it reads agree with the index (a deleted article is in neither),
 * and a query pays for one transaction, not two. `read` may await only Dexie calls.
 */
export async function readWithIndex<T>(
  db: LedeDB,
  read: (state: IndexState) => Promise<T>,
): Promise<T> {
  return (await upToDate(db, read, true)).value;
}

async function upToDate<T>(
  db: LedeDB,
  read: (state: IndexState) => Promise<T>,
  persist: boolean,
): Promise<{ state: IndexState; value: T }> {
  let pending = states.get(db);
  if (!pending) {
    pending = openSearchIndex(db);
    states.set(db, pending);
    pending.catch(() => states.delete(db));
  }
  const state = await pending;
  if (states.get(db) === pending) live.set(db, state);
  const result = await db.transaction('r', indexTables(db), async () => {
    // Both asked for at once: one round trip to the database per query rather than two.
    const metaRead = readMeta(db);
    const logged = logAfter(db, state.seq);
    if (isStale(state, await metaRead)) {
      await logged; // settled here, so a failure cannot go unhandled
      return null;
    }
    await catchUp(db, state, logged);
    return { value: await read(state) };
  });
  if (!result) {
    if (states.get(db) === pending) states.delete(db);
    return upToDate(db, read, persist);
  }
  if (persist && state.sinceSnapshot >= PERSIST_AFTER) persistInBackground(db);
  return { state, value: result.value };
}

/**
 * Writing the snapshot takes seconds at 10,000 articles, so it happens after the query that
 * noticed it was due, not during it. If the worker stops meanwhile, the transaction aborts and
 * the log (still whole) covers the difference: the next start catches up from it.
 */
function persistInBackground(db: LedeDB): void {
  if (persisting.has(db)) return;
  const done = persistSearchIndex(db)
    .catch(() => null)
    .finally(() => persisting.delete(db));
  persisting.set(db, done);
}

/** Resolves once no snapshot is being written (tests, benchmarks, closing the database). */
export async function searchIndexIdle(db: LedeDB): Promise<void> {
  await persisting.get(db);
}

/** Drops the index in memory (after clearAll, or to measure a cold start). */
export function forgetSearchIndex(db: LedeDB): void {
  states.delete(db);
  live.delete(db);
}
