import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../cli/dom';
import { readAggregator } from '../../../lib/coverage/aggregator';
import { groupWireCopies } from '../../../lib/coverage/wire-copies';
import type { Dateline } from '../../../lib/types';

const fixtures = resolve(import.meta.dirname, '../../fixtures');

interface Expected {
  url: string;
  now: string;
  story: { title: string; articleCount: number | null };
  outlets: Array<{
    outlet: string;
    headline: string;
    url: string;
    dateline: Dateline | null;
    time: string | null;
  }>;
  wireGroups: Array<{ agency: string; outlets: string[] }>;
  notOutlets: string[];
}

const pages = (prefix: RegExp) =>
  readdirSync(fixtures)
    .filter((f) => f.endsWith('.html') && prefix.test(f))
    .map((f) => f.slice(0, -5))
    .sort();

const html = (name: string) => readFileSync(resolve(fixtures, `${name}.html`), 'utf8');
const expected = <T>(name: string): T =>
  JSON.parse(readFileSync(resolve(fixtures, 'expected', `${name}.json`), 'utf8'));

describe('readAggregator on the aggregator fixtures', () => {
  const names = pages(/^aggregator-/);
  it('has the six aggregator layouts', () => {
    expect(names.length).toBeGreaterThanOrEqual(6);
  });

  for (const name of names) {
    describe(name, () => {
      const want = expected<Expected>(name);
      const read = () => readAggregator(parseHtml(html(name), want.url), want);

      it('names the story and its article count', () => {
        expect(read().story).toEqual(want.story);
      });

      it('lists every outlet in page order with headline, link, dateline and time', () => {
        const got = read().outlets.map(({ outlet, headline, url, dateline, time }) => ({
          outlet,
          headline,
          url,
          dateline,
          time,
        }));
        expect(got).toEqual(want.outlets);
      });

      it('takes nothing from bias, factuality, upsell, sponsor, timeline or social boxes', () => {
        const page = html(name);
        for (const text of want.notOutlets) expect(page).toContain(text);
        const outlets = read().outlets;
        const leaks = want.notOutlets.filter((text) =>
          outlets.some((o) => o.outlet.includes(text) || o.headline.includes(text)),
        );
        expect(leaks).toEqual([]);
      });

      it('groups the wire copies it lists under their agency', () => {
        const outlets = read().outlets;
        const { wire, original } = groupWireCopies(
          outlets.map((o, i) => ({
            id: String(i),
            outlet: o.outlet,
            text: o.snippet || o.headline,
            dateline: o.dateline,
            published: o.time,
          })),
        );
        const name = (id: string) => outlets[Number(id)]?.outlet;
        expect(wire.map((w) => ({ agency: w.agency, outlets: w.members.map(name) }))).toEqual(
          want.wireGroups,
        );
        const grouped = new Set(want.wireGroups.flatMap((g) => g.outlets));
        expect(original.map(name)).toEqual(
          outlets.map((o) => o.outlet).filter((o) => !grouped.has(o)),
        );
      });
    });
  }

  it('notes what an outlet inserted into the wire text', () => {
    const want = expected<Expected>('aggregator-card-grid');
    const { outlets } = readAggregator(parseHtml(html('aggregator-card-grid'), want.url), want);
    const { wire } = groupWireCopies(
      outlets.map((o) => ({
        id: o.outlet,
        outlet: o.outlet,
        text: o.snippet,
        dateline: o.dateline,
      })),
    );
    const reuters = wire.find((w) => w.agency === 'Reuters');
    expect(reuters?.additions).toEqual({
      'Investing.com': [
        'Futures markets had fully priced in the pause ahead of the decision, and Treasury yields rose after the statement.',
      ],
    });
  });

  it('does not change the page it reads', () => {
    const want = expected<Expected>('aggregator-seed-ground');
    const doc = parseHtml(html('aggregator-seed-ground'), want.url);
    const before = doc.documentElement.outerHTML;
    readAggregator(doc, want);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('readAggregator on pages that are not aggregators', () => {
  for (const name of pages(/^(farm|news|page)-/)) {
    it(`${name} lists no outlets`, () => {
      const { url } = expected<{ url: string }>(name);
      const reading = readAggregator(parseHtml(html(name), url), {
        url,
        now: '2024-06-01T00:00:00Z',
      });
      expect(reading.outlets).toEqual([]);
    });
  }
});
