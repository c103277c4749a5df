import type { Dateline } from '@/lib/types';

export function DatelineBadge({ dateline }: { dateline: Dateline | null }) {
  if (!dateline) return null;
  return (
    <span class="dateline" title={`Dateline: ${dateline.raw}`}>
      {dateline.place && <span class="dateline-place">{dateline.place}</span>}
      {dateline.date && <span class="dateline-date">{dateline.date}</span>}
      {dateline.agency && <span class="agency-badge">{dateline.agency}</span>}
    </span>
  );
}
