import {
  type Attached,
  articleDoc,
  articleIdOf,
  itemDoc,
  type Refiled,
  StoryAttacher,
} from '../coverage/attach';
import { getArticle } from '../db/articles';
import {
  articlesInStories,
  coverageForStory,
  saveCoverage,
  setArticleStory,
  storyForUrl,
} from '../db/coverage';
import { getKv, setKv } from '../db/kv';
import { urlKey } from '../db/normalise';
import type { LedeDB } from '../db/schema';
import type { CoverageView } from '../messages';
import type { AggregatorReading, Article } from '../types';
import type { CoveragePage } from './clean-tab';
import { type Report, shapeCoverage } from './coverage-view';

// The worker's side of coverage: attaching what the reader cleans to stories, and the popup's
// list of a story's reports. The story index lives in the kv table, loaded on first use after
// each worker start and written back after every change: a service worker may be stopped at any
// moment, so nothing is kept only in memory.

const stateKey = 'coverage/story-index';
/** Bumped on every save: a copy in memory older than the stored one (or a cleared cache) reloads. */
const revKey = 'coverage/story-index-rev';
/**
 * Past this many documents the oldest go: each save writes the whole index (about 0.6 kB a
 * document) and a worker start replays it (about 0.08 ms a document), so it must stay small.
 * Stories older than the index's time window rarely gain new reports anyway.
 */
const maxDocs = 1200;
const keepDocs = 900;
/** Other cached articles read per popup: their leads feed wire-copy detection. */
const maxArticles = 30;
const leadChars = 1500;

export class CoverageService {
  private loaded: { rev: number; attacher: StoryAttacher } | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly db: LedeDB) {}

  /** Keeps an aggregator page's story and outlets, and indexes its cards for later articles. */
  async saveAggregator(reading: AggregatorReading, pageUrl: string, now: string): Promise<string> {
    const storyId = await saveCoverage(this.db, reading.story.title, reading.outlets, {
      pageUrl,
      now,
    });
    const docs = reading.outlets.map((item) => itemDoc(storyId, item, now));
    await this.exclusive(
      (attacher) => attacher.addItems(storyId, docs),
      (moved) => moved,
    );
    return storyId;
  }

  /** The story an article joins: by URL (an aggregator listed it), else by text; null if none. */
  async attachArticle(article: Article, articleId: string): Promise<string | null> {
    const byUrl = await this.storyByUrl([article.url, article.canonicalUrl, articleId]);
    const doc = articleDoc(articleId, article);
    const attached = await this.exclusive(
      (attacher) => attacher.addArticle(doc, byUrl),
      (a) => filings(a, articleId),
    );
    return attached.storyId;
  }

  /** The popup's coverage for the page just cleaned; attaches it to a story first when saving. */
  async forPage(page: CoveragePage): Promise<CoverageView | null> {
    const { article, articleId, reading } = page;
    // A page with coverage is an aggregator, even where Readability found a block to call an
    // article (its summary): the list of outlets is what the reader came for.
    if (article && !reading) {
      const storyId =
        page.save && articleId
          ? await this.attachArticle(article, articleId)
          : await this.storyByUrl([article.url, article.canonicalUrl]);
      const self = selfReport(article, articleId);
      const others = storyId ? await this.reports(storyId) : [];
      return shapeCoverage([self, ...others], { storyId, title: null });
    }
    if (!reading) return null;
    const title = reading.story.title || null;
    const { storyId } = page;
    if (storyId) return shapeCoverage(await this.reports(storyId), { storyId, title });
    // A private window keeps nothing: the page's own cards are the whole list.
    const cards = reading.outlets.map((item, i) =>
      cardReport(`card ${i}`, item, item.url ? [urlKey(item.url)] : []),
    );
    return shapeCoverage(cards, { storyId: null, title });
  }

  private async storyByUrl(urls: readonly string[]): Promise<string | null> {
    for (const url of new Set(urls)) {
      const story = await storyForUrl(this.db, url);
      if (story) return story.id;
    }
    return null;
  }

  /** Every report of the story and of stories found to be the same: cards and cached articles. */
  private async reports(storyId: string): Promise<Report[]> {
    const ids = (await this.state()).attacher.related(storyId);
    const rows = (await Promise.all(ids.map((id) => coverageForStory(this.db, id)))).flat();
    const reports = rows.map((row) => cardReport(row.id, row, row.url ? [row.url] : []));
    const linked = await articlesInStories(this.db, ids, maxArticles);
    for (const record of linked) {
      const full = await getArticle(this.db, record.id);
      if (full) reports.push({ ...selfReport(full, record.id), self: false });
    }
    return reports;
  }

  private async state(): Promise<{ rev: number; attacher: StoryAttacher }> {
    const rev = (await getKv<number>(this.db, revKey)) ?? 0;
    if (this.loaded?.rev !== rev) {
      this.loaded = { rev, attacher: StoryAttacher.fromJSON(await getKv(this.db, stateKey)) };
    }
    return this.loaded;
  }

  /**
   * One change at a time. The index (when it changed) and the articles the change filed are
   * written in one transaction before the next starts: a popup opened next, or a restarted
   * worker, finds the articles where the index says they are. If the write fails, the stored
   * revision no longer matches this copy's, so the next change reloads the stored index.
   */
  private exclusive<T>(
    change: (attacher: StoryAttacher) => T,
    filed: (value: T) => Refiled[],
  ): Promise<T> {
    const run = this.queue.then(async () => {
      const state = await this.state();
      const before = state.attacher.revision;
      const value = change(state.attacher);
      const changed = state.attacher.revision !== before;
      if (changed) {
        state.attacher = state.attacher.pruned(maxDocs, keepDocs);
        state.rev += 1;
      }
      const moves = filed(value);
      if (!changed && moves.length === 0) return value;
      await this.db.transaction('rw', this.db.articles, this.db.kv, async () => {
        for (const { articleId, storyId } of moves) {
          await setArticleStory(this.db, articleId, storyId);
        }
        if (changed) {
          await setKv(this.db, stateKey, state.attacher.toJSON());
          await setKv(this.db, revKey, state.rev);
        }
      });
      return value;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }
}

/** Where an attach files articles: those a split moved, the article, and its story's founder. */
function filings(attached: Attached, articleId: string): Refiled[] {
  const { storyId, founder, moved } = attached;
  if (!storyId) return moved;
  const founderId = founder && articleIdOf(founder);
  return [
    ...moved,
    { articleId, storyId },
    ...(founderId ? [{ articleId: founderId, storyId }] : []),
  ];
}

function cardReport(
  id: string,
  item: AggregatorReading['outlets'][number],
  keys: string[],
): Report {
  const { outlet, headline, url, dateline, time, snippet } = item;
  return { id, outlet, headline, url, keys, dateline, time, text: snippet, self: false };
}

/** A cleaned article as a report; `self` until the caller says it is another page. */
function selfReport(article: Article & { aliases?: string[] }, id: string | null): Report {
  const keys = [
    article.url,
    article.canonicalUrl,
    id ?? article.canonicalUrl,
    ...(article.aliases ?? []),
  ];
  return {
    id: id ?? article.canonicalUrl,
    outlet: article.siteName ?? new URL(article.url).hostname.replace(/^www\./, ''),
    headline: article.title,
    url: article.url,
    keys: [...new Set(keys.map(urlKey))],
    dateline: article.dateline,
    time: article.publishedAt,
    text: article.text.slice(0, leadChars),
    self: true,
  };
}
