// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import type { NewsVerdict } from '../core/types.ts';
import { factSteps } from '../core/facts/extract-facts.ts';
import { createPipeline as create } from './create-pipeline.ts';
import * as yielding from './yield-to-page.ts';
import type { PipelineRunOptions } from './entry.ts';

const para = (n: number): string =>
  `Paragraph ${n}: the regional council approved a budget of 12 million euros on Tuesday, after a long debate about schools and roads.`;

const ARTICLE = `<html lang="en"><head><title>Budget approved - Region Daily</title>
<meta property="og:site_name" content="Region Daily">
<meta property="article:published_time" content="2025-03-04T10:00:00Z"></head>
<body><article><h1>Budget approved</h1>${[1, 2, 3, 4, 5, 6].map((n) => `<p>${para(n)}</p>`).join('')}</article>
<aside class="newsletter-signup" id="promo"><h3>Get our newsletter</h3><p>Sign up for our free daily newsletter and get the news in your inbox.</p>
<form><input type="email" placeholder="Your email"><button>Subscribe</button></form></aside></body></html>`;

const createPipeline = () => create(() => ({ factSteps }));

const news: NewsVerdict = { isNews: true, score: 6, reasons: ['test'] };
const notNews: NewsVerdict = { isNews: false, score: 0, reasons: [] };

function options(signal: AbortSignal, over: Partial<PipelineRunOptions> = {}): PipelineRunOptions {
  return { doc: document, url: 'https://region.test/budget', verdict: news, settings: null, signal, force: false, hideUpsells: true, ...over };
}

const host = (): Element | null => document.querySelector('[data-nutgraf-card]');
const fact = (kind: string): Element | null | undefined => host()?.shadowRoot?.querySelector(`[data-fact="${kind}"]`);

/**
 * Holds every yieldToPage of the pipeline until the test releases it: `next()` resolves when the pass is
 * waiting at its next yield.
 */
function holdYields(): { next(): Promise<void>; release(): void } {
  let waiting: (() => void) | null = null;
  let arrived: (() => void) | null = null;
  vi.spyOn(yielding, 'yieldToPage').mockImplementation(
    () =>
      new Promise<void>((resolve) => {
        waiting = resolve;
        arrived?.();
      }),
  );
  return {
    next: () => (waiting ? Promise.resolve() : new Promise<void>((r) => (arrived = r))),
    release: () => {
      const go = waiting;
      waiting = null;
      arrived = null;
      go?.();
    },
  };
}

// Every pass of a test ends with it: a pass left running would keep watching the document and hide blocks in
// the next test's page.
const passes: AbortController[] = [];
function passController(): AbortController {
  const c = new AbortController();
  passes.push(c);
  return c;
}
afterEach(() => {
  for (const c of passes.splice(0)) c.abort();
  vi.restoreAllMocks();
});

beforeEach(() => {
  fakeBrowser.reset();
  const parsed = new DOMParser().parseFromString(ARTICLE, 'text/html');
  document.replaceChild(document.importNode(parsed.documentElement, true), document.documentElement);
});

// Cold start (Readability, chrono, Preact) can take seconds on a loaded machine: not a timing assertion.
describe('createPipeline', { timeout: 30_000 }, () => {
  test('mounts one card in an open shadow root with title and published facts', async () => {
    const pipeline = createPipeline();
    const state = await pipeline.run(options(passController().signal));
    expect(state?.facts.meta).toMatchObject({ site: 'Region Daily', published: '2025-03-04T10:00:00Z', lang: 'en' });
    expect(state?.facts.sentences.length).toBeGreaterThan(3);
    expect(document.querySelectorAll('[data-nutgraf-card]')).toHaveLength(1);
    expect(fact('title')?.textContent).toContain('Budget approved');
    expect(fact('published')?.getAttribute('data-date')).toBe('2025-03-04T10:00:00Z');
    expect(pipeline.card()).toBe(state);
  });

  test('a second run with the same signal returns the same pass, no second card', async () => {
    const pipeline = createPipeline();
    const signal = passController().signal;
    const first = await pipeline.run(options(signal));
    const second = await pipeline.run(options(signal, { force: true }));
    expect(second).toBe(first);
    expect(document.querySelectorAll('[data-nutgraf-card]')).toHaveLength(1);
  });

  test('the steps are tasks of their own: nothing is hidden or mounted until the page had its turns', async () => {
    const gate = holdYields();
    const running = createPipeline().run(options(passController().signal));
    // What the page would see each time the pass hands it the thread.
    const seen: { card: boolean; hidden: boolean }[] = [];
    while (await Promise.race([gate.next().then(() => true), running.then(() => false)])) {
      seen.push({ card: host() !== null, hidden: document.querySelector('[data-nutgraf-hidden]') !== null });
      gate.release();
    }
    await running;
    // Before each facts step (5), each upsell step (4: the blocks are hidden after the last) and the card.
    expect(seen).toHaveLength(10);
    expect(seen.every((s) => !s.card)).toBe(true);
    expect(seen.slice(0, -1).every((s) => !s.hidden)).toBe(true);
    expect(seen.at(-1)?.hidden).toBe(true);
    expect(host()).not.toBeNull();
  });

  test('a second run while the first is on its way joins it: one pass, one card', async () => {
    const pipeline = createPipeline();
    const signal = passController().signal;
    const [first, second] = await Promise.all([pipeline.run(options(signal)), pipeline.run(options(signal, { force: true }))]);
    expect(second).toBe(first);
    expect(document.querySelectorAll('[data-nutgraf-card]')).toHaveLength(1);
    expect(document.querySelectorAll('[data-nutgraf-hidden]')).toHaveLength(1);
  });

  // The pass yields before each facts step (5), each upsell step (4) and the card: aborted at each of those 10.
  test.each([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])('aborted at yield %i: no card, no block left hidden, null', async (yields) => {
    const pipeline = createPipeline();
    const pass = passController();
    const gate = holdYields();
    const running = pipeline.run(options(pass.signal));
    for (let i = 0; i < yields; i++) {
      await gate.next();
      gate.release();
    }
    await gate.next();
    pass.abort();
    gate.release();
    expect(await running).toBeNull();
    expect(pipeline.card()).toBeNull();
    expect(host()).toBeNull();
    expect(document.querySelector('[data-nutgraf-hidden]')).toBeNull();
    expect(document.getElementById('promo')!.getAttribute('style')).toBeNull();
  });

  test('upsell blocks are hidden with the contract attribute, listed, and restored on abort', async () => {
    const pipeline = createPipeline();
    const pass = passController();
    const state = await pipeline.run(options(pass.signal));
    const promo = document.getElementById('promo')!;
    expect(promo.getAttribute('data-nutgraf-hidden')).toBe('newsletter');
    expect(state?.hidden.map((h) => h.kind)).toEqual(['newsletter']);
    pass.abort();
    expect(promo.hasAttribute('data-nutgraf-hidden')).toBe(false);
    expect(promo.getAttribute('style')).toBeNull();
  });

  test('no hiding when the pass says so (settings off, forced run on a non-news page)', async () => {
    await createPipeline().run(options(passController().signal, { hideUpsells: false }));
    expect(document.querySelector('[data-nutgraf-hidden]')).toBeNull();
  });

  test('restoreHidden shows a block again and updates the state', async () => {
    const pipeline = createPipeline();
    const state = await pipeline.run(options(passController().signal));
    const id = state!.hidden[0]!.id;
    const after = pipeline.restoreHidden(id);
    expect(after.find((h) => h.id === id)?.restored).toBe(true);
    expect(document.getElementById('promo')!.hasAttribute('data-nutgraf-hidden')).toBe(false);
    expect(pipeline.card()?.hidden).toEqual(after);
  });

  test('aborting the pass removes the card and forgets the state', async () => {
    const pipeline = createPipeline();
    const pass = passController();
    await pipeline.run(options(pass.signal));
    pass.abort();
    expect(host()).toBeNull();
    expect(pipeline.card()).toBeNull();
  });

  test('a leftover card from an older instance is replaced', async () => {
    const stale = document.createElement('div');
    stale.setAttribute('data-nutgraf-card', '');
    document.body.append(stale);
    await createPipeline().run(options(passController().signal));
    expect(document.querySelectorAll('[data-nutgraf-card]')).toHaveLength(1);
    expect(stale.isConnected).toBe(false);
  });

  test('forced on a page with nothing readable → null, no card', async () => {
    document.body.replaceChildren(Object.assign(document.createElement('nav'), { textContent: 'Home' }));
    const state = await createPipeline().run(options(passController().signal, { verdict: notNews, force: true }));
    expect(state).toBeNull();
    expect(host()).toBeNull();
  });

  test('an already aborted signal does nothing', async () => {
    const pass = passController();
    pass.abort();
    expect(await createPipeline().run(options(pass.signal))).toBeNull();
    expect(host()).toBeNull();
  });
});
