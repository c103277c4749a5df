import type { Article, Dateline } from '../types';
import { escapeMarkdown, oneLine } from './escape';
import { dayOf } from './filename';
import { frontMatter } from './front-matter';
import type { RefStyle } from './rules';
import { htmlToMarkdown, tidy } from './to-markdown';
import { linkUrl } from './urls';

/** Another outlet's report of the same story (a CoverageItem, or less). */
export interface ExportCoverage {
  outlet: string;
  headline: string;
  url: string | null;
  dateline?: Dateline | null;
}

export interface ArticleExportOptions {
  /** ISO time of the export; passed in so the same article always exports the same text. */
  savedAt: string;
  frontMatter: boolean;
  linkStyle: RefStyle;
  imageStyle?: RefStyle;
  coverage?: ExportCoverage[];
}

/**
 * The whole note: front matter, "# Title", a meta line (outlet · byline · date), the body.
 * Without front matter the coverage list moves into the body, so it is not lost.
 */
export function articleToMarkdown(article: Article, opts: ArticleExportOptions): string {
  const title = oneLine(article.title);
  const coverage = opts.coverage ?? [];
  const parts: string[] = [];
  if (title) parts.push(`# ${escapeMarkdown(title)}`);
  const meta = [article.siteName, article.byline, dayOf(article.publishedAt)]
    .map((part) => oneLine(part ?? ''))
    .filter(Boolean);
  if (meta.length) parts.push(meta.map(escapeMarkdown).join(' · '));
  const body = htmlToMarkdown(article.html, {
    baseUrl: article.url,
    linkStyle: opts.linkStyle,
    imageStyle: opts.imageStyle,
  });
  parts.push(withoutRepeatedTitle(body, title));
  if (!opts.frontMatter && coverage.length) parts.push(coverageSection(coverage, article.url));
  const note = tidy(parts.join('\n\n'));
  return opts.frontMatter ? frontMatter(fields(article, opts.savedAt, coverage)) + note : note;
}

function fields(article: Article, savedAt: string, coverage: ExportCoverage[]) {
  return {
    title: oneLine(article.title),
    outlet: article.siteName,
    author: article.byline,
    url: article.url,
    canonical_url: article.canonicalUrl,
    published: article.publishedAt,
    dateline: datelineFields(article.dateline),
    saved: savedAt,
    word_count: article.wordCount,
    /** Minutes, as a number so notes apps can sort and filter on it. */
    reading_time: article.readingMinutes,
    coverage: coverage.map((item) => ({
      outlet: item.outlet,
      headline: item.headline,
      url: linkUrl(item.url, article.url),
      dateline: datelineFields(item.dateline ?? null),
    })),
  };
}

function datelineFields(dateline: Dateline | null) {
  return dateline && { place: dateline.place, date: dateline.date, agency: dateline.agency };
}

function coverageSection(coverage: ExportCoverage[], baseUrl: string): string {
  const items = coverage.map((item) => {
    const outlet = escapeMarkdown(oneLine(item.outlet));
    const headline = escapeMarkdown(oneLine(item.headline));
    const url = linkUrl(item.url, baseUrl);
    const link = url ? `[${headline || url}](${url})` : headline;
    return `- ${outlet ? `${outlet}: ` : ''}${link}`;
  });
  return `## Coverage\n\n${items.join('\n')}`;
}

/** Readability sometimes leaves the headline at the top of the body; the note has its own. */
function withoutRepeatedTitle(body: string, title: string): string {
  const match = body.match(/^#{1,6} (.*)\n*/);
  if (!match?.[1] || !title) return body;
  // Compare words, not markup: "*coast*" in the heading matches "coast" in the title.
  const plain = (text: string) =>
    oneLine(text.replace(/\\(.)|[*_~`]/g, (_, escaped?: string) => escaped ?? '')).toLowerCase();
  return plain(match[1]) === title.toLowerCase() ? body.slice(match[0].length) : body;
}
