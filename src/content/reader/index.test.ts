// @vitest-environment jsdom
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { sampleCard } from '../../ui/test/sample-card.ts';
import { useMessages } from '../../ui/test/use-messages.ts';
import { closeReader, isReaderOpen, toggleReader } from './index.ts';

const para = (i: number) =>
  `<p>Paragraph ${i} of the story: the company said on Monday that it would invest heavily in new plants across the region, a move analysts called bold.</p>`;

/** Test markup we wrote ourselves, parsed inertly (no innerHTML sink, even in tests). */
function setBody(html: string) {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
}

function setPage(extra = '', dir = '') {
  document.documentElement.setAttribute('lang', 'en');
  if (dir) document.documentElement.setAttribute('dir', dir);
  else document.documentElement.removeAttribute('dir');
  document.title = 'Acme invests';
  setBody(`<header><button id="menu">Menu</button></header>
    <article><h1>Acme invests in plants</h1><p class="byline">By Jo Writer</p>${Array.from({ length: 8 }, (_, i) => para(i)).join('')}${extra}</article>`);
}

const host = () => document.querySelector<HTMLElement>('[data-nutgraf-reader]');
const inShadow = <T extends Element>(sel: string) => host()!.shadowRoot!.querySelector<T>(sel);
const press = (key: string) => document.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));

beforeEach(() => {
  fakeBrowser.reset();
  useMessages('en');
  vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
  setPage();
});
afterEach(() => {
  closeReader(document);
  vi.restoreAllMocks();
});

test('opens an overlay with the article in an open shadow root, and toggles closed', () => {
  expect(toggleReader(document, undefined, { loadPrefs: null })).toBe(true);
  expect(isReaderOpen(document)).toBe(true);
  expect(host()!.shadowRoot!.mode).toBe('open');
  expect(inShadow('[role="dialog"]')!.getAttribute('aria-modal')).toBe('true');
  expect(inShadow('.nr-content')!.textContent).toContain('Paragraph 7 of the story');
  expect(toggleReader(document)).toBe(false);
  expect(host()).toBeNull();
});

test('the article is sanitized: no scripts, handlers or javascript: links', () => {
  setPage('<p>Bad <img src="x" onerror="window.__pwned=1"> <a href="javascript:alert(1)">link</a><script>window.__pwned=2</script> end of a long paragraph that keeps going for the extractor.</p>');
  toggleReader(document, undefined, { loadPrefs: null });
  const content = inShadow('.nr-content')!;
  expect(content.querySelector('script')).toBeNull();
  expect(content.querySelector('[onerror]')).toBeNull();
  expect(content.querySelector('a[href^="javascript"]')).toBeNull();
  expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
});

test('Esc closes and restores the page exactly: styles, scroll, focus', () => {
  document.body.setAttribute('style', 'overflow: auto; color: red');
  const menu = document.getElementById('menu')!;
  menu.focus();
  Object.defineProperty(window, 'scrollY', { value: 420, configurable: true });
  const pageKey = vi.fn();
  document.addEventListener('keydown', pageKey);
  toggleReader(document, undefined, { loadPrefs: null });
  expect(document.body.style.overflow).toBe('hidden');
  expect(document.documentElement.style.overflow).toBe('hidden');
  expect(document.activeElement).toBe(host());
  press('Escape');
  expect(host()).toBeNull();
  expect(isReaderOpen(document)).toBe(false);
  expect(document.body.getAttribute('style')).toBe('overflow: auto; color: red');
  expect(document.documentElement.hasAttribute('style')).toBe(false);
  expect(document.activeElement).toBe(menu);
  expect(window.scrollTo).toHaveBeenLastCalledWith(0, 420);
  expect(pageKey).not.toHaveBeenCalled();
  document.removeEventListener('keydown', pageKey);
});

test('shows the card on top with its facts', () => {
  toggleReader(document, sampleCard(), { loadPrefs: null });
  const cardHost = inShadow<HTMLElement>('[data-nutgraf-reader-card]')!;
  expect(cardHost.shadowRoot!.querySelector('[data-fact="tldr"]')).not.toBeNull();
  expect(document.querySelectorAll('[data-nutgraf-card]')).toHaveLength(0);
});

test('applies saved reader settings, and the toolbar changes them', async () => {
  toggleReader(document, undefined, { loadPrefs: async () => ({ theme: 'sepia', font: 'sans', fontSize: 20, lineWidth: 60 }) });
  await Promise.resolve();
  await Promise.resolve();
  const root = inShadow<HTMLElement>('.nr-root')!;
  expect(root.dataset).toMatchObject({ theme: 'sepia', font: 'sans' });
  expect(root.style.getPropertyValue('--size')).toBe('20px');
  inShadow<HTMLButtonElement>('[data-action="larger"]')!.click();
  inShadow<HTMLButtonElement>('[data-action="narrower"]')!.click();
  const theme = inShadow<HTMLSelectElement>('[data-field="theme"]')!;
  theme.value = 'dark';
  theme.dispatchEvent(new Event('change'));
  expect(root.dataset.theme).toBe('dark');
  expect(root.style.getPropertyValue('--size')).toBe('21px');
  expect(root.style.getPropertyValue('--width')).toBe('56');
});

test('right-to-left pages read right to left', () => {
  setBody(`<article><h1>عنوان</h1>${Array.from({ length: 8 }, () => '<p>هذا نص عربي طويل بما يكفي ليعتبر فقرة من مقال إخباري حقيقي عن الاقتصاد والسياسة والمجتمع في المنطقة.</p>').join('')}</article>`);
  document.documentElement.setAttribute('dir', 'rtl');
  toggleReader(document, undefined, { loadPrefs: null });
  expect(inShadow<HTMLElement>('.nr-page')!.dir).toBe('rtl');
});

test('a page with no article still opens with a clear message', () => {
  setBody('<nav><a href="/">Home</a></nav>');
  toggleReader(document, undefined, { loadPrefs: null });
  expect(inShadow('.nr-empty')!.textContent).toBe('No article text could be found on this page.');
});
