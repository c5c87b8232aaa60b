/**
 * Development loop for upsell hiding: `npx tsx scripts/eval/dev-upsell.ts --corpus ../shared/corpus
 * [--workers 2] [--verbose] [--only <id-substring>]`. For each page of labels/upsell.jsonl, runs
 * findUpsellBlocks in jsdom and reports, per language: the share of labelled upsell snippets inside a selected
 * block (recall), and every keep snippet or truth/ article sentence inside a selected block (must be zero).
 * Skips cleanly when the corpus is absent. The official figures come from `npm run eval` (real Chromium).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { findUpsellBlocks } from '../../src/core/clean/find-upsell-blocks.ts';
import { readJsonLdTypes } from '../../src/core/detect/read-json-ld-types.ts';
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
  found: { kind: string; text: string; hit: boolean; present: boolean }[];
  keepHidden: string[];
  truthHidden: string[];
  blocks: { kind: string; score: number; reasons: string[]; preview: string }[];
  ms: number;
  error?: string;
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

function runOne(corpus: string, { row, label }: Item): Result {
  const dom = parse(loadHtml(corpus, row), pageUrl(row));
  const doc = dom.window.document;
  const paywalled = readJsonLdTypes(doc).has('!free');
  const t0 = performance.now();
  const blocks = findUpsellBlocks(doc, { paywalled });
  const ms = performance.now() - t0;
  const page = norm(doc.body?.textContent ?? '');
  const hidden = blocks.map((b) => norm(b.element.textContent ?? ''));
  const inHidden = (s: string) => hidden.some((h) => h.includes(norm(s)));
  const res: Result = {
    id: row.id,
    lang: label.lang,
    paywalled,
    found: label.upsell.map((u) => ({ kind: u.kind, text: u.text, hit: inHidden(u.text), present: page.includes(norm(u.text)) })),
    keepHidden: label.keep.filter(inHidden),
    truthHidden: truthSentences(corpus, row.id).filter((s) => hidden.some((h) => h.includes(s))),
    blocks: blocks.map((b) => ({ kind: b.finding.kind, score: b.finding.score, reasons: b.finding.reasons, preview: b.finding.preview })),
    ms,
  };
  dom.window.close();
  return res;
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
  const items: Item[] = readJsonl<Label>(join(corpus, 'labels/upsell.jsonl'))
    .filter((l) => rows.has(l.id) && (!only || l.id.includes(only)))
    .map((label) => ({ row: rows.get(label.id)!, label }));
  const results = (await runPool<Item, Result>(new URL(import.meta.url), items, numArg('workers', 2), { corpus })).sort((a, b) => a.id.localeCompare(b.id));

  const langs = [...new Set(results.map((r) => r.lang))].sort();
  console.log('lang  pages  upsell  hit   recall  (present-only)  pages-with-keep-hidden  pages-with-truth-hidden');
  for (const l of [...langs, 'all']) {
    const sub = l === 'all' ? results : results.filter((r) => r.lang === l);
    const f = sub.flatMap((r) => r.found);
    const hit = f.filter((x) => x.hit).length;
    const present = f.filter((x) => x.present);
    console.log(
      `${l.padEnd(5)} ${String(sub.length).padEnd(6)} ${String(f.length).padEnd(7)} ${String(hit).padEnd(5)} ${(f.length ? hit / f.length : 1).toFixed(3).padEnd(7)} ${(present.length ? present.filter((x) => x.hit).length / present.length : 1).toFixed(3).padEnd(15)} ${String(sub.filter((r) => r.keepHidden.length).length).padEnd(23)} ${sub.filter((r) => r.truthHidden.length).length}`,
    );
  }
  const kinds = [...new Set(results.flatMap((r) => r.found.map((f) => f.kind)))].sort();
  console.log('\nper kind: ' + kinds.map((k) => {
    const f = results.flatMap((r) => r.found).filter((x) => x.kind === k);
    return `${k} ${f.filter((x) => x.hit).length}/${f.length}`;
  }).join(', '));
  const times = results.map((r) => r.ms).sort((a, b) => a - b);
  console.log(`jsdom findUpsellBlocks: median ${times[Math.floor(times.length / 2)]?.toFixed(1)} ms, max ${times.at(-1)?.toFixed(1)} ms`);

  console.log('\nVIOLATIONS (article text inside a selected block):');
  for (const r of results) {
    for (const k of r.keepHidden) console.log(`  KEEP  ${r.id}: ${k.slice(0, 90)}`);
    for (const k of r.truthHidden) console.log(`  TRUTH ${r.id}: ${k.slice(0, 90)}`);
    if (r.error) console.log(`  ERROR ${r.id}: ${r.error}`);
  }
  console.log('\nMISSED upsell snippets:');
  for (const r of results) for (const f of r.found.filter((x) => !x.hit)) console.log(`  ${r.id} [${r.lang}${r.paywalled ? ', paywalled' : ''}] ${f.kind}${f.present ? '' : ' (not in jsdom text)'}: ${f.text.slice(0, 70)}`);
  if (verbose) {
    console.log('\nSELECTED blocks:');
    for (const r of results) for (const b of r.blocks) console.log(`  ${r.id} ${b.kind} ${b.score} [${b.reasons.join(' ')}] ${b.preview}`);
  }
}

if (isMainThread) {
  await main();
} else {
  const { items, corpus } = workerData as { items: Item[]; corpus: string };
  for (const it of items) {
    try {
      parentPort!.postMessage(runOne(corpus, it));
    } catch (e) {
      parentPort!.postMessage({ id: it.row.id, lang: it.label.lang, paywalled: false, found: [], keepHidden: [], truthHidden: [], blocks: [], ms: 0, error: String(e) });
    }
  }
}
