import type { SavedArticleSummary } from '@/lib/db/records';
import { DatelineBadge } from './DatelineBadge';

interface Props {
  article: SavedArticleSummary;
  /** Text around the words searched for, when the item is a search result. */
  snippet?: string;
  onOpen(id: string): void;
  onTogglePin(article: SavedArticleSummary): void;
  onDelete(article: SavedArticleSummary): void;
}

export function shortDate(iso: string | null): string | null {
  const date = iso ? new Date(iso) : null;
  return date && !Number.isNaN(date.valueOf())
    ? date.toLocaleDateString(undefined, { dateStyle: 'medium' })
    : null;
}

function outletOf(article: SavedArticleSummary): string {
  if (article.siteName) return article.siteName;
  try {
    return new URL(article.url).hostname;
  } catch {
    return article.url;
  }
}

/** Only web addresses become links: an imported file could carry a `javascript:` one. */
const webUrl = (url: string) => /^https?:\/\//i.test(url);

/** The side panel's page renders any cached article by `?id=`, in a tab as well as in the panel. */
export const readerHref = (id: string) => `/sidepanel.html?id=${encodeURIComponent(id)}`;

/** One cached article: what it is, where and when it was filed, and what can be done with it. */
export function LibraryItem({ article, snippet, onOpen, onTogglePin, onDelete }: Props) {
  const titleId = `title-${article.id}`;
  const saved = shortDate(article.savedAt);
  const published = shortDate(article.publishedAt);
  return (
    <li class="lib-item" data-pinned={article.pinned}>
      <h3 class="lib-title" id={titleId}>
        <a
          href={readerHref(article.id)}
          target="_blank"
          rel="noopener"
          onClick={() => onOpen(article.id)}
        >
          {article.title}
        </a>
      </h3>
      <p class="meta">
        <span class="site">{outletOf(article)}</span>
        <DatelineBadge dateline={article.dateline} />
        <span class="words">{article.wordCount.toLocaleString()} words</span>
        {published && (
          <span>
            Published <time dateTime={article.publishedAt ?? ''}>{published}</time>
          </span>
        )}
        {saved && (
          <span>
            Saved <time dateTime={article.savedAt}>{saved}</time>
          </span>
        )}
        {article.pinned && <span class="pin-badge">Pinned</span>}
      </p>
      {snippet && <p class="snippet">{snippet}</p>}
      <div class="lib-actions">
        <button
          type="button"
          aria-pressed={article.pinned}
          aria-describedby={titleId}
          onClick={() => onTogglePin(article)}
        >
          Pin
        </button>
        <button type="button" aria-describedby={titleId} onClick={() => onDelete(article)}>
          Delete
        </button>
        {webUrl(article.url) && (
          <a
            class="original"
            href={article.url}
            target="_blank"
            rel="noopener noreferrer"
            aria-describedby={titleId}
          >
            Original page
          </a>
        )}
      </div>
    </li>
  );
}
