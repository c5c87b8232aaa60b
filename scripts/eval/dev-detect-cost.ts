/**
 * Where the always-on detection spends its time, in real Chromium (not the extension: the detect modules
 * bundled with esbuild and evaluated in a fresh page, so every page starts with cold code, as content.js does):
 * `npx tsx scripts/eval/dev-detect-cost.ts --corpus ../shared/corpus [--other 60] [--news 0] [--rounds 3]
 * [--before <dir>] [--no-parts | --parts a,b]`; `--before` names a folder with an earlier copy of src/core/detect (e.g. from
 * `git show`), timed on the same pages in alternating order, with verdicts compared.
 * For each page, loaded afresh each time: `isNewsPage` once (the contract's `nutgraf:detect`), then each part
 * of it once, cold, in a second load. Pages are served cross-origin isolated so performance.now() has 5 µs
 * resolution. Plain Chromium without the extension: no dist lock needed. Skips cleanly without a corpus.
 */
import { build } from 'esbuild';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { corpusResolver, loadCorpus, pagePath } from './corpus.ts';
import { sampleEvenly } from './metrics-text.ts';
import { CHROMIUM_PATH } from '../lib/launch.ts';
import { startServer } from '../lib/static-server.ts';
import { corpusArg, numArg } from './dev-corpus.ts';

const entry = (before: string | null) => `
${before ? `import { isNewsPage as isNewsPageBefore } from ${JSON.stringify(before + '/is-news-page.ts')};` : 'const isNewsPageBefore = null;'}
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { isNewsPage } from './src/core/detect/is-news-page.ts';
import { readJsonLdTypes } from './src/core/detect/read-json-ld-types.ts';
import { measureProse } from './src/core/detect/measure-prose.ts';
import { collectNewsSignals } from './src/core/detect/collect-news-signals.ts';
import { scanMetadata } from './src/core/detect/scan-metadata.ts';
import { classifyUrl } from './src/core/detect/classify-url.ts';
import { scoreNewsSignals } from './src/core/detect/score-news-signals.ts';
const META = 'meta[property="og:type"], meta[name="og:type"]';
const parts = {
  warmup: (d) => d.getElementById('nutgraf-none'),
  jsonLd: (d) => readJsonLdTypes(d),
  jsonLdScripts: (d) => { let n = 0; for (const s of d.scripts) if (s.type === 'application/ld+json') n += s.text.length; return n; },
  metaOg: (d) => d.querySelector(META),
  metaPub: (d) => d.querySelector('meta[property="article:published_time"], meta[name="article:published_time"]'),
  pubSelector: (d) => d.querySelector('[itemprop="datePublished"], meta[name="pubdate"], meta[name="publishdate"], meta[property="og:article:published_time"]'),
  scanMetadata: (d) => scanMetadata(d),
  metaLoop: (d) => { const m = {}; for (const e of d.getElementsByTagName('meta')) { const k = e.getAttribute('property') || e.getAttribute('name') || e.getAttribute('itemprop'); if (k && !(k in m)) m[k] = e.getAttribute('content'); } return m; },
  countArticle: (d) => d.getElementsByTagName('article').length,
  countH1: (d) => d.getElementsByTagName('h1').length,
  countImg: (d) => d.getElementsByTagName('img').length,
  imagesColl: (d) => d.images.length,
  linkedHeadings: (d) => d.querySelectorAll('h2 a, h3 a, h4 a, a h2, a h3').length,
  linkedHeadingsLoop: (d) => { let n = 0; for (const t of ['h2', 'h3', 'h4']) for (const h of d.getElementsByTagName(t)) { n += h.getElementsByTagName('a').length; if (t !== 'h4' && h.closest('a')) n++; } return n; },
  pText: (d) => { let n = 0; const ps = d.getElementsByTagName('p'); const k = Math.min(ps.length, 250); for (let i = 0; i < k; i++) n += ps[i].textContent.length; return n; },
  prose: (d) => measureProse(d),
  cheapSignals: (d) => collectNewsSignals(d, location.href, false),
  readerable: (d) => isProbablyReaderable(d),
  classifyUrl: () => classifyUrl(location.href),
  score: () => scoreNewsSignals({ jsonLdTypes: ['WebPage'], ogType: 'website', published: false, url: 'none', articles: 0, linkedHeadings: 0, h1: 1, images: 0, prose: { longParagraphs: 0, longChars: 0, linkChars: 0, shortParagraphs: 0, paragraphs: 0, wideParagraphs: 0 }, readerable: false }),
  // isNewsPage on a small made-up document, cold: mostly the cost of compiling its code (functions, regexes).
  coldSmallDoc: () => isNewsPage(smallDoc(), location.href),
  // isNewsPage on this page once its code is warm (first run on a small made-up document): the DOM work.
  warmCode: (d) => { isNewsPage(smallDoc(), location.href); const t = performance.now(); isNewsPage(d, location.href); return performance.now() - t; },
};
function smallDoc() {
  const doc = document.implementation.createHTMLDocument('x');
  const p = doc.createElement('p');
  p.textContent = 'A short made-up paragraph that is long enough to be measured as prose by the detector, and then some more words.';
  doc.body.append(doc.createElement('h1'), p);
  return doc;
}
globalThis.__ngDetect = {
  full(before) { const f = before ? isNewsPageBefore : isNewsPage; const t = performance.now(); const v = f(document, location.href); return { ms: performance.now() - t, isNews: v.isNews, skipped: v.reasons.includes('readerable-check-skipped') }; },
  names: Object.keys(parts),
  // One part per fresh load (after a trivial DOM call), so no part rides on caches another one filled.
  part(name) { parts.warmup(document); const t = performance.now(); const r = parts[name](document); return name === 'warmCode' ? r : performance.now() - t; },
};
`;

const q = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))]! : NaN;
};

async function main(): Promise<void> {
  const dir = corpusArg();
  const corpus = dir ? loadCorpus(dir) : null;
  if (!corpus) {
    console.log('dev-detect-cost: no corpus (pass --corpus <dir>); skipped.');
    return;
  }
  const rounds = numArg('rounds', 3);
  const rows = [
    ...sampleEvenly(corpus.rows.filter((r) => r.label === 'non-article'), numArg('other', 60)),
    ...sampleEvenly(corpus.rows.filter((r) => r.label === 'article'), numArg('news', 0)),
  ];
  const bi = process.argv.indexOf('--before');
  const before = bi > 0 ? process.argv[bi + 1]! : null;
  const withParts = !process.argv.includes('--no-parts');
  const oi = process.argv.indexOf('--parts');
  const only = oi > 0 ? process.argv[oi + 1]!.split(',') : null;
  const bundle = await build({
    stdin: { contents: entry(before), resolveDir: process.cwd(), loader: 'ts' },
    nodePaths: [join(process.cwd(), 'node_modules')],
    bundle: true,
    format: 'iife',
    write: false,
    target: 'chrome120',
  });
  const code = bundle.outputFiles[0]!.text;
  const resolve = corpusResolver(corpus);
  const server = await startServer({
    resolve,
    // Cross-origin isolation: 5 µs timers instead of 100 µs. No page scripts, as in the bench.
    headers: { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp', 'Content-Security-Policy': "script-src 'none'" },
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-gpu'] });
  console.log(`dev-detect-cost: ${rows.length} pages × ${rounds} rounds; load average ${loadavg()[0]!.toFixed(1)}`);
  const full: number[] = [];
  const fullBefore: number[] = [];
  const ratios: number[] = [];
  const changed: string[] = [];
  const parts: Record<string, number[]> = {};
  let readerableRuns = 0;
  let readerableRunsBefore = 0;
  try {
    const context = await browser.newContext();
    await context.route('**/*', (r) => (r.request().url().startsWith(server.url + '/') ? r.continue() : r.abort('blockedbyclient')));
    const page = await context.newPage();
    await page.goto(server.url + pagePath(rows[0]!.id));
    const names = (await page.evaluate(`${code};__ngDetect.names`)) as string[];
    type Full = { ms: number; isNews: boolean; skipped: boolean };
    const timeFull = async (url: string, old: boolean): Promise<Full> => {
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      return (await page.evaluate(`${code};__ngDetect.full(${old})`)) as Full;
    };
    for (let round = 0; round < rounds; round++) {
      for (const [i, row] of rows.entries()) {
        const url = server.url + pagePath(row.id);
        // Alternate which version goes first, so neither always gets the warmer cache.
        const oldFirst = before !== null && (i + round) % 2 === 1;
        const b = oldFirst ? await timeFull(url, true) : null;
        const r = await timeFull(url, false);
        const a = before !== null ? (b ?? (await timeFull(url, true))) : null;
        full.push(r.ms);
        if (!r.skipped) readerableRuns++;
        if (a && !a.skipped) readerableRunsBefore++;
        if (process.argv.includes('--verbose')) console.log(`  ${row.id} ${r.ms.toFixed(2)} ms${r.skipped ? '' : ' (readerable)'}${a ? `, before ${a.ms.toFixed(2)} ms${a.skipped ? '' : ' (readerable)'}` : ''}`);
        if (a) {
          fullBefore.push(a.ms);
          if (a.ms > 0) ratios.push(r.ms / a.ms);
          if (a.isNews !== r.isNews && round === 0) changed.push(`${row.id}: ${a.isNews} → ${r.isNews}`);
        }
        if (!withParts) continue;
        for (const name of only ? names.filter((n) => only.includes(n)) : names) {
          await page.goto(url, { waitUntil: 'domcontentloaded' });
          (parts[name] ??= []).push((await page.evaluate(`${code};__ngDetect.part(${JSON.stringify(name)})`)) as number);
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`isNewsPage (cold)     median ${q(full, 0.5).toFixed(3)} ms  p95 ${q(full, 0.95).toFixed(3)} ms; readerable ran on ${readerableRuns}/${full.length}`);
  if (before) {
    console.log(`  before (${before})  median ${q(fullBefore, 0.5).toFixed(3)} ms  p95 ${q(fullBefore, 0.95).toFixed(3)} ms; after/before per page: median ${q(ratios, 0.5).toFixed(2)}; readerable ran on ${readerableRunsBefore}/${fullBefore.length}`);
    console.log(`  verdicts changed: ${changed.length}${changed.length ? '\n    ' + changed.join('\n    ') : ''}`);
  }
  for (const [k, v] of Object.entries(parts)) console.log(`  ${k.padEnd(18)} median ${q(v, 0.5).toFixed(3)} ms  p95 ${q(v, 0.95).toFixed(3)} ms`);
  console.log(`load average after: ${loadavg()[0]!.toFixed(1)}`);
}

await main();
