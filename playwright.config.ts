import { defineConfig } from '@playwright/test';

/**
 * e2e in real browsers: Chromium through Playwright, Firefox ESR through puppeteer-core (WebDriver BiDi) inside
 * the same runner — see tests/e2e/fixtures.ts. The extension must be built first (`npm run build`);
 * `npm run test:e2e` checks the browsers exist. No browser is ever downloaded: executables are /usr/bin's.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  // Each test launches its own browser; two shared cores do not fit more than one at a time.
  workers: 1,
  fullyParallel: false,
  retries: process.env.CI ? 1 : 0,
  timeout: 120_000,
  expect: { timeout: 10_000 },
  // Budget: a few minutes on an idle 2-core machine (each test launches its own browser: ~2 s Chromium,
  // ~6 s Firefox). On CI a hard stop keeps the whole job under 30 minutes; locally (often a busy machine) none.
  globalTimeout: process.env.CI ? 25 * 60_000 : 0,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  outputDir: 'test-results',
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
