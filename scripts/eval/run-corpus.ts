/**
 * Runs the BUILT extension (dist/chrome) over corpus pages in headless Chromium, served from 127.0.0.1, and
 * hands each page's probe to a scoring callback (texts are not kept).
 *
 * Addresses: by default (`urls: 'original'`) a page whose manifest row has a URL is opened AT that URL, and the
 * route handler answers the navigation with the page fetched from our 127.0.0.1 server. Why: detection reads the
 * address (home, section, gallery and programme paths), as it does for a real reader; under
 * `/pages/<id>.html` those signals never fire and the figures describe a browser nobody uses. Rows without a
 * URL, and `urls: 'local'`, use the 127.0.0.1 address.
 *
 * Nothing leaves the machine: every page comes with a CSP (`default-src 'self' …`, see pagePolicy) so the
 * browser refuses remote subresources before any request is made, and a context.route handler aborts whatever
 * non-local request is left (counted; 0 in practice).
 *
 * Page scripts are OFF by default (`script-src 'none'`; JSON-LD still parses, and the extension's
 * isolated-world scripts are not subject to the page CSP). Why: the saved pages' scripts mostly load remote
 * code that would be blocked anyway; the inline rest redirects, rewrites or throws differently run to run, which
 * makes the figures noisy and the baseline (below) unreliable; and it costs CPU we do not have. Late-inserted
 * promos therefore only show up in our own fixtures and e2e tests, not here. `scripts: true` runs them.
 * Measured 2026-11-28 on 16 upsell-labelled pages: the same states and the same visible snippets either way,
 * and twice the wall time with scripts on (each labelled page then needs its own baseline load).
 *
 * Baseline: a snippet counts only if it is visible without the extension. With scripts off a page is
 * deterministic, so when the extension hid nothing the page text IS the baseline; only pages with hidden blocks
 * (or every labelled page when scripts run, or with baseline 'all') get a second load in a plain Chromium.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_PATH, launchChromium, type ChromiumSession } from '../lib/launch.ts';
import { startServer, type RunningServer } from '../lib/static-server.ts';
import { corpusResolver, pagePath, type Corpus, type ManifestRow } from './corpus.ts';
import { baselineInPage, collectInPage, pageCall, waitForDoneInPage, type PageProbe } from './run-corpus-probe.ts';

export interface RunOptions {
  corpus: Corpus;
  rows: ManifestRow[];
  /** Unpacked extension directory (dist/chrome). */
  ext: string;
  /** Tabs in parallel (2 shared cores: 2–3). */
  concurrency: number;
  /** Per page, navigation + waiting for `nutgraf:done`; slower pages get as long again, flagged late. */
  timeoutMs: number;
  /** Run page scripts (default off; see the file comment). */
  scripts: boolean;
  baseline: 'auto' | 'all';
  /** Open pages at their original URL (answered locally) or at their 127.0.0.1 address; see the file comment. */
  urls?: 'original' | 'local';
  /** Whether a page has snippets whose baseline visibility matters. */
  wantsBaseline: (row: ManifestRow) => boolean;
  /** Paths of a page's labelled upsell blocks, whose text the baseline pass also reads. */
  upsellPaths?: (row: ManifestRow) => string[];
  onProgress?: (done: number, total: number) => void;
  /** Filled in while running. */
  requests?: RequestStats;
  /** Stops taking new pages; pages broken by the stop are dropped, the rest is returned. */
  signal?: AbortSignal;
}

export interface PageRun {
  row: ManifestRow;
  /** Null when the page could not be loaded or read at all. */
  probe: PageProbe | null;
  /** 'timeout' when `nutgraf:done` never came; other strings are load/read failures. */
  error: string | null;
  /** Wall time for the page in the extension pass. */
  ms: number;
  /** Page text without the extension; null when not needed. */
  baselineText: string | null;
  baselineMode: 'same-page' | 'second-pass' | 'none';
  /** Baseline text of the labelled upsell blocks (second pass only). */
  upsellBlocks?: string[];
  /** `nutgraf:done` came after `timeoutMs` (but within twice that). */
  late: boolean;
}

const VIEWPORT = { width: 1280, height: 900 };

/** The tabs one worker reuses: one with the extension, one in the plain browser for baselines. */
interface Tabs {
  page: Page | null;
  basePage: Page | null;
}

/** Requests seen by the route handler: pages may not reach out, and the count shows how much was stopped. */
export interface RequestStats {
  local: number;
  blocked: number;
}

/** Which local page answers a tab's next top-level navigation to an original URL (set just before goto). */
type Standins = WeakMap<Page, string>;

async function blockOutside(context: BrowserContext, server: RunningServer, stats: RequestStats, standins: Standins): Promise<void> {
  const local = server.url + '/';
  await context.route('**/*', async (route) => {
    const request = route.request();
    if (request.url().startsWith(local)) {
      stats.local++;
      return route.continue();
    }
    const frame = request.isNavigationRequest() ? request.frame() : null;
    const standin = frame && frame === frame.page().mainFrame() ? standins.get(frame.page()) : undefined;
    if (standin) {
      // The page itself, from our server (same bytes and headers, CSP included); nothing goes out. Only the one
      // navigation we asked for: a meta refresh elsewhere is blocked like any other request.
      standins.delete(frame!.page());
      stats.local++;
      return route.fulfill({ response: await route.fetch({ url: standin }) });
    }
    stats.blocked++;
    return route.abort('blockedbyclient');
  });
}

/** The address a row is opened at, and the local page that answers it. */
export function addressesFor(row: ManifestRow, serverUrl: string, urls: 'original' | 'local'): { open: string; local: string } {
  const local = serverUrl + pagePath(row.id);
  const original = urls === 'original' ? (row.url ?? row.url_guess ?? null) : null;
  if (!original) return { open: local, local };
  try {
    const u = new URL(original);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return { open: local, local };
    u.hash = '';
    return { open: u.href, local };
  } catch {
    return { open: local, local };
  }
}

function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`${what}: no answer after ${ms} ms`)), ms);
  });
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}

/**
 * Loads the page and waits for `nutgraf:done`. A page still working at `timeoutMs` gets as long again (flagged
 * `late`): on a loaded machine the first limit is often hit by pages that are merely slow, and redoing them
 * would waste the work already done. Not done by then → 'timeout'.
 */
async function extensionPass(page: Page, url: string, timeoutMs: number, withText: boolean): Promise<{ probe: PageProbe; error: string | null; late: boolean }> {
  const started = Date.now();
  const limit = timeoutMs * 2;
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: limit });
  const left = Math.max(100, limit - (Date.now() - started));
  const done = await withTimeout(page.evaluate(pageCall(waitForDoneInPage, left)) as Promise<boolean>, left + 2000, 'waiting for nutgraf:done');
  const late = Date.now() - started > timeoutMs;
  const probe = await withTimeout(page.evaluate(pageCall(collectInPage, withText)) as Promise<PageProbe>, 5000, 'reading the page');
  if (!probe.url.startsWith(url)) return { probe, error: `navigated away to ${probe.url}`, late };
  return { probe, error: done ? null : 'timeout', late };
}

async function baselinePass(page: Page, url: string, timeoutMs: number, paths: string[]): Promise<{ text: string; blocks: string[] }> {
  await page.goto(url, { waitUntil: 'load', timeout: timeoutMs }).catch(async (err: unknown) => {
    // A page whose load never fires is still readable; anything else is a real failure.
    if (!String(err).includes('Timeout')) throw err;
  });
  return withTimeout(page.evaluate(pageCall(baselineInPage, paths)) as Promise<{ text: string; blocks: string[] }>, 5000, 'reading the baseline');
}

/**
 * CSP of every served page. Remote subresources are refused by the browser itself (no request ever leaves, and
 * none has to travel through the route handler), and with scripts off no page script runs at all.
 */
export function pagePolicy(scripts: boolean): string {
  return scripts ? "default-src 'self' data: blob: 'unsafe-inline' 'unsafe-eval'" : "default-src 'self' data: blob: 'unsafe-inline'; script-src 'none'";
}

/** Runs every row and returns what `score` makes of each page, in row order (fewer when stopped). */
export async function runCorpus<T>(opts: RunOptions, score: (run: PageRun) => T): Promise<T[]> {
  const server = await startServer({ resolve: corpusResolver(opts.corpus), headers: { 'Content-Security-Policy': pagePolicy(opts.scripts) } });
  const requests = opts.requests ?? { local: 0, blocked: 0 };
  const standins: Standins = new WeakMap();
  // Others rebuild dist/ while a long run goes on, and pipeline.js is read from disk at each injection: run a
  // snapshot of the extension so every page sees the same build.
  const ext = mkdtempSync(join(tmpdir(), 'nutgraf-eval-ext-'));
  cpSync(opts.ext, ext, { recursive: true });
  let session: ChromiumSession | null = null;
  type Plain = { browser: Browser; context: BrowserContext };
  let plain: Promise<Plain> | null = null;
  try {
    session = await launchChromium({ ext });
    await blockOutside(session.context, server, requests, standins);
    const context = session.context;
    const launchPlain = async (): Promise<Plain> => {
      const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
      const context = await browser.newContext({ viewport: VIEWPORT });
      await blockOutside(context, server, requests, standins);
      return { browser, context };
    };
    // The workers' first baselines come at the same moment: they share one launch. (A check-then-await here launched
    // one browser per worker, and the one never closed kept the run alive after its report.)
    const getPlain = async (): Promise<BrowserContext> => (await (plain ??= launchPlain())).context;

    const runOne = async (row: ManifestRow, t: Tabs): Promise<PageRun> => {
      const { open: url, local } = addressesFor(row, server.url, opts.urls ?? 'original');
      const started = Date.now();
      let run: PageRun = { row, probe: null, error: null, ms: 0, baselineText: null, baselineMode: 'none', late: false };
      try {
        t.page ??= await context.newPage();
        standins.set(t.page, local);
        const wanted = opts.wantsBaseline(row);
        const { probe, error, late } = await extensionPass(t.page, url, opts.timeoutMs, wanted);
        run = { ...run, probe, error, late, ms: Date.now() - started };
        if (wanted) {
          if (opts.baseline === 'all' || opts.scripts || probe.hidden.length > 0) {
            t.basePage ??= await (await getPlain()).newPage();
            standins.set(t.basePage, local);
            const base = await baselinePass(t.basePage, url, opts.timeoutMs * 2, opts.upsellPaths?.(row) ?? []);
            run.baselineText = base.text;
            run.upsellBlocks = base.blocks;
            run.baselineMode = 'second-pass';
          } else {
            run.baselineText = probe.text;
            run.baselineMode = 'same-page';
          }
        }
      } catch (err) {
        const message = String(err instanceof Error ? err.message : err).split('\n')[0] ?? 'error';
        // A page too busy to answer within the limit is a timeout like one that never marks done.
        run = { ...run, error: message.startsWith('waiting for nutgraf:done') ? 'timeout' : message, ms: Date.now() - started };
        // A stuck or crashed tab is not reused.
        await t.page?.close().catch(() => {});
        await t.basePage?.close().catch(() => {});
        t.page = null;
        t.basePage = null;
      }
      return run;
    };

    const results: T[] = new Array<T>(opts.rows.length);
    let next = 0;
    let finished = 0;
    const worker = async () => {
      const t: Tabs = { page: null, basePage: null };
      while (next < opts.rows.length && !opts.signal?.aborted) {
        const index = next++;
        const run = await runOne(opts.rows[index] as ManifestRow, t);
        if (run.error && opts.signal?.aborted) break; // the browser went away under it: not the page's fault
        results[index] = score(run);
        opts.onProgress?.(++finished, opts.rows.length);
      }
      await t.page?.close().catch(() => {});
      await t.basePage?.close().catch(() => {});
    };
    await Promise.all(Array.from({ length: Math.max(1, opts.concurrency) }, worker));
    return results.filter((r) => r !== undefined);
  } finally {
    await session?.close();
    // Assigned inside a closure, so TypeScript narrows `plain` to null here.
    const launched = await (plain as Promise<Plain> | null)?.catch(() => null);
    await launched?.browser.close().catch(() => {});
    await server.close();
    rmSync(ext, { recursive: true, force: true });
  }
}
