import { foldSpace } from './text';

// Readability returns something for nearly any page: on a home page or search results it picks
// the biggest block of teasers. These signals tell a story from a list, so the popup can say
// "no article" rather than save a page of headlines. Each was checked against real articles that
// are link-heavy (a "10 things in tech" digest, a gift guide with linked product headings) so
// those stay articles.

const listTypes = /^(SearchResultsPage|CollectionPage|ItemList|ProfilePage|ContactPage)$/i;
const searchUrl = /\/search\b|[?&](q|query|s|search|keywords?)=/i;
const minWords = 60;
const maxLinkDensity = 0.5;

export function linkDensity(root: ParentNode): number {
  const all = foldSpace(root.textContent ?? '').length;
  if (all === 0) return 1;
  let linked = 0;
  for (const a of Array.from(root.querySelectorAll('a')))
    linked += foldSpace(a.textContent ?? '').length;
  return linked / all;
}

/** Headings that are links (or sit in one): teaser lists link every headline, stories rarely. */
function linkedHeadings(root: ParentNode): { linked: number; all: number } {
  const headings = Array.from(root.querySelectorAll('h2, h3, h4'));
  const linked = headings.filter((h) => h.querySelector('a') || h.closest('a')).length;
  return { linked, all: headings.length };
}

export function looksLikeArticle(
  body: ParentNode,
  words: number,
  pageType: string | null,
  url: string,
): boolean {
  if (words < minWords) return false;
  if (pageType && listTypes.test(pageType)) return false;
  const density = linkDensity(body);
  if (density > maxLinkDensity) return false;
  const headings = linkedHeadings(body);
  const teaserList = headings.all >= 5 && headings.linked / headings.all >= 0.6 && density >= 0.25;
  if (teaserList) return false;
  // A search page's results read like a teaser list even when the links sit elsewhere.
  return !(searchUrl.test(new URL(url).pathname + new URL(url).search) && headings.all >= 5);
}
