// A card's snippet and time. The snippet is the block with the most text of its own (not inside
// the headline link); the time is a machine-readable datetime if the card has one, else the first
// label that reads as a relative or printed time.

import { datetimeAttr, printedTime, relativeTime } from './card-time';
import type { Card } from './cards';
import { fold } from './fold';

const minSnippetWords = 8;

function ownText(el: Element): string {
  let text = '';
  for (const node of el.childNodes) if (node.nodeType === 3) text += node.textContent ?? '';
  return fold(text);
}

/** The card's summary text, without a leading dash or a repeat of the headline; "" if none. */
export function snippetOf(card: Card, headline: string): string {
  let best = '';
  let bestWords = 0;
  for (const el of [card.el, ...card.el.querySelectorAll('*')]) {
    if (card.link.contains(el) || el.tagName === 'SCRIPT' || el.tagName === 'STYLE') continue;
    const words = ownText(el).split(' ').length;
    if (words < minSnippetWords || words <= bestWords) continue;
    // A block with inline markup (<b>, <a> in a sentence) is read whole, not just its text nodes.
    best = el.contains(card.link) ? ownText(el) : fold(el.textContent);
    bestWords = words;
  }
  let snippet = best.replace(/^[\s—–―-]+/, '');
  if (headline && snippet.toLowerCase().startsWith(headline.toLowerCase())) {
    snippet = snippet.slice(headline.length).trim();
  }
  return snippet;
}

/** ISO time of the card's article, or null. */
export function timeOf(card: Card, now: string): string | null {
  for (const el of card.el.querySelectorAll('time, [datetime]')) {
    const iso = datetimeAttr(el);
    if (iso) return iso;
  }
  for (const el of card.el.querySelectorAll('*')) {
    if (el.children.length || card.link.contains(el)) continue;
    for (const part of fold(el.textContent).split(/\s*[·•|]\s*/)) {
      if (part.length > 30) continue;
      const iso = relativeTime(part, now) ?? printedTime(part);
      if (iso) return iso;
    }
  }
  return null;
}
