import type { Dexie } from 'dexie';

// When a newer build of Lede opens the cache with a higher schema version, every connection held
// by an older build (a library tab or side panel left open across an update) gets `versionchange`.
// Dexie's default closes it and then quietly reopens it on the next call, against the upgraded
// database: old code would then write records in the old shape into the new schema, half-migrated
// data the new build cannot read. So an old connection closes for good and the page says so.

/** 'outdated': a newer Lede upgraded the cache; this page's code is old and must reload. */
export type UpgradeState = 'current' | 'outdated' | 'waiting';

export const upgradeMessages: Record<Exclude<UpgradeState, 'current'>, string> = {
  outdated:
    'Lede was updated while this page was open. Reload it to go on: your saved articles are safe.',
  waiting:
    'Lede is updating its cache and waits for an older Lede page to close. Close or reload other Lede tabs and the side panel.',
};

/** Nothing was written: the cache belongs to a newer Lede now. */
export class CacheOutdatedError extends Error {
  override readonly name = 'CacheOutdatedError';
  constructor(options?: { cause?: unknown }) {
    super(upgradeMessages.outdated, options);
  }
}

export interface UpgradeGuard {
  readonly state: UpgradeState;
  /** Calls back on every change of state; returns the unsubscribe. */
  subscribe(listener: (state: UpgradeState) => void): () => void;
  /** The error to show for a failed call: CacheOutdatedError once this connection is outdated. */
  explain(error: unknown): unknown;
}

export function guardUpgrades(db: Dexie): UpgradeGuard {
  let state: UpgradeState = 'current';
  const listeners = new Set<(state: UpgradeState) => void>();
  const set = (next: UpgradeState) => {
    if (next === state) return;
    state = next;
    for (const listener of listeners) listener(next);
  };
  db.on('versionchange', () => {
    db.close({ disableAutoOpen: true });
    set('outdated');
    // false: Dexie's own handler (close, then reopen on demand) must not run.
    return false;
  });
  // This connection is the newer one and an old page holds the cache: the upgrade resumes by
  // itself once that page closes, and 'ready' fires then.
  db.on('blocked', () => set('waiting'));
  db.on(
    'ready',
    () => {
      if (state === 'waiting') set('current');
    },
    true,
  );
  return {
    get state() {
      return state;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    explain(error) {
      return state === 'outdated' && !(error instanceof CacheOutdatedError)
        ? new CacheOutdatedError({ cause: error })
        : error;
    },
  };
}
