import { describe, expect, it } from 'vitest';
import { getArticle, saveArticle } from '../../../lib/db/articles';
import {
  coverageForStory,
  saveCoverage,
  setArticleStory,
  storyForUrl,
} from '../../../lib/db/coverage';
import { deleteKv, getKv, setKv } from '../../../lib/db/kv';
import type { CoverageItem } from '../../../lib/types';
import { freshDb, makeArticle, otherArticle, T } from './helpers';

const item = (outlet: string, url: string | null, extra: Partial<CoverageItem> = {}) => ({
  outlet,
  headline: `${outlet} on the Fed taper`,
  url,
  dateline: null,
  snippet: `What ${outlet} wrote.`,
  time: null,
  ...extra,
});

const PAGE = 'https://aggregator.example/story/fed-taper?ref=home';

describe('coverage', () => {
  it('keeps a story and its outlets; a revisit updates instead of duplicating', async () => {
    const db = freshDb();
    const items = [
      item('Reuters', 'https://reuters.example/fed', { time: '2014-03-10T16:00:00Z' }),
      item('Mint', 'https://mint.example/fed', { time: '2014-03-10T15:00:00Z' }),
      item('Local Paper', null),
    ];
    const id = await saveCoverage(db, 'Fed taper debate', items, { pageUrl: PAGE, now: T(1) });
    const first = await coverageForStory(db, id);
    expect(first.map((c) => c.outlet)).toEqual(['Mint', 'Reuters', 'Local Paper']);
    expect(first[0]).toMatchObject({ storyId: id, seenAt: T(1), seenOn: PAGE });

    const again = [
      item('Reuters', 'https://reuters.example/fed', { snippet: 'Updated snippet.' }),
      item('AP', 'https://ap.example/fed'),
    ];
    const sameId = await saveCoverage(db, 'Fed taper debate', again, {
      pageUrl: `${PAGE}#comments`,
      now: T(2),
    });
    expect(sameId).toBe(id);
    const second = await coverageForStory(db, id);
    expect(second).toHaveLength(4);
    expect(second.find((c) => c.outlet === 'Reuters')).toMatchObject({
      snippet: 'Updated snippet.',
      seenAt: T(2),
    });
    expect(await db.stories.count()).toBe(1);
  });

  it('a different aggregator page listing the same report joins the same story', async () => {
    const db = freshDb();
    const one = await saveCoverage(db, 'Fed', [item('Reuters', 'https://reuters.example/fed')], {
      pageUrl: PAGE,
      now: T(1),
    });
    const two = await saveCoverage(
      db,
      'Fed taper',
      [
        item('Reuters', 'https://reuters.example/fed?utm_source=x'),
        item('AP', 'https://ap.example/f'),
      ],
      { pageUrl: 'https://other-aggregator.example/s/9', now: T(2) },
    );
    expect(two).toBe(one);
    const unrelated = await saveCoverage(db, 'Eclipse', [item('BBC', 'https://bbc.example/e')], {
      pageUrl: 'https://aggregator.example/story/eclipse',
      now: T(3),
    });
    expect(unrelated).not.toBe(one);
  });

  it('finds the story of a URL, and links stored articles to it either way round', async () => {
    const db = freshDb();
    const before = makeArticle({ url: 'https://reuters.example/fed' });
    await saveArticle(db, before, { now: T(1) });
    const id = await saveCoverage(
      db,
      'Fed taper debate',
      [item('Reuters', before.url), item('Mint', 'https://mint.example/fed')],
      { pageUrl: PAGE, now: T(2) },
    );
    expect((await getArticle(db, before.url))?.storyId).toBe(id);
    const after = otherArticle(3, { url: 'https://mint.example/fed' });
    await saveArticle(db, after, { now: T(3) });
    expect((await getArticle(db, after.url))?.storyId).toBe(id);

    expect(await storyForUrl(db, 'https://mint.example/fed#x')).toMatchObject({
      id,
      title: 'Fed taper debate',
      createdAt: T(2),
    });
    expect(await storyForUrl(db, 'https://nowhere.example/')).toBeNull();
  });

  it('sets or clears an article story by hand', async () => {
    const db = freshDb();
    const { id } = await saveArticle(db, makeArticle(), { now: T(1) });
    expect(await setArticleStory(db, id, 'story:manual')).toBe(true);
    expect((await getArticle(db, id))?.storyId).toBe('story:manual');
    expect(await setArticleStory(db, id, null)).toBe(true);
    expect((await getArticle(db, id))?.storyId).toBeNull();
    expect(await setArticleStory(db, 'https://nowhere.example/', 'x')).toBe(false);
  });
});

describe('kv', () => {
  it('stores plain values for the worker and guards the cache own keys', async () => {
    const db = freshDb();
    expect(await getKv(db, 'worker/index')).toBeUndefined();
    await setKv(db, 'worker/index', { terms: ['fed'], n: 1 });
    expect(await getKv(db, 'worker/index')).toEqual({ terms: ['fed'], n: 1 });
    await deleteKv(db, 'worker/index');
    expect(await getKv(db, 'worker/index')).toBeUndefined();
    await expect(setKv(db, 'search/meta', {})).rejects.toThrow(/reserved/);
    await expect(setKv(db, 'lede/usage', {})).rejects.toThrow(/reserved/);
  });
});
