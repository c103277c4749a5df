import { toIsoTime } from '../dateline/timestamp';
import { authorNames, imageUrl, person, readJsonLd, safeUrl, str } from './json-ld';
import { collectTags, type PageTags } from './page-tags';
import { chooseTitle } from './title';

// What the page says about itself, read from <head> and structured data before anything is removed.
// Sources in order of trust: JSON-LD (written for search engines, so usually right), Open Graph
// (written for link previews), Twitter cards, then plain <meta> names, microdata and <time>.
// Exceptions, each for a reason:
// - canonicalUrl: <link rel=canonical>, then og:url, then JSON-LD: the link is the page's own claim
//   and what search engines obey. A canonical pointing at the site's home page (a CMS default) is
//   ignored on an article URL.
// - type: the JSON-LD article or web-page node, then og:type; a WebSite node only last, because
//   sites print it on every page, articles included.
// - lang: <html lang> first: it is what the browser itself uses.
// Only structured metadata dates a page: a repost stamp in the body ("Date:2025-04-14 17:47:42")
// is when a content farm copied the story, not when it was published.

export interface PageMetadata {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  canonicalUrl: string;
  lang: string | null;
  /** ISO 8601 UTC ("2023-09-18T14:05:00.000Z"); a time printed without a zone is taken as UTC. */
  publishedAt: string | null;
  leadImage: string | null;
  excerpt: string | null;
  /** JSON-LD @type ("NewsArticle") or og:type ("article"). */
  type: string | null;
}

/** `tags`: the page's elements by tag, when the caller has them already (page-tags.ts). */
export function readMetadata(
  doc: Document,
  url: string,
  tags: PageTags = collectTags(doc),
): PageMetadata {
  const meta = metaIndex(tags.meta);
  const m = (...keys: string[]) => firstOf(keys.map((k) => meta.get(k)));
  const ld = readJsonLd(tags.script, url);
  const a = ld.node;
  const hostname = safeUrl(url)?.hostname ?? '';
  const siteName = firstOf([ld.publisher, m('og:site_name', 'application-name'), ld.siteName]);
  return {
    title: chooseTitle(
      [str(a?.headline) ?? str(a?.name), m('og:title'), m('twitter:title', 'parsely-title')],
      pageTitle(tags.title),
      { siteName, hostname },
    ),
    byline: firstOf([
      authorNames(a?.author ?? a?.creator, ld.byId),
      ...[
        'article:author',
        'og:article:author',
        'author',
        'parsely-author',
        'sailthru.author',
        'dc.creator',
        'byl',
      ].map((k) => person(meta.get(k))),
      () =>
        person(attr(doc, '[itemprop="author"] [itemprop="name"], a[rel="author"]', 'content', '')),
    ]),
    siteName,
    canonicalUrl: canonical(tags.link, url, m('og:url'), ld.url),
    lang: language(doc, str(a?.inLanguage), m('content-language', 'og:locale', 'dc.language')),
    publishedAt: firstTime([
      str(a?.datePublished) ?? str(a?.dateCreated),
      ...PUBLISHED_KEYS.map((k) => meta.get(k)),
      () => attr(doc, '[itemprop="datePublished"]', 'content', 'datetime'),
      () => attr(doc, 'article time[datetime], time[pubdate]', 'datetime'),
    ]),
    leadImage: firstValue(
      [
        imageUrl(a?.image, ld.byId) ?? str(a?.thumbnailUrl),
        m('og:image', 'og:image:url', 'og:image:secure_url'),
        m('twitter:image', 'twitter:image:src'),
        () => attr(doc, 'link[rel="image_src"]', 'href'),
      ],
      (v) => absolute(v, url),
    ),
    excerpt: firstOf([
      str(a?.description),
      m('og:description', 'twitter:description', 'description', 'dc.description'),
    ]),
    type: ld.type ?? m('og:type') ?? ld.siteType,
  };
}

const PUBLISHED_KEYS = (
  'article:published_time og:article:published_time og:published_time article:published date pubdate publish-date ' +
  'publish_date publishdate dc.date dc.date.issued dcterms.created dcterms.date parsely-pub-date ' +
  'sailthru.date article.published'
).split(' ');

/** <meta> by property, name, itemprop or http-equiv, lower-cased; the first non-empty one wins. */
function metaIndex(metas: Element[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const el of metas) {
    const value = el.getAttribute('content')?.trim();
    if (!value) continue;
    for (const a of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = el.getAttribute(a)?.trim().toLowerCase();
      if (key && !index.has(key)) index.set(key, value);
    }
  }
  return index;
}

/** A candidate value, or a function that reads it only when every earlier candidate failed. */
type Candidate = string | null | undefined | (() => string | null | undefined);

/** The first candidate that `accept` turns into a value; later candidates are never read. */
function firstValue(values: Candidate[], accept: (v: string | null | undefined) => string | null) {
  for (const v of values) {
    const value = accept(typeof v === 'function' ? v() : v);
    if (value) return value;
  }
  return null;
}

function firstOf(values: Candidate[]): string | null {
  return firstValue(values, str);
}

/** The first of the named attributes on the first match; '' names the element's text. */
function attr(doc: Document, selector: string, ...names: string[]): string | null {
  const el = doc.querySelector(selector);
  for (const n of names) {
    const v = (n ? el?.getAttribute(n) : el?.textContent)?.trim();
    if (v) return v;
  }
  return null;
}

function absolute(value: string | null | undefined, base: string): string | null {
  const v = str(value);
  const u = v ? safeUrl(v, base) : null;
  return u && /^https?:$/.test(u.protocol) ? u.href : null;
}

/** The first <link rel=canonical> (a token of rel, any case), as the selector would find it. */
function canonicalLink(links: Element[]): string | null {
  for (const link of links) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('canonical')) return link.getAttribute('href')?.trim() || null;
  }
  return null;
}

function canonical(
  links: Element[],
  url: string,
  ogUrl: string | null,
  ldUrl: string | null,
): string {
  const page = safeUrl(url);
  const candidates = [canonicalLink(links), ogUrl, ldUrl];
  for (const c of candidates) {
    const u = absolute(c, url);
    if (!u) continue;
    const home = new URL(u).pathname === '/' && (page?.pathname ?? '/') !== '/';
    if (!home) return u;
  }
  return url;
}

function language(doc: Document, ...values: (string | null)[]): string | null {
  for (const v of [doc.documentElement?.getAttribute('lang'), ...values]) {
    const tag = v?.trim().replace(/_/g, '-');
    if (tag && /^[a-z]{2,3}(?:-[a-z\d]{2,8})*$/i.test(tag)) return tag;
  }
  return null;
}

/** <title>, not an SVG icon's <title> when the head has none. */
function pageTitle(titles: Element[]): string | null {
  const el = titles.find((t) => !t.closest('svg'));
  return el?.textContent ?? null;
}

function firstTime(values: Candidate[]): string | null {
  return firstValue(values, (v) => (v ? toIsoTime(v) : null));
}
