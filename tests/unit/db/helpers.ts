import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach } from 'vitest';
import { LedeDB } from '../../../lib/db/schema';
import { searchIndexIdle } from '../../../lib/db/search';
import type { Article } from '../../../lib/types';

// A fresh database per test (fake-indexeddb, passed in explicitly so import order cannot matter),
// deleted after it, and articles that look like what the pipeline produces.

/** fake-indexeddb, for any Dexie a test opens itself (e.g. the version-1 schema). */
export const fakeIdb = { indexedDB, IDBKeyRange };

const open: LedeDB[] = [];

afterEach(async () => {
  for (const db of open.splice(0)) {
    await searchIndexIdle(db);
    await db.delete();
  }
});

export function freshDb(name = `lede-test-${crypto.randomUUID()}`): LedeDB {
  const db = new LedeDB(name, fakeIdb);
  open.push(db);
  return db;
}

/** Re-opens a database by name, as a restarted worker would. */
export function reopen(db: LedeDB): LedeDB {
  db.close();
  return freshDb(db.name);
}

export const WIRE_COPY = [
  'WASHINGTON, March 10 (Reuters) - The Federal Reserve should not slow the pace of its taper',
  'because of weak economic data caused by a harsh winter, a senior Fed official said on Monday.',
  'Philadelphia Fed President Charles Plosser said the central bank "should stay the course" and',
  'keep reducing its monthly bond purchases by $10 billion at each policy meeting.',
].join('\n');

/** The same wire story as another site sets it: other quotes, dashes, case and line breaks. */
export const WIRE_COPY_REPOSTED = WIRE_COPY.replace(/"([^"]*)"/g, '“$1”')
  .replace(' - ', ' — ')
  .replace(/\n/g, '  \n\n ')
  .replace('Federal Reserve', 'FEDERAL  RESERVE');

export function makeArticle(overrides: Partial<Article> = {}): Article {
  const url = overrides.url ?? 'https://news.example/2014/03/10/fed-taper';
  const text = overrides.text ?? WIRE_COPY;
  return {
    url,
    canonicalUrl: url,
    title: 'Fed official says weak data caused by weather, should not slow taper',
    byline: 'Jonathan Spicer',
    siteName: 'Example News',
    lang: 'en',
    publishedAt: '2014-03-10T16:52:50Z',
    leadImage: null,
    excerpt: 'The Federal Reserve should not slow the pace of its taper.',
    html: `<p>${text.split('\n').join('</p><p>')}</p>`,
    text,
    wordCount: text.split(/\s+/).length,
    readingMinutes: 1,
    dateline: {
      place: 'WASHINGTON',
      date: '2014-03-10',
      agency: 'Reuters',
      raw: 'WASHINGTON, March 10 (Reuters)',
    },
    removed: [
      { kind: 'share-bar', text: 'Share on Facebook Share on X' },
      { kind: 'newsletter', text: 'Sign up for our morning briefing' },
    ],
    extractedAt: '2014-03-10T17:00:00.000Z',
    ...overrides,
  };
}

/** A distinct article: its own URL, title and words. */
export function otherArticle(n: number, overrides: Partial<Article> = {}): Article {
  const text =
    `Story number ${n} about ${['harbour dredging', 'school budgets', 'rail strikes', 'crop yields', 'bridge repairs'][n % 5]} in district ${n}. `.repeat(
      4,
    );
  return makeArticle({
    url: `https://news.example/story-${n}`,
    title: `Local report ${n}`,
    text,
    ...overrides,
  });
}

export const T = (minute: number) => new Date(Date.UTC(2024, 0, 1, 0, minute)).toISOString();

/** Records which tables any read touches (below Dexie's API, so nothing can slip past). */
export function watchReads(db: LedeDB): Set<string> {
  const read = new Set<string>();
  db.use({
    stack: 'dbcore',
    name: 'watch-reads',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        const note =
          <R, A>(fn: (req: A) => Promise<R>) =>
          (req: A) => {
            read.add(name);
            return fn(req);
          };
        return {
          ...table,
          get: note(table.get.bind(table)),
          getMany: note(table.getMany.bind(table)),
          query: note(table.query.bind(table)),
          openCursor: note(table.openCursor.bind(table)),
        };
      },
    }),
  });
  return read;
}

/**
 * Makes the next `times` writes to `tableName` fail with `error()`, as a full disk would.
 * Returns a switch: writes only start failing once `arm()` is called.
 */
export function failWrites(db: LedeDB, tableName: string, error: () => unknown) {
  let left = 0;
  db.use({
    stack: 'dbcore',
    name: 'fail-writes',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (name !== tableName) return table;
        return {
          ...table,
          mutate: (req) => {
            if (req.type !== 'put' && req.type !== 'add') return table.mutate(req);
            if (left > 0) {
              left -= 1;
              return Promise.reject(error());
            }
            return table.mutate(req);
          },
        };
      },
    }),
  });
  return {
    arm(times = 1) {
      left = times;
    },
    get left() {
      return left;
    },
  };
}
