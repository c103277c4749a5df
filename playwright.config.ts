import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  // One browser at a time: each test starts its own Chromium with the extension on 2 cores.
  workers: 1,
  timeout: 60_000,
  retries: 0,
  reporter: [['list']],
  use: { trace: 'off' },
});
