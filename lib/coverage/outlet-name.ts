// Which outlet a card is from. Aggregators print it in many ways: a labelled element ("source",
// "publisher", <cite>), a logo's alt text, a "Reuters:" prefix, or just the favicon; when nothing
// names it, the link's own site does.

import { printedTime, relativeTime } from './card-time';
import type { Card } from './cards';
import { fold } from './fold';
import { siteOf } from './links';

const hintWords = /^(source|sources|outlet|publisher|provider|publication|brand|cite|sitename)$/;
const notNames =
  /^(by\s|from the\s|lean |left$|right$|center$|centre$|mixed$|not rated$|opinion$|analysis$|live$|video$|sponsored$|promoted$|share$|follow$|more$|updated?\b)/i;
const imageWords = /\b(rating|bias|photo|image|picture|avatar|icon|thumbnail)\b/i;

const known: Record<string, string> = {
  'reuters.com': 'Reuters',
  'apnews.com': 'Associated Press',
  'afp.com': 'Agence France-Presse',
  'bbc.com': 'BBC News',
  'bbc.co.uk': 'BBC News',
  'nytimes.com': 'The New York Times',
  'washingtonpost.com': 'The Washington Post',
  'wsj.com': 'The Wall Street Journal',
  'theguardian.com': 'The Guardian',
  'ft.com': 'Financial Times',
  'bloomberg.com': 'Bloomberg',
  'cnn.com': 'CNN',
  'foxnews.com': 'Fox News',
  'nbcnews.com': 'NBC News',
  'cbsnews.com': 'CBS News',
  'abcnews.go.com': 'ABC News',
  'npr.org': 'NPR',
  'cnbc.com': 'CNBC',
  'aljazeera.com': 'Al Jazeera',
  'france24.com': 'France 24',
  'dw.com': 'DW',
  'scmp.com': 'South China Morning Post',
  'yahoo.com': 'Yahoo News',
};

/** Outlet name from the link's site: "reuters.com" -> "Reuters", "straitstimes.com" -> "Straitstimes". */
export function outletFromUrl(url: string): string {
  const site = siteOf(url);
  const host = new URL(url).hostname.replace(/^www\./, '');
  const name = known[host] ?? known[site] ?? site.split('.')[0] ?? site;
  return known[host] || known[site] ? name : name.charAt(0).toUpperCase() + name.slice(1);
}

function isNameLike(text: string): boolean {
  if (!text || text.length > 50 || text.split(' ').length > 6) return false;
  if (!/\p{L}/u.test(text) || notNames.test(text)) return false;
  // Any valid clock will do: only whether the label reads as a time matters here.
  return !relativeTime(text, '2000-01-01T00:00:00Z') && !printedTime(text);
}

/** "Tom Warren / The Verge:" -> "The Verge"; "Reuters:" -> "Reuters". */
function cleanLabel(text: string): string {
  return fold(text.split(' / ').at(-1)).replace(/\s*[:|–—-]\s*$/, '');
}

function outside(el: Element, link: Element): boolean {
  return !el.contains(link) && !link.contains(el);
}

/** The outlet, and the headline without an "Outlet: " prefix when the link text carried one. */
export function outletOf(card: Card): { outlet: string; headline: string } {
  const { el, link, headline } = card;
  const same = (outlet: string) => ({ outlet, headline });
  for (const node of el.querySelectorAll('*')) {
    const words = `${node.getAttribute('class') ?? ''} ${node.tagName}`
      .toLowerCase()
      .split(/[\s_-]+/);
    if (!words.some((w) => hintWords.test(w)) || !outside(node, link)) continue;
    const label = cleanLabel(node.textContent ?? '');
    if (isNameLike(label)) return same(label);
  }
  const before = labelBefore(el, link);
  if (before) return same(before);
  for (const img of el.querySelectorAll('img[alt]')) {
    const alt = fold(img.getAttribute('alt')).replace(/\s+logo$/i, '');
    if (isNameLike(alt) && !imageWords.test(alt)) return same(alt);
  }
  for (const node of el.querySelectorAll('*')) {
    if (node.children.length || !outside(node, link)) continue;
    const text = cleanLabel(node.textContent ?? '');
    if (isNameLike(text) && text !== headline) return same(text);
  }
  const prefixed = /^([^:]{2,30}):\s+(.{12,})$/.exec(headline);
  if (prefixed?.[1] && prefixed[2] && namesSite(prefixed[1], card.url)) {
    return { outlet: prefixed[1], headline: prefixed[2] };
  }
  return same(outletFromUrl(card.url));
}

/** "Reuters: <a>headline</a>": text in the card before the link that ends like a label. */
function labelBefore(card: Element, link: Element): string | null {
  let text = '';
  for (const node of card.childNodes) {
    if (node === link || (node as Element).contains?.(link)) break;
    text += node.textContent ?? '';
  }
  const label = fold(text);
  if (!/[:|–—-]$/.test(label)) return null;
  const name = cleanLabel(label);
  return isNameLike(name) ? name : null;
}

/** Whether a "Prefix:" names the link's site ("AP" and apnews.com), not the story ("Morocco quake"). */
function namesSite(prefix: string, url: string): boolean {
  const host = new URL(url).hostname.toLowerCase();
  return prefix
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .some((word) => word.length >= 2 && host.includes(word));
}
