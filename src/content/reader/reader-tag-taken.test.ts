// @vitest-environment jsdom
/**
 * A hostile page defines `<nutgraf-reader>` itself (a custom element that takes a closed shadow root in its
 * constructor). The reader must still open, in an open shadow root. A file of its own: a custom element
 * definition cannot be undone for the other tests.
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { useMessages } from '../../ui/test/use-messages.ts';
import { closeReader, isReaderOpen, toggleReader } from './index.ts';

const para = (i: number) => `<p>Paragraph ${i}: the company said on Monday that it would invest heavily in new plants across the region, a move analysts called bold.</p>`;

beforeEach(() => {
  fakeBrowser.reset();
  useMessages('en');
  vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
  const parsed = new DOMParser().parseFromString(`<body><article><h1>Acme invests in plants</h1>${[0, 1, 2, 3, 4, 5].map(para).join('')}</article></body>`, 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
});
afterEach(() => {
  closeReader(document);
  vi.restoreAllMocks();
});

test('the page took the nutgraf-reader tag name: the reader still opens in an open shadow root', () => {
  customElements.define(
    'nutgraf-reader',
    class extends HTMLElement {
      constructor() {
        super();
        this.attachShadow({ mode: 'closed' });
      }
    },
  );
  expect(toggleReader(document, undefined, { loadPrefs: null })).toBe(true);
  expect(isReaderOpen(document)).toBe(true);
  const hosts = document.querySelectorAll('[data-nutgraf-reader]');
  expect(hosts).toHaveLength(1);
  expect(hosts[0]!.shadowRoot?.textContent).toContain('Paragraph 3');
  closeReader(document);
  expect(document.querySelector('[data-nutgraf-reader]')).toBeNull();
});
