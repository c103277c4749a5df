import { groupWireCopies } from '../coverage/wire-copies';
import type { CoverageEntry, CoverageRow, CoverageView } from '../messages';
import type { Dateline } from '../types';

// The popup's coverage list from everything known about a story: aggregator cards and articles
// the reader cleaned. One report per URL, wire copies folded into one row per agency with what
// each outlet added, then earliest report first: who had the story first is what the list shows.

/** A report before shaping: an aggregator card or a cached article, with text to compare. */
export interface Report {
  id: string;
  outlet: string;
  headline: string;
  url: string | null;
  /** Every URL key the report is known by: the same page listed twice is one report. */
  keys: string[];
  dateline: Dateline | null;
  time: string | null;
  /** Snippet or article lead: what wire-copy detection compares. */
  text: string;
  self: boolean;
}

/** Folds reports of the same page together; the page the popup is on wins, then the richer one. */
export function mergeReports(reports: readonly Report[]): Report[] {
  const out: Report[] = [];
  const byKey = new Map<string, Report>();
  for (const report of [...reports].sort((a, b) => Number(b.self) - Number(a.self))) {
    const known = report.keys.map((k) => byKey.get(k)).find((r) => r !== undefined);
    if (!known) {
      const copy = { ...report, keys: [...report.keys] };
      out.push(copy);
      for (const k of copy.keys) byKey.set(k, copy);
      continue;
    }
    known.dateline ??= report.dateline;
    known.time ??= report.time;
    known.url ??= report.url;
    if (report.text.length > known.text.length) known.text = report.text;
    for (const k of report.keys) if (!byKey.has(k)) byKey.set(k, known);
  }
  return out;
}

function timeOf(t: string | null): number {
  const ms = t ? Date.parse(t) : Number.NaN;
  return Number.isNaN(ms) ? Number.POSITIVE_INFINITY : ms;
}

/** Earliest first; undated last; then by name so the order never depends on arrival. */
function byTime<T>(time: (x: T) => string | null, name: (x: T) => string) {
  return (a: T, b: T) => timeOf(time(a)) - timeOf(time(b)) || name(a).localeCompare(name(b));
}

const entryOrder = byTime<CoverageEntry>(
  (e) => e.time,
  (e) => e.outlet,
);
const rowOrder = byTime<CoverageRow>(
  (r) => (r.kind === 'wire' ? r.time : r.entry.time),
  (r) => (r.kind === 'wire' ? r.agency : r.entry.outlet),
);

function entryOf(r: Report, additions: string[]): CoverageEntry {
  const { id, outlet, headline, url, dateline, time, self } = r;
  return { id, outlet, headline, url, dateline, time, additions, self };
}

export function shapeCoverage(
  reports: readonly Report[],
  story: { storyId: string | null; title: string | null },
): CoverageView {
  const merged = mergeReports(reports).filter((r) => r.text || r.headline);
  const byId = new Map(merged.map((r) => [r.id, r]));
  const { wire } = groupWireCopies(
    merged.map((r) => ({
      id: r.id,
      outlet: r.outlet,
      text: r.text,
      dateline: r.dateline,
      published: r.time,
    })),
  );
  const rows: CoverageRow[] = [];
  const grouped = new Set<string>();
  for (const group of wire) {
    // One outlet printing an agency's dateline is a report (its badge names the agency).
    if (group.members.length < 2) continue;
    const members = group.members
      .map((id) => entryOf(byId.get(id) as Report, group.additions[id] ?? []))
      .sort(entryOrder);
    for (const m of members) grouped.add(m.id);
    rows.push({ kind: 'wire', agency: group.agency, time: members[0]?.time ?? null, members });
  }
  for (const r of merged) {
    if (!grouped.has(r.id) && !r.self) rows.push({ kind: 'report', entry: entryOf(r, []) });
  }
  return { ...story, rows: rows.sort(rowOrder) };
}
