import { urlKey } from './normalise';
import type { ArticleRecord } from './records';
import type { LedeDB } from './schema';

/** The row for an id or any URL the article was seen at. Call inside a transaction. */
export async function findRecord(db: LedeDB, idOrUrl: string): Promise<ArticleRecord | undefined> {
  const key = urlKey(idOrUrl);
  return (await db.articles.get(key)) ?? db.articles.where('aliases').equals(key).first();
}
