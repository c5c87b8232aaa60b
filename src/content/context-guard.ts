/**
 * MV3 lifecycle: when the extension is reloaded or updated, the old content script keeps running in the
 * page with a dead `browser.runtime`. It must notice and stop cleanly (remove its card, restore the page).
 * A newly injected instance announces itself so an orphaned one can check and step down (as WXT does).
 */
import browser from '../platform/browser.ts';

const STARTED = 'nutgraf:content-started';

/** False once the extension context is gone (runtime.id disappears in Chrome, access throws in Firefox). */
export function isContextValid(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

/** Tell older instances in this page that a new one started; call `onOrphaned` when this instance is dead. */
export function watchOrphaned(signal: AbortSignal, onOrphaned: () => void): void {
  const check = (): void => {
    if (!isContextValid()) onOrphaned();
  };
  window.addEventListener(
    'message',
    (e: MessageEvent) => {
      if (e.source === window && (e.data as { type?: unknown } | null)?.type === STARTED) check();
    },
    { signal },
  );
  // Pages that stay open for days: a cheap periodic check besides the handoff.
  const timer = setInterval(check, 10_000);
  signal.addEventListener('abort', () => clearInterval(timer), { once: true });
  window.postMessage({ type: STARTED }, '*');
}
