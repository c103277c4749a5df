import { removeClutter } from './clean/apply';
import { clutterRules } from './clean/index';
import type { ClutterRule } from './clean/rule';
import { defaultSiteRules, type SiteRule, siteRulesFor } from './clean/site-rules';
import { parseDateline } from './dateline/index';
import { looksLikeArticle } from './extract/article-check';
import { resolveLazyImages } from './extract/lazy-images';
import { readMetadata } from './extract/metadata';
import { PageTooLargeError, runReadability } from './extract/readability';
import { blockText, countWords, readingMinutes } from './extract/text';
import { cleanTitle } from './extract/title';
import type { Sanitize } from './sanitize';
import { sanitizeTree } from './sanitize-tree';
import type { Article, ClutterKind, Removed } from './types';

export interface PipelineOptions {
  url: string;
  /** ISO time of the cleaning: lib/ never reads the clock. */
  now: string;
  /**
   * A second sanitizer over the serialized HTML (DOMPurify in the browser, where it is native and
   * cheap). The allowlist in sanitize-tree.ts always runs; this one is defence in depth.
   */
  sanitize?: Sanitize;
  /** The user's own per-site rules, applied with the shipped ones. */
  siteRules?: SiteRule[];
  /** Clutter kinds the reader keeps on this site: not removed. */
  disabledKinds?: readonly ClutterKind[];
}

export type PipelineResult =
  | { ok: true; article: Article }
  | { ok: false; reason: 'not-article' | 'too-large' };

/**
 * Site rules first: they are the most specific, and the user's word beats our guesses. Kinds the
 * reader chose to keep on this site (`disabledKinds`, from the side panel) are left out.
 */
export function rulesFor(
  url: string,
  userRules: SiteRule[] = [],
  disabledKinds: readonly ClutterKind[] = [],
): ClutterRule[] {
  const host = new URL(url).hostname;
  const rules = [siteRulesFor(host, [...defaultSiteRules, ...userRules]), ...clutterRules];
  return disabledKinds.length ? rules.filter((rule) => !disabledKinds.includes(rule.kind)) : rules;
}

/**
 * The dateline opens the story's first paragraph; a caption, kicker or standfirst may come before
 * it, so the first few paragraph-length lines are tried, never later ones.
 */
function findDateline(text: string, publishedAt: string | null) {
  const paragraphs = text
    .split('\n')
    .filter((line) => line.length >= 40)
    .slice(0, 3);
  for (const line of paragraphs) {
    const dateline = parseDateline(line, { publishedAt });
    if (dateline) return dateline;
  }
  return null;
}

/**
 * The one composition point. Steps, in order, and why that order:
 * 1. clone — Readability and the clean rules mutate; the caller's document stays whole.
 * 2. metadata — read first, while <head>, JSON-LD and bylines are still there.
 * 3. lazy images — Readability scores images; placeholders would be dropped or kept blank.
 * 4. clean the page — link lists and counters inflate Readability's scores for the wrong block.
 * 5. Readability — finds the article in what is left.
 * 6. clean the article — what Readability kept inside the story block (a Related box
 *    between paragraphs, the vote counter under the last one).
 * 7. sanitize — the allowlist, in place, before text is taken, so text and HTML agree.
 * 8. text, dateline — from the cleaned article, so clutter can never become a dateline.
 */
export function processDocument(doc: Document, opts: PipelineOptions): PipelineResult {
  const work = doc.cloneNode(true) as Document;
  const meta = readMetadata(work, opts.url);
  const rules = rulesFor(opts.url, opts.siteRules, opts.disabledKinds);
  resolveLazyImages(work);
  const removed: Removed[] = work.body ? removeClutter(work.body, rules) : [];
  let parsed: ReturnType<typeof runReadability>;
  try {
    parsed = runReadability(work);
  } catch (error) {
    if (error instanceof PageTooLargeError) return { ok: false, reason: 'too-large' };
    throw error;
  }
  if (!parsed) return { ok: false, reason: 'not-article' };

  const body = parsed.content;
  removed.push(...removeClutter(body, rules));
  sanitizeTree(body);
  const text = blockText(body);
  const wordCount = countWords(text);
  if (!looksLikeArticle(body, wordCount, meta.type, opts.url))
    return { ok: false, reason: 'not-article' };

  const publishedAt = meta.publishedAt ?? null;
  const hostname = new URL(opts.url).hostname;
  const siteName = meta.siteName ?? parsed.siteName ?? null;
  const rawTitle = meta.title ?? parsed.title ?? '';
  return {
    ok: true,
    article: {
      url: opts.url,
      canonicalUrl: meta.canonicalUrl || opts.url,
      title: cleanTitle(rawTitle, { siteName, hostname }) || hostname,
      byline: meta.byline ?? parsed.byline ?? null,
      siteName,
      lang: meta.lang ?? parsed.lang ?? null,
      publishedAt,
      leadImage: meta.leadImage ?? null,
      excerpt: meta.excerpt ?? parsed.excerpt ?? null,
      html: opts.sanitize ? opts.sanitize(body.innerHTML) : body.innerHTML,
      text,
      wordCount,
      readingMinutes: readingMinutes(wordCount),
      dateline: findDateline(text, publishedAt),
      removed,
      extractedAt: opts.now,
    },
  };
}
