/**
 * Chromium (Playwright, /usr/bin/chromium, dist/chrome): the contract on every fixture page we wrote, and
 * save → reopen the popup → listed.
 */
import { test, expect } from './fixtures.ts';
import { expectNewsCard, expectNoCard, norm, waitForDone, type Evaluate } from './contract.ts';
import { HOME_PAGE, listDemoPages, SEED_PAGE } from '../../scripts/lib/demo-server.ts';
import { tabIdOf } from '../../scripts/lib/page-probes.ts';
import { POPUP_PATH, READY, SAVE, SAVED_ITEM } from './popup-selectors.ts';
import type { Page } from '@playwright/test';

const evaluateIn = (page: Page): Evaluate => (expression) => page.evaluate(expression);

test.describe('chromium', () => {
  const pages = listDemoPages();
  const seed = pages.find((p) => p.page === SEED_PAGE)!;
  const others = pages.filter((p) => p.isNews && p.page !== SEED_PAGE);

  test('seed page: card with title and published date, state news', async ({ page, server }) => {
    await page.goto(server.urlOf(SEED_PAGE));
    await expectNewsCard(evaluateIn(page), seed);
  });

  test('home listing: no card, state not-news', async ({ page, server }) => {
    await page.goto(server.urlOf(HOME_PAGE));
    await expectNoCard(evaluateIn(page));
  });

  // One browser for the other fixtures (a launch costs more than a page); every page is checked and all
  // failures are reported together.
  test(`every other news fixture (${others.map((p) => p.lang).join(', ')}): card with title and published date`, async ({ context, server }) => {
    const failures: string[] = [];
    for (const expected of others) {
      await test.step(expected.page, async () => {
        const tab = await context.newPage();
        try {
          await tab.goto(server.urlOf(expected.page));
          await expectNewsCard(evaluateIn(tab), expected);
        } catch (error) {
          failures.push(`${expected.page}: ${error instanceof Error ? error.message : String(error)}`);
        } finally {
          await tab.close();
        }
      });
    }
    expect(failures, failures.join('\n\n')).toEqual([]);
  });

  test('saving from the popup then reopening it lists the item', async ({ context, page, server, extBase }) => {
    const expected = seed;
    const url = server.urlOf(SEED_PAGE);
    await page.goto(url);
    expect(await waitForDone(evaluateIn(page))).toBe('news');

    const probe = await context.newPage();
    await probe.goto(extBase + POPUP_PATH);
    const tabId = await probe.evaluate<number | null>(tabIdOf(url));
    expect(tabId, 'tab id of the article').not.toBeNull();
    await probe.close();

    const popup = await context.newPage();
    await popup.goto(`${extBase}${POPUP_PATH}?tab=${tabId}`);
    await popup.locator(READY).waitFor();
    await popup.locator(SAVE).click();
    await expect(popup.locator(SAVED_ITEM).first()).toBeVisible();
    await popup.close();

    const reopened = await context.newPage();
    await reopened.goto(`${extBase}${POPUP_PATH}?tab=${tabId}`);
    await reopened.locator(READY).waitFor();
    const items = reopened.locator(SAVED_ITEM);
    await expect(items).toHaveCount(1);
    expect(norm((await items.first().textContent()) ?? '')).toContain(norm(expected.title!).slice(0, 30));
  });
});
