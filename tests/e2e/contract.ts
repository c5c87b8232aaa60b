/**
 * Browser-neutral checks of the observable contract, over a page-world `evaluate(expression)`. Both the
 * Playwright (Chromium) and the puppeteer (Firefox) specs use them, so both browsers are held to the same rules.
 */
import { expect } from '@playwright/test';
import { CARD_SNAPSHOT, DONE_STATE, HIDDEN_BLOCKS, MEASURES, type CardSnapshot } from '../../scripts/lib/page-probes.ts';
import type { ExpectedPage } from '../../scripts/lib/demo-server.ts';

export type Evaluate = <T>(expression: string) => Promise<T>;

// Generous: on a loaded 2-core machine the pass can take seconds; a healthy run takes well under one.
const DONE_TIMEOUT_MS = 45_000;

/** Waits for the content script's `nutgraf:done` mark and returns its state. */
export async function waitForDone(evaluate: Evaluate): Promise<string> {
  let state: string | null = null;
  await expect
    .poll(async () => (state = await evaluate<string | null>(DONE_STATE)), {
      message: 'performance mark nutgraf:done from the content script',
      timeout: DONE_TIMEOUT_MS,
      intervals: [100, 250, 500],
    })
    .not.toBeNull();
  return state!;
}

/** Collapses whitespace and unifies apostrophes, so a title matches however the page typed it. */
export function norm(text: string): string {
  return text.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
}

/**
 * On a news page: state `news`, both measures recorded, an open-shadow card with one title fact showing the
 * expected title and one published fact whose data-date is on the expected day; nothing from `keep` hidden.
 */
export async function expectNewsCard(evaluate: Evaluate, expected: ExpectedPage): Promise<CardSnapshot> {
  expect(await waitForDone(evaluate), 'nutgraf:done state').toBe('news');
  const measures = await evaluate<string[]>(MEASURES);
  expect(measures).toEqual(expect.arrayContaining(['nutgraf:detect', 'nutgraf:pipeline']));

  let card: CardSnapshot = null;
  await expect
    .poll(async () => (card = await evaluate<CardSnapshot>(CARD_SNAPSHOT))?.facts.length ?? 0, {
      message: 'card host [data-nutgraf-card] with facts in an open shadow root',
      timeout: 5_000,
    })
    .toBeGreaterThan(0);
  const snapshot = card as unknown as NonNullable<CardSnapshot>;
  expect(snapshot.open, 'shadow root is open').toBe(true);

  const titles = snapshot.facts.filter((f) => f.kind === 'title');
  expect(titles, 'exactly one title fact').toHaveLength(1);
  expect(norm(titles[0]!.text)).toContain(norm(expected.title ?? ''));

  const published = snapshot.facts.filter((f) => f.kind === 'published');
  expect(published, 'exactly one published fact').toHaveLength(1);
  const iso = published[0]!.attrs['data-date'] ?? '';
  expect(iso, 'published data-date is ISO 8601').toMatch(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/);
  expect(iso.slice(0, 10)).toBe(expected.published);

  await expectKeepVisible(evaluate, expected);
  return snapshot;
}

/** On a page that is not news: state `not-news`, no card, nothing hidden. */
export async function expectNoCard(evaluate: Evaluate): Promise<void> {
  expect(await waitForDone(evaluate), 'nutgraf:done state').toBe('not-news');
  expect(await evaluate<CardSnapshot>(CARD_SNAPSHOT), 'no card host').toBeNull();
  expect(await evaluate<unknown[]>(HIDDEN_BLOCKS), 'nothing hidden').toEqual([]);
}

/** The kinds a hidden page element may carry in `data-nutgraf-hidden` (issue 2 §4). */
export const HIDDEN_KINDS = ['subscribe', 'support', 'newsletter', 'meter', 'app', 'follow', 'notifications', 'register', 'promo-other'];

/**
 * Editorial text the page must keep (article paragraphs, related lists) is never inside a hidden block, and
 * every hidden block names one of the contract's kinds.
 */
export async function expectKeepVisible(evaluate: Evaluate, expected: ExpectedPage): Promise<void> {
  const hidden = await evaluate<{ kind: string; text: string }[]>(HIDDEN_BLOCKS);
  for (const h of hidden) expect(HIDDEN_KINDS, `data-nutgraf-hidden="${h.kind}" on "${h.text.slice(0, 60)}"`).toContain(h.kind);
  for (const snippet of expected.keep ?? []) {
    const culprit = hidden.find((h) => norm(h.text).includes(norm(snippet)));
    expect(culprit, `kept text "${snippet}" was hidden as ${culprit?.kind}`).toBeUndefined();
  }
}
