/**
 * Options in both browsers: changes made in the page are saved and survive a real restart of the browser on
 * the same profile directory (the browser quits, a new one starts on that profile), together with a summary
 * saved from the page's card; after the restart the content script obeys the saved settings; axe clean.
 * - Chromium: the unpacked extension loads again from the same path (same id) into the same profile.
 * - Firefox: the add-on is installed in the profile (`install: 'profile'`, a proxy file in
 *   `<profile>/extensions/`), as a user's add-on is, so Firefox starts it again by itself with its storage and
 *   its pinned uuid. A temporary add-on (BiDi webExtension.install, about:debugging) does not survive a
 *   restart: Firefox removes it when it quits and the next session has no add-on (its pages do not load)
 *   until a test installs it again. Its storage does survive that (checked by hand on ESR 153: installed again
 *   with the same gecko id and pinned uuid, storage.local and storage.sync were as before), but that is not
 *   what a user's restart looks like, so the test uses the profile install.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { BrowserContext } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { waitForDone } from './contract.ts';
import { launchChromium, launchFirefox } from '../../scripts/lib/launch.ts';
import { SEED_PAGE } from '../../scripts/lib/demo-server.ts';
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

const SAVE_IN_CARD = `(() => { const b = document.querySelector('[data-nutgraf-card]')?.shadowRoot?.querySelector('[data-action="save"]'); if (b) b.click(); return !!b; })()`;

interface Saved {
  id: string;
  url: string;
  title: string;
  savedAt: string;
}

/** Saves the seed page's summary from its card, as a user would; returns what the library stored. */
async function saveFromCard(d: Driver, url: string): Promise<Saved[]> {
  const page = await d.openUrl(url);
  expect(await waitForDone(page.eval), 'the automatic pass on the seed page').toBe('news');
  await expect.poll(() => page.eval<boolean>(SAVE_IN_CARD), { message: 'Save in the card' }).toBe(true);
  const ext = await d.openExt(OPTIONS);
  let saved: Saved[] = [];
  await expect.poll(async () => (saved = await ext.eval<Saved[]>(message('listSummaries'))).length, { message: 'summary stored' }).toBe(1);
  expect(saved[0]!.url).toBe(url);
  expect(saved[0]!.title).toBeTruthy();
  await page.close();
  await ext.close();
  return saved;
}

/** After the restart, first (it also shows the add-on is up): the content script honours `enabled: false`. */
async function expectBehaviour(d: Driver, url: string): Promise<void> {
  const page = await d.openUrl(url);
  expect(await waitForDone(page.eval), 'automatic mode was turned off before the restart').toBe('disabled');
  expect(await page.eval<number>(`document.querySelectorAll('[data-nutgraf-card]').length`)).toBe(0);
  await page.close();
}

async function expectSummary(d: Driver, saved: Saved[]): Promise<void> {
  const ext = await d.openExt(OPTIONS);
  expect(await ext.eval(message('listSummaries')), 'saved summaries after the restart').toEqual(saved);
  await ext.close();
}

/** After a restart on the same profile: what the content script does, the settings, the library. */
async function expectAfterRestart(d: Driver, url: string, saved: Saved[]): Promise<void> {
  await test.step('content script obeys the saved settings', () => expectBehaviour(d, url));
  await test.step('settings in the options page', () => expectPersisted(d));
  await test.step('saved summary', () => expectSummary(d, saved));
}

/**
 * Firefox starts an add-on installed in the profile a moment after the browser itself; a moz-extension page
 * opened in that moment can stay blank (BiDi then never sees its marker), so one more try in a new tab.
 */
function retryingExt(d: Driver): Driver {
  return {
    ...d,
    openExt: (path) =>
      d.openExt(path).catch((error: unknown) => {
        console.log(`options, firefox: ${path} did not get ready, one more try (${String(error).slice(0, 100)})`);
        return d.openExt(path);
      }),
  };
}

test('options, chromium: settings and a saved summary persist across a browser restart of the same profile; axe clean', async ({ server }) => {
  const profileDir = await mkdtemp(join(tmpdir(), 'nutgraf-restart-'));
  const url = server.urlOf(SEED_PAGE);
  try {
    const first = await launchChromium({ profileDir });
    let saved: Saved[];
    try {
      const d = chromiumDriver(first.context as unknown as BrowserContext, first.baseUrl);
      saved = await test.step('save a summary from the card', () => saveFromCard(d, url));
      await test.step('change settings in the options page', () => changeSettings(d));
    } finally {
      await first.close();
    }
    const second = await launchChromium({ profileDir });
    try {
      expect(second.extensionId, 'same extension id after the restart').toBe(first.extensionId);
      const d = chromiumDriver(second.context as unknown as BrowserContext, second.baseUrl);
      await expectAfterRestart(d, url, saved);
    } finally {
      await second.close();
    }
  } finally {
    await rm(profileDir, { recursive: true, force: true });
  }
});

test('options, firefox: settings and a saved summary persist across a browser restart of the same profile; axe clean', async ({ server }) => {
  const profileDir = await mkdtemp(join(tmpdir(), 'nutgraf-restart-ff-'));
  const url = server.urlOf(SEED_PAGE);
  // One uuid for both sessions: the pref pins it, and storage.local lives under the uuid's origin.
  const uuid = randomUUID();
  try {
    const first = await launchFirefox({ profileDir, install: 'profile', uuid });
    let saved: Saved[];
    try {
      const d = retryingExt(firefoxDriver(first.browser, first.baseUrl));
      saved = await test.step('save a summary from the card', () => saveFromCard(d, url));
      await test.step('change settings in the options page', () => changeSettings(d));
    } finally {
      await first.close();
    }
    expect(first.browser.connected, 'the first Firefox quit').toBe(false);
    const second = await launchFirefox({ profileDir, install: 'profile', uuid });
    try {
      const d = retryingExt(firefoxDriver(second.browser, second.baseUrl));
      await expectAfterRestart(d, url, saved);
    } finally {
      await second.close();
    }
  } finally {
    await rm(profileDir, { recursive: true, force: true });
  }
});
