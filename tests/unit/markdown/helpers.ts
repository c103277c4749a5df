import { marked, type Token, type Tokens } from 'marked';
import { parseHtml } from '../../../cli/dom';
import type { Article } from '../../../lib/types';

/** An Article as the pipeline would hand it over; tests override what they care about. */
export function makeArticle(overrides: Partial<Article> = {}): Article {
  return {
    url: 'https://news.example/world/2024/09/18/storm-story?ref=home',
    canonicalUrl: 'https://news.example/world/storm-story',
    title: 'Storm reaches the coast',
    byline: 'Jane Doe',
    siteName: 'News Example',
    lang: 'en',
    publishedAt: '2024-09-18T22:30:00-04:00',
    leadImage: null,
    excerpt: null,
    html: '<p>The storm made landfall on Tuesday.</p>',
    text: 'The storm made landfall on Tuesday.',
    wordCount: 6,
    readingMinutes: 1,
    dateline: null,
    removed: [],
    extractedAt: '2024-09-19T03:00:00.000Z',
    ...overrides,
  };
}

/** Every token of a Markdown document, depth first: blocks, list items, table cells, inlines. */
export function allTokens(markdown: string): Token[] {
  const out: Token[] = [];
  const visit = (tokens: Token[]) => {
    for (const token of tokens) {
      out.push(token);
      if ('tokens' in token && Array.isArray(token.tokens)) visit(token.tokens);
      if (token.type === 'list') visit((token as Tokens.List).items);
      if (token.type === 'table') {
        const table = token as Tokens.Table;
        for (const cell of [...table.header, ...table.rows.flat()]) visit(cell.tokens);
      }
    }
  };
  visit(marked.lexer(markdown));
  return out;
}

export function tokensOf<T extends Token['type']>(markdown: string, type: T) {
  return allTokens(markdown).filter((t) => t.type === type) as Array<Extract<Token, { type: T }>>;
}

/** What a reader sees once a Markdown renderer has turned the note into a page. */
export function visibleText(markdown: string): string {
  const html = marked.parse(markdown, { async: false });
  return (
    parseHtml(`<!doctype html><html><body>${html}</body></html>`, 'https://render.example/').body
      .textContent ?? ''
  );
}

export const base = 'https://news.example/world/2024/09/18/storm-story';
