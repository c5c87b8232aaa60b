/**
 * Lifecycle and data safety in Chromium (issue 6 §2, §3):
 * - after `chrome.runtime.reload()` the old content script stops cleanly (no error into the page or the
 *   console, its card removed or inert), and neither a re-injection into the same document nor a page reload
 *   leaves two cards;
 * - ten tabs saving at the same moment (ten popups, clicks fired together) store ten summaries.
 */
import { test, expect } from './fixtures.ts';
import { waitForDone, type Evaluate } from './contract.ts';
import { SEED_PAGE } from '../../scripts/lib/demo-server.ts';
import { tabIdOf } from '../../scripts/lib/page-probes.ts';
import { POPUP_PATH, READY, SAVE } from './popup-selectors.ts';
import { INIT_SCRIPT } from '../fixtures/hostile/probes.ts';
import { startHostileServer } from '../fixtures/hostile/hostile-server.ts';
import type { Page } from '@playwright/test';

/** The extension API inside evaluated functions (they run in extension pages, not in Node). */
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  scripting: { executeScript(o: object): Promise<unknown> };
  developerPrivate: { updateProfileConfiguration(c: object): Promise<void>; reload(id: string, o: object): Promise<void> };
};

const evaluateIn = (page: Page): Evaluate => (expression) => page.evaluate(expression);
const CARDS = `document.querySelectorAll('[data-nutgraf-card]').length`;
const HIDDEN = `document.querySelectorAll('[data-nutgraf-hidden]').length`;
const LISTED = `document.querySelector('[data-nutgraf-card]')?.shadowRoot?.querySelectorAll('[data-hidden-id]').length ?? 0`;
const SAVE_IN_CARD = `(() => { const b = document.querySelector('[data-nutgraf-card]')?.shadowRoot?.querySelector('[data-action="save"], .nfc-save'); if (b) b.click(); return !!b; })()`;

test('after an extension reload the old content script stops cleanly; no duplicate card after re-injection or reload', async ({ context, server, extBase, extensionId }) => {
  test.slow();
  const extensionErrors: string[] = [];
  context.on('console', (m) => {
    if (m.type() === 'error' && /^chrome-extension:/.test(m.location().url)) extensionErrors.push(`${m.text()} (${m.location().url})`);
  });
  context.on('weberror', (e) => extensionErrors.push(`weberror: ${e.error().message} (${e.page()?.url()}) ${e.error().stack?.slice(0, 300)}`));
  await context.addInitScript(INIT_SCRIPT);
  const page = await context.newPage();
  const url = server.urlOf(SEED_PAGE);
  await page.goto(url);
  expect(await waitForDone(evaluateIn(page))).toBe('news');
  expect(await page.evaluate(CARDS)).toBe(1);
  const hiddenBefore = await page.evaluate<number>(HIDDEN);

  // Reload as the Extensions page does (an unpacked extension's "reload" = an update in place).
  // chrome.runtime.reload() from the worker unloads it for good under --disable-extensions-except.
  const manager = await context.newPage();
  await manager.goto('chrome://extensions/');
  await manager.evaluate(async (id) => {
    const dev = chrome.developerPrivate;
    await dev.updateProfileConfiguration({ inDeveloperMode: true });
    await dev.reload(id, { failQuietly: true });
  }, extensionId);
  await manager.close();

  // The orphaned instance: its periodic check runs every 10 s. Use the card meanwhile: nothing may throw.
  await page.evaluate(SAVE_IN_CARD);
  await page.waitForTimeout(11_000);
  const orphanCards = await page.evaluate<number>(CARDS);
  console.log(`lifecycle: after reload the orphan left ${orphanCards} card(s), ${await page.evaluate(HIDDEN)} hidden block(s) (before: ${hiddenBefore})`);
  expect(orphanCards, 'orphaned card removed or left alone, never duplicated').toBeLessThanOrEqual(1);
  expect(await page.evaluate('window.__pageErrors'), 'errors thrown into the page').toEqual([]);

  // The new extension instance (same id: unpacked) injects its content script into the same document, as
  // the popup does; an extension page of the new instance has the same APIs as its worker.
  const ext = await context.newPage();
  // The reloaded extension may take a moment to accept its pages again.
  await expect.poll(async () => (await ext.goto(extBase + POPUP_PATH).then(() => true, () => false)), { message: 'extension pages load after the reload', timeout: 20_000, intervals: [500, 1000] }).toBe(true);
  const tabId = await ext.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url);
  expect(tabId, 'tab id').toBeDefined();
  await ext.evaluate((id) => chrome.scripting.executeScript({ target: { tabId: id! }, files: ['detect.js', 'content.js'] }).then(() => true), tabId);
  await ext.close();
  await expect.poll(() => page.evaluate<number>(`performance.getEntriesByName('nutgraf:done').length`), { message: 'a new pass after re-injection', timeout: 20_000 }).toBeGreaterThan(1);
  await page.waitForTimeout(1_000);
  expect(await page.evaluate(CARDS), 'one card after re-injection into the same document').toBe(1);
  expect(await page.evaluate(HIDDEN), 'hidden blocks after re-injection').toBe(hiddenBefore);
  // …hidden by the new instance: its card lists them, so the user can still show them again.
  await expect.poll(() => page.evaluate<number>(LISTED), { message: 'the new card lists the hidden blocks' }).toBe(hiddenBefore);

  await page.reload();
  expect(await waitForDone(evaluateIn(page))).toBe('news');
  await page.waitForTimeout(500);
  expect(await page.evaluate(CARDS), 'one card after the page reload').toBe(1);
  expect(await page.evaluate('window.__pageErrors')).toEqual([]);
  expect(extensionErrors, 'uncaught errors logged by extension scripts').toEqual([]);
});

test('ten tabs saving at the same moment store ten summaries', async ({ context, extBase }) => {
  test.slow();
  const hostile = await startHostileServer();
  try {
    // Ten distinct article URLs (SPA routes answer with the same story page).
    const urls = Array.from({ length: 10 }, (_, i) => `${hostile.url}/hostile/spa/story-${i + 1}.html`);
    const tabs = await Promise.all(urls.map(() => context.newPage()));
    for (const [i, tab] of tabs.entries()) {
      await tab.goto(urls[i]!);
      expect(await waitForDone(evaluateIn(tab))).toBe('news');
    }
    const probe = await context.newPage();
    await probe.goto(extBase + POPUP_PATH);
    const ids = await Promise.all(urls.map((u) => probe.evaluate<number | null>(tabIdOf(u))));
    const popups = await Promise.all(ids.map(() => context.newPage()));
    await Promise.all(popups.map((p, i) => p.goto(`${extBase}${POPUP_PATH}?tab=${ids[i]}`)));
    await Promise.all(popups.map((p) => p.locator(READY).waitFor()));
    // All ten clicks dispatched together, from the page world (no per-click actionability waits in between).
    await Promise.all(popups.map((p) => p.evaluate((sel) => (document.querySelector(sel) as HTMLElement | null)?.click(), SAVE)));
    await expect
      .poll(async () => (await probe.evaluate(() => chrome.runtime.sendMessage({ nutgraf: 'listSummaries' })) as { value?: { url: string }[] }).value?.length ?? -1, {
        message: 'summaries stored',
        timeout: 15_000,
      })
      .toBe(10);
    const stored = (await probe.evaluate(() => chrome.runtime.sendMessage({ nutgraf: 'listSummaries' })) as { value: { url: string }[] }).value;
    expect(new Set(stored.map((s) => s.url))).toEqual(new Set(urls));
  } finally {
    await hostile.close();
  }
});
