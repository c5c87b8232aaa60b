import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { deleteSummaries, exportLibrary, importLibrary, listSummaries, restoreSummaries, saveSummary } from './summaries.ts';
import { LIBRARY_FORMAT, MAX_IMPORT_CHARS } from './library-file.ts';
import { makeInput } from './test-summary.ts';

async function snapshot(): Promise<Record<string, unknown>> {
  return structuredClone(await fakeBrowser.storage.local.get(null));
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('saveSummary / listSummaries', () => {
  test('lists newest first', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    for (const [i, t] of ['2026-11-01T10:00:00Z', '2026-11-02T10:00:00Z', '2026-11-03T10:00:00Z'].entries()) {
      vi.setSystemTime(new Date(t));
      await saveSummary(makeInput(i));
    }
    vi.useRealTimers();
    expect((await listSummaries()).map((s) => s.title)).toEqual(['Story number 2', 'Story number 1', 'Story number 0']);
  });

  test.each([
    ['in the same millisecond', ['2026-11-01T10:00:00.000Z', '2026-11-01T10:00:00.000Z'], '2026-11-01T10:00:00.001Z', ['1', '0']],
    ['after the clock stepped back 300 ms', ['2026-11-01T10:00:00.300Z', '2026-11-01T10:00:00.000Z'], '2026-11-01T10:00:00.301Z', ['1', '0']],
    // An imported summary dated a day ahead must not pass its date on to every later save.
    ['a day before the newest', ['2026-11-02T10:00:00.000Z', '2026-11-01T10:00:00.000Z'], '2026-11-01T10:00:00.000Z', ['0', '1']],
  ])('a save %s: its place and date', async (_, times, secondSavedAt, order) => {
    vi.useFakeTimers({ toFake: ['Date'] });
    for (const [i, t] of times.entries()) {
      vi.setSystemTime(new Date(t));
      await saveSummary(makeInput(i));
    }
    vi.useRealTimers();
    const list = await listSummaries();
    expect(list.map((s) => s.title.replace(/\D/g, ''))).toEqual(order);
    expect(list.find((s) => s.title.endsWith('1'))!.savedAt).toBe(secondSavedAt);
  });

  test('merges by normalised URL instead of duplicating, keeping id, tags and note', async () => {
    const first = await saveSummary(makeInput(1, { tags: ['ai'], note: 'read later' }));
    const again = await saveSummary(makeInput(1, { url: 'https://news.example.com/2026/story-1/?utm_source=x#top', title: 'Story one, updated' }));
    const list = await listSummaries();
    expect(list).toHaveLength(1);
    expect(again.id).toBe(first.id);
    expect(list[0]).toMatchObject({ title: 'Story one, updated', tags: ['ai'], note: 'read later' });
  });

  test('an edit of note or tags only keeps the save date; given tags replace the old ones', async () => {
    const first = await saveSummary(makeInput(1, { tags: ['a', 'b'] }));
    await new Promise((r) => setTimeout(r, 5));
    const edited = await saveSummary({ ...makeInput(1), note: 'mine', tags: ['b'] });
    expect(edited).toMatchObject({ savedAt: first.savedAt, note: 'mine', tags: ['b'] });
  });

  test('ten saves at the same moment store ten summaries', async () => {
    await Promise.all(Array.from({ length: 10 }, (_, i) => saveSummary(makeInput(i))));
    const list = await listSummaries();
    expect(list).toHaveLength(10);
    expect(new Set(list.map((s) => s.url)).size).toBe(10);
  });

  test('keeps only the sentences the facts cite', async () => {
    const saved = await saveSummary(makeInput(1));
    expect(saved.facts.sentences).toHaveLength(6);
    expect(saved.facts.sentences[5]).toBe('');
    for (const q of saved.facts.quotes) expect(saved.facts.sentences[q.source.sentence]).toContain(q.source.text);
  });

  test('rejects a summary of a non-web page', async () => {
    await expect(saveSummary(makeInput(1, { url: 'javascript:alert(1)' }))).rejects.toThrow(/http/);
    expect(await listSummaries()).toEqual([]);
  });

  test('a quota failure gives a clear message and keeps what was there', async () => {
    await saveSummary(makeInput(1));
    const before = await snapshot();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await expect(saveSummary(makeInput(2))).rejects.toThrow(/storage is full.*left as it was/i);
    await expect(importLibrary(await exportLibrary('json').then((j) => j.replace(/story-1/g, 'story-9')))).rejects.toThrow(/full/);
    expect(await snapshot()).toEqual(before);
    vi.restoreAllMocks();
    // The queue is not stuck after a failure.
    await saveSummary(makeInput(3));
    expect(await listSummaries()).toHaveLength(2);
  });
});

describe('deleteSummaries / restoreSummaries', () => {
  test('delete returns the deleted items and restore puts them back exactly', async () => {
    const a = await saveSummary(makeInput(1, { note: 'n', tags: ['t'] }));
    await saveSummary(makeInput(2));
    const before = await listSummaries();
    const deleted = await deleteSummaries([a.id, 'no-such-id']);
    expect(deleted).toEqual([a]);
    expect(await listSummaries()).toHaveLength(1);
    await restoreSummaries(deleted);
    expect(await listSummaries()).toEqual(before);
  });
});

describe('export / import', () => {
  async function seed(): Promise<void> {
    await saveSummary(makeInput(1, { tags: ['x'], note: 'a note' }));
    await saveSummary(makeInput(2, { lang: 'fr', title: 'Une histoire [avec] *astérisques*' }));
    await saveSummary(makeInput(3));
  }

  test('JSON export is a versioned envelope', async () => {
    await seed();
    const env = JSON.parse(await exportLibrary('json'));
    expect(env).toMatchObject({ format: LIBRARY_FORMAT, version: 2, items: expect.any(Array) });
    expect(Date.parse(env.exportedAt)).not.toBeNaN();
    expect(env.items).toHaveLength(3);
  });

  test('export → clear → import round-trips exactly', async () => {
    await seed();
    const before = await listSummaries();
    const json = await exportLibrary('json');
    await deleteSummaries(before.map((s) => s.id));
    expect(await listSummaries()).toEqual([]);
    expect(await importLibrary(json)).toEqual({ added: 3, merged: 0, total: 3 });
    expect(await listSummaries()).toEqual(before);
  });

  test('importing the same file twice merges instead of doubling', async () => {
    await seed();
    const json = await exportLibrary('json');
    expect(await importLibrary(json)).toEqual({ added: 0, merged: 3, total: 3 });
    expect(await listSummaries()).toHaveLength(3);
  });

  test('duplicates inside the file are merged, tags united', async () => {
    const item = (tags: string[], savedAt: string) => ({ ...makeInput(1), id: 'x', savedAt, tags });
    const file = JSON.stringify({ format: LIBRARY_FORMAT, version: 2, exportedAt: '', items: [item(['a'], '2026-01-01T00:00:00.000Z'), item(['b'], '2026-02-01T00:00:00.000Z')] });
    expect(await importLibrary(file)).toEqual({ added: 1, merged: 1, total: 1 });
    expect((await listSummaries())[0]).toMatchObject({ tags: ['a', 'b'], savedAt: '2026-02-01T00:00:00.000Z' });
  });

  const good = () => JSON.stringify({ format: LIBRARY_FORMAT, version: 2, exportedAt: '', items: [{ ...makeInput(7), id: 'i', savedAt: '2026-01-01T00:00:00Z', tags: [] }] });
  test.each([
    ['empty', () => '', /empty/],
    ['truncated', () => good().slice(0, 200), /not valid JSON.*truncated/],
    ['foreign JSON', () => JSON.stringify({ bookmarks: [] }), /not a Nutgraf library/],
    ['foreign text', () => '<html>hello</html>', /not valid JSON/],
    ['newer version', () => good().replace('"version":2', '"version":99'), /newer Nutgraf/],
    ['no items', () => JSON.stringify({ format: LIBRARY_FORMAT, version: 2 }), /no list/],
    ['bad item deep inside', () => good().replace('"currency":"USD"', '"currency":5'), /Summary 1.*items\[0\]\.facts\.amounts\[0\]\.currency/],
    ['bad url', () => good().replace('https://news.example.com/2026/story-7', 'javascript:alert(1)'), /url/],
    ['bad lang', () => good().replace('"lang":"en"', '"lang":"xx"'), /lang/],
    ['oversized', () => '{'.repeat(MAX_IMPORT_CHARS + 1), /too large/],
  ])('a %s file is rejected with a clear error and changes nothing', async (_name, file, message) => {
    await seed();
    const before = await snapshot();
    await expect(importLibrary(file())).rejects.toThrow(message);
    expect(await snapshot()).toEqual(before);
  });

  test('Markdown export lists every summary with escaped titles', async () => {
    await seed();
    const md = await exportLibrary('markdown');
    expect(md).toMatch(/^# Nutgraf library/);
    expect(md).toContain('## [Une histoire \\[avec\\] \\*astérisques\\*](https://news.example.com/2026/story-2)');
    expect(md).toContain('> Summary of story 3.');
    expect(md).toContain('Tags: #x');
    expect(md).toContain('- **How much:** $2.5 billion');
  });
});

describe('readCatalogue (direct read by extension pages)', () => {
  test('returns the rows newest first once the layout is current, null before', async () => {
    const { readCatalogue } = await import('./summaries.ts');
    await fakeBrowser.storage.local.set({ library: { items: [] } });
    expect(await readCatalogue()).toBeNull();
    await saveSummary(makeInput(1));
    await saveSummary(makeInput(2));
    expect((await readCatalogue())?.map((r) => r.id)).toEqual((await listSummaries()).map((s) => s.id));
  });
});
