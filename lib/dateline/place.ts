// What counts as the place of a dateline, and what only looks like one.
//
// A place is one or more cities joined by "/" ("HONG KONG/SHANGHAI"), each a run of capitalised
// words that may hold accents, apostrophes, hyphens and periods ("ST. LOUIS", "N'DJAMENA",
// "WINSTON-SALEM") and, in mixed case, small connectors ("Rio de Janeiro"). It may be followed by a
// region: an AP state abbreviation ("KANSAS CITY, Mo."), a spelled-out state or country
// ("KYIV, Ukraine") or ANI's bracketed country ("New Delhi [India]").
//
// The hard part is the acronym that opens a sentence: "NATO — the alliance said". The rule:
// - marked (a known agency in parentheses, or a printed date): any capitalised place is accepted,
//   even a short word or mixed case ("Paris (AFP) -", "NATO, Jan 5 (Reuters) -"), because nothing
//   but a dateline prints a place, a date and an agency in a row;
// - unmarked ("LONDON —", or an unknown credit as in "WASHINGTON (CNN) —"): every word all caps,
//   at most 4 words a city, no initialism first ("U.S."), no single word of 3 letters or fewer
//   ("IBM"), nothing from the list of organisations and acronyms below, and the text after the dash
//   must not start in lower case.
// Newsroom labels ("BREAKING —", "EXCLUSIVE:", "UPDATE —", "ANALYSIS -"), weekdays, bylines
// ("By ...") and advice-column salutations ("DEAR ABBY:") are never a place, marked or not: a label
// tells the reader what kind of story it is, not where it was filed.

const word = "[\\p{Lu}\\p{Lt}][\\p{L}\\p{M}'’.]*(?:-[\\p{L}\\p{M}'’.]+)*";
const connector = '(?:de|da|do|dos|das|del|della|di|du|la|le|les|el|al|an|am|im|upon|sur|en|of)';
const city = `${word}(?: (?:${connector} )*${word})*`;
/** One or more cities, starting exactly at lastIndex. */
export const placePattern = new RegExp(`${city}(?:\\s*/\\s*${city})*`, 'uy');
/** ", Mo." / ", Ukraine" / ", Gaza Strip" / " [India]": checked by isRegion. */
export const regionPattern =
  /,\s*((?:\p{Lu}\.){1,3}(?:\p{Lu}\p{Ll}+\.)?|\p{Lu}[\p{Ll}\p{M}'’-]*\.?(?: (?:of |and |the )?\p{Lu}[\p{Ll}\p{M}'’-]*){0,2})|\s*\[(\p{Lu}[\p{L} ]{1,30})\]/uy;

const regionAbbreviations = new Set(
  (
    'Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass. Mich. Minn. ' +
    'Miss. Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D. Tenn. ' +
    'Vt. Va. Wash. W.Va. Wis. Wyo. D.C. Alta. B.C. Man. N.B. N.S. Ont. Que. Sask. Nfld. P.E.I.'
  ).split(' '),
);

const labels = new Set(
  (
    'BREAKING|BREAKING NEWS|JUST IN|UPDATE|UPDATED|LATEST|EXCLUSIVE|ANALYSIS|OPINION|EDITORIAL|' +
    'COMMENTARY|COLUMN|INSIGHT|FACTBOX|EXPLAINER|FACT CHECK|WATCH|WATCH LIVE|LIVE|LIVE UPDATES|' +
    'CORRECTION|CLARIFICATION|URGENT|FLASH|ALERT|NEWS ALERT|DEVELOPING|DEVELOPING STORY|VIDEO|PHOTOS|' +
    'PHOTO|GALLERY|LISTEN|PODCAST|REVIEW|INTERVIEW|FEATURE|SPECIAL REPORT|FILE|NOTE|EDITOR’S NOTE|' +
    "EDITOR'S NOTE|EDITORS NOTE|WARNING|DISCLAIMER|SPONSORED|ADVERTISEMENT|PROMOTED|READ MORE|" +
    'RELATED|SEE ALSO|TRENDING|TOP STORIES|MUST READ|NEW|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|' +
    'FRIDAY|SATURDAY|SUNDAY|TODAY|TONIGHT|YESTERDAY'
  ).split('|'),
);

const acronyms = new Set(
  (
    'NATO|NASA|FIFA|UEFA|OPEC|OECD|IAEA|ASEAN|NAFTA|UNESCO|UNICEF|UNHCR|UNRWA|UNGA|INTERPOL|' +
    'EUROPOL|FRONTEX|OSCE|BRICS|CERN|WIPO|AIDS|COVID|SARS|MERS|EBOLA|MPOX|NYPD|LAPD|NTSB|NHTSA|NOAA|' +
    'FEMA|HAMAS|HEZBOLLAH|ISIS|ISIL|NASDAQ|NYSE|FTSE|NIKKEI|NCAA|NASCAR|ESPN|AARP|ACLU|NAACP|' +
    'USMCA|GOP|CEO|CFO|GDP|FBI|CIA|NSA|EU|UN|US|USA|UK|WHO|IMF|WTO|NHS|BBC|CNN|ETF|IPO|UNITED STATES'
  ).split('|'),
);

export interface PlaceCheck {
  place: string;
  /** A known agency or a printed date vouches for it. */
  marked: boolean;
}

/** Whether a captured place (as printed, region excluded) can be a dateline's place. */
export function isPlausiblePlace({ place, marked }: PlaceCheck): boolean {
  const upper = place.toUpperCase().replace(/\s+/g, ' ').trim();
  if (labels.has(upper) || /^(?:BY|DEAR) /.test(upper)) return false;
  if (marked) return true;
  if (/\p{Ll}/u.test(place) || acronyms.has(upper)) return false;
  for (const one of upper.split(/\s*\/\s*/)) {
    const words = one.split(' ');
    if (words.length > 4 || acronyms.has(one)) return false;
    if (/^(?:\p{Lu}\.){2,}$/u.test(words[0] ?? '')) return false;
    if (words.length === 1 && one.replace(/[^\p{L}]/gu, '').length <= 3) return false;
  }
  return true;
}

/** A region after the place: known abbreviations only when abbreviated, else title-case words. */
export function isRegion(region: string): boolean {
  if (region.endsWith('.')) return regionAbbreviations.has(region);
  return !labels.has(region.toUpperCase());
}
