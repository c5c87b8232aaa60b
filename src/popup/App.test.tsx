// @vitest-environment jsdom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { ArticleFacts } from '../core/types.ts';
import type { CardState, TabCardResult } from '../messaging/protocol.ts';
import type { CatalogueRow } from '../storage/catalogue.ts';
import { App } from './App.tsx';
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
