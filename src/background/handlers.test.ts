import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import type { BackgroundProtocol, CardState } from '../messaging/protocol.ts';
import { onMessage } from '../messaging/index.ts';
import type { ContentProtocol } from '../messaging/protocol.ts';
import { EXTENSION_PAGE_SENDER, routeTabMessages, tabSender } from '../messaging/fake-routing.ts';
import { backgroundHandlers } from './handlers.ts';
import { getTabCard } from './handlers/get-tab-card.ts';
import { loadPipeline } from './handlers/load-pipeline.ts';
import { openReader } from './handlers/open-reader.ts';

const card = { facts: { meta: { title: 'T' } }, verdict: { isNews: true, score: 5, reasons: [] }, hidden: [], paywalled: false } as unknown as CardState;

const executeScript = vi.fn(async () => []);

async function openTab(url: string): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url });
  return tab.id!;
}

beforeEach(() => {
  fakeBrowser.reset();
  executeScript.mockClear();
  (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript };
});

test('every message of BackgroundProtocol has a handler', () => {
  const names: Record<keyof BackgroundProtocol, true> = {
    loadPipeline: true, getTabCard: true, openReader: true, saveSummary: true, listSummaries: true, deleteSummaries: true,
    restoreSummaries: true, exportLibrary: true, importLibrary: true, getSettings: true, updateSettings: true,
    listRecentSummaries: true, getSummary: true,
  };
  expect(Object.keys(backgroundHandlers).sort()).toEqual(Object.keys(names).sort());
});

describe('loadPipeline', () => {
  test('injects pipeline.js into the sender tab and frame', async () => {
    await loadPipeline(undefined, tabSender(7, 3));
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [3] }, files: ['pipeline.js'] });
  });

  test.each([
    ['an extension page', EXTENSION_PAGE_SENDER],
    ['another extension', { ...tabSender(), id: 'someone-else' }],
    ['no tab', { id: 'test-extension-id', url: 'https://x.test/' }],
  ])('refuses %s', async (_name, sender) => {
    await expect(loadPipeline(undefined, sender)).rejects.toThrow(/not accepted/);
    expect(executeScript).not.toHaveBeenCalled();
  });
});

describe('getTabCard', () => {
  test.each(['chrome://extensions/', 'about:addons', 'https://chromewebstore.google.com/detail/x', 'https://example.com/a.pdf'])(
    '%s → restricted, nothing injected',
    async (url) => {
      const tabId = await openTab(url);
      const result = await getTabCard({ tabId }, EXTENSION_PAGE_SENDER);
      expect(result).toMatchObject({ ok: false, reason: 'restricted' });
      expect(executeScript).not.toHaveBeenCalled();
    },
  );

  test('asks the content script with force and returns its card', async () => {
    const tabId = await openTab('https://news.example.test/story');
    const getCard = vi.fn(() => card);
    onMessage<ContentProtocol>({ getCard });
    routeTabMessages();
    await expect(getTabCard({ tabId }, EXTENSION_PAGE_SENDER)).resolves.toEqual({ ok: true, card });
    expect(getCard).toHaveBeenCalledWith({ force: true }, expect.anything());
  });

  test('no content script yet: injects content.js and retries', async () => {
    const tabId = await openTab('https://news.example.test/story');
    let injected = false;
    executeScript.mockImplementation(async () => {
      injected = true;
      return [];
    });
    onMessage<ContentProtocol>({ getCard: () => card });
    routeTabMessages(() => injected);
    await expect(getTabCard({ tabId }, EXTENSION_PAGE_SENDER)).resolves.toEqual({ ok: true, card });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId }, files: ['content.js'] });
  });

  test('nothing readable → no-article', async () => {
    const tabId = await openTab('https://example.test/');
    onMessage<ContentProtocol>({ getCard: () => null });
    routeTabMessages();
    await expect(getTabCard({ tabId }, EXTENSION_PAGE_SENDER)).resolves.toMatchObject({ ok: false, reason: 'no-article' });
  });

  test('a failing content script → error with the cause in the message', async () => {
    const tabId = await openTab('https://example.test/');
    onMessage<ContentProtocol>({
      getCard: () => {
        throw new Error('Readability exploded');
      },
    });
    routeTabMessages();
    const result = await getTabCard({ tabId }, EXTENSION_PAGE_SENDER);
    expect(result).toMatchObject({ ok: false, reason: 'error' });
  });

  test('refuses content scripts', async () => {
    await expect(getTabCard({ tabId: 1 }, tabSender())).rejects.toThrow(/not accepted/);
  });
});

describe('openReader', () => {
  test('toggles the reader in the tab', async () => {
    const tabId = await openTab('https://news.example.test/story');
    const toggleReader = vi.fn(() => undefined);
    onMessage<ContentProtocol>({ toggleReader });
    routeTabMessages();
    await openReader({ tabId }, EXTENSION_PAGE_SENDER);
    expect(toggleReader).toHaveBeenCalledTimes(1);
  });

  test('refuses restricted pages and content senders', async () => {
    const tabId = await openTab('about:blank');
    await expect(openReader({ tabId }, EXTENSION_PAGE_SENDER)).rejects.toThrow(/cannot run/);
    await expect(openReader({ tabId }, tabSender())).rejects.toThrow(/not accepted/);
  });
});
