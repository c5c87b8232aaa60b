/** Prints the evaluation report as compact text tables, with the issue's targets next to the figures. */
import type { EvalReport, ShareStats } from './metrics-report.ts';

const ORDER = ['en', 'fr', 'de', 'es', 'it', 'other', 'all'];

/** `0.973` → `0.973`; null → `—`. */
export function fmt(value: number | null, digits = 3): string {
  return value === null ? '—' : value.toFixed(digits);
}

/** A share with its denominator: `0.912 (34/37)`. */
export function fmtShare(s: ShareStats): string {
  return s.counted === 0 ? '—' : `${fmt(s.share)} (${s.hits}/${s.counted})`;
}

/** Lays rows out in columns padded to the widest cell. */
export function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ').trimEnd()).join('\n');
}

function target(ok: boolean | null): string {
  return ok === null ? 'n/a' : ok ? 'PASS' : 'MISS';
}

function langs(record: Record<string, unknown>): string[] {
  return ORDER.filter((l) => l in record);
}

/** The whole printed report. */
export function formatReport(r: EvalReport): string {
  const out: string[] = [];
  out.push(`Pages: ${r.pages}  states: ${JSON.stringify(r.errors.states)}  timeouts: ${r.errors.timeouts}  failed: ${r.errors.failed}  done only after the per-page limit (given as long again): ${r.errors.late}`);
  out.push(`Baseline: ${r.baseline['same-page']} same page (nothing hidden), ${r.baseline['second-pass']} second pass without the extension`);
  out.push('', 'Detection (manifest label article vs non-article; state news = card shown)');
  out.push(
    table([
      ['lang', 'pages', 'P', 'R', 'F1', 'tp/fp/fn/tn', 'cards on non-article', 'non-article? news/cards', 'unlabelled news'],
      ...langs(r.detection).map((l) => {
        const d = r.detection[l]!;
        const c = d.confusion;
        return [
          l, String(d.pages), fmt(d.precision), fmt(d.recall), fmt(d.f1), `${c.tp}/${c.fp}/${c.fn}/${c.tn}`,
          d.nonArticle.pages ? `${fmt(d.nonArticle.cardRate)} (${d.nonArticle.cards}/${d.nonArticle.pages})` : '—',
          d.uncertain.pages ? `${d.uncertain.news}/${d.uncertain.cards} of ${d.uncertain.pages}` : '—',
          d.unlabelled.pages ? `${d.unlabelled.news}/${d.unlabelled.pages}` : '—',
        ];
      }),
    ]),
  );
  out.push('', 'Upsell recall (labelled snippets gone) and keep precision (article snippets still visible); only snippets visible without the extension count');
  out.push(
    table([
      ['lang', 'upsell recall', 'keep: labels', 'keep: truth (gold)', 'keep: truth (tool)', 'upsell not visible w/o ext'],
      ...langs(r.upsell).map((l) => {
        const u = r.upsell[l]!;
        const k = r.keep[l]!;
        return [l, fmtShare(u), fmtShare(k.label), fmtShare(k.gold), fmtShare(k.tool), String(u.notVisibleWithout)];
      }),
    ]),
  );
  const kinds = r.upsell.all?.byKind ?? {};
  if (Object.keys(kinds).length) {
    out.push('Upsell recall by kind: ' + Object.entries(kinds).map(([k, s]) => `${k} ${fmtShare(s)}`).join(', '));
  }
  const lost = r.pagesWithArticleTextHidden;
  out.push('', `Pages with article text hidden: ${lost.length} (target 0)`);
  for (const p of lost.slice(0, 25)) {
    out.push(`  ${p.id} [${p.lang}] hidden kinds: ${p.hiddenKinds.join(',') || '—'}; lost ${p.lost.length}: ${p.lost.map((x) => `${x.from}:"${x.preview}"`).slice(0, 2).join(' | ')}`);
  }
  if (lost.length > 25) out.push(`  … ${lost.length - 25} more in the JSON report`);
  const conflicts = r.labelConflicts ?? [];
  if (conflicts.length) {
    out.push(`Truth sentences also labelled upsell (not judged as article text): ${conflicts.reduce((n, c) => n + c.sentences.length, 0)} on ${conflicts.length} page(s)`);
    for (const c of conflicts) out.push(`  ${c.id}: ${c.sentences.map((x) => `"${x}"`).join(' | ')}`);
  }
  const t = r.timing;
  out.push('', 'Timing in this run (ms; page loads in parallel tabs, so only indicative — see npm run bench)');
  out.push(
    table([
      ['measure', 'n', 'median', 'p95'],
      ['nutgraf:detect on not-news', String(t.detectOnNotNews.n), fmt(t.detectOnNotNews.median, 2), fmt(t.detectOnNotNews.p95, 2)],
      ['nutgraf:pipeline on news', String(t.pipelineOnNews.n), fmt(t.pipelineOnNews.median, 1), fmt(t.pipelineOnNews.p95, 1)],
      ['nutgraf:facts on news', String(t.factsOnNews.n), fmt(t.factsOnNews.median, 1), fmt(t.factsOnNews.p95, 1)],
      ['page wall time', String(t.pageWallMs.n), fmt(t.pageWallMs.median, 0), fmt(t.pageWallMs.p95, 0)],
    ]),
  );
  const all = r.detection.all;
  const up = r.upsell.all;
  out.push('', 'Targets (issue 3)');
  out.push(
    table([
      ['detection F1 ≥ 0.97', fmt(all?.f1 ?? null), target(all?.f1 == null ? null : all.f1 >= 0.97)],
      ['cards on non-article ≤ 2%', fmt(all?.nonArticle.cardRate ?? null), target(all?.nonArticle.cardRate == null ? null : all.nonArticle.cardRate <= 0.02)],
      ['upsell recall ≥ 0.90', fmt(up?.share ?? null), target(up?.share == null ? null : up.share >= 0.9)],
      ['pages with article text hidden = 0', String(lost.length), target(lost.length === 0)],
    ]),
  );
  return out.join('\n');
}
