import type { Removed } from '@/lib/types';

const kindNames: Record<Removed['kind'], string> = {
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

/** What Lede took out, grouped by kind, so nothing disappears without the reader knowing. */
export function RemovedList({ removed }: { removed: Removed[] }) {
  if (removed.length === 0) return <p class="muted">Nothing needed removing.</p>;
  const byKind = new Map<Removed['kind'], Removed[]>();
  for (const item of removed) byKind.set(item.kind, [...(byKind.get(item.kind) ?? []), item]);
  return (
    <details class="removed">
      <summary>
        Removed {removed.length} {removed.length === 1 ? 'block' : 'blocks'} of clutter
      </summary>
      <ul>
        {[...byKind].map(([kind, items]) => (
          <li key={kind}>
            <strong>{kindNames[kind]}</strong> ({items.length})
            <ul>
              {items.map((item, i) => (
                <li key={i} class="removed-text">
                  {item.text}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </details>
  );
}
