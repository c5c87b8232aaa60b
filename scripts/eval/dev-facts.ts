/**
 * Development loop for the fact card: `npx tsx scripts/eval/dev-facts.ts --corpus ../shared/corpus [--rescore]
 * [--verbose] [--id <substring>]`. For each page of labels/facts.jsonl: parse the gzipped page with jsdom (no
 * scripts), readPageMeta + extractArticle, extractFacts, then score with score-facts.ts and print per-language
 * figures (overall and on the two halves of the pages: even/odd position in the sorted id list) and the median
 * extraction time. `--rescore` reuses the article texts cached by the last run (skips jsdom
 * and Readability). Skips cleanly when the corpus is absent.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFacts } from '../../src/core/facts/extract-facts.ts';
import { readPageMeta } from '../../src/core/extract/read-page-meta.ts';
import { extractArticle } from '../../src/core/extract/extract-article.ts';
import type { ArticleFacts, PageMeta } from '../../src/core/types.ts';
import { corpusArg, loadHtml, pageUrl, parse, readJsonl, readManifest } from './dev-corpus.ts';
import { aggregateByLang, formatFactsScores, fromArticleFacts, scoreArticle, type FactsLabelRow, type PageFactsScore } from './score-facts.ts';

interface Prepared {
  id: string;
  meta: PageMeta;
  text: string;
}

const CACHE = '/tmp/nutgraf-dev-facts-pages.json';

function prepare(corpus: string, labels: FactsLabelRow[]): Prepared[] {
  const rows = new Map(readManifest(corpus).map((r) => [r.id, r]));
  const out: Prepared[] = [];
  for (const label of labels) {
    const row = rows.get(label.id);
    if (!row) continue;
    const dom = parse(loadHtml(corpus, row), pageUrl(row));
    try {
      const doc = dom.window.document;
      // As the pipeline does (src/pipeline/create-pipeline.ts computeState): text only, headline and byline fallbacks.
      const meta = readPageMeta(doc, pageUrl(row));
      const article = extractArticle(doc, { html: false });
      if (article && !meta.title) meta.title = article.title;
      if (article?.byline && !meta.author) meta.author = article.byline;
      out.push({ id: label.id, meta, text: article?.text ?? '' });
    } catch (err) {
      console.error(`${label.id}: ${String(err)}`);
    } finally {
      dom.window.close();
    }
  }
  return out;
}

function main(): void {
  const corpus = corpusArg();
  if (!corpus) {
    console.log('dev-facts: no corpus (pass --corpus <dir>); skipped.');
    return;
  }
  const labelsFile = join(corpus, 'labels', 'facts.jsonl');
  if (!existsSync(labelsFile)) {
    console.log('dev-facts: no labels/facts.jsonl; skipped.');
    return;
  }
  const idArg = process.argv.indexOf('--id');
  const only = idArg >= 0 ? process.argv[idArg + 1] : undefined;
  const labels = readJsonl<FactsLabelRow>(labelsFile).filter((l) => !only || l.id.includes(only));
  const verbose = process.argv.includes('--verbose');
  const pages: Prepared[] =
    process.argv.includes('--rescore') && existsSync(CACHE)
      ? (JSON.parse(readFileSync(CACHE, 'utf8')) as Prepared[]).filter((p) => labels.some((l) => l.id === p.id))
      : prepare(corpus, labels);
  if (!process.argv.includes('--rescore') && !only) writeFileSync(CACHE, JSON.stringify(pages));

  const byId = new Map(labels.map((l) => [l.id, l]));
  const scores: PageFactsScore[] = [];
  const times: number[] = [];
  // CPU time as well as wall time: on a shared machine the wall clock mostly measures the neighbours.
  const cpu: number[] = [];
  // One warm-up so chrono's and the regexes' one-off compilation cost is not in the median.
  if (pages[0]) extractFacts({ text: pages[0].text, meta: pages[0].meta });
  for (const p of pages) {
    const label = byId.get(p.id);
    if (!label) continue;
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    let facts: ArticleFacts;
    try {
      facts = extractFacts({ text: p.text, meta: p.meta });
    } catch (err) {
      console.error(`${p.id}: extractFacts threw ${String(err)}`);
      continue;
    }
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    const s = scoreArticle(fromArticleFacts(facts), label);
    scores.push(s);
    if (verbose) {
      const main = facts.amounts[0];
      console.log(
        `${p.id} [${p.meta.lang}] ${p.text.length}ch amt=${s.mainAmount === null ? '-' : s.mainAmount ? 'ok' : `MISS(${main ? `${main.text}=${main.value} ${main.currency}` : 'none'} vs ${JSON.stringify(label.main_amount?.value)} ${label.main_amount?.currency ?? ''})`}` +
          ` pub=${s.published === null ? '-' : s.published ? 'ok' : `MISS(${p.meta.published ?? 'none'} vs ${label.published})`}` +
          ` parties=${s.parties.found}/${s.parties.labelled}${s.parties.missed.length ? ` missed[${s.parties.missed.join('; ')}]` : ''} got[${facts.parties.map((x) => `${x.name}${x.kind === 'person' ? '*' : ''}`).join('; ')}]` +
          ` nums=${s.keyNumbers.found}/${s.keyNumbers.labelled} quotes=${s.quotes.speakerRight}/${s.quotes.matched}/${s.quotes.shown}${s.quotes.wrong.length ? ` WRONG[${s.quotes.wrong.join(' | ')}]` : ''} event=${facts.event?.type ?? '-'}`,
      );
    }
  }
  console.log(formatFactsScores(aggregateByLang(scores)));
  // Two halves (even/odd position in the sorted id list): a rule that helps only one half is suspect.
  const order = [...scores].map((x) => x.id).sort();
  for (const half of [0, 1]) {
    const part = scores.filter((x) => order.indexOf(x.id) % 2 === half);
    console.log(`\n${half === 0 ? 'even' : 'odd'} half (${part.length} pages)`);
    console.log(formatFactsScores(aggregateByLang(part)));
  }
  const q = (xs: number[], f: number): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * f)] ?? 0;
  console.log(
    `extractFacts (facts + TL;DR) over ${times.length} articles (node, warm): wall median ${q(times, 0.5).toFixed(1)} ms, p90 ${q(times, 0.9).toFixed(1)} ms; ` +
      `CPU median ${q(cpu, 0.5).toFixed(1)} ms, p90 ${q(cpu, 0.9).toFixed(1)} ms (budget: 30 ms median)`,
  );
}

main();
