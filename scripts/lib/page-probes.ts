/**
 * Page-world probes of the observable contract (TEAM.md / issue 2 §4), as JS expression strings so they run
 * unchanged through Playwright and puppeteer (a string is not re-serialised, so no transpiler helpers leak in).
 * Shared by e2e specs, `npm start`, eval and bench.
 */

/** A fact as the card shows it: `data-fact` kind, visible text and every `data-*` attribute. */
export interface CardFact {
  kind: string;
  /** textContent, whitespace collapsed: what assertions compare. */
  text: string;
  /** Text nodes joined with spaces (so "Name" + "role" do not run together): for printing. */
  display: string;
  attrs: Record<string, string>;
}

/** What page-world code sees of the card: null when there is no `[data-nutgraf-card]` host. */
export type CardSnapshot = null | { open: boolean; facts: CardFact[] };

/** The state in the last `nutgraf:done` mark, or null while the content script's pass has not ended. */
export const DONE_STATE = `(() => {
  const marks = performance.getEntriesByName('nutgraf:done');
  const last = marks[marks.length - 1];
  if (!last) return null;
  const detail = last.detail;
  return (detail && typeof detail.state === 'string') ? detail.state : 'missing-detail';
})()`;

/** Names of the User Timing measures the content script recorded (`nutgraf:*`). */
export const MEASURES = `performance.getEntriesByType('measure').map((m) => m.name).filter((n) => n.startsWith('nutgraf:'))`;

/** Reads the card through its open shadow root. */
export const CARD_SNAPSHOT = `(() => {
  const host = document.querySelector('[data-nutgraf-card]');
  if (!host) return null;
  const root = host.shadowRoot;
  if (!root) return { open: false, facts: [] };
  return {
    open: true,
    facts: Array.from(root.querySelectorAll('[data-fact]')).map((el) => ({
      kind: el.getAttribute('data-fact') || '',
      text: (el.textContent || '').replace(/\\s+/g, ' ').trim(),
      display: (() => {
        const parts = [];
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) parts.push(walker.currentNode.nodeValue || '');
        return parts.join(' ').replace(/\\s+/g, ' ').trim();
      })(),
      attrs: Object.fromEntries(Array.from(el.attributes).filter((a) => a.name.startsWith('data-')).map((a) => [a.name, a.value])),
    })),
  };
})()`;

/** Text of every page element the extension hid, with its kind. */
export const HIDDEN_BLOCKS = `Array.from(document.querySelectorAll('[data-nutgraf-hidden]')).map((el) => ({
  kind: el.getAttribute('data-nutgraf-hidden'),
  text: (el.textContent || '').replace(/\\s+/g, ' ').trim(),
}))`;

/** Formats a card snapshot as plain text lines (`kind: text [attrs]`), for the terminal. */
export function formatCard(card: CardSnapshot): string {
  if (!card) return '(no card on this page)';
  if (!card.open) return '(card host found, but its shadow root is not open)';
  return card.facts
    .map((f) => {
      const attrs = Object.entries(f.attrs)
        .filter(([k]) => k !== 'data-fact')
        .map(([k, v]) => `${k.slice(5)}=${v}`)
        .join(' ');
      return `${f.kind.padEnd(10)} ${f.display}${attrs ? `  [${attrs}]` : ''}`;
    })
    .join('\n');
}

/** From an extension page: the id of the tab showing `url`, or null (popups opened as tabs need `?tab=<id>`). */
export function tabIdOf(url: string): string {
  return `(async () => {
    const api = globalThis.browser ?? globalThis.chrome;
    const tabs = await api.tabs.query({});
    const tab = tabs.find((t) => t.url === ${JSON.stringify(url)});
    return tab ? tab.id : null;
  })()`;
}
