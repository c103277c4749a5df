import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { marked, type Token, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { processDocument } from '../../../lib/pipeline';
import { foldWhitespace, loadFixture, pageGoldenNames, readGolden } from '../fixtures/golden';
import { fixtureMarkdown, goldenSavedAt } from './golden-md';

// Every article fixture's Markdown is a reviewed file (tests/fixtures/markdown/<name>.md, written by
// scripts/update-markdown-goldens.ts). The export must equal it, and it must read back as the
// Markdown and YAML a notes app expects.

const dir = resolve(import.meta.dirname, '../../fixtures/markdown');
const articles = pageGoldenNames().filter((name) => readGolden(name).kind === 'article');

function walk(tokens: Token[], visit: (t: Token) => void): void {
  for (const token of tokens) {
    visit(token);
    const children = (token as { tokens?: Token[] }).tokens;
    if (children) walk(children, visit);
    if (token.type === 'list')
      for (const item of (token as Tokens.List).items) walk(item.tokens, visit);
    if (token.type === 'table') {
      const table = token as Tokens.Table;
      for (const cell of [...table.header, ...table.rows.flat()]) walk(cell.tokens, visit);
    }
  }
}

describe.each(articles)('%s.md', (name) => {
  const path = resolve(dir, `${name}.md`);

  it('has a reviewed golden file, and the export equals it', () => {
    expect(
      existsSync(path),
      `missing ${path}: run npx tsx scripts/update-markdown-goldens.ts`,
    ).toBe(true);
    expect(fixtureMarkdown(name)).toBe(readFileSync(path, 'utf8'));
  });

  const markdown = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const [, yaml = '', body = ''] = markdown.split(/^---\n/m);
  const { doc, golden } = loadFixture(name);
  const result = processDocument(doc, { url: golden.url, now: goldenSavedAt });
  if (!result.ok) throw new Error(`${name}: ${result.reason}`);
  const { article } = result;

  it('opens with YAML front matter holding the article fields', () => {
    const front = parseYaml(yaml);
    expect(front).toMatchObject({ title: golden.title, url: golden.url, saved: goldenSavedAt });
    if (golden.siteName) expect(front.outlet).toBe(golden.siteName);
    if (golden.byline) expect(front.author).toBe(golden.byline);
    if (golden.dateline?.place) expect(front.dateline.place).toBe(golden.dateline.place);
    expect(front.word_count).toBeGreaterThan(100);
  });

  it('parses into the title heading, the article blocks, tables and absolute links, and no raw HTML', () => {
    const tokens = marked.lexer(body);
    const kinds = new Map<string, number>();
    const hrefs: string[] = [];
    walk(tokens, (t) => {
      kinds.set(t.type, (kinds.get(t.type) ?? 0) + 1);
      if (t.type === 'link' || t.type === 'image') hrefs.push((t as Tokens.Link).href);
    });
    const first = tokens.find((t) => t.type === 'heading') as Tokens.Heading | undefined;
    expect(first?.depth).toBe(1);
    expect(kinds.get('html') ?? 0).toBe(0);
    for (const href of hrefs) expect(href).toMatch(/^(https?:|mailto:)/);
    // What the cleaned article holds, the Markdown holds: tables, lists, quotes.
    const html = article.html;
    const count = (re: RegExp) => html.match(re)?.length ?? 0;
    expect(kinds.get('table') ?? 0).toBe(count(/<table[\s>]/g));
    expect(kinds.get('blockquote') ?? 0).toBe(count(/<blockquote[\s>]/g));
    expect(kinds.get('list') ?? 0).toBeGreaterThanOrEqual(count(/<(ul|ol)[\s>]/g) > 0 ? 1 : 0);
    const text = foldWhitespace(body.replace(/\\([\\`*_{}[\]()#+\-.!|>~<])/g, '$1'));
    for (const block of golden.keep.slice(0, 3)) expect(text).toContain(block.slice(0, 40));
  });
});
