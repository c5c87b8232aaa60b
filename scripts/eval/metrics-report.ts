/** Aggregates page scores into the evaluation report, per language and overall. Pure. */
import type { PageScore, SnippetSource } from './metrics-page.ts';
import { emptyConfusion, groupWithAll, prf, quantile, ratio, tally, type Confusion, type Prf } from './metrics-prf.ts';

const LANGS = new Set(['en', 'fr', 'de', 'es', 'it']);

/** The report's language bucket: the five supported languages, everything else as `other`. */
export function langGroup(lang: string): string {
  return LANGS.has(lang) ? lang : 'other';
}

export interface DetectionStats extends Prf {
  pages: number;
  confusion: Confusion;
  /** Non-article pages that got a card. */
  nonArticle: { pages: number; cards: number; cardRate: number | null };
  /** `non-article?` (heuristic label), reported apart. */
  uncertain: { pages: number; news: number; cards: number; cardRate: number | null };
  /** label null: only how often the extension called them news. */
  unlabelled: { pages: number; news: number };
}

export interface ShareStats {
  counted: number;
  hits: number;
  share: number | null;
}

export interface UpsellStats extends ShareStats {
  pages: number;
  /** Labelled snippets not visible even without the extension (not counted). */
  notVisibleWithout: number;
  byKind: Record<string, ShareStats>;
}

export interface KeepStats {
  label: ShareStats;
  gold: ShareStats;
  tool: ShareStats;
}

export interface TimingStats {
  n: number;
  median: number | null;
  p95: number | null;
}

export interface EvalReport {
  pages: number;
  errors: { timeouts: number; failed: number; late: number; states: Record<string, number> };
  detection: Record<string, DetectionStats>;
  upsell: Record<string, UpsellStats>;
  keep: Record<string, KeepStats>;
  pagesWithArticleTextHidden: { id: string; lang: string; lost: { from: SnippetSource; preview: string }[]; hiddenKinds: string[] }[];
  /** Pages whose ground-truth text holds a sentence their hand label marks as upsell (not judged as article text). */
  labelConflicts: { id: string; sentences: string[] }[];
  timing: { detectOnNotNews: TimingStats; pipelineOnNews: TimingStats; factsOnNews: TimingStats; pageWallMs: TimingStats };
  baseline: Record<PageScore['baselineMode'], number>;
  failures: { id: string; error: string }[];
}

function share(counted: number, hits: number): ShareStats {
  return { counted, hits, share: ratio(hits, counted) };
}

function timing(values: number[]): TimingStats {
  return { n: values.length, median: quantile(values, 0.5), p95: quantile(values, 0.95) };
}

function detection(pages: PageScore[]): DetectionStats {
  const confusion = emptyConfusion();
  const nonArticle = { pages: 0, cards: 0, cardRate: null as number | null };
  const uncertain = { pages: 0, news: 0, cards: 0, cardRate: null as number | null };
  const unlabelled = { pages: 0, news: 0 };
  for (const p of pages) {
    // What the reader sees: a page is "detected" when the automatic pass ended in state news.
    const news = p.state === 'news';
    if (p.label === 'article' || p.label === 'non-article') tally(confusion, p.label === 'article', news);
    if (p.label === 'non-article') {
      nonArticle.pages++;
      if (p.card) nonArticle.cards++;
    } else if (p.label === 'non-article?') {
      uncertain.pages++;
      if (news) uncertain.news++;
      if (p.card) uncertain.cards++;
    } else if (p.label === null) {
      unlabelled.pages++;
      if (news) unlabelled.news++;
    }
  }
  nonArticle.cardRate = ratio(nonArticle.cards, nonArticle.pages);
  uncertain.cardRate = ratio(uncertain.cards, uncertain.pages);
  return { pages: confusion.tp + confusion.fp + confusion.fn + confusion.tn, confusion, ...prf(confusion), nonArticle, uncertain, unlabelled };
}

function upsell(pages: PageScore[]): UpsellStats {
  const checks = pages.flatMap((p) => p.upsell);
  const counted = checks.filter((c) => c.counted);
  const byKind: Record<string, ShareStats> = {};
  for (const [kind, list] of groupWithAll(counted, (c) => c.kind)) {
    if (kind !== 'all') byKind[kind] = share(list.length, list.filter((c) => !c.visible).length);
  }
  return {
    pages: pages.filter((p) => p.upsell.length > 0).length,
    ...share(counted.length, counted.filter((c) => !c.visible).length),
    notVisibleWithout: checks.length - counted.length,
    byKind,
  };
}

function keep(pages: PageScore[]): KeepStats {
  const of = (from: SnippetSource) => {
    const counted = pages.flatMap((p) => p.keep).filter((k) => k.from === from && k.counted);
    return share(counted.length, counted.filter((k) => k.visible).length);
  };
  return { label: of('label'), gold: of('gold'), tool: of('tool') };
}

/** Builds the report from every page score of a run. */
export function buildReport(scores: PageScore[]): EvalReport {
  const groups = groupWithAll(scores, (s) => langGroup(s.lang));
  const perLang = <T>(fn: (pages: PageScore[]) => T): Record<string, T> =>
    Object.fromEntries([...groups].map(([lang, pages]) => [lang, fn(pages)]));
  const states: Record<string, number> = {};
  for (const s of scores) states[s.state ?? 'none'] = (states[s.state ?? 'none'] ?? 0) + 1;
  const baseline = { 'same-page': 0, 'second-pass': 0, none: 0 };
  for (const s of scores) baseline[s.baselineMode]++;
  const measure = (state: string, name: string) =>
    scores.filter((s) => s.state === state && typeof s.measures[name] === 'number').map((s) => s.measures[name] as number);
  return {
    pages: scores.length,
    errors: {
      timeouts: scores.filter((s) => s.error === 'timeout').length,
      failed: scores.filter((s) => s.error !== null && s.error !== 'timeout').length,
      late: scores.filter((s) => s.late).length,
      states,
    },
    detection: perLang(detection),
    upsell: perLang(upsell),
    keep: perLang(keep),
    pagesWithArticleTextHidden: scores
      .filter((s) => s.lost.length > 0)
      .map((s) => ({ id: s.id, lang: s.lang, lost: s.lost, hiddenKinds: s.hiddenKinds })),
    labelConflicts: scores.filter((s) => s.conflicts?.length).map((s) => ({ id: s.id, sentences: s.conflicts ?? [] })),
    timing: {
      detectOnNotNews: timing(measure('not-news', 'nutgraf:detect')),
      pipelineOnNews: timing(measure('news', 'nutgraf:pipeline')),
      factsOnNews: timing(measure('news', 'nutgraf:facts')),
      pageWallMs: timing(scores.map((s) => s.ms)),
    },
    baseline,
    failures: scores.filter((s) => s.error !== null).map((s) => ({ id: s.id, error: s.error as string })),
  };
}
