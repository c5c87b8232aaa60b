// @vitest-environment jsdom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { ArticleFacts } from '../core/types.ts';
import type { CardState, TabCardResult } from '../messaging/protocol.ts';
import type { CatalogueRow } from '../storage/catalogue.ts';
import { App } from './App.tsx';
import { FIRST_FRAME_ROWS, SAVED_LIST_LIMIT } from './components/SavedList.tsx';
import { createMockClient } from './mock-client.ts';

const facts: ArticleFacts = {
  meta: { title: 'Council passes budget', site: 'Daily Test', url: 'https://daily.test/budget', lang: 'en', published: '2025-09-23T08:12:00Z', about: [], paywalled: false },
  readingMinutes: 3,
  sentences: ['The council passed the budget.'],
  parties: [],
  event: null,
  amounts: [],
  numbers: [],
  dates: [],
  quotes: [],
  tldr: { text: 'The council passed the budget.', sentences: [0], method: 'extractive' },
};
const state: CardState = {
  facts,
  verdict: { isNews: true, score: 5, reasons: [] },
  hidden: [{ id: 'h1', kind: 'newsletter', score: 3, reasons: ['phrase'], preview: 'Sign up', restored: false }],
  paywalled: false,
};

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

async function mount(card: TabCardResult, overrides = {}) {
  const client = createMockClient(card, overrides);
  const onReady = vi.fn();
  render(<App client={client} onReady={onReady} />, container);
  // The card comes with its own chunk (a dynamic import, transformed on first use in the test run): be patient.
  await vi.waitFor(() => expect(onReady).toHaveBeenCalled(), { timeout: 10_000 });
  return client;
}

describe('popup App', () => {
  test('shows the card of the current tab, with title and published facts', async () => {
    const client = await mount({ ok: true, card: state });
    expect(container.querySelector('[data-fact="title"]')?.textContent).toContain('Council passes budget');
    expect(container.querySelector('[data-fact="published"]')).not.toBeNull();
    expect(client.calls.map((c) => c.name)).toEqual(expect.arrayContaining(['currentTabId', 'getTabCard', 'listSummaries']));
  });

  test.each([
    ['with a card', { ok: true, card: state } as TabCardResult],
    ['with a message', { ok: false, reason: 'restricted', message: 'Not here' } as TabCardResult],
  ])('%s: one top-level heading, naming the extension (screen readers navigate by it)', async (_why, card) => {
    await mount(card);
    const h1 = container.querySelectorAll('h1');
    expect(h1).toHaveLength(1);
    expect(h1[0]!.textContent).not.toBe('');
  });

  test('Save stores the summary built from the card and lists it', async () => {
    const client = await mount({ ok: true, card: state });
    expect(container.querySelectorAll('[data-saved-item]')).toHaveLength(0);
    container.querySelector<HTMLButtonElement>('[data-action="save"]')!.click();
    await vi.waitFor(() => expect(container.querySelectorAll('[data-saved-item]')).toHaveLength(1));
    const input = client.calls.find((c) => c.name === 'saveSummary')!.args[0];
    expect(input).toMatchObject({ url: facts.meta.url, title: facts.meta.title, site: 'Daily Test', lang: 'en', tldr: facts.tldr!.text, published: facts.meta.published });
    expect(container.querySelector('[data-saved-item]')!.textContent).toContain('Council passes budget');
  });

  test('Copy as Markdown copies the card', async () => {
    const client = await mount({ ok: true, card: state });
    container.querySelector<HTMLButtonElement>('[data-action="copy-markdown"]')!.click();
    await vi.waitFor(() => expect(client.calls.some((c) => c.name === 'copyText')).toBe(true));
    expect(String(client.calls.find((c) => c.name === 'copyText')!.args[0])).toContain('Council passes budget');
  });

  test.each([
    [{ ok: false, reason: 'restricted', message: 'Nutgraf cannot run on this page.' }],
    [{ ok: false, reason: 'no-article', message: 'No article found.' }],
    [{ ok: false, reason: 'error', message: 'Something failed.' }],
  ] as const)('a failure shows its message, not a blank popup: %j', async (card) => {
    await mount(card);
    const message = container.querySelector('[data-reason]');
    expect(message?.getAttribute('data-reason')).toBe(card.reason);
    expect(message?.textContent).toContain(card.message);
    expect(container.querySelector('[data-fact]')).toBeNull();
  });

  test('a rejected request still ends in a message', async () => {
    await mount({ ok: true, card: state }, { getTabCard: () => Promise.reject(new Error('port closed')) });
    expect(container.querySelector('[data-reason="error"]')?.textContent).toContain('port closed');
  });

  test('no tab to talk to → restricted message', async () => {
    await mount({ ok: true, card: state }, { currentTabId: async () => null });
    expect(container.querySelector('[data-reason="restricted"]')).not.toBeNull();
  });

  test('the shell and the saved list paint without waiting for the card', async () => {
    const client = createMockClient({ ok: true, card: state }, { getTabCard: () => new Promise<TabCardResult>(() => {}) });
    await client.saveSummary({ url: 'https://daily.test/old', title: 'An older story', site: 'Daily Test', lang: 'en', tldr: '', facts });
    const onPainted = vi.fn();
    const onReady = vi.fn();
    render(<App client={client} onPainted={onPainted} onReady={onReady} />, container);
    await vi.waitFor(() => expect(onPainted).toHaveBeenCalledTimes(1));
    expect(container.querySelector('[data-saved-item]')?.textContent).toContain('An older story');
    expect(container.querySelector('.np-loading')).not.toBeNull();
    expect(onReady).not.toHaveBeenCalled();
  });

  test('a saved list already read is in the first commit (no empty shell frame before it)', () => {
    const client = createMockClient({ ok: true, card: state }, { getTabCard: () => new Promise<TabCardResult>(() => {}) });
    const onPainted = vi.fn();
    const row: CatalogueRow = { id: 'r1', url: 'https://daily.test/r1', title: 'Read before render', site: 'Daily Test', lang: 'en', savedAt: '2025-09-23T08:12:00Z', tldr: '', text: '' };
    const savedNow = { items: [row], total: 1 };
    render(<App client={client} onPainted={onPainted} initial={{ saved: Promise.resolve(savedNow), savedNow }} />, container);
    // Synchronously: render() ran the layout effects, no await in between.
    expect(container.querySelector('[data-saved-item]')?.textContent).toContain('Read before render');
    expect(onPainted).toHaveBeenCalledTimes(1);
    expect(client.calls.map((c) => c.name)).not.toContain('listSummaries');
  });

  test.each([
    [0, 0, 0],
    [3, 3, 3],
    [FIRST_FRAME_ROWS, FIRST_FRAME_ROWS, FIRST_FRAME_ROWS],
    [FIRST_FRAME_ROWS + 1, FIRST_FRAME_ROWS, FIRST_FRAME_ROWS + 1],
    [SAVED_LIST_LIMIT + 5, FIRST_FRAME_ROWS, SAVED_LIST_LIMIT],
  ])('%i saved rows: %i in the first commit, %i once it is painted', async (n, first, all) => {
    const client = createMockClient({ ok: true, card: state }, { getTabCard: () => new Promise<TabCardResult>(() => {}) });
    const items: CatalogueRow[] = Array.from({ length: n }, (_, i) => ({ id: `r${i}`, url: `https://daily.test/r${i}`, title: `Story ${i}`, site: 'Daily Test', lang: 'en', savedAt: '2025-09-23T08:12:00Z', tldr: '', text: '' }));
    const savedNow = { items, total: n };
    render(<App client={client} initial={{ saved: Promise.resolve(savedNow), savedNow }} />, container);
    expect(container.querySelectorAll('[data-saved-item]')).toHaveLength(first);
    expect(container.querySelector('.np-count')?.textContent).toBe(String(n));
    await vi.waitFor(() => expect(container.querySelectorAll('[data-saved-item]')).toHaveLength(all));
    // Newest first, in order, whichever frame they came in.
    expect([...container.querySelectorAll('[data-saved-item]')].map((li) => li.getAttribute('data-saved-item'))).toEqual(items.slice(0, all).map((r) => r.id));
  });

  describe('the localStorage copy shown first, then checked against storage', () => {
    const row = (i: number, title = `Story ${i}`): CatalogueRow => ({ id: `r${i}`, url: `https://daily.test/r${i}`, title, site: 'Daily Test', lang: 'en', savedAt: '2025-09-23T08:12:00Z', tldr: '', text: '' });
    const list = (n: number, first?: string) => ({ items: Array.from({ length: n }, (_, i) => row(i, i === 0 && first ? first : undefined)), total: n });
    test.each<[string, { items: CatalogueRow[]; total: number }, { items: CatalogueRow[]; total: number } | 'fails', string[], boolean]>([
      ['copy up to date', list(3), list(3), ['Story 0', 'Story 1', 'Story 2'], false],
      ['a new summary since', list(2), { items: [row(9, 'Saved from a card'), ...list(2).items], total: 3 }, ['Saved from a card', 'Story 0', 'Story 1'], true],
      ['a title edited since', list(2), list(2, 'Edited'), ['Edited', 'Story 1'], true],
      ['all deleted since', list(2), list(0), [], true],
      ['storage read fails', list(2), 'fails', [], true],
    ])('%s', async (_, copy, stored, titles, frame) => {
      const client = createMockClient({ ok: true, card: state }, { getTabCard: () => new Promise<TabCardResult>(() => {}) });
      let resolve!: (v: { items: CatalogueRow[]; total: number }) => void;
      let reject!: (e: Error) => void;
      const saved = new Promise<{ items: CatalogueRow[]; total: number }>((res, rej) => ((resolve = res), (reject = rej)));
      const onPainted = vi.fn();
      render(<App client={client} onPainted={onPainted} initial={{ saved, savedNow: copy, savedNowUnchecked: true }} />, container);
      // The copy is on screen at once, but not counted as painted until checked.
      expect([...container.querySelectorAll('[data-saved-item] a')].map((a) => a.textContent)).toEqual(copy.items.map((r) => r.title));
      expect(onPainted).not.toHaveBeenCalled();
      if (stored === 'fails') reject(new Error('storage gone'));
      else resolve(stored);
      // A zero timeout runs after the check and its commit, and before afterPaint's fallback (jsdom has no frames):
      // an up-to-date copy is counted at once; a corrected one only once the frame after the correction is painted.
      await new Promise((r) => setTimeout(r, 0));
      expect(onPainted).toHaveBeenCalledTimes(frame ? 0 : 1);
      await vi.waitFor(() => expect(onPainted).toHaveBeenCalledTimes(1));
      expect([...container.querySelectorAll('[data-saved-item] a')].map((a) => a.textContent)).toEqual(titles);
      expect(container.querySelector('.np-count')?.textContent).toBe(String(stored === 'fails' ? 0 : stored.total));
      expect(client.calls.map((c) => c.name)).not.toContain('listSummaries');
    });
  });

  test('reads started before the first render are taken up, not made again', async () => {
    const client = createMockClient({ ok: true, card: state });
    const onPainted = vi.fn();
    let resolve!: (v: TabCardResult) => void;
    const view = new Promise<TabCardResult>((r) => (resolve = r)).then((result) => (result.ok ? { kind: 'card' as const, tabId: 1, state: result.card } : { kind: 'failed' as const, failure: result }));
    const saved = Promise.resolve({ items: [], total: 0 });
    render(<App client={client} onPainted={onPainted} initial={{ saved, view }} />, container);
    // The shell is there at once; the list right after, the card still on its way.
    expect(container.querySelector('.np-loading')).not.toBeNull();
    await vi.waitFor(() => expect(onPainted).toHaveBeenCalledTimes(1));
    expect(container.querySelector('.np-empty')).not.toBeNull();
    expect(container.querySelector('[data-fact]')).toBeNull();
    resolve({ ok: true, card: state });
    await vi.waitFor(() => expect(container.querySelector('[data-fact="title"]')).not.toBeNull(), { timeout: 10_000 });
    expect(client.calls.map((c) => c.name)).not.toContain('listSummaries');
    expect(client.calls.map((c) => c.name)).not.toContain('getTabCard');
  });
});
