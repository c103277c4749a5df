import type { ComponentChildren } from 'preact';
import type { ReaderBody } from '@/lib/reader/body';
import { kindLabel } from '@/lib/reader/removed';
import type { Sanitize } from '@/lib/sanitize';
import type { Article, Removed } from '@/lib/types';
import { DatelineBadge } from './DatelineBadge';

interface Props {
  /** undefined while loading, null when the tab has no cleaned article. */
  article: Article | null | undefined;
  /** The body shaped for reading (lib/reader/body.ts); sanitized here, right before rendering. */
  body: ReaderBody | null;
  sanitize: Sanitize;
  /** Removed blocks the reader put back: shown after the article, marked as restored. */
  restored: Removed[];
  /** The "what was removed" disclosure. */
  children?: ComponentChildren;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

function Published({ iso }: { iso: string | null }) {
  const date = iso ? new Date(iso) : null;
  if (!date || Number.isNaN(date.valueOf())) return null;
  const shown = date.toLocaleString(undefined, { dateStyle: 'long', timeStyle: 'short' });
  return <time dateTime={iso ?? ''}>{shown}</time>;
}

function hideBrokenImage(event: Event) {
  const target = event.target as Element | null;
  if (target?.tagName === 'IMG') target.setAttribute('data-broken', '');
}

export function ReaderView({ article, body, sanitize, restored, children }: Props) {
  if (article === undefined) {
    return (
      <main class="reader" aria-busy="true">
        <p class="status">Loading…</p>
      </main>
    );
  }
  if (article === null || !body) {
    return (
      <main class="reader empty">
        <h1>Nothing to read here yet</h1>
        <p>
          Click the Lede icon on a news page, or use Lede's keyboard shortcut or its item in the
          page's right-click menu, and the article appears here without the clutter.
        </p>
      </main>
    );
  }
  return (
    <main class="reader">
      {/* Offline (the library's ?id=) the web's images cannot load: hide them, not a broken icon. */}
      <article lang={article.lang ?? undefined} onErrorCapture={hideBrokenImage}>
        <header class="article-head">
          <p class="site">{article.siteName || hostOf(article.url)}</p>
          <h1>{article.title}</h1>
          <p class="meta">
            {article.byline && <span class="byline">{article.byline}</span>}
            <Published iso={article.publishedAt} />
            <span class="reading-time">{article.readingMinutes} min read</span>
            <DatelineBadge dateline={article.dateline} />
          </p>
        </header>
        {body.showLeadImage && article.leadImage && (
          <figure class="lead-image">
            <img src={article.leadImage} alt="" />
          </figure>
        )}
        <div
          class="article-body"
          // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitized by lib/sanitize.ts createSanitizer, right here
          dangerouslySetInnerHTML={{ __html: sanitize(body.html) }}
        />
        {restored.length > 0 && (
          <section class="restored" aria-labelledby="restored-heading">
            <h2 id="restored-heading">Put back by you</h2>
            {restored.map((item) => (
              <div key={`${item.kind}:${item.text}`} class="restored-block" data-kind={item.kind}>
                <p class="restored-label">Restored · {kindLabel(item.kind)}</p>
                <p>{item.text}</p>
              </div>
            ))}
          </section>
        )}
      </article>
      {children}
      <footer>
        <a href={article.url} target="_blank" rel="noopener noreferrer">
          Original page
        </a>
      </footer>
    </main>
  );
}
