import type { Dateline } from '../types';
import { normaliseAgency } from './agencies';
import { matchDate, type PrintedDate, resolveDate } from './date';
import { isPlausiblePlace, isRegion, placePattern, regionPattern } from './place';

export { agencyNames, normaliseAgency } from './agencies';

// A dateline opens wire copy: PLACE[, REGION][, DATE] [(AGENCY)] DASH, e.g.
// "NEW YORK, Sept 18 (Reuters) -", "KANSAS CITY, Mo. (AP) —", "(Bloomberg) --", "Sept. 18 (UPI) --".
// Also read: ANSA's agency-first "(ANSA) - ROME, SEP 18 -", TASS's "MOSCOW, September 18. /TASS/.",
// EFE's ".-", ANI's "New Delhi [India], Sep 18 (ANI):", the Indian papers' "NEW DELHI: ", and PTI's
// dashless "New Delhi, Sep 18 (PTI) The ..." (only after a known agency, before a capital).
// Dashes: — – ― - -- and the minus sign −. What separates a place from an acronym is in place.ts.
// An unknown credit in parentheses ("WASHINGTON (CNN) —") keeps the dateline but gives agency null:
// it is the outlet's own. Alone ("(CNN) —") it is not a dateline. The date resolves against
// publishedAt, or stays null without a printed year (date.ts); `raw` always has it as printed.

export interface DatelineOptions {
  /** The article's published time (ISO 8601), used to give the printed day its year. */
  publishedAt?: string | null;
}

interface Found {
  place: string | null;
  date: PrintedDate | null;
  agency: string | null;
  rawEnd: number;
  /** Where the story's own text starts. */
  end: number;
}

/** Outlets that sign their own copy like an agency, in mixed case: "Washington (CNN) —". */
const ownCredits = /^CNN(?: Business| Español)?$/;
const credit = /^\p{Lu}[\p{L}\p{N}&.' -]{0,30}$/u;
const parenCredit = /\s*\(\s*([^()\n]{1,40}?)\s*\)/uy;
const slashCredit = /\.?\s*\/(\p{Lu}[\p{L}-]{1,19})\//uy;
// A single hyphen or minus touching a word is a compound ("COVID-19"), so it needs a space on one
// side, or a closing parenthesis before it; the other dashes never join words.
const terminator = /\s*(?:[—–―]+|\.-|--)|\s+[-−]|\s*[-−](?=\s)|(?<=\))[-−]|\s*:(?!\d)/uy;

/** The dateline at the start of `text` (a first paragraph or a card's snippet), or null. */
export function parseDateline(text: string, opts: DatelineOptions = {}): Dateline | null {
  const found = find(text);
  if (!found) return null;
  const start = text.length - text.trimStart().length;
  return {
    place: found.place,
    date: found.date ? resolveDate(found.date, opts.publishedAt) : null,
    agency: found.agency,
    raw: text.slice(start, found.rawEnd).replace(/\s+/g, ' ').trim(),
  };
}

/** Index where the article's own text starts after its dateline; 0 when there is none. */
export function datelineSpan(text: string): number {
  return find(text)?.end ?? 0;
}

function find(text: string): Found | null {
  const s = text.replace(/[\u00a0\u2007\u202f]/g, ' ');
  const start = s.length - s.trimStart().length;
  return agencyFirst(s, start) ?? placeFirst(s, start);
}

/** "(Reuters) - ...", "(Bloomberg) --", or ANSA's "(ANSA) - ROME, SEP 18 - ...". */
function agencyFirst(s: string, at: number): Found | null {
  const agency = matchCredit(s, at);
  if (!agency?.known) return null;
  const end = afterTerminator(s, agency.end);
  if (end === null) return null;
  const then = placeFirst(s, end);
  if (then && !then.agency) return { ...then, agency: agency.known };
  return { place: null, date: null, agency: agency.known, rawEnd: agency.end, end };
}

function placeFirst(s: string, at: number): Found | null {
  let pos = at;
  let place: string | null = null;
  let date = matchDate(s, pos);
  if (date) pos = date.end;
  else {
    placePattern.lastIndex = pos;
    const city = placePattern.exec(s);
    if (!city) return null;
    pos = placePattern.lastIndex;
    date = dateAfterComma(s, pos);
    if (!date) {
      regionPattern.lastIndex = pos;
      const region = regionPattern.exec(s);
      if (region && isRegion(region[1] ?? region[2] ?? '')) {
        pos = regionPattern.lastIndex;
        date = dateAfterComma(s, pos);
      }
    }
    place = s.slice(at, pos).replace(/\s+/g, ' ').trim();
  }
  if (date) pos = date.end;
  const agency = matchCredit(s, pos);
  const rawEnd = agency?.end ?? pos;
  const known = agency?.known ?? null;
  const marked =
    known !== null || date !== null || (agency !== null && ownCredits.test(agency.name));
  if (!place && !known) return null;
  if (agency && !known && !credit.test(agency.name)) return null;
  if (place && !isPlausiblePlace({ place: cityPart(place), marked })) return null;
  const end = afterTerminator(s, rawEnd, agency?.slashed) ?? dashless(s, rawEnd, known);
  if (end === null) return null;
  if (!marked && /\p{Ll}/u.test(s[end] ?? '')) return null;
  return { place, date, agency: known, rawEnd, end };
}

function dateAfterComma(s: string, pos: number): PrintedDate | null {
  const comma = /,\s*/y;
  comma.lastIndex = pos;
  return comma.exec(s) ? matchDate(s, comma.lastIndex) : null;
}

/** "KANSAS CITY, Mo." -> "KANSAS CITY": the checks are about the city, not the state. */
function cityPart(place: string): string {
  return place.split(/,|\s\[/)[0]?.trim() ?? place;
}

function matchCredit(s: string, pos: number) {
  for (const pattern of [parenCredit, slashCredit]) {
    pattern.lastIndex = pos;
    const m = pattern.exec(s);
    if (m?.[1]) {
      return {
        name: m[1],
        known: normaliseAgency(m[1]),
        end: pattern.lastIndex,
        slashed: pattern === slashCredit,
      };
    }
  }
  return null;
}

/** Index after the dash (or colon) and the spaces that follow it, or null. TASS ends in ". ". */
function afterTerminator(s: string, pos: number, slashed = false): number | null {
  terminator.lastIndex = pos;
  let after = terminator.exec(s) ? terminator.lastIndex : null;
  if (after === null && slashed && s[pos] === '.') after = pos + 1;
  if (after === null) return null;
  const rest = s.slice(after);
  return after + rest.length - rest.trimStart().length;
}

/** PTI and IANS print no dash: "New Delhi, Sep 18 (PTI) The ...". */
function dashless(s: string, pos: number, known: string | null): number | null {
  if (!known) return null;
  const m = /\s+(?=[\p{Lu}\p{N}"“‘'])/uy;
  m.lastIndex = pos;
  return m.exec(s) ? m.lastIndex : null;
}
