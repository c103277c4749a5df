// A note outlives the page it came from: every link and image in it must be absolute, and only
// schemes that mean the same thing in any notes app survive (javascript:, data:, tel:, blob:,
// chrome-extension: and relative paths that point nowhere once saved are dropped).

const linkSchemes = new Set(['http:', 'https:', 'mailto:']);
const imageSchemes = new Set(['http:', 'https:']);

function resolve(raw: string | null | undefined, baseUrl: string, schemes: Set<string>) {
  const value = raw?.trim();
  if (!value) return null;
  let url: URL;
  try {
    // An absolute address must not depend on the base being valid.
    url = URL.canParse(value) ? new URL(value) : new URL(value, baseUrl);
  } catch {
    return null;
  }
  if (!schemes.has(url.protocol)) return null;
  // Parentheses are legal in URLs but end a Markdown link destination early when unbalanced.
  return url.href.replace(/\(/g, '%28').replace(/\)/g, '%29');
}

/** An absolute http(s) or mailto address for a link, or null when the link must go. */
export function linkUrl(href: string | null | undefined, baseUrl: string): string | null {
  return resolve(href, baseUrl, linkSchemes);
}

/** An absolute http(s) address for an image, or null when the image must go. */
export function imageUrl(src: string | null | undefined, baseUrl: string): string | null {
  return resolve(src, baseUrl, imageSchemes);
}
