/**
 * The fact card in both browsers, on our fixture pages: every fact carries the contract's data-* attributes,
 * clicking a fact highlights its source sentence in the live page, and dismiss removes the card.
 */
import { createRequire } from 'node:module';
import { test, expect } from './fixtures.ts';
import { expectNewsCard, norm, type Evaluate } from './contract.ts';
import { listDemoPages, PAGES_DIR, pageUrl, SEED_PAGE } from '../../scripts/lib/demo-server.ts';
import { startServer } from '../../scripts/lib/static-server.ts';
import { AXE_CARD_VIOLATIONS, CARD_CONTRACT_ERRORS, CARD_STYLING, CARD_KIND_COUNTS, CARD_STATUS, CLICK_DISMISS, HAS_CARD, HIGHLIGHTED_TEXT, clickFact, factSelector } from './card-probes.ts';
import type { Page as PwPage } from '@playwright/test';
import type { Page as PpPage } from 'puppeteer-core';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const newsPages = listDemoPages().filter((p) => p.isNews);
const seed = newsPages.find((p) => p.page === SEED_PAGE)!;
const pw = (page: PwPage): Evaluate => (expression) => page.evaluate(expression);
const pp = (page: PpPage): Evaluate => <T,>(expression: string) => page.evaluate(expression) as Promise<T>;

// A strict page CSP: no inline <style>, no page scripts. The card must still be styled and highlight.
const STRICT_CSP = { 'Content-Security-Policy': "default-src 'self'; style-src 'self'; script-src 'none'" };

/** On the seed served with a strict style-src CSP: the card is styled (adopted sheet) and a click highlights. */
async function expectStyledUnderCsp(goto: (url: string) => Promise<unknown>, evaluate: Evaluate): Promise<void> {
  const strict = await startServer({ root: PAGES_DIR, headers: STRICT_CSP });
  try {
    await goto(pageUrl(strict, SEED_PAGE));
    await expectNewsCard(evaluate, seed);
    expect(await evaluate(CARD_STYLING)).toEqual({ adopted: 1, styleElement: false, applied: true });
    expect(await evaluate<boolean>(clickFact('amount'))).toBe(true);
    await expectHighlighted(evaluate);
  } finally {
    await strict.close();
  }
}

/** The seed card holds every kind of fact its text supports, each well formed. */
async function expectSeedFacts(evaluate: Evaluate): Promise<void> {
  expect(await evaluate<string[]>(CARD_CONTRACT_ERRORS)).toEqual([]);
  const counts = await evaluate<Record<string, number>>(CARD_KIND_COUNTS);
  for (const kind of ['title', 'published', 'tldr', 'party', 'amount', 'date', 'number', 'quote']) {
    expect(counts[kind] ?? 0, `facts of kind ${kind}`).toBeGreaterThan(0);
  }
}

/** After a click on a fact, its sentence is highlighted in the page and the status line says so. */
async function expectHighlighted(evaluate: Evaluate): Promise<void> {
  await expect.poll(() => evaluate<string | null>(HIGHLIGHTED_TEXT), { message: 'highlighted source text' }).not.toBeNull();
  const text = norm((await evaluate<string | null>(HIGHLIGHTED_TEXT)) ?? '');
  expect(text.length).toBeGreaterThan(10);
  expect(await evaluate<string | null>(CARD_STATUS)).toBeTruthy();
}

// One test per browser: each test launches its own browser, the slow part on a shared machine.
test.describe('card in chromium', () => {
  test('contract on every news fixture; on the seed a click highlights the source, Esc and × dismiss', async ({ page, server }) => {
    test.slow(); // six page passes in one browser; a loaded 2-core machine needs more than the default.
    for (const expected of newsPages) {
      await page.goto(server.urlOf(expected.page));
      await expectNewsCard(pw(page), expected);
      expect(await pw(page)(CARD_CONTRACT_ERRORS), expected.page).toEqual([]);
    }

    await page.goto(server.urlOf(SEED_PAGE));
    await expectNewsCard(pw(page), seed);
    await expectSeedFacts(pw(page));
    // Accessibility: axe over the card (shadow root included) in light and dark, collapsed and expanded.
    await page.addScriptTag({ path: AXE_PATH });
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await pw(page)<string[]>(AXE_CARD_VIOLATIONS), `axe, ${colorScheme}`).toEqual([]);
    }
    await page.locator('[data-nutgraf-card] .nfc-expand').click();
    const hiddenToggle = page.locator('[data-nutgraf-card] .nfc-hidden > button');
    if (await hiddenToggle.count()) await hiddenToggle.click(); // only when blocks were hidden
    expect(await pw(page)<string[]>(AXE_CARD_VIOLATIONS), 'axe, expanded').toEqual([]);
    await page.locator('[data-nutgraf-card] .nfc-expand').click();
    await page.emulateMedia({ colorScheme: 'light' });
    // A real click (Playwright pierces the open shadow root) on the main amount.
    await page.locator(`[data-nutgraf-card] ${factSelector('amount')}`).first().click();
    await expectHighlighted(pw(page));
    expect(norm((await pw(page)<string>(HIGHLIGHTED_TEXT)) ?? '')).toMatch(/100 milliards de dollars/);
    // Keyboard: the expand toggle reports its state; Esc inside the card dismisses it.
    const toggle = page.locator('[data-nutgraf-card] .nfc-expand');
    if (await toggle.count()) {
      await toggle.focus();
      await page.keyboard.press('Enter');
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    }
    await page.locator('[data-nutgraf-card] .nfc-dismiss').focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => pw(page)<boolean>(HAS_CARD)).toBe(false);

    await page.goto(server.urlOf(SEED_PAGE));
    await expectNewsCard(pw(page), seed);
    await page.locator('[data-nutgraf-card] .nfc-dismiss').click();
    await expect.poll(() => pw(page)<boolean>(HAS_CARD)).toBe(false);

    await expectStyledUnderCsp((url) => page.goto(url), pw(page));
  });
});

test.describe('card in firefox', () => {
  // The per-fixture contract loop runs in Chromium only: it checks our markup, which is the same in both.
  test('seed: contract, a click highlights the source, × dismisses, styled under a strict CSP', async ({ firefox, server }) => {
    const page = await firefox.browser.newPage();
    await page.goto(server.urlOf(SEED_PAGE));
    await expectNewsCard(pp(page), seed);
    await expectSeedFacts(pp(page));
    expect(await pp(page)<boolean>(clickFact('amount'))).toBe(true);
    await expectHighlighted(pp(page));
    expect(await pp(page)<boolean>(CLICK_DISMISS)).toBe(true);
    await expect.poll(() => pp(page)<boolean>(HAS_CARD)).toBe(false);

    await expectStyledUnderCsp((url) => page.goto(url), pp(page));
  });
});
