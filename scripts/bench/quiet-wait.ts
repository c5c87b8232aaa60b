/**
 * Waiting for a page without disturbing what is timed. Playwright's waitForSelector and waitForFunction first
 * inject its selector engine, a 330 KB script, into the page. A DevTools trace of the popup bench showed it
 * arriving while the popup was building its card: 40 ms of compiling on the popup's main thread in a fresh
 * extension process, counted in the popup's time. A bare DevTools `Runtime.evaluate` of a few lines costs the
 * page almost nothing, so the benches wait with that.
 */
import type { CDPSession, Page } from 'playwright-core';

/** A promise expression, run in the page, that resolves once `body[data-<flag>="1"]` is set. */
export const bodyFlagSet = (flag: 'ready' | 'painted'): string => `new Promise((ok) => {
  const done = () => document.body?.dataset.${flag} === '1';
  if (done()) return ok(true);
  const mo = new MutationObserver(() => { if (done()) { mo.disconnect(); ok(true); } });
  mo.observe(document, { subtree: true, childList: true, attributes: true });
})`;

/** A promise expression, run in the page, that resolves once the browser reported first-contentful-paint. */
export const firstContentfulPaint = `new Promise((ok) => new PerformanceObserver((list, o) => {
  if (list.getEntriesByName('first-contentful-paint').length) { o.disconnect(); ok(true); }
}).observe({ type: 'paint', buffered: true }))`;

/** A promise expression, run in the page, that resolves once the content script marked `nutgraf:done`. */
export const nutgrafDone = `new Promise((ok) => {
  const seen = () => performance.getEntriesByName('nutgraf:done', 'mark').length > 0;
  if (seen()) return ok(true);
  new PerformanceObserver((list, o) => { if (seen()) { o.disconnect(); ok(true); } }).observe({ type: 'mark', buffered: true });
})`;

export interface QuietWaiter {
  /** Resolves when the page's promise `expression` resolves; rejects after `timeoutMs` or on a page error. */
  until(expression: string, timeoutMs: number): Promise<void>;
  detach(): Promise<void>;
}

/**
 * A DevTools session on `page`, opened before the navigation that will be timed (opening it sends the page a
 * message too), for quiet waits after it.
 */
export async function quietWaiter(page: Page): Promise<QuietWaiter> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  return {
    async until(expression, timeoutMs) {
      const timeout = `new Promise((_, no) => setTimeout(() => no(new Error('timed out after ${timeoutMs} ms')), ${timeoutMs}))`;
      const r = (await cdp.send('Runtime.evaluate', { expression: `Promise.race([${expression}, ${timeout}])`, awaitPromise: true })) as {
        exceptionDetails?: { text: string; exception?: { description?: string } };
      };
      if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
    },
    detach: () => cdp.detach().catch(() => {}),
  };
}
