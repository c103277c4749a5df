import { useEffect, useState } from 'preact/hooks';
import type { SearchView } from '@/components/LibraryArticles';
import type { LedeDB } from '@/lib/db/schema';
import { searchArticles } from '@/lib/db/search';

export type SearchState = SearchView;

/** Waits this long after the last keystroke: a search per letter would queue up stale ones. */
const DEBOUNCE_MS = 200;
/**
 * A screenful. Snippets come from the lead kept in the index, except for the best BODY_READS
 * results whose words lie further in, which read their text (most of a search's time in
 * Chromium: bench/cache-chromium.ts); a longer list would add row reads nobody looks at.
 */
const RESULTS = 20;

export function useSearch(db: LedeDB, text: string, version: number): SearchState {
  const [state, setState] = useState<SearchState>({
    query: '',
    hits: [],
    pending: false,
    error: null,
  });
  useEffect(() => {
    const query = text.trim();
    if (query === '') {
      setState({ query: '', hits: [], pending: false, error: null });
      return;
    }
    setState((s) => ({ ...s, pending: true }));
    let current = true;
    const timer = setTimeout(() => {
      searchArticles(db, query, { limit: RESULTS }).then(
        (hits) => current && setState({ query, hits, pending: false, error: null }),
        (error: unknown) =>
          current && setState({ query, hits: [], pending: false, error: String(error) }),
      );
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [db, text, version]);
  return state;
}
