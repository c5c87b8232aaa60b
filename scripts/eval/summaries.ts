/**
 * `npm run eval:summaries [-- --summaries ../shared/summaries] [--corpus ../shared/corpus]`: ROUGE-1/2/L F1
 * of our extractive TL;DR against the reference summaries, next to Lead-k baselines computed by this same
 * script on the same sentences, per dataset (CNN/DM, OrangeSum, and the labelled corpus articles through our
 * own extraction). Prints a table and writes artifacts/eval-summaries.json. Skips (exit 0) when the data is
 * absent. The TL;DR is 1–2 sentences while Lead-3 is 3, so the table also shows our summarizer at
 * 3 sentences and every system's average length in words: compare like with like.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { SUMMARY_WEIGHTS, summarize } from '../../src/core/summarize/summarize.ts';
import { rouge } from './rouge.ts';
import { loadCorpusSummaries } from './summary-corpus.ts';
import { loadSummaryDatasets, type SummaryDataset, type SummaryItem } from './summary-datasets.ts';

const repoRoot = resolve(import.meta.dirname, '../..');

function argValue(name: string, argv = process.argv): string | undefined {
  const i = argv.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (i < 0) return undefined;
  return argv[i]!.includes('=') ? argv[i]!.slice(name.length + 1) : argv[i + 1];
}

interface System {
  name: string;
  pick: (item: SummaryItem) => string[];
}

interface SystemResult {
  system: string;
  rouge1: number;
  rouge2: number;
  rougeL: number;
  words: number;
  sentences: number;
  /** Articles for which the system returned nothing (scored 0). */
  empty: number;
  msPerArticle: number;
}

const lead = (k: number): System => ({ name: `Lead-${k}`, pick: (item) => item.sentences.slice(0, k) });
const tldr = (k: number, name: string): System => ({
  name,
  pick: (item) => {
    const t = summarize(item.sentences, { title: item.title ?? '', lang: item.lang, maxSentences: k });
    return t ? t.sentences.map((i) => item.sentences[i]!) : [];
  },
});

const SYSTEMS: System[] = [lead(1), lead(2), lead(3), tldr(2, 'TL;DR (ours, ≤2 sent.)'), tldr(3, 'ours at 3 sent.')];

function score(dataset: SummaryDataset, system: System): SystemResult {
  // Warm the JIT first so ms/article is not the cost of compiling the summarizer.
  for (const item of dataset.items.slice(0, 10)) system.pick(item);
  let r1 = 0, r2 = 0, rl = 0, words = 0, sentences = 0, empty = 0, ms = 0;
  for (const item of dataset.items) {
    const t0 = performance.now();
    const picked = system.pick(item);
    ms += performance.now() - t0;
    if (!picked.length) empty++;
    const s = rouge(picked, item.reference);
    r1 += s.rouge1.f1;
    r2 += s.rouge2.f1;
    rl += s.rougeL.f1;
    words += picked.join(' ').match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
    sentences += picked.length;
  }
  const n = dataset.items.length;
  const pct = (x: number): number => Math.round((10000 * x) / n) / 100;
  return {
    system: system.name,
    rouge1: pct(r1),
    rouge2: pct(r2),
    rougeL: pct(rl),
    words: Math.round((10 * words) / n) / 10,
    sentences: Math.round((100 * sentences) / n) / 100,
    empty,
    msPerArticle: Math.round((1000 * ms) / n) / 1000,
  };
}

function printTable(dataset: SummaryDataset, results: SystemResult[]): void {
  const refWords = dataset.items.reduce((n, i) => n + (i.reference.join(' ').match(/[\p{L}\p{N}]+/gu)?.length ?? 0), 0);
  console.log(`\n${dataset.name} — ${dataset.items.length} articles, reference ≈ ${(refWords / dataset.items.length).toFixed(1)} words`);
  console.log('system                    R-1     R-2     R-L   words  sent.  empty  ms/art');
  for (const r of results) {
    console.log(
      `${r.system.padEnd(24)} ${r.rouge1.toFixed(2).padStart(6)}  ${r.rouge2.toFixed(2).padStart(6)}  ${r.rougeL.toFixed(2).padStart(6)}` +
        `  ${r.words.toFixed(1).padStart(5)}  ${r.sentences.toFixed(2).padStart(5)}  ${String(r.empty).padStart(5)}  ${r.msPerArticle.toFixed(3).padStart(6)}`,
    );
  }
}

/** Per-language R-1 of ours vs the baseline, for the mixed-language corpus set. */
function perLanguage(dataset: SummaryDataset, baseline: System, ours: System): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const lang of [...new Set(dataset.items.map((i) => i.lang))]) {
    const sub = { ...dataset, items: dataset.items.filter((i) => i.lang === lang) };
    const [b, o] = [score(sub, baseline), score(sub, ours)];
    console.log(`  ${lang} (${sub.items.length}): ${b.system} R-1 ${b.rouge1.toFixed(2)} / ours ${o.rouge1.toFixed(2)}  R-L ${b.rougeL.toFixed(2)} / ${o.rougeL.toFixed(2)}`);
    out[lang] = { articles: sub.items.length, baseline: b, ours: o };
  }
  return out;
}

function main(): void {
  const dir = resolve(argValue('--summaries') ?? join(repoRoot, '../shared/summaries'));
  const datasets = existsSync(dir) ? loadSummaryDatasets(dir) : [];
  // The corpus set parses ~70 pages with jsdom (a minute or more on this machine): only when asked for.
  const corpusArg = argValue('--corpus');
  const corpus = corpusArg && existsSync(corpusArg) ? loadCorpusSummaries(resolve(corpusArg)) : null;
  if (corpusArg && !corpus) console.log(`eval:summaries: no labelled corpus at ${corpusArg}; corpus set skipped.`);
  if (corpus?.items.length) datasets.push(corpus);
  if (!datasets.length) {
    console.log(`eval:summaries: no datasets at ${dir} (cnndm-dev.jsonl / orangesum-dev.jsonl); skipped.`);
    return;
  }
  const report: Record<string, unknown> = { weights: SUMMARY_WEIGHTS, datasets: {} };
  for (const dataset of datasets) {
    const results = SYSTEMS.map((s) => score(dataset, s));
    printTable(dataset, results);
    const baseline = results.find((r) => r.system === `Lead-${dataset.leadK}`)!;
    const ours = results.find((r) => r.system.startsWith('TL;DR'))!;
    const beats = ours.rouge1 > baseline.rouge1 && ours.rouge2 > baseline.rouge2 && ours.rougeL > baseline.rougeL;
    console.log(`target: TL;DR above ${baseline.system} on R-1/R-2/R-L → ${beats ? 'met' : 'NOT met'}`);
    const byLang = dataset.key === 'corpus' ? perLanguage(dataset, lead(dataset.leadK), SYSTEMS[3]!) : undefined;
    (report.datasets as Record<string, unknown>)[dataset.key] = {
      name: dataset.name,
      articles: dataset.items.length,
      baseline: baseline.system,
      targetMet: beats,
      results,
      ...(byLang ? { byLang } : {}),
    };
  }
  const out = join(repoRoot, 'artifacts/eval-summaries.json');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nreport: ${out}`);
}

main();
