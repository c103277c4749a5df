import { urlKey } from '../db/normalise';
import { articleToMarkdown, type ExportCoverage } from '../markdown/export';
import { fileName } from '../markdown/filename';
import type { ExportOptions } from '../markdown/options';
import type { Article, CoverageItem } from '../types';

// One function turns an article into the note every export path writes: the side panel, the popup,
// the content script (context menu and shortcut) and, through articleToMarkdown with the same
// arguments, the command line. Same article, same savedAt, same options: same bytes.

export interface NoteRequest {
  article: Article;
  /** ISO time written as `saved` and used by {date} when the article has no publication day. */
  savedAt: string;
  /** Other outlets' reports of the same story, when the cache knows the story. */
  coverage: ExportCoverage[];
  options: ExportOptions;
}

export interface Note {
  fileName: string;
  markdown: string;
}

/** No story lists hundreds of outlets; a cap keeps a corrupt cache from bloating a note. */
const maxCoverage = 100;

export function exportNote({ article, savedAt, coverage, options }: NoteRequest): Note {
  const markdown = articleToMarkdown(article, {
    savedAt,
    frontMatter: options.frontMatter,
    linkStyle: options.linkStyle,
    imageStyle: options.imageStyle,
    coverage: coverage.length ? coverage : undefined,
  });
  return { fileName: fileName(options.template, article, { savedAt }), markdown };
}

/**
 * When the article was kept: the cache's savedAt, else (a private window, where nothing is kept)
 * the time it was cleaned. Never the clock at export time, so exporting twice gives the same file.
 */
export function savedAtOf(article: Article & { savedAt?: unknown }): string {
  return typeof article.savedAt === 'string' && article.savedAt
    ? article.savedAt
    : article.extractedAt;
}

/** The story's coverage without the article itself, each outlet's report once. */
export function exportCoverage(rows: readonly CoverageItem[], article: Article): ExportCoverage[] {
  const own = new Set([urlKey(article.url), urlKey(article.canonicalUrl)]);
  const seen = new Set<string>();
  const out: ExportCoverage[] = [];
  for (const row of rows) {
    const key = row.url ? urlKey(row.url) : `${row.outlet}|${row.headline}`.toLowerCase();
    if ((row.url && own.has(key)) || seen.has(key)) continue;
    seen.add(key);
    out.push({ outlet: row.outlet, headline: row.headline, url: row.url, dateline: row.dateline });
    if (out.length === maxCoverage) break;
  }
  return out;
}
