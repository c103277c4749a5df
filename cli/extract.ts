import { articleToMarkdown } from '../lib/markdown/export';
import { defaultExportOptions } from '../lib/markdown/options';
import { unreadableMessages } from '../lib/page-kind';
import { processDocument } from '../lib/pipeline';
import { type Args, stringOption } from './args';
import { parseHtml } from './dom';
import { CliError, nowOption, readHtml, requireUrl } from './io';

/** `lede extract`: the same pipeline as the toolbar click, printed as Markdown or JSON. */
export function extract(args: Args): string {
  const file = args.positionals[0];
  if (!file) throw new CliError('extract needs a FILE (or - for standard input)');
  const url = requireUrl(stringOption(args, 'url'));
  const now = nowOption(stringOption(args, 'now'));
  const doc = parseHtml(readHtml(file), url);
  const result = processDocument(doc, { url, now });
  if (!result.ok) throw new CliError(unreadableMessages[result.reason]);
  const { article } = result;
  const markdown = articleToMarkdown(article, {
    ...defaultExportOptions,
    savedAt: now,
    frontMatter: !args.options.has('no-front-matter'),
  });
  if (!args.options.has('json')) return markdown;
  const { title, byline, siteName, publishedAt, dateline, text, html, removed } = article;
  return JSON.stringify(
    {
      title,
      byline,
      siteName,
      url: article.url,
      canonicalUrl: article.canonicalUrl,
      lang: article.lang,
      publishedAt,
      leadImage: article.leadImage,
      excerpt: article.excerpt,
      wordCount: article.wordCount,
      readingMinutes: article.readingMinutes,
      dateline,
      text,
      html,
      markdown,
      removed,
    },
    null,
    2,
  );
}
