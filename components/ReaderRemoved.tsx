import type { RemovedGroup } from '@/lib/reader/removed';
import type { ClutterKind } from '@/lib/types';

interface Props {
  groups: RemovedGroup[];
  /** The page's site as the reader knows it ("example.com"); empty when unknown. */
  site: string;
  onRestore(key: string, restored: boolean): void;
  onKeepKind(kind: ClutterKind, keep: boolean): void;
}

/**
 * "What was removed": every block Lede took out, by kind. One block can be put back on this
 * page; a whole kind can be kept on the site from now on. Nothing is removed without a way back.
 */
export function ReaderRemoved({ groups, site, onRestore, onKeepKind }: Props) {
  const count = groups.reduce((n, group) => n + group.items.length, 0);
  if (count === 0) return <p class="muted removed-none">Lede removed nothing from this page.</p>;
  return (
    <details class="removed">
      <summary>
        What was removed: {count} {count === 1 ? 'block' : 'blocks'}
      </summary>
      <ul class="removed-groups">
        {groups.map((group) => (
          <li key={group.kind} class="removed-group" data-kind={group.kind}>
            <p class="removed-kind">
              <strong>{group.label}</strong> ({group.items.length})
            </p>
            {site && (
              <button
                type="button"
                class="keep-kind"
                aria-pressed={group.keptOnSite}
                onClick={() => onKeepKind(group.kind, !group.keptOnSite)}
              >
                Keep {group.label.toLowerCase()} on {site}
              </button>
            )}
            {group.keptOnSite && (
              <p class="muted keep-note">
                Lede leaves these in the next time you clean a page on {site}.
              </p>
            )}
            <ul>
              {group.items.map((item, i) => (
                <li key={item.key} class="removed-item">
                  <span class="removed-text" id={`removed-${group.kind}-${i}`}>
                    {item.text || '(no text)'}
                  </span>
                  {!group.keptOnSite && (
                    <button
                      type="button"
                      class="restore"
                      aria-pressed={item.restored}
                      aria-describedby={`removed-${group.kind}-${i}`}
                      onClick={() => onRestore(item.key, !item.restored)}
                    >
                      Put back
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </details>
  );
}
