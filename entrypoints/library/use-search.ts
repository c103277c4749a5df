import { useEffect, useState } from 'preact/hooks';
import type { SearchView } from '@/components/LibraryArticles';
import type { LedeDB } from '@/lib/db/schema';
import { searchArticles } from '@/lib/db/search';

export type SearchState = SearchView;

/** Waits this long after the last keystroke: a search per letter would queue up stale ones. */
const DEBOUNCE_MS = 200;
/** Each result reads its article's text for the snippet: in Chromium that read, not the index
 * lookup, is most of a search's time (bench/cache-chromium.ts), so the list stays short. */
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
