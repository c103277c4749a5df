import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import type { ArticleRecord, BodyRecord } from './records';

// How articles are indexed and queried. Only the searchable fields go in: results are read back
// from the database, so the index stores no copies and can never show a stale title.

export interface IndexedDoc {
  id: string;
  title: string;
  siteName: string | null;
  byline: string | null;
  text: string;
}

/** Words too common to help rank news text; leaving them out shrinks the index by about a third. */
const STOP_WORDS = new Set(
  (
    'a an and are as at be been but by for from had has have he her his i in is it its of on or ' +
    'our she that the their them they this to was we were which who will with would you'
  ).split(' '),
);

export function processTerm(term: string): string | null {
  const word = term.toLowerCase();
  return word.length < 2 || STOP_WORDS.has(word) ? null : word;
}

/** Headline words outrank outlet and author, which outrank body text. */
export const SEARCH_OPTIONS: SearchOptions = {
  boost: { title: 4, siteName: 2, byline: 2 },
  // Typed queries: every word may be the start of a longer one ("infla" finds "inflation")...
  prefix: (term) => term.length >= 2,
  // ...and longer words may carry a typo ("inflaton"). Short ones would match too much.
  fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
  maxFuzzy: 2,
  combineWith: 'AND',
};

export const INDEX_OPTIONS: Options<IndexedDoc> = {
  fields: ['title', 'siteName', 'byline', 'text'],
  storeFields: [],
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
  return { id, title, siteName, byline, text: body.text };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** About `width` characters of text around the first matched word, cut at word boundaries. */
export function makeSnippet(text: string, terms: readonly string[], width = 180): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const words = [...terms].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const match = words.length
    ? new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${words.join('|')})`, 'iu').exec(flat)
    : null;
  const hit = match
    ? match.index + (match[0].length > 0 && /^[^\p{L}\p{N}]/u.test(match[0]) ? 1 : 0)
    : 0;
  let start = Math.max(0, hit - Math.floor(width / 4));
  if (start > 0) {
    const space = flat.indexOf(' ', start);
    start = space >= 0 && space < hit ? space + 1 : hit;
  }
  let end = Math.min(flat.length, start + width);
  if (end < flat.length)
    end = flat.lastIndexOf(' ', end) > start ? flat.lastIndexOf(' ', end) : end;
  return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
}
