import type { ClutterKind } from '../types';
import { isClutterKind } from './removed';

// The reader's choices about removed clutter, as stored: kinds kept per site (storage.sync, so they
// follow the reader to other machines) and blocks put back per page (storage.local: many pages,
// never worth syncing). Both are read back defensively and kept within storage quotas.

/** host -> kinds Lede must not remove there. */
export type DisabledKinds = Record<string, ClutterKind[]>;
/** page URL -> keys (removedKey) of blocks put back on that page. */
export type RestoredBlocks = Record<string, string[]>;

/** storage.sync allows 8 KB an item: ~150 hosts with a few kinds each stays well under. */
export const maxHosts = 150;
/** storage.local has room, but a list nobody prunes grows forever: keep the latest pages. */
export const maxPages = 500;
const maxKeysPerPage = 200;
/** Removed texts are capped near 200 characters (lib/clean/text.ts); anything far longer is not ours. */
const maxKeyLength = 1000;

function record(stored: unknown): Record<string, unknown> {
  return typeof stored === 'object' && stored !== null && !Array.isArray(stored)
    ? (stored as Record<string, unknown>)
    : {};
}

/** The host rules are kept under: "www." is the same site to a reader. */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** The page a restore is remembered for: the URL without its fragment. */
export function pageOf(url: string): string {
  return url.split('#', 1)[0] ?? url;
}

export function parseDisabledKinds(stored: unknown): DisabledKinds {
  const out: DisabledKinds = {};
  for (const [host, kinds] of Object.entries(record(stored))) {
    if (!host || !Array.isArray(kinds)) continue;
    const valid = [...new Set(kinds.filter(isClutterKind))];
    if (valid.length) out[host] = valid;
  }
  return out;
}

export function disabledKindsFor(map: DisabledKinds, url: string): ClutterKind[] {
  return map[siteOf(url)] ?? [];
}

/** A new map with the kind kept (disabled) or removed again on the URL's site. */
export function setKindDisabled(
  map: DisabledKinds,
  url: string,
  kind: ClutterKind,
  disabled: boolean,
): DisabledKinds {
  const host = siteOf(url);
  if (!host) return map;
  const { [host]: current = [], ...others } = map;
  const kinds = disabled ? [...new Set([...current, kind])] : current.filter((k) => k !== kind);
  // The host just changed goes last, so trimming drops the sites touched longest ago.
  const entries = Object.entries(others);
  if (kinds.length) entries.push([host, kinds]);
  return Object.fromEntries(entries.slice(-maxHosts));
}

export function parseRestored(stored: unknown): RestoredBlocks {
  const out: RestoredBlocks = {};
  for (const [page, keys] of Object.entries(record(stored))) {
    if (!Array.isArray(keys)) continue;
    const valid = keys.filter(
      (k): k is string => typeof k === 'string' && k.length <= maxKeyLength,
    );
    if (valid.length) out[page] = valid.slice(0, maxKeysPerPage);
  }
  return out;
}

export function restoredFor(map: RestoredBlocks, url: string): string[] {
  return map[pageOf(url)] ?? [];
}

/** A new map with one block put back on (or taken off) the page again. */
export function setRestored(
  map: RestoredBlocks,
  url: string,
  key: string,
  restored: boolean,
): RestoredBlocks {
  const page = pageOf(url);
  const { [page]: current = [], ...others } = map;
  if (key.length > maxKeyLength) return map;
  const keys = restored
    ? [...new Set([...current, key])].slice(-maxKeysPerPage)
    : current.filter((k) => k !== key);
  const entries = Object.entries(others);
  if (keys.length) entries.push([page, keys]);
  return Object.fromEntries(entries.slice(-maxPages));
}
