/**
 * Privacy (issue 6 §5): while it treats our fixture pages (automatic pass, card, popup save), the extension
 * makes ZERO network requests of its own. Chromium logs every request of the context — pages, frames and the
 * extension's service worker (a canary fetch from the worker proves the log sees it) — and the http(s)
 * requests must be exactly the ones the same pages make in a browser without the extension.
 */
import { chromium, type Request } from 'playwright-core';
import { test, expect } from './fixtures.ts';
import { waitForDone, type Evaluate } from './contract.ts';
import { listDemoPages, SEED_PAGE } from '../../scripts/lib/demo-server.ts';
import { CHROMIUM_PATH } from '../../scripts/lib/launch.ts';
import { POPUP_PATH, READY, SAVE, SAVED_ITEM } from './popup-selectors.ts';
import { tabIdOf } from '../../scripts/lib/page-probes.ts';
import type { Page } from '@playwright/test';
import { startHostileServer } from '../fixtures/hostile/hostile-server.ts';

/** Hostile pages that reach every stage (payload metadata, frames, strict CSP) besides our news fixtures. */
const HOSTILE = ['payloads', 'iframes-in-news', 'csp-meta'];

const pages = listDemoPages();
const evaluateIn = (page: Page): Evaluate => (expression) => page.evaluate(expression);

interface Logged {
  url: string;
  from: string;
}

function describe(r: Request): Logged {
  let from = 'page';
  try {
    if (r.serviceWorker()) from = `service-worker ${r.serviceWorker()!.url()}`;
    else from = `frame ${r.frame().url()}`;
  } catch {
    from = 'unknown';
  }
  return { url: r.url(), from };
}

/** Non-extension URLs, with the port (random per server) kept: only 127.0.0.1 fixtures may appear. */
const external = (log: Logged[]) => log.filter((l) => !/^(chrome-extension|data|blob|about):/.test(l.url));

test('zero extension network requests on the fixture pages (Chromium: pages, frames and service worker)', async ({ context, server, extBase }) => {
  test.slow();
  const log: Logged[] = [];
  context.on('request', (r) => log.push(describe(r)));
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));

  // Positive control: a request made by the service worker shows up in the log.
  const canary = `${server.url}/__canary-from-service-worker`;
  await sw.evaluate((url) => fetch(url).then((r) => r.status), canary);
  await expect.poll(() => log.some((l) => l.url === canary), { message: 'the request log sees service-worker requests' }).toBe(true);
  log.length = 0;

  const hostile = await startHostileServer();
  const urls = [...pages.map((e) => server.urlOf(e.page)), ...HOSTILE.map((n) => hostile.urlOf(n))];
  const page = await context.newPage();
  for (const u of urls) {
    await page.goto(u);
    await waitForDone(evaluateIn(page));
  }
  // The popup saves the seed article: storage and messaging only.
  const url = server.urlOf(SEED_PAGE);
  await page.goto(url);
  await waitForDone(evaluateIn(page));
  const probe = await context.newPage();
  await probe.goto(extBase + POPUP_PATH);
  const tabId = await probe.evaluate<number | null>(tabIdOf(url));
  await probe.goto(`${extBase}${POPUP_PATH}?tab=${tabId}`);
  await probe.locator(READY).waitFor();
  await probe.locator(SAVE).click();
  await expect(probe.locator(SAVED_ITEM).first()).toBeVisible();
  await probe.close();
  await page.waitForTimeout(1_000); // late requests (beacons, prefetch) would land here

  // The same pages in a plain Chromium without the extension: what the pages themselves request.
  const plain = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-gpu'] });
  const baseline: Logged[] = [];
  try {
    const ctx = await plain.newContext();
    ctx.on('request', (r) => baseline.push(describe(r)));
    const p = await ctx.newPage();
    for (const u of [...urls, url]) {
      await p.goto(u);
      await p.waitForTimeout(300);
    }
  } finally {
    await plain.close();
    await hostile.close();
  }

  const withExt = external(log);
  const fromWorker = log.filter((l) => l.from.startsWith('service-worker'));
  const extensionPages = log.filter((l) => l.url.startsWith('chrome-extension:'));
  console.log(
    `network: ${log.length} requests with the extension (${withExt.length} http, ${extensionPages.length} chrome-extension://, ` +
      `${fromWorker.length} from the service worker); ${baseline.length} in the plain browser`,
  );
  expect(fromWorker, 'requests from the extension service worker').toEqual([]);
  for (const l of withExt) expect(l.url, `only the 127.0.0.1 fixture server (${l.from})`).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
  const count = (list: Logged[]) => {
    const m = new Map<string, number>();
    for (const l of list) m.set(l.url, (m.get(l.url) ?? 0) + 1);
    return m;
  };
  const extra = [...count(withExt)].filter(([u, n]) => n > (count(external(baseline)).get(u) ?? 0)).map(([u, n]) => `${u} ×${n}`);
  expect(extra, 'http requests beyond what the pages make without the extension').toEqual([]);
});
