/**
 * Single-page-app navigations. A content script cannot patch the page's own `history.pushState` (it lives
 * in another JS world), so it listens instead: the Navigation API where present, `popstate`, and a
 * throttled observer of <head> (titles and metas change on SPA route changes), with a slow URL poll
 * as the last resort. Hash-only changes (anchors inside the same article) are ignored.
 */
const SETTLE_MS = 700;
const POLL_MS = 1500;

const withoutHash = (href: string): string => href.replace(/#.*$/, '');

interface NavigationLike {
  addEventListener(type: string, fn: () => void, opts: { signal: AbortSignal }): void;
}

/** Calls `onChange(url)` once the page settled on a new URL, until `signal` aborts. */
export function watchNavigation(signal: AbortSignal, onChange: (url: string) => void): void {
  let last = withoutHash(location.href);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = (): void => {
    const now = withoutHash(location.href);
    if (now === last || signal.aborted) return;
    // Wait for the new route to render its article before the next pass.
    clearTimeout(timer);
    timer = setTimeout(() => {
      last = withoutHash(location.href);
      if (!signal.aborted) onChange(location.href);
    }, SETTLE_MS);
  };
  const soon = (): void => void setTimeout(check, 0);

  const nav = (globalThis as { navigation?: NavigationLike }).navigation;
  nav?.addEventListener('navigatesuccess', soon, { signal });
  window.addEventListener('popstate', soon, { signal });

  let throttled = false;
  const observer = new MutationObserver(() => {
    if (throttled) return;
    throttled = true;
    setTimeout(() => {
      throttled = false;
      check();
    }, 250);
  });
  if (document.head) observer.observe(document.head, { childList: true, subtree: true, characterData: true });
  const poll = nav ? undefined : setInterval(check, POLL_MS);
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearInterval(poll);
      clearTimeout(timer);
    },
    { once: true },
  );
}
