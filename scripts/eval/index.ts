/**
 * `npm run eval -- --corpus ../shared/corpus [--limit N] [--lang fr] [--only detect|upsell|facts]`
 * Runs the built extension (dist/chrome) in headless Chromium over the corpus pages and prints detection,
 * upsell-recall, keep-precision and fact-card figures per language; writes artifacts/eval-<date>.json.
 * Other flags: --concurrency 2, --timeout 10000 (ms per page), --scripts off|on, --baseline auto|all,
 * --ext dist/chrome, --out <file>, --urls original|local (open pages at their own URL, answered locally; see
 * run-corpus.ts). Skips (exit 0) when the corpus folder is absent.
 * Page scores are appended to artifacts/eval-<stamp>.pages.jsonl as they come, so an interrupted run still
 * gives figures: `--report-from <that file>` prints and writes the report from it without running anything.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DIST_CHROME } from '../lib/launch.ts';
import { loadCorpus, truthSnippets, type Corpus, type ManifestRow } from './corpus.ts';
import { sampleEvenly } from './metrics-text.ts';
import { scorePage, type PageScore } from './metrics-page.ts';
import { buildReport } from './metrics-report.ts';
import { formatReport } from './metrics-table.ts';
import { runCorpus } from './run-corpus.ts';
import { scoreCardFacts } from './metrics-facts-runner.ts';

const ROOT = resolve(import.meta.dirname, '../..');

function options() {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      corpus: { type: 'string' },
      limit: { type: 'string' },
      lang: { type: 'string' },
      only: { type: 'string' },
      concurrency: { type: 'string', default: '2' },
      timeout: { type: 'string', default: '10000' },
      scripts: { type: 'string', default: 'off' },
      baseline: { type: 'string', default: 'auto' },
      urls: { type: 'string', default: 'original' },
      ext: { type: 'string', default: DIST_CHROME },
      out: { type: 'string' },
      'report-from': { type: 'string' },
    },
    strict: true,
  });
  if (values.only && !['detect', 'upsell', 'facts'].includes(values.only)) throw new Error('--only must be detect, upsell or facts');
  if (!['on', 'off'].includes(values.scripts)) throw new Error('--scripts must be on or off');
  if (!['auto', 'all'].includes(values.baseline)) throw new Error('--baseline must be auto or all');
  if (!['original', 'local'].includes(values.urls)) throw new Error('--urls must be original or local');
  return values;
}

type Options = ReturnType<typeof options>;

/** A stable pseudo-random order (FNV-1a of the id), so a run cut short is still a fair sample of every source. */
function shuffleKey(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/**
 * The rows to run: filtered by --only and --lang, spread evenly over the corpus when --limit is given, then in
 * a stable shuffled order.
 */
function selectRows(corpus: Corpus, o: Options): ManifestRow[] {
  let rows = corpus.rows;
  if (o.only === 'detect') rows = rows.filter((r) => r.label !== null);
  if (o.only === 'upsell') rows = rows.filter((r) => corpus.upsell.has(r.id));
  if (o.only === 'facts') rows = rows.filter((r) => corpus.facts.has(r.id));
  if (o.lang) rows = rows.filter((r) => (corpus.upsell.get(r.id)?.lang ?? r.lang) === o.lang);
  const picked = o.limit ? sampleEvenly(rows, Number(o.limit)) : rows;
  return [...picked].sort((a, b) => shuffleKey(a.id) - shuffleKey(b.id));
}

function gitCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const o = options();
  if (!o.corpus || !existsSync(o.corpus)) {
    console.log(`eval: corpus folder ${o.corpus ?? '(none given: --corpus ../shared/corpus)'} not found — skipping.`);
    return;
  }
  const corpus = loadCorpus(o.corpus);
  if (!corpus) {
    console.log(`eval: no manifest.jsonl in ${o.corpus} — skipping.`);
    return;
  }
  const stamp = new Date().toISOString().replace(/:\d\d\.\d+Z$/, 'Z').replace(':', '');
  const out = o.out ?? join(ROOT, 'artifacts', `eval-${stamp}.json`);
  mkdirSync(dirname(out), { recursive: true });
  const started = Date.now();
  const requests = { local: 0, blocked: 0 };
  let scores: PageScore[];
  if (o['report-from']) {
    scores = readFileSync(o['report-from'], 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as PageScore);
    console.log(`eval: report from ${scores.length} saved page scores in ${o['report-from']}`);
  } else {
    scores = await run(corpus, o, out.replace(/\.json$/, '.pages.jsonl'), requests);
  }
  const seconds = (Date.now() - started) / 1000;
  const report = buildReport(scores);
  console.log('');
  console.log(formatReport(report));
  const facts = scoreCardFacts(scores, corpus);
  console.log('', facts.text);
  console.log(`\n${scores.length} pages in ${seconds.toFixed(0)} s; requests: ${requests.local} local, ${requests.blocked} blocked (not local)`);
  const meta = { date: new Date().toISOString(), commit: gitCommit(), seconds, requests, options: { ...o, corpus: resolve(o.corpus) } };
  writeFileSync(out, JSON.stringify({ meta, report, facts: facts.json, pages: scores }, null, 1));
  console.log(`report: ${out}`);
}

async function run(corpus: Corpus, o: Options, partial: string, requests: { local: number; blocked: number }): Promise<PageScore[]> {
  if (!existsSync(join(o.ext, 'manifest.json'))) throw new Error(`${o.ext} has no manifest.json: run npm run build first`);
  const rows = selectRows(corpus, o);
  const truth = new Map(rows.map((r) => [r.id, o.only === 'detect' || o.only === 'facts' ? [] : truthSnippets(corpus, r)]));
  const scripts = o.scripts === 'on';
  console.log(`eval: ${rows.length} pages, ${o.concurrency} tabs, page scripts ${scripts ? 'ON' : 'off'}, baseline ${o.baseline}; page scores → ${partial}`);
  writeFileSync(partial, '');
  const started = Date.now();
  // kill / Ctrl-C: take no new page. Playwright's own SIGINT handler may end the process right away; the page
  // scores written so far stay in `partial` for --report-from either way.
  const stop = new AbortController();
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.once(sig, () => {
      process.stderr.write(`  ${sig}: stopping; page scores so far are in ${partial} (--report-from)\n`);
      stop.abort();
    });
  }
  return runCorpus(
    {
      corpus,
      rows,
      ext: o.ext,
      concurrency: Number(o.concurrency),
      timeoutMs: Number(o.timeout),
      scripts,
      baseline: o.baseline as 'auto' | 'all',
      urls: o.urls as 'original' | 'local',
      requests,
      signal: stop.signal,
      wantsBaseline: (row) => corpus.upsell.has(row.id) || (truth.get(row.id)?.length ?? 0) > 0,
      upsellPaths: (row) => (corpus.upsell.get(row.id)?.upsell ?? []).flatMap((u) => (u.path ? [u.path] : [])),
      onProgress: (done, total) => {
        if (done % 50 === 0 || done === total) {
          const s = (Date.now() - started) / 1000;
          process.stderr.write(`  ${done}/${total} pages, ${s.toFixed(0)} s, ~${((s / done) * (total - done)).toFixed(0)} s left\n`);
        }
      },
    },
    (r) => {
      const score = scorePage({
        id: r.row.id,
        lang: corpus.upsell.get(r.row.id)?.lang ?? r.row.lang,
        source: r.row.source,
        label: r.row.label,
        probe: r.probe,
        error: r.error,
        ms: r.ms,
        late: r.late,
        baselineText: r.baselineText,
        baselineMode: r.baselineMode,
        upsellBlocks: r.upsellBlocks,
        upsellLabel: corpus.upsell.get(r.row.id),
        truth: truth.get(r.row.id) ?? [],
        keepFacts: corpus.facts.has(r.row.id),
      });
      appendFileSync(partial, JSON.stringify(score) + '\n');
      return score;
    },
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
