/**
 * `npx tsx scripts/eval/dev-summarize-speed.ts [--summaries ../shared/summaries]`: prints how long
 * splitSentences and summarize take on ~1,000-word articles (budget: summarize ≤ 5 ms in node). Prints only;
 * timings are never asserted in tests. Articles are built from the OrangeSum and CNN/DM texts when present
 * (consecutive articles joined until 1,000 words), else from a generated text.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { summarize } from '../../src/core/summarize/summarize.ts';
import { splitSentences } from '../../src/core/text/sentences.ts';
import type { Lang } from '../../src/core/types.ts';

const i = process.argv.indexOf('--summaries');
const dir = resolve(i > 0 ? process.argv[i + 1]! : join(import.meta.dirname, '../../../shared/summaries'));

function thousandWordTexts(file: string, lang: Lang): Array<{ text: string; lang: Lang }> {
  if (!existsSync(file)) return [];
  const out: Array<{ text: string; lang: Lang }> = [];
  let paragraphs: string[] = [];
  let words = 0;
  for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
    const article = (JSON.parse(line) as { article: string }).article;
    for (const p of article.split(/(?<=[.!?])\s+(?=\S)/).reduce<string[]>((acc, s, k) => {
      if (k % 4 === 0) acc.push(s);
      else acc[acc.length - 1] += ` ${s}`;
      return acc;
    }, [])) {
      paragraphs.push(p);
      words += p.split(/\s+/).length;
      if (words >= 1000) {
        out.push({ text: paragraphs.join('\n\n'), lang });
        paragraphs = [];
        words = 0;
      }
    }
    if (out.length >= 30) break;
  }
  return out;
}

function generated(): Array<{ text: string; lang: Lang }> {
  const words = ['company', 'billion', 'invest', 'data', 'centre', 'chips', 'market', 'shares', 'deal', 'power'];
  const sentence = (k: number): string =>
    Array.from({ length: 20 }, (_, j) => words[(k * 7 + j * 3) % words.length]).join(' ') + '.';
  const text = Array.from({ length: 10 }, (_, p) => Array.from({ length: 5 }, (_, s) => sentence(p * 5 + s)).join(' ')).join('\n\n');
  return [{ text, lang: 'en' }];
}

const texts = [...thousandWordTexts(join(dir, 'orangesum-dev.jsonl'), 'fr'), ...thousandWordTexts(join(dir, 'cnndm-dev.jsonl'), 'en')];
const articles = texts.length ? texts : generated();
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const split: number[] = [];
const summ: number[] = [];
for (let round = 0; round < 5; round++) {
  for (const { text, lang } of articles) {
    const t0 = performance.now();
    const sentences = splitSentences(text, lang);
    const t1 = performance.now();
    summarize(sentences, { title: '', lang });
    const t2 = performance.now();
    if (round > 0) {
      split.push(t1 - t0);
      summ.push(t2 - t1);
    }
  }
}
console.log(`${articles.length} articles of ~1,000 words (${texts.length ? dir : 'generated'})`);
console.log(`splitSentences median ${median(split).toFixed(2)} ms, max ${Math.max(...split).toFixed(2)} ms`);
const slowest = summ.indexOf(Math.max(...summ)) % articles.length;
console.log(`slowest summarize: article ${slowest}, ${splitSentences(articles[slowest]!.text, articles[slowest]!.lang).length} sentences`);
console.log(`summarize      median ${median(summ).toFixed(2)} ms, max ${Math.max(...summ).toFixed(2)} ms (budget 5 ms)`);
