import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  changeSetting,
  defaultReaderSettings,
  fontChoices,
  ranges,
  readerSettings,
  themeChoices,
} from '../../../lib/reader/settings';

describe('readerSettings (what storage hands back)', () => {
  it('falls back to the defaults for nothing, garbage or another type', () => {
    for (const stored of [undefined, null, 'serif', 42, [], {}]) {
      expect(readerSettings(stored)).toEqual(defaultReaderSettings);
    }
  });

  it('keeps valid values and replaces each invalid field on its own', () => {
    expect(
      readerSettings({ font: 'mono', size: 22, lineHeight: 1.8, width: 50, theme: 'sepia' }),
    ).toEqual({ font: 'mono', size: 22, lineHeight: 1.8, width: 50, theme: 'sepia' });
    expect(readerSettings({ font: 'comic-sans', size: 22, theme: 'neon' })).toEqual({
      ...defaultReaderSettings,
      size: 22,
    });
  });

  it('clamps sizes to what fits a side panel and snaps to the slider steps', () => {
    expect(readerSettings({ size: 400 }).size).toBe(32);
    expect(readerSettings({ size: 2 }).size).toBe(12);
    expect(readerSettings({ size: 17.6 }).size).toBe(18);
    expect(readerSettings({ size: '20' }).size).toBe(20);
    expect(readerSettings({ size: Number.NaN }).size).toBe(defaultReaderSettings.size);
    expect(readerSettings({ size: Number.POSITIVE_INFINITY }).size).toBe(
      defaultReaderSettings.size,
    );
    expect(readerSettings({ lineHeight: 1.63 }).lineHeight).toBe(1.6);
    expect(readerSettings({ lineHeight: 9 }).lineHeight).toBe(2.2);
    expect(readerSettings({ width: 67 }).width).toBe(65);
    expect(readerSettings({ width: 10 }).width).toBe(40);
  });

  it('never leaves a field out of range or of the wrong kind, whatever is stored', () => {
    fc.assert(
      fc.property(
        fc.anything(),
        fc.anything(),
        fc.anything(),
        fc.anything(),
        fc.anything(),
        (font, size, lineHeight, width, theme) => {
          const s = readerSettings({ font, size, lineHeight, width, theme });
          expect(fontChoices).toContain(s.font);
          expect(themeChoices).toContain(s.theme);
          for (const key of ['size', 'lineHeight', 'width'] as const) {
            expect(s[key]).toBeGreaterThanOrEqual(ranges[key].min);
            expect(s[key]).toBeLessThanOrEqual(ranges[key].max);
          }
          // Stored again and read back, it is unchanged: no drift between two side panels.
          expect(readerSettings(JSON.parse(JSON.stringify(s)))).toEqual(s);
        },
      ),
    );
  });

  it('validates a change from the popover like a stored value', () => {
    const changed = changeSetting(defaultReaderSettings, { size: 99, theme: 'dark' });
    expect(changed).toEqual({ ...defaultReaderSettings, size: 32, theme: 'dark' });
  });
});
