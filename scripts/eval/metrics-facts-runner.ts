/**
 * Fact-card scoring step of `npm run eval`: the card's `[data-fact]` elements, as read from the page DOM,
 * scored per language with FACTS's scorer (score-facts.ts), the same one `dev-facts.ts` uses in node.
 */
import type { Corpus } from './corpus.ts';
import type { PageScore } from './metrics-page.ts';
import { formatFactsScores, scoreFacts, type FactsAggregate, type FactsLabelRow } from './score-facts.ts';

export interface FactsOutcome {
  text: string;
  json: Record<string, FactsAggregate>;
}

/** Scores the card facts of every page that has a facts label. */
export function scoreCardFacts(scores: PageScore[], corpus: Corpus): FactsOutcome {
  const pages = scores.filter((s) => corpus.facts.has(s.id));
  if (pages.length === 0) return { text: 'Facts: no labelled page in this run', json: {} };
  const input = pages.map((p) => ({ id: p.id, lang: p.lang, facts: p.facts ?? [] }));
  const labels = pages.map((p) => corpus.facts.get(p.id) as unknown as FactsLabelRow);
  const json = scoreFacts(input, labels);
  const head = 'Facts (card DOM vs labels/facts.jsonl; targets: main amount ≥ 0.90, parties ≥ 0.85, published ≥ 0.95, quote speaker ≥ 0.95)';
  return { text: `${head}\n${formatFactsScores(json)}`, json };
}
