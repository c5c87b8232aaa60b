import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { onMessage } from '../messaging/index.ts';
import type { ContentProtocol } from '../messaging/protocol.ts';
import { routeTabMessages } from '../messaging/fake-routing.ts';
import { runCommand } from './commands.ts';
import { summarizeTab } from './summarize-tab.ts';

const getCard = vi.fn(() => null);
const toggleReader = vi.fn(() => undefined);
const openPopup = vi.fn(async () => {});

beforeEach(() => {
  fakeBrowser.reset();
  getCard.mockClear();
  toggleReader.mockClear();
  openPopup.mockReset();
  (fakeBrowser as unknown as { action: unknown }).action = { openPopup };
  onMessage<ContentProtocol>({ getCard, toggleReader });
  routeTabMessages();
});

describe('summarizeTab (context menu, shortcut)', () => {
  test('opens the popup when the browser allows it', async () => {
    await summarizeTab(4, 'https://news.test/a');
    expect(openPopup).toHaveBeenCalledTimes(1);
    expect(getCard).not.toHaveBeenCalled();
  });

  test('falls back to the in-page card when openPopup fails', async () => {
    openPopup.mockRejectedValue(new Error('no user gesture'));
    await summarizeTab(4, 'https://news.test/a');
    expect(getCard).toHaveBeenCalledWith({ force: true }, expect.anything());
  });

  test('no openPopup at all: in-page card; restricted page: nothing', async () => {
    (fakeBrowser as unknown as { action: unknown }).action = {};
    await summarizeTab(4, 'chrome://settings');
    expect(getCard).not.toHaveBeenCalled();
    await summarizeTab(4, 'https://news.test/a');
    expect(getCard).toHaveBeenCalledTimes(1);
  });
});

describe('commands', () => {
  test('toggle-reader toggles the reader in the tab', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.test/a' });
    await runCommand('toggle-reader', tab);
    expect(toggleReader).toHaveBeenCalledTimes(1);
  });

  test('summarize-page summarizes the tab', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.test/a' });
    await runCommand('summarize-page', tab);
    expect(openPopup).toHaveBeenCalledTimes(1);
  });

  test('unknown commands do nothing', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.test/a' });
    await runCommand('something-else', tab);
    expect(openPopup).not.toHaveBeenCalled();
    expect(toggleReader).not.toHaveBeenCalled();
  });
});
