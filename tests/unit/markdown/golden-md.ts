import { articleToMarkdown } from '../../../lib/markdown/export';
import { defaultExportOptions } from '../../../lib/markdown/options';
import { processDocument } from '../../../lib/pipeline';
import { loadFixture } from '../fixtures/golden';

/** The fixed clock of the Markdown goldens: the export must not depend on when tests run. */
export const goldenSavedAt = '2026-01-02T03:04:05.000Z';

/** A fixture page's Markdown, exactly as `lede extract` and the extension's export write it. */
export function fixtureMarkdown(name: string): string {
  const { doc, golden } = loadFixture(name);
  const result = processDocument(doc, { url: golden.url, now: goldenSavedAt });
  if (!result.ok) throw new Error(`${name}: ${result.reason}`);
  return articleToMarkdown(result.article, { ...defaultExportOptions, savedAt: goldenSavedAt });
}
