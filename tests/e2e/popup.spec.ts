/**
 * The toolbar popup (opened as a tab with `?tab=<id>`, as the real popup cannot be scripted in both browsers):
 * never blank. Chromium only; the save round trip in both browsers lives in chromium/firefox.spec.ts.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { waitForDone, type Evaluate } from './contract.ts';
import { HOME_PAGE } from '../../scripts/lib/demo-server.ts';
import { tabIdOf } from '../../scripts/lib/page-probes.ts';
import { POPUP_PATH, READY } from './popup-selectors.ts';

const evaluateIn = (page: Page): Evaluate => (expression) => page.evaluate(expression);

test.describe('popup', () => {
  test('on an extension page (no script may run): a clear message, not a blank popup', async ({ context, extBase }) => {
    const self = await context.newPage();
    await self.goto(extBase + POPUP_PATH + '?tab=999999');
    await self.locator(READY).waitFor();
    // Its own tab: an extension page, where no content script can run.
    const ownId = await self.evaluate<number | null>('(async () => (await chrome.tabs.getCurrent())?.id ?? null)()');
    expect(ownId).not.toBeNull();
    const popup = await context.newPage();
    await popup.goto(`${extBase}${POPUP_PATH}?tab=${ownId}`);
    await popup.locator(READY).waitFor();
    await expect(popup.locator('[data-reason="restricted"]')).toBeVisible();
    await expect(popup.locator('[data-reason="restricted"]')).not.toHaveText('');
    await expect(popup.locator('[data-fact]')).toHaveCount(0);
  });

  test('a tab that does not exist: an error message', async ({ context, extBase }) => {
    const popup = await context.newPage();
    await popup.goto(`${extBase}${POPUP_PATH}?tab=999999`);
    await popup.locator(READY).waitFor();
    await expect(popup.locator('[data-reason="error"]')).toBeVisible();
  });

  test('on a page the automatic pass skipped, the popup computes the card on demand', async ({ context, page, server, extBase }) => {
    const url = server.urlOf(HOME_PAGE);
    await page.goto(url);
    expect(await waitForDone(evaluateIn(page))).toBe('not-news');

    const probe = await context.newPage();
    await probe.goto(extBase + POPUP_PATH);
    const tabId = await probe.evaluate<number | null>(tabIdOf(url));
    await probe.close();
    expect(tabId).not.toBeNull();

    const popup = await context.newPage();
    await popup.goto(`${extBase}${POPUP_PATH}?tab=${tabId}`);
    await popup.locator(READY).waitFor();
    // Either the listing's own card or the "no article" message: something the user can read.
    await expect(popup.locator('[data-fact="title"], [data-reason="no-article"]').first()).toBeVisible();
    // The on-demand run does not hide anything on a page that is not news.
    expect(await page.evaluate(() => document.querySelectorAll('[data-nutgraf-hidden]').length)).toBe(0);
  });
});
