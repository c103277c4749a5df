// @vitest-environment jsdom
// What the reader sees when a newer Lede takes the cache over while one of its pages is open.

import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { PopupView } from '../../../components/PopupView';
import { UpgradeNotice } from '../../../components/UpgradeNotice';
import { LedeDB, STORES_V2 } from '../../../lib/db/schema';
import { CacheOutdatedError } from '../../../lib/db/upgrade-guard';
import { type CleanTabDeps, cleanTab } from '../../../lib/worker/clean-tab';
import { fakeIdb, freshDb, makeArticle } from './helpers';

class NextLedeDB extends LedeDB {
  constructor(name: string) {
    super(name, fakeIdb);
    this.version(3).stores({ ...STORES_V2, notes: 'id' });
  }
}

describe('the upgrade notice', () => {
  it('appears with a Reload button once a newer Lede upgrades the cache', async () => {
    const db = freshDb();
    await db.open();
    const root = document.createElement('div');
    act(() => render(<UpgradeNotice db={db} />, root));
    expect(root.textContent).toBe('');

    const next = new NextLedeDB(db.name);
    await act(async () => {
      await next.open();
    });
    expect(root.querySelector('[role="alert"]')?.textContent).toMatch(
      /Lede was updated while this page was open/,
    );
    expect(root.querySelector('button')?.textContent).toBe('Reload');
    next.close();
  });

  it('shows in the popup when the worker could not keep the article for that reason', async () => {
    const article = makeArticle();
    const deps: CleanTabDeps = {
      getTab: async () => ({ url: article.url, incognito: false }),
      runContentScript: async () => ({ article, reason: null, coverage: null, hidden: 0 }),
      saveArticle: async () => {
        throw new CacheOutdatedError();
      },
      saveCoverage: async () => null,
    };
    const result = await cleanTab(1, deps);
    const root = document.createElement('div');
    render(
      <PopupView
        result={result}
        clutterHidden
        onToggleClutter={() => {}}
        onRead={() => {}}
        onExport={() => {}}
        exportStatus=""
      />,
      root,
    );
    expect(root.textContent).toContain('Lede was updated while this page was open');
    // The cleaned article is still shown: only keeping it offline failed.
    expect(root.textContent).toContain(article.title);
  });
});
