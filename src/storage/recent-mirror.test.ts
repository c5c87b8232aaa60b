import { describe, expect, test } from 'vitest';
import type { CatalogueRow } from './catalogue.ts';
import { MIRROR_KEY, MIRROR_ROWS, MIRROR_VERSION, readRecentMirror, sameFirstRows, writeRecentMirror } from './recent-mirror.ts';
import type { RecentSummaries } from './types.ts';

/** A Storage over a Map (node has no localStorage); `full` makes setItem throw as a full quota does. */
class MapStorage implements Storage {
  map = new Map<string, string>();
  constructor(private full = false) {}
  get length() {
    return this.map.size;
  }
  clear() {
    this.map.clear();
  }
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
  setItem(k: string, v: string) {
    if (this.full) throw new DOMException('quota', 'QuotaExceededError');
    this.map.set(k, String(v));
  }
}

const row = (i: number, over: Partial<CatalogueRow> = {}): CatalogueRow => ({
  id: `id${i}`, url: `https://news.test/${i}`, title: `Story ${i}`, site: 'news.test', lang: 'en', savedAt: `2025-01-${String(10 + (i % 20)).padStart(2, '0')}T00:00:00Z`, tldr: '', text: '', ...over,
});
const recent = (n: number, total = n): RecentSummaries => ({ items: Array.from({ length: n }, (_, i) => row(i)), total });

describe('recent mirror', () => {
  test.each([
    [0, 0],
    [1, 1],
    [MIRROR_ROWS, MIRROR_ROWS],
    [30, MIRROR_ROWS],
  ])('%i rows written → %i rows read back, with the total', (n, kept) => {
    const store = new MapStorage();
    expect(writeRecentMirror(recent(n, n + 100), store)).toBe(true);
    const back = readRecentMirror(store);
    expect(back?.total).toBe(n + 100);
    expect(back?.items).toEqual(recent(n).items.slice(0, kept));
  });

  test.each<[string, string | null]>([
    ['absent', null],
    ['empty string', ''],
    ['not JSON', '{"v":1,'],
    ['JSON null', 'null'],
    ['an array', '[]'],
    ['an older version', JSON.stringify({ v: MIRROR_VERSION - 1, total: 1, rows: [row(0)] })],
    ['a newer version', JSON.stringify({ v: MIRROR_VERSION + 1, total: 1, rows: [row(0)] })],
    ['no total', JSON.stringify({ v: MIRROR_VERSION, rows: [row(0)] })],
    ['a negative total', JSON.stringify({ v: MIRROR_VERSION, total: -1, rows: [] })],
    ['a fractional total', JSON.stringify({ v: MIRROR_VERSION, total: 1.5, rows: [row(0)] })],
    ['total below the rows', JSON.stringify({ v: MIRROR_VERSION, total: 1, rows: [row(0), row(1)] })],
    ['rows not an array', JSON.stringify({ v: MIRROR_VERSION, total: 1, rows: {} })],
    ['a row missing a field', JSON.stringify({ v: MIRROR_VERSION, total: 1, rows: [{ ...row(0), title: undefined }] })],
    ['a row of the wrong type', JSON.stringify({ v: MIRROR_VERSION, total: 1, rows: [{ ...row(0), savedAt: 5 }] })],
    ['a repeated id', JSON.stringify({ v: MIRROR_VERSION, total: 2, rows: [row(0), row(0)] })],
    ['too many rows', JSON.stringify({ v: MIRROR_VERSION, total: 99, rows: recent(MIRROR_ROWS + 1).items })],
  ])('%s → ignored (null), never thrown', (_, raw) => {
    const store = new MapStorage();
    if (raw !== null) store.map.set(MIRROR_KEY, raw);
    expect(readRecentMirror(store)).toBeNull();
  });

  test('no storage, a throwing storage or a full one: reads give null, writes give false', () => {
    expect(readRecentMirror(undefined)).toBeNull();
    expect(writeRecentMirror(recent(2), undefined)).toBe(false);
    const throwing = new MapStorage();
    throwing.getItem = () => {
      throw new Error('SecurityError');
    };
    expect(readRecentMirror(throwing)).toBeNull();
    expect(writeRecentMirror(recent(2), new MapStorage(true))).toBe(false);
  });

  test('a corrupt copy is replaced by the next write', () => {
    const store = new MapStorage();
    store.map.set(MIRROR_KEY, '{broken');
    expect(writeRecentMirror(recent(3), store)).toBe(true);
    expect(readRecentMirror(store)).toEqual(recent(3));
  });

  test('an unchanged list is not rewritten; a changed one is', () => {
    const store = new MapStorage();
    writeRecentMirror(recent(10), store);
    expect(writeRecentMirror(recent(10), store)).toBe(false);
    expect(writeRecentMirror({ items: [row(99), ...recent(10).items], total: 11 }, store)).toBe(true);
    expect(readRecentMirror(store)?.items[0]?.id).toBe('id99');
  });

  const base = recent(12);
  test.each<[string, RecentSummaries, boolean]>([
    ['the same', recent(12), true],
    ['the same first rows, more after them', { items: [...base.items, row(50)], total: 12 }, true],
    ['a change below the first rows only', { items: base.items.map((r, i) => (i === MIRROR_ROWS ? row(i, { title: 'x' }) : r)), total: 12 }, true],
    ['another total', { items: base.items, total: 13 }, false],
    ['a new row on top', { items: [row(99), ...base.items.slice(0, 11)], total: 12 }, false],
    ['a title changed', { items: base.items.map((r, i) => (i === 2 ? row(i, { title: 'Edited' }) : r)), total: 12 }, false],
    ['a url changed', { items: base.items.map((r, i) => (i === 0 ? row(i, { url: 'https://news.test/moved' }) : r)), total: 12 }, false],
    ['a savedAt changed (saved again)', { items: base.items.map((r, i) => (i === 7 ? row(i, { savedAt: '2026-01-01T00:00:00Z' }) : r)), total: 12 }, false],
    ['a tldr changed (not shown)', { items: base.items.map((r, i) => (i === 1 ? row(i, { tldr: 'new' }) : r)), total: 12 }, true],
    ['fewer rows than shown', { items: base.items.slice(0, 3), total: 12 }, false],
  ])('sameFirstRows: %s → %s', (_, other, same) => {
    expect(sameFirstRows(base, other)).toBe(same);
    expect(sameFirstRows(other, base)).toBe(same);
  });

  test.each([
    [recent(0), recent(0), true],
    [recent(2), recent(2), true],
    [recent(2), recent(3), false],
  ])('sameFirstRows on short lists (%#)', (a, b, same) => {
    expect(sameFirstRows(a, b)).toBe(same);
  });
});
