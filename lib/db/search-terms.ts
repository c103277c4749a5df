import MiniSearch, { type Query, type SearchOptions, type SearchResult } from 'minisearch';

// How query words are matched against the index: which words count, which may be the start of a
// longer word, which may carry a typo, and how much each field weighs.

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

/** Typos forgiven in a query word: none in short words, which would match too much. */
export function typoAllowance(word: string): number {
  return word.length >= 5 ? Math.min(2, Math.round(word.length * 0.2)) : 0;
}

/** A word still being typed: the query ends in it, with no space or punctuation after it. */
const TYPING = /[\p{L}\p{N}]$/u;
const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];

/** Headline words outrank outlet and author, which outrank body text. */
export const SEARCH_OPTIONS: SearchOptions = {
  boost: { title: 4, siteName: 2, byline: 2 },
  // Words of four letters or more may be the start of a longer one ("infla" finds "inflation").
  // A shorter word followed by more of the query is complete ("co" and "uk" in
  // "telegraph.co.uk", "fed rates"): as a prefix it matched most of the vocabulary (185 words,
  // 150,000 postings for "co" at 10,000 articles), the slowest queries by far (bench/cache.ts).
  prefix: (term) => term.length >= 4,
  // Longer words may carry a typo ("inflaton").
  fuzzy: (term) => typoAllowance(term) || false,
  combineWith: 'AND',
};

/**
 * The query as MiniSearch runs it. A word of two or three letters still being typed ("stocks
 * go") completes against the words a result shows, its headline, outlet and author, and
 * matches the text only whole: hundreds of text words share such a start, and finding them all
 * cost more than the rest of the search.
 */
function queryFor(query: string, combineWith: 'AND' | 'OR'): Query {
  const terms = tokenize(query).flatMap((token) => processTerm(token) ?? []);
  const typed = terms[terms.length - 1];
  if (!typed || typed.length >= 4 || !TYPING.test(query)) return { combineWith, queries: [query] };
  const completed: Query = {
    combineWith: 'OR',
    queries: [
      { queries: [typed], fields: ['text'], prefix: false },
      { queries: [typed], fields: ['title', 'siteName', 'byline'], prefix: true },
    ],
  };
  const before = terms.slice(0, -1).join(' ');
  return { combineWith, queries: before ? [before, completed] : [completed] };
}

/** Ranked matches for a typed query: all of its words; if no article has them all, any. */
export function runQuery<T>(mini: MiniSearch<T>, query: string): SearchResult[] {
  const hits = mini.search(queryFor(query, 'AND'), SEARCH_OPTIONS);
  return hits.length > 0 ? hits : mini.search(queryFor(query, 'OR'), SEARCH_OPTIONS);
}
