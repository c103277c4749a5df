import type { ClutterKind, Removed } from '../types';

// What the side panel does with the list of removed blocks: name each kind, put single blocks
// back for one page, and tell which blocks a per-site "keep this kind" choice brings back.

/** Reader-facing names of the kinds Lede ships with: the popup and the side panel both use them. */
const kindLabels: Readonly<Record<ClutterKind, string>> = {
  'site-rule': 'Site rule',
  recommendations: 'Link lists',
  reactions: 'Vote counters',
  'view-count': 'View counts',
  breadcrumb: 'Breadcrumbs',
  'repost-stamp': 'Repost stamps',
  'share-bar': 'Share buttons',
  controls: 'Page controls',
  upsell: 'Upsells',
  newsletter: 'Newsletter boxes',
  'cookie-notice': 'Cookie notices',
  'prev-next': 'Previous/next links',
  tags: 'Tag clouds',
  comments: 'Comments',
  ad: 'Ads',
  navigation: 'Site menus',
  byline: 'Bylines and dates',
  'image-credit': 'Photo credits',
  'author-bio': 'Author notes',
  'embed-fallback': 'Player placeholders',
  'hidden-text': 'Hidden text',
  duplicate: 'Repeated text',
};

/** A kind from a newer Lede (synced settings) still reads as words: "pull-quote" is "Pull quote". */
export function kindLabel(kind: ClutterKind): string {
  const named = (kindLabels as Partial<Record<string, string>>)[kind];
  if (named) return named;
  const words = kind.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Whether a stored value can be a kind. Checked by shape, not against this version's list:
 * storage.sync is shared with other machines, whose Lede may be newer and know more kinds.
 */
export function isClutterKind(value: unknown): value is ClutterKind {
  return typeof value === 'string' && /^[a-z]+(?:-[a-z]+)*$/.test(value) && value.length <= 40;
}

/**
 * A removed block's identity across cleanings of the same page: its kind and text. An index would
 * shift when the page changes; the same words under the same rule are the same block to a reader.
 */
export function removedKey(item: Removed): string {
  return `${item.kind}:${item.text}`;
}

export interface RemovedGroup {
  kind: ClutterKind;
  label: string;
  items: Array<Removed & { key: string; restored: boolean }>;
  /** The reader asked Lede never to remove this kind on this site. */
  keptOnSite: boolean;
}

/** Groups by kind in the order the kinds first appear, marking what the reader put back. */
export function groupRemoved(
  removed: readonly Removed[],
  restoredKeys: readonly string[],
  disabledKinds: readonly ClutterKind[],
): RemovedGroup[] {
  const restored = new Set(restoredKeys);
  const kept = new Set(disabledKinds);
  const groups = new Map<ClutterKind, RemovedGroup>();
  for (const item of removed) {
    let group = groups.get(item.kind);
    if (!group) {
      group = {
        kind: item.kind,
        label: kindLabel(item.kind),
        items: [],
        keptOnSite: kept.has(item.kind),
      };
      groups.set(item.kind, group);
    }
    const key = removedKey(item);
    group.items.push({ ...item, key, restored: group.keptOnSite || restored.has(key) });
  }
  return [...groups.values()];
}

/**
 * The blocks to show again at the end of the article, in page order: the ones put back for this
 * page, and every block of a kind the reader keeps on this site (the cached article was cleaned
 * before that choice, so it still lacks them until the page is cleaned again).
 */
export function restoredBlocks(
  removed: readonly Removed[],
  restoredKeys: readonly string[],
  disabledKinds: readonly ClutterKind[],
): Removed[] {
  const restored = new Set(restoredKeys);
  const kept = new Set(disabledKinds);
  const seen = new Set<string>();
  return removed.filter((item) => {
    const key = removedKey(item);
    if (seen.has(key) || !(kept.has(item.kind) || restored.has(key))) return false;
    seen.add(key);
    return item.text.trim().length > 0;
  });
}
