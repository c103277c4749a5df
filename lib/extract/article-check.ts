import { foldSpace } from './text';

// Readability returns something for nearly any page: on a home page or search results it picks
// the biggest block of teasers. These signals tell a story from a list, so the popup can say
// "no article" rather than save a page of headlines.

const listTypes = /^(WebSite|SearchResultsPage|CollectionPage|ItemList|ProfilePage|ContactPage)$/i;
const minWords = 60;
const maxLinkDensity = 0.35;

export function linkDensity(root: ParentNode): number {
  const all = foldSpace(root.textContent ?? '').length;
  if (all === 0) return 1;
  let linked = 0;
  for (const a of Array.from(root.querySelectorAll('a')))
    linked += foldSpace(a.textContent ?? '').length;
  return linked / all;
}

/** Share of headings that are links: teaser lists link every headline, stories rarely any. */
function linkedHeadingShare(root: ParentNode): number {
  const headings = Array.from(root.querySelectorAll('h2, h3, h4'));
  if (headings.length < 4) return 0;
  return headings.filter((h) => h.querySelector('a')).length / headings.length;
}

export function looksLikeArticle(
  body: ParentNode,
  words: number,
  pageType: string | null,
): boolean {
  if (words < minWords) return false;
  if (pageType && listTypes.test(pageType)) return false;
  if (linkDensity(body) > maxLinkDensity) return false;
  return linkedHeadingShare(body) < 0.5;
}
