import type { SettingsRecord } from './records';
import type { LedeDB } from './schema';

export type Limits = Omit<SettingsRecord, 'id'>;

/**
 * A cleaned article is ~10-40 kB, so 5,000 articles are ~100 MB: years of reading for most
 * people, well inside what Chrome grants an extension's origin, and fast to search.
 */
export const DEFAULT_LIMITS: Readonly<Limits> = { maxArticles: 5000, maxMegabytes: 250 };

function valid(limits: Partial<Limits>): boolean {
  const { maxArticles, maxMegabytes } = limits;
  return (
    (maxArticles === undefined || (Number.isInteger(maxArticles) && maxArticles >= 1)) &&
    (maxMegabytes === undefined || (Number.isFinite(maxMegabytes) && maxMegabytes > 0))
  );
}

export async function getSettings(db: LedeDB): Promise<Limits> {
  const row = await db.settings.get('limits');
  if (!row || !valid(row)) return { ...DEFAULT_LIMITS };
  return { maxArticles: row.maxArticles, maxMegabytes: row.maxMegabytes };
}

/** Changes some limits; a lower limit takes effect at the next save (or call enforceLimits). */
export async function setSettings(db: LedeDB, patch: Partial<Limits>): Promise<Limits> {
  if (!valid(patch)) {
    throw new RangeError('maxArticles must be a whole number >= 1 and maxMegabytes a number > 0');
  }
  return db.transaction('rw', db.settings, async () => {
    const current = await getSettings(db);
    const next: Limits = {
      maxArticles: patch.maxArticles ?? current.maxArticles,
      maxMegabytes: patch.maxMegabytes ?? current.maxMegabytes,
    };
    await db.settings.put({ id: 'limits', ...next });
    return next;
  });
}

export function limitBytes(limits: Limits): number {
  return limits.maxMegabytes * 1024 * 1024;
}
