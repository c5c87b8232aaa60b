/**
 * Serves our own demo/fixture pages (tests/fixtures/pages) on 127.0.0.1 — used by `npm start` and the e2e
 * suite. The home listing page is also served at `/`, where a real home page lives.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startServer, type RunningServer } from './static-server.ts';

export const PAGES_DIR = resolve(import.meta.dirname, '../../tests/fixtures/pages');
export const HOME_PAGE = 'home-fr-la-une.html';
export const SEED_PAGE = 'seed-fr-nvidia-openai.html';

/** The parts of `<slug>.expected.json` the harness reads. */
export interface ExpectedPage {
  page: string;
  isNews: boolean;
  lang: string;
  title?: string;
  published?: string;
  upsell?: { kind: string; where: string; text: string }[];
  keep?: string[];
  facts?: Record<string, unknown>;
}

/** Every fixture page with its expectations, sorted by file name. */
export function listDemoPages(dir = PAGES_DIR): ExpectedPage[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.expected.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as ExpectedPage);
}

export async function startDemoServer(dir = PAGES_DIR): Promise<RunningServer> {
  return startServer({
    root: dir,
    resolve: (path) => (path === '/' ? { body: readFileSync(join(dir, HOME_PAGE)), type: 'text/html' } : null),
  });
}

/** URL at which a fixture page is served (the home listing at `/`). */
export function pageUrl(server: RunningServer, page: string): string {
  return page === HOME_PAGE ? `${server.url}/` : `${server.url}/${page}`;
}
