import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { onMessage, sendMessage, sendToTab } from './index.ts';
import type { BackgroundProtocol, ContentProtocol } from './protocol.ts';
import { EXTENSION_PAGE_SENDER, routeRuntimeMessages, routeTabMessages } from './fake-routing.ts';

describe('messaging round trip', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    routeRuntimeMessages(EXTENSION_PAGE_SENDER);
    routeTabMessages();
  });

  test('a handler gets the data and the sender; its reply comes back', async () => {
    let seen: unknown;
    onMessage<BackgroundProtocol>({
      getSummary: (data, sender) => {
        seen = { data, url: sender.url };
        return null;
      },
    });
    await expect(sendMessage('getSummary', { id: 'a3' })).resolves.toBeNull();
    expect(seen).toEqual({ data: { id: 'a3' }, url: EXTENSION_PAGE_SENDER.url });
  });

  test('async handlers and void payloads', async () => {
    onMessage<BackgroundProtocol>({ listSummaries: async () => [] });
    await expect(sendMessage('listSummaries')).resolves.toEqual([]);
  });

  test('a thrown error is serialised and re-thrown with the remote error as cause', async () => {
    class QuotaError extends Error {
      override name = 'QuotaError';
    }
    onMessage<BackgroundProtocol>({
      saveSummary: () => {
        throw new QuotaError('storage full');
      },
    });
    const error = await sendMessage('saveSummary', {} as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe('saveSummary failed: storage full');
    expect((error as Error).cause).toMatchObject({ name: 'QuotaError', message: 'storage full' });
  });

  test('a message no handler knows is left alone (another listener answers)', async () => {
    onMessage<BackgroundProtocol>({ listSummaries: () => [] });
    onMessage<BackgroundProtocol>({ getSettings: () => ({ enabled: false }) as never });
    await expect(sendMessage('getSettings')).resolves.toEqual({ enabled: false });
  });

  test('with no handler at all, the caller gets an error, not undefined', async () => {
    onMessage<BackgroundProtocol>({ listSummaries: () => [] });
    await expect(sendMessage('getSettings')).rejects.toThrow(/Receiving end does not exist/);
  });

  test.each([[null], ['text'], [{ other: 'shape' }], [{ nutgraf: 42 }]])('foreign message %j is ignored', async (message) => {
    onMessage<BackgroundProtocol>({ listSummaries: () => [] });
    await expect(fakeBrowser.runtime.sendMessage(message)).rejects.toThrow(/Receiving end/);
  });

  test('sendToTab reaches content handlers', async () => {
    onMessage<ContentProtocol>({ restoreHidden: ({ id }) => [{ id: id ?? 'all' } as never] });
    await expect(sendToTab(5, 'restoreHidden', { id: 'b1' })).resolves.toEqual([{ id: 'b1' }]);
  });

  test('unregistering after the extension context is gone does not throw (orphaned content script)', () => {
    const off = onMessage<ContentProtocol>({ restoreHidden: () => [] });
    vi.spyOn(fakeBrowser.runtime.onMessage, 'removeListener').mockImplementation(() => {
      throw new TypeError("Cannot read properties of undefined (reading 'onMessage')");
    });
    expect(() => off()).not.toThrow();
    vi.restoreAllMocks();
  });

  test('unregistering stops answering', async () => {
    const off = onMessage<BackgroundProtocol>({ listSummaries: () => [] });
    off();
    onMessage<BackgroundProtocol>({ getSettings: () => ({}) as never });
    await expect(sendMessage('listSummaries')).rejects.toThrow();
  });
});
