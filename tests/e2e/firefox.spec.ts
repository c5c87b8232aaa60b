/**
 * Firefox ESR (puppeteer-core over WebDriver BiDi, /usr/bin/firefox-esr, dist/firefox): the seed page gets its
 * card, the home listing gets none, and save → reopen the popup (as a moz-extension tab) → listed.
 */
import { test, expect } from './fixtures.ts';
import { expectNewsCard, expectNoCard, norm, waitForDone, type Evaluate } from './contract.ts';
import { HOME_PAGE, listDemoPages, SEED_PAGE } from '../../scripts/lib/demo-server.ts';
import { tabIdOf } from '../../scripts/lib/page-probes.ts';
import { openFirefoxExtensionPage, pollSelector } from './library-driver.ts';
import { POPUP_PATH, SAVE, SAVED_ITEM } from './popup-selectors.ts';
import type { Browser, Page } from 'puppeteer-core';

const evaluateIn = (page: Page): Evaluate => <T,>(expression: string) => page.evaluate(expression) as Promise<T>;
const expectedFor = (file: string) => listDemoPages().find((p) => p.page === file)!;

/** Opens an extension page as a tab (see openFirefoxExtensionPage). */
const openExtensionPage = (browser: Browser, url: string): Promise<Page> => openFirefoxExtensionPage(browser, url);

test.describe('firefox', () => {
  test('seed page: card with title and published date, state news', async ({ firefox, server }) => {
    const page = await firefox.browser.newPage();
    await page.goto(server.urlOf(SEED_PAGE));
    await expectNewsCard(evaluateIn(page), expectedFor(SEED_PAGE));
  });

  test('home listing: no card, state not-news', async ({ firefox, server }) => {
    const page = await firefox.browser.newPage();
    await page.goto(server.urlOf(HOME_PAGE));
    await expectNoCard(evaluateIn(page));
  });

  test('saving from the popup then reopening it lists the item', async ({ firefox, server }) => {
    const { browser, baseUrl } = firefox;
    const url = server.urlOf(SEED_PAGE);
    const page = await browser.newPage();
    await page.goto(url);
    expect(await waitForDone(evaluateIn(page))).toBe('news');

    const probe = await openExtensionPage(browser, baseUrl + POPUP_PATH);
    const tabId = await probe.evaluate(tabIdOf(url));
    expect(tabId, 'tab id of the article').not.toBeNull();
    await probe.close();

    const popup = await openExtensionPage(browser, `${baseUrl}${POPUP_PATH}?tab=${tabId}`);
    await popup.click(SAVE);
    await pollSelector(popup, SAVED_ITEM, 10_000);
    await popup.close();

    const reopened = await openExtensionPage(browser, `${baseUrl}${POPUP_PATH}?tab=${tabId}`);
    const texts = await reopened.$$eval(SAVED_ITEM, (els) => els.map((e) => e.textContent ?? ''));
    expect(texts).toHaveLength(1);
    expect(norm(texts[0]!)).toContain(norm(expectedFor(SEED_PAGE).title!).slice(0, 30));
  });
});
