import { useEffect, useState } from 'preact/hooks';
import type { LedeDB } from '@/lib/db/schema';
import { upgradeMessages } from '@/lib/db/upgrade-guard';

/**
 * Said at the top of every page that holds the cache: a newer Lede took it over (reload), or this
 * page's newer Lede waits for an old page to let go of it.
 */
export function UpgradeNotice({ db }: { db: LedeDB }) {
  const [state, setState] = useState(db.upgrades.state);
  useEffect(() => {
    const stop = db.upgrades.subscribe(setState);
    // It may have changed between the first render and this effect.
    setState(db.upgrades.state);
    return () => {
      stop();
    };
  }, [db]);
  if (state === 'current') return null;
  return (
    <p class="notice upgrade-notice" role="alert">
      {upgradeMessages[state]}{' '}
      {state === 'outdated' && (
        <button type="button" onClick={() => location.reload()}>
          Reload
        </button>
      )}
    </p>
  );
}
