import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { importLibrary, listSummaries, saveSummary } from './summaries.ts';
import { getSettings } from './settings.ts';
import { makeInput } from './test-summary.ts';
import { urlId } from './url-id.ts';

/** A library exactly as v1 wrote it: one key, savedAt in epoch ms, tags as "a, b". */
function v1Item(n: number, savedAt: number, tags?: string) {
  const { tags: _omit, ...rest } = makeInput(n);
  return { ...rest, id: `old-${n}`, savedAt, ...(tags === undefined ? {} : { tags }) };
}

beforeEach(() => fakeBrowser.reset());

test('a v1 library is upgraded without loss', async () => {
  const items = [v1Item(1, Date.UTC(2026, 0, 1), 'ai, chips'), v1Item(2, Date.UTC(2026, 0, 3)), { ...v1Item(3, Date.UTC(2026, 0, 2)), note: 'keep me' }];
  await fakeBrowser.storage.local.set({ library: { items } });
  const list = await listSummaries();
  expect(list.map((s) => s.title)).toEqual(['Story number 2', 'Story number 3', 'Story number 1']);
  expect(list[2]).toMatchObject({ tags: ['ai', 'chips'], savedAt: '2026-01-01T00:00:00.000Z', id: await urlId(items[0]!.url) });
  expect(list[1]).toMatchObject({ note: 'keep me', tags: [] });
  for (const [i, s] of list.entries()) {
    const original = items.find((o) => o.url === s.url)!;
    expect(s.facts, `item ${i}`).toEqual(original.facts);
    expect(s.tldr).toBe(original.tldr);
  }
  const stored = await fakeBrowser.storage.local.get(null);
  expect(stored.library).toBeUndefined();
  expect(stored['library$']).toEqual({ v: 3 });
  expect((stored['library.catalogue'] as { rows: { id: string }[] }).rows.map((r) => r.id)).toEqual(list.map((s) => s.id));
});

test('v1 duplicates are merged and unreadable v1 items are kept aside, not dropped', async () => {
  const bad = { url: 42 };
  await fakeBrowser.storage.local.set({ library: { items: [v1Item(1, 1000, 'a'), v1Item(1, 2000, 'b'), bad] } });
  const list = await listSummaries();
  expect(list).toHaveLength(1);
  expect(list[0]!.tags).toEqual(['a', 'b']);
  expect((await fakeBrowser.storage.local.get('library.unreadable'))['library.unreadable']).toEqual([bad]);
});

test('the migration runs before the first save, so nothing written before is lost', async () => {
  await fakeBrowser.storage.local.set({ library: { items: [v1Item(1, 1000)] } });
  await saveSummary(makeInput(2));
  expect((await listSummaries()).map((s) => s.title)).toEqual(['Story number 2', 'Story number 1']);
});

test('a v1 export file imports', async () => {
  const file = JSON.stringify({ format: 'nutgraf-library', version: 1, exportedAt: '2026-01-01T00:00:00Z', items: [v1Item(1, 1000, 'x')] });
  expect(await importLibrary(file)).toEqual({ added: 1, merged: 0, total: 1 });
  expect((await listSummaries())[0]).toMatchObject({ tags: ['x'], savedAt: '1970-01-01T00:00:01.000Z' });
});

test('v1 settings are upgraded: auto → enabled, new fields from defaults, rules kept', async () => {
  await fakeBrowser.storage.sync.set({ settings: { auto: false, hideUpsells: false, siteRules: { 'www.Example.com': 'never' }, cardPosition: 'bottom-right' } });
  expect(await getSettings()).toEqual({
    enabled: false,
    hideUpsells: false,
    siteRules: { 'example.com': 'never' },
    cardPosition: 'bottom-right',
    cardDensity: 'compact',
    reader: { theme: 'system', font: 'serif', fontSize: 18, lineWidth: 68 },
  });
});
