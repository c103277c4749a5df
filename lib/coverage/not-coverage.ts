// Boxes on an aggregator page that hold links but are not coverage of the story: advertising and
// sponsor posts, site chrome (navigation, header, footer, forms), and upsells. Bias and factuality
// summaries, timelines of other stories and social handles need no rule here: they have no
// outbound headline links (see cards.ts and links.ts).

import { fold } from './fold';

const chromeRoles = /^(navigation|banner|contentinfo|search)$/;
// A <header> or <footer> inside a card or section belongs to that card; only the page's own is chrome.
const holders = 'article, section, li, main, aside';

// Class/id words that advertising and sponsored slots carry on most sites.
// Not "promo": BBC-style sites call every story card a promo.
const adWord = /^(ad|ads|advert\w*|sponsor\w*|promoted|taboola|outbrain|paid|dfp|gpt)$/;
const adLabel =
  /^(sponsored|sponsor posts?|sponsored content|promoted|advertisement|advertising|ad|ads|paid (post|content|partner)|partner content)$/i;
const upsellText =
  /\b(upgrade to|subscribe|free trial|become a member|sign up|newsletter|donate)\b/i;

function markedAsAd(el: Element): boolean {
  const words = `${el.getAttribute('class') ?? ''} ${el.id} ${el.getAttribute('aria-label') ?? ''}`
    .toLowerCase()
    .split(/[\s_-]+/);
  if (words.some((w) => adWord.test(w))) return true;
  const label = fold(el.getAttribute('aria-label'));
  return label !== '' && adLabel.test(label);
}

/** Site chrome or advertising around `el`, up to (not including) the body. */
export function inNonCoverageBox(el: Element): boolean {
  for (let node: Element | null = el; node && node.tagName !== 'BODY'; node = node.parentElement) {
    if (node.tagName === 'NAV' || chromeRoles.test(node.getAttribute('role') ?? '')) return true;
    if (
      (node.tagName === 'HEADER' || node.tagName === 'FOOTER') &&
      !node.parentElement?.closest(holders)
    ) {
      return true;
    }
    if (markedAsAd(node)) return true;
  }
  return false;
}

/** A card that labels itself as paid ("Sponsored", "· Promoted") or sells the site itself. */
export function isPaidOrUpsell(card: Element, link: Element, headline: string): boolean {
  if (/\bsponsored\b/i.test(link.getAttribute('rel') ?? '')) return true;
  if (upsellText.test(headline) && headline.split(' ').length < 12) return true;
  for (const el of card.querySelectorAll('*')) {
    if (el.children.length) continue;
    const text = fold(el.textContent);
    if (text.length > 40) continue;
    if (adLabel.test(text) || text.split(/\s*·\s*/).some((part) => adLabel.test(part))) return true;
  }
  return false;
}

/** Short labels just before the card's list ("Sponsor Posts", "Advertisement") mark the list. */
export function listLabelledAsAd(list: Element): boolean {
  for (const child of list.children) {
    const text = fold(child.textContent);
    if (text.length <= 40 && adLabel.test(text)) return true;
  }
  const prev = list.previousElementSibling;
  return !!prev && fold(prev.textContent).length <= 40 && adLabel.test(fold(prev.textContent));
}
