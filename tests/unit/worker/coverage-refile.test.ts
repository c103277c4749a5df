import { describe, expect, it } from 'vitest';
import { articleDocId, itemDoc, StoryAttacher } from '../../../lib/coverage/attach';
import { getArticle, saveArticle } from '../../../lib/db/articles';
import { getKv } from '../../../lib/db/kv';
import type { LedeDB } from '../../../lib/db/schema';
import type { CoverageView } from '../../../lib/messages';
import type { AggregatorReading, Article } from '../../../lib/types';
import { CoverageService } from '../../../lib/worker/coverage';
import { type RecallReport, readingOrder, recallReports } from '../coverage/recall-reports';
import { freshDb, makeArticle, reopen } from '../db/helpers';

// When the story index splits a story, the worker refiles the cached articles that left, so the
// popup of a Prius recall article stops listing the RAV4 recall's reports, and a restarted
// worker's index agrees with the cache.

const report = (id: string) => recallReports.find((r) => r.id === id) as RecallReport;

const recallArticle = (r: RecallReport): Article =>
  makeArticle({
    url: `https://${r.id}.example/toyota-recall`,
    title: r.title,
    text: r.lead,
    siteName: `Outlet ${r.id}`,
    publishedAt: r.published,
    extractedAt: r.published,
    dateline: null,
  });

async function clean(db: LedeDB, service: CoverageService, r: RecallReport) {
  const article = recallArticle(r);
  const { id } = await saveArticle(db, article, { now: r.published });
  const view = await service.forPage({
    article,
    articleId: id,
    reading: null,
    storyId: null,
    save: true,
  });
  return { id, view: view as CoverageView };
}

const headlines = (view: CoverageView) =>
  view.rows
    .flatMap((row) => (row.kind === 'report' ? [row.entry] : row.members))
    .map((e) => e.headline)
    .sort();

const titlesOf = (model: string, except: string) =>
  recallReports
    .filter((r) => r.model === model && r.id !== except)
    .map((r) => r.title)
    .sort();

/** Cleans the reports in reading order: each one's article id and the popup shown then. */
async function cleanAll(db: LedeDB, service: CoverageService) {
  const cleaned = new Map<string, { id: string; view: CoverageView }>();
  for (const r of readingOrder) cleaned.set(r.id, await clean(db, service, r));
  return cleaned;
}

describe('refiling articles when the story index splits a story', () => {
  it('lists only the Prius reports in a Prius article’s popup, and only RAV4 ones in a RAV4 one', async () => {
    const db = freshDb();
    const service = new CoverageService(db);
    const cleaned = await cleanAll(db, service);
    // The second Prius report split the RAV4 reports off: its popup, shown then, lists p1 only.
    expect(headlines(cleaned.get('p2')?.view as CoverageView)).toEqual([report('p1').title]);

    // Each article's popup opened again once all eight are in.
    for (const r of recallReports) {
      const { view } = await clean(db, service, r);
      expect(headlines(view), r.id).toEqual(titlesOf(r.model, r.id));
    }
  });

  it('leaves the cache and the stored index agreeing after a worker restart', async () => {
    const db = freshDb();
    const cleaned = await cleanAll(db, new CoverageService(db));

    const restarted = reopen(db);
    const attacher = StoryAttacher.fromJSON(await getKv(restarted, 'coverage/story-index'));
    const cacheStory = new Map(attacher.toJSON().stories);
    for (const [name, { id }] of cleaned) {
      const indexStory = attacher.index.storyOf(articleDocId(id)) as string;
      const stored = await getArticle(restarted, id);
      expect(stored?.storyId, name).toBe(cacheStory.get(indexStory));
    }
    // A fifth RAV4 report, cleaned by the restarted worker, lists the four RAV4 ones.
    const r5: RecallReport = {
      id: 'r5',
      model: 'rav4',
      title: 'RAV4 owners told seat rails may slide as Toyota recall widens',
      lead: 'Toyota said it is recalling more RAV4 vehicles after finding seat rails that can break.',
      published: '2014-04-01T21:00:00.000Z',
    };
    const { view } = await clean(restarted, new CoverageService(restarted), r5);
    expect(headlines(view)).toEqual(titlesOf('rav4', 'r5'));
  });

  it('refiles before an aggregator page’s save returns, when its cards set the split off', async () => {
    const db = freshDb();
    const service = new CoverageService(db);
    for (const id of ['p1', 'r1', 'r2']) await clean(db, service, report(id));
    const p2 = report('p2');
    const prius: AggregatorReading = {
      story: { title: 'Prius recall', articleCount: 1 },
      outlets: [
        {
          outlet: 'Outlet p2',
          headline: p2.title,
          url: 'https://p2.example/toyota-recall',
          dateline: null,
          snippet: p2.lead,
          time: p2.published,
        },
      ],
    };
    await service.saveAggregator(prius, 'https://news.example/prius', p2.published);
    const { view } = await clean(db, service, report('p1'));
    expect(headlines(view)).toEqual([p2.title]);
    const rav4 = await clean(db, service, report('r1'));
    expect(headlines(rav4.view)).toEqual([report('r2').title]);
  });

  it('never splits an aggregator’s items away from its story', async () => {
    const db = freshDb();
    const service = new CoverageService(db);
    // One aggregator page listed both recalls as one story.
    const cards = ['p1', 'r1'].map(report).map((r) => ({
      outlet: `Outlet ${r.id}`,
      headline: r.title,
      url: `https://${r.id}.example/toyota-recall`,
      dateline: null,
      snippet: r.lead,
      time: r.published,
    }));
    const reading: AggregatorReading = {
      story: { title: 'Toyota recalls', articleCount: 2 },
      outlets: cards,
    };
    const seenAt = report('r1').published;
    const page = await service.saveAggregator(reading, 'https://news.example/toyota', seenAt);
    let lastId = '';
    for (const id of ['p2', 'r2', 'p3', 'r3']) {
      const { id: articleId, view } = await clean(db, service, report(id));
      lastId = articleId;
      expect((await getArticle(db, articleId))?.storyId, id).toBe(page);
      expect(headlines(view), id).toEqual(expect.arrayContaining(cards.map((c) => c.headline)));
    }
    // The premise: the index did split the story, with the RAV4 card in the half that left.
    const { index } = StoryAttacher.fromJSON(await getKv(db, 'coverage/story-index'));
    const [prius, rav4] = cards.map((c) => index.storyOf(itemDoc(page, c, seenAt).id));
    expect(rav4).not.toBe(prius);
    expect(index.storyOf(articleDocId(lastId))).toBe(rav4);
  });
});
