// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from '@webext-core/fake-browser';
import { FactCard, type FactCardProps } from './FactCard.tsx';
import { sampleCard, sampleFacts } from './test/sample-card.ts';
import { useMessages } from './test/use-messages.ts';

let root: HTMLElement;

function mount(props: Partial<FactCardProps> = {}) {
  act(() => render(<FactCard state={sampleCard()} locale="en" {...props} />, root));
  return root;
}
const all = (selector: string) => [...root.querySelectorAll<HTMLElement>(selector)];
const one = (selector: string) => {
  const found = root.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`missing ${selector}`);
  return found;
};
const attrs = (kind: string, ...names: string[]) =>
  all(`[data-fact="${kind}"]`).map((el) => names.map((name) => el.getAttribute(name)));
const flush = () => act(async () => { await new Promise((resolve) => setTimeout(resolve, 0)); });

beforeEach(() => {
  fakeBrowser.reset();
  useMessages('en');
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
});

describe('FactCard contract', () => {
  test('renders one element per fact with the contract data-* attributes', () => {
    mount();
    expect(attrs('title')).toEqual([[]]);
    expect(one('[data-fact="title"]').textContent).toBe('Acme to invest up to $2bn in Globex');
    expect(attrs('published', 'data-date')).toEqual([['2025-09-22T09:30:00Z']]);
    expect(attrs('party', 'data-name')).toEqual([['Acme Corp'], ['Globex'], ['Jane Roe'], ['Initech']]);
    expect(attrs('event', 'data-type')).toEqual([['investment']]);
    expect(attrs('amount', 'data-value', 'data-currency')).toEqual([['2000000000', 'USD'], ['300000000', 'EUR']]);
    expect(attrs('number', 'data-value', 'data-unit')).toEqual([['500', 'MW'], ['12', '%'], ['3', '%']]);
    expect(attrs('date', 'data-date')).toEqual([['2025-09-22'], ['2026-H2'], ['2027-03']]);
    expect(attrs('quote', 'data-speaker')).toEqual([['Jane Roe'], ['John Doe']]);
    expect(all('[data-fact="tldr"]')).toHaveLength(1);
  });

  test('shows amounts normalised for the reader with the verbatim text on hover', () => {
    mount();
    const main = one('[data-fact="amount"]');
    expect(main.textContent).toBe('up to $2B');
    expect(main.title).toBe('up to $2bn');
    useMessages('fr');
    mount({ locale: 'fr' });
    expect(one('[data-fact="amount"]').textContent).toBe('jusqu’à 2\u00a0Md\u00a0$US');
    expect(one('[data-fact="date"][data-date="2026-H2"]').textContent).toBe('S2 2026');
  });

  test('compact view keeps every fact in the DOM and hides the overflow until expanded', () => {
    mount();
    const hiddenKinds = () => all('[data-fact][hidden]').map((el) => el.dataset.fact);
    expect(hiddenKinds()).toEqual(['party', 'amount', 'date', 'number', 'quote']);
    const toggle = one('.nfc-expand');
    expect(toggle.tagName).toBe('BUTTON');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(root.querySelector(`#${toggle.getAttribute('aria-controls')}`)).not.toBeNull();
    act(() => toggle.click());
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(hiddenKinds()).toEqual([]);
    act(() => toggle.click());
    expect(hiddenKinds()).toHaveLength(5);
  });

  test('a card with no overflow has no expand button', () => {
    const facts = sampleFacts({ amounts: [], numbers: [], dates: [], quotes: [], parties: [] });
    mount({ state: sampleCard({ facts }) });
    expect(root.querySelector('.nfc-expand')).toBeNull();
  });
});

describe('FactCard safety', () => {
  const evil = '<img src=x onerror=alert(1)>';
  test('page text is rendered as text, never as HTML', () => {
    const facts = sampleFacts({
      meta: { ...sampleFacts().meta, title: evil, site: evil },
      quotes: [{ speaker: evil, quote: evil, source: { sentence: 0, text: evil } }],
      parties: [{ name: evil, kind: 'org', role: evil, source: { sentence: 0, text: evil } }],
      tldr: { text: evil, sentences: [0], method: 'extractive' },
    });
    const hidden = [{ id: 'x', kind: 'promo-other' as const, score: 1, reasons: [evil], preview: evil, restored: false }];
    mount({ state: sampleCard({ facts, hidden }) });
    expect(root.querySelector('img')).toBeNull();
    expect(one('[data-fact="title"]').textContent).toBe(evil);
    expect(one('[data-fact="quote"]').getAttribute('data-speaker')).toBe(evil);
    expect(root.textContent).toContain(evil);
  });
});

describe('FactCard interaction', () => {
  test('Esc inside the card dismisses it; the dismiss button too', () => {
    const onDismiss = vi.fn();
    mount({ onDismiss });
    one('[data-fact="tldr"]').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
    act(() => one('.nfc-dismiss').click());
    expect(onDismiss).toHaveBeenCalledTimes(2);
    expect(one('.nfc-dismiss').getAttribute('aria-label')).toBe('Close the fact card');
  });

  test('other keys do not dismiss', () => {
    const onDismiss = vi.fn();
    mount({ onDismiss });
    one('.nfc-card').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(onDismiss).not.toHaveBeenCalled();
  });

  test('every control is a native button in document order (no positive tabindex)', () => {
    mount({ onDismiss: vi.fn(), onSave: vi.fn(), onCopyMarkdown: vi.fn(), onOpenReader: vi.fn(), onShowSource: vi.fn(), onRestoreHidden: vi.fn() });
    expect(all('[tabindex]').filter((el) => Number(el.getAttribute('tabindex')) > 0)).toEqual([]);
    expect(all('[data-fact]:not([data-fact="title"]):not([data-fact="published"])').every((el) => el.tagName === 'BUTTON')).toBe(true);
  });

  test('clicking a fact asks for its source and announces when it is not found', async () => {
    const onShowSource = vi.fn().mockReturnValueOnce(true).mockReturnValueOnce(false);
    mount({ onShowSource });
    act(() => one('[data-fact="amount"]').click());
    await flush();
    expect(onShowSource).toHaveBeenLastCalledWith({ sentence: 0, text: 'up to $2bn' });
    expect(one('[role="status"]').textContent).toBe('Highlighted in the article');
    act(() => one('[data-fact="tldr"]').click());
    await flush();
    expect(onShowSource).toHaveBeenLastCalledWith({ sentence: 0, text: sampleFacts().sentences[0] });
    expect(one('[role="status"]').textContent).toBe('This sentence could not be found in the page');
  });

  test('without onShowSource facts are plain text', () => {
    mount();
    expect(all('button[data-fact]')).toEqual([]);
  });

  test('save and copy announce their result', async () => {
    const onSave = vi.fn().mockResolvedValue(undefined);
    const onCopyMarkdown = vi.fn().mockResolvedValue(undefined);
    mount({ onSave, onCopyMarkdown });
    act(() => one('[data-action="save"]').click());
    await flush();
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(one('[role="status"]').textContent).toBe('Saved');
    act(() => one('[data-action="copy-markdown"]').click());
    await flush();
    expect(one('[role="status"]').textContent).toBe('Copied');
  });
});

describe('FactCard hidden blocks', () => {
  test('lists hidden blocks and restores them one by one or all', () => {
    const onRestoreHidden = vi.fn();
    mount({ onRestoreHidden });
    const toggle = one('.nfc-hidden > button');
    expect(toggle.textContent).toBe('2 promos hidden');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    act(() => toggle.click());
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const item = one('[data-hidden-id="h1"]');
    expect(item.textContent).toContain('Newsletter sign-up');
    expect(item.textContent).toContain('Get our morning briefing');
    expect(item.textContent).toContain('Why: text:newsletter, form:email');
    act(() => item.querySelector('button')!.click());
    expect(onRestoreHidden).toHaveBeenLastCalledWith('h1');
    expect((one('[data-hidden-id="h3"] button') as HTMLButtonElement).disabled).toBe(true);
    const restoreAll = all('.nfc-hidden button').find((b) => b.textContent === 'Show all again')!;
    act(() => restoreAll.click());
    expect(onRestoreHidden).toHaveBeenLastCalledWith();
  });

  test.each([
    [[], null],
    [[{ id: 'a', kind: 'app' as const, score: 1, reasons: [], preview: '', restored: false }], '1 promo hidden'],
  ])('count text for %j', (hidden, expected) => {
    mount({ state: sampleCard({ hidden }) });
    expect(root.querySelector('.nfc-hidden > button')?.textContent ?? null).toBe(expected);
  });
});

describe('FactCard direction and language', () => {
  test('takes the page direction and marks page text with its language', () => {
    mount({ dir: 'rtl' });
    expect(one('.nfc-card').getAttribute('dir')).toBe('rtl');
    expect(one('.nfc-quote q').getAttribute('lang')).toBe('en');
    expect(one('.nfc-quote q').getAttribute('dir')).toBe('auto');
  });
});

describe('FactCard in every UI language', () => {
  test.each([
    ['de', 'Speichern', 'bis zu 2\u00a0Mrd.\u00a0$'],
    ['es', 'Guardar', 'hasta 2000\u00a0M\u00a0US$'],
    ['it', 'Salva', 'fino a 2\u00a0Mld\u00a0USD'],
  ] as const)('%s', (lang, save, amount) => {
    useMessages(lang);
    mount({ locale: lang, onSave: vi.fn() });
    expect(one('[data-action="save"]').textContent).toBe(save);
    expect(one('[data-fact="amount"]').textContent).toBe(amount);
  });
});
