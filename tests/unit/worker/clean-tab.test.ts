import { describe, expect, it, vi } from 'vitest';
import type { ContentResult } from '../../../lib/messages';
import type { Article } from '../../../lib/types';
import { type CleanTabDeps, cleanTab, injectionRefusal } from '../../../lib/worker/clean-tab';

const article: Article = {
  url: 'https://farm.example/a',
  canonicalUrl: 'https://farm.example/a',
  title: 'Blinken meets Chinese VP',
  byline: null,
  siteName: 'Farm',
  lang: 'en',
  publishedAt: null,
  leadImage: null,
  excerpt: null,
  html: '<p>text</p>',
  text: 'text',
  wordCount: 400,
  readingMinutes: 2,
  dateline: null,
  removed: [{ kind: 'reactions', text: 'veryGood! (84224)' }],
  extractedAt: '2026-01-01T00:00:00.000Z',
};

function deps(overrides: Partial<CleanTabDeps> = {}, result?: Partial<ContentResult>) {
  return {
    getTab: vi.fn(async () => ({ url: 'https://farm.example/a', incognito: false })),
    runContentScript: vi.fn(async () => ({
      article,
      reason: null,
      coverage: null,
      hidden: 3,
      ...result,
    })),
    saveArticle: vi.fn(async () => ({ id: 'https://farm.example/a', evicted: [] })),
    saveCoverage: vi.fn(async () => {}),
    ...overrides,
  } satisfies CleanTabDeps;
}

describe('cleanTab', () => {
  it('cleans, saves and summarizes the article', async () => {
    const d = deps();
    const res = await cleanTab(1, d);
    expect(res).toMatchObject({
      ok: true,
      saved: true,
      hidden: 3,
      article: { title: article.title, wordCount: 400 },
    });
    expect(d.saveArticle).toHaveBeenCalledWith(article);
  });

  it('refuses browser pages without injecting anything', async () => {
    const d = deps({ getTab: async () => ({ url: 'chrome://settings', incognito: false }) });
    const res = await cleanTab(1, d);
    expect(res).toMatchObject({ ok: false, reason: 'browser-page' });
    expect(d.runContentScript).not.toHaveBeenCalled();
  });

  it('writes nothing from a private window but still shows the article', async () => {
    const d = deps({ getTab: async () => ({ url: 'https://farm.example/a', incognito: true }) });
    const res = await cleanTab(1, d);
    expect(res).toMatchObject({ ok: true, saved: false });
    expect(d.saveArticle).not.toHaveBeenCalled();
    expect(d.saveCoverage).not.toHaveBeenCalled();
  });

  it('tells the reader when saving failed, without losing the cleaned article', async () => {
    const d = deps({
      saveArticle: async () => {
        throw new Error('The cache is full of pinned articles.');
      },
    });
    const res = await cleanTab(1, d);
    expect(res).toMatchObject({
      ok: true,
      saved: false,
      saveError: 'The cache is full of pinned articles.',
    });
    if (res.ok) expect(res.article?.title).toBe(article.title);
  });

  it('explains a page the browser would not let it read', async () => {
    const d = deps({
      runContentScript: async () => {
        throw new Error(
          'Cannot access contents of the page. Extension manifest must request permission',
        );
      },
    });
    expect(await cleanTab(1, d)).toMatchObject({ ok: false, reason: 'no-access' });
  });

  it('reports a page with no article', async () => {
    const d = deps({}, { article: null, reason: 'not-article' });
    expect(await cleanTab(1, d)).toMatchObject({ ok: false, reason: 'not-article' });
  });

  it('keeps coverage from an aggregator page even when it is not an article', async () => {
    const coverage = { story: { title: 'Story', articleCount: 3 }, outlets: [] };
    const d = deps({}, { article: null, reason: 'not-article', coverage });
    expect(await cleanTab(1, d)).toMatchObject({ ok: true, article: null, coverage });
    expect(d.saveCoverage).toHaveBeenCalledWith(coverage, 'https://farm.example/a');
  });

  it("still lists an aggregator page's coverage when keeping it fails, and says why", async () => {
    const coverage = { story: { title: 'Story', articleCount: 3 }, outlets: [] };
    const d = deps(
      {
        saveCoverage: vi.fn(async () => {
          throw new Error("Storage is full, so this page's coverage was not kept for later.");
        }),
      },
      { article: null, reason: 'not-article', coverage },
    );
    const coverageFor = vi.fn(async () => null);
    const res = await cleanTab(1, { ...d, coverageFor });
    expect(res).toMatchObject({ ok: true, coverage, saveError: expect.stringMatching(/full/) });
    // Listed from the page's own cards, as in a private window: nothing is claimed as kept.
    expect(coverageFor).toHaveBeenCalledWith(expect.objectContaining({ storyId: null }));
  });
});

describe('injectionRefusal', () => {
  it.each([
    ['Error: Cannot access a chrome:// URL', 'browser-page'],
    ['Error: The extensions gallery cannot be scripted.', 'store-page'],
    [
      'Error: Cannot access contents of url "file:///home/a.html". Extension manifest must request permission',
      'local-file',
    ],
    ['Error: Missing host permission for the tab', 'browser-page'],
    [
      'Error: Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
      'no-access',
    ],
    ['Error: Frame with ID 0 was removed.', 'failed'],
  ] as const)('%s -> %s', (message, reason) => {
    expect(injectionRefusal(message)).toBe(reason);
  });

  it('asks the browser when the tab hides its URL, and names the page kind from its refusal', async () => {
    const d = deps({
      getTab: async () => ({ incognito: false }),
      runContentScript: async () => {
        throw new Error('Cannot access a chrome:// URL');
      },
    });
    expect(await cleanTab(1, d)).toMatchObject({ ok: false, reason: 'browser-page' });
  });
});
