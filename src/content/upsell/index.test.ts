// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { findUpsellBlocks } from '../../core/clean/find-upsell-blocks.ts';
import { startUpsellHiding } from './index.ts';

// jsdom on a shared, busy machine: parsing alone can take seconds.
vi.setConfig({ testTimeout: 60_000 });

const story = `<main><article><h1>Ferry line approved</h1><div class="body">
<p>${'The council voted to fund a new ferry line between the harbor and the islands. '.repeat(4)}</p>
<p>${'Residents welcomed the decision though the timetable leaves long gaps in the evening. '.repeat(4)}</p></div></article>
<div class="inline-signup" style="color: red;margin:0"><h3>The Morning Ledger</h3><p>Get the top stories delivered to your inbox.</p><form><input type="email"><button>Sign up</button></form></div>
</main>`;

beforeEach(() => {
  vi.useFakeTimers();
  document.documentElement.removeAttribute('style');
  document.documentElement.removeAttribute('class');
  document.body.removeAttribute('style');
  document.body.removeAttribute('class');
  // eslint-disable-next-line no-unsanitized/property -- test fixture markup written here, no page text
  document.body.innerHTML = story;
});
afterEach(() => vi.useRealTimers());

describe('startUpsellHiding', () => {
  test('hides in place with the contract attribute and restores the style attribute byte for byte', () => {
    const box = document.querySelector('.inline-signup')!;
    const before = document.body.innerHTML;
    const ctl = startUpsellHiding(document, { paywalled: false, signal: new AbortController().signal, onChange: () => {} });
    expect(ctl.hidden().map((h) => h.kind)).toEqual(['newsletter']);
    expect(box.getAttribute('data-nutgraf-hidden')).toBe('newsletter');
    expect((box as HTMLElement).style.getPropertyValue('display')).toBe('none');
    expect((box as HTMLElement).style.getPropertyPriority('display')).toBe('important');
    expect(box.isConnected).toBe(true);
    const list = ctl.restore(ctl.hidden()[0]!.id);
    expect(list[0]!.restored).toBe(true);
    expect(document.body.innerHTML).toBe(before);
    ctl.stop();
  });

  test.each([
    ['no style attribute', null],
    ['an empty style attribute', ''],
    ['a style with odd spacing', 'COLOR:Red ;  margin :0'],
  ])('restores an element that had %s', (_name, style) => {
    const box = document.querySelector('.inline-signup')!;
    if (style === null) box.removeAttribute('style');
    else box.setAttribute('style', style);
    const ctl = startUpsellHiding(document, { paywalled: false, signal: new AbortController().signal, onChange: () => {} });
    ctl.restore();
    expect(box.getAttribute('style')).toBe(style);
    expect(box.hasAttribute('data-nutgraf-hidden')).toBe(false);
    ctl.stop();
  });

  test('unlocks scrolling when a hidden overlay had locked it, and locks it again on restore', () => {
    document.body.setAttribute('class', 'page modal-open');
    document.body.setAttribute('style', 'overflow: hidden');
    document.body.insertAdjacentHTML('beforeend', '<div role="dialog" class="promo-modal"><p>Subscribe now: unlimited access for $1 a week.</p><a href="/subscribe">Subscribe</a></div>');
    const ctl = startUpsellHiding(document, { paywalled: false, signal: new AbortController().signal, onChange: () => {} });
    expect(ctl.hidden().some((h) => h.kind === 'subscribe')).toBe(true);
    expect(document.body.classList.contains('modal-open')).toBe(false);
    expect(document.body.style.overflow).toBe('visible');
    ctl.restore();
    expect(document.body.getAttribute('class')).toBe('page modal-open');
    expect(document.body.getAttribute('style')).toBe('overflow: hidden');
    ctl.stop();
  });

  test('never unlocks a hard-paywalled page', () => {
    document.body.setAttribute('style', 'overflow: hidden');
    const ctl = startUpsellHiding(document, { paywalled: true, signal: new AbortController().signal, onChange: () => {} });
    expect(document.body.getAttribute('style')).toBe('overflow: hidden');
    ctl.stop();
  });

  test('catches a block inserted later, and stops re-scanning a page that re-inserts it forever', async () => {
    const onChange = vi.fn();
    const ctl = startUpsellHiding(document, { paywalled: false, signal: new AbortController().signal, onChange });
    ctl.restore(); // the user showed the first block again: it must stay shown
    for (let i = 0; i < 20; i++) {
      // eslint-disable-next-line no-unsanitized/method -- test fixture markup written here, no page text
      document.body.insertAdjacentHTML('beforeend', `<div class="app-banner"><p>Download our app ${i}</p><a href="https://apps.apple.com/app/id1">Get the app</a></div>`);
      await vi.advanceTimersByTimeAsync(500);
    }
    expect(onChange).toHaveBeenCalled();
    expect(onChange.mock.calls.length).toBeLessThanOrEqual(15);
    expect(ctl.hidden().filter((h) => h.kind === 'app').length).toBeLessThanOrEqual(15);
    expect(document.querySelector('.inline-signup')!.hasAttribute('data-nutgraf-hidden')).toBe(false);
    ctl.stop();
  }, 60_000);

  test('stops watching when the signal aborts', async () => {
    const ac = new AbortController();
    const onChange = vi.fn();
    startUpsellHiding(document, { paywalled: false, signal: ac.signal, onChange });
    ac.abort();
    document.body.insertAdjacentHTML('beforeend', '<div class="app-banner"><p>Download our app</p><a href="https://apps.apple.com/app/id1">Get the app</a></div>');
    await vi.advanceTimersByTimeAsync(1000);
    expect(onChange).not.toHaveBeenCalled();
  });

  test('blocks found in steps: one the page removed or moved around the article meanwhile is left alone', () => {
    const found = findUpsellBlocks(document, { paywalled: false });
    expect(found).toHaveLength(1);
    const box = found[0]!.element;
    const signal = new AbortController().signal;
    box.remove();
    expect(startUpsellHiding(document, { paywalled: false, signal, onChange: () => {}, found }).hidden()).toEqual([]);
    // Put back, now wrapping the article.
    const article = document.querySelector('article')!;
    document.querySelector('main')!.append(box);
    box.append(article);
    const root = document.querySelector('.body');
    expect(startUpsellHiding(document, { paywalled: false, signal, onChange: () => {}, found, articleRoot: root }).hidden()).toEqual([]);
    expect(box.hasAttribute('data-nutgraf-hidden')).toBe(false);
    // Still in place as found: hidden.
    box.before(article);
    expect(startUpsellHiding(document, { paywalled: false, signal, onChange: () => {}, found, articleRoot: root }).hidden().map((h) => h.kind)).toEqual(['newsletter']);
  });
});
