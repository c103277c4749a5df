// Techmeme and memeorandum list further coverage of a lead story as a line of outlet names:
// "More: Reuters, Bloomberg, CNBC and BBC". Each name links to that outlet's article; the
// headline is only known when the link carries a title attribute.

import type { CoverageItem } from '../types';
import { fold } from './fold';
import { isSocial, resolveLink } from './links';

const moreLabel = /^more(?: coverage| from)?\s*:$/i;

/** The "More:" lines of the page, with the element each sits in (to place it near its story). */
export function moreLines(
  doc: Document,
  pageUrl: string,
): Array<{ el: Element; items: CoverageItem[] }> {
  const lines: Array<{ el: Element; items: CoverageItem[] }> = [];
  for (const label of doc.querySelectorAll('span, strong, b, div, dt')) {
    if (label.children.length || !moreLabel.test(fold(label.textContent))) continue;
    const line = label.parentElement;
    if (!line) continue;
    const items: CoverageItem[] = [];
    for (const link of line.querySelectorAll('a[href]')) {
      const url = resolveLink(link.getAttribute('href'), pageUrl);
      const outlet = fold(link.textContent);
      if (!url || isSocial(url) || !outlet || outlet.split(' ').length > 6) continue;
      items.push({
        outlet,
        headline: fold(link.getAttribute('title')),
        url,
        dateline: null,
        snippet: '',
        time: null,
      });
    }
    if (items.length) lines.push({ el: line, items });
  }
  return lines;
}
