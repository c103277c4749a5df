import type { Sanitize } from '@/lib/sanitize';
import type { Article } from '@/lib/types';
import { DatelineBadge } from './DatelineBadge';
import { RemovedList } from './RemovedList';

interface Props {
  /** undefined while loading, null when the tab has no cleaned article. */
  article: Article | null | undefined;
  sanitize: Sanitize;
}

export function ReaderView({ article, sanitize }: Props) {
  if (article === undefined) return <p class="status">Loading…</p>;
  if (article === null) {
    return (
      <main class="reader empty">
        <p>Click the Lede icon on a news page to read it here without the clutter.</p>
      </main>
    );
  }
  const published = article.publishedAt ? new Date(article.publishedAt) : null;
  return (
    <main class="reader">
      <header>
        <p class="site">{article.siteName}</p>
        <h1>{article.title}</h1>
        <p class="meta">
          {article.byline && <span>{article.byline}</span>}
          {published && !Number.isNaN(published.valueOf()) && (
            <time dateTime={article.publishedAt ?? ''}>{published.toLocaleString()}</time>
          )}
          <span>{article.readingMinutes} min read</span>
          <DatelineBadge dateline={article.dateline} />
        </p>
      </header>
      <div
        class="article-body"
        // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitized by DOMPurify just above
        dangerouslySetInnerHTML={{ __html: sanitize(article.html) }}
      />
      <footer>
        <RemovedList removed={article.removed} />
        <p>
          <a href={article.url} target="_blank" rel="noopener noreferrer">
            Original page
          </a>
        </p>
      </footer>
    </main>
  );
}
