import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import {
  deleteSummaries, importLibrary, listRecentSummaries, listSummaries, readCatalogue, readSummary, restoreSummaries, saveSummary,
} from './summaries.ts';
import { buildCatalogue, clip, readCatalogueValue, toRow, updateCatalogue, type CatalogueRow } from './catalogue.ts';
import { LIBRARY } from './items.ts';
import { libraryToJson } from './library-file.ts';
import { makeInput } from './test-summary.ts';
import type { SavedSummary } from './types.ts';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

/** The catalogue must always equal what a rebuild from the summary keys would give. */
async function expectInSync(): Promise<CatalogueRow[]> {
  const rows = await readCatalogue();
  expect(rows).not.toBeNull();
  const full = await listSummaries();
  expect(rows).toEqual(buildCatalogue(full));
  const recent = (await fakeBrowser.storage.local.get(LIBRARY.recentKey))[LIBRARY.recentKey] as { rows: CatalogueRow[]; total: number };
  expect(recent.rows).toEqual(rows!.slice(0, LIBRARY.recentSize));
  expect(recent.total).toBe(rows!.length);
  return rows!;
}

describe('catalogue rows', () => {
  test('a row carries the list fields and a short search text, not the facts', () => {
    const s: SavedSummary = { ...makeInput(1, { tags: ['chips'] }), id: 'x', savedAt: '2026-01-01T00:00:00.000Z', tags: ['chips'] };
    const row = toRow(s);
    expect(row).toMatchObject({ id: 'x', url: s.url, title: s.title, site: s.site, lang: 'en', savedAt: s.savedAt, published: s.published });
    expect(row.text).toContain('Acme Corp');
    expect(row.text).toContain('chips');
    expect(row).not.toHaveProperty('facts');
  });

  test.each([
    ['short text is kept', 'a b c', 10, 'a b c'],
    ['long text is cut at a word', 'alpha beta gamma delta', 12, 'alpha beta…'],
    ['spaces are folded', ' a \n b ', 10, 'a b'],
  ])('clip: %s', (_name, text, max, want) => {
    expect(clip(text, max)).toBe(want);
  });

  test.each([
    ['missing', undefined],
    ['not an object', 'rows'],
    ['wrong version', { v: 99, rows: [] }],
    ['rows not a list', { v: 1, rows: {} }],
    ['a row without id', { v: 1, rows: [{ url: 'u', title: '', site: '', lang: 'en', savedAt: '', tldr: '', text: '' }] }],
    ['duplicate ids', { v: 1, rows: [1, 2].map(() => ({ id: 'a', url: 'u', title: '', site: '', lang: 'en', savedAt: '', tldr: '', text: '' })) }],
  ])('an unreadable catalogue (%s) reads as null', (_name, raw) => {
    expect(readCatalogueValue(raw)).toBeNull();
  });

  test('updateCatalogue keeps newest first when replacing and removing', () => {
    const mk = (id: string, savedAt: string): SavedSummary => ({ ...makeInput(1), id, savedAt, tags: [] });
    const rows = buildCatalogue([mk('a', '2026-01-01'), mk('b', '2026-01-03'), mk('c', '2026-01-02')]);
    const next = updateCatalogue(rows, [mk('a', '2026-01-04'), mk('d', '2026-01-02')], ['b']);
    expect(next.map((r) => r.id)).toEqual(['a', 'c', 'd']);
  });
});

describe('the catalogue stays in sync with the summaries', () => {
  test('through save, merge, delete, restore and import', async () => {
    await saveSummary(makeInput(1));
    await saveSummary(makeInput(2));
    await expectInSync();
    // Merge by URL: still one row, with the new title.
    await saveSummary(makeInput(1, { url: 'https://news.example.com/2026/story-1/?utm_source=x', title: 'Story one, updated' }));
    expect((await expectInSync()).map((r) => r.title)).toContain('Story one, updated');
    const gone = await deleteSummaries([(await listSummaries())[0]!.id]);
    expect(await expectInSync()).toHaveLength(1);
    await restoreSummaries(gone);
    expect(await expectInSync()).toHaveLength(2);
    const file = libraryToJson([3, 4, 1].map((n) => ({ ...makeInput(n), id: 'ignored', savedAt: `2026-0${n}-01T00:00:00.000Z`, tags: [] })));
    await importLibrary(file);
    expect(await expectInSync()).toHaveLength(4);
  });

  test('ten concurrent saves give ten rows', async () => {
    await Promise.all(Array.from({ length: 10 }, (_, i) => saveSummary(makeInput(i))));
    expect(await expectInSync()).toHaveLength(10);
  });

  test('a failed write (quota) changes neither the summaries nor the catalogue', async () => {
    await saveSummary(makeInput(1));
    const before = structuredClone(await fakeBrowser.storage.local.get(null));
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await expect(saveSummary(makeInput(2))).rejects.toThrow();
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });
});

describe('migration and repair', () => {
  test('a v2 library (no catalogue) gets one built from the summary keys on first read', async () => {
    await saveSummary(makeInput(1));
    await saveSummary(makeInput(2));
    const full = await listSummaries();
    await fakeBrowser.storage.local.remove([LIBRARY.catalogueKey, LIBRARY.recentKey]);
    await fakeBrowser.storage.local.set({ [LIBRARY.metaKey]: { v: 2 } });
    expect(await readCatalogue()).toBeNull();
    const recent = await listRecentSummaries(30);
    expect(recent).toEqual({ items: buildCatalogue(full), total: 2 });
    expect((await fakeBrowser.storage.local.get(LIBRARY.metaKey))[LIBRARY.metaKey]).toEqual({ v: LIBRARY.version });
    await expectInSync();
  });

  test('a corrupt catalogue is rebuilt before the next change', async () => {
    await saveSummary(makeInput(1));
    await fakeBrowser.storage.local.set({ [LIBRARY.catalogueKey]: { v: 1, rows: [{ id: 42 }] } });
    expect(await readCatalogue()).toBeNull();
    await saveSummary(makeInput(2));
    expect(await expectInSync()).toHaveLength(2);
  });

  test('a corrupt head is not trusted by listRecentSummaries', async () => {
    await saveSummary(makeInput(1));
    await fakeBrowser.storage.local.set({ [LIBRARY.recentKey]: 'garbage' });
    expect((await listRecentSummaries(10)).total).toBe(1);
  });

  test('readSummary returns one full summary, or null when it is gone', async () => {
    const saved = await saveSummary(makeInput(1));
    expect(await readSummary(saved.id)).toEqual(saved);
    await deleteSummaries([saved.id]);
    expect(await readSummary(saved.id)).toBeNull();
  });
});
