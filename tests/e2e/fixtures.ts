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
  context: async ({ chromiumSession }, use) => {
    await use(chromiumSession.context as unknown as BrowserContext);
  },
  extensionId: async ({ chromiumSession }, use) => {
    await use(chromiumSession.extensionId);
  },
  extBase: async ({ chromiumSession }, use) => {
    await use(chromiumSession.baseUrl);
  },
  firefox: async ({}, use) => {
    const session = await launchFirefox({ headless: true });
    await use(session);
    await session.close();
  },
});

export { expect };
