/**
 * `npx tsx scripts/eval/dev-facts-speed.ts [--pages /tmp/nutgraf-dev-facts-pages.json] [--src <dir>]... [--rounds 3]
 * [--out <file.json>] [--isolate] [--slow] [--id <substring>]`: times extractFacts (facts + TL;DR) on the article texts
 * cached by dev-facts.ts, each call on a FRESH global (a new vm context: cold inline caches, the code interpreted, as
 * on a new page in Chromium); `--isolate` uses a new worker thread (a new V8 isolate: every regex and Unicode set
 * compiled again, the first page of a renderer process). A warm median hides both, which `npm run bench` sees.
 *
 * Each `--src` is a source tree (default: this repo's src/) bundled with esbuild into one classic script. With two
 * trees (e.g. a `git archive` copy of the last commit and the working tree) the runs alternate A B B A / B A A B page
 * after page, so both see the same machine load. With two trees it counts the pages whose facts JSON differ; `--out` writes the first
 * tree's facts per page id. Prints only; timings are never asserted in tests.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createContext, Script } from 'node:vm';
import { Worker } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { abArgs, bundleCore } from './bundle-core.ts';
import type { ArticleFacts, PageMeta } from '../../src/core/types.ts';

interface Page { id: string; meta: PageMeta; text: string }

const { args, opt, srcs } = abArgs();
const pagesFile = opt('--pages') ?? '/tmp/nutgraf-dev-facts-pages.json';
const rounds = Number(opt('--rounds') ?? 3);

const bundle = (src: string): string => bundleCore(src, { extractFacts: 'core/facts/extract-facts.ts' }, '__nutgrafFacts');

/**
 * Runs extractFacts once in a new vm context of this isolate: a new global, cold inline caches and feedback (the
 * code runs interpreted, as on a new page), while compiled regexes and bytecode are shared, as in a Chromium renderer
 * that has served a page of the same site before. Models the median of `npm run bench`.
 */
const scriptsByCode = new Map<string, Script>();
function runFreshContext(code: string, page: Page): { ms: number; facts: ArticleFacts } {
  let script = scriptsByCode.get(code);
  if (!script) scriptsByCode.set(code, (script = new Script(code)));
  const ctx = createContext({});
  script.runInContext(ctx);
  const extract = (ctx as { __nutgrafFacts: { extractFacts: (i: { text: string; meta: PageMeta }) => ArticleFacts } }).__nutgrafFacts.extractFacts;
  const meta = JSON.parse(JSON.stringify(page.meta)) as PageMeta;
  const t0 = performance.now();
  const facts = extract({ text: page.text, meta });
  return { ms: performance.now() - t0, facts: JSON.parse(JSON.stringify(facts)) as ArticleFacts };
}

/**
 * `--isolate`: runs extractFacts once in a new worker thread: a new V8 isolate, so no regex, bytecode or ICU set compiled for an
 * earlier page is reused (a vm context would share the isolate's regex compilation cache). The bundle is evaluated
 * before the clock starts, as pipeline.js is injected before the pipeline measures.
 */
function runFresh(code: string, page: Page): Promise<{ ms: number; facts: ArticleFacts }> {
  const body = `${code}
const { parentPort, workerData } = require('node:worker_threads');
const t0 = performance.now();
const facts = __nutgrafFacts.extractFacts(workerData);
parentPort.postMessage({ ms: performance.now() - t0, facts });`;
  return new Promise((res, rej) => {
    const w = new Worker(body, { eval: true, workerData: { text: page.text, meta: page.meta } });
    w.once('message', (m: { ms: number; facts: ArticleFacts }) => {
      res(m);
      void w.terminate();
    });
    w.once('error', rej);
  });
}

const q = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN;
};

async function main(): Promise<void> {
  if (!existsSync(pagesFile)) {
    console.log(`dev-facts-speed: no ${pagesFile} (run dev-facts.ts --corpus ../shared/corpus first); skipped.`);
    return;
  }
  const only = opt('--id');
  const pages = (JSON.parse(readFileSync(pagesFile, 'utf8')) as Page[]).filter((p) => !only || p.id.includes(only));
  const scripts = srcs.map(bundle);
  const times = srcs.map(() => [] as number[]);
  const outputs = srcs.map(() => ({}) as Record<string, string>);
  const order = scripts.length === 2 ? [0, 1, 1, 0] : scripts.map((_, k) => k);
  for (let r = 0; r < rounds; r++) {
    for (const page of pages) {
      // The first slot of a page runs slower (seen on A/B of identical trees): swap which tree opens every other page.
      const flip = scripts.length === 2 && (r * pages.length + pages.indexOf(page)) % 2 === 1;
      for (const k0 of order) {
        const k = flip ? 1 - k0 : k0;
        const { ms, facts } = args.includes('--isolate') ? await runFresh(scripts[k]!, page) : runFreshContext(scripts[k]!, page);
        times[k]!.push(ms);
        if (r === 0) outputs[k]![page.id] = JSON.stringify(facts);
      }
    }
  }
  if (args.includes('--slow')) {
    // Per page: the median of its runs on the first tree (runs are stored page by page within each round).
    const per = scripts.length === 2 ? 2 : 1;
    const byPage = pages.map((p, i) => {
      const ts: number[] = [];
      for (let r = 0; r < rounds; r++) for (let j = 0; j < per; j++) ts.push(times[0]![(r * pages.length + i) * per + j] ?? 0);
      return [p.id, p.text.length, q(ts, 0.5)] as const;
    });
    for (const [id, len, t] of byPage.sort((a, b) => b[2] - a[2]).slice(0, 10)) console.log(`  ${t.toFixed(1)} ms  ${len} chars  ${id}`);
  }
  srcs.forEach((src, k) => {
    const t = times[k]!;
    console.log(
      `${src}: extractFacts fresh context, ${t.length} runs (${pages.length} pages × ${rounds} rounds${scripts.length === 2 ? ' × 2' : ''}): ` +
        `median ${q(t, 0.5).toFixed(1)} ms, p90 ${q(t, 0.9).toFixed(1)} ms, p95 ${q(t, 0.95).toFixed(1)} ms, mean ${(t.reduce((a, b) => a + b, 0) / t.length).toFixed(1)} ms`,
    );
  });
  if (srcs.length === 2) {
    const differ = pages.filter((p) => outputs[0]![p.id] !== outputs[1]![p.id]).map((p) => p.id);
    console.log(`identical facts JSON on ${pages.length - differ.length}/${pages.length} pages${differ.length ? `; differ: ${differ.join(', ')}` : ''}`);
  }
  const out = opt('--out');
  if (out) writeFileSync(out, JSON.stringify(Object.fromEntries(Object.entries(outputs[0]!).map(([id, j]) => [id, JSON.parse(j) as unknown])), null, 1));
}

void main();
