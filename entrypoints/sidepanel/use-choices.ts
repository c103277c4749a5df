import { useEffect, useState } from 'preact/hooks';
import {
  loadDisabledKindsFor,
  loadRestoredFor,
  saveKindDisabled,
  saveRestored,
} from '@/lib/browser/reader-settings';
import type { ClutterKind } from '@/lib/types';

/** What the reader put back on this page, and the kinds they keep on its site. */
export function useRemovedChoices(url: string | null) {
  const [restored, setRestored] = useState<string[]>([]);
  const [kept, setKept] = useState<ClutterKind[]>([]);

  useEffect(() => {
    setRestored([]);
    setKept([]);
    if (!url) return;
    loadRestoredFor(url).then(setRestored, () => {});
    loadDisabledKindsFor(url).then(setKept, () => {});
  }, [url]);

  return {
    restored,
    kept,
    restore: async (key: string, on: boolean) => {
      if (url) setRestored(await saveRestored(url, key, on));
    },
    keepKind: async (kind: ClutterKind, on: boolean) => {
      if (url) setKept(await saveKindDisabled(url, kind, on));
    },
  };
}
