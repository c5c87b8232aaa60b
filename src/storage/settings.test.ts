import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { getSettings, updateSettings, watchSettings } from './settings.ts';
import { DEFAULT_SETTINGS } from './items.ts';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

test('defaults when nothing is stored', async () => {
  expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
});

test('updates merge, reader may be partial, and persist in storage.sync', async () => {
  await updateSettings({ enabled: false, reader: { fontSize: 20 } } as never);
  const s = await getSettings();
  expect(s).toMatchObject({ enabled: false, hideUpsells: true, reader: { theme: 'system', font: 'serif', fontSize: 20, lineWidth: 68 } });
  expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual(s);
});

test('concurrent updates of different fields all land', async () => {
  await Promise.all([updateSettings({ enabled: false }), updateSettings({ hideUpsells: false }), updateSettings({ cardDensity: 'expanded' })]);
  expect(await getSettings()).toMatchObject({ enabled: false, hideUpsells: false, cardDensity: 'expanded' });
});

test.each([
  [{ enabled: 'yes' }, /enabled/],
  [{ cardPosition: 'left' }, /cardPosition/],
  [{ reader: { fontSize: 400 } }, /fontSize/],
  [{ reader: { theme: 'neon' } }, /theme/],
  [{ siteRules: { 'example.com': 'sometimes' } }, /site rule/],
  [{ siteRules: { 'not a host!': 'never' } }, /site rule/],
  [{ colour: 'red' }, /Unknown setting/],
])('refuses %j and changes nothing', async (patch, message) => {
  await updateSettings({ hideUpsells: false });
  const before = await getSettings();
  await expect(updateSettings(patch as never)).rejects.toThrow(message);
  expect(await getSettings()).toEqual(before);
});

test('site rules are keyed by bare hostname', async () => {
  const s = await updateSettings({ siteRules: { 'https://www.Example.com/news/a': 'never', 'lemonde.fr': 'always' } });
  expect(s.siteRules).toEqual({ 'example.com': 'never', 'lemonde.fr': 'always' });
});

test('a stored value with a bad field keeps the default for that field only', async () => {
  await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, enabled: false, cardPosition: 'nowhere' }, settings$: { v: 2 } });
  expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
});

test('falls back to storage.local when storage.sync fails', async () => {
  vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('sync is disabled'));
  await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, hideUpsells: false }, settings$: { v: 2 } });
  expect((await getSettings()).hideUpsells).toBe(false);
});

test('a failed write gives a clear error and keeps the settings', async () => {
  vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
  await expect(updateSettings({ enabled: false })).rejects.toThrow(/storage is full/i);
  vi.restoreAllMocks();
  expect((await getSettings()).enabled).toBe(true);
});

test('watchSettings reports changes', async () => {
  const seen = vi.fn();
  const stop = watchSettings(seen);
  await updateSettings({ cardPosition: 'bottom-right' });
  stop();
  expect(seen).toHaveBeenCalledWith(expect.objectContaining({ cardPosition: 'bottom-right' }));
});
