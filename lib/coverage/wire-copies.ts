// Wire copies among the outlets covering a story: several outlets printing the same agency text
// with small edits. Near-copies are found on word 3-shingles, compared by containment (the share
// of the shorter text found in the longer) because aggregator snippets are cut at different
// lengths. Outlets that merely share the topic share names ("Secretary of State Antony Blinken")
// but few runs of three words, so original reports stay ungrouped.

import { datelineSpan, normaliseAgency } from '../dateline/index';
import type { Dateline } from '../types';
import { splitSentences } from './sentences';
import { shingles } from './text';

export interface WireItem {
  id: string;
  outlet: string;
  text: string;
  dateline: Dateline | null;
  published?: string | null;
}

export interface WireGroup {
  agency: string;
  members: string[];
  /** Sentences a member printed that no other member has, by member id; members without any omitted. */
  additions: Record<string, string[]>;
}

const minShared = 6;
const copyContainment = 0.5;

/** The copy itself: no dateline (each outlet prints its own) and no trailing ellipsis. */
function body(text: string): string {
  return text.slice(datelineSpan(text)).replace(/\s*(…|\.\.\.)\s*$/, '');
}

function containment(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const s of a) if (b.has(s)) shared++;
  return shared / Math.max(1, Math.min(a.size, b.size));
}

function isCopy(a: Set<string>, b: Set<string>): boolean {
  let shared = 0;
  for (const s of a) if (b.has(s)) shared++;
  return shared >= minShared && containment(a, b) >= copyContainment;
}

export function groupWireCopies(items: readonly WireItem[]): {
  wire: WireGroup[];
  original: string[];
} {
  const sets = items.map((item) => new Set(shingles(body(item.text))));
  const parent = items.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      if (isCopy(sets[i] as Set<string>, sets[j] as Set<string>)) parent[root(j)] = root(i);
    }
  }
  const components = new Map<number, number[]>();
  items.forEach((_, i) => {
    const r = root(i);
    components.set(r, [...(components.get(r) ?? []), i]);
  });
  const wire: WireGroup[] = [];
  const original: string[] = [];
  for (const members of components.values()) {
    const lone = members.length === 1 ? items[members[0] as number] : null;
    // A lone outlet printing another agency's dateline is still wire copy, not its own reporting.
    if (lone && (!lone.dateline?.agency || normaliseAgency(lone.outlet) === lone.dateline.agency)) {
      original.push(lone.id);
      continue;
    }
    wire.push({
      agency: agencyOf(members.map((i) => items[i] as WireItem)),
      members: members.map((i) => (items[i] as WireItem).id),
      additions: additionsOf(members, items, sets),
    });
  }
  return { wire, original };
}

/** The agency most members' datelines name; else an agency among the outlets; else the earliest. */
function agencyOf(members: WireItem[]): string {
  const votes = new Map<string, number>();
  for (const m of members) {
    if (m.dateline?.agency) votes.set(m.dateline.agency, (votes.get(m.dateline.agency) ?? 0) + 1);
  }
  const voted = [...votes].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (voted) return voted;
  const agency = members.map((m) => normaliseAgency(m.outlet)).find((a) => a !== null);
  if (agency) return agency;
  const earliest = members
    .map((m, i) => ({ m, i, t: Date.parse(m.published ?? '') }))
    .sort(
      (a, b) =>
        (Number.isNaN(a.t) ? Infinity : a.t) - (Number.isNaN(b.t) ? Infinity : b.t) || a.i - b.i,
    )[0];
  return earliest?.m.outlet ?? '';
}

/**
 * Sentences found in no other member. Only those before the member's last shared sentence count:
 * after it, a sentence the others lack is more likely cut from their shorter snippets than added.
 */
function additionsOf(
  members: number[],
  items: readonly WireItem[],
  sets: ReadonlyArray<Set<string>>,
): Record<string, string[]> {
  const additions: Record<string, string[]> = {};
  if (members.length < 2) return additions;
  for (const i of members) {
    const others = new Set(
      members.filter((j) => j !== i).flatMap((j) => [...(sets[j] as Set<string>)]),
    );
    const sentences = splitSentences(body((items[i] as WireItem).text));
    const shared = sentences.map((s) => {
      const own = new Set(shingles(s));
      return own.size > 0 && containment(own, others) >= copyContainment;
    });
    const lastShared = shared.lastIndexOf(true);
    const added = sentences.filter(
      (s, k) => !shared[k] && k < lastShared && s.split(' ').length >= 4,
    );
    if (added.length) additions[(items[i] as WireItem).id] = added;
  }
  return additions;
}
