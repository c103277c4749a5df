import type { CoverageView } from '@/lib/messages';
import { CoverageEntry } from './CoverageEntry';
import { CoverageWire } from './CoverageWire';

/** Other outlets' reports of the story, earliest first, wire copies folded per agency. */
export function CoverageList({ view }: { view: CoverageView }) {
  const outlets = view.rows.reduce(
    (n, row) => n + (row.kind === 'wire' ? row.members.filter((m) => !m.self).length : 1),
    0,
  );
  // An aggregator's story has its title; an article's list is about the article above it.
  const heading = view.title ?? 'Other coverage';
  return (
    <section class="coverage" aria-labelledby="coverage-heading">
      <h2 id="coverage-heading" class="coverage-title">
        {heading}
      </h2>
      {view.rows.length === 0 ? (
        <p class="coverage-empty muted">
          No other coverage seen yet. Open the story on a news aggregator, or clean other outlets'
          reports of it.
        </p>
      ) : (
        <>
          <p class="muted">
            {outlets} {outlets === 1 ? 'outlet' : 'outlets'}, earliest first
          </p>
          <ol class="coverage-list">
            {view.rows.map((row) => (
              <li key={row.kind === 'wire' ? `wire ${row.members[0]?.id}` : row.entry.id}>
                {row.kind === 'wire' ? (
                  <CoverageWire row={row} />
                ) : (
                  <CoverageEntry entry={row.entry} />
                )}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
