// Pages that list several outlets' articles but are not one story's coverage: a search results
// page (the reader asked for a word, not a story) and an article with a box of links to other
// outlets (the article is the point; the box is background).

import { fold } from './fold';

const searchParams = ['q', 'query', 'search', 's', 'k', 'keywords', 'text'];

/** A search the reader typed: a filled search box, or the address's query. */
export function looksLikeSearch(doc: Document, url: string): boolean {
  for (const input of doc.querySelectorAll('input[type="search"], input[name]')) {
    const name = input.getAttribute('name') ?? '';
    const isSearch = input.getAttribute('type') === 'search' || searchParams.includes(name);
    if (isSearch && fold(input.getAttribute('value')) !== '') return true;
  }
  const parsed = new URL(url);
  return (
    /\/search\b/i.test(parsed.pathname) &&
    searchParams.some((name) => fold(parsed.searchParams.get(name)) !== '')
  );
}

const proseParagraphWords = 30;
const articleWords = 350;

/** Paragraphs of running text outside the cards: an article body, not a summary or a deck. */
export function hasArticleBody(doc: Document, cards: readonly Element[]): boolean {
  let words = 0;
  for (const p of doc.querySelectorAll('p')) {
    if (cards.some((card) => card.contains(p))) continue;
    const count = fold(p.textContent).split(' ').length;
    if (count >= proseParagraphWords) words += count;
  }
  return words >= articleWords;
}
