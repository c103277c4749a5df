// Repeated article cards: the shape every aggregator layout shares. A card is the largest element
// around a headline link that holds no other headline; cards that share a parent form a group
// (one list, grid or column). Whether a group is coverage is decided in aggregator.ts.

import { fold } from './fold';
import { isSocial, resolveLink } from './links';
import { inNonCoverageBox } from './not-coverage';

export interface Card {
  el: Element;
  link: Element;
  /** Absolute address of the article (redirects unwrapped). */
  url: string;
  headline: string;
}

/** Link text long enough to be a headline rather than a label, a byline or a button. */
export function headlineText(link: Element): string | null {
  const heading = link.querySelector('h1, h2, h3, h4, h5, h6');
  const text = fold((heading ?? link).textContent);
  return text.length >= 20 && text.split(' ').length >= 4 ? text : null;
}

/** Groups of cards, each group in page order, groups in order of their first card. */
export function findCardGroups(doc: Document, pageUrl: string): Card[][] {
  const body = doc.body;
  if (!body) return [];
  const page = pageUrl.replace(/#.*$/, '');
  const links: Array<{ link: Element; url: string; headline: string }> = [];
  for (const link of body.querySelectorAll('a[href]')) {
    const url = resolveLink(link.getAttribute('href'), pageUrl);
    const headline = headlineText(link);
    if (!url || !headline || url.replace(/#.*$/, '') === page || isSocial(url)) continue;
    if (inNonCoverageBox(link)) continue;
    links.push({ link, url, headline });
  }
  const urlsUnder = new Map<Element, Set<string>>();
  for (const { link, url } of links) {
    for (let el = link.parentElement; el && el !== body; el = el.parentElement) {
      let set = urlsUnder.get(el);
      if (!set) {
        set = new Set();
        urlsUnder.set(el, set);
      }
      set.add(url);
    }
  }
  const byCard = new Map<Element, Card>();
  for (const { link, url, headline } of links) {
    let el: Element = link;
    while (
      el.parentElement &&
      el.parentElement !== body &&
      urlsUnder.get(el.parentElement)?.size === 1
    ) {
      el = el.parentElement;
    }
    const known = byCard.get(el);
    // Image link, headline link and "read more" in one card: the longest text is the headline.
    if (!known || headline.length > known.headline.length)
      byCard.set(el, { el, link, url, headline });
  }
  const groups = new Map<Element | null, Card[]>();
  for (const card of byCard.values()) {
    const key = card.el.parentElement;
    const group = groups.get(key);
    if (group) group.push(card);
    else groups.set(key, [card]);
  }
  return [...groups.values()];
}

/** Tag and class words: how a lone card is recognised as one of an accepted group's kind. */
export function signature(el: Element): string {
  const words = (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean).sort();
  return `${el.tagName}.${words.join('.')}`;
}
