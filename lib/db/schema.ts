import { Dexie, type DexieOptions, type EntityTable } from 'dexie';
import type {
  ArticleRecord,
  BodyRecord,
  CoverageRecord,
  KvRecord,
  SearchLogRecord,
  SettingsRecord,
  StoryRecord,
} from './records';
import { guardUpgrades, type UpgradeGuard } from './upgrade-guard';
import { upgradeToV2 } from './upgrade-v2';

/**
 * Version 1, the first schema: whole articles (body included) in one table, `pinned` a boolean.
 * Kept verbatim: Dexie needs every released version's declaration to upgrade from it.
 */
export const STORES_V1 = {
  articles: 'id, contentHash, savedAt, lastReadAt, *aliases, storyId',
  stories: 'id, createdAt',
  coverage: 'id, storyId, url, seenOn',
  settings: 'id',
  kv: 'key',
} as const;

/**
 * Version 2: bodies move to their own table, so listing and the popup's summary never read
 * megabytes of text; `pinned` becomes 0|1 so eviction can walk [pinned+lastReadAt] in order;
 * listing pages by [savedAt+id] (stable under equal times); `searchLog` lets a search index in
 * memory catch up with writes made since its snapshot.
 */
export const STORES_V2 = {
  articles: 'id, contentHash, [savedAt+id], [pinned+lastReadAt], *aliases, storyId',
  bodies: 'id',
  stories: 'id, createdAt',
  coverage: 'id, storyId, url, seenOn',
  settings: 'id',
  kv: 'key',
  searchLog: '++seq',
} as const;

export type LedeDBOptions = Pick<DexieOptions, 'indexedDB' | 'IDBKeyRange' | 'autoOpen'>;

export class LedeDB extends Dexie {
  articles!: EntityTable<ArticleRecord, 'id'>;
  bodies!: EntityTable<BodyRecord, 'id'>;
  stories!: EntityTable<StoryRecord, 'id'>;
  coverage!: EntityTable<CoverageRecord, 'id'>;
  settings!: EntityTable<SettingsRecord, 'id'>;
  kv!: EntityTable<KvRecord, 'key'>;
  searchLog!: EntityTable<SearchLogRecord, 'seq'>;
  /** Whether a newer Lede has taken the cache over (see upgrade-guard.ts). */
  readonly upgrades: UpgradeGuard;

  /** Tests and benchmarks pass a fresh name and fake-indexeddb's `indexedDB`/`IDBKeyRange`. */
  constructor(name = 'lede', options: LedeDBOptions = {}) {
    super(name, options);
    this.version(1).stores(STORES_V1);
    this.version(2).stores(STORES_V2).upgrade(upgradeToV2);
    this.upgrades = guardUpgrades(this);
  }

  /**
   * Every table a save may touch: one transaction over all of them keeps a save all-or-nothing.
   * Transaction callbacks in lib/db are always `async` functions that await only Dexie calls: a
   * plain arrow returning another async function's promise committed early (PrematureCommitError).
   */
  get writeTables() {
    return [
      this.articles,
      this.bodies,
      this.coverage,
      this.settings,
      this.kv,
      this.searchLog,
    ] as const;
  }
}
