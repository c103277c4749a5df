// Plain, JSON-serialisable data shared by the content script, the worker, the extension pages,
// the command line and the tests. No class instances, no DOM nodes: these cross message ports.

/** Where and when a story was filed, as printed at the top of it: "NEW YORK, Sept 18 (Reuters) -". */
export interface Dateline {
  /** "NEW YORK", "KANSAS CITY, Mo.", "HONG KONG/SHANGHAI"; null when only an agency is named. */
  place: string | null;
  /** ISO date (YYYY-MM-DD), resolved against the article's published time; null when absent. */
  date: string | null;
  /** Normalised agency name ("Associated Press", "Reuters"); null for an outlet's own dateline. */
  agency: string | null;
  /** The dateline exactly as printed, without the trailing dash. */
  raw: string;
}

/** What a clutter rule removed, so the reader can see it and put it back. */
export type ClutterKind =
  | 'site-rule'
  | 'recommendations'
  | 'reactions'
  | 'view-count'
  | 'breadcrumb'
  | 'repost-stamp'
  | 'share-bar'
  | 'controls'
  | 'upsell'
  | 'newsletter'
  | 'cookie-notice'
  | 'prev-next'
  | 'tags'
  | 'comments'
  | 'ad'
  | 'navigation'
  | 'byline'
  | 'image-credit'
  | 'author-bio'
  | 'embed-fallback'
  | 'hidden-text'
  | 'duplicate';

export interface Removed {
  kind: ClutterKind;
  /** The removed block's text, whitespace folded, capped for display. */
  text: string;
}

export interface Article {
  /** The URL the page was read from. */
  url: string;
  /** rel=canonical / og:url / JSON-LD url, resolved; equals url when the page names none. */
  canonicalUrl: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  /** ISO 8601; from JSON-LD, Open Graph or meta, never from a repost stamp. */
  publishedAt: string | null;
  leadImage: string | null;
  excerpt: string | null;
  /** Sanitized article HTML: safe to render in an extension page. */
  html: string;
  /** Plain text, one line per block. */
  text: string;
  wordCount: number;
  readingMinutes: number;
  dateline: Dateline | null;
  removed: Removed[];
  /** ISO time the article was cleaned (the caller's clock). */
  extractedAt: string;
}

/** One outlet's report as listed on a story-aggregator page. */
export interface CoverageItem {
  outlet: string;
  headline: string;
  url: string | null;
  dateline: Dateline | null;
  snippet: string;
  /** ISO time when the card gives an absolute or relative one, else null. */
  time: string | null;
}

export interface AggregatorReading {
  story: { title: string; articleCount: number | null };
  outlets: CoverageItem[];
}
