// @vitest-environment jsdom
/**
 * A hostile page defines `<nutgraf-card>` itself (a custom element that takes a closed shadow root in its
 * constructor). The card must still mount, in an open shadow root, on a host the page cannot define.
 * A file of its own: a custom element definition cannot be undone for the other tests.
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { fakeBrowser } from '@webext-core/fake-browser';
import { sampleCard } from '../../ui/test/sample-card.ts';
import { useMessages } from '../../ui/test/use-messages.ts';
import { mountFactCard, type MountedFactCard } from './mount-fact-card.ts';

let card: MountedFactCard | null = null;
beforeEach(() => {
  fakeBrowser.reset();
  useMessages('en');
  document.body.innerHTML = '<article id="art"><h1>Acme</h1><p>Acme said on Tuesday it would invest.</p></article>';
  Element.prototype.scrollIntoView = vi.fn();
});
afterEach(() => {
  card?.remove();
  card = null;
});

test('the page took the nutgraf-card tag name: the card still mounts in an open shadow root', () => {
  customElements.define(
    'nutgraf-card',
    class extends HTMLElement {
      constructor() {
        super();
        this.attachShadow({ mode: 'closed' }).innerHTML = '<b>page-owned</b>';
      }
    },
  );
  act(() => {
    card = mountFactCard(sampleCard(), { articleRoot: document.getElementById('art') });
  });
  const hosts = document.querySelectorAll('[data-nutgraf-card]');
  expect(hosts).toHaveLength(1);
  expect(hosts[0]!.shadowRoot?.querySelector('[data-fact="title"]')).not.toBeNull();
  card!.remove();
  card = null;
  expect(document.querySelector('[data-nutgraf-card]')).toBeNull();
});
