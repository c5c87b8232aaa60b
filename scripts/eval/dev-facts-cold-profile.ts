/**
 * `npx tsx scripts/eval/dev-facts-cold-profile.ts [--pages /tmp/nutgraf-dev-facts-pages.json] [--src <dir>]... [--n 20]
 * [--lang en] [--id <substring>] [--top 25] [--rounds 1] [--eager-second] [--cpu] [--no-profile] [--warm-icu] [--regex] [--regex-compile]`
 *
 * Where does extractFacts spend its time on a COLD page in Chromium? For each page cached by dev-facts.ts it opens a
 * new browser context (a new renderer process: a new V8 isolate, nothing compiled yet, as when a reader opens a new
 * site), evaluates the core bundle there (as pipeline.js is injected before `nutgraf:facts` starts), then times one
 * extractFacts call, unless `--no-profile` under a CPU profile sampled every 50 µs (regex compilation and lazy
 * compilation count as self time of the function that triggered them). It prints the median call time and the
 * profile's self time per page by source module and by function. With two `--src` trees the pages alternate A B / B A and both are printed.
 * `--cpu` reports the renderer's thread CPU time between marks around the call (from a trace) instead of wall time.
 * Dev loop only: prints, never asserts. Timings are inflated by machine load (print `uptime` with them).
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { loadavg } from 'node:os';
import { chromium, type Browser } from 'playwright-core';
import type { PageMeta } from '../../src/core/types.ts';
import { CHROMIUM_PATH } from '../lib/launch.ts';
import { abArgs, bundleCore } from './bundle-core.ts';

interface Page { id: string; meta: PageMeta; text: string }
interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

const { args, opt, srcs, repo } = abArgs();
const BUNDLE_URL = 'nutgraf-facts-bundle.js';

/** Module of each bundle line, from esbuild's `// path/to/module.ts` headers. */
function lineModules(code: string, src: string): string[] {
  const out: string[] = [];
  let current = '(bundle)';
  for (const line of code.split('\n')) {
    const m = /^\s*\/\/ (\S+\.(?:ts|js|mjs|cjs))$/.exec(line);
    if (m) current = m[1]!.replace(/^.*node_modules\//, 'node_modules/').replace(relative(repo, src) + '/', '');
    out.push(current);
  }
  return out;
}

/** Self time (ms) per key of a CPU profile's samples. */
function selfTime(p: Profile, key: (n: ProfileNode) => string): Map<string, number> {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const out = new Map<string, number>();
  p.samples.forEach((id, i) => {
    const n = byId.get(id);
    if (!n) return;
    const k = key(n);
    out.set(k, (out.get(k) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000);
  });
  return out;
}

const add = (into: Map<string, number>, from: Map<string, number>): void => {
  for (const [k, v] of from) into.set(k, (into.get(k) ?? 0) + v);
};
const q = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? NaN;
const top = (m: Map<string, number>, n: number, pages: number): string =>
  [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `  ${(v / pages).toFixed(2).padStart(8)} ms/page  ${k}`).join('\n');

/**
 * `--regex`: in the page, RegExp.prototype.exec wrapped to sum the time spent in each pattern (test, match, replace,
 * split and matchAll go through exec once it is patched); one cold call, then the same call again warm. The
 * difference per pattern is what its first use costs (compilation, tier-up), summed over pages.
 */
const REGEX_RUN = `(() => {
  const exec = globalThis.__origExec ?? (globalThis.__origExec = RegExp.prototype.exec);
  const spent = {};
  const seen = (globalThis.__seenRegex ??= {});
  RegExp.prototype.exec = function (s) {
    const f = [...this.flags].filter((c) => c !== 'g' && c !== 'y').join('');
    seen['/' + this.source + '/' + f] = [this.source, f];
    const t0 = performance.now();
    try { return exec.call(this, s); } finally {
      const k = '/' + this.source.slice(0, 140) + '/' + this.flags;
      spent[k] = (spent[k] ?? 0) + performance.now() - t0;
    }
  };
  try { __nutgrafFacts.extractFacts(JSON.parse(JSON.stringify(__page))); } finally { RegExp.prototype.exec = exec; }
  return spent;
})()`;

interface Tally { times: number[]; load: number[]; regex: Map<string, number>; modules: Map<string, number>; functions: Map<string, number> }

async function runOne(browser: Browser, code: string, mods: string[], page: Page, profile: boolean, t: Tally): Promise<void> {
  const context = await browser.newContext();
  try {
    const tab = await context.newPage();
    await tab.goto('about:blank');
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Runtime.enable');
    const { scriptId } = await cdp.send('Runtime.compileScript', { expression: code, sourceURL: BUNDLE_URL, persistScript: true });
    await cdp.send('Runtime.runScript', { scriptId: scriptId! });
    t.load.push(((await tab.evaluate('globalThis.__load')) as number));
    // --warm-icu: ICU's one-time set-up (~50 ms on the first Intl object of a renderer, whichever service) paid before
    // the clock, to see the rest; the card's Intl formatters pay it anyway when extractFacts does not.
    if (args.includes('--warm-icu')) await tab.evaluate(`new Intl.DateTimeFormat('en').format(0)`);
    await tab.evaluate((p) => {
      (globalThis as unknown as { __page: unknown }).__page = p;
    }, { text: page.text, meta: page.meta });
    if (args.includes('--regex-compile')) {
      await tab.evaluate(REGEX_RUN);
      const seen = (await tab.evaluate('globalThis.__seenRegex')) as Record<string, [string, string]>;
      await context.close();
      // Every pattern once more, each compiled and run three times (V8 tiers a pattern up to machine code on its
      // second run) in a fresh renderer where ICU, the first Unicode property set and the first 'i' pattern are
      // already paid for: what each pattern's own compilation costs.
      const fresh = await browser.newContext();
      const tab2 = await fresh.newPage();
      await tab2.goto('about:blank');
      await tab2.evaluate(`new Intl.DateTimeFormat('en').format(0); /\\p{Lu}\\p{L}\\p{N}\\p{M}/u.exec('Aé1'); /ab/i.exec('AB')`);
      const cost = (await tab2.evaluate(`((list, sample) => { const out = {}; for (const [src, flags] of list) {
        const t0 = performance.now(); const re = new RegExp(src, flags); for (let i = 0; i < 3; i++) re.exec(sample + i);
        out['/' + src.slice(0, 140) + '/' + flags] = performance.now() - t0; } return out; })(${JSON.stringify(Object.values(seen))}, ${JSON.stringify(page.text.slice(0, 300))})`)) as Record<string, number>;
      await fresh.close();
      for (const [k, v] of Object.entries(cost)) t.regex.set(k, (t.regex.get(k) ?? 0) + v);
      return;
    }
    if (args.includes('--regex')) {
      const cold = (await tab.evaluate(REGEX_RUN)) as Record<string, number>;
      const warm = (await tab.evaluate(REGEX_RUN)) as Record<string, number>;
      for (const [k, v] of Object.entries(cold)) t.regex.set(k, (t.regex.get(k) ?? 0) + v - (warm[k] ?? 0));
      return;
    }
    if (profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
      await cdp.send('Profiler.start');
    }
    const call = `(() => { performance.mark('fx:start'); const t0 = performance.now(); __nutgrafFacts.extractFacts(__page); const ms = performance.now() - t0; performance.mark('fx:end'); return ms; })()`;
    let ms: number;
    if (args.includes('--cpu')) {
      // The renderer's thread clock between two marks (trace events' tts): CPU time, immune to the machine's load.
      const events: { name: string; ph: string; tts?: number }[] = [];
      cdp.on('Tracing.dataCollected', (d) => void events.push(...(d.value as unknown as typeof events)));
      await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: ['blink.user_timing'] } });
      await tab.evaluate(call);
      const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await done;
      const at = (name: string) => events.find((e) => e.name === name && e.tts !== undefined)?.tts;
      const a = at('fx:start');
      const b = at('fx:end');
      ms = a !== undefined && b !== undefined ? (b - a) / 1000 : NaN;
    } else {
      ms = (await tab.evaluate(call)) as number;
    }
    t.times.push(ms);
    if (profile) {
      const { profile: p } = (await cdp.send('Profiler.stop')) as { profile: Profile };
      const where = (n: ProfileNode): string =>
        n.callFrame.url.endsWith(BUNDLE_URL) ? (mods[n.callFrame.lineNumber] ?? '(bundle)') : n.callFrame.functionName || n.callFrame.url || '(native)';
      add(t.modules, selfTime(p, where));
      add(t.functions, selfTime(p, (n) => `${where(n)} ${n.callFrame.functionName || '(anonymous)'}:${n.callFrame.lineNumber + 1}`));
    }
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const pagesFile = opt('--pages') ?? '/tmp/nutgraf-dev-facts-pages.json';
  if (!existsSync(pagesFile)) {
    console.log(`dev-facts-cold-profile: no ${pagesFile} (run dev-facts.ts --corpus ../shared/corpus first); skipped.`);
    return;
  }
  const lang = opt('--lang');
  const only = opt('--id');
  const pages = (JSON.parse(readFileSync(pagesFile, 'utf8')) as Page[])
    .filter((p) => (!only || p.id.includes(only)) && (!lang || p.meta.lang === lang))
    .slice(0, Number(opt('--n') ?? 20));
  // --rounds R: every page R times (each run in its own fresh renderer).
  const rounds = Number(opt('--rounds') ?? 1);
  const profile = !args.includes('--no-profile');
  // --eager-second: the second tree's bundle carries V8's compile hint (every function compiled when the script
  // loads, not on first call): compare facts AND load (`load` is the bundle's evaluation, timed in the page).
  const codes = srcs.map((s, k) => {
    const code = bundleCore(s, { extractFacts: 'core/facts/extract-facts.ts' }, '__nutgrafFacts');
    const hint = args.includes('--eager-second') && k === 1 ? '//# allFunctionsCalledOnLoad\n' : '';
    return `${hint}globalThis.__t0 = performance.now();\n${code}\nglobalThis.__load = performance.now() - globalThis.__t0;`;
  });
  const mods = srcs.map((s, k) => lineModules(codes[k]!, s));
  const tallies: Tally[] = srcs.map(() => ({ times: [], load: [], regex: new Map(), modules: new Map(), functions: new Map() }));
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const load0 = loadavg()[0]!;
  try {
    for (let r = 0; r < rounds; r++) for (const [i, page] of pages.entries()) {
      const order = srcs.length === 2 && (i + r) % 2 === 1 ? [1, 0] : srcs.map((_, k) => k);
      for (const k of order) await runOne(browser, codes[k]!, mods[k]!, page, profile, tallies[k]!);
    }
  } finally {
    await browser.close();
  }
  const top_n = Number(opt('--top') ?? 25);
  console.log(`load ${load0.toFixed(2)} → ${loadavg()[0]!.toFixed(2)}; ${pages.length} pages, each in a fresh renderer`);
  if (srcs.length === 2) {
    // Paired by page (both trees ran it back to back): robust to the machine's load drifting during the run.
    const d = tallies[1]!.times.map((b, i) => b - (tallies[0]!.times[i] ?? NaN));
    console.log(`paired second − first tree: median ${q(d, 0.5).toFixed(1)} ms, mean ${(d.reduce((a, b) => a + b, 0) / d.length).toFixed(1)} ms, second faster on ${d.filter((x) => x < 0).length}/${d.length} pages`);
  }
  srcs.forEach((s, k) => {
    const t = tallies[k]!;
    const n = pages.length;
    console.log(`\n== ${s}: extractFacts cold median ${q(t.times, 0.5).toFixed(1)} ms, p95 ${q(t.times, 0.95).toFixed(1)} ms, mean ${(t.times.reduce((a, b) => a + b, 0) / n).toFixed(1)} ms${profile ? ' (under the profiler)' : ''}; bundle evaluation median ${q(t.load, 0.5).toFixed(1)} ms; load + facts paired median ${q(t.times.map((x, i) => x + (t.load[i] ?? 0)), 0.5).toFixed(1)} ms`);
    if (args.includes('--regex-compile')) console.log(`patterns seen: ${t.regex.size}, summed own compile cost ${([...t.regex.values()].reduce((a, b) => a + b, 0) / n).toFixed(1)} ms/page\n` + top(t.regex, top_n, n));
    if (args.includes('--regex')) console.log('regex first-use cost (cold − warm time in exec):\n' + top(t.regex, top_n, n));
    if (profile) {
      console.log('profile self time by module:\n' + top(t.modules, top_n, n));
      console.log('profile self time by function:\n' + top(t.functions, top_n, n));
    }
  });
}

void main();
