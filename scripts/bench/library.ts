/**
 * Library bench (`npm run bench` runs it after the page bench; alone: `npx tsx scripts/bench/library.ts`).
 * Seeds 10,000 synthetic summaries into a fresh Chromium profile through the real import path, then measures:
 * popup and library first paint (time to `body[data-ready="1"]` from navigation start), search in the
 * library page (input event → list re-rendered) and the search index alone in Node (over catalogue rows, as
 * the page does). Also prints the load average, since the machine is shared. Printed, never asserted.
 * The floor: in each round, before the popup, two bench-only pages of the bench's own copy of the extension
 * (library-floor.ts) are opened the same way — a static page with one line of text and no script, and the same
 * with one tiny module script — whose first paint is what the browser costs before any of our code runs.
 */
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { DIST_CHROME, launchChromium } from '../lib/launch.ts';
import { buildSearchIndex, rowText } from '../../src/library/search-index.ts';
import { buildCatalogue } from '../../src/storage/catalogue.ts';
import { formatBudgets } from './bench-format.ts';
import { extensionWithFloor, FLOOR_MODULE, FLOOR_STATIC, openFloor, type FloorTimes } from './library-floor.ts';
import { bodyFlagSet, firstContentfulPaint, quietWaiter } from './quiet-wait.ts';
import { syntheticLibraryFile, syntheticSummary } from './library-seed.ts';

export interface LibraryBenchResult {
  count: number;
  importMs: number | null;
  importReport: unknown;
  /**
   * Popup: navigation start → shell and saved list rendered (body[data-painted]); the card streams in after. When
   * the first frame shows the popup's localStorage copy of the list (src/storage/recent-mirror.ts), the marker
   * waits until that copy is checked against storage.local (and, when out of date, until the corrected list's
   * frame): it marks the checked list, not the copy.
   */
  popupPaintedMs: number | null;
  /**
   * Popup: the list is on screen once it is rendered AND a frame has been painted: the later of data-painted and
   * the browser's first-contentful-paint, per open. The budget is judged on this, not on the marker alone.
   */
  popupOnScreenMs: number | null;
  /** Popup: the browser's first-contentful-paint. */
  popupFcpMs: number | null;
  /** Popup: navigation start → the card (or the message why there is none) on screen (body[data-ready]). */
  popupReadyMs: number | null;
  /** The floor: first-contentful-paint of a static extension page with one line of text and no script. */
  floorFcpMs: number | null;
  /** The same page plus one tiny module script: its first-contentful-paint and its body[data-painted]. */
  floorModuleFcpMs: number | null;
  floorModulePaintedMs: number | null;
  /** Page opens per page behind each first-paint median. */
  rounds: number;
  /** listRecentSummaries({ limit: 30 }) round trip from an extension page: the popup's saved list. */
  recentMs: { median: number | null; p95: number | null; n: number };
  libraryReadyMs: number | null;
  libraryFcpMs: number | null;
  /** Library page: first paint → whole catalogue read and search index built. */
  indexedAfterReadyMs: number | null;
  /** Library page: input event → list re-rendered, per query. */
  searchMs: { median: number | null; p95: number | null; n: number };
  /** The index alone in Node: build once, then each query. */
  indexBuildMs: number;
  indexSearchMs: { median: number | null; p95: number | null; n: number };
}

/** Page opens per page, for the first-paint medians (3 was too few on a loaded machine). */
const ROUNDS = 7;
const QUERIES = ['acme', 'globex solar', 'jane', 'deal 999', 'zzz', 'wind', 'follow', 'news12', 'rossi', 'billion', 'h2', 'turning point'];

function quantile(values: number[], q: number): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}
const summary = (v: number[]) => ({ median: quantile(v, 0.5), p95: quantile(v, 0.95), n: v.length });

/** Runs in every page before its scripts: note when the page marks itself painted and ready. */
export function readyProbe(): void {
  const w = window as unknown as { __nutgrafReadyAt?: number; __nutgrafPaintedAt?: number };
  new MutationObserver(() => {
    if (w.__nutgrafReadyAt === undefined && document.body?.dataset.ready === '1') w.__nutgrafReadyAt = performance.now();
    if (w.__nutgrafPaintedAt === undefined && document.body?.dataset.painted === '1') w.__nutgrafPaintedAt = performance.now();
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready', 'data-painted'] });
}

interface PageTimes {
  /** body[data-ready]: the popup's card or message (and its list); the library's first screen of rows. */
  ready: number;
  /** body[data-painted]: the popup's shell and saved list (the card may still be on its way). */
  painted: number | null;
  /** The browser's own first-contentful-paint entry. */
  fcp: number | null;
}

export async function benchLibrary(opts: { ext?: string; count?: number; rounds?: number } = {}): Promise<LibraryBenchResult> {
  const count = opts.count ?? 10_000;
  const rounds = opts.rounds ?? ROUNDS;
  const file = syntheticLibraryFile(count);

  // The index alone, in Node.
  // The page searches the catalogue rows (title, site, TL;DR, fact names), so index those.
  const items = buildCatalogue(Array.from({ length: count }, (_, i) => syntheticSummary(i)));
  let t0 = performance.now();
  const index = buildSearchIndex(items, rowText);
  const indexBuildMs = performance.now() - t0;
  const nodeTimes: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const q of QUERIES) {
      t0 = performance.now();
      index.search(q);
      nodeTimes.push(performance.now() - t0);
    }
  }

  // A temporary copy of the extension with the bench's floor pages added (never written into dist).
  const ext = await extensionWithFloor(opts.ext ?? DIST_CHROME);
  const session = await launchChromium({ ext: ext.dir }).catch(async (e: unknown) => {
    await ext.close();
    throw e;
  });
  try {
    const { context, baseUrl } = session;
    await context.addInitScript(readyProbe);
    const openReady = async (path: string): Promise<PageTimes | null> => {
      const page = await context.newPage();
      const wait = await quietWaiter(page);
      await page.goto(baseUrl + path);
      try {
        await wait.until(bodyFlagSet('ready'), 180_000);
        // The first-contentful-paint entry can come after body[data-ready]: the frame's presentation is reported later.
        await wait.until(firstContentfulPaint, 10_000).catch(() => {});
        return (await page.evaluate(() => {
          const w = window as unknown as { __nutgrafReadyAt?: number; __nutgrafPaintedAt?: number };
          const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
          return w.__nutgrafReadyAt === undefined ? null : { ready: w.__nutgrafReadyAt, painted: w.__nutgrafPaintedAt ?? null, fcp };
        })) as PageTimes | null;
      } catch {
        return null;
      } finally {
        await wait.detach();
        await page.close();
      }
    };

    const log = (m: string) => process.env.NUTGRAF_BENCH_VERBOSE && console.error(`[library bench] ${new Date().toISOString()} ${m}`);
    log('opening library');
    const page = await context.newPage();
    await page.goto(baseUrl + 'library/index.html');
    await page.waitForSelector('body[data-ready="1"]', { state: 'attached', timeout: 180_000 });
    const imported = (await page.evaluate(async (text) => {
      const start = performance.now();
      const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime;
      const answer = await runtime.sendMessage({ nutgraf: 'importLibrary', data: { text } });
      return { ms: performance.now() - start, answer };
    }, file)) as { ms: number; answer: { ok: boolean; value?: unknown; error?: unknown } | undefined };
    log(`imported: ${JSON.stringify(imported).slice(0, 200)}`);
    // The popup's saved list alone: one listRecentSummaries round trip (the rest of its first paint is the card).
    const recentTimes: number[] = [];
    for (let i = 0; i < 10; i++) {
      recentTimes.push((await page.evaluate(async () => {
        const start = performance.now();
        const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime;
        await runtime.sendMessage({ nutgraf: 'listRecentSummaries', data: { limit: 30 } });
        return performance.now() - start;
      })) as number);
    }
    await page.close();

    const popupTimes: PageTimes[] = [];
    const libraryTimes: PageTimes[] = [];
    const floorTimes: FloorTimes[] = [];
    const floorModuleTimes: FloorTimes[] = [];
    for (let i = 0; i < rounds; i++) {
      log(`round ${i}`);
      // The floor pages open the same way as the popup, in each round. The order turns round by round: the first
      // page opened after the last one closed can pay for a new renderer process, and that must not always be
      // the same page.
      let f: FloorTimes | null = null;
      let m: FloorTimes | null = null;
      let p: PageTimes | null = null;
      let l: PageTimes | null = null;
      const opens = [
        async () => void ((f = await openFloor(context, baseUrl + FLOOR_STATIC)) && floorTimes.push(f)),
        async () => void ((m = await openFloor(context, baseUrl + FLOOR_MODULE)) && floorModuleTimes.push(m)),
        async () => void ((p = await openReady('popup/index.html')) && popupTimes.push(p)),
        async () => void ((l = await openReady('library/index.html')) && libraryTimes.push(l)),
      ];
      for (let k = 0; k < opens.length; k++) await opens[(i + k) % opens.length]!();
      log(`floor ${JSON.stringify(f)}, module ${JSON.stringify(m)}, popup ${JSON.stringify(p)}, library ${JSON.stringify(l)}`);
    }
    const median = <T,>(list: T[], pick: (t: T) => number | null) => quantile(list.map(pick).filter((v): v is number => v !== null), 0.5);

    log('search');
    const lib = await context.newPage();
    await lib.goto(baseUrl + 'library/index.html');
    await lib.waitForSelector('body[data-ready="1"]', { state: 'attached', timeout: 180_000 });
    // Time from first paint until the whole catalogue is read and indexed; searches are timed after that.
    const indexedMs = (await lib.evaluate(async (n) => {
      const start = performance.now();
      while (document.body.dataset.indexed !== String(n)) await new Promise((r) => setTimeout(r, 10));
      return performance.now() - start;
    }, count)) as number;
    log(`indexed ${indexedMs.toFixed(0)} ms after first paint`);
    const searchTimes: number[] = [];
    for (let round = 0; round < 2; round++) {
      for (const q of [...QUERIES, '']) {
        const ms = await timeSearch(lib, q);
        searchTimes.push(ms);
        log(`search "${q}": ${ms.toFixed(1)} ms`);
      }
    }
    await lib.close();

    return {
      count,
      importMs: imported.answer?.ok ? imported.ms : null,
      importReport: imported.answer?.ok ? imported.answer.value : imported.answer?.error,
      popupPaintedMs: median(popupTimes, (t) => t.painted),
      popupOnScreenMs: median(popupTimes, (t) => (t.painted === null || t.fcp === null ? null : Math.max(t.painted, t.fcp))),
      popupFcpMs: median(popupTimes, (t) => t.fcp),
      popupReadyMs: median(popupTimes, (t) => t.ready),
      floorFcpMs: median(floorTimes, (t) => t.fcp),
      floorModuleFcpMs: median(floorModuleTimes, (t) => t.fcp),
      floorModulePaintedMs: median(floorModuleTimes, (t) => t.painted),
      rounds,
      recentMs: summary(recentTimes),
      libraryReadyMs: median(libraryTimes, (t) => t.ready),
      libraryFcpMs: median(libraryTimes, (t) => t.fcp),
      indexedAfterReadyMs: indexedMs,
      searchMs: summary(searchTimes),
      indexBuildMs,
      indexSearchMs: summary(nodeTimes),
    };
  } finally {
    await session.close();
    await ext.close();
  }
}

export function formatLibraryBench(r: LibraryBenchResult): string {
  return [
    `load average at the end: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`,
    `first paints are medians of ${r.rounds} opens of each page, in a new tab`,
    `${r.count} summaries imported in ${r.importMs === null ? 'n/a' : `${(r.importMs / 1000).toFixed(1)} s`} (${JSON.stringify(r.importReport)})`,
    `search index in Node: build ${r.indexBuildMs.toFixed(0)} ms, query median ${r.indexSearchMs.median?.toFixed(2)} ms, p95 ${r.indexSearchMs.p95?.toFixed(2)} ms (n=${r.indexSearchMs.n})`,
    formatBudgets([
      { label: 'popup first paint (shell + saved list on screen), 10,000 saved', value: r.popupOnScreenMs, unit: 'ms', max: 150 },
      { label: 'popup shell + saved list rendered (data-painted)', value: r.popupPaintedMs, unit: 'ms', max: null },
      { label: 'popup first-contentful-paint (browser entry)', value: r.popupFcpMs, unit: 'ms', max: null },
      { label: 'floor: static extension page, no script (FCP)', value: r.floorFcpMs, unit: 'ms', max: null },
      { label: 'floor: same + one tiny module script (FCP)', value: r.floorModuleFcpMs, unit: 'ms', max: null },
      { label: 'floor: same + one tiny module script (data-painted)', value: r.floorModulePaintedMs, unit: 'ms', max: null },
      // Opened as a tab with no web page beside it, the popup shows a message here: its card is timed by popup-card.ts.
      { label: 'popup message (no web tab) on screen', value: r.popupReadyMs, unit: 'ms', max: null },
      { label: 'popup saved list (listRecentSummaries) median', value: r.recentMs.median, unit: 'ms', max: null },
      { label: 'library first paint (first rows), 10,000 saved', value: r.libraryReadyMs, unit: 'ms', max: null },
      { label: 'library first-contentful-paint (browser entry)', value: r.libraryFcpMs, unit: 'ms', max: null },
      { label: 'library: first paint → index ready', value: r.indexedAfterReadyMs, unit: 'ms', max: null },
      { label: 'library search median (input → list)', value: r.searchMs.median, unit: 'ms', max: 30 },
      { label: 'library search p95 (input → list)', value: r.searchMs.p95, unit: 'ms', max: 30 },
    ]),
  ].join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { ext: { type: 'string' }, count: { type: 'string' }, rounds: { type: 'string' } },
  });
  const result = await benchLibrary({
    ext: values.ext,
    count: values.count ? Number(values.count) : undefined,
    rounds: values.rounds ? Number(values.rounds) : undefined,
  });
  console.log(formatLibraryBench(result));
}

/** One search in the library page: input event → list re-rendered (Preact renders a macrotask later). */
export async function timeSearch(page: Page, query: string): Promise<number> {
  return (await page.evaluate(async (q) => {
    const input = document.querySelector<HTMLInputElement>('[data-action="search"]')!;
    const start = performance.now();
    input.value = q;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 0));
    return performance.now() - start;
  }, query)) as number;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
