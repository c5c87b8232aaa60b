/**
 * The library in both browsers: save → the library lists it; search finds it; export → clear → import
 * round-trips exactly; a corrupt import leaves the library untouched; axe reports no violation (popup and library).
 */
import { test, expect } from './fixtures.ts';
import { waitForDone } from './contract.ts';
import { SEED_PAGE } from '../../scripts/lib/demo-server.ts';
import { tabIdOf } from '../../scripts/lib/page-probes.ts';
import { POPUP_PATH, SAVE, SAVED_ITEM } from './popup-selectors.ts';
import { axeViolations, chromiumDriver, firefoxDriver, message, STORAGE_DUMP, type Driver, type Tab } from './library-driver.ts';
import { syntheticLibraryFile } from '../../scripts/bench/library-seed.ts';

const LIBRARY = 'library/index.html';
const ITEM = '[data-saved-item]';
const count = (tab: Tab, sel = ITEM) => tab.eval<number>(`document.querySelectorAll(${JSON.stringify(sel)}).length`);
async function expectCount(tab: Tab, n: number, sel = ITEM): Promise<void> {
  await expect.poll(() => count(tab, sel), { timeout: 15_000 }).toBe(n);
}
async function search(tab: Tab, q: string): Promise<void> {
  await tab.eval(`(() => { const i = document.querySelector('[data-action="search"]'); i.value = ${JSON.stringify(q)}; i.dispatchEvent(new Event('input', { bubbles: true })); })()`);
}

async function saveThenList(d: Driver, articleUrl: string): Promise<void> {
  const article = await d.openUrl(articleUrl);
  expect(await waitForDone((e) => article.eval(e))).toBe('news');
  const probe = await d.openExt(POPUP_PATH);
  const tabId = await probe.eval<number | null>(tabIdOf(articleUrl));
  await probe.close();
  const popup = await d.openExt(`${POPUP_PATH}?tab=${tabId}`);
  await popup.click(SAVE);
  await popup.waitFor(SAVED_ITEM);
  // The popup with everything it shows at once: the card of the tab, its actions and the saved list.
  expect(await axeViolations(popup)).toEqual([]);
  await popup.close();

  const lib = await d.openExt(LIBRARY);
  await expectCount(lib, 1);
  const title = await lib.eval<string>(`document.querySelector('${ITEM} h2').textContent`);
  expect(title.length).toBeGreaterThan(10);
  // Search by a word of the title, in another case: found; by nonsense: nothing.
  const word = title.split(/\s+/).find((w) => w.length >= 5)!.toUpperCase();
  await search(lib, word);
  await expectCount(lib, 1);
  await search(lib, 'qqqzzz');
  await expectCount(lib, 0);
  await search(lib, '');
  await expectCount(lib, 1);
  expect(await axeViolations(lib)).toEqual([]);
}

async function roundTrip(d: Driver): Promise<void> {
  const lib = await d.openExt(LIBRARY);
  expect(await lib.eval(message('importLibrary', { text: syntheticLibraryFile(30) }))).toEqual({ added: 30, merged: 0, total: 30 });
  const before = await lib.eval<unknown[]>(message('listSummaries'));
  const json = await lib.eval<string>(message('exportLibrary', { format: 'json' }));
  const ids = before.map((s) => (s as { id: string }).id);
  await lib.eval(message('deleteSummaries', { ids }));
  expect(await lib.eval(message('listSummaries'))).toEqual([]);

  if (lib.setFile) {
    // Chromium: through the page's own file picker, as a user would.
    await lib.setFile('[data-action="import"]', 'library.json', json);
    await expect.poll(() => lib.eval<unknown[]>(message('listSummaries')).then((l) => l.length)).toBe(30);
  } else {
    await lib.eval(message('importLibrary', { text: json }));
  }
  expect(await lib.eval(message('listSummaries'))).toEqual(before);

  // A corrupt (truncated) file and a foreign one: clear errors, nothing changed.
  const stored = await lib.eval(STORAGE_DUMP);
  if (lib.setFile) {
    await lib.setFile('[data-action="import"]', 'broken.json', json.slice(0, json.length / 2));
    await lib.waitFor('[data-import-error]');
    expect(await lib.eval<string>(`document.querySelector('[data-import-error]').textContent`)).toMatch(/Nothing was imported.*truncated/);
  }
  for (const text of [json.slice(0, 1000), '{"format":"other","items":[]}', 'not json at all']) {
    await expect(lib.eval(message('importLibrary', { text }))).rejects.toThrow(/importLibrary/);
  }
  expect(await lib.eval(STORAGE_DUMP)).toEqual(stored);
}

test.describe('library, chromium', () => {
  test('save → the library lists it; search finds it; axe clean', async ({ context, extBase, server }) => {
    await saveThenList(chromiumDriver(context, extBase), server.urlOf(SEED_PAGE));
  });
  test('export → clear → import round-trips exactly; corrupt imports change nothing', async ({ context, extBase }) => {
    await roundTrip(chromiumDriver(context, extBase));
  });
});

test.describe('library, firefox', () => {
  test('save → the library lists it; search finds it; axe clean', async ({ firefox, server }) => {
    await saveThenList(firefoxDriver(firefox.browser, firefox.baseUrl), server.urlOf(SEED_PAGE));
  });
  test('export → clear → import round-trips exactly; corrupt imports change nothing', async ({ firefox }) => {
    await roundTrip(firefoxDriver(firefox.browser, firefox.baseUrl));
  });
});
