// Why: stories end with a bare list of the site's other headlines, no label above it ("15
// Amazing Images of Stars", "11 Fascinating Facts About Our Milky Way"). Each item is a link to
// another page of the same site and nothing more.
//
// Removes: <ul><li><a href="/stars.html">15 Amazing Images of Stars</a></li><li><a href="/milky-way">
//          11 Fascinating Facts About Our Milky Way Galaxy</a></li><li>…</li></ul> on example.com
// Leaves:  <ul><li><a href="https://shop.example/airpods">Apple AirPods Pro</a></li>…</ul> (links to
//          other sites: a deals list), <ul><li>Budget: <a>the report</a> says…</li></ul> (items
//          with their own words), <ul><li><a href="/a">Home</a></li>…</ul> (a menu: one-word items)
import { measure } from './measure';
import type { ClutterRule } from './rule';
import { walkFinding } from './walk';

const LISTS = new Set(['ul', 'ol']);

/** The last two labels of a host name: "www.example.co" and "news.example.co" are one site. */
function site(url: string, base: string): string | null {
  try {
    return new URL(url, base).hostname.split('.').slice(-2).join('.');
  } catch {
    return null;
  }
}

/** Three or more items, each a headline-length link (and nothing else) to this site. */
function isSiteLinkList(list: Element): boolean {
  const page = list.ownerDocument?.URL ?? '';
  const home = page ? site(page, page) : null;
  const items = Array.from(list.children);
  if (!home || items.length < 3 || items.some((li) => li.localName !== 'li')) return false;
  return items.every((li) => {
    const m = measure(li, 200);
    const links = li.querySelectorAll('a[href]');
    if (m?.links !== 1 || links.length !== 1 || m.linkChars < m.chars || m.looseMedia > 0) {
      return false;
    }
    const href = links[0]?.getAttribute('href') ?? '';
    return m.text.split(' ').length >= 3 && !href.startsWith('#') && site(href, page) === home;
  });
}

export const linkListRule: ClutterRule = {
  kind: 'recommendations',
  scope: 'article',
  find: (root) =>
    walkFinding(root, (node) => [node as Element], { element: isSiteLinkList, tags: LISTS }),
};
