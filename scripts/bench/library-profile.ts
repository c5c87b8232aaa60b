/**
 * Where the time of the popup's and the library page's first paint goes (a dev tool, not part of `npm run bench`):
 * `npx tsx scripts/bench/library-profile.ts --ext <unpacked dir> --profile <dir> [--count 10000] [--runs 5]`.
 * The profile directory is kept between runs and seeded once (the import of 10,000 summaries takes a while);
 * pass a copy of dist/chrome as --ext so the browser can run without holding the dist lock.
 * Prints navigation timing, paint entries and the pages' own `nutgraf:*` performance marks, per run.
 */
import { mkdir } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { extensionWithFloor, launchWithExtensions } from './library-floor.ts';
import { syntheticLibraryFile } from './library-seed.ts';
import { timeSearch } from './library.ts';

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    ext: { type: 'string' },
    profile: { type: 'string' },
    count: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '5' },
    pages: { type: 'string', default: 'bench-floor/static.html,bench-floor/module.html,popup/index.html,library/index.html' },
    search: { type: 'boolean', default: false },
  },
});
if (!values.ext || !values.profile) {
  console.error('usage: --ext <unpacked extension dir> --profile <profile dir>');
  process.exit(2);
}
const count = Number(values.count);
await mkdir(values.profile, { recursive: true });
// The extension as given plus the bench's floor pages (library-floor.ts), copied next to the profile: the same
// path each run keeps the same extension id, so the seeded library is found again.
const ext = await extensionWithFloor(values.ext, `${values.profile.replace(/\/+$/, '')}-ext`);
const context = await launchWithExtensions(values.profile, [ext.dir]);
try {
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const base = `chrome-extension://${new URL(sw.url()).host}/`;
  await context.addInitScript(() => {
    const w = window as unknown as { __marks: Record<string, number> };
    w.__marks = {};
    new MutationObserver(() => {
      for (const name of ['painted', 'ready', 'indexed']) {
        if (w.__marks[name] === undefined && document.body?.dataset[name]) w.__marks[name] = performance.now();
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-painted', 'data-ready', 'data-indexed'] });
  });
  const setup = await context.newPage();
  await setup.goto(base + 'library/index.html');
  await setup.waitForSelector('body[data-ready="1"]', { state: 'attached', timeout: 180_000 });
  const have = Number(await setup.locator('[data-count]').getAttribute('data-count'));
  if (have < count) {
    const t0 = Date.now();
    await setup.evaluate(async (text) => {
      const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime;
      return runtime.sendMessage({ nutgraf: 'importLibrary', data: { text } });
    }, syntheticLibraryFile(count));
    console.log(`seeded ${count} in ${Date.now() - t0} ms`);
  }
  await setup.close();

  const med = (v: number[]) => (v.length ? [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!.toFixed(0) : 'n/a');
  for (const path of values.pages!.split(',')) {
    const seen: Record<string, number[]> = {};
    const loads: number[] = [];
    for (let run = 0; run < Number(values.runs); run++) {
      const page = await context.newPage();
      await page.goto(base + path);
      if (path.startsWith('bench-floor/')) {
        await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, undefined, { timeout: 60_000 });
      } else {
        await page.waitForSelector('body[data-ready="1"]', { state: 'attached', timeout: 60_000 });
      }
      await page.waitForTimeout(path.includes('library') ? 2000 : 300);
      const info = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        const out: Record<string, number> = {
          responseEnd: nav.responseEnd,
          domInteractive: nav.domInteractive,
          dcl: nav.domContentLoadedEventEnd,
        };
        for (const p of performance.getEntriesByType('paint')) out[p.name] = p.startTime;
        for (const m of performance.getEntriesByType('mark')) if (m.name.startsWith('nutgraf')) out[m.name] = m.startTime;
        for (const m of performance.getEntriesByType('measure')) if (m.name.startsWith('nutgraf')) out[`${m.name} (dur)`] = m.duration;
        for (const r of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
          if (/\.(js|css|json)$/.test(r.name)) {
            out[`start ${r.name.split('/').pop()}`] = r.startTime;
            out[`res ${r.name.split('/').pop()}`] = r.responseEnd;
          }
        }
        Object.assign(out, (window as unknown as { __marks: Record<string, number> }).__marks);
        return out;
      });
      console.log(`${path} run ${run} load ${loadavg()[0]!.toFixed(2)}: ${Object.entries(info).sort((a, b) => a[1] - b[1]).map(([k, v]) => `${k}=${v.toFixed(1)}`).join(' ')}`);
      for (const key of ['first-contentful-paint', 'painted', 'ready', 'indexed']) if (info[key] !== undefined) (seen[key] ??= []).push(info[key]!);
      loads.push(loadavg()[0]!);
      await page.close();
    }
    if (loads.length) {
      console.log(`${path} medians of ${loads.length} (load ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}): ${Object.entries(seen).map(([k, v]) => `${k} ${med(v)} ms`).join(', ')}`);
    }
  }

  if (values.search) {
    const lib = await context.newPage();
    await lib.goto(base + 'library/index.html');
    await lib.waitForSelector(`body[data-indexed="${count}"]`, { state: 'attached', timeout: 60_000 });
    const queries = ['acme', 'globex solar', 'jane', 'deal 999', 'zzz', 'wind', 'follow', 'news12', 'rossi', 'billion', 'h2', 'turning point', ''];
    const cdp = await context.newCDPSession(lib);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    const times: number[] = [];
    for (let round = 0; round < 3; round++) {
      for (const q of queries) {
        const ms = await timeSearch(lib, q);
        times.push(ms);
        console.log(`search "${q}" ${ms.toFixed(1)} ms (load ${loadavg()[0]!.toFixed(2)})`);
      }
    }
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }[]; samples: number[]; timeDeltas: number[] } };
    const self = new Map<string, number>();
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((id, i) => {
      const n = byId.get(id)!;
      const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
      self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
    console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v.toFixed(1)} ms  ${k}`).join('\n'));
    times.sort((a, b) => a - b);
    console.log(`search median ${times[Math.floor(times.length / 2)]!.toFixed(1)} p95 ${times[Math.floor(times.length * 0.95)]!.toFixed(1)} n=${times.length}`);
  }
} finally {
  await context.close();
  await ext.close();
}
