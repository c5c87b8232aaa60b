// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { fakeBrowser } from '@webext-core/fake-browser';
import { sampleCard, sampleFacts, SAMPLE_SENTENCES } from '../../ui/test/sample-card.ts';
import { useMessages } from '../../ui/test/use-messages.ts';
import { mountFactCard, type MountedFactCard } from './mount-fact-card.ts';

const PAGE = `<header><h1 id="headline">Acme to invest</h1></header>
<article id="art"><p id="p0">${SAMPLE_SENTENCES[0]}</p><p id="p1">${SAMPLE_SENTENCES[1]}</p></article>`;

let card: MountedFactCard | null = null;
const host = () => document.querySelector<HTMLElement>('[data-nutgraf-card]');
const inCard = (selector: string) => host()!.shadowRoot!.querySelector<HTMLElement>(selector)!;
const flush = () => act(async () => { await new Promise((resolve) => setTimeout(resolve, 0)); });

beforeEach(() => {
  fakeBrowser.reset();
  useMessages('en');
  document.body.replaceChildren(...new DOMParser().parseFromString(PAGE, 'text/html').body.childNodes);
  Element.prototype.scrollIntoView = vi.fn();
});
afterEach(() => {
  card?.remove();
  card = null;
  vi.restoreAllMocks();
});

describe('mountFactCard', () => {
  test('mounts an open shadow root host after the headline with styles and the card', () => {
    act(() => { card = mountFactCard(sampleCard(), { articleRoot: document.getElementById('art') }); });
    const el = host()!;
    expect(el.previousElementSibling?.id).toBe('headline');
    expect(el.shadowRoot).not.toBeNull();
    const styled = (el.shadowRoot!.adoptedStyleSheets ?? []).length === 1 || el.shadowRoot!.querySelector('style') !== null;
    expect(styled).toBe(true);
    expect(el.shadowRoot!.querySelectorAll('[data-fact="amount"]')).toHaveLength(2);
    expect(el.closest('p')).toBeNull();
  });

  test('update re-renders and remove takes the host away (idempotent)', () => {
    act(() => { card = mountFactCard(sampleCard()); });
    act(() => card!.update(sampleCard({ facts: sampleFacts({ amounts: [] }) })));
    expect(host()!.shadowRoot!.querySelectorAll('[data-fact="amount"]')).toHaveLength(0);
    card!.remove();
    card!.remove();
    expect(host()).toBeNull();
  });

  test('dismiss removes the card and tells the caller', () => {
    const onDismiss = vi.fn();
    act(() => { card = mountFactCard(sampleCard(), { onDismiss }); });
    act(() => inCard('.nfc-dismiss').click());
    expect(host()).toBeNull();
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });

  test('clicking a fact highlights its source sentence in the page', async () => {
    act(() => { card = mountFactCard(sampleCard()); });
    act(() => inCard('[data-fact="date"][data-date="2026-H2"]').click());
    await flush();
    expect(Element.prototype.scrollIntoView).toHaveBeenCalled();
    expect(document.getElementById('p1')!.style.getPropertyValue('outline')).toContain('solid');
    expect(inCard('[role="status"]').textContent).toBe('Highlighted in the article');
  });

  test('says so when the source sentence is not in the page', async () => {
    act(() => { card = mountFactCard(sampleCard()); });
    act(() => inCard('[data-fact="quote"]').click());
    await flush();
    expect(inCard('[role="status"]').textContent).toBe('This sentence could not be found in the page');
  });

  test('copy writes the Markdown card to the clipboard', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    act(() => { card = mountFactCard(sampleCard()); });
    act(() => inCard('[data-action="copy-markdown"]').click());
    await flush();
    expect(writeText.mock.calls[0]?.[0]).toMatch(/^# \[Acme to invest up to \$2bn in Globex\]/);
    expect(inCard('[role="status"]').textContent).toBe('Copied');
    vi.unstubAllGlobals();
  });

  test('restore and reader callbacks reach the caller', () => {
    const onRestoreHidden = vi.fn();
    const onOpenReader = vi.fn();
    act(() => { card = mountFactCard(sampleCard(), { onRestoreHidden, onOpenReader }); });
    act(() => inCard('[data-hidden-id="h2"] button').click());
    act(() => inCard('[data-action="reader"]').click());
    expect(onRestoreHidden).toHaveBeenCalledWith('h2');
    expect(onOpenReader).toHaveBeenCalledTimes(1);
  });
});
