import { defaultFileTemplate } from './filename';
import type { RefStyle } from './rules';

/** What the reader chooses for Markdown export (options page, command-line flags). */
export interface ExportOptions {
  /** File name template: {title} {date} {outlet} {host} {place}. */
  template: string;
  frontMatter: boolean;
  linkStyle: RefStyle;
  imageStyle: RefStyle;
}

export const defaultExportOptions: Readonly<ExportOptions> = Object.freeze({
  template: defaultFileTemplate,
  frontMatter: true,
  linkStyle: 'inline',
  imageStyle: 'inline',
});

const isStyle = (value: unknown): value is RefStyle => value === 'inline' || value === 'referenced';

/**
 * Options read back from storage (or typed on a command line) may be missing, partial or from an
 * older version: every field that is not valid falls back to its default.
 */
export function exportOptions(stored: unknown): ExportOptions {
  const raw = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<
    string,
    unknown
  >;
  const d = defaultExportOptions;
  return {
    template: typeof raw.template === 'string' && raw.template.trim() ? raw.template : d.template,
    frontMatter: typeof raw.frontMatter === 'boolean' ? raw.frontMatter : d.frontMatter,
    linkStyle: isStyle(raw.linkStyle) ? raw.linkStyle : d.linkStyle,
    imageStyle: isStyle(raw.imageStyle) ? raw.imageStyle : d.imageStyle,
  };
}
