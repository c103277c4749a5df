import type { ReaderFont, ReaderSettings, ReaderTheme } from './settings';

// Settings become CSS custom properties on the reader's root element: the stylesheet reads them,
// so a change repaints at once with no re-render, and the same names drive every component.

export const fontStacks: Readonly<Record<ReaderFont, string>> = {
  serif: 'Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, serif',
  sans: '"Source Sans 3", "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  // Mono faces drawn for prose rather than code first; every platform has the last ones.
  mono: '"iA Writer Quattro S", "Atkinson Hyperlegible Mono", "IBM Plex Mono", "Cascadia Mono", Menlo, Consolas, ui-monospace, monospace',
  system: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
};

type Palette = Record<
  | '--bg'
  | '--fg'
  | '--muted'
  | '--accent'
  | '--accent-fg'
  | '--border'
  | '--notice-bg'
  | '--notice-fg'
  | '--badge-bg'
  | '--badge-fg',
  string
>;

/**
 * The palettes of components/theme.css, named so a reader can pin one whatever the system says;
 * sepia is the warm paper of Firefox's Reader View. Every text colour here keeps WCAG AA
 * contrast (4.5:1) on its background: tests/unit/reader/style.test.ts checks it.
 */
export const palettes: Readonly<Record<Exclude<ReaderTheme, 'system'>, Palette>> = {
  light: {
    '--bg': '#ffffff',
    '--fg': '#1b1b1f',
    '--muted': '#5c5c66',
    '--accent': '#0b57d0',
    '--accent-fg': '#ffffff',
    '--border': '#d9d9e0',
    '--notice-bg': '#fff4d6',
    '--notice-fg': '#4d3800',
    '--badge-bg': '#e8eefc',
    '--badge-fg': '#0b3d91',
  },
  sepia: {
    '--bg': '#f6eedb',
    '--fg': '#3b2f20',
    '--muted': '#634f38',
    '--accent': '#8b3a0e',
    '--accent-fg': '#ffffff',
    '--border': '#d8c7a3',
    '--notice-bg': '#ecdcb2',
    '--notice-fg': '#3d2c00',
    '--badge-bg': '#e9d8b0',
    '--badge-fg': '#4a3410',
  },
  dark: {
    '--bg': '#1c1b22',
    '--fg': '#ececf1',
    '--muted': '#a8a8b3',
    '--accent': '#8ab4f8',
    '--accent-fg': '#0b1a33',
    '--border': '#3b3a45',
    '--notice-bg': '#3d3216',
    '--notice-fg': '#ffe2a0',
    '--badge-bg': '#26324d',
    '--badge-fg': '#c4d7ff',
  },
};

/** Every property readerStyle may set, so applying a new style can clear what the old one set. */
export const styleProperties: readonly string[] = [
  '--reader-font',
  '--reader-size',
  '--reader-line-height',
  '--reader-width',
  'color-scheme',
  ...Object.keys(palettes.light),
];

/** The CSS properties for these settings. "system" sets no colours: theme.css follows the OS. */
export function readerStyle(settings: ReaderSettings): Record<string, string> {
  const { theme } = settings;
  return {
    '--reader-font': fontStacks[settings.font],
    '--reader-size': `${settings.size}px`,
    '--reader-line-height': String(settings.lineHeight),
    '--reader-width': `${settings.width}ch`,
    // Scrollbars and form controls follow the chosen theme, not the system's.
    'color-scheme': theme === 'system' ? 'light dark' : theme === 'dark' ? 'dark' : 'light',
    ...(theme === 'system' ? {} : palettes[theme]),
  };
}

interface Styled {
  style: Pick<CSSStyleDeclaration, 'setProperty' | 'removeProperty'>;
  setAttribute(name: string, value: string): void;
}

/** Puts the settings on an element (the document's root in the side panel). */
export function applyReaderStyle(el: Styled, settings: ReaderSettings): void {
  const style = readerStyle(settings);
  for (const name of styleProperties) {
    const value = style[name];
    if (value === undefined) el.style.removeProperty(name);
    else el.style.setProperty(name, value);
  }
  el.setAttribute('data-theme', settings.theme);
}
