/**
 * `npx tsx scripts/eval/dev-facts-chromium.ts --corpus ../shared/corpus [--src <dir>] [--id <substring>]
 * [--card <eval .json or .pages.jsonl>] [--out /tmp/nutgraf-dev-facts-chromium.json] [--verbose]`
 *
 * Where does the card in Chromium differ from dev-facts.ts in jsdom, and why? For each page of labels/facts.jsonl
 * it runs the same core code (readPageMeta, extractArticle on a clone, extractFacts; bundled with esbuild from
 * `--src`, default this repo's src/) twice: in node on the jsdom document, and in headless Chromium (no extension)
 * on the page served as `npm run eval` serves it (at its original URL, page scripts off by CSP). It prints, per
 * page and field, the score in each, and for every difference which stage differs first: page metadata, article
 * text (with the first differing paragraph), or the facts. With `--card` it also scores the card DOM of an
 * `npm run eval --only facts` run, so a loss between the facts object and the card shows up on its own.
 * Scores use score-facts.ts, per language and on the even/odd halves of the sorted ids. Skips without a corpus.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { ArticleFacts, PageMeta } from '../../src/core/types.ts';
import { CHROMIUM_PATH } from '../lib/launch.ts';
import { corpusResolver, loadCorpus, type ManifestRow } from './corpus.ts';
import { pagePolicy } from './run-corpus.ts';
import { startServer } from '../lib/static-server.ts';
import { corpusArg, loadHtml, parse, readJsonl } from './dev-corpus.ts';
import { bundleCore } from './bundle-core.ts';
import {
  aggregateByLang,
  formatFactsScores,
  fromArticleFacts,
  fromCardFacts,
  scoreArticle,
  type CardFactLike,
  type FactsLabelRow,
  type PageFactsScore,
} from './score-facts.ts';

interface Side {
  meta: PageMeta;
  text: string;
  facts: ArticleFacts;
}

interface Core {
  readPageMeta(doc: Document, url: string): PageMeta;
  extractArticle(doc: Document, opts?: { html?: boolean }): { title: string; text: string; byline?: string } | null;
  extractFacts(input: { text: string; meta: PageMeta }): ArticleFacts;
}

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const repo = resolve(import.meta.dirname, '../..');

/** The pipeline's core steps as one classic script defining `__nutgrafCore` (same entry points as create-pipeline.ts). */
function bundle(src: string): string {
  return bundleCore(
    src,
    { readPageMeta: 'core/extract/read-page-meta.ts', extractArticle: 'core/extract/extract-article.ts', extractFacts: 'core/facts/extract-facts.ts' },
    '__nutgrafCore',
  );
}

/** What computeState (src/pipeline/create-pipeline.ts) does, minus timing and the card. */
function pipelineSteps(core: Core, doc: Document, url: string): Side {
  const meta = core.readPageMeta(doc, url);
  let article: ReturnType<Core['extractArticle']> = null;
  try {
    article = core.extractArticle(doc, { html: false });
  } catch {
    article = null;
  }
  if (article && !meta.title) meta.title = article.title;
  if (article?.byline && !meta.author) meta.author = article.byline;
  const facts = core.extractFacts({ text: article?.text ?? '', meta });
  return { meta, text: article?.text ?? '', facts };
}

/** Runs in the page (serialised): the bundle's steps on the live document. */
function inPage(code: string): Side {
  // The bundle defines __nutgrafCore with a top-level var: indirect eval puts it on the global object.
  (0, eval)(code);
  const core = (globalThis as unknown as { __nutgrafCore: Core }).__nutgrafCore;
  const meta = core.readPageMeta(document, location.href);
  let article: ReturnType<Core['extractArticle']> = null;
  try {
    article = core.extractArticle(document, { html: false });
  } catch {
    article = null;
  }
  if (article && !meta.title) meta.title = article.title;
  if (article?.byline && !meta.author) meta.author = article.byline;
  const facts = core.extractFacts({ text: article?.text ?? '', meta });
  return JSON.parse(JSON.stringify({ meta, text: article?.text ?? '', facts })) as Side;
}

function openUrl(row: ManifestRow, local: string): string {
  const original = row.url ?? row.url_guess ?? null;
  try {
    const u = new URL(original ?? '');
    if (u.protocol === 'http:' || u.protocol === 'https:') {
      u.hash = '';
      return u.href;
    }
  } catch {
    // no usable original address
  }
  return local;
}

/** The card facts of an `npm run eval` output (.json report or .pages.jsonl). */
function readCards(file: string): Map<string, { state: string | null; card: boolean; error: string | null; facts: CardFactLike[] }> {
  const text = readFileSync(file, 'utf8');
  const pages = file.endsWith('.jsonl')
    ? text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; state: string | null; card: boolean; error: string | null; facts?: CardFactLike[] })
    : (JSON.parse(text) as { pages: Array<{ id: string; state: string | null; card: boolean; error: string | null; facts?: CardFactLike[] }> }).pages;
  return new Map(pages.map((p) => [p.id, { state: p.state, card: p.card, error: p.error, facts: p.facts ?? [] }]));
}

/** First paragraph that differs between two article texts, shortened. */
function firstDiff(a: string, b: string): string {
  const pa = a.split('\n\n');
  const pb = b.split('\n\n');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    if (pa[i] !== pb[i]) return `¶${i}/${pa.length}|${pb.length}: jsdom «${(pa[i] ?? '∅').slice(0, 90)}» chromium «${(pb[i] ?? '∅').slice(0, 90)}»`;
  }
  return '';
}

const metaKeys = ['title', 'published', 'lang', 'site', 'author', 'paywalled'] as const;

function metaDiff(a: PageMeta, b: PageMeta): string[] {
  const out: string[] = [];
  for (const k of metaKeys) if (JSON.stringify(a[k]) !== JSON.stringify(b[k])) out.push(`${k}: ${JSON.stringify(a[k])} → ${JSON.stringify(b[k])}`);
  const about = (m: PageMeta) => JSON.stringify((m as unknown as Record<string, unknown>)['about'] ?? null) + JSON.stringify((m as unknown as Record<string, unknown>)['keywords'] ?? null);
  if (about(a) !== about(b)) out.push('about/keywords differ');
  return out;
}

type Field = 'mainAmount' | 'published' | 'parties' | 'quotes';

function fieldScore(s: PageFactsScore, f: Field): string {
  if (f === 'mainAmount') return s.mainAmount === null ? '-' : s.mainAmount ? 'ok' : 'MISS';
  if (f === 'published') return s.published === null ? '-' : s.published ? 'ok' : 'MISS';
  if (f === 'parties') return `${s.parties.found}/${s.parties.labelled}`;
  return `${s.quotes.speakerRight}/${s.quotes.matched}`;
}

function halves(title: string, scores: PageFactsScore[]): void {
  console.log(`\n== ${title}`);
  console.log(formatFactsScores(aggregateByLang(scores)));
  const order = scores.map((x) => x.id).sort();
  for (const half of [0, 1]) {
    const part = scores.filter((x) => order.indexOf(x.id) % 2 === half);
    const a = aggregateByLang(part)['all']!;
    const f = (x: number | null) => (x === null ? '–' : x.toFixed(2));
    console.log(`  ${half === 0 ? 'even' : 'odd '} (${part.length}): amount ${f(a.mainAmount)} parties ${f(a.partiesRecall)} published ${f(a.published)} quote ${f(a.quoteSpeakerPrecision)} key-num ${f(a.keyNumberRecall)}`);
  }
}

async function main(): Promise<void> {
  const dir = corpusArg();
  if (!dir) {
    console.log('dev-facts-chromium: no corpus (pass --corpus <dir>); skipped.');
    return;
  }
  const corpus = loadCorpus(dir)!;
  const labelsFile = join(dir, 'labels', 'facts.jsonl');
  if (!existsSync(labelsFile)) {
    console.log('dev-facts-chromium: no labels/facts.jsonl; skipped.');
    return;
  }
  const only = opt('--id');
  const labels = readJsonl<FactsLabelRow>(labelsFile).filter((l) => !only || l.id.includes(only));
  const verbose = args.includes('--verbose');
  const cardFile = opt('--card');
  const cards = cardFile ? readCards(cardFile) : null;
  const code = bundle(resolve(opt('--src') ?? join(repo, 'src')));

  // node side: the same bundle, evaluated once in this process with jsdom's globals absent (core needs none).
  const nodeCore = new Function(`${code}; return __nutgrafCore;`)() as Core;

  const server = await startServer({ resolve: corpusResolver(corpus), headers: { 'Content-Security-Policy': pagePolicy(false) } });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  let standin: string | null = null;
  await context.route('**/*', async (route) => {
    const request = route.request();
    if (request.url().startsWith(server.url + '/')) return route.continue();
    if (standin && request.isNavigationRequest()) {
      const url = standin;
      standin = null;
      return route.fulfill({ response: await route.fetch({ url }) });
    }
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();

  const rows: Array<{ id: string; lang: string; j: PageFactsScore; c: PageFactsScore; card: PageFactsScore | null; notes: string[] }> = [];
  const dump: Record<string, { jsdom: Side; chromium: Side }> = {};
  for (const label of labels) {
    const row = corpus.byId.get(label.id);
    if (!row) continue;
    const local = server.url + `/pages/${encodeURIComponent(row.id)}.html`;
    const url = openUrl(row, local);
    const dom = parse(loadHtml(dir, row as never), url);
    let j: Side;
    try {
      j = pipelineSteps(nodeCore, dom.window.document, url);
    } finally {
      dom.window.close();
    }
    let c: Side;
    try {
      standin = url === local ? null : local;
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 20000 });
      c = (await page.evaluate(inPage, code)) as Side;
    } catch (err) {
      console.error(`${row.id}: chromium failed: ${String(err).split('\n')[0]}`);
      continue;
    }
    dump[row.id] = { jsdom: j, chromium: c };
    const sj = scoreArticle(fromArticleFacts(j.facts), label);
    const sc = scoreArticle(fromArticleFacts(c.facts), label);
    const cardPage = cards?.get(row.id);
    const sk = cardPage ? scoreArticle(fromCardFacts(cardPage.facts), label) : null;
    const notes: string[] = [];
    notes.push(...metaDiff(j.meta, c.meta).map((d) => `meta ${d}`));
    if (j.text !== c.text) notes.push(`text ${j.text.length}→${c.text.length}ch ${firstDiff(j.text, c.text)}`);
    if (cardPage && !cardPage.card) notes.push(`card: none (state ${cardPage.state}, error ${cardPage.error})`);
    rows.push({ id: row.id, lang: label.lang, j: sj, c: sc, card: sk, notes });
  }
  await browser.close();
  await server.close();
  writeFileSync(opt('--out') ?? '/tmp/nutgraf-dev-facts-chromium.json', JSON.stringify(dump));

  const fields: Field[] = ['mainAmount', 'published', 'parties', 'quotes'];
  console.log('id lang | field: jsdom / chromium-core / card');
  for (const r of rows) {
    const diffs = fields.filter((f) => {
      const v = [fieldScore(r.j, f), fieldScore(r.c, f), ...(r.card ? [fieldScore(r.card, f)] : [])];
      return new Set(v).size > 1;
    });
    if (!diffs.length && !(verbose && r.notes.length)) continue;
    console.log(`${r.id} [${r.lang}] ${diffs.map((f) => `${f}: ${fieldScore(r.j, f)}/${fieldScore(r.c, f)}${r.card ? `/${fieldScore(r.card, f)}` : ''}`).join('  ')}`);
    for (const n of r.notes) console.log(`    ${n}`);
  }
  halves('jsdom (node)', rows.map((r) => r.j));
  halves('chromium, core steps in the page', rows.map((r) => r.c));
  const withCard = rows.filter((r) => r.card);
  if (withCard.length) halves('chromium, card DOM (npm run eval)', withCard.map((r) => r.card!));
}

await main();
