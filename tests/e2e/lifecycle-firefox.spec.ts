/**
 * Lifecycle in Firefox ESR (issue 6 §2), over WebDriver BiDi: the add-on is updated in place (installed again
 * with the same gecko id: Firefox's "reload" of a temporary add-on, and what an update does) on a tab where
 * the content script already ran, then uninstalled and installed again.
 *
 * What Firefox does, and so what this proves: on update or uninstall Firefox nukes the old content script's
 * sandbox at once. None of its code runs again (no periodic check, no abort handler), so it cannot remove
 * its card nor show the blocks it hid; the new instance is injected into the open tab by Firefox itself.
 * The checks: nothing is thrown into the page (before, during and after, with page mutations that would wake
 * the dead instance's observers), one card host only, the hidden blocks are hidden once and listed by the
 * NEW card (so the user can still show them: before the fix in release-leftovers.ts they were stuck hidden
 * and the new card listed none), showing them again restores each element's style attribute exactly, and the
 * new instance answers messages from the add-on's pages (same moz-extension uuid after an update in place).
 * The update happens with the reader view open: the dead overlay, its scroll lock and its print sheet must go
 * too.
 *
 * Not tested here, because Firefox cannot do it: the old instance cleaning up after itself (its code is gone),
 * and the popup after uninstall + install (Firefox forgets the pinned uuid on uninstall: the new install gets
 * a random one that BiDi does not report). The page itself is checked after that path.
 */
import type { Browser, Page } from 'puppeteer-core';
import { test, expect } from './fixtures.ts';
import { waitForDone, type Evaluate } from './contract.ts';
import { SEED_PAGE } from '../../scripts/lib/demo-server.ts';
import { DIST_FIREFOX, GECKO_ID } from '../../scripts/lib/launch.ts';
import { tabIdOf } from '../../scripts/lib/page-probes.ts';
import { INIT_SCRIPT } from '../fixtures/hostile/probes.ts';

/** Each element's style attribute as the page had it, before any content script ran (document_idle). */
const STYLE_SNAPSHOT = `document.addEventListener('DOMContentLoaded', () => {
  window.__styles = new Map([...document.querySelectorAll('*')].map((e) => [e, e.getAttribute('style')]));
})`;

interface PageState {
  passes: number;
  cards: number;
  hidden: number;
  /** Hidden blocks the card lists (the live instance's journal). */
  listed: number;
  /** Reader overlay hosts. */
  readers: number;
  /** Sheets adopted on the document (the reader adds a print sheet). */
  sheets: number;
  /** Elements of the original page whose style attribute differs from the page's own. */
  restyled: number;
  errors: string[];
}

const STATE = `(() => {
  const card = document.querySelector('[data-nutgraf-card]');
  return {
    passes: performance.getEntriesByName('nutgraf:done').length,
    cards: document.querySelectorAll('[data-nutgraf-card]').length,
    hidden: document.querySelectorAll('[data-nutgraf-hidden]').length,
    listed: card && card.shadowRoot ? card.shadowRoot.querySelectorAll('[data-hidden-id]').length : 0,
    readers: document.querySelectorAll('[data-nutgraf-reader]').length,
    sheets: document.adoptedStyleSheets.length,
    restyled: [...window.__styles].filter(([e, s]) => e.isConnected && e.getAttribute('style') !== s).length,
    errors: window.__pageErrors,
  };
})()`;

/** What a busy page does all the time: nodes added to body and head (the dead instance's observers watched both). */
const MUTATE = `(() => {
  for (let i = 0; i < 5; i++) document.body.append(Object.assign(document.createElement('div'), { textContent: 'late ' + i }));
  document.head.append(Object.assign(document.createElement('meta'), { name: 'late', content: 'x' }));
  window.dispatchEvent(new PopStateEvent('popstate'));
  return true;
})()`;

/** "Show" on every hidden block of the card, as a user would. */
const RESTORE_ALL_IN_CARD = `(() => {
  const root = document.querySelector('[data-nutgraf-card]')?.shadowRoot;
  const buttons = root ? [...root.querySelectorAll('[data-hidden-id] button')] : [];
  for (const b of buttons) b.click();
  return buttons.length;
})()`;

/**
 * An extension page to call browser.tabs from. Only the extension APIs are needed, not the page's UI (the
 * popup's own readiness marker is the popup spec's business): any page of the add-on will do.
 */
async function extensionPage(browser: Browser, base: string): Promise<Page> {
  const tab = await browser.newPage();
  // BiDi never resolves goto() to moz-extension:// pages: poll the page instead.
  tab.goto(base + 'options/index.html', { timeout: 5_000 }).catch(() => {});
  await expect
    .poll(() => tab.evaluate(`location.protocol === 'moz-extension:' && typeof browser === 'object' && !!browser.tabs`).catch(() => false), {
      message: 'an extension page with the tabs API',
      timeout: 30_000,
      intervals: [250, 500, 1000],
    })
    .toBe(true);
  return tab;
}

const evaluateIn = (page: Page): Evaluate => (expression) => page.evaluate(expression) as Promise<never>;
const state = (page: Page) => page.evaluate(STATE) as Promise<PageState>;

test('firefox: after an update in place and after uninstall + install, the old content script is inert, one card, blocks hidden once and restorable', async ({ firefox, server }) => {
  const { browser } = firefox;
  const page = await browser.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  await page.evaluateOnNewDocument(INIT_SCRIPT);
  await page.evaluateOnNewDocument(STYLE_SNAPSHOT);
  const url = server.urlOf(SEED_PAGE);
  await page.goto(url);
  expect(await waitForDone(evaluateIn(page))).toBe('news');
  await expect.poll(async () => (await state(page)).listed, { message: 'the card lists the blocks it hid' }).toBeGreaterThan(0);
  const first = await state(page);
  expect(first.cards).toBe(1);
  expect(first.hidden, 'the seed page has upsell blocks to hide').toBe(first.listed);
  expect(first.restyled).toBe(first.hidden);

  await test.step('update in place, reader view open: install again with the same id', async () => {
    // The worst moment: the reader overlay covers the page and locks its scrolling when the old instance dies.
    const opener = await extensionPage(browser, firefox.baseUrl);
    const openerTab = (await opener.evaluate(tabIdOf(url))) as number;
    await opener.evaluate(`browser.tabs.sendMessage(${openerTab}, { nutgraf: 'toggleReader' }, { frameId: 0 })`);
    await opener.close();
    await expect.poll(async () => (await state(page)).readers, { message: 'reader view open' }).toBe(1);
    expect((await state(page)).restyled, 'the reader locked scrolling on <html> and <body>').toBe(first.hidden + 2);

    expect(await browser.installExtension(DIST_FIREFOX)).toBe(GECKO_ID);
    // Firefox injects the new content script into the open tab: a second automatic pass.
    await expect.poll(async () => (await state(page)).passes, { message: 'the new instance ran its pass', timeout: 30_000 }).toBe(2);
    await expect.poll(async () => (await state(page)).listed, { message: 'the new card lists the blocks hidden on the page' }).toBe(first.hidden);
    await page.evaluate(MUTATE);
    await new Promise((r) => setTimeout(r, 1_500));
    const s = await state(page);
    expect(s.cards, 'one card host').toBe(1);
    expect(s.readers, "the dead instance's reader overlay is gone").toBe(0);
    expect(s.sheets, "the dead reader's print sheet is gone").toBe(first.sheets);
    expect(s.hidden, 'blocks hidden once, no more and no fewer').toBe(first.hidden);
    expect(s.restyled, 'only the hidden blocks carry a changed style (scrolling unlocked)').toBe(first.hidden);
    expect(s.passes, 'no pass from the dead instance').toBe(2);
    expect(s.errors, 'errors thrown into the page').toEqual([]);

    // The new instance answers the extension's pages under the same uuid (an update keeps it).
    const popup = await extensionPage(browser, firefox.baseUrl);
    const tabId = (await popup.evaluate(tabIdOf(url))) as number;
    const card = (await popup.evaluate(`browser.tabs.sendMessage(${tabId}, { nutgraf: 'getCard', data: { force: false } }, { frameId: 0 })`)) as {
      ok: boolean;
      value: { facts: { meta: { title?: string } }; hidden: unknown[] } | null;
    };
    expect(card.ok).toBe(true);
    expect(card.value?.facts.meta.title).toBeTruthy();
    expect(card.value?.hidden).toHaveLength(first.hidden);
    await popup.close();

    // Showing them again from the new card restores each style attribute byte for byte.
    expect(await page.evaluate(RESTORE_ALL_IN_CARD)).toBe(first.hidden);
    await expect.poll(async () => (await state(page)).hidden).toBe(0);
    expect((await state(page)).restyled, 'every element back to its own style attribute').toBe(0);
  });

  await test.step('uninstall, then install', async () => {
    // Reload so the page starts clean with this instance's blocks hidden again.
    await page.reload();
    expect(await waitForDone(evaluateIn(page))).toBe('news');
    await expect.poll(async () => (await state(page)).listed).toBe(first.hidden);

    await browser.uninstallExtension(GECKO_ID);
    await page.evaluate(MUTATE);
    await new Promise((r) => setTimeout(r, 1_000));
    const orphaned = await state(page);
    // Nothing can clean up here: the add-on is gone and its content script with it (see the header).
    expect(orphaned.errors, 'errors thrown into the page after uninstall').toEqual([]);
    expect(orphaned.cards).toBeLessThanOrEqual(1);

    await browser.installExtension(DIST_FIREFOX);
    await expect.poll(async () => (await state(page)).passes, { message: 'the new instance ran its pass', timeout: 30_000 }).toBe(2);
    await expect.poll(async () => (await state(page)).listed).toBe(first.hidden);
    await page.evaluate(MUTATE);
    await new Promise((r) => setTimeout(r, 1_000));
    const s = await state(page);
    expect(s.cards, 'one card host').toBe(1);
    expect(s.hidden, 'blocks hidden once').toBe(first.hidden);
    expect(s.errors, 'errors thrown into the page').toEqual([]);
    expect(await page.evaluate(RESTORE_ALL_IN_CARD)).toBe(first.hidden);
    await expect.poll(async () => (await state(page)).restyled).toBe(0);
  });
  expect(pageErrors, 'page errors reported over BiDi').toEqual([]);
});
