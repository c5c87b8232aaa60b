/**
 * Development loop for upsell hiding: `npx tsx scripts/eval/dev-upsell.ts --corpus ../shared/corpus
 * [--workers 2] [--verbose] [--only <id-substring>] [--repeat N] [--json <out.json>]`. For each page of
 * labels/upsell.jsonl, runs findUpsellBlocks in jsdom and reports, per language, per kind and on two halves of
 * the pages (even/odd position in the sorted id list): the share of labelled upsell snippets inside a selected
 * block (recall), and every keep snippet or truth/ article sentence inside a selected block (must be zero).
 * Timing: per page, the fastest of `--repeat` runs (default 1; the first run also warms caches), printed as
 * median / p95 / max with the load average, and the slowest pages. `--json` writes the selected blocks per page
 * (DOM path, kind, score, reasons) and times, to compare two versions of the rules (same selections?).
 * `--live`: the inputs the extension's pipeline gives findUpsellBlocks, instead of its own defaults: the article
 * root found by extractArticle (Readability on a clone, matched back to the page), `paywalled` from readPageMeta,
 * and a snippet only counts as hit when isNewsPage says news (hiding runs on news pages only). Prints recall
 * on the pages detected as news too, and the pages detected not-news (for detection's owner).
 * `--all-truth`: every corpus page with ground-truth text (truth/<id>.txt) that is not labelled non-article,
 * labelled for upsell or not: the check that no article sentence ends up inside a selected block. Truth
 * sentences are checked on every page, news or not (detection may change; the guards must hold anyway).
 * `--stream <file.jsonl>`: each page's article-text check appended as it finishes (for runs that may be cut short).
 * Skips cleanly when the corpus is absent. The official figures come from `npm run eval` (real Chromium).
 */
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { findUpsellBlocks } from '../../src/core/clean/find-upsell-blocks.ts';
import { readJsonLdTypes } from '../../src/core/detect/read-json-ld-types.ts';
import { isNewsPage } from '../../src/core/detect/is-news-page.ts';
import { extractArticle } from '../../src/core/extract/extract-article.ts';
import { readPageMeta } from '../../src/core/extract/read-page-meta.ts';
import { corpusArg, loadHtml, numArg, pageUrl, parse, readJsonl, readManifest, runPool, type ManifestRow } from './dev-corpus.ts';

interface Label {
  id: string;
  lang: string;
  upsell: { kind: string; text: string; where?: string }[];
  keep: string[];
}
interface Item {
  row: ManifestRow;
  label: Label;
}
interface Result {
  id: string;
  lang: string;
  paywalled: boolean;
  /** Detection's verdict (`--live` only; otherwise true). */
  news: boolean;
  /** DOM path of the article root handed to findUpsellBlocks (`--live`), or null. */
  root: string | null;
  found: { kind: string; text: string; hit: boolean; present: boolean }[];
  keepHidden: string[];
  truthHidden: string[];
  blocks: { path: string; kind: string; score: number; reasons: string[]; preview: string }[];
  ms: number;
  error?: string;
}

/**
 * An element's text without its script, style and template contents: a page's hydration JSON can repeat the
 * article's text inside a toolbar, which is not that text being hidden.
 */
function shownText(el: Element | null | undefined): string {
  if (!el) return '';
  if (!el.querySelector('script, style, template')) return el.textContent ?? '';
  const copy = el.cloneNode(true) as Element;
  for (const x of copy.querySelectorAll('script, style, template')) x.remove();
  return copy.textContent ?? '';
}

const norm = (s: string) => s.replace(/[’‘]/g, "'").replace(/[“”«»]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();

function truthSentences(corpus: string, id: string): string[] {
  const f = join(corpus, 'truth', `${id}.txt`);
  if (!existsSync(f)) return [];
  return readFileSync(f, 'utf8')
    .split(/(?<=[.!?])\s+|\n+/)
    .map(norm)
    .filter((s) => s.length >= 40);
}

/** A readable DOM path (tag:nth-child chain) that names the same element in two runs over the same page. */
function pathOf(el: Element): string {
  const parts: string[] = [];
  for (let e: Element | null = el; e && e.parentElement; e = e.parentElement) {
    parts.push(`${e.localName}:${Array.prototype.indexOf.call(e.parentElement.children, e) + 1}`);
  }
  return parts.reverse().join('>');
}

function runOne(corpus: string, { row, label }: Item, repeat: number, live: boolean): Result {
  const dom = parse(loadHtml(corpus, row), pageUrl(row));
  const doc = dom.window.document;
  let paywalled = readJsonLdTypes(doc).has('!free');
  let news = true;
  let articleRoot: Element | null | undefined;
  if (live) {
    // The order of the content script and pipeline: detection on the untouched page, then metadata and
    // Readability (on a clone), then upsell hiding with that root.
    news = isNewsPage(doc, pageUrl(row)).isNews;
    paywalled = readPageMeta(doc, pageUrl(row)).paywalled;
    try {
      articleRoot = extractArticle(doc, { html: false })?.root ?? null;
    } catch {
      articleRoot = null;
    }
  }
  let ms = Infinity;
  let blocks: ReturnType<typeof findUpsellBlocks> = [];
  for (let i = 0; i < repeat; i++) {
    const t0 = performance.now();
    blocks = findUpsellBlocks(doc, { paywalled, articleRoot });
    ms = Math.min(ms, performance.now() - t0);
  }
  // Article text is checked against every block, whatever detection said; recall only counts on news pages.
  const all = blocks;
  if (!news) blocks = [];
  const page = norm(shownText(doc.body));
  const hidden = blocks.map((b) => norm(shownText(b.element)));
  const hiddenAny = all === blocks ? hidden : all.map((b) => norm(shownText(b.element)));
  const inHidden = (s: string) => hidden.some((h) => h.includes(norm(s)));
  const res: Result = {
    id: row.id,
    lang: label.lang,
    paywalled,
    news,
    root: articleRoot ? pathOf(articleRoot) : null,
    found: label.upsell.map((u) => ({ kind: u.kind, text: u.text, hit: inHidden(u.text), present: page.includes(norm(u.text)) })),
    keepHidden: label.keep.filter((s) => hiddenAny.some((h) => h.includes(norm(s)))),
    truthHidden: truthSentences(corpus, row.id).filter((s) => hiddenAny.some((h) => h.includes(s))),
    blocks: blocks.map((b) => ({ path: pathOf(b.element), kind: b.finding.kind, score: b.finding.score, reasons: b.finding.reasons, preview: b.finding.preview })),
    ms,
  };
  dom.window.close();
  return res;
}

/** FNV-1a of the id: a stable pseudo-random order. */
function mixKey(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

async function main() {
  const corpus = corpusArg();
  if (!corpus) {
    console.log('dev-upsell: no corpus (pass --corpus <dir>); skipped.');
    return;
  }
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
  const verbose = process.argv.includes('--verbose');
  const rows = new Map(readManifest(corpus).map((r) => [r.id, r]));
  const labels = readJsonl<Label>(join(corpus, 'labels/upsell.jsonl')).filter((l) => rows.has(l.id));
  const allTruth = process.argv.includes('--all-truth');
  const byId = new Map(labels.map((l) => [l.id, l]));
  const pages: Label[] = allTruth
    ? [...rows.values()]
        .filter((r) => r.label !== 'non-article' && existsSync(join(corpus, 'truth', `${r.id}.txt`)))
        .map((r) => byId.get(r.id) ?? { id: r.id, lang: r.lang, upsell: [], keep: [] })
    : labels;
  // A stable mixed order, so a run cut short (see --stream) has covered every source a little.
  if (allTruth) pages.sort((a, b) => mixKey(a.id) - mixKey(b.id));
  const items: Item[] = pages.filter((l) => !only || l.id.includes(only)).map((label) => ({ row: rows.get(label.id)!, label }));
  const live = process.argv.includes('--live');
  const stream = process.argv.includes('--stream') ? process.argv[process.argv.indexOf('--stream') + 1] : undefined;
  if (stream) writeFileSync(stream, '');
  const results = (await runPool<Item, Result>(new URL(import.meta.url), items, numArg('workers', 2), { corpus, repeat: numArg('repeat', 1), live, stream })).sort((a, b) =>
    a.id.localeCompare(b.id),
  );

  const ids = results.map((r) => r.id); // sorted
  const half = (h: 0 | 1) => results.filter((r) => ids.indexOf(r.id) % 2 === h);
  const recall = (sub: Result[]) => {
    const f = sub.flatMap((r) => r.found);
    const hit = f.filter((x) => x.hit).length;
    return `${hit}/${f.length} ${(f.length ? hit / f.length : 1).toFixed(3)}`;
  };
  const langs = [...new Set(results.map((r) => r.lang))].sort();
  console.log('lang  pages  upsell  hit   recall  (present-only)  pages-with-keep-hidden  pages-with-truth-hidden  even-half    odd-half');
  for (const l of [...langs, 'all']) {
    const sub = l === 'all' ? results : results.filter((r) => r.lang === l);
    const f = sub.flatMap((r) => r.found);
    const hit = f.filter((x) => x.hit).length;
    const present = f.filter((x) => x.present);
    const inHalf = (h: 0 | 1) => recall(sub.filter((r) => ids.indexOf(r.id) % 2 === h));
    console.log(
      `${l.padEnd(5)} ${String(sub.length).padEnd(6)} ${String(f.length).padEnd(7)} ${String(hit).padEnd(5)} ${(f.length ? hit / f.length : 1).toFixed(3).padEnd(7)} ${(present.length ? present.filter((x) => x.hit).length / present.length : 1).toFixed(3).padEnd(15)} ${String(sub.filter((r) => r.keepHidden.length).length).padEnd(23)} ${String(sub.filter((r) => r.truthHidden.length).length).padEnd(24)} ${inHalf(0).padEnd(12)} ${inHalf(1)}`,
    );
  }
  if (live) {
    const notNews = results.filter((r) => !r.news);
    const news = results.filter((r) => r.news);
    console.log(`\non pages detected as news (${news.length}): ${recall(news)}; even ${recall(news.filter((r) => ids.indexOf(r.id) % 2 === 0))}, odd ${recall(news.filter((r) => ids.indexOf(r.id) % 2 === 1))}`);
    console.log(`detected not-news (${notNews.length}): ` + notNews.map((r) => `${r.id} (${r.found.length} snippets)`).join(', '));
  }
  const kinds = [...new Set(results.flatMap((r) => r.found.map((f) => f.kind)))].sort();
  const perKind = (sub: Result[]) =>
    kinds
      .map((k) => {
        const f = sub.flatMap((r) => r.found).filter((x) => x.kind === k);
        return `${k} ${f.filter((x) => x.hit).length}/${f.length}`;
      })
      .join(', ');
  console.log('\nper kind: ' + perKind(results));
  console.log('  even half: ' + perKind(half(0)));
  console.log('  odd half:  ' + perKind(half(1)));
  const times = results.map((r) => r.ms).sort((a, b) => a - b);
  const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]?.toFixed(1);
  console.log(
    `\njsdom findUpsellBlocks per page (fastest of ${numArg('repeat', 1)}): median ${q(0.5)} ms, p95 ${q(0.95)} ms, max ${times.at(-1)?.toFixed(1)} ms; load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`,
  );
  console.log('  slowest: ' + [...results].sort((a, b) => b.ms - a.ms).slice(0, 6).map((r) => `${r.id} ${r.ms.toFixed(0)}`).join(', '));
  const json = process.argv.includes('--json') ? process.argv[process.argv.indexOf('--json') + 1] : undefined;
  if (json) writeFileSync(json, JSON.stringify(results.map((r) => ({ id: r.id, ms: r.ms, news: r.news, root: r.root, paywalled: r.paywalled, found: r.found.map((f) => ({ kind: f.kind, hit: f.hit, present: f.present, text: f.text.slice(0, 60) })), blocks: r.blocks })), null, 1));

  console.log('\nVIOLATIONS (article text inside a selected block):');
  for (const r of results) {
    for (const k of r.keepHidden) console.log(`  KEEP  ${r.id}: ${k.slice(0, 90)}`);
    for (const k of r.truthHidden) console.log(`  TRUTH ${r.id}: ${k.slice(0, 90)}`);
    if (r.error) console.log(`  ERROR ${r.id}: ${r.error}`);
  }
  console.log('\nMISSED upsell snippets:');
  for (const r of results) for (const f of r.found.filter((x) => !x.hit)) console.log(`  ${r.id} [${r.lang}${r.paywalled ? ', paywalled' : ''}${r.news ? '' : ', NOT NEWS'}] ${f.kind}${f.present ? '' : ' (not in jsdom text)'}: ${f.text.slice(0, 70)}`);
  if (verbose) {
    console.log('\nSELECTED blocks:');
    for (const r of results) for (const b of r.blocks) console.log(`  ${r.id} ${b.kind} ${b.score} [${b.reasons.join(' ')}] ${b.preview}`);
  }
}

if (isMainThread) {
  await main();
} else {
  const { items, corpus, repeat, live, stream } = workerData as { items: Item[]; corpus: string; repeat: number; live: boolean; stream?: string };
  for (const it of items) {
    try {
      const r = runOne(corpus, it, Math.max(1, repeat), live);
      // One line per page as it comes: a long --all-truth run cut short still tells which pages lost text.
      if (stream) appendFileSync(stream, JSON.stringify({ id: r.id, news: r.news, truthHidden: r.truthHidden, keepHidden: r.keepHidden }) + '\n');
      parentPort!.postMessage(r);
    } catch (e) {
      parentPort!.postMessage({ id: it.row.id, lang: it.label.lang, paywalled: false, news: false, root: null, found: [], keepHidden: [], truthHidden: [], blocks: [], ms: 0, error: String(e) });
    }
  }
}
