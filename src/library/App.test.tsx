// @vitest-environment jsdom
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from '@webext-core/fake-browser';
import type { SavedSummary } from '../storage/types.ts';
import { makeInput } from '../storage/test-summary.ts';
import { App, PAGE_SIZE } from './App.tsx';
import { createMockLibraryClient, type MockLibraryClient } from './mock-library-client.ts';
import { useMessages } from '../ui/test/use-messages.ts';

let root: HTMLElement;
let client: MockLibraryClient;

const item = (n: number, over: Partial<SavedSummary> = {}): SavedSummary => ({
  ...makeInput(n),
  id: `id${n}`,
  savedAt: new Date(Date.UTC(2026, 0, n)).toISOString(),
  tags: [],
  ...over,
});
const flush = () => act(async () => { await new Promise((r) => setTimeout(r, 0)); });
const titles = () => [...root.querySelectorAll('[data-saved-item] h2')].map((h) => h.textContent);
const $ = <T extends HTMLElement>(sel: string) => root.querySelector<T>(sel)!;
async function type(sel: string, value: string) {
  const input = $<HTMLInputElement>(sel);
  input.value = value;
  await act(() => { input.dispatchEvent(new Event('input', { bubbles: true })); });
}

async function mount(items: SavedSummary[]) {
  client = createMockLibraryClient(items);
  const onReady = vi.fn();
  await act(() => render(<App client={client} onReady={onReady} />, root));
  await flush();
  return onReady;
}

beforeEach(() => {
  fakeBrowser.reset();
  useMessages('en');
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

test('lists newest first and signals ready once loaded', async () => {
  const ready = await mount([item(1), item(3), item(2)]);
  expect(titles()).toEqual(['Story number 3', 'Story number 2', 'Story number 1']);
  expect(ready).toHaveBeenCalledTimes(1);
});

test('search and filters narrow the list', async () => {
  await mount([item(1, { title: 'Nvidia deal', site: 'a.com' }), item(2, { title: 'Rain today', site: 'b.com', lang: 'fr' }), item(3, { title: 'Nvidia earnings', site: 'b.com' })]);
  await type('[data-action="search"]', 'nvid');
  expect(titles()).toEqual(['Nvidia earnings', 'Nvidia deal']);
  const site = $<HTMLSelectElement>('[data-action="filter-site"]');
  site.value = 'a.com';
  await act(() => { site.dispatchEvent(new Event('change', { bubbles: true })); });
  expect(titles()).toEqual(['Nvidia deal']);
  await type('[data-action="search"]', '');
  const lang = $<HTMLSelectElement>('[data-action="filter-lang"]');
  site.value = '';
  await act(() => { site.dispatchEvent(new Event('change', { bubbles: true })); });
  lang.value = 'fr';
  await act(() => { lang.dispatchEvent(new Event('change', { bubbles: true })); });
  expect(titles()).toEqual(['Rain today']);
});

test('delete then undo puts the summary back', async () => {
  await mount([item(1), item(2)]);
  await act(() => { $('[data-id="id2"] [data-action="delete"]').click(); });
  await flush();
  expect(titles()).toEqual(['Story number 1']);
  expect(client.items).toHaveLength(1);
  await act(() => { $('[data-action="undo"]').click(); });
  await flush();
  expect(titles()).toEqual(['Story number 2', 'Story number 1']);
  expect(root.querySelector('[data-action="undo"]')).toBeNull();
});

test('opening a row reads its full summary (facts, note editor) only then; notes and tags are saved', async () => {
  await mount([item(1)]);
  expect(root.querySelector('.facts')).toBeNull();
  const details = $<HTMLDetailsElement>('[data-saved-item] details');
  details.open = true;
  await act(() => { details.dispatchEvent(new Event('toggle')); });
  await flush();
  expect($('.facts').textContent).toContain('Acme Corp');
  await type('[data-field="note"]', 'to read again');
  await type('[data-field="tags"]', 'ai, chips, ai');
  await act(() => { $('[data-action="save-note"]').click(); });
  await flush();
  expect(client.items[0]).toMatchObject({ note: 'to read again', tags: ['ai', 'chips'] });
  expect($('.tags').textContent).toBe('aichips');
  expect(root.textContent).toContain('Saved');
});

test('a bad import shows a clear error and keeps the list', async () => {
  await mount([item(1)]);
  const input = $<HTMLInputElement>('[data-action="import"]');
  Object.defineProperty(input, 'files', { value: [new File(['{"hello":1}'], 'x.json')], configurable: true });
  await act(() => { input.dispatchEvent(new Event('change', { bubbles: true })); });
  await flush();
  await flush();
  expect($('[data-import-error]').textContent).toMatch(/not a Nutgraf library/);
  expect(titles()).toEqual(['Story number 1']);
});

test('long libraries render page by page', async () => {
  await mount(Array.from({ length: PAGE_SIZE + 5 }, (_, i) => item(i + 1)));
  expect(titles()).toHaveLength(PAGE_SIZE);
  await act(() => { $('[data-action="more"]').click(); });
  // The rows past the head arrive with the whole catalogue, read once the first screen is painted.
  await vi.waitFor(() => expect(titles()).toHaveLength(PAGE_SIZE + 5));
});

test('changes made elsewhere are picked up', async () => {
  await mount([item(1)]);
  client.items.unshift(item(9));
  vi.useFakeTimers();
  client.emitChange();
  await act(() => { vi.advanceTimersByTime(200); });
  vi.useRealTimers();
  await flush();
  expect(titles()).toEqual(['Story number 9', 'Story number 1']);
});

test('page text is rendered as text, never as markup', async () => {
  await mount([item(1, { title: '<img src=x onerror=alert(1)>', tldr: '<b>bold</b>' })]);
  expect(root.querySelector('img')).toBeNull();
  expect(root.querySelector('b')).toBeNull();
  expect(titles()).toEqual(['<img src=x onerror=alert(1)>']);
});

test('rows are reused across searches, but an opened row does not carry over to another summary', async () => {
  await mount([item(1, { title: 'Nvidia deal' }), item(2, { title: 'Rain today' })]);
  const first = root.querySelector<HTMLDetailsElement>('[data-saved-item] details')!;
  await act(() => {
    first.open = true;
    first.dispatchEvent(new Event('toggle'));
  });
  await vi.waitFor(() => expect(root.querySelector('[data-full-item]')).not.toBeNull());
  expect(titles()[0]).toBe('Rain today');
  // "Nvidia deal" now takes the first row: its details must be closed and show nothing of "Rain today".
  await type('[data-action="search"]', 'nvidia');
  expect(titles()).toEqual(['Nvidia deal']);
  expect(root.querySelector<HTMLDetailsElement>('[data-saved-item] details')!.open).toBe(false);
  expect(root.querySelector('[data-full-item]')).toBeNull();
  // The row the search no longer needs stays mounted for the next search, hidden and out of the list.
  const spare = root.querySelectorAll<HTMLElement>('article.item[hidden]');
  expect(spare).toHaveLength(1);
  expect(spare[0]!.hasAttribute('data-saved-item')).toBe(false);
  const ids = [...root.querySelectorAll('[id]')].map((e) => e.id);
  expect(new Set(ids).size).toBe(ids.length);
  await type('[data-action="search"]', '');
  expect(titles()).toEqual(['Rain today', 'Nvidia deal']);
});
