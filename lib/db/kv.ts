import type { LedeDB } from './schema';

// A small key-value store for the worker (e.g. a serialized index of its own). Keys under
// "lede/" and "search/" belong to the cache itself and are refused here.

const RESERVED = /^(lede|search)\//;

function checkKey(key: string): void {
  if (RESERVED.test(key)) throw new RangeError(`kv key "${key}" is reserved for the cache`);
}

export async function getKv<T = unknown>(db: LedeDB, key: string): Promise<T | undefined> {
  return (await db.kv.get(key))?.value as T | undefined;
}

/** `value` must be structured-cloneable plain data (it is written as is). */
export async function setKv(db: LedeDB, key: string, value: unknown): Promise<void> {
  checkKey(key);
  await db.kv.put({ key, value });
}

export async function deleteKv(db: LedeDB, key: string): Promise<void> {
  checkKey(key);
  await db.kv.delete(key);
}
