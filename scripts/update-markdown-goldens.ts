// Rewrites tests/fixtures/markdown/<name>.md from the current pipeline. Run it on purpose, read the
// diff like code, and commit it with the reason; CI never writes goldens.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pageGoldenNames, readGolden } from '../tests/unit/fixtures/golden';
import { fixtureMarkdown } from '../tests/unit/markdown/golden-md';

for (const name of pageGoldenNames()) {
  if (readGolden(name).kind !== 'article') continue;
  const path = resolve(import.meta.dirname, '../tests/fixtures/markdown', `${name}.md`);
  writeFileSync(path, fixtureMarkdown(name));
  console.log(`wrote ${path}`);
}
