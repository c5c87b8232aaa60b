import { describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import type { CardState, ContentProtocol } from '../messaging/protocol.ts';
import { onMessage } from '../messaging/index.ts';
import { routeTabMessages } from '../messaging/fake-routing.ts';
import { tabCard } from './tab-card.ts';
import { openTab, useFakeScripting } from './fake-tabs.ts';

const card = { facts: { meta: { title: 'T' } }, verdict: { isNews: true, score: 5, reasons: [] }, hidden: [], paywalled: false } as unknown as CardState;

const executeScript = useFakeScripting();

describe('tabCard', () => {
  test.each(['chrome://extensions/', 'about:addons', 'https://chromewebstore.google.com/detail/x', 'https://example.com/a.pdf'])(
    '%s (no content script can answer) → restricted, nothing injected',
    async (url) => {
      const tabId = await openTab(url);
      routeTabMessages(() => false);
      const result = await tabCard(tabId);
      expect(result).toMatchObject({ ok: false, reason: 'restricted' });
      expect(executeScript).not.toHaveBeenCalled();
    },
  );

  test('a content script that answers is asked first: the tab is not looked up', async () => {
    const tabId = await openTab('https://news.example.test/story');
    const get = vi.spyOn(fakeBrowser.tabs, 'get');
    onMessage<ContentProtocol>({ getCard: () => card });
    routeTabMessages();
    await expect(tabCard(tabId)).resolves.toEqual({ ok: true, card });
    expect(get).not.toHaveBeenCalled();
  });

  test('asks the content script with force and returns its card', async () => {
    const tabId = await openTab('https://news.example.test/story');
    const getCard = vi.fn(() => card);
    onMessage<ContentProtocol>({ getCard });
    routeTabMessages();
    await expect(tabCard(tabId)).resolves.toEqual({ ok: true, card });
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
    await expect(tabCard(tabId)).resolves.toEqual({ ok: true, card });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId }, files: ['detect.js', 'content.js'] });
  });

  test('nothing readable → no-article', async () => {
    const tabId = await openTab('https://example.test/');
    onMessage<ContentProtocol>({ getCard: () => null });
    routeTabMessages();
    await expect(tabCard(tabId)).resolves.toMatchObject({ ok: false, reason: 'no-article' });
  });

  test('a failing content script → error with the cause in the message', async () => {
    const tabId = await openTab('https://example.test/');
    onMessage<ContentProtocol>({
      getCard: () => {
        throw new Error('Readability exploded');
      },
    });
    routeTabMessages();
    const result = await tabCard(tabId);
    expect(result).toMatchObject({ ok: false, reason: 'error' });
  });

});
