import { kindLabel } from '@/lib/reader/removed';
import type { Removed } from '@/lib/types';

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
            <strong>{kindLabel(kind)}</strong> ({items.length})
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
