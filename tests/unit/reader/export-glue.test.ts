import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadExportOptions, noteRequest, saveExportOptions } from '../../../lib/browser/export';
import { getArticle, saveArticle } from '../../../lib/db/articles';
import { saveCoverage } from '../../../lib/db/coverage';
import { defaultExportOptions } from '../../../lib/markdown/options';
import { exportNote } from '../../../lib/reader/export-note';
import type { CoverageItem } from '../../../lib/types';
import { freshDb } from '../db/helpers';
import { makeArticle } from '../markdown/helpers';

const now = '2026-03-01T12:00:00.000Z';
const item = (outlet: string, url: string): CoverageItem => ({
  outlet,
  headline: `${outlet}: storm reaches the coast`,
  url,
  dateline: null,
  snippet: '',
  time: null,
});

describe('the export glue every page and the worker share', () => {
  it('reads the options page choices, falling back field by field', async () => {
    fakeBrowser.reset();
    expect(await loadExportOptions()).toEqual(defaultExportOptions);
    await saveExportOptions({
      ...defaultExportOptions,
      template: '{host} {title}',
      frontMatter: false,
    });
    expect(await loadExportOptions()).toMatchObject({
      template: '{host} {title}',
      frontMatter: false,
    });
    await fakeBrowser.storage.sync.set({ exportOptions: { linkStyle: 'sideways', template: 7 } });
    expect(await loadExportOptions()).toEqual(defaultExportOptions);
  });

  it('adds the other outlets the cache knows for the story, and the cache time as `saved`', async () => {
    fakeBrowser.reset();
    const db = freshDb();
    const article = makeArticle();
    await saveCoverage(
      db,
      'Storm reaches the coast',
      [
        item('News Example', article.canonicalUrl),
        item('Wire Daily', 'https://wire.example/storm'),
        item('Coast Times', 'https://coast.example/s'),
      ],
      { pageUrl: 'https://aggregator.example/story/1', now },
    );
    await saveArticle(db, article, { now });
    const stored = await getArticle(db, article.url);
    if (!stored) throw new Error('not stored');

    const request = await noteRequest(db, stored);
    expect(request.savedAt).toBe(now);
    expect(request.coverage.map((c) => c.outlet).sort()).toEqual(['Coast Times', 'Wire Daily']);
    const { markdown } = exportNote(request);
    expect(markdown).toContain('  - outlet: "Wire Daily"');
    expect(markdown).toContain('saved: "2026-03-01T12:00:00.000Z"');
  });

  it('exports an article with no story without a coverage list', async () => {
    fakeBrowser.reset();
    const db = freshDb();
    const request = await noteRequest(db, makeArticle());
    expect(request.coverage).toEqual([]);
    expect(exportNote(request).markdown).not.toContain('coverage:');
  });
});
