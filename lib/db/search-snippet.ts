import type { SearchResult } from 'minisearch';
import { typoAllowance } from './search-terms';

// The passage a search result shows. Reading an article's body is most of a search's time in
// Chromium (bench/cache-chromium.ts), so the index stores each article's lead: a result whose
// words are in its headline, outlet or author, or early in its text, needs no body read.

/** Characters of text kept in the index per article (about 3 MB at 10,000 articles). */
export const LEAD_CHARS = 300;
export const SNIPPET_WIDTH = 180;
/** Text shown before the matched word: a quarter of the snippet. */
const LEAD_IN = Math.floor(SNIPPET_WIDTH / 4);

const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The start of the text, cut at a word, with "…" when the text goes on. */
export function leadOf(text: string): string {
  // Only the start is folded: folding all of every text slowed indexing by a tenth.
  const start = text.slice(0, LEAD_CHARS * 4);
  const flat = fold(start);
  if (flat.length <= LEAD_CHARS) return start.length < text.length ? `${flat}…` : flat;
  const space = flat.lastIndexOf(' ', LEAD_CHARS);
  return `${flat.slice(0, space > 0 ? space : LEAD_CHARS)}…`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Where the first of `terms` starts a word in `flat`, or -1. */
function findTerm(flat: string, terms: readonly string[]): number {
  if (terms.length === 0) return -1;
  const words = [...terms].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const match = new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${words.join('|')})`, 'iu').exec(flat);
  if (!match) return -1;
  return match.index + (match[0].length > 0 && /^[^\p{L}\p{N}]/u.test(match[0]) ? 1 : 0);
}

/** About `width` characters of text around the first matched word, cut at word boundaries. */
export function makeSnippet(text: string, terms: readonly string[], width = SNIPPET_WIDTH): string {
  const flat = fold(text);
  const hit = Math.max(0, findTerm(flat, terms));
  let start = Math.max(0, hit - Math.floor(width / 4));
  if (start > 0) {
    const space = flat.indexOf(' ', start);
    start = space >= 0 && space < hit ? space + 1 : hit;
  }
  let end = Math.min(flat.length, start + width);
  if (end < flat.length)
    end = flat.lastIndexOf(' ', end) > start ? flat.lastIndexOf(' ', end) : end;
  return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
}

/** Whether `term`, found in an article, is one the query word `word` stands for. */
function standsFor(term: string, word: string): boolean {
  if (term.startsWith(word)) return true;
  const most = typoAllowance(word);
  return most > 0 && editDistance(term, word) <= most;
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const next = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const swap = (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      next.push(Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, swap));
    }
    row = next;
  }
  return row[b.length] ?? 0;
}

/**
 * The matched words a result's snippet should show: those standing for query words that its
 * headline, outlet and author do not show (none when they show every word).
 */
export function passageTerms(hit: SearchResult): string[] {
  const matches = Object.entries(hit.match);
  const unshown = hit.queryTerms.filter(
    (word) =>
      !matches.some(([term, fields]) => standsFor(term, word) && fields.some((f) => f !== 'text')),
  );
  return matches
    .filter(([term, fields]) => fields.includes('text') && unshown.some((w) => standsFor(term, w)))
    .map(([term]) => term);
}

/**
 * Whether a result's snippet must come from its body: it has words to show (passageTerms) and
 * its stored lead has none of them early enough to centre a full snippet on.
 */
export function needsBody(hit: SearchResult, passage = passageTerms(hit)): boolean {
  const lead: unknown = hit.lead;
  if (typeof lead !== 'string') return true;
  if (passage.length === 0) return false;
  const at = findTerm(lead, passage);
  const whole = !lead.endsWith('…');
  return at < 0 || (!whole && at + SNIPPET_WIDTH - LEAD_IN > lead.length - 1);
}
