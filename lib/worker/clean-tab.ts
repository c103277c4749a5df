import { errorMessage } from '../error-message';
import type { ArticleSummary, CleanResponse, ContentResult, CoverageView } from '../messages';
import { type UnreadableReason, unreadableMessages, unreadableUrl } from '../page-kind';
import type { AggregatorReading, Article } from '../types';

/** What the worker needs from the browser and the cache, passed in so this is testable in Node. */
export interface CleanTabDeps {
  getTab(tabId: number): Promise<{ url?: string; incognito: boolean } | null>;
  runContentScript(tabId: number): Promise<ContentResult>;
  saveArticle(
    article: Article,
  ): Promise<{ id: string; evicted: Array<{ id: string; title: string }> }>;
  /** Keeps an aggregator page's story and outlets; resolves to the story's id (a string) if known. */
  saveCoverage(reading: AggregatorReading, pageUrl: string): Promise<unknown>;
  /** Attaches the page to its story (when `save`) and lists the story's other reports. */
  coverageFor?(page: CoveragePage): Promise<CoverageView | null>;
}

/** What the coverage step is told about the page just cleaned. */
export interface CoveragePage {
  article: Article | null;
  /** Where the article was kept (its id, or the article it reposts); null when not kept. */
  articleId: string | null;
  reading: AggregatorReading | null;
  /** The story the aggregator page was kept under; null for articles and when not kept. */
  storyId: string | null;
  /** false in private windows: read what is stored, write nothing. */
  save: boolean;
}

/** Coverage is extra: if it fails, the reader still gets the cleaned article. */
async function coverageOf(deps: CleanTabDeps, page: CoveragePage): Promise<CoverageView | null> {
  try {
    return (await deps.coverageFor?.(page)) ?? null;
  } catch (error) {
    console.warn('Lede: could not list coverage', error);
    return null;
  }
}

export function summarize(article: Article, id: string): ArticleSummary {
  const {
    url,
    title,
    siteName,
    byline,
    wordCount,
    readingMinutes,
    publishedAt,
    dateline,
    removed,
  } = article;
  return {
    id,
    url,
    title,
    siteName,
    byline,
    wordCount,
    readingMinutes,
    publishedAt,
    dateline,
    removed,
  };
}

/** Chrome's and Firefox's wording when they will not run a script in a tab. */
export function injectionRefusal(error: string): UnreadableReason {
  if (/gallery cannot be scripted|webstore/i.test(error)) return 'store-page';
  if (/file:\/\//i.test(error)) return 'local-file';
  if (
    /chrome:\/\/|edge:\/\/|about:|chrome-error|devtools:|view-source:|missing host permission/i.test(
      error,
    )
  ) {
    return 'browser-page';
  }
  if (/extension/i.test(error) && /chrome-extension:|moz-extension:/i.test(error))
    return 'extension-page';
  if (/cannot access|permission|not allowed/i.test(error)) return 'no-access';
  return 'failed';
}

function refuse(reason: UnreadableReason): CleanResponse {
  return { ok: false, reason, message: unreadableMessages[reason] };
}

/** The toolbar click: read the tab, keep what was read (never from a private window). */
export async function cleanTab(tabId: number, deps: CleanTabDeps): Promise<CleanResponse> {
  const tab = await deps.getTab(tabId);
  if (!tab) return refuse('no-tab');
  // The URL is hidden from extensions without access to the page (browser pages among them):
  // then the browser's refusal to inject tells what kind of page it is.
  const blocked = tab.url ? unreadableUrl(tab.url) : null;
  if (blocked) return refuse(blocked);

  let result: ContentResult;
  try {
    result = await deps.runContentScript(tabId);
  } catch (error) {
    return refuse(injectionRefusal(String(error)));
  }
  const { article, coverage, hidden } = result;
  if (!article && !coverage) return refuse(result.reason ?? 'not-article');

  const save = !tab.incognito;
  let storyId: string | null = null;
  let coverageError: string | null = null;
  if (save && coverage && tab.url) {
    try {
      const kept = await deps.saveCoverage(coverage, tab.url);
      storyId = typeof kept === 'string' ? kept : null;
    } catch (error) {
      // A full disk must not cost the reader the list in front of them: it is shown unsaved.
      coverageError = errorMessage(error);
    }
  }
  if (!article) {
    return {
      ok: true,
      article: null,
      saved: false,
      saveError: coverageError,
      hidden,
      coverage,
      coverageView: await coverageOf(deps, {
        article,
        articleId: null,
        reading: coverage,
        storyId,
        save,
      }),
      evicted: [],
    };
  }
  let stored = { id: article.canonicalUrl, evicted: [] as Array<{ id: string; title: string }> };
  let saveError: string | null = null;
  if (save) {
    try {
      stored = await deps.saveArticle(article);
    } catch (error) {
      // The reader still gets the cleaned article; only keeping it failed, and they are told.
      saveError = errorMessage(error);
    }
  }
  return {
    ok: true,
    article: summarize(article, stored.id),
    saved: save && saveError === null,
    saveError,
    hidden,
    coverage,
    coverageView: await coverageOf(deps, {
      article,
      articleId: save && saveError === null ? stored.id : null,
      reading: coverage,
      storyId,
      save: save && saveError === null,
    }),
    evicted: stored.evicted,
  };
}
