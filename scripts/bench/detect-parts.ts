/**
 * Where the always-on pass spends its time, in Chromium with the built extension, as `npm run bench` runs it
 * (each page on its own site: fresh renderer, cold code):
 * `npx tsx scripts/bench/detect-parts.ts --corpus ../shared/corpus [--other 40] [--news 0] [--ext a,b] [--rounds 1] [--trace [--compile]] [--faults]`.
 * Prints median/p95 of every `nutgraf:*` measure the content script records (a build with extra
 * `nutgraf:detect:<part>` measures shows the split of `nutgraf:detect`). Several `--ext` snapshots each get a
 * browser, all open at once, and every page is opened in each of them in turn (the order alternating); with
 * two, paired lines compare `nutgraf:detect` (and, traced, the pass's CPU time) visit by visit (the second
 * build minus the first). `--trace` also records a DevTools trace per page and
 * sums, on the renderer's main thread, what content.js costs the reader in all: compiling and running the
 * script (top level and every function it calls, detection included) — the honest total when a change moves
 * compile time out of `nutgraf:detect`; and, on non-news pages, the CPU time from the `nutgraf:start` mark to
 * `nutgraf:done` (detection, by the renderer's thread clock: immune to waiting for a core on a loaded machine). Pages are opened as bench-sites.ts says (their original path, cross-origin isolated: 5 µs timers), page scripts off.
 * `--compile` adds V8's compile category to the trace and prints the compile time inside the pass on non-news
 * pages (lazy compilation on first call; the category slows compiling, so read it for shares, not totals).
 * On news pages it also sums pipeline.js and facts.js the same way (`pipeline.js + facts.js total`; a build without
 * facts.js counts 0 for it) and prints the longest main-thread task while the
 * pass ran (wall and CPU: how long the page could not answer its reader), and `--stop-background` stops the
 * extension's service worker before each news page, as Chrome does after 30 s without events (a long read).
 * `--faults` (traces, and needs `perf`: page-faults.ts) counts the page faults of the renderer inside each non-news pass,
 * opens each non-news page a second time at once on the same renderer (`again`), counts that pass too, and
 * prints what one fault costs on this machine: the part of the cold pass that is the machine's, not our code's.
 * Needs a built extension snapshot (copy dist/chrome aside under the dist lock). Skips cleanly without a corpus.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { CDPSession, Page } from 'playwright-core';
import { launchChromium } from '../lib/launch.ts';
import { startServer } from '../lib/static-server.ts';
import { quantile } from '../eval/metrics-prf.ts';
import { pageCall } from '../eval/run-corpus-probe.ts';
import { nutgrafDone, quietWaiter } from './quiet-wait.ts';
import { corpusBenchSet, type BenchPage } from './bench-pages.ts';
import { backgroundStopper } from './stop-background.ts';
import { ISOLATION_HEADERS, routeSites, siteUrl } from './bench-sites.ts';
import { faultsIn, freshPageCost, startFaultRecorder } from './page-faults.ts';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time, when the trace has it: immune to the machine's other work. */
  tdur?: number;
  /** Thread (CPU) clock at the event. */
  tts?: number;
  tid: number;
  pid: number;
  args?: { data?: { url?: string; frame?: string }; fileName?: string };
}

/** In the page: every `nutgraf:*` measure (first of each name) and the pass's state. */
function readNutgrafMeasures(): { state: string | null; measures: Record<string, number> } {
  const measures: Record<string, number> = {};
  for (const m of performance.getEntriesByType('measure')) if (m.name.startsWith('nutgraf:') && !(m.name in measures)) measures[m.name] = m.duration;
  const mark = performance.getEntriesByName('nutgraf:done', 'mark')[0] as PerformanceMark | undefined;
  return { state: (mark?.detail as { state?: string } | null | undefined)?.state ?? null, measures };
}

/**
 * Main-thread time of content.js from a trace: the outermost compile/evaluate events that name its URL
 * (nested events are inside their parent's duration, so only top-level ones are summed), as thread CPU time
 * (`tdur`) when the trace has it, else wall time.
 */
export function contentScriptCost(events: TraceEvent[], file = 'content.js'): number {
  const named = events.filter((e) => e.ph === 'X' && e.dur !== undefined && (e.args?.data?.url ?? e.args?.fileName ?? '').endsWith(file));
  named.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  let total = 0;
  let end = -Infinity;
  let thread = '';
  for (const e of named) {
    const t = `${e.pid}:${e.tid}`;
    if (t === thread && e.ts < end) continue; // inside an event already counted
    total += e.tdur ?? e.dur!;
    end = e.ts + e.dur!;
    thread = t;
  }
  return total / 1000;
}

/**
 * CPU time of the automatic pass up to its end on a non-news page: thread clock from the `nutgraf:start` mark
 * to the `nutgraf:done` mark (nutgraf:detect plus the measure and mark calls that close it). Wall time on a
 * loaded machine counts the time the renderer waited for a core; this does not. Null when either is missing.
 */
export function passCpuTime(events: TraceEvent[]): number | null {
  const at = (name: string) => events.find((e) => e.name === name && e.ph === 'I' && e.tts !== undefined)?.tts;
  const start = at('nutgraf:start');
  const done = at('nutgraf:done');
  return start === undefined || done === undefined ? null : (done - start) / 1000;
}

/** The pass's `nutgraf:start` and `nutgraf:done` marks in a trace (instant events), when recorded. */
function passMarks(events: TraceEvent[]): { start?: TraceEvent; done?: TraceEvent } {
  const mark = (name: string) => events.find((e) => e.name === name && e.ph === 'I');
  return { start: mark('nutgraf:start'), done: mark('nutgraf:done') };
}

/**
 * The longest task of the renderer's main thread while the pass ran (from the `nutgraf:start` mark to
 * `nutgraf:done`): how long the page could not answer its reader. A task is a `toplevel` RunTask or a
 * microtask checkpoint outside one (a dynamic import's continuation runs in one), merged with the next when
 * less than 50 µs apart (no input can be handled between them). Wall time, and the summed thread (CPU) time
 * of its events when the trace has it; null when a mark or the tasks are missing.
 */
export function longestTaskInPass(events: TraceEvent[]): { wall: number; cpu: number | null } | null {
  const { start, done } = passMarks(events);
  if (!start || !done) return null;
  const top = events
    .filter((e) => e.ph === 'X' && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'BlinkScheduler_PerformMicrotaskCheckpoint') && e.pid === start.pid && e.tid === start.tid)
    .sort((x, y) => x.ts - y.ts || y.dur! - x.dur!);
  let best: { wall: number; cpu: number | null } | null = null;
  let run: { from: number; to: number; cpu: number | null } | null = null;
  const close = () => {
    if (run && run.to >= start.ts && run.from <= done.ts && (!best || run.to - run.from > best.wall * 1000)) best = { wall: (run.to - run.from) / 1000, cpu: run.cpu === null ? null : run.cpu / 1000 };
  };
  for (const e of top) {
    const end = e.ts + e.dur!;
    if (run && e.ts < run.to) {
      run.to = Math.max(run.to, end); // nested in the current task
      continue;
    }
    if (run && e.ts - run.to < 50) {
      run.to = end;
      run.cpu = run.cpu === null || e.tdur === undefined ? null : run.cpu + e.tdur;
      continue;
    }
    close();
    run = { from: e.ts, to: end, cpu: e.tdur ?? null };
  }
  close();
  return best;
}

/**
 * V8 compile work inside the pass on a non-news page: wall time of the outermost compile events between the
 * `nutgraf:start` and `nutgraf:done` marks on their thread, by event name. Lazy compilation of functions on
 * first call is what makes a fresh renderer's detection slower than the same page again.
 */
export function compileInPass(events: TraceEvent[]): Record<string, number> | null {
  const { start, done } = passMarks(events);
  if (!start || !done) return null;
  const inside = events
    .filter((e) => e.ph === 'X' && e.tid === start.tid && e.ts >= start.ts && e.ts < done.ts && /compile|parse/i.test(e.name))
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const out: Record<string, number> = {};
  let end = -Infinity;
  for (const e of inside) {
    if (e.ts < end) continue;
    out[e.name] = (out[e.name] ?? 0) + e.dur! / 1000;
    out['(all)'] = (out['(all)'] ?? 0) + e.dur! / 1000;
    end = e.ts + e.dur!;
  }
  return out;
}

async function traced<T>(cdp: CDPSession, run: () => Promise<T>, withCompile: boolean): Promise<{ value: T; events: TraceEvent[] }> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (d) => void events.push(...(d.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    // The compile category names every lazy compile, at a cost: it inflates what it measures (`--compile` only).
    traceConfig: { includedCategories: ['devtools.timeline', 'toplevel', 'v8', 'v8.execute', 'blink.user_timing', ...(withCompile ? ['disabled-by-default-v8.compile'] : [])] },
  });
  const value = await run();
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await done;
  return { value, events };
}

/** The sites' name: `nutgraf-parts-<N>.localhost` (bench-sites.ts). */
const SITE = 'nutgraf-parts';

/** One build's figures: every value by measure name, and the non-news pass by visit (for paired comparisons). */
interface ExtRun {
  values: Record<string, number[]>;
  /** `nutgraf:detect` by visit (`<round>:<page id>`). */
  detectByVisit: Map<string, number>;
  /** The pass's CPU time from the trace (start→done), by visit, when traced. */
  cpuByVisit: Map<string, number>;
  /** Each traced non-news pass: its renderer and its time span (trace µs), for counting page faults. */
  windows: PassWindow[];
}

interface PassWindow {
  label: string;
  pid: number;
  from: number;
  to: number;
}

interface RunOptions {
  serverUrl: string;
  trace: boolean;
  stopBackground: boolean;
  compile: boolean;
  again: boolean;
}

/** A browser with one build loaded, kept open for the whole run so that visits of several builds can interleave. */
interface Runner extends ExtRun {
  /** Opens `p` on site number `site` (bench-sites.ts: its number modulo the page count names the page). */
  visit(p: BenchPage, site: number, round: number): Promise<void>;
  close(): Promise<void>;
}

async function openRunner(ext: string, pages: BenchPage[], o: RunOptions): Promise<Runner> {
  const values: Record<string, number[]> = {};
  const detectByVisit = new Map<string, number>();
  const cpuByVisit = new Map<string, number>();
  const windows: PassWindow[] = [];
  const push = (k: string, v: number) => (values[k] ??= []).push(v);
  const snap = mkdtempSync(join(tmpdir(), 'nutgraf-parts-ext-'));
  cpSync(ext, snap, { recursive: true });
  const session = await launchChromium({ ext: snap });
  await routeSites(session.context, SITE, pages, o.serverUrl);
  let page: Page = await session.context.newPage();

  async function visit(p: BenchPage, site: number, round: number): Promise<void> {
    const url = siteUrl(SITE, site, p);
    const key = `${round}:${p.id}`;
    const open = async () => {
      // Awaited quietly: Playwright's own helpers would compile their scripts in the page while the pass runs.
      const wait = await quietWaiter(page);
      try {
        await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 15_000 });
        await wait.until(nutgrafDone, 15_000).catch(() => {});
      } finally {
        await wait.detach();
      }
      return (await page.evaluate(pageCall(readNutgrafMeasures))) as ReturnType<typeof readNutgrafMeasures>;
    };
    /** Opens the page under a trace and records what the trace shows; returns the page's measures. */
    const openTraced = async () => {
      // A new tab per traced page: the trace then holds this page's renderer only.
      await page.close();
      page = await session.context.newPage();
      const cdp = await session.context.newCDPSession(page);
      const { value, events } = await traced(cdp, open, o.compile);
      await cdp.detach();
      const marks = passMarks(events);
      if (!p.news && marks.start && marks.done) windows.push({ label: 'non-news', pid: marks.start.pid, from: marks.start.ts, to: marks.done.ts });
      if (o.again && !p.news) {
        // The same page at once, on the same renderer: what the next page of a site costs.
        const cdp2 = await session.context.newCDPSession(page);
        const second = await traced(cdp2, open, o.compile);
        await cdp2.detach();
        const m = passMarks(second.events);
        if (m.start && m.done) windows.push({ label: 'non-news, again', pid: m.start.pid, from: m.start.ts, to: m.done.ts });
        const d = second.value.measures['nutgraf:detect'];
        if (d !== undefined) push('nutgraf:detect (non-news, again)', d);
      }
      push(`detect.js + content.js total (${p.news ? 'news' : 'non-news'})`, contentScriptCost(events) + contentScriptCost(events, 'detect.js'));
      if (p.news) push('pipeline.js + facts.js total (news)', contentScriptCost(events, 'pipeline.js') + contentScriptCost(events, 'facts.js'));
      const longest = p.news ? longestTaskInPass(events) : null;
      if (longest) push('longest main-thread task in the pass, wall (news)', longest.wall);
      if (longest?.cpu != null) push('longest main-thread task in the pass, CPU (news)', longest.cpu);
      const cpu = p.news ? null : passCpuTime(events);
      if (cpu !== null) {
        push('nutgraf:start→done CPU (non-news)', cpu);
        cpuByVisit.set(key, cpu);
      }
      const compiled = p.news || !o.compile ? null : compileInPass(events);
      for (const [k, v] of Object.entries(compiled ?? {})) push(`in pass: ${k} (non-news)`, v);
      return value;
    };
    try {
      if (o.stopBackground && p.news) await (await backgroundStopper(page)).stop();
      const value = o.trace ? await openTraced() : await open();
      for (const [k, v] of Object.entries(value.measures)) push(`${k} (${p.news ? 'news' : 'non-news'})`, v);
      const detect = value.measures['nutgraf:detect'];
      if (!p.news && detect !== undefined) detectByVisit.set(key, detect);
    } catch (err) {
      push('errors', 1);
      console.error(`  ${p.id}: ${String(err instanceof Error ? err.message : err).split('\n')[0]}`);
    }
  }

  return {
    values,
    detectByVisit,
    cpuByVisit,
    windows,
    visit,
    close: async () => {
      await session.close();
      rmSync(snap, { recursive: true, force: true });
    },
  };
}

/**
 * The second build against the first, visit by visit: the same page in the same round, opened in the two
 * browsers one right after the other. The median of the differences and how many visits got faster or
 * slower: far less noisy than comparing two medians, since a slow minute of the machine hits both builds.
 */
function paired(what: string, a: Map<string, number>, b: Map<string, number>): string | null {
  const diffs: number[] = [];
  let faster = 0;
  let slower = 0;
  for (const [key, va] of a) {
    const vb = b.get(key);
    if (vb === undefined) continue;
    diffs.push(vb - va);
    if (vb < va) faster++;
    else if (vb > va) slower++;
  }
  if (!diffs.length) return null;
  const mean = diffs.reduce((s, x) => s + x, 0) / diffs.length;
  return `paired ${what} (non-news), second build − first: median ${quantile(diffs, 0.5)!.toFixed(3)} ms, mean ${mean.toFixed(3)} ms over ${diffs.length} page visits; faster on ${faster}, slower on ${slower}, equal on ${diffs.length - faster - slower}`;
}

async function main(): Promise<void> {
  const { values: o } = parseArgs({
    args: process.argv.slice(2),
    options: {
      corpus: { type: 'string', default: '../shared/corpus' },
      news: { type: 'string', default: '0' },
      other: { type: 'string', default: '40' },
      ext: { type: 'string', default: 'dist/chrome' },
      rounds: { type: 'string', default: '1' },
      trace: { type: 'boolean', default: false },
      compile: { type: 'boolean', default: false },
      faults: { type: 'boolean', default: false },
      'stop-background': { type: 'boolean', default: false },
    },
  });
  const set = corpusBenchSet(o.corpus, { news: Number(o.news), other: Number(o.other) });
  if (!set) {
    console.log('detect-parts: no corpus (pass --corpus <dir>); skipped.');
    return;
  }
  const exts = o.ext.split(',');
  const server = await startServer({
    resolve: set.resolve,
    headers: { 'Content-Security-Policy': "default-src 'self' data: blob: 'unsafe-inline'; script-src 'none'", ...ISOLATION_HEADERS },
  });
  console.log(`detect-parts: ${set.pages.length} pages × ${o.rounds} rounds × ${exts.length} builds, a site per page; load average ${loadavg()[0]!.toFixed(1)}`);
  const recorder = o.faults ? await startFaultRecorder() : null;
  const options: RunOptions = { serverUrl: server.url, trace: o.trace || o.faults, stopBackground: o['stop-background'], compile: o.compile, again: o.faults };
  // One browser per build, all open at once: each page is opened in every build in turn (the order
  // alternating by page and round), so that the builds meet the machine in the same seconds.
  const runners: Runner[] = [];
  try {
    for (const ext of exts) runners.push(await openRunner(ext, set.pages, options));
    const n = set.pages.length;
    for (let round = 0; round < Number(o.rounds); round++) {
      for (const [i, p] of set.pages.entries()) {
        const order = (round + i) % 2 ? [...runners.keys()].reverse() : [...runners.keys()];
        // A site of its own for every visit, and the page its number names.
        for (const k of order) await runners[k]!.visit(p, (round * runners.length + k) * n + i, round);
      }
    }
  } finally {
    for (const r of runners) await r.close();
    await server.close();
  }
  const all = new Map(exts.map((ext, k) => [ext, runners[k]!] as const));
  const log = await recorder?.stop();
  if (log) {
    for (const r of runners) for (const w of r.windows) (r.values[`page faults in the pass (${w.label})`] ??= []).push(faultsIn(log, w.pid, w.from, w.to));
    console.log(`\nfaults: first write to a fresh 4 KB page of memory here: ${freshPageCost().toFixed(1)} µs (a fault and its zeroing; counts below are faults, not ms)`);
  }
  const f = (v: number | null) => (v === null ? '—' : v.toFixed(3));
  for (const ext of exts) {
    console.log(`\n${ext}\nmeasure (ms)                                   n     median   p95      mean`);
    for (const [k, v] of Object.entries(all.get(ext)!.values).sort(([a], [b]) => a.localeCompare(b))) {
      const mean = v.reduce((s, x) => s + x, 0) / v.length;
      console.log(`${k.padEnd(46)} ${String(v.length).padEnd(5)} ${f(quantile(v, 0.5)).padEnd(8)} ${f(quantile(v, 0.95)).padEnd(8)} ${mean.toFixed(3)}`);
    }
  }
  if (runners.length === 2) {
    const [a, b] = runners as [Runner, Runner];
    for (const line of [paired('nutgraf:detect', a.detectByVisit, b.detectByVisit), paired('start→done CPU', a.cpuByVisit, b.cpuByVisit)]) if (line) console.log(`\n${line}`);
  }
  console.log(`\nload average after: ${loadavg()[0]!.toFixed(1)}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
