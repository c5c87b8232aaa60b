import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import type { Runtime } from '../../platform/browser.ts';
import { libraryHandlers } from './library.ts';
import { settingsHandlers } from './settings.ts';
import { makeInput } from '../../storage/test-summary.ts';
import { MIRROR_KEY, readRecentMirror } from '../../storage/recent-mirror.ts';

const page: Runtime.MessageSender = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/library/index.html') };
const tab: Runtime.MessageSender = { id: fakeBrowser.runtime.id, url: 'https://news.example.com/a', tab: { id: 3 } as never };

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.unstubAllGlobals());

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

/** A Map-backed localStorage, as Firefox's event page has. */
function stubLocalStorage(): Map<string, string> {
  const map = new Map<string, string>();
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  });
  return map;
}

test.each([
  ['save', async () => void (await libraryHandlers.saveSummary!(makeInput(2), tab)), ['2', '1']],
  ['delete', async () => void (await libraryHandlers.deleteSummaries!({ ids: [(await libraryHandlers.listSummaries!(undefined, page))[0]!.id] }, page)), []],
])('with a localStorage (Firefox background), a %s rewrites the popup copy', async (_, write, expected) => {
  await libraryHandlers.saveSummary!(makeInput(1), page);
  const map = stubLocalStorage();
  await write();
  await vi.waitFor(() => expect(map.has(MIRROR_KEY)).toBe(true));
  const copy = readRecentMirror(localStorage);
  expect(copy?.items.map((r) => r.title.replace(/\D/g, ''))).toEqual(expected);
  expect(copy?.total).toBe(expected.length);
});

test('without a localStorage (Chrome service worker), writes work and nothing is mirrored', async () => {
  vi.stubGlobal('localStorage', undefined);
  const saved = await libraryHandlers.saveSummary!(makeInput(1), tab);
  expect(await libraryHandlers.listSummaries!(undefined, page)).toEqual([saved]);
});
