// @vitest-environment jsdom
import { hydrate, render } from 'preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { TabCardResult } from '../messaging/protocol.ts';
import type { CatalogueRow } from '../storage/catalogue.ts';
import type { RecentSummaries } from '../storage/types.ts';
import { App } from './App.tsx';
import { FIRST_FRAME_ROWS } from './components/SavedList.tsx';
import { paintFirstFrame } from './first-frame.ts';
import { createMockClient } from './mock-client.ts';

const row = (i: number, title = `Story ${i}`, url = `https://daily.test/r${i}`): CatalogueRow => ({ id: `r${i}`, url, title, site: 'Daily Test', lang: 'en', savedAt: '2025-09-23T08:12:00Z', tldr: '', text: '' });
const list = (n: number, total = n): RecentSummaries => ({ items: Array.from({ length: n }, (_, i) => row(i)), total });
const pending = () => new Promise<TabCardResult>(() => {});

let a: HTMLElement;
let b: HTMLElement;
beforeEach(() => {
  a = document.createElement('div');
  b = document.createElement('div');
  document.body.append(a, b);
});
afterEach(() => {
  render(null, a);
  render(null, b);
  a.remove();
  b.remove();
});

describe('the plain-DOM first frame', () => {
  test.each<[string, RecentSummaries]>([
    ['empty library', list(0)],
    ['a few rows', list(3)],
    ['the copy holds the first frame’s rows of a larger library', list(FIRST_FRAME_ROWS, 10_000)],
    ['a row whose URL is not http(s) gets no link target', { items: [row(0, 'Local', 'file:///x')], total: 1 }],
  ])('builds the same nodes as App’s first commit: %s', (_, recent) => {
    paintFirstFrame(a, recent);
    const client = createMockClient({ ok: true, card: { facts: null } as never }, { getTabCard: pending });
    render(<App client={client} initial={{ saved: new Promise(() => {}), savedNow: recent, savedNowUnchecked: true }} />, b);
    expect(a.innerHTML).toBe(b.innerHTML);
  });

  test('shows the texts the last open showed, and says which strings it used; hydration writes the true ones over stale ones', async () => {
    const recent = list(2);
    const texts = { strings: new Map([['popup_savedTitle', 'Stale title']]), dates: new Map([[row(0).savedAt, 'Stale date']]) };
    const keys = paintFirstFrame(a, recent, texts);
    expect(new Set(keys)).toEqual(new Set(['popup_loading', 'popup_savedTitle', 'popup_openLibrary']));
    expect(a.querySelector('h2')?.textContent).toBe('Stale title 2');
    expect(a.querySelector('.np-meta')?.textContent).toBe('Daily Test · Stale date');
    const client = createMockClient({ ok: true, card: { facts: null } as never }, { getTabCard: pending });
    hydrate(<App client={client} initial={{ saved: Promise.resolve(recent), savedNow: recent, savedNowUnchecked: true }} />, a);
    render(<App client={client} initial={{ saved: new Promise(() => {}), savedNow: recent, savedNowUnchecked: true }} />, b);
    expect(a.innerHTML).toBe(b.innerHTML);
  });

  test('an empty library shows its own message key', () => {
    expect(paintFirstFrame(a, list(0))).toContain('popup_savedEmpty');
  });

  test('page text stays text', () => {
    paintFirstFrame(a, { items: [row(0, '<img src=x onerror=alert(1)>')], total: 1 });
    expect(a.querySelector('img')).toBeNull();
    expect(a.querySelector('[data-saved-item] a')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  test('Preact takes over the same nodes (one list, nothing rebuilt) and then corrects and extends it', async () => {
    const copy = list(3);
    paintFirstFrame(a, copy);
    const before = [...a.querySelectorAll('li')];
    const stored = { items: [row(0, 'Edited'), ...copy.items.slice(1), row(3), row(4)], total: 5 };
    const client = createMockClient({ ok: true, card: { facts: null } as never }, { getTabCard: pending });
    const onPainted = vi.fn();
    hydrate(<App client={client} onPainted={onPainted} initial={{ saved: Promise.resolve(stored), savedNow: copy, savedNowUnchecked: true }} />, a);
    expect(a.querySelectorAll('main')).toHaveLength(1);
    expect([...a.querySelectorAll('li')]).toEqual(before);
    expect(before.every((li, i) => li === a.querySelectorAll('li')[i])).toBe(true);
    // The storage list differs: App corrects what the copy showed.
    await vi.waitFor(() => expect(onPainted).toHaveBeenCalledTimes(1));
    expect([...a.querySelectorAll('[data-saved-item] a')].map((x) => x.textContent)).toEqual(['Edited', 'Story 1', 'Story 2', 'Story 3', 'Story 4']);
    expect(a.querySelector('[data-saved-item="r1"]')).toBe(before[1]);
    expect(a.querySelector('.np-count')?.textContent).toBe('5');
  });

  test('the Open library button answers once Preact has taken over', async () => {
    paintFirstFrame(a, list(1));
    const client = createMockClient({ ok: true, card: { facts: null } as never }, { getTabCard: pending });
    hydrate(<App client={client} initial={{ saved: Promise.resolve(list(1)), savedNow: list(1), savedNowUnchecked: true }} />, a);
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});
    a.querySelector<HTMLButtonElement>('.np-link')!.click();
    await vi.waitFor(() => expect(client.calls.map((c) => c.name)).toContain('openLibrary'));
    close.mockRestore();
  });
});
