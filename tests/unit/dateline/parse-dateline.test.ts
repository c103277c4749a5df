import { describe, expect, it } from 'vitest';
import { datelineSpan, parseDateline } from '../../../lib/dateline/index';
import type { Dateline } from '../../../lib/types';

// Every case is the opening of a real-looking first paragraph; the story text after the dash is
// kept so the tests see what the parser sees in an article.
const publishedAt = '2023-09-18T14:05:00Z';

type Row = [text: string, expected: Dateline];

const forms: Row[] = [
  [
    'NEW YORK (AP) — Secretary of State Antony Blinken met Monday',
    { place: 'NEW YORK', date: null, agency: 'Associated Press', raw: 'NEW YORK (AP)' },
  ],
  [
    'NEW YORK, Sept 18 (Reuters) - U.S. Secretary of State Antony Blinken',
    {
      place: 'NEW YORK',
      date: '2023-09-18',
      agency: 'Reuters',
      raw: 'NEW YORK, Sept 18 (Reuters)',
    },
  ],
  [
    'WASHINGTON, Sept. 15 (AFP) – The Pentagon said',
    {
      place: 'WASHINGTON',
      date: '2023-09-15',
      agency: 'Agence France-Presse',
      raw: 'WASHINGTON, Sept. 15 (AFP)',
    },
  ],
  [
    'BEIJING, Sept. 17 (Xinhua) -- China and the United States',
    { place: 'BEIJING', date: '2023-09-17', agency: 'Xinhua', raw: 'BEIJING, Sept. 17 (Xinhua)' },
  ],
  [
    'LONDON — Britain’s economy shrank',
    { place: 'LONDON', date: null, agency: null, raw: 'LONDON' },
  ],
  [
    'NEW YORK, Sept 19 ― US Secretary of State Antony Blinken',
    { place: 'NEW YORK', date: '2023-09-19', agency: null, raw: 'NEW YORK, Sept 19' },
  ],
  [
    'KANSAS CITY, Mo. (AP) — A man was charged',
    {
      place: 'KANSAS CITY, Mo.',
      date: null,
      agency: 'Associated Press',
      raw: 'KANSAS CITY, Mo. (AP)',
    },
  ],
  [
    'HONG KONG/SHANGHAI, Sept 3 (Reuters) - Chinese stocks',
    {
      place: 'HONG KONG/SHANGHAI',
      date: '2023-09-03',
      agency: 'Reuters',
      raw: 'HONG KONG/SHANGHAI, Sept 3 (Reuters)',
    },
  ],
  [
    'UNITED NATIONS (AP) — The U.N. chief',
    { place: 'UNITED NATIONS', date: null, agency: 'Associated Press', raw: 'UNITED NATIONS (AP)' },
  ],
  [
    'SAO PAULO/BRASILIA, Sept 14 (Reuters) - Brazil’s central bank',
    {
      place: 'SAO PAULO/BRASILIA',
      date: '2023-09-14',
      agency: 'Reuters',
      raw: 'SAO PAULO/BRASILIA, Sept 14 (Reuters)',
    },
  ],
  [
    '(Reuters) - Oil prices fell on Monday',
    { place: null, date: null, agency: 'Reuters', raw: '(Reuters)' },
  ],
  [
    'ST. LOUIS (AP) — A jury convicted',
    { place: 'ST. LOUIS', date: null, agency: 'Associated Press', raw: 'ST. LOUIS (AP)' },
  ],
  [
    'N’DJAMENA, Chad (AP) — Chad’s military',
    {
      place: 'N’DJAMENA, Chad',
      date: null,
      agency: 'Associated Press',
      raw: 'N’DJAMENA, Chad (AP)',
    },
  ],
  [
    "N'DJAMENA (Reuters) - Chad's transitional",
    { place: "N'DJAMENA", date: null, agency: 'Reuters', raw: "N'DJAMENA (Reuters)" },
  ],
  [
    'WINSTON-SALEM, N.C. (AP) — A police officer',
    {
      place: 'WINSTON-SALEM, N.C.',
      date: null,
      agency: 'Associated Press',
      raw: 'WINSTON-SALEM, N.C. (AP)',
    },
  ],
  [
    'LONDON, 18 September (Reuters) - British house prices',
    {
      place: 'LONDON',
      date: '2023-09-18',
      agency: 'Reuters',
      raw: 'LONDON, 18 September (Reuters)',
    },
  ],
  [
    'PARIS, September 17 (AFP) - France said',
    {
      place: 'PARIS',
      date: '2023-09-17',
      agency: 'Agence France-Presse',
      raw: 'PARIS, September 17 (AFP)',
    },
  ],
  [
    'TOKYO, Jan 5 2024 (Kyodo) -- Japan’s top court',
    { place: 'TOKYO', date: '2024-01-05', agency: 'Kyodo News', raw: 'TOKYO, Jan 5 2024 (Kyodo)' },
  ],
  [
    'BERLIN, Sept. 18 (dpa) - Germany’s economy',
    {
      place: 'BERLIN',
      date: '2023-09-18',
      agency: 'Deutsche Presse-Agentur',
      raw: 'BERLIN, Sept. 18 (dpa)',
    },
  ],
  [
    'SÃO PAULO (Reuters) − Brazilian prosecutors',
    { place: 'SÃO PAULO', date: null, agency: 'Reuters', raw: 'SÃO PAULO (Reuters)' },
  ],
];

const wireShapes: Row[] = [
  [
    'CHARLESTON, W.Va. (AP) — A coal miner',
    {
      place: 'CHARLESTON, W.Va.',
      date: null,
      agency: 'Associated Press',
      raw: 'CHARLESTON, W.Va. (AP)',
    },
  ],
  [
    'KYIV, Ukraine (AP) — Russian drones struck',
    { place: 'KYIV, Ukraine', date: null, agency: 'Associated Press', raw: 'KYIV, Ukraine (AP)' },
  ],
  [
    'GAZA CITY, Gaza Strip (AP) — Crowds gathered',
    {
      place: 'GAZA CITY, Gaza Strip',
      date: null,
      agency: 'Associated Press',
      raw: 'GAZA CITY, Gaza Strip (AP)',
    },
  ],
  [
    'DUBAI, United Arab Emirates (AP) — Emirates Airline',
    {
      place: 'DUBAI, United Arab Emirates',
      date: null,
      agency: 'Associated Press',
      raw: 'DUBAI, United Arab Emirates (AP)',
    },
  ],
  [
    'RIO DE JANEIRO (AP) — Brazil’s president',
    { place: 'RIO DE JANEIRO', date: null, agency: 'Associated Press', raw: 'RIO DE JANEIRO (AP)' },
  ],
  [
    'Rio de Janeiro, Sept 12 (Reuters) - Petrobras',
    {
      place: 'Rio de Janeiro',
      date: '2023-09-12',
      agency: 'Reuters',
      raw: 'Rio de Janeiro, Sept 12 (Reuters)',
    },
  ],
  [
    'Paris (AFP) - France’s top court',
    { place: 'Paris', date: null, agency: 'Agence France-Presse', raw: 'Paris (AFP)' },
  ],
  [
    'Berlin (dpa) - Die Bundesregierung',
    { place: 'Berlin', date: null, agency: 'Deutsche Presse-Agentur', raw: 'Berlin (dpa)' },
  ],
  [
    '(Bloomberg) -- Treasuries rallied',
    { place: null, date: null, agency: 'Bloomberg', raw: '(Bloomberg)' },
  ],
  [
    'Sept. 18 (UPI) -- A federal judge',
    {
      place: null,
      date: '2023-09-18',
      agency: 'United Press International',
      raw: 'Sept. 18 (UPI)',
    },
  ],
  [
    'SEOUL, Sept. 18 (Yonhap) -- North Korea fired',
    { place: 'SEOUL', date: '2023-09-18', agency: 'Yonhap', raw: 'SEOUL, Sept. 18 (Yonhap)' },
  ],
  [
    'MOSCOW, September 18. /TASS/. Russian Foreign Minister',
    { place: 'MOSCOW', date: '2023-09-18', agency: 'TASS', raw: 'MOSCOW, September 18. /TASS/' },
  ],
  [
    'Madrid, 18 sep (EFE).- El Gobierno',
    { place: 'Madrid', date: '2023-09-18', agency: 'EFE', raw: 'Madrid, 18 sep (EFE)' },
  ],
  [
    '(ANSA) - ROME, SEP 18 - Italy’s premier',
    { place: 'ROME', date: '2023-09-18', agency: 'ANSA', raw: '(ANSA) - ROME, SEP 18' },
  ],
  [
    'New Delhi [India], September 18 (ANI): Union Minister',
    {
      place: 'New Delhi [India]',
      date: '2023-09-18',
      agency: 'Asian News International',
      raw: 'New Delhi [India], September 18 (ANI)',
    },
  ],
  [
    'New Delhi, Sep 18 (PTI) The government on Monday',
    {
      place: 'New Delhi',
      date: '2023-09-18',
      agency: 'Press Trust of India',
      raw: 'New Delhi, Sep 18 (PTI)',
    },
  ],
  [
    'NEW DELHI: The government on Monday',
    { place: 'NEW DELHI', date: null, agency: null, raw: 'NEW DELHI' },
  ],
  [
    'WASHINGTON—The Federal Reserve held rates',
    { place: 'WASHINGTON', date: null, agency: null, raw: 'WASHINGTON' },
  ],
  [
    'Washington (CNN) — The House voted',
    { place: 'Washington', date: null, agency: null, raw: 'Washington (CNN)' },
  ],
  [
    'HONOLULU, Hawaii (HawaiiNewsNow) - NASA scientists',
    {
      place: 'HONOLULU, Hawaii',
      date: null,
      agency: null,
      raw: 'HONOLULU, Hawaii (HawaiiNewsNow)',
    },
  ],
  [
    'KUALA LUMPUR, Sept 18 (Bernama) -- The government',
    {
      place: 'KUALA LUMPUR',
      date: '2023-09-18',
      agency: 'Bernama',
      raw: 'KUALA LUMPUR, Sept 18 (Bernama)',
    },
  ],
  [
    'Jakarta (ANTARA) - Indonesia',
    { place: 'Jakarta', date: null, agency: 'Antara', raw: 'Jakarta (ANTARA)' },
  ],
  [
    'MADRID, 18 Sep. (EUROPA PRESS) - El presidente',
    {
      place: 'MADRID',
      date: '2023-09-18',
      agency: 'Europa Press',
      raw: 'MADRID, 18 Sep. (EUROPA PRESS)',
    },
  ],
  [
    'ANKARA (AA) - Turkey’s parliament',
    { place: 'ANKARA', date: null, agency: 'Anadolu Agency', raw: 'ANKARA (AA)' },
  ],
  [
    'Taipei, Sept. 18 (CNA) Taiwan’s Ministry',
    { place: 'Taipei', date: '2023-09-18', agency: 'CNA', raw: 'Taipei, Sept. 18 (CNA)' },
  ],
  [
    'TOKYO (AFP-Jiji) — Japan’s cabinet',
    { place: 'TOKYO', date: null, agency: 'Agence France-Presse', raw: 'TOKYO (AFP-Jiji)' },
  ],
  [
    'LONDON, Sept 18 (Reuters Breakingviews) - Britain’s',
    {
      place: 'LONDON',
      date: '2023-09-18',
      agency: 'Reuters',
      raw: 'LONDON, Sept 18 (Reuters Breakingviews)',
    },
  ],
  [
    'BUFFALO, N.Y. — Hours before the game',
    { place: 'BUFFALO, N.Y.', date: null, agency: null, raw: 'BUFFALO, N.Y.' },
  ],
  [
    'WASHINGTON, D.C. — Lawmakers returned',
    { place: 'WASHINGTON, D.C.', date: null, agency: null, raw: 'WASHINGTON, D.C.' },
  ],
  [
    'BERLIN -- The European Space Agency says',
    { place: 'BERLIN', date: null, agency: null, raw: 'BERLIN' },
  ],
  ['OTTAWA — The federal government', { place: 'OTTAWA', date: null, agency: null, raw: 'OTTAWA' }],
  [
    'VANCOUVER, B.C. (CP) — Police say',
    {
      place: 'VANCOUVER, B.C.',
      date: null,
      agency: 'The Canadian Press',
      raw: 'VANCOUVER, B.C. (CP)',
    },
  ],
  [
    'Tokyo, Sept. 18 (Jiji Press)--Japan’s',
    {
      place: 'Tokyo',
      date: '2023-09-18',
      agency: 'Jiji Press',
      raw: 'Tokyo, Sept. 18 (Jiji Press)',
    },
  ],
  [
    '  WASHINGTON (AP) — Leading spaces from the page',
    { place: 'WASHINGTON', date: null, agency: 'Associated Press', raw: 'WASHINGTON (AP)' },
  ],
  [
    'NEW YORK,\u00a0Sept\u00a018 (Reuters) - With non-breaking spaces',
    {
      place: 'NEW YORK',
      date: '2023-09-18',
      agency: 'Reuters',
      raw: 'NEW YORK, Sept 18 (Reuters)',
    },
  ],
  [
    'LONDON, Sept 18th (Reuters) - Ordinal day',
    { place: 'LONDON', date: '2023-09-18', agency: 'Reuters', raw: 'LONDON, Sept 18th (Reuters)' },
  ],
  [
    'WASHINGTON, Jan. 5, 2021 (AP) — With a printed year',
    {
      place: 'WASHINGTON',
      date: '2021-01-05',
      agency: 'Associated Press',
      raw: 'WASHINGTON, Jan. 5, 2021 (AP)',
    },
  ],
];

describe('parseDateline: the forms wire services print', () => {
  it.each(forms)('%s', (text, expected) => {
    expect(parseDateline(text, { publishedAt })).toEqual(expected);
  });
});

describe('parseDateline: more real-world wire shapes', () => {
  it.each(wireShapes)('%s', (text, expected) => {
    expect(parseDateline(text, { publishedAt })).toEqual(expected);
  });
});

describe('parseDateline: openings that only look like datelines', () => {
  it.each([
    'NATO — the alliance said on Monday',
    'NATO — The alliance said on Monday',
    'U.S. stocks - the Dow fell 200 points',
    'U.S. — The economy added jobs',
    'WASHINGTON is a city — and a state of mind',
    'BREAKING — A fire broke out downtown',
    'BREAKING NEWS: A fire broke out',
    'EXCLUSIVE: Inside the talks',
    'UPDATE — This story has been updated',
    'ANALYSIS - Why the Fed waited',
    'COVID-19 — The virus keeps mutating',
    'COVID — The virus keeps mutating',
    'IBM — The company reported',
    'CEO — Chief executives say',
    'FBI — Agents searched',
    'OPEC+ — The cartel',
    'DEAR ABBY: My husband of 20 years',
    'By Jane Doe (AP) — not a place',
    'MONDAY — The markets',
    'The President said — in a speech',
    'Officials (pictured) — said on Monday',
    'Tesla (TSLA) — The carmaker',
    '(CNN) — An unknown credit alone is not a dateline',
    '(pictured) — a caption fragment',
    'Jan. 6 — the day the Capitol was stormed',
    'Sept. 18 — A date with no agency',
    'LONDON — the word after the dash starts in lower case',
    'In LONDON — a place inside a sentence',
    'Apple Inc. reported strong results on Monday',
    '',
  ])('%j', (text) => {
    expect(parseDateline(text, { publishedAt })).toBeNull();
    expect(datelineSpan(text)).toBe(0);
  });
});

describe('parseDateline: the date and its year', () => {
  it('puts Dec 31 on a story published Jan 1 in the previous year', () => {
    const d = parseDateline('MOSCOW, Dec 31 (Reuters) - Fireworks', {
      publishedAt: '2024-01-01T03:00:00Z',
    });
    expect(d?.date).toBe('2023-12-31');
  });

  it('puts Jan 1 on a story published late on Dec 31 (UTC) in the next year', () => {
    const d = parseDateline('TOKYO, Jan. 1 (Kyodo) -- New Year', {
      publishedAt: '2023-12-31T22:00:00Z',
    });
    expect(d?.date).toBe('2024-01-01');
  });

  it('takes the publisher’s own calendar day from an offset time', () => {
    const d = parseDateline('SYDNEY, Jan 1 (Reuters) - Crowds', {
      publishedAt: '2024-01-01T09:00:00+11:00',
    });
    expect(d?.date).toBe('2024-01-01');
  });

  it('puts a January dateline on a September story in the same year, not the next', () => {
    expect(parseDateline('DAVOS, Jan 19 (Reuters) - X', { publishedAt })?.date).toBe('2023-01-19');
  });

  it('leaves the date null without a published time, but keeps it printed in raw', () => {
    const d = parseDateline('NEW YORK, Sept 18 (Reuters) - U.S. stocks');
    expect(d).toEqual({
      place: 'NEW YORK',
      date: null,
      agency: 'Reuters',
      raw: 'NEW YORK, Sept 18 (Reuters)',
    });
  });

  it('uses a printed year without a published time', () => {
    expect(parseDateline('PARIS, 18 September 2023 (AFP) - X')?.date).toBe('2023-09-18');
  });

  it('leaves an impossible day unresolved', () => {
    expect(parseDateline('LONDON, Feb 29 (Reuters) - X', { publishedAt })?.date).toBeNull();
    expect(parseDateline('LONDON, Feb 29 (Reuters) - X', { publishedAt: '2024-03-01' })?.date).toBe(
      '2024-02-29',
    );
  });

  it('ignores a published time that does not parse', () => {
    expect(parseDateline('LONDON, Sept 18 (Reuters) - X', { publishedAt: 'yesterday' })?.date).toBe(
      null,
    );
  });
});

describe('datelineSpan', () => {
  it('points at the first word of the story itself', () => {
    const text = 'NEW YORK, Sept 18 (Reuters) - U.S. Secretary of State';
    expect(text.slice(datelineSpan(text))).toBe('U.S. Secretary of State');
  });

  it('skips a tight em dash and ANSA’s second dash', () => {
    const wsj = 'WASHINGTON—The Federal Reserve';
    expect(wsj.slice(datelineSpan(wsj))).toBe('The Federal Reserve');
    const ansa = '(ANSA) - ROME, SEP 18 - Italy’s premier';
    expect(ansa.slice(datelineSpan(ansa))).toBe('Italy’s premier');
  });
});
