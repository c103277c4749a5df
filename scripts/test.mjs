// `npm test`: the whole suite, in the order that fails fastest. Each step's output streams
// through; the first failing step stops the run with its name.
import { spawnSync } from 'node:child_process';
import { findChromium, howToGetChromium } from './find-chromium.mjs';

const chromium = await findChromium();
if (!chromium) {
  console.error(howToGetChromium);
  process.exit(1);
}

const steps = [
  ['lint (Biome)', 'npx', ['biome', 'ci', '.']],
  ['typecheck', 'npx', ['tsc', '--noEmit']],
  ['unit tests', 'npx', ['vitest', 'run']],
  ['build Chrome', 'npx', ['wxt', 'build']],
  ['build Firefox', 'npx', ['wxt', 'build', '-b', 'firefox']],
  ['build for e2e', 'npx', ['wxt', 'build'], { LEDE_E2E: '1' }],
  ['end-to-end tests', 'npx', ['playwright', 'test'], { CHROMIUM_PATH: chromium }],
  ['lint Firefox build', 'npx', ['web-ext', 'lint', '-s', '.output/firefox-mv2', '--self-hosted']],
];

const started = Date.now();
for (const [name, cmd, args, env] of steps) {
  console.log(`\n── ${name} ──`);
  const t = Date.now();
  const run = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (run.status !== 0) {
    console.error(`\n✗ ${name} failed (exit ${run.status ?? run.signal})`);
    process.exit(run.status || 1);
  }
  console.log(`✓ ${name} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
}
console.log(
  `\nAll ${steps.length} steps passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`,
);
