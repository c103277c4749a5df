import { describe, expect, it } from 'vitest';
import { parseDateline } from '../../../lib/dateline/index';
import type { CoverageRow } from '../../../lib/messages';
import { type Report, shapeCoverage } from '../../../lib/worker/coverage-view';

// The popup's coverage list: one row per report or per wire story, earliest first, with what
// each outlet added to the agency's copy.

const reutersCopy =
  "NEW YORK, Sept 18 (Reuters) - U.S. Secretary of State Antony Blinken met with Chinese Vice President Han Zheng on Monday on the sidelines of the United Nations General Assembly, the latest in a series of meetings aimed at reducing tensions between the world's two largest economies. In a statement after the meeting, the U.S. State Department said the talks involved a candid and constructive discussion.";
const apCopy =
  'NEW YORK (AP) — Secretary of State Antony Blinken met Monday with China’s vice president on the sidelines of the U.N. General Assembly as the Biden administration and Beijing step up high-level contacts ahead of what could be a leader-level summit this fall. Blinken and Vice President Han Zheng held talks Monday at the Chinese mission to the United Nations.';

function report(id: string, outlet: string, text: string, time: string | null, extra = {}): Report {
  const url = `https://${id}.example/story`;
  return {
    id,
    outlet,
    headline: `${outlet} headline`,
    url,
    keys: [url],
    dateline: parseDateline(text, { publishedAt: '2023-09-18T16:00:00Z' }),
    time,
    text,
    self: false,
    ...extra,
  };
}

const at = (h: number) => new Date(Date.UTC(2023, 8, 18, h)).toISOString();

const label = (row: CoverageRow) =>
  row.kind === 'wire'
    ? `${row.agency}: ${row.members.map((m) => m.outlet).join(', ')}`
    : row.entry.outlet;

describe('shapeCoverage', () => {
  const reports = [
    report('fox', 'Fox News', 'Republican lawmakers warned the administration on Monday.', at(20)),
    report('usn', 'U.S. News', reutersCopy, at(16)),
    report(
      'mm',
      'Malay Mail',
      reutersCopy
        .replace('Sept 18 (Reuters) -', 'Sept 19 ―')
        .replace(
          'economies. In a statement',
          'economies. Malaysia’s foreign minister is due to meet Blinken later this week. In a statement',
        ),
      at(19),
    ),
    report('rt', 'Reuters', reutersCopy, at(15)),
    report('local', 'Local Paper', 'A local angle on the talks between the two sides.', null),
    report('bb', 'Bloomberg', 'Blinken held talks with Han in New York on Monday.', at(17)),
    report('abc', 'ABC News', apCopy.replace('(AP) —', '--'), at(18)),
    report('farm', 'Wealth Evolution Experts', apCopy, at(14), { self: true }),
  ];

  it('lists reports and wire stories earliest first, undated last', () => {
    const view = shapeCoverage(reports, { storyId: 's1', title: 'Blinken meets Han' });
    expect(view.storyId).toBe('s1');
    expect(view.title).toBe('Blinken meets Han');
    expect(view.rows.map(label)).toEqual([
      'Associated Press: Wealth Evolution Experts, ABC News',
      'Reuters: Reuters, U.S. News, Malay Mail',
      'Bloomberg',
      'Fox News',
      'Local Paper',
    ]);
  });

  it('dates a wire story by its earliest member and keeps each member’s dateline', () => {
    const [, reuters] = shapeCoverage(reports, { storyId: null, title: null }).rows;
    expect(reuters).toMatchObject({ kind: 'wire', agency: 'Reuters', time: at(15) });
    if (reuters?.kind !== 'wire') throw new Error('expected a wire row');
    expect(reuters.members.map((m) => m.dateline?.place)).toEqual([
      'NEW YORK',
      'NEW YORK',
      'NEW YORK',
    ]);
  });

  it('notes what an outlet added to the copy it ran, and only for that outlet', () => {
    const rows = shapeCoverage(reports, { storyId: null, title: null }).rows;
    const members = rows.flatMap((r) => (r.kind === 'wire' ? r.members : []));
    const added = Object.fromEntries(members.map((m) => [m.outlet, m.additions]));
    expect(added['Malay Mail']).toEqual([
      'Malaysia’s foreign minister is due to meet Blinken later this week.',
    ]);
    expect(added.Reuters).toEqual([]);
    expect(added['U.S. News']).toEqual([]);
  });

  it('leaves out the page itself unless it ran a wire story with others', () => {
    const alone = shapeCoverage(
      reports.filter((r) => r.id !== 'abc'),
      { storyId: null, title: null },
    );
    expect(alone.rows.map(label)).not.toContain('Wealth Evolution Experts');
    expect(
      alone.rows.flatMap((r) => (r.kind === 'wire' ? r.members : [r.entry])).some((e) => e.self),
    ).toBe(false);
  });

  it('shows a page listed by an aggregator and also cleaned by the reader once', () => {
    const card = report('rt', 'Reuters', reutersCopy.slice(0, 200), at(15), { id: 'card-rt' });
    const cached = report('rt', 'Reuters', reutersCopy, null, {
      id: 'https://rt.example/story',
      keys: ['https://rt.example/story', 'https://rt.example/amp/story'],
    });
    const view = shapeCoverage([card, cached, reports[0] as Report], {
      storyId: null,
      title: null,
    });
    expect(view.rows.map(label)).toEqual(['Reuters', 'Fox News']);
    expect(view.rows[0]).toMatchObject({ kind: 'report', entry: { time: at(15) } });
  });

  it('gives an empty list when nothing else covers the story', () => {
    const self = reports.find((r) => r.self) as Report;
    expect(shapeCoverage([self], { storyId: null, title: null }).rows).toEqual([]);
  });
});
