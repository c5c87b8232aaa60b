/**
 * `npm run bench [-- --corpus ../shared/corpus --news 60 --other 60 --ext dist/chrome --skip-library]`
 * One Chromium run with the built extension over corpus pages (or our fixture pages when the corpus is absent):
 * median/p95 of `nutgraf:detect` on non-news pages and of `nutgraf:pipeline` (and `nutgraf:facts`, when the
 * pipeline records it) on news pages, next to `new Readability(document.cloneNode(true)).parse()` timed in the
 * same tab; gzip sizes of content.js, pipeline.js + facts.js and reader.js; then LIBRARY's scripts/bench/library.ts when present.
 * Budgets are printed with PASS/OVER, never asserted. Pages run one at a time so timings do not compete.
 * `--sites per-page` (the default) opens each page on its own site (bench-sites.ts: `http://nutgraf-bench-<N>.localhost`
 * at the page's original path, cross-origin isolated for 5 µs timers): a reader goes from site to site, so each
 * page gets a fresh renderer and cold code, as in real browsing. `--sites one` opens every page on the server's own address in one
 * renderer, whose warm caches (compiled regexes, code) flatter the figures. Every other news page is opened with
 * the extension's service worker stopped (stop-background.ts), as Chrome leaves it after a long read; the pipeline
 * is printed for both halves. Each page is then opened again at once (`--no-again` skips it): the same site's
 * renderer, with our code compiled and ICU started, as for the next article a reader opens on a site; its figures
 * are printed apart, never mixed with the first visit's.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { DIST_CHROME, launchChromium } from '../lib/launch.ts';
import { startServer } from '../lib/static-server.ts';
import { quantile } from '../eval/metrics-prf.ts';
import { pageCall } from '../eval/run-corpus-probe.ts';
import { nutgrafDone, quietWaiter, type QuietWaiter } from './quiet-wait.ts';
import { pagePolicy } from '../eval/run-corpus.ts';
import { corpusBenchSet, fixtureBenchSet, type BenchPage } from './bench-pages.ts';
import { formatBudgets } from './bench-format.ts';
import { backgroundStopper } from './stop-background.ts';
import { ISOLATION_HEADERS, routeSites, siteUrl } from './bench-sites.ts';
import { CONTENT_SCRIPT_FILES } from '../../src/tabs/content-script-files.ts';

const ROOT = resolve(import.meta.dirname, '../..');
/** The bench sites' name: `nutgraf-bench-<N>.localhost`. */
const SITE = 'nutgraf-bench';
const READABILITY = join(ROOT, 'node_modules/@mozilla/readability/Readability.js');

/** Steps of the news pass, printed for where the pipeline's time goes (extra measures, not the contract). */
const STEPS = ['nutgraf:load', 'nutgraf:extract', 'nutgraf:facts', 'nutgraf:upsell', 'nutgraf:card'];

interface PageTiming {
  id: string;
  news: boolean;
  state: string | null;
  detect: number | null;
  pipeline: number | null;
  facts: number | null;
  /** The pipeline's steps (nutgraf:load, extract, upsell, card), when recorded. */
  steps: Record<string, number>;
  readability: number | null;
  /** A news page opened with the extension's service worker stopped just before (every other news page). */
  backgroundStopped?: boolean;
  /** The same page opened again right after, on its site's renderer: compiled code and ICU warm (`--again`). */
  again?: { state: string | null; detect: number | null; facts: number | null; pipeline: number | null };
  error?: string;
}

/** In the page: the contract's measures and state. */
function readMeasures(): { state: string | null; measures: Record<string, number> } {
  const mark = performance.getEntriesByName('nutgraf:done', 'mark')[0] as PerformanceMark | undefined;
  const measures: Record<string, number> = {};
  for (const m of performance.getEntriesByType('measure')) if (!(m.name in measures)) measures[m.name] = m.duration;
  const state = (mark?.detail as { state?: string } | null | undefined)?.state ?? null;
  return { state, measures };
}

/** In the page: one Readability parse on a clone, as the pipeline does. */
function timeReadability(): number {
  const R = (globalThis as unknown as { __nutgrafBenchReadability: new (doc: Document) => { parse(): unknown } }).__nutgrafBenchReadability;
  const t0 = performance.now();
  new R(document.cloneNode(true) as Document).parse();
  return performance.now() - t0;
}

async function measurePage(page: Page, wait: QuietWaiter, url: string, p: BenchPage, readabilitySource: string | null): Promise<PageTiming> {
  const out: PageTiming = { id: p.id, news: p.news, state: null, detect: null, pipeline: null, facts: null, steps: {}, readability: null };
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 15_000 });
    // Awaited quietly: Playwright's own helpers would compile their scripts in the page while the pipeline runs.
    const done = await wait.until(nutgrafDone, 15_000).then(() => true, () => false);
    const { state, measures } = (await page.evaluate(pageCall(readMeasures))) as ReturnType<typeof readMeasures>;
    Object.assign(out, {
      state,
      detect: measures['nutgraf:detect'] ?? null,
      pipeline: measures['nutgraf:pipeline'] ?? null,
      facts: measures['nutgraf:facts'] ?? null,
      steps: Object.fromEntries(STEPS.filter((s) => s in measures).map((s) => [s, measures[s]])),
    });
    if (!done) out.error = 'timeout';
    if (readabilitySource === null) return out;
    // Evaluated through the DevTools protocol: page scripts are off (CSP), so addScriptTag would be refused.
    await page.evaluate(`(() => { ${readabilitySource}\n;globalThis.__nutgrafBenchReadability = Readability; })()`);
    out.readability = (await page.evaluate(pageCall(timeReadability))) as number;
  } catch (err) {
    out.error = String(err instanceof Error ? err.message : err).split('\n')[0];
  }
  return out;
}

function stats(values: (number | null)[]): { n: number; median: number | null; p95: number | null } {
  const v = values.filter((x): x is number => x !== null);
  return { n: v.length, median: quantile(v, 0.5), p95: quantile(v, 0.95) };
}

function gzipKb(file: string): number | null {
  return existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length / 1024 : null;
}

const f = (v: number | null, d = 2) => (v === null ? '—' : v.toFixed(d));

async function main(): Promise<void> {
  const { values: o } = parseArgs({
    args: process.argv.slice(2),
    options: {
      corpus: { type: 'string', default: '../shared/corpus' },
      news: { type: 'string', default: '60' },
      other: { type: 'string', default: '60' },
      ext: { type: 'string', default: DIST_CHROME },
      'skip-library': { type: 'boolean', default: false },
      sites: { type: 'string', default: 'per-page' },
      again: { type: 'boolean', default: true },
    },
  });
  if (o.sites !== 'per-page' && o.sites !== 'one') throw new Error('--sites must be per-page or one');
  const set =
    corpusBenchSet(o.corpus, { news: Number(o.news), other: Number(o.other) }) ?? fixtureBenchSet(join(ROOT, 'tests/fixtures/pages'));
  const readabilitySource = readFileSync(READABILITY, 'utf8');
  const load = loadavg()[0] ?? 0;
  console.log(`bench: ${set.pages.filter((p) => p.news).length} news + ${set.pages.filter((p) => !p.news).length} non-news ${set.from} pages, one tab, ${o.sites === 'one' ? 'one site (warm renderer)' : 'a site per page (fresh renderer each)'}, page scripts off; load average ${load.toFixed(1)} on ${availableParallelism()} cores`);

  const timings: PageTiming[] = [];
  const server = await startServer({ resolve: set.resolve, headers: { 'Content-Security-Policy': pagePolicy(false), ...ISOLATION_HEADERS } });
  // A snapshot: others may rebuild dist/ meanwhile, and pipeline.js is read from disk at each injection.
  const ext = mkdtempSync(join(tmpdir(), 'nutgraf-bench-ext-'));
  cpSync(o.ext, ext, { recursive: true });
  // The always-on script is two files (detect.js, then content.js): both load on every page.
  const parts = CONTENT_SCRIPT_FILES.map((f) => gzipKb(join(ext, f)));
  const content = parts.includes(null) ? null : parts.reduce((kb: number, x) => kb + x!, 0);
  // What a news page loads lazily: pipeline.js and facts.js (two scripts, one injection).
  const lazy = ['pipeline.js', 'facts.js'].map((f) => gzipKb(join(ext, f)));
  const pipeline = lazy.includes(null) ? null : lazy.reduce((kb: number, x) => kb + x!, 0);
  const reader = gzipKb(join(ext, 'reader.js'));
  const session = await launchChromium({ ext });
  try {
    await routeSites(session.context, SITE, set.pages, server.url);
    const page = await session.context.newPage();
    const wait = await quietWaiter(page);
    const background = await backgroundStopper(page);
    let newsSeen = 0;
    for (const [i, p] of set.pages.entries()) {
      const url = o.sites === 'one' ? server.url + p.path : siteUrl(SITE, i, p);
      // The pipeline is injected by the background: half the news pages find it stopped, as after a long read.
      const stopped = p.news && newsSeen++ % 2 === 1 ? await background.stop() : undefined;
      const first = await measurePage(page, wait, url, p, readabilitySource);
      if (o.again) {
        const { state, detect, facts, pipeline } = await measurePage(page, wait, url, p, null);
        first.again = { state, detect, facts, pipeline };
      }
      timings.push({ ...first, ...(stopped === undefined ? {} : { backgroundStopped: stopped }) });
    }
  } finally {
    await session.close();
    await server.close();
    rmSync(ext, { recursive: true, force: true });
  }

  const nonNews = timings.filter((t) => !t.news);
  const news = timings.filter((t) => t.news && t.state === 'news');
  const rows = [
    { name: 'nutgraf:detect, non-news pages', own: stats(nonNews.map((t) => t.detect)), ref: stats(nonNews.map((t) => (t.detect === null ? null : t.readability))) },
    { name: 'nutgraf:pipeline, news pages', own: stats(news.map((t) => t.pipeline)), ref: stats(news.map((t) => (t.pipeline === null ? null : t.readability))) },
    { name: 'nutgraf:facts, news pages', own: stats(news.map((t) => t.facts)), ref: stats(news.map((t) => (t.facts === null ? null : t.readability))) },
  ];
  const running = news.filter((t) => !t.backgroundStopped);
  const stopped = news.filter((t) => t.backgroundStopped);
  for (const [label, group] of [['background running', running], ['background stopped', stopped]] as const) {
    rows.push({ name: `  pipeline, ${label}`, own: stats(group.map((t) => t.pipeline)), ref: stats(group.map((t) => (t.pipeline === null ? null : t.readability))) });
  }
  console.log('');
  console.log('measure (ms)                     n    median   p95      Readability.parse median / p95   ratio of medians');
  for (const r of rows) {
    const ratio = r.own.median !== null && r.ref.median ? r.own.median / r.ref.median : null;
    console.log(
      `${r.name.padEnd(32)} ${String(r.own.n).padEnd(4)} ${f(r.own.median).padEnd(8)} ${f(r.own.p95).padEnd(8)} ${`${f(r.ref.median)} / ${f(r.ref.p95)}`.padEnd(32)} ${ratio === null ? '—' : `${ratio.toFixed(3)}×`}`,
    );
  }
  const again = { nonNews: nonNews.filter((t) => t.again?.state === 'not-news'), news: news.filter((t) => t.again?.state === 'news') };
  const detectAgain = stats(again.nonNews.map((t) => t.again!.detect));
  const factsAgain = stats(again.news.map((t) => t.again!.facts));
  const pipelineAgain = stats(again.news.map((t) => t.again!.pipeline));
  if (o.again) {
    console.log('\nthe same page again, at once, on its site\'s renderer (compiled code, ICU started: the next article of a site)');
    for (const [name, st] of [['nutgraf:detect, non-news pages', detectAgain], ['nutgraf:facts, news pages', factsAgain], ['nutgraf:pipeline, news pages', pipelineAgain]] as const) {
      console.log(`${name.padEnd(32)} ${String(st.n).padEnd(4)} ${f(st.median).padEnd(8)} ${f(st.p95)}`);
    }
  }
  console.log('\nnews pass steps (ms)             n    median   p95');
  for (const step of STEPS.filter((x) => x !== 'nutgraf:facts')) {
    const st = stats(news.map((t) => t.steps[step] ?? null));
    if (st.n) console.log(`${step.padEnd(32)} ${String(st.n).padEnd(4)} ${f(st.median).padEnd(8)} ${f(st.p95)}`);
  }
  const states: Record<string, number> = {};
  for (const t of timings) states[`${t.news ? 'news' : 'non-news'}→${t.state ?? t.error ?? 'none'}`] = (states[`${t.news ? 'news' : 'non-news'}→${t.state ?? t.error ?? 'none'}`] ?? 0) + 1;
  console.log(`states (sample → state): ${JSON.stringify(states)}`);
  if (rows[2]!.own.n === 0) console.log('no nutgraf:facts measure recorded: facts + TL;DR time per article is not available yet');

  console.log('\nBudgets');
  console.log(
    formatBudgets([
      { label: 'nutgraf:detect median, non-news pages', value: rows[0]!.own.median, unit: 'ms', max: 1, digits: 2 },
      { label: 'nutgraf:facts (facts + TL;DR) median, news pages', value: rows[2]!.own.median, unit: 'ms', max: 30 },
      { label: 'nutgraf:facts p95, news pages', value: rows[2]!.own.p95, unit: 'ms', max: null },
      ...(o.again
        ? [
            { label: 'nutgraf:detect median, same page again (warm)', value: detectAgain.median, unit: 'ms', max: 1, digits: 2 },
            { label: 'nutgraf:facts median, same page again (warm)', value: factsAgain.median, unit: 'ms', max: 30 },
          ]
        : []),
      { label: 'nutgraf:pipeline median, news pages', value: rows[1]!.own.median, unit: 'ms', max: null },
      { label: '  with the background running', value: rows[3]!.own.median, unit: 'ms', max: null },
      { label: '  with the background stopped before', value: rows[4]!.own.median, unit: 'ms', max: null },
      { label: 'detect.js + content.js gzip (always on)', value: content, unit: 'KB', max: 15 },
      { label: 'pipeline.js + facts.js gzip (lazy: news pages)', value: pipeline, unit: 'KB', max: null },
      { label: 'reader.js gzip (lazy: when the reader opens)', value: reader, unit: 'KB', max: null },
    ]),
  );

  const out = join(ROOT, 'artifacts', `bench-${new Date().toISOString().replace(/:\d\d\.\d+Z$/, 'Z').replace(':', '')}.json`);
  mkdirSync(join(ROOT, 'artifacts'), { recursive: true });
  writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), load, from: set.from, sites: o.sites, rows, sizes: { content, pipeline, reader }, pages: timings }, null, 1));
  console.log(`\nreport: ${out}`);

  const library = join(import.meta.dirname, 'library.ts');
  if (o['skip-library']) {
    console.log('\nLibrary: skipped (--skip-library)');
  } else if (existsSync(library)) {
    console.log('\nLibrary (scripts/bench/library.ts)');
    spawnSync(process.execPath, ['--import', 'tsx', library], { stdio: 'inherit', cwd: ROOT });
  } else {
    console.log('\nLibrary: scripts/bench/library.ts not there yet (10,000-summary popup/search figures)');
  }
  if (!o['skip-library']) {
    console.log('\nPopup card of a news tab (scripts/bench/popup-card.ts)');
    spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'popup-card.ts'), '--ext', o.ext], { stdio: 'inherit', cwd: ROOT });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
