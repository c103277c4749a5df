import { describe, expect, it, vi } from 'vitest';
import type { CoverageView } from '../../../lib/messages';
import type { AggregatorReading } from '../../../lib/types';
import { type CleanTabDeps, cleanTab } from '../../../lib/worker/clean-tab';
import { makeArticle } from '../db/helpers';

// The toolbar click hands the coverage step what it cleaned and kept; coverage is extra, so its
// failure never costs the reader the cleaned article.

const article = makeArticle({ url: 'https://farm.example/a' });
const reading: AggregatorReading = {
  story: { title: 'Fed taper debate', articleCount: 3 },
  outlets: [],
};
const view: CoverageView = { storyId: 'story:1', title: null, rows: [] };

function deps(overrides: Partial<CleanTabDeps> = {}, content = {}) {
  return {
    getTab: async () => ({ url: 'https://farm.example/a', incognito: false }),
    runContentScript: async () => ({
      article,
      reason: null,
      coverage: null,
      hidden: 0,
      ...content,
    }),
    saveArticle: async () => ({ id: 'https://farm.example/a', evicted: [] }),
    saveCoverage: vi.fn(async () => 'story:agg'),
    coverageFor: vi.fn(async () => view),
    ...overrides,
  } satisfies CleanTabDeps;
}

describe('cleanTab and coverage', () => {
  it('asks for the kept article’s coverage and sends it to the popup', async () => {
    const d = deps();
    expect(await cleanTab(1, d)).toMatchObject({ ok: true, coverageView: view });
    expect(d.coverageFor).toHaveBeenCalledWith({
      article,
      articleId: 'https://farm.example/a',
      reading: null,
      storyId: null,
      save: true,
    });
  });

  it('passes an aggregator page’s story id on', async () => {
    const d = deps({}, { article: null, reason: 'not-article', coverage: reading });
    await cleanTab(1, d);
    expect(d.coverageFor).toHaveBeenCalledWith(
      expect.objectContaining({ article: null, reading, storyId: 'story:agg', save: true }),
    );
  });

  it('asks a private window for coverage without keeping anything', async () => {
    const d = deps({ getTab: async () => ({ url: 'https://farm.example/a', incognito: true }) });
    await cleanTab(1, d);
    expect(d.coverageFor).toHaveBeenCalledWith(
      expect.objectContaining({ articleId: null, save: false }),
    );
  });

  it('still shows the article when listing coverage fails', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const d = deps({
      coverageFor: async () => {
        throw new Error('index damaged');
      },
    });
    const res = await cleanTab(1, d);
    expect(res).toMatchObject({ ok: true, saved: true, coverageView: null });
    if (res.ok) expect(res.article?.title).toBe(article.title);
    warn.mockRestore();
  });
});
