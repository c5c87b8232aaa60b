/**
 * Fact-card scoring step of `npm run eval`: our DOM-level scorer per language (metrics-facts.ts), plus FACTS's
 * scripts/eval/score-facts.ts when it exists (imported at run time, so the eval works before it lands).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Corpus } from './corpus.ts';
import type { PageScore } from './metrics-page.ts';
import { emptyFactsCounts, factsShares, scoreFactsPage, type FactsShares } from './metrics-facts.ts';
import { groupWithAll } from './metrics-prf.ts';
import { fmt, table } from './metrics-table.ts';

export interface FactsOutcome {
  text: string;
  json: { ours: Record<string, FactsShares>; scoreFacts: unknown };
}

async function theirs(pages: PageScore[], corpus: Corpus): Promise<{ text: string; json: unknown }> {
  const file = join(import.meta.dirname, 'score-facts.ts');
  if (!existsSync(file)) return { text: 'score-facts.ts (FACTS) not there yet', json: null };
  try {
    // eslint-disable-next-line no-unsanitized/method -- a fixed file of this repo, loaded late so eval runs before it exists
    const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    const fn = mod['scoreFacts'] ?? mod['default'];
    if (typeof fn !== 'function') return { text: 'score-facts.ts exports no scoreFacts()', json: null };
    const input = pages.map((p) => ({ id: p.id, lang: p.lang, facts: p.facts ?? [] }));
    const labels = pages.map((p) => corpus.facts.get(p.id)).filter((l) => l !== undefined);
    const json: unknown = await (fn as (a: unknown, b: unknown) => unknown)(input, labels);
    const format = mod['formatFactsScores'];
    return { text: typeof format === 'function' ? String((format as (j: unknown) => unknown)(json)) : JSON.stringify(json, null, 1), json };
  } catch (err) {
    return { text: `score-facts.ts failed: ${String(err)}`, json: { error: String(err) } };
  }
}

/** Scores the card facts of every page that has a facts label. */
export async function scoreCardFacts(scores: PageScore[], corpus: Corpus): Promise<FactsOutcome> {
  const pages = scores.filter((s) => corpus.facts.has(s.id));
  if (pages.length === 0) return { text: 'Facts: no labelled page in this run', json: { ours: {}, scoreFacts: null } };
  const ours: Record<string, FactsShares> = {};
  for (const [lang, list] of groupWithAll(pages, (p) => p.lang)) {
    const counts = emptyFactsCounts();
    for (const p of list) scoreFactsPage(counts, p.facts ?? [], corpus.facts.get(p.id)!);
    ours[lang] = factsShares(counts);
  }
  const langs = ['en', 'fr', 'de', 'es', 'it', 'all'].filter((l) => l in ours);
  const text = [
    'Facts (card DOM vs labels/facts.jsonl; targets: main amount ≥ 0.90, parties ≥ 0.85, published ≥ 0.95, quote speaker ≥ 0.95)',
    table([
      ['lang', 'pages', 'cards', 'main amount', 'parties R', 'parties P', 'published', 'key numbers R', 'quote speaker P (matched)'],
      ...langs.map((l) => {
        const s = ours[l]!;
        const list = l === 'all' ? pages : pages.filter((p) => p.lang === l);
        return [
          l, String(s.pages), String(list.filter((p) => p.card).length), fmt(s.mainAmount), fmt(s.partiesRecall), fmt(s.partiesPrecision),
          fmt(s.published), fmt(s.keyNumberRecall), `${fmt(s.quoteSpeakerPrecision)} (${s.quotesMatched})`,
        ];
      }),
    ]),
  ];
  const other = await theirs(pages, corpus);
  text.push(`FACTS scorer: ${other.text}`);
  return { text: text.join('\n'), json: { ours, scoreFacts: other.json } };
}
