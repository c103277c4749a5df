import { useEffect, useRef, useState } from 'preact/hooks';
import {
  loadReaderSettings,
  onReaderSettingsChange,
  saveReaderSettings,
} from '@/lib/browser/reader-settings';
import { changeSetting, defaultReaderSettings, type ReaderSettings } from '@/lib/reader/settings';
import { applyReaderStyle } from '@/lib/reader/style';

/** storage.sync allows 120 writes a minute: a dragged slider is saved once it comes to rest. */
const saveDelay = 400;

/** The reader's settings, applied to the page's root the moment they change. */
export function useReaderSettings() {
  const [settings, setSettings] = useState<ReaderSettings>(defaultReaderSettings);
  const timer = useRef<ReturnType<typeof setTimeout>>();

  const pending = useRef<ReaderSettings | null>(null);

  useEffect(() => {
    loadReaderSettings().then(setSettings, () => {});
    // Closing the panel mid-drag must not lose the last value: write it out on the way.
    const flush = () => {
      clearTimeout(timer.current);
      if (pending.current) void saveReaderSettings(pending.current).catch(() => {});
      pending.current = null;
    };
    addEventListener('pagehide', flush);
    // Another panel or machine changed them; our own echo is ignored while a change is pending.
    const stop = onReaderSettingsChange((changed) => {
      if (!pending.current) setSettings(changed);
    });
    return () => {
      removeEventListener('pagehide', flush);
      stop();
    };
  }, []);
  useEffect(() => applyReaderStyle(document.documentElement, settings), [settings]);

  const change = (patch: Partial<ReaderSettings>) => {
    const next = changeSetting(settings, patch);
    setSettings(next);
    clearTimeout(timer.current);
    pending.current = next;
    timer.current = setTimeout(() => {
      pending.current = null;
      void saveReaderSettings(next).catch(() => {});
    }, saveDelay);
  };
  return { settings, change };
}
