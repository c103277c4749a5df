import { describe, expect, it } from 'vitest';
import { printedTime, relativeTime } from '../../../lib/coverage/card-time';

const now = '2023-09-19T12:00:00Z';

describe('relativeTime', () => {
  it.each([
    ['3 hours ago', '2023-09-19T09:00:00.000Z'],
    ['an hour ago', '2023-09-19T11:00:00.000Z'],
    ['45 min ago', '2023-09-19T11:15:00.000Z'],
    ['2h', '2023-09-19T10:00:00.000Z'],
    ['2 days ago', '2023-09-17T12:00:00.000Z'],
    ['yesterday', '2023-09-18T12:00:00.000Z'],
    ['hace 2 horas', '2023-09-19T10:00:00.000Z'],
    ['hace un día', '2023-09-18T12:00:00.000Z'],
    ['ayer', '2023-09-18T12:00:00.000Z'],
    ['il y a 3 heures', '2023-09-19T09:00:00.000Z'],
    ['vor 2 Stunden', '2023-09-19T10:00:00.000Z'],
    ['just now', '2023-09-19T12:00:00.000Z'],
  ])('reads %s against the given clock', (text, iso) => {
    expect(relativeTime(text, now)).toBe(iso);
  });

  it.each(['3 hours', 'New York, United States', 'Center', '32 Articles', 'Sep 20'])(
    'does not read %s as a time',
    (text) => {
      expect(relativeTime(text, now)).toBeNull();
    },
  );
});

describe('printedTime', () => {
  it('reads full printed dates as that day', () => {
    expect(printedTime('Jan 5, 2024')).toBe('2024-01-05T00:00:00.000Z');
    expect(printedTime('Sept. 18, 2023')).toBe('2023-09-18T00:00:00.000Z');
    expect(printedTime('Friday, January 5, 2024')).toBe('2024-01-05T00:00:00.000Z');
    expect(printedTime('2023-09-18')).toBe('2023-09-18T00:00:00.000Z');
  });

  it('leaves dates without a year alone', () => {
    expect(printedTime('Sep 20')).toBeNull();
  });
});
