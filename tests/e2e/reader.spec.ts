/**
 * Reader view in both browsers: opened for a tab (the popup's / context menu's `openReader` message), it shows
 * the article in a `data-nutgraf-reader` overlay with the card on top; Esc closes it and the page is exactly as
 * before (scroll position, <html>/<body> style attributes); axe finds no violation inside the overlay.
 */
import { test, expect } from './fixtures.ts';
import { waitForDone } from './contract.ts';
import { SEED_PAGE } from '../../scripts/lib/demo-server.ts';
import { tabIdOf } from '../../scripts/lib/page-probes.ts';
import { POPUP_PATH } from './popup-selectors.ts';
import { axeViolations, chromiumDriver, firefoxDriver, message, type Driver } from './library-driver.ts';

const PAGE_STATE = `({
  y: Math.round(scrollY),
  html: document.documentElement.getAttribute('style'),
  body: document.body.getAttribute('style'),
  readers: document.querySelectorAll('[data-nutgraf-reader]').length,
})`;

const READER = `(() => {
  const host = document.querySelector('[data-nutgraf-reader]');
  const root = host && host.shadowRoot;
  if (!root) return null;
  const card = root.querySelector('[data-nutgraf-reader-card]');
  return {
    dialog: root.querySelector('[role="dialog"]') !== null,
    text: root.querySelector('.nr-content').textContent.trim().length,
    title: root.querySelector('.nr-title').textContent,
    facts: card && card.shadowRoot ? card.shadowRoot.querySelectorAll('[data-fact]').length : 0,
    scripts: root.querySelectorAll('script, [onerror], [onclick]').length,
  };
})()`;

async function openAndClose(d: Driver, url: string): Promise<void> {
  const page = await d.openUrl(url);
  expect(await waitForDone((e) => page.eval(e))).toBe('news');
  await page.eval('window.scrollTo(0, 400)');
  const before = await page.eval<{ y: number }>(PAGE_STATE);

  const probe = await d.openExt(POPUP_PATH);
  const tabId = await probe.eval<number>(tabIdOf(url));
  await probe.eval(message('openReader', { tabId }));
  await probe.close();

  await page.waitFor('[data-nutgraf-reader]');
  const reader = await page.eval<{ dialog: boolean; text: number; title: string; facts: number; scripts: number }>(READER);
  expect(reader.dialog).toBe(true);
  expect(reader.text).toBeGreaterThan(500);
  expect(reader.title.length).toBeGreaterThan(5);
  expect(reader.facts).toBeGreaterThan(0);
  expect(reader.scripts).toBe(0);
  expect(await axeViolations(page, '[data-nutgraf-reader]')).toEqual([]);

  await page.press('Escape');
  await expect.poll(() => page.eval<number>(`document.querySelectorAll('[data-nutgraf-reader]').length`)).toBe(0);
  expect(await page.eval(PAGE_STATE)).toEqual(before);
}

test('reader, chromium: opens with the article and the card; Esc restores the page; axe clean', async ({ context, extBase, server }) => {
  await openAndClose(chromiumDriver(context, extBase), server.urlOf(SEED_PAGE));
});

test('reader, firefox: opens with the article and the card; Esc restores the page; axe clean', async ({ firefox, server }) => {
  await openAndClose(firefoxDriver(firefox.browser, firefox.baseUrl), server.urlOf(SEED_PAGE));
});
