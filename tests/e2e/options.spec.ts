/**
 * Options in both browsers: changes made in the page are saved; they survive a restart of the same profile
 * (Chromium: the browser is closed and launched again on the same profile directory; Firefox: the page and
 * its tab are closed and reopened, because a temporary add-on does not survive a Firefox restart); axe clean.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { CHROMIUM_PATH, DIST_CHROME } from '../../scripts/lib/launch.ts';
import { axeViolations, chromiumDriver, firefoxDriver, message, type Driver, type Tab } from './library-driver.ts';

const OPTIONS = 'options/index.html';

const set = (tab: Tab, field: string, value: string | boolean) =>
  tab.eval(`(() => {
    const el = document.querySelector('[data-field="${field}"]');
    if (typeof ${JSON.stringify(value)} === 'boolean') el.checked = ${JSON.stringify(value)}; else el.value = ${JSON.stringify(value)};
    el.dispatchEvent(new Event(el.tagName === 'INPUT' && el.type === 'text' ? 'input' : 'change', { bubbles: true }));
  })()`);

const EXPECTED = {
  enabled: false,
  hideUpsells: true,
  siteRules: { 'example.org': 'never' },
  cardPosition: 'bottom-right',
  cardDensity: 'compact',
  reader: { theme: 'sepia', font: 'serif', fontSize: 18, lineWidth: 68 },
};

/** Change settings through the page itself, as a user would. */
async function changeSettings(d: Driver): Promise<void> {
  const tab = await d.openExt(OPTIONS);
  expect(await axeViolations(tab)).toEqual([]);
  await set(tab, 'enabled', false);
  await set(tab, 'cardPosition', 'bottom-right');
  await set(tab, 'theme', 'sepia');
  await set(tab, 'rule-site', 'https://www.example.org/news');
  await set(tab, 'rule-kind', 'never');
  await tab.click('[data-action="add-rule"]');
  await tab.waitFor('[data-rule="example.org"]');
  await expect.poll(() => tab.eval(message('getSettings'))).toEqual(EXPECTED);
  await tab.close();
}

async function expectPersisted(d: Driver): Promise<void> {
  const tab = await d.openExt(OPTIONS);
  expect(await tab.eval(message('getSettings'))).toEqual(EXPECTED);
  expect(await tab.eval<boolean>(`document.querySelector('[data-field="enabled"]').checked`)).toBe(false);
  expect(await tab.eval<string>(`document.querySelector('[data-field="theme"]').value`)).toBe('sepia');
  await tab.waitFor('[data-rule="example.org"]');
}

async function launchOn(profile: string): Promise<{ context: BrowserContext; base: string }> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [`--disable-extensions-except=${DIST_CHROME}`, `--load-extension=${DIST_CHROME}`, '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync'],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  return { context: context as unknown as BrowserContext, base: `chrome-extension://${new URL(worker.url()).host}/` };
}

test('options, chromium: settings persist across a browser restart of the same profile; axe clean', async () => {
  const profile = await mkdtemp(join(tmpdir(), 'nutgraf-restart-'));
  try {
    const first = await launchOn(profile);
    await changeSettings(chromiumDriver(first.context, first.base));
    await first.context.close();
    const second = await launchOn(profile);
    try {
      await expectPersisted(chromiumDriver(second.context, second.base));
    } finally {
      await second.context.close();
    }
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
});

test('options, firefox: settings persist when the page is reopened; axe clean', async ({ firefox }) => {
  const d = firefoxDriver(firefox.browser, firefox.baseUrl);
  await changeSettings(d);
  await expectPersisted(d);
});
