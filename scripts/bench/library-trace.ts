/**
 * A Chromium trace of the popup's (or any extension page's) load, summarised (a dev tool, not part of `npm run bench`):
 * `npx tsx scripts/bench/library-trace.ts --ext <unpacked dir> --profile <dir> [--page popup/index.html] [--runs 3] [--out trace.json]`.
 * Uses the same kept, seeded profile as library-profile.ts (seed it there first). Per open, prints the renderer
 * main thread's tasks from navigation start to first-contentful-paint (parse, script fetch/compile/evaluate,
 * style, layout, paint), the page's own marks, and the idle gaps between tasks: where the time to the first
 * frame goes.
 */
import { writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { extensionWithFloor, launchWithExtensions } from './library-floor.ts';

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    ext: { type: 'string' },
    profile: { type: 'string' },
    page: { type: 'string', default: 'popup/index.html' },
    runs: { type: 'string', default: '3' },
    out: { type: 'string' },
    all: { type: 'boolean', default: false },
  },
});
if (!values.ext || !values.profile) {
  console.error('usage: --ext <unpacked extension dir> --profile <seeded profile dir>');
  process.exit(2);
}

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of the event, in µs: unlike `dur`, not stretched when other processes take the core. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: Record<string, unknown>; beginData?: Record<string, unknown>; frame?: string };
}

/** Names worth showing inside a task (the rest is summed as the task's other time). */
const INNER = new Set([
  'ParseHTML',
  'EvaluateScript',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'v8.produceModuleCache',
  'v8.produceCache',
  'FunctionCall',
  'RunMicrotasks',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'Commit',
  'HitTest',
  'ParseAuthorStyleSheet',
  'TimerFire',
  'FireAnimationFrame',
  'ResourceReceivedData',
  'ResourceFinish',
  'v8.run',
  'ScheduleStyleRecalculation',
  'BeginMainThreadFrame',
]);

const profile = values.profile.replace(/\/+$/, '');
const ext = await extensionWithFloor(values.ext, `${profile}-ext`);
const context = await launchWithExtensions(profile, [ext.dir]);
try {
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const base = `chrome-extension://${new URL(sw.url()).host}/`;
  for (let run = 0; run < Number(values.runs); run++) {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
    const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
    await cdp.send('Tracing.start', {
      transferMode: 'ReportEvents',
      traceConfig: {
        includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'loading', 'v8', 'blink', 'toplevel', 'disabled-by-default-devtools.timeline.frame', 'cc', 'benchmark', 'navigation'],
      },
    });
    await page.goto(base + values.page);
    if (values.page.startsWith('bench-floor/')) {
      await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, undefined, { timeout: 60_000 });
    } else {
      await page.waitForSelector('body[data-ready="1"]', { state: 'attached', timeout: 60_000 });
    }
    await page.waitForTimeout(300);
    const perf = (await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      timeOrigin: performance.timeOrigin,
      marks: performance.getEntriesByType('mark').map((m) => [m.name, m.startTime] as const),
    }))) as { fcp: number | null; timeOrigin: number; marks: (readonly [string, number])[] };
    await cdp.send('Tracing.end');
    await done;
    await page.close();
    if (values.out) await writeFile(values.out.replace(/(\.json)?$/, `-${run}.json`), JSON.stringify({ traceEvents: events }));

    // The page's renderer: the process whose main thread parsed our page.
    const parse = events.find((e) => e.name === 'ParseHTML' && String(e.args?.beginData?.url ?? '').includes(values.page));
    const nav = events.find((e) => e.name === 'navigationStart' && String((e.args?.data as { documentLoaderURL?: string } | undefined)?.documentLoaderURL ?? '').includes(values.page));
    if (!parse || !nav) {
      console.log(`run ${run}: page's renderer not found in the trace (${events.length} events)`);
      continue;
    }
    const { pid, tid } = parse;
    const t0 = nav.ts;
    const fcpEv = events.find((e) => e.pid === pid && e.name === 'firstContentfulPaint');
    const end = fcpEv ? fcpEv.ts : t0 + (perf.fcp ?? 500) * 1000;
    const ms = (ts: number) => ((ts - t0) / 1000).toFixed(1);
    const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ts >= t0 - 1000 && e.ts <= end + 30_000).sort((a, b) => a.ts - b.ts);
    console.log(`\n=== run ${run} load ${loadavg()[0]!.toFixed(2)}: FCP ${perf.fcp?.toFixed(1)} ms (trace FCP at ${fcpEv ? ms(fcpEv.ts) : 'n/a'}), marks ${perf.marks.map(([n, t]) => `${n}=${t.toFixed(1)}`).join(' ')}`);
    // Top-level tasks: RunTask / ThreadControllerImpl::RunTask at the outermost level.
    const tasks = main.filter((e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask' || e.name === 'ThreadPool_RunTask'));
    let busy = 0;
    let lastEnd = t0;
    for (const task of tasks) {
      const tEnd = task.ts + (task.dur ?? 0);
      if (tEnd < t0) continue;
      const inner = main.filter((e) => e !== task && e.ph === 'X' && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= tEnd && (values.all || INNER.has(e.name)));
      // Show the outermost inner events only (children of a shown event are folded into it).
      const shown: TraceEvent[] = [];
      for (const e of inner) {
        const parent = shown.find((s) => e.ts >= s.ts && e.ts + (e.dur ?? 0) <= s.ts + (s.dur ?? 0));
        if (!parent) shown.push(e);
      }
      const dur = (task.dur ?? 0) / 1000;
      busy += dur;
      if (task.ts > lastEnd + 2000) console.log(`  ${ms(lastEnd)}–${ms(task.ts)} idle ${((task.ts - lastEnd) / 1000).toFixed(1)}`);
      lastEnd = Math.max(lastEnd, tEnd);
      if (dur < 0.3 && !values.all) continue;
      const detail = shown
        .filter((e) => (e.dur ?? 0) >= 200)
        .map((e) => {
          const d = e.args?.data as { url?: string; functionName?: string; fileName?: string } | undefined;
          const what = d?.url ?? d?.fileName ?? d?.functionName ?? '';
          return `${e.name}${what ? `(${String(what).split('/').pop()})` : ''} ${((e.dur ?? 0) / 1000).toFixed(1)}`;
        })
        .join(', ');
      console.log(`  ${ms(task.ts)} +${dur.toFixed(1)}  ${detail}`);
      if (task.ts > end) break;
    }
    // CPU time on the main thread up to FCP, by phase (outermost events of each name only): comparable between
    // builds even when the machine's load stretches the wall-clock times.
    const cpu: Record<string, number> = {};
    let cpuTotal = 0;
    const upTo = (e: TraceEvent) => e.ts >= t0 && e.ts <= end;
    for (const task of tasks.filter(upTo)) {
      if (tasks.some((o) => o !== task && o.ts <= task.ts && o.ts + (o.dur ?? 0) >= task.ts + (task.dur ?? 0) && (o.dur ?? 0) > (task.dur ?? 0))) continue;
      cpuTotal += task.tdur ?? 0;
    }
    const phase: [string, RegExp][] = [
      ['parse', /^ParseHTML$/],
      ['compile', /^v8\.compile/],
      ['script', /^(v8\.evaluateModule|EvaluateScript|FunctionCall|RunMicrotasks|TimerFire|FireAnimationFrame)$/],
      ['style', /^UpdateLayoutTree$/],
      ['layout', /^Layout$/],
      ['paint', /^(PrePaint|Paint|Layerize)$/],
      ['commit', /^Commit$/],
    ];
    const outer = main.filter((e) => e.ph === 'X' && upTo(e) && phase.some(([, re]) => re.test(e.name)));
    for (const e of outer) {
      if (outer.some((o) => o !== e && o.ts <= e.ts && o.ts + (o.dur ?? 0) >= e.ts + (e.dur ?? 0) && ((o.dur ?? 0) > (e.dur ?? 0) || o.ts < e.ts))) continue;
      const [k] = phase.find(([, re]) => re.test(e.name))!;
      cpu[k] = (cpu[k] ?? 0) + (e.tdur ?? e.dur ?? 0);
    }
    console.log(`  CPU to FCP: total ${(cpuTotal / 1000).toFixed(1)} ms; ${phase.map(([k]) => `${k} ${((cpu[k] ?? 0) / 1000).toFixed(1)}`).join(', ')}`);
    const marks = main.filter((e) => e.ph !== 'X' && /^(nutgraf|firstPaint|firstContentfulPaint|domContentLoaded|markAsMainFrame|MarkDOMContent|MarkLoad)/.test(e.name));
    for (const m of marks) console.log(`  mark ${m.name} at ${ms(m.ts)}`);
    console.log(`  main-thread busy until FCP: ${busy.toFixed(1)} ms of ${((end - t0) / 1000).toFixed(1)}`);
  }
} finally {
  await context.close();
}
