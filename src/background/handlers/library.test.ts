import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import type { Runtime } from '../../platform/browser.ts';
import { libraryHandlers } from './library.ts';
import { settingsHandlers } from './settings.ts';
import { makeInput } from '../../storage/test-summary.ts';

const page: Runtime.MessageSender = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/library/index.html') };
const tab: Runtime.MessageSender = { id: fakeBrowser.runtime.id, url: 'https://news.example.com/a', tab: { id: 3 } as never };

beforeEach(() => fakeBrowser.reset());

test('extension pages may do everything', async () => {
  const saved = await libraryHandlers.saveSummary!(makeInput(1), page);
  expect(await libraryHandlers.listSummaries!(undefined, page)).toEqual([saved]);
  expect(await libraryHandlers.deleteSummaries!({ ids: [saved.id] }, page)).toEqual([saved]);
  expect((await settingsHandlers.updateSettings!({ enabled: false }, page)).enabled).toBe(false);
});

test('content scripts may save and read settings only', async () => {
  await libraryHandlers.saveSummary!(makeInput(1), tab);
  expect((await settingsHandlers.getSettings!(undefined, tab)).enabled).toBe(true);
  await expect(async () => libraryHandlers.listSummaries!(undefined, tab)).rejects.toThrow(/extension's own pages/);
  await expect(async () => libraryHandlers.deleteSummaries!({ ids: [] }, tab)).rejects.toThrow(/own pages/);
  await expect(async () => libraryHandlers.importLibrary!({ text: '' }, tab)).rejects.toThrow(/own pages/);
  await expect(async () => settingsHandlers.updateSettings!({ enabled: false }, tab)).rejects.toThrow(/own pages/);
});
