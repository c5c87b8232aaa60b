// @vitest-environment jsdom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import type { ArticleFacts } from '../../core/types.ts';
import type { CardState } from '../../messaging/protocol.ts';
import type { SummarizerApi, SummarizerSession } from '../../platform/chrome-summarizer.ts';
import { useMessages } from '../../ui/test/use-messages.ts';
import { App } from '../App.tsx';
import { createMockClient } from '../mock-client.ts';

const facts: ArticleFacts = {
  meta: { title: 'Council passes budget', site: 'Daily Test', url: 'https://daily.test/budget', lang: 'en', about: [], paywalled: false },
  readingMinutes: 1,
  sentences: ['The council passed a budget of 12 million euros on Monday.', 'Spending on schools rises by 4%.'],
  parties: [],
  event: null,
  amounts: [],
  numbers: [],
  dates: [],
  quotes: [],
  tldr: { text: 'The council passed a budget of 12 million euros on Monday.', sentences: [0], method: 'extractive' },
};
const state: CardState = { facts, verdict: { isNews: true, score: 5, reasons: [] }, hidden: [], paywalled: false };

/** A fake `Summarizer` global: a given availability, and a session answering `output` (or throwing it). */
function fakeSummarizer(availability: string | Error, output: string | Error = 'The council approved a 12 million euro budget.') {
  const session: SummarizerSession = {
    summarize: vi.fn(async () => {
      if (output instanceof Error) throw output;
      return output;
    }),
    destroy: vi.fn(),
  };
  const api = {
    availability: vi.fn(async () => {
      if (availability instanceof Error) throw availability;
      return availability as 'available';
    }),
    create: vi.fn(async () => session),
  } satisfies SummarizerApi;
  return { api, session };
}

let container: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  useMessages('en');
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

const $ = (sel: string) => container.querySelector<HTMLElement>(sel);
const ACTION = '[data-action="abstractive-tldr"]';

async function mount(api: SummarizerApi | undefined) {
  const onReady = vi.fn();
  render(<App client={createMockClient({ ok: true, card: state }, { summarizer: () => api })} onReady={onReady} />, container);
  // The card comes with its own chunk (a dynamic import, transformed on first use in the test run): be patient.
  await vi.waitFor(() => expect(onReady).toHaveBeenCalled(), { timeout: 10_000 });
  // The extractive TL;DR is always there first, whatever the model does.
  expect($('[data-fact="tldr"]')?.textContent).toContain('12 million euros');
}

describe('abstractive TL;DR in the popup', () => {
  test('available: offered, run on request, shown next to the extractive one', async () => {
    const { api, session } = fakeSummarizer('available');
    await mount(api);
    await vi.waitFor(() => expect($(ACTION)).not.toBeNull());
    expect(api.create).not.toHaveBeenCalled();
    $(ACTION)!.click();
    await vi.waitFor(() => expect($('[data-abstractive-tldr]')?.textContent).toBe('The council approved a 12 million euro budget.'));
    expect(session.destroy).toHaveBeenCalled();
    expect(container.querySelectorAll('[data-fact="tldr"]')).toHaveLength(1);
    expect($(ACTION)).toBeNull();
  });

  test.each(['downloadable', 'downloading', 'unavailable'])('%s: never offered, nothing created (no download started)', async (availability) => {
    const { api } = fakeSummarizer(availability);
    await mount(api);
    await vi.waitFor(() => expect(api.availability).toHaveBeenCalled());
    await new Promise((r) => setTimeout(r, 10));
    expect($(ACTION)).toBeNull();
    expect($('.np-abstractive')).toBeNull();
    expect(api.create).not.toHaveBeenCalled();
  });

  test('no Summarizer at all (Firefox, older Chrome): nothing shown', async () => {
    await mount(undefined);
    await new Promise((r) => setTimeout(r, 10));
    expect($('.np-abstractive')).toBeNull();
  });

  test('availability() throwing: nothing shown', async () => {
    const { api } = fakeSummarizer(new Error('not allowed'));
    await mount(api);
    await vi.waitFor(() => expect(api.availability).toHaveBeenCalled());
    await new Promise((r) => setTimeout(r, 10));
    expect($(ACTION)).toBeNull();
  });

  test.each([
    ['a number the article does not have', 'The council passed a 15 million euro budget.', 'numbers', /number that is not in the article/],
    ['a share the article does not have', 'Spending on schools rises by 40%.', 'numbers', /number that is not in the article/],
    ['the model throwing', new Error('model crashed'), 'failed', /could not summarize/],
    ['an empty answer', '   ', 'failed', /could not summarize/],
  ] as const)('%s: a clear message, no model text, the extractive TL;DR stays', async (_name, output, reason, message) => {
    const { api, session } = fakeSummarizer('available', output);
    await mount(api);
    await vi.waitFor(() => expect($(ACTION)).not.toBeNull());
    $(ACTION)!.click();
    await vi.waitFor(() => expect($('[data-abstractive-refused]')).not.toBeNull());
    expect($('[data-abstractive-refused]')!.dataset.abstractiveRefused).toBe(reason);
    expect($('[data-abstractive-refused]')!.textContent).toMatch(message);
    expect($('[data-abstractive-tldr]')).toBeNull();
    expect($('[data-fact="tldr"]')?.textContent).toContain('12 million euros');
    expect(session.destroy).toHaveBeenCalled();
  });

  test('the model text is rendered as text, never as markup', async () => {
    const { api } = fakeSummarizer('available', '<img src=x onerror="alert(document.domain)"> The council passed it.');
    await mount(api);
    await vi.waitFor(() => expect($(ACTION)).not.toBeNull());
    $(ACTION)!.click();
    await vi.waitFor(() => expect($('[data-abstractive-tldr]')).not.toBeNull());
    expect($('[data-abstractive-tldr] img')).toBeNull();
  });
});
