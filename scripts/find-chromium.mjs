// Finds a Chromium for the end-to-end tests and the demo: $CHROMIUM_PATH, the system's, or the
// one `npx playwright install chromium` downloads. Returns null when there is none.
import { existsSync } from 'node:fs';

export const howToGetChromium =
  'No Chromium found: set CHROMIUM_PATH, install it (Debian/Ubuntu: sudo apt-get install chromium), or run `npx playwright install chromium`.';

export async function findChromium() {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ];
  for (const path of candidates) if (path && existsSync(path)) return path;
  try {
    const { chromium } = await import('@playwright/test');
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return bundled;
  } catch {
    // Playwright has no browser of its own installed.
  }
  return null;
}
