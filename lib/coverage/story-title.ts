// The story an aggregator page is about: its main heading, and the article count it advertises
// ("32 Articles", "11 sources") where it says one above the coverage.

import { fold } from './fold';

/** The page's own heading for the story, or null when it has no usable <h1>. */
export function headingTitle(doc: Document): string | null {
  for (const h1 of doc.querySelectorAll('h1')) {
    if (h1.closest('nav, footer, [role="banner"]')) continue;
    const text = fold(h1.textContent);
    if (text.split(' ').length >= 2) return text;
  }
  return null;
}

/** og:title, else <title> without a " | Site" or "Site: " decoration: a fallback for matching. */
export function metaTitle(doc: Document): string {
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content');
  return fold(og ?? doc.title)
    .replace(/\s+[|·–—-]\s+[^|·–—-]{2,40}$/, '')
    .replace(/\s+\([^()]{2,60}\)$/, '');
}

const countPattern = /(?:^|[\s·(])(\d{1,3}(?:,\d{3})*|\d+)\s+(articles|sources|stories|reports)\b/i;

/** The first "N articles/sources" printed before the first card, outside the site's chrome. */
export function articleCount(doc: Document, firstCard: Element | null): number | null {
  const order = new Map<Element, number>();
  doc.body?.querySelectorAll('*').forEach((el, i) => {
    order.set(el, i);
  });
  const limit = firstCard ? (order.get(firstCard) ?? Infinity) : Infinity;
  for (const el of doc.body?.querySelectorAll('*') ?? []) {
    if ((order.get(el) ?? 0) >= limit) break;
    if (el.closest('nav, header, footer, aside, script, style')) continue;
    let own = '';
    for (const node of el.childNodes) if (node.nodeType === 3) own += node.textContent ?? '';
    const m = countPattern.exec(fold(own));
    if (m?.[1]) return Number(m[1].replace(/,/g, ''));
  }
  return null;
}
