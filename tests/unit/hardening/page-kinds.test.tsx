// @vitest-environment jsdom
// Pages that are not articles, or that Lede may not read: each gets its own message in the popup,
// decided from the URL before anything is injected where the URL tells (so the store needs no
// network), from the browser's refusal where the URL is hidden, and from the page itself
// otherwise. The tab is played by the pipeline on a saved page, as the content script runs it.

import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { parseHtml } from '../../../cli/dom';
import { PopupView } from '../../../components/PopupView';
import type { CleanResponse } from '../../../lib/messages';
import { type UnreadableReason, unreadableMessages } from '../../../lib/page-kind';
import { processDocument } from '../../../lib/pipeline';
import { type CleanTabDeps, cleanTab } from '../../../lib/worker/clean-tab';
import { fixtureHtml, readGolden } from '../fixtures/golden';

const now = '2026-01-01T00:00:00.000Z';

/** A tab at `url` whose content script runs the pipeline on `html` (or the browser refuses). */
function tab(url: string | undefined, page: string | { refusal: string }) {
  const runContentScript = vi.fn(async () => {
    if (typeof page !== 'string') throw new Error(page.refusal);
    const pageUrl = url ?? 'https://unknown.example/';
    const result = processDocument(parseHtml(page, pageUrl), { url: pageUrl, now });
    return {
      article: result.ok ? result.article : null,
      reason: result.ok ? null : result.reason,
      coverage: null,
      hidden: 0,
    };
  });
  const deps: CleanTabDeps = {
    getTab: async () => ({ url, incognito: false }),
    runContentScript,
    saveArticle: async (article) => ({ id: article.canonicalUrl, evicted: [] }),
    saveCoverage: async () => null,
  };
  return { deps, runContentScript };
}

const fixture = (name: string) => [readGolden(name).url, fixtureHtml(name)] as const;
const deep = `<html><body>${'<div>'.repeat(400)}<p>deep</p>${'</div>'.repeat(400)}</body></html>`;
const framed = `<html><body><header>Gazette</header><iframe src="https://partner.example/story" width="100%" height="2000"></iframe></body></html>`;

const cases: Array<[string, string | undefined, string | { refusal: string }, UnreadableReason]> = [
  ['search results', ...fixture('page-search-results'), 'not-article'],
  ['a home page', ...fixture('page-home'), 'not-article'],
  ['a login form', ...fixture('page-login'), 'not-article'],
  ['a PDF', 'https://news.example/report.pdf', '%PDF-1.4', 'pdf'],
  ['about:blank', 'about:blank', '', 'browser-page'],
  ['a file:// page', 'file:///home/reader/story.html', '', 'local-file'],
  ['chrome://settings', 'chrome://settings', '', 'browser-page'],
  [
    'the Chrome Web Store',
    'https://chromewebstore.google.com/detail/lede/abcdef',
    '',
    'store-page',
  ],
  [
    'an article in a frame from another site',
    'https://gazette.example/partner',
    framed,
    'in-frame',
  ],
  ['a page too large to clean', 'https://gazette.example/deep', deep, 'too-large'],
  // Without access the browser hides the URL: its refusal to inject names the page.
  [
    'about:blank, URL hidden',
    undefined,
    { refusal: 'Cannot access contents of url "about:blank".' },
    'browser-page',
  ],
  [
    'a file, URL hidden',
    undefined,
    {
      refusal:
        'Cannot access contents of url "file:///home/a.html". Extension manifest must request permission to access this host.',
    },
    'local-file',
  ],
  [
    'the store, URL hidden',
    undefined,
    { refusal: 'The extensions gallery cannot be scripted.' },
    'store-page',
  ],
];

function popupText(result: CleanResponse): { text: string; reason: string | null } {
  const root = document.createElement('div');
  render(
    <PopupView result={result} clutterHidden onToggleClutter={() => {}} onRead={() => {}} />,
    root,
  );
  const alert = root.querySelector('[role="alert"]');
  return { text: alert?.textContent ?? '', reason: alert?.getAttribute('data-reason') ?? null };
}

describe.each(cases)('%s', (_name, url, page, reason) => {
  it(`is refused as ${reason}, with that reason's message in the popup`, async () => {
    const { deps, runContentScript } = tab(url, page);
    const response = await cleanTab(7, deps);
    expect(response).toEqual({ ok: false, reason, message: unreadableMessages[reason] });
    expect(popupText(response)).toEqual({ text: unreadableMessages[reason], reason });
    // Known from the URL: nothing was injected (no network, no permission prompt).
    const fromUrl = url !== undefined && !['not-article', 'in-frame', 'too-large'].includes(reason);
    expect(runContentScript).toHaveBeenCalledTimes(fromUrl ? 0 : 1);
  });
});

it('gives every reason its own message', () => {
  const messages = Object.values(unreadableMessages);
  expect(new Set(messages).size).toBe(messages.length);
});
