/**
 * Stops the extension's service worker between bench pages (DevTools `ServiceWorker.stopAllWorkers`), as Chrome
 * does after 30 s without events: a reader who spends a minute on an article opens the next one with the
 * background stopped, and the pipeline's injection (asked of the background) waits for it to start again. Half of
 * the bench's news pages run so.
 */
import type { Page } from 'playwright-core';

interface Version { runningStatus: string; scriptURL: string }

export async function backgroundStopper(page: Page): Promise<{ stop(): Promise<boolean> }> {
  const cdp = await page.context().newCDPSession(page);
  const status = new Map<string, string>();
  cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: Version[] }) => {
    for (const v of e.versions) status.set(v.scriptURL, v.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  const ours = () => [...status].filter(([url]) => url.startsWith('chrome-extension://'));
  return {
    /** Resolves true once the extension's worker reports stopped (false after 5 s: the page runs anyway). */
    async stop() {
      await cdp.send('ServiceWorker.stopAllWorkers');
      for (let waited = 0; waited < 5_000; waited += 25) {
        const workers = ours();
        if (workers.length > 0 && workers.every(([, s]) => s === 'stopped')) return true;
        await new Promise((r) => setTimeout(r, 25));
      }
      return false;
    },
  };
}
