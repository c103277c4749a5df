import type { CoverageRow } from '@/lib/messages';
import { CoverageEntry, CoverageTime } from './CoverageEntry';

type WireRow = Extract<CoverageRow, { kind: 'wire' }>;

/** Outlets running one agency's copy, folded into one line; opening it lists each outlet. */
export function CoverageWire({ row }: { row: WireRow }) {
  const n = row.members.length;
  const adding = row.members.filter((m) => m.additions.length > 0).length;
  return (
    <details class="coverage-wire">
      <summary>
        <span class="coverage-agency">{row.agency}</span> — run by {n}{' '}
        {n === 1 ? 'outlet' : 'outlets'}
        {adding > 0 && <span class="muted"> ({adding} with additions)</span>}
        <CoverageTime time={row.time} />
      </summary>
      <ol class="coverage-members">
        {row.members.map((m) => (
          <li key={m.id}>
            <CoverageEntry entry={m} />
          </li>
        ))}
      </ol>
    </details>
  );
}
