import MiniSearch, { type Options } from 'minisearch';
import type { ArticleRecord, BodyRecord } from './records';
import { leadOf } from './search-snippet';
import { processTerm, SEARCH_OPTIONS } from './search-terms';

// How articles are indexed. The searchable fields go in, and one stored field, each article's
// lead, so that most results need no body read for their snippet (search-snippet.ts). Titles and
// the rest are read back from the database: the index can never show a stale one.

export { processTerm, runQuery, SEARCH_OPTIONS } from './search-terms';

export interface IndexedDoc {
  id: string;
  title: string;
  siteName: string | null;
  byline: string | null;
  text: string;
  /** The first few hundred characters of the text: stored, not indexed. */
  lead: string;
}

export const INDEX_OPTIONS: Options<IndexedDoc> = {
  fields: ['title', 'siteName', 'byline', 'text'],
  storeFields: ['lead'],
  processTerm,
  searchOptions: SEARCH_OPTIONS,
};

export function newIndex(): MiniSearch<IndexedDoc> {
  return new MiniSearch(INDEX_OPTIONS);
}

export function loadIndex(json: string): MiniSearch<IndexedDoc> {
  return MiniSearch.loadJSON(json, INDEX_OPTIONS);
}

export function toDoc(meta: ArticleRecord, body: BodyRecord): IndexedDoc {
  const { id, title, siteName, byline } = meta;
  return { id, title, siteName, byline, text: body.text, lead: leadOf(body.text) };
}
