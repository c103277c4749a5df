import { describe, expect, it } from 'vitest';
import { groupWireCopies, type WireItem } from '../../../lib/coverage/wire-copies';
import { parseDateline } from '../../../lib/dateline/index';

const item = (id: string, outlet: string, text: string, published?: string): WireItem => ({
  id,
  outlet,
  text,
  dateline: parseDateline(text, { publishedAt: '2023-09-18T16:00:00Z' }),
  published,
});

const reuters =
  "NEW YORK, Sept 18 (Reuters) - U.S. Secretary of State Antony Blinken met with Chinese Vice President Han Zheng on Monday on the sidelines of the United Nations General Assembly, the latest in a series of meetings aimed at reducing tensions between the world's two largest economies. In a statement after the meeting, the U.S. State Department said the talks involved a candid and constructive discussion.";

describe('groupWireCopies', () => {
  it('groups outlets printing the same agency text, small edits and all, under the agency', () => {
    const { wire, original } = groupWireCopies([
      item(
        'st',
        'The Straits Times',
        reuters
          .replace('Reuters) - U.S.', 'Reuters) - US')
          .replace('on Monday', 'on Monday (September 18)')
          .slice(29),
      ),
      item('rt', 'Reuters', reuters),
      item(
        'mm',
        'Malay Mail',
        reuters.replace('Sept 18 (Reuters) -', 'Sept 19 ―').replace('on Monday', 'yesterday'),
      ),
    ]);
    expect(wire).toEqual([{ agency: 'Reuters', members: ['st', 'rt', 'mm'], additions: {} }]);
    expect(original).toEqual([]);
  });

  it('keeps original reports apart even when they share the story and its names', () => {
    const { wire, original } = groupWireCopies([
      item('rt', 'Reuters', reuters),
      item(
        'bb',
        'Bloomberg',
        'Secretary of State Antony Blinken held talks with Chinese Vice President Han Zheng in New York, the latest in a flurry of high-level contacts as Washington and Beijing explore whether President Xi Jinping will travel to San Francisco.',
      ),
      item(
        'fx',
        'Fox News',
        "Secretary of State Antony Blinken met Chinese Vice President Han Zheng in New York on Monday, as Republican lawmakers warned that the administration's push for more talks should not come at the expense of confronting Beijing.",
      ),
    ]);
    expect(wire).toEqual([]);
    expect(original).toEqual(['rt', 'bb', 'fx']);
  });

  it('notes the sentences an outlet inserted into the wire text', () => {
    const inserted = reuters.replace(
      'economies. In a statement',
      'economies. Singapore’s foreign minister is due to meet Blinken later this week. In a statement',
    );
    const { wire } = groupWireCopies([
      item('rt', 'Reuters', reuters),
      item('st', 'The Straits Times', inserted),
    ]);
    expect(wire[0]?.additions).toEqual({
      st: ['Singapore’s foreign minister is due to meet Blinken later this week.'],
    });
  });

  it('does not take a longer snippet for an addition: the others were cut shorter', () => {
    const short = reuters.slice(0, reuters.indexOf(' In a statement'));
    const { wire } = groupWireCopies([
      item('yh', 'Yahoo News', short),
      item('rt', 'Reuters', reuters),
    ]);
    expect(wire[0]?.members).toEqual(['yh', 'rt']);
    expect(wire[0]?.additions).toEqual({});
  });

  it('names the earliest outlet when no copy carries an agency dateline', () => {
    const text =
      'The city council voted on Tuesday night to close two branch libraries and cut opening hours at the central library, citing a budget gap of $4 million.';
    const { wire } = groupWireCopies([
      item(
        'b',
        'Springfield Herald',
        text.replace('Tuesday night', 'Tuesday'),
        '2024-03-06T09:00:00Z',
      ),
      item('a', 'Springfield Daily', text, '2024-03-05T23:00:00Z'),
    ]);
    expect(wire).toEqual([{ agency: 'Springfield Daily', members: ['b', 'a'], additions: {} }]);
  });

  it('counts one outlet printing another agency’s dateline as wire copy, not its own report', () => {
    const afp =
      'WASHINGTON, Jan. 5 (AFP) – The US economy added 216,000 jobs in December, official data showed Friday, comfortably beating expectations.';
    const { wire, original } = groupWireCopies([
      item('f24', 'France 24', afp),
      item('rt', 'Reuters', reuters),
    ]);
    expect(wire).toEqual([{ agency: 'Agence France-Presse', members: ['f24'], additions: {} }]);
    expect(original).toEqual(['rt']);
  });
});
