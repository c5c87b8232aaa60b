/**
 * Playwright fixtures for the extension in both browsers (recipe: ../shared/docs/testing-in-real-browsers.md).
 * - `server`: worker-scoped 127.0.0.1 server for tests/fixtures/pages.
 * - `context` (Chromium): a fresh persistent profile with dist/chrome loaded, per test; `extensionId`, `extBase`.
 * - `firefox`: a fresh Firefox ESR over WebDriver BiDi (puppeteer-core) with dist/firefox installed, per test.
 */
import { test as base, expect } from '@playwright/test';
import type { BrowserContext } from '@playwright/test';
import { launchChromium, launchFirefox, type FirefoxSession } from '../../scripts/lib/launch.ts';
import { pageUrl, startDemoServer } from '../../scripts/lib/demo-server.ts';
import type { RunningServer } from '../../scripts/lib/static-server.ts';
import type { Target } from 'puppeteer-core';

export interface DemoServer extends RunningServer {
  /** URL of a fixture page by file name (the home listing is served at `/`). */
  urlOf(page: string): string;
}

interface TestFixtures {
  extensionId: string;
  /** `chrome-extension://<id>/` */
  extBase: string;
  firefox: FirefoxSession;
}

interface WorkerFixtures {
  server: DemoServer;
}

export const test = base.extend<TestFixtures & { chromiumSession: Awaited<ReturnType<typeof launchChromium>> }, WorkerFixtures>({
  server: [
    async ({}, use) => {
      const server = await startDemoServer();
      await use({ ...server, urlOf: (page: string) => pageUrl(server, page) });
      await server.close();
    },
    { scope: 'worker' },
  ],
  chromiumSession: async ({}, use) => {
    const session = await launchChromium({ headless: true });
    await use(session);
    await session.close();
  },
  context: async ({ chromiumSession }, use, testInfo) => {
    // Console errors of pages and the service worker explain most failures; attach them when a test fails.
    const logs: string[] = [];
    chromiumSession.context.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') logs.push(`[${m.type()}] ${m.text()} (${m.location().url})`);
    });
    chromiumSession.context.on('weberror', (e) => logs.push(`[pageerror] ${e.error().message}`));
    await use(chromiumSession.context as unknown as BrowserContext);
    if (testInfo.status !== testInfo.expectedStatus && logs.length) await testInfo.attach('browser-console', { body: logs.join('\n') });
  },
  extensionId: async ({ chromiumSession }, use) => {
    await use(chromiumSession.extensionId);
  },
  extBase: async ({ chromiumSession }, use) => {
    await use(chromiumSession.baseUrl);
  },
  firefox: async ({}, use, testInfo) => {
    const session = await launchFirefox({ headless: true });
    const logs: string[] = [];
    session.browser.on('targetcreated', (target: Target) => {
      target
        .page()
        .then((page) => {
          page?.on('console', (m) => {
            if (m.type() === 'error' || m.type() === 'warn') logs.push(`[${m.type()}] ${m.text()}`);
          });
          page?.on('pageerror', (e) => logs.push(`[pageerror] ${String(e)}`));
        })
        .catch(() => {});
    });
    await use(session);
    if (testInfo.status !== testInfo.expectedStatus && logs.length) await testInfo.attach('browser-console', { body: logs.join('\n') });
    await session.close();
  },
});

export { expect };
