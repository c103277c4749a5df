// Keys the cache dedupes on: a URL key for "the same page" and a text hash for "the same words".

/** Query parameters that name a campaign or a click, never a different article. */
const TRACKING_PARAM =
  /^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ocid|cmpid|ref_src)$/i;

/**
 * The key a URL is stored under: no fragment, no tracking parameters (so links shared from a
 * newsletter and from a feed find the same record), host lowercased by the URL parser.
 */
export function urlKey(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return raw.trim();
  }
  url.hash = '';
  const tracking = [...url.searchParams.keys()].filter((key) => TRACKING_PARAM.test(key));
  // Only rewrite the query when something goes: re-serialising can change its encoding.
  for (const key of tracking) url.searchParams.delete(key);
  return url.href;
}

/**
 * Text reduced to its words: compatibility forms folded (curly quotes, ligatures, full-width),
 * lowercased, invisible format characters (soft hyphens, zero-width spaces) dropped, punctuation
 * and symbols treated as spaces, whitespace folded. Two pages that set the same wire copy in
 * different markup, quotes or dashes give the same string.
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\p{Cf}+/gu, '')
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Below this many words, text is too generic ("Subscribe to read") to say two pages match. */
export const MIN_DEDUPE_WORDS = 12;

export function isDedupable(text: string): boolean {
  const normal = normaliseText(text);
  return normal !== '' && normal.split(' ').length >= MIN_DEDUPE_WORDS;
}

/** SHA-256 (hex) via Web Crypto, present in workers and in Node 20. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The hash two articles share when they carry the same words. */
export function contentHash(text: string): Promise<string> {
  return sha256Hex(normaliseText(text));
}

const encoder = new TextEncoder();

/** UTF-8 length, as storage quotas count it. */
export function utf8Length(text: string): number {
  return encoder.encode(text).length;
}
