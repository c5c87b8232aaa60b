import { describe, expect, test, vi } from 'vitest';
import type { BackgroundProtocol } from '../messaging/protocol.ts';
import { onMessage } from '../messaging/index.ts';
import type { ContentProtocol } from '../messaging/protocol.ts';
import { EXTENSION_PAGE_SENDER, routeTabMessages, tabSender } from '../messaging/fake-routing.ts';
import { backgroundHandlers } from './handlers.ts';
import { loadPipeline, loadReader } from './handlers/load-pipeline.ts';
import { openReader } from './handlers/open-reader.ts';
import { openTab, useFakeScripting } from '../tabs/fake-tabs.ts';

const executeScript = useFakeScripting();

test('every message of BackgroundProtocol has a handler', () => {
  const names: Record<keyof BackgroundProtocol, true> = {
    loadPipeline: true, loadReader: true, openReader: true, saveSummary: true, listSummaries: true, deleteSummaries: true,
    restoreSummaries: true, exportLibrary: true, importLibrary: true, getSettings: true, updateSettings: true,
    listRecentSummaries: true, getSummary: true,
  };
  expect(Object.keys(backgroundHandlers).sort()).toEqual(Object.keys(names).sort());
});

describe('loadPipeline, loadReader', () => {
  test.each([
    [loadPipeline, ['facts.js', 'pipeline.js']],
    [loadReader, ['reader.js']],
  ])('injects its files into the sender tab and frame, one script each (%#)', async (load, files) => {
    await load(undefined, tabSender(7, 3));
    expect(executeScript.mock.calls).toEqual(files.map((file) => [{ target: { tabId: 7, frameIds: [3] }, files: [file] }]));
  });

  test.each([
    ['an extension page', EXTENSION_PAGE_SENDER],
    ['another extension', { ...tabSender(), id: 'someone-else' }],
    ['no tab', { id: 'test-extension-id', url: 'https://x.test/' }],
  ])('refuses %s', async (_name, sender) => {
    await expect(loadPipeline(undefined, sender)).rejects.toThrow(/not accepted/);
    await expect(loadReader(undefined, sender)).rejects.toThrow(/not accepted/);
    expect(executeScript).not.toHaveBeenCalled();
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
