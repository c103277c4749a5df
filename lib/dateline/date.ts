// The date part of a dateline as wire services print it ("Sept 18", "Sept. 18", "September 18",
// "18 September", "SEP 18", "18 sep", "Jan 5 2024", "Jan. 5, 2024", "September 18.") and its
// resolution to an ISO calendar date.
//
// Datelines almost never print a year. The year comes from the article's published time: a story
// is filed on or before the day it is published, so the printed day is the latest one at most two
// days after publication (the slack covers time zones and late-evening filing). So "Dec 31" on a
// story published on Jan 1 is last year's Dec 31, "Jan 1" published late on Dec 31 in another time
// zone is next year's Jan 1, and "Jan 5" on a story published in September is this January's. Without a published time and without a printed year
// the date stays unresolved (null): a guessed year is worse than none, and `raw` keeps what was
// printed.

import { toIsoTime } from './timestamp';

const month =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const day = '(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)';
const year = '(?:,?\\s+((?:19|20)\\d\\d)(?!\\d))?';
const monthFirst = new RegExp(`${month}\\.?\\s+${day}${year}`, 'iy');
const dayFirst = new RegExp(`${day}\\s+${month}\\b\\.?${year}`, 'iy');

export interface PrintedDate {
  month: number;
  day: number;
  year: number | null;
  /** Index just after the date in the scanned text. */
  end: number;
}

/** Reads a printed date starting exactly at `from`, or null. */
export function matchDate(text: string, from: number): PrintedDate | null {
  monthFirst.lastIndex = from;
  const mf = monthFirst.exec(text);
  if (mf) return printed(mf[1], mf[2], mf[3], monthFirst.lastIndex);
  dayFirst.lastIndex = from;
  const df = dayFirst.exec(text);
  if (df) return printed(df[2], df[1], df[3], dayFirst.lastIndex);
  return null;
}

function printed(
  m: string | undefined,
  d: string | undefined,
  y: string | undefined,
  end: number,
): PrintedDate | null {
  const monthIndex = monthNumber(m ?? '');
  const dayOfMonth = Number(d);
  if (!monthIndex || !(dayOfMonth >= 1 && dayOfMonth <= 31)) return null;
  return { month: monthIndex, day: dayOfMonth, year: y ? Number(y) : null, end };
}

function monthNumber(word: string): number {
  const names = [
    'jan',
    'feb',
    'mar',
    'apr',
    'may',
    'jun',
    'jul',
    'aug',
    'sep',
    'oct',
    'nov',
    'dec',
  ];
  return names.indexOf(word.slice(0, 3).toLowerCase()) + 1;
}

const aheadAllowance = 2 * 86_400_000;

/** ISO date (YYYY-MM-DD) for a printed date, or null when the year cannot be known. */
export function resolveDate(date: PrintedDate, publishedAt?: string | null): string | null {
  if (date.year !== null) return isoIfReal(date.year, date.month, date.day);
  const ref = referenceDay(publishedAt);
  if (ref === null) return null;
  const refYear = new Date(ref).getUTCFullYear();
  for (const y of [refYear + 1, refYear, refYear - 1]) {
    const iso = isoIfReal(y, date.month, date.day);
    if (iso && Date.parse(iso) <= ref + aheadAllowance) return iso;
  }
  return null;
}

/**
 * The publication day as epoch ms at UTC midnight. A leading YYYY-MM-DD is taken as printed: it is
 * the publisher's own calendar day, which is what the dateline's day is counted in too.
 */
function referenceDay(publishedAt?: string | null): number | null {
  if (!publishedAt) return null;
  const literal = /^(\d{4})-(\d{2})-(\d{2})/.exec(publishedAt.trim());
  if (literal) return Date.UTC(Number(literal[1]), Number(literal[2]) - 1, Number(literal[3]));
  const iso = toIsoTime(publishedAt);
  return iso ? Date.parse(iso.slice(0, 10)) : null;
}

/** "2023-02-29" does not exist: no rolling over into March. */
function isoIfReal(y: number, m: number, d: number): string | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return t.toISOString().slice(0, 10);
}
