/**
 * Where the benches open each page: on a site of its own, `http://<prefix>-<N>.localhost<address>`, answered
 * from our 127.0.0.1 server by a route handler (nothing leaves the machine).
 * - A registrable domain per page: each page gets a fresh renderer and cold code, as a reader going from site
 *   to site does.
 * - `.localhost`: those names are secure contexts, so the isolation headers below make the page cross-origin
 *   isolated, and `performance.now()` then ticks in 5 µs. Any other http page gets Chrome's 100 µs steps:
 *   a 1 ms budget read in steps of a tenth of itself cannot tell 0.95 from 1.05.
 * - The address: the page's original path and query when the manifest knows its URL, as `npm run eval` opens
 *   it (run-corpus.ts says why: detection reads the address). Otherwise `/pages/<id>.html`.
 */
import type { BrowserContext } from 'playwright-core';
import type { BenchPage } from './bench-pages.ts';

/** Served with every bench page: cross-origin isolation, for the fine timer. */
export const ISOLATION_HEADERS: Readonly<Record<string, string>> = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

/** The address page `i` of a run is opened at. */
export const siteUrl = (prefix: string, i: number, page: BenchPage): string => `http://${prefix}-${i}.localhost${page.openPath}`;

/**
 * Answers the bench sites from the server: a page's own address with the page, any other path with the same
 * path on the server (its subresources; mostly 404). Requests to anywhere else are refused.
 */
export async function routeSites(context: BrowserContext, prefix: string, pages: readonly BenchPage[], serverUrl: string): Promise<void> {
  const host = new RegExp(`^${prefix}-(\\d+)\\.localhost$`);
  await context.route('**/*', async (r) => {
    const url = r.request().url();
    if (url.startsWith(serverUrl + '/')) return r.continue();
    const u = new URL(url);
    const i = host.exec(u.hostname)?.[1];
    const page = i === undefined ? undefined : pages[Number(i) % pages.length];
    if (!page) return r.abort('blockedbyclient');
    const path = u.pathname + u.search === page.openPath ? page.path : u.pathname + u.search;
    return r.fulfill({ response: await r.fetch({ url: serverUrl + path }) });
  });
}
