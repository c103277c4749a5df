import type { CoverageEntry as Entry } from '@/lib/messages';
import { DatelineBadge } from './DatelineBadge';

/** Only web links open from the popup: a card's link came from a page Lede does not control. */
function webLink(url: string | null): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}

export function CoverageTime({ time }: { time: string | null }) {
  const date = time ? new Date(time) : null;
  if (!date || Number.isNaN(date.valueOf())) return null;
  const text = date.toLocaleString(undefined, {
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  });
  return (
    <time class="coverage-time" dateTime={time ?? ''}>
      {text}
    </time>
  );
}

/** One outlet's report: who, the headline (a link, opening in a new tab), where and when. */
export function CoverageEntry({ entry }: { entry: Entry }) {
  const href = webLink(entry.url);
  return (
    <div class="coverage-entry">
      <p class="coverage-head">
        <span class="coverage-outlet">{entry.outlet}</span>
        {entry.self && <span class="muted"> (this page)</span>}
        <CoverageTime time={entry.time} />
      </p>
      <p class="coverage-headline">
        {href ? (
          <a href={href} target="_blank" rel="noopener">
            {entry.headline}
          </a>
        ) : (
          entry.headline
        )}
      </p>
      {entry.dateline && (
        <p class="meta">
          <DatelineBadge dateline={entry.dateline} />
        </p>
      )}
      {entry.additions.length > 0 && (
        <div class="coverage-additions">
          <span class="muted">Adds to the wire copy:</span>
          <ul>
            {entry.additions.map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
