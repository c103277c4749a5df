import { useState } from 'preact/hooks';
import type { SavedArticleSummary } from '@/lib/db/records';
import type { SearchHit } from '@/lib/db/search';
import { LibraryItem } from './LibraryItem';

export type SortKey = 'saved' | 'published';

export interface SearchView {
  /** The query the hits answer; '' when not searching. */
  query: string;
  hits: SearchHit[];
  pending: boolean;
  error: string | null;
}

interface Props {
  /** Sorted as asked; null while loading. */
  articles: SavedArticleSummary[] | null;
  query: string;
  onQuery(text: string): void;
  search: SearchView;
  sort: SortKey;
  onSort(key: SortKey): void;
  onOpen(id: string): void;
  onTogglePin(article: SavedArticleSummary): void;
  onDelete(article: SavedArticleSummary): void;
}

/** Long lists render in steps: ten thousand rows at once would make the page sluggish. */
const STEP = 100;

function EmptyLibrary() {
  return (
    <div class="lib-empty">
      <p>
        <strong>Your library is empty.</strong>
      </p>
      <p>
        Open a news page and click the Lede icon in the toolbar: Lede cleans the article and keeps a
        copy here, so you can find it and read it again, even offline.
      </p>
      <p>Moving from another computer? Import a Lede export under “Export and import”.</p>
    </div>
  );
}

export function LibraryArticles(props: Props) {
  const { articles, query, search, sort } = props;
  const [shown, setShown] = useState(STEP);
  const item = (article: SavedArticleSummary, snippet?: string) => (
    <LibraryItem
      key={article.id}
      article={article}
      snippet={snippet}
      onOpen={props.onOpen}
      onTogglePin={props.onTogglePin}
      onDelete={props.onDelete}
    />
  );
  const searching = query.trim() !== '';
  const byId = new Map((articles ?? []).map((a) => [a.id, a]));
  const hits = search.hits.flatMap((hit) => {
    const article = byId.get(hit.id);
    return article ? [{ article, snippet: hit.snippet }] : [];
  });

  let status = '';
  if (searching && search.error) status = `Search failed: ${search.error}`;
  else if (searching && search.pending) status = 'Searching…';
  else if (searching) {
    status = hits.length
      ? `${hits.length} ${hits.length === 1 ? 'article matches' : 'articles match'} “${search.query}”, best first.`
      : `No article matches “${search.query}”.`;
  }

  return (
    <section class="lib-articles" aria-labelledby="articles-heading">
      <h2 id="articles-heading">
        {searching
          ? 'Search results'
          : `Articles${articles ? ` (${articles.length.toLocaleString()})` : ''}`}
      </h2>
      <search class="lib-controls">
        <div class="lib-field lib-field-search">
          <label for="lib-search">Search your library</label>
          <input
            id="lib-search"
            type="search"
            value={query}
            placeholder="Words from the title, text, outlet or author"
            onInput={(e) => props.onQuery(e.currentTarget.value)}
          />
        </div>
        <div class="lib-field">
          <label for="lib-sort">Sort by</label>
          <select
            id="lib-sort"
            value={sort}
            disabled={searching}
            onChange={(e) => props.onSort(e.currentTarget.value as SortKey)}
          >
            <option value="saved">Date saved</option>
            <option value="published">Date published</option>
          </select>
        </div>
      </search>
      <p class="lib-status" role="status" aria-busy={search.pending}>
        {status}
      </p>
      {articles === null && <p class="muted">Reading your library…</p>}
      {articles?.length === 0 && !searching && <EmptyLibrary />}
      {searching ? (
        <ol class="lib-list">{hits.map((h) => item(h.article, h.snippet))}</ol>
      ) : (
        <ul class="lib-list">{articles?.slice(0, shown).map((a) => item(a))}</ul>
      )}
      {!searching && articles && articles.length > shown && (
        <button type="button" onClick={() => setShown(shown + STEP)}>
          Show more ({(articles.length - shown).toLocaleString()} left)
        </button>
      )}
    </section>
  );
}
