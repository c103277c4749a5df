// Where a card's link really goes, and whether that is another site. Aggregators often route
// clicks through their own redirector ("/out?url=https%3A%2F%2F..."): the outlet is the target.

const redirectParams = ['url', 'u', 'target', 'dest', 'destination', 'redirect', 'to', 'link'];

/** Social networks, forums and tip jars: links there are handles and threads, never coverage. */
const socialSites = new Set([
  'twitter.com',
  'x.com',
  'facebook.com',
  'instagram.com',
  'linkedin.com',
  'youtube.com',
  'tiktok.com',
  'threads.net',
  'bsky.app',
  'mastodon.social',
  'reddit.com',
  'ycombinator.com',
  'pinterest.com',
  't.me',
  'whatsapp.com',
  'patreon.com',
]);

/** Absolute http(s) address of an href, redirect wrappers unwrapped; null for anything else. */
export function resolveLink(href: string | null, base: string): string | null {
  if (!href || /^\s*(javascript|mailto|tel):/i.test(href)) return null;
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  for (const name of redirectParams) {
    const target = url.searchParams.get(name);
    if (target && /^https?:\/\//i.test(target) && URL.canParse(target)) return new URL(target).href;
  }
  return url.href;
}

/** The registrable part of a host, near enough: "www.bbc.co.uk" -> "bbc.co.uk". */
export function siteOf(url: string): string {
  const host = new URL(url).hostname.replace(/^www\d?\./, '');
  const parts = host.split('.');
  const secondLevel = /^(co|com|org|net|gov|ac|edu|ne|or)$/.test(parts.at(-2) ?? '');
  const keep = secondLevel && (parts.at(-1)?.length ?? 0) === 2 ? 3 : 2;
  return parts.slice(-keep).join('.');
}

export function isSocial(url: string): boolean {
  return socialSites.has(siteOf(url));
}
