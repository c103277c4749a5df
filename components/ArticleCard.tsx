import type { ArticleSummary } from '@/lib/messages';
import { DatelineBadge } from './DatelineBadge';

export function ArticleCard({ article }: { article: ArticleSummary }) {
  const published = article.publishedAt ? new Date(article.publishedAt) : null;
  return (
    <article class="card" aria-labelledby="article-title">
      <h1 id="article-title" class="article-title">
        {article.title}
      </h1>
      <p class="meta">
        {article.siteName && <span class="site">{article.siteName}</span>}
        {article.byline && <span>{article.byline}</span>}
        {published && !Number.isNaN(published.valueOf()) && (
          <time dateTime={article.publishedAt ?? ''}>{published.toLocaleDateString()}</time>
        )}
      </p>
      <p class="meta">
        <span class="words">{article.wordCount.toLocaleString()} words</span>
        <span>{article.readingMinutes} min read</span>
        <DatelineBadge dateline={article.dateline} />
      </p>
    </article>
  );
}
