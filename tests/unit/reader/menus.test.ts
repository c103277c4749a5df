import { describe, expect, it, vi } from 'vitest';
import { defaultExportOptions } from '../../../lib/markdown/options';
import type { CleanResponse } from '../../../lib/messages';
import type { Article } from '../../../lib/types';
import { actionOf, type CommandDeps, runCommand } from '../../../lib/worker/menus';
import { makeArticle } from '../markdown/helpers';

const article = makeArticle();
const tab = { id: 7, url: article.url, windowId: 1 };
const cleaned: CleanResponse = {
  ok: true,
  article: {
    id: article.canonicalUrl,
    url: article.url,
    title: article.title,
    siteName: article.siteName,
    byline: article.byline,
    wordCount: 6,
    readingMinutes: 1,
    publishedAt: article.publishedAt,
    dateline: null,
    removed: [],
  },
  saved: true,
  saveError: null,
  hidden: 0,
  coverage: null,
  coverageView: null,
  evicted: [],
};

function deps(cache: Map<string, Article>, overrides: Partial<CommandDeps> = {}) {
  const order: string[] = [];
  const d = {
    openReader: vi.fn(async () => {
      order.push('open');
    }),
    cachedArticle: vi.fn(async (key: string) => {
      order.push('cache');
      return cache.get(key) ?? null;
    }),
    cleanTab: vi.fn(async () => {
      order.push('clean');
      cache.set(article.url, article);
      cache.set(article.canonicalUrl, article);
      return { response: cleaned, article };
    }),
    noteRequest: vi.fn(async (a: Article) => ({
      article: a,
      savedAt: a.extractedAt,
      coverage: [],
      options: defaultExportOptions,
    })),
    toMarkdown: vi.fn(async () => ({ fileName: 'note.md', markdown: '# Note\n' })),
    download: vi.fn(async () => 1),
    flag: vi.fn(async () => {}),
    ...overrides,
  } satisfies CommandDeps;
  return { d, order };
}

describe('actionOf', () => {
  it('maps the manifest commands and the menu items, and nothing else', () => {
    expect(actionOf('open-reader')).toBe('read');
    expect(actionOf('lede-read')).toBe('read');
    expect(actionOf('export-markdown')).toBe('export');
    expect(actionOf('lede-export')).toBe('export');
    expect(actionOf('toString')).toBeNull();
    expect(actionOf('_execute_action')).toBeNull();
  });
});

describe('runCommand: read', () => {
  it('opens the panel before awaiting anything (the gesture only lasts one turn)', () => {
    const { d, order } = deps(new Map());
    void runCommand('open-reader', tab, d);
    // Still inside the listener's turn: nothing has been awaited yet, and the panel came first.
    expect(d.openReader).toHaveBeenCalledWith(tab);
    expect(order[0]).toBe('open');
  });

  it('cleans a tab that was not cleaned yet, and leaves a cached one alone', async () => {
    const fresh = deps(new Map());
    await runCommand('lede-read', tab, fresh.d);
    expect(fresh.order).toEqual(['open', 'cache', 'clean', 'cache']);
    expect(fresh.d.flag).toHaveBeenCalledWith(7, null);

    const known = deps(new Map([[article.url, article]]));
    await runCommand('open-reader', tab, known.d);
    expect(known.d.cleanTab).not.toHaveBeenCalled();
  });

  it('flags the tab with the reason when the page holds no article', async () => {
    const refused: CleanResponse = {
      ok: false,
      reason: 'not-article',
      message: 'No article found.',
    };
    const { d } = deps(new Map(), {
      cleanTab: vi.fn(async () => ({ response: refused, article: null })),
    });
    await runCommand('open-reader', tab, d);
    expect(d.flag).toHaveBeenCalledWith(7, 'No article found.');
  });
});

describe('runCommand: export', () => {
  it('cleans first, converts in the tab and downloads the note', async () => {
    const { d, order } = deps(new Map());
    await runCommand('export-markdown', tab, d);
    expect(order).toEqual(['cache', 'clean', 'cache']);
    expect(d.openReader).not.toHaveBeenCalled();
    expect(d.toMarkdown).toHaveBeenCalledWith(7, expect.objectContaining({ article }));
    expect(d.download).toHaveBeenCalledWith({ fileName: 'note.md', markdown: '# Note\n' });
    expect(d.flag).toHaveBeenCalledWith(7, null);
  });

  it('re-cleans when the cached page has been reloaded and no content script listens', async () => {
    const toMarkdown = vi
      .fn()
      .mockRejectedValueOnce(new Error('Could not establish connection'))
      .mockResolvedValueOnce({ fileName: 'note.md', markdown: '# Note\n' });
    const { d } = deps(new Map([[article.url, article]]), { toMarkdown });
    await runCommand('lede-export', tab, d);
    expect(d.cleanTab).toHaveBeenCalledTimes(1);
    expect(toMarkdown).toHaveBeenCalledTimes(2);
    expect(d.download).toHaveBeenCalledTimes(1);
  });

  it('uses the article as read when nothing was kept (a private window)', async () => {
    const { d } = deps(new Map(), {
      cleanTab: vi.fn(async () => ({ response: { ...cleaned, saved: false }, article })),
    });
    await runCommand('export-markdown', tab, d);
    expect(d.noteRequest).toHaveBeenCalledWith(article);
    expect(d.download).toHaveBeenCalled();
  });

  it('never throws: a failed download is shown on the tab', async () => {
    const { d } = deps(new Map([[article.url, article]]), {
      download: vi.fn(async () => {
        throw new Error('Download blocked');
      }),
    });
    await expect(runCommand('export-markdown', tab, d)).resolves.toBeUndefined();
    expect(d.flag).toHaveBeenCalledWith(7, 'Download blocked');
  });

  it('ignores unknown commands, and exports nothing without a tab', async () => {
    const { d } = deps(new Map());
    await runCommand('export-markdown', { url: article.url }, d);
    await runCommand('something-else', tab, d);
    expect(d.cachedArticle).not.toHaveBeenCalled();
    // Without a tab the reader still opens (for the window's active tab); nothing is cleaned.
    await runCommand('open-reader', {}, d);
    expect(d.openReader).toHaveBeenCalledWith({});
    expect(d.cleanTab).not.toHaveBeenCalled();
  });
});
