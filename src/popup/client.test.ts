import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { onMessage } from '../messaging/index.ts';
import type { BackgroundProtocol, ContentProtocol } from '../messaging/protocol.ts';
import { EXTENSION_PAGE_SENDER, routeRuntimeMessages, routeTabMessages } from '../messaging/fake-routing.ts';
import { createClient } from './client.ts';
import { LIBRARY } from '../storage/items.ts';
import { catalogueValue, toRow } from '../storage/catalogue.ts';
import { makeInput } from '../storage/test-summary.ts';

let windowId = 0;
beforeEach(async () => {
  fakeBrowser.reset();
  // The fake answers `currentWindow` queries only with a focused window.
  windowId = (await fakeBrowser.windows.create({ focused: true }))?.id ?? 0;
  routeRuntimeMessages(EXTENSION_PAGE_SENDER);
});

describe('popup client', () => {
  test.each([
    ['?tab=12', 12],
    ['?tab=0', 0],
  ])('%s names the tab', async (search, id) => {
    expect(await createClient(search).currentTabId()).toBe(id);
  });

  test.each([['?tab=abc'], ['?tab=-1'], ['']])('%s falls back to the active tab', async (search) => {
    const tab = await fakeBrowser.tabs.create({ windowId, url: 'https://news.test/a' });
    await fakeBrowser.tabs.update(tab.id!, { active: true });
    expect(await createClient(search).currentTabId()).toBe(tab.id);
  });

  test('opened as a tab itself: takes the web page of the window instead', async () => {
    const page = await fakeBrowser.tabs.create({ windowId, url: 'https://news.test/a' });
    const self = await fakeBrowser.tabs.create({ windowId, url: fakeBrowser.runtime.getURL('popup/index.html') });
    await fakeBrowser.tabs.update(self.id!, { active: true });
    expect(await createClient('').currentTabId()).toBe(page.id);
  });

  test('getTabCard asks the tab\'s content script itself, without the background', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.test/a' });
    onMessage<ContentProtocol>({ getCard: () => null });
    routeTabMessages();
    await expect(createClient('').getTabCard(tab.id!)).resolves.toMatchObject({ ok: false, reason: 'no-article' });
  });

  test('listSummaries falls back to the typed message when storage has no catalogue head', async () => {
    onMessage<BackgroundProtocol>({ listRecentSummaries: ({ limit }) => ({ items: [], total: limit ?? -1 }) });
    await expect(createClient('').listSummaries()).resolves.toEqual({ items: [], total: 30 });
  });

  test('listSummaries reads the catalogue head from storage, without a background round trip', async () => {
    const row = toRow({ ...makeInput(1), id: 'a1', savedAt: '2026-01-02T00:00:00.000Z', tags: [] });
    await fakeBrowser.storage.local.set({ [LIBRARY.metaKey]: { v: LIBRARY.version }, [LIBRARY.recentKey]: { ...catalogueValue([row]), total: 7 } });
    onMessage<BackgroundProtocol>({ listRecentSummaries: () => ({ items: [], total: -1 }) });
    await expect(createClient('').listSummaries()).resolves.toEqual({ items: [row], total: 7 });
  });
});
