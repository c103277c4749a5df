import { removeClutter } from './clean/apply';
import { clutterRules, steeringRules } from './clean/index';
import type { ClutterRule } from './clean/rule';
import { defaultSiteRules, type SiteRule, siteRulesFor } from './clean/site-rules';
import { parseDateline } from './dateline/index';
import { looksLikeArticle } from './extract/article-check';
import { dropLayoutNodes } from './extract/layout-nodes';
import { resolveLazyImages } from './extract/lazy-images';
import { readMetadata } from './extract/metadata';
import { collectTags } from './extract/page-tags';
import {
  checkPageSize,
  PageTooLargeError,
  readShadowRoots,
  runReadability,
} from './extract/readability';
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
  | { ok: false; reason: 'not-article' | 'too-large' | 'in-frame' };

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
 * 0. size — elements, depth and text counted in one pass; past the limits the page is refused
 *    ('too-large') before any copy or scoring, which is where a huge page would freeze the tab.
 *    The same pass notes whether any element may hold a shadow root, so most pages skip step 1's
 *    search for them.
 * 1. clone — Readability and the clean rules mutate; the caller's document stays whole. Open
 *    shadow roots are composed into the clone (cloneNode leaves them behind).
 * 2. metadata — read first, while <head>, JSON-LD and bylines are still there. The elements it
 *    needs, and those steps 3 and 5 look up by tag, are gathered in one walk (page-tags.ts).
 * 3. lazy images — Readability scores images; placeholders would be dropped or kept blank.
 *    Then the nodes no later step reads go (layout-nodes.ts: whitespace between blocks,
 *    comments, the head's stylesheets and scripts): every walk after this one is shorter.
 * 4. clean the page — link lists and boxes inflate Readability's scores for the wrong block.
 *    Rules scoped to the article (bylines, photo credits, menus: ClutterRule.scope) and rules
 *    for single lines (trails, counters, tag rows: ClutterRule.steers) wait for step 6: they
 *    cannot tip Readability's choice, and Readability reads the byline itself. So `removed`
 *    lists what went from the story, and the boxes removed from the page to steer Readability.
 * 5. Readability — finds the article in what is left.
 * 6. clean the article — what Readability kept inside the story block (a Related box
 *    between paragraphs, the vote counter under the last one).
 * 7. sanitize — the allowlist, in place, before text is taken, so text and HTML agree.
 * 8. text, dateline — from the cleaned article, so clutter can never become a dateline.
 */
export function processDocument(doc: Document, opts: PipelineOptions): PipelineResult {
  return clean(doc, opts, false);
}

function clean(doc: Document, opts: PipelineOptions, framed: boolean): PipelineResult {
  let work: Document;
  try {
    // Size first, in one cheap pass: a page past the limits is refused before it is even copied.
    const { mayHaveShadowRoots } = checkPageSize(doc);
    work = doc.cloneNode(true) as Document;
    if (mayHaveShadowRoots && readShadowRoots(doc, work) > 0) checkPageSize(work);
  } catch (error) {
    if (error instanceof PageTooLargeError) return { ok: false, reason: 'too-large' };
    throw error;
  }
  const tags = collectTags(work);
  const meta = readMetadata(work, opts.url, tags);
  const rules = rulesFor(opts.url, opts.siteRules, opts.disabledKinds);
  resolveLazyImages(work, tags);
  dropLayoutNodes(work);
  const removed: Removed[] = work.body ? removeClutter(work.body, steeringRules(rules)) : [];
  let parsed: ReturnType<typeof runReadability>;
  try {
    parsed = runReadability(work, tags.template);
  } catch (error) {
    if (error instanceof PageTooLargeError) return { ok: false, reason: 'too-large' };
    throw error;
  }
  if (!parsed) return framed ? { ok: false, reason: 'not-article' } : fromFrames(doc, opts);

  const body = parsed.content;
  removed.push(...removeClutter(body, rules));
  sanitizeTree(body);
  const text = blockText(body);
  const wordCount = countWords(text);
  if (!looksLikeArticle(body, wordCount, meta.type, opts.url))
    return framed ? { ok: false, reason: 'not-article' } : fromFrames(doc, opts);

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

/**
 * The top page holds no article; some sites show theirs in a frame. A frame of the same site is
 * read as the page (the content script may see into it; the article keeps the tab's URL, so the
 * side panel finds it). A frame from another site is closed to extensions: the reader is told.
 */
function fromFrames(doc: Document, opts: PipelineOptions): PipelineResult {
  for (const frame of Array.from(doc.querySelectorAll('iframe, frame'))) {
    // null for another origin, and in DOMs that load no frames (linkedom, jsdom without src).
    const inner = (frame as HTMLIFrameElement).contentDocument;
    if (!inner?.body || (inner.body.textContent ?? '').length < 500) continue;
    const url = /^https?:/i.test(inner.URL) ? inner.URL : opts.url;
    const result = clean(inner, { ...opts, url }, true);
    if (result.ok) return { ok: true, article: { ...result.article, url: opts.url } };
  }
  return { ok: false, reason: framedElsewhere(doc, opts.url) ? 'in-frame' : 'not-article' };
}

/** A page that is little more than a large frame from another site. */
function framedElsewhere(doc: Document, url: string): boolean {
  if ((doc.body?.textContent ?? '').replace(/\s+/g, ' ').trim().length > 1000) return false;
  const origin = new URL(url).origin;
  // Ads come in fixed small boxes (300x250, 728x90); a story's frame fills the page.
  const small = (value: string | null) => value !== null && /^\d+$/.test(value) && +value < 300;
  return Array.from(doc.querySelectorAll('iframe[src], frame[src]')).some((frame) => {
    if (small(frame.getAttribute('width')) || small(frame.getAttribute('height'))) return false;
    try {
      const src = new URL(frame.getAttribute('src') ?? '', url);
      return /^https?:$/.test(src.protocol) && src.origin !== origin;
    } catch {
      return false;
    }
  });
}
