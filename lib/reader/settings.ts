// The reader's typography and theme: defaults, and validation of what storage hands back. Stored
// values may be missing, from an older version, edited by hand or synced from another machine, so
// every field is checked and clamped on the way in; the side panel never trusts them as they are.

export const fontChoices = ['serif', 'sans', 'mono', 'system'] as const;
export const themeChoices = ['light', 'sepia', 'dark', 'system'] as const;
export type ReaderFont = (typeof fontChoices)[number];
export type ReaderTheme = (typeof themeChoices)[number];

export interface ReaderSettings {
  font: ReaderFont;
  /** Body text size in CSS pixels. */
  size: number;
  /** Unitless line height. */
  lineHeight: number;
  /** Longest line, in characters of the body font (the ch unit). */
  width: number;
  theme: ReaderTheme;
}

interface Range {
  min: number;
  max: number;
  step: number;
}

/**
 * Bounds a reader can pick within. 12 px is the smallest size that stays comfortable in a narrow
 * panel, 32 px fills it with a few words a line; 45-85 characters is the span typographers give
 * for a readable line, with a little room on both sides.
 */
export const ranges: Readonly<Record<'size' | 'lineHeight' | 'width', Range>> = {
  size: { min: 12, max: 32, step: 1 },
  lineHeight: { min: 1.2, max: 2.2, step: 0.1 },
  width: { min: 40, max: 90, step: 5 },
};

export const defaultReaderSettings: Readonly<ReaderSettings> = Object.freeze({
  font: 'serif',
  size: 18,
  lineHeight: 1.6,
  width: 65,
  theme: 'system',
});

/** Clamps to the range and snaps to its step, so 17.999999 from a slider is stored as 18. */
export function clampTo(value: number, { min, max, step }: Range): number {
  const snapped = Math.round((value - min) / step) * step + min;
  const bounded = Math.min(max, Math.max(min, snapped));
  // Float steps (0.1) leave 1.6000000000000003 behind: keep the step's own precision.
  const decimals = String(step).split('.')[1]?.length ?? 0;
  return Number(bounded.toFixed(decimals));
}

function numberIn(value: unknown, key: keyof typeof ranges): number {
  const parsed = typeof value === 'string' ? Number(value) : value;
  return typeof parsed === 'number' && Number.isFinite(parsed)
    ? clampTo(parsed, ranges[key])
    : defaultReaderSettings[key];
}

function oneOf<T extends string>(value: unknown, choices: readonly T[], fallback: T): T {
  return choices.includes(value as T) ? (value as T) : fallback;
}

/** Settings from whatever storage returned: every invalid field falls back to its default. */
export function readerSettings(stored: unknown): ReaderSettings {
  const raw = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<
    string,
    unknown
  >;
  const d = defaultReaderSettings;
  return {
    font: oneOf(raw.font, fontChoices, d.font),
    size: numberIn(raw.size, 'size'),
    lineHeight: numberIn(raw.lineHeight, 'lineHeight'),
    width: numberIn(raw.width, 'width'),
    theme: oneOf(raw.theme, themeChoices, d.theme),
  };
}

/** One change from the settings popover, validated like a stored value. */
export function changeSetting(settings: ReaderSettings, patch: Partial<ReaderSettings>) {
  return readerSettings({ ...settings, ...patch });
}
