/**
 * What the runner reads from a page once the extension is done, following the observable contract in
 * docs/TEAM.md. The functions below are serialised into the page by Playwright: they must be self-contained.
 */

/** One fact element of the card (`[data-fact]` inside the card's open shadow root). */
export interface CardFact {
  kind: string;
  text: string;
  /** Every data-* attribute but data-fact, camel-cased as in `dataset` (e.g. `value`, `currency`, `speaker`). */
  data: Record<string, string>;
}

/** One page element the extension hid (`[data-nutgraf-hidden]`). */
export interface HiddenBlock {
  kind: string;
  /** First 80 characters of its textContent, for the report. */
  preview: string;
}

export interface PageProbe {
  /** The `nutgraf:done` mark was seen. */
  done: boolean;
  /** `detail.state` of the done mark (news | not-news | disabled | error), or null. */
  state: string | null;
  /** Durations (ms) of the `nutgraf:*` measures, first occurrence of each name. */
  measures: Record<string, number>;
  card: boolean;
  facts: CardFact[];
  hidden: HiddenBlock[];
  /** `document.body.innerText` (the card's shadow content is not part of it). */
  text: string;
  /** Location at the end, to notice pages that navigated away. */
  url: string;
}

/** Resolves true as soon as `nutgraf:done` is marked, false after `ms`. Polls: marks may come from another world. */
export function waitForDoneInPage(ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const seen = () => performance.getEntriesByName('nutgraf:done', 'mark').length > 0;
    if (seen()) return resolve(true);
    const started = Date.now();
    const timer = setInterval(() => {
      if (seen() || Date.now() - started > ms) {
        clearInterval(timer);
        resolve(seen());
      }
    }, 20);
  });
}

/** Reads the page state after the extension ran (or gave up); `withText` false skips innerText (a layout). */
export function collectInPage(withText = true): PageProbe {
  const mark = performance.getEntriesByName('nutgraf:done', 'mark')[0] as PerformanceMark | undefined;
  const detail = mark?.detail as { state?: unknown } | null | undefined;
  const measures: Record<string, number> = {};
  for (const m of performance.getEntriesByType('measure')) {
    if (m.name.startsWith('nutgraf:') && !(m.name in measures)) measures[m.name] = m.duration;
  }
  const host = document.querySelector('[data-nutgraf-card]');
  const facts = [...(host?.shadowRoot?.querySelectorAll<HTMLElement>('[data-fact]') ?? [])].map((el) => {
    const data: Record<string, string> = {};
    for (const [k, v] of Object.entries(el.dataset)) if (k !== 'fact' && v !== undefined) data[k] = v;
    return { kind: el.dataset.fact ?? '', text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(), data };
  });
  const hidden = [...document.querySelectorAll<HTMLElement>('[data-nutgraf-hidden]')].map((el) => ({
    kind: el.getAttribute('data-nutgraf-hidden') ?? '',
    preview: (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80),
  }));
  return {
    done: mark !== undefined,
    state: typeof detail?.state === 'string' ? detail.state : null,
    measures,
    card: host !== null,
    facts,
    hidden,
    text: withText ? (document.body?.innerText ?? '') : '',
    url: location.href,
  };
}

/**
 * The baseline pass with the labelled upsell blocks: the page's visible text, and the visible text of every
 * element at one of `paths` (a label's `tag#id.class > …` path, whose class names are not CSS-escaped).
 */
export function baselineInPage(paths: string[]): { text: string; blocks: string[] } {
  /** `div#a.b:c` → `div#a.b\:c`; null for anything else (an empty or malformed step names no block). */
  const part = (p: string): string | null => {
    const m = /^([a-zA-Z][\w-]*)?((?:[#.][^#.\s]+)*)$/.exec(p.trim());
    if (!m || (!m[1] && !m[2])) return null;
    let sel = m[1] ?? '';
    for (const tok of m[2]?.match(/[#.][^#.]+/g) ?? []) sel += tok[0] + CSS.escape(tok.slice(1));
    return sel;
  };
  const blocks: string[] = [];
  for (const path of paths) {
    const steps = path.split(' > ').map(part);
    if (steps.some((x) => x === null)) continue;
    try {
      for (const el of document.querySelectorAll(steps.join(' > '))) {
        if (el instanceof HTMLElement) blocks.push(el.innerText);
      }
    } catch {
      // A path that is no valid selector names no block.
    }
  }
  return { text: document.body?.innerText ?? '', blocks };
}

/**
 * Source text that calls `fn(...args)` in the page. tsx/esbuild compiles with keepNames, which wraps named inner
 * functions in a `__name()` helper that does not exist in the page; this defines a no-op one first.
 */
export function pageCall(fn: (...args: never[]) => unknown, ...args: unknown[]): string {
  return `(() => { const __name = (f) => f; return (${fn.toString()})(...${JSON.stringify(args)}); })()`;
}
