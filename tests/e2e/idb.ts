import type { Page } from '@playwright/test';

/**
 * Every record of one IndexedDB store of the extension, read from one of its pages; [] when the
 * database or store does not exist (it is never created here, so Dexie later opens it fresh).
 */
export function readStore(page: Page, store: string, dbName = 'lede'): Promise<unknown[]> {
  return page.evaluate(
    async ([name, storeName]) => {
      const dbs = await indexedDB.databases();
      if (!dbs.some((db) => db.name === name)) return [];
      return new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open(name as string);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(storeName as string)) {
            db.close();
            resolve([]);
            return;
          }
          const req = db
            .transaction(storeName as string)
            .objectStore(storeName as string)
            .getAll();
          req.onsuccess = () => {
            db.close();
            resolve(req.result);
          };
          req.onerror = () => reject(req.error);
        };
      });
    },
    [dbName, store],
  );
}
