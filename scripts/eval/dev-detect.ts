/**
 * Development loop for news detection: `npx tsx scripts/eval/dev-detect.ts --corpus ../shared/corpus
 * [--workers 2] [--include-heuristic] [--verbose] [--rescore [--served]] [--compare <earlier cache>]`. Runs isNewsPage in jsdom
 * on every page of the manifest labelled article / non-article and prints precision, recall and F1 per language
 * and on two halves (even/odd position in the sorted id list), how often isProbablyReaderable is still needed,
 * the verdicts changed against an earlier run's signal cache (copy /tmp/nutgraf-dev-detect-signals.json aside),
 * plus the misses.
 * Skips cleanly when the corpus is absent. The official figures come from `npm run eval` (real Chromium).
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { readFileSync, writeFileSync } from 'node:fs';
import { collectNewsSignals, type NewsSignals } from '../../src/core/detect/collect-news-signals.ts';
import { scoreNewsSignals } from '../../src/core/detect/score-news-signals.ts';
import { classifyUrl } from '../../src/core/detect/classify-url.ts';
import { isNewsPage } from '../../src/core/detect/is-news-page.ts';
import { corpusArg, loadHtml, numArg, pageUrl, parse, readManifest, runPool, type ManifestRow } from './dev-corpus.ts';

interface Result {
  id: string;
  lang: string;
  label: string;
  isNews: boolean;
  score: number;
  reasons: string[];
  ms: number;
  signals?: NewsSignals;
  /** isNewsPage's own verdict (it stops reading early) and the check it skipped, if any. */
  lazy?: { isNews: boolean; skipped: string };
}

/** Which check the staged isNewsPage stopped before: layout, prose, readerable, or none. */
const skippedCheck = (reasons: string[]): string => reasons.find((r) => r.endsWith('-skipped') || r.includes('-check-skipped('))?.replace(/-check-skipped.*$/, '') ?? 'none';

function detectOne(corpus: string, row: ManifestRow): Result {
  const dom = parse(loadHtml(corpus, row), pageUrl(row));
  const t0 = performance.now();
  const signals = collectNewsSignals(dom.window.document, row.url ?? row.url_guess ?? undefined);
  const v = scoreNewsSignals(signals);
  const ms = performance.now() - t0;
  const lazy = isNewsPage(dom.window.document, row.url ?? row.url_guess ?? undefined);
  dom.window.close();
  return { id: row.id, lang: row.lang, label: row.label ?? '', isNews: v.isNews, score: v.score, reasons: v.reasons, ms, signals, lazy: { isNews: lazy.isNews, skipped: skippedCheck(lazy.reasons) } };
}

function f1(rows: Result[]) {
  const tp = rows.filter((r) => r.label === 'article' && r.isNews).length;
  const fp = rows.filter((r) => r.label !== 'article' && r.isNews).length;
  const fn = rows.filter((r) => r.label === 'article' && !r.isNews).length;
  const neg = rows.filter((r) => r.label !== 'article').length;
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return { n: rows.length, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, cardsOnNon: neg ? fp / neg : 0, fp, fn };
}

async function main() {
  const corpus = corpusArg();
  if (!corpus) {
    console.log('dev-detect: no corpus (pass --corpus <dir>); skipped.');
    return;
  }
  const heuristic = process.argv.includes('--include-heuristic');
  const rows = readManifest(corpus).filter(
    (r) => r.label === 'article' || r.label === 'non-article' || (heuristic && r.label === 'non-article?'),
  );
  // `--rescore` re-applies the current weights to the signals cached by the last full run (seconds, not minutes).
  const cache = '/tmp/nutgraf-dev-detect-signals.json';
  let results: Result[];
  const served = process.argv.includes('--served');
  if (process.argv.includes('--rescore')) {
    const byId = new Map(rows.map((r) => [r.id, r]));
    results = (JSON.parse(readFileSync(cache, 'utf8')) as Result[]).filter((r) => byId.has(r.id));
    for (const r of results) {
      if (!r.signals) continue;
      const row = byId.get(r.id)!;
      // `--served`: the URL the Chromium eval and bench give the page (127.0.0.1/pages/<id>.html), no URL hints.
      r.signals.url = classifyUrl(served ? `http://127.0.0.1:8080/pages/${encodeURIComponent(row.id)}.html` : (row.url ?? row.url_guess ?? undefined));
      const v = scoreNewsSignals(r.signals);
      Object.assign(r, { isNews: v.isNews, score: v.score, reasons: v.reasons });
    }
  } else {
    results = await runPool<ManifestRow, Result>(new URL(import.meta.url), rows, numArg('workers', 2), { corpus });
    writeFileSync(cache, JSON.stringify(results));
  }
  const langs = ['en', 'fr', 'de', 'es', 'it'];
  const group = (l: string) => (langs.includes(l) ? l : 'other');
  // Two halves by position in the sorted id list: a rule that helps only one half is suspect (overfitting).
  const order = new Map([...results].map((r) => r.id).sort().map((id, i) => [id, i] as const));
  const halves: [string, (r: Result) => boolean][] = [
    ['all', () => true],
    ['even', (r) => order.get(r.id)! % 2 === 0],
    ['odd', (r) => order.get(r.id)! % 2 === 1],
  ];
  console.log('lang   half n    precision recall  F1     cards-on-non-articles');
  for (const l of [...langs, 'other', 'all']) {
    for (const [half, keep] of halves) {
      const sub = results.filter((r) => (l === 'all' || group(r.lang) === l) && keep(r));
      if (!sub.length) continue;
      const m = f1(sub);
      console.log(
        `${l.padEnd(6)} ${half.padEnd(4)} ${String(m.n).padEnd(4)} ${m.p.toFixed(3).padEnd(9)} ${m.r.toFixed(3).padEnd(7)} ${m.f1.toFixed(3).padEnd(6)} ${(m.cardsOnNon * 100).toFixed(1)}% (fp ${m.fp}, fn ${m.fn})`,
      );
    }
  }
  // `--compare <file>`: per-page verdicts that changed against an earlier run's cache (copy it aside first).
  const cmpIdx = process.argv.indexOf('--compare');
  if (cmpIdx > 0) {
    const before = new Map((JSON.parse(readFileSync(process.argv[cmpIdx + 1]!, 'utf8')) as Result[]).map((r) => [r.id, r.isNews]));
    const changed = results.filter((r) => before.has(r.id) && before.get(r.id) !== r.isNews);
    console.log(`\nverdicts changed against ${process.argv[cmpIdx + 1]}: ${changed.length}`);
    for (const r of changed) console.log(`  ${r.isNews ? '→news    ' : '→not-news'} ${r.id} [${r.lang}] label ${r.label}`);
  }
  // How often the lazy isNewsPage would still run isProbablyReaderable (the costly part) on non-articles.
  const needsReaderable = (r: Result) =>
    !!r.signals && scoreNewsSignals({ ...r.signals, readerable: true }).isNews !== scoreNewsSignals({ ...r.signals, readerable: false }).isNews;
  const non = results.filter((r) => r.label !== 'article');
  console.log(`isProbablyReaderable needed on ${non.filter(needsReaderable).length}/${non.length} non-articles, ${results.filter((r) => r.label === 'article' && needsReaderable(r)).length}/${results.length - non.length} articles`);
  // The staged isNewsPage must agree with the full score on every page: it only skips what cannot matter.
  const disagree = results.filter((r) => r.lazy && r.lazy.isNews !== r.isNews);
  const stops = (rs: Result[]) => JSON.stringify(rs.reduce<Record<string, number>>((m, r) => ((m[r.lazy?.skipped ?? '?'] = (m[r.lazy?.skipped ?? '?'] ?? 0) + 1), m), {}));
  console.log(`isNewsPage (staged) disagrees with the full score on ${disagree.length} pages${disagree.length ? ': ' + disagree.map((r) => r.id).join(', ') : ''}`);
  console.log(`check skipped: non-articles ${stops(non)}, articles ${stops(results.filter((r) => r.label === 'article'))}`);
  const times = results.map((r) => r.ms).sort((a, b) => a - b);
  console.log(`jsdom isNewsPage time: median ${times[Math.floor(times.length / 2)]?.toFixed(2)} ms (jsdom is much slower than Chromium)`);
  const misses = results.filter((r) => (r.label === 'article') !== r.isNews).sort((a, b) => a.id.localeCompare(b.id));
  console.log(`\nmisses (${misses.length}):`);
  for (const m of misses) {
    console.log(`${m.label === 'article' ? 'FN' : 'FP'} ${m.id} [${m.lang}] ${Number(m.score).toFixed(1)} ${process.argv.includes('--verbose') ? m.reasons.join(' ') : ''}`);
  }
}

if (isMainThread) {
  await main();
} else {
  const { items, corpus } = workerData as { items: ManifestRow[]; corpus: string };
  for (const row of items) {
    try {
      parentPort!.postMessage(detectOne(corpus, row));
    } catch (e) {
      parentPort!.postMessage({ id: row.id, lang: row.lang, label: row.label ?? '', isNews: false, score: NaN, reasons: [String(e)], ms: 0 });
    }
  }
}
