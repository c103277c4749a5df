// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { defaultReaderSettings } from '../../../lib/reader/settings';
import { applyReaderStyle, palettes, readerStyle } from '../../../lib/reader/style';

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('readerStyle', () => {
  it('maps typography to custom properties with units', () => {
    const style = readerStyle({
      font: 'mono',
      size: 21,
      lineHeight: 1.8,
      width: 55,
      theme: 'system',
    });
    expect(style['--reader-size']).toBe('21px');
    expect(style['--reader-line-height']).toBe('1.8');
    expect(style['--reader-width']).toBe('55ch');
    expect(style['--reader-font']).toMatch(/monospace$/);
  });

  it('pins a palette for light, sepia and dark, and leaves "system" to the stylesheet', () => {
    expect(readerStyle({ ...defaultReaderSettings, theme: 'sepia' })['--bg']).toBe('#f6eedb');
    const dark = readerStyle({ ...defaultReaderSettings, theme: 'dark' });
    expect(dark['--bg']).toBe('#1c1b22');
    expect(dark['color-scheme']).toBe('dark');
    const system = readerStyle({ ...defaultReaderSettings, theme: 'system' });
    expect(system['--bg']).toBeUndefined();
    expect(system['color-scheme']).toBe('light dark');
  });

  it('keeps every text colour at WCAG AA contrast on its background, in every theme', () => {
    for (const [name, p] of Object.entries(palettes)) {
      const pairs = [
        [p['--fg'], p['--bg']],
        [p['--muted'], p['--bg']],
        [p['--accent'], p['--bg']],
        [p['--accent-fg'], p['--accent']],
        [p['--notice-fg'], p['--notice-bg']],
        [p['--badge-fg'], p['--badge-bg']],
      ] as const;
      for (const [fg, bg] of pairs) {
        expect(contrast(fg, bg), `${name}: ${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('applies to an element, and switching to "system" clears the pinned colours', () => {
    const root = document.createElement('html');
    applyReaderStyle(root, { ...defaultReaderSettings, theme: 'dark', size: 24 });
    expect(root.style.getPropertyValue('--bg')).toBe('#1c1b22');
    expect(root.style.getPropertyValue('--reader-size')).toBe('24px');
    expect(root.getAttribute('data-theme')).toBe('dark');
    applyReaderStyle(root, { ...defaultReaderSettings, theme: 'system' });
    expect(root.style.getPropertyValue('--bg')).toBe('');
    expect(root.style.getPropertyValue('--reader-size')).toBe('18px');
    expect(root.getAttribute('data-theme')).toBe('system');
  });
});
