/**
 * Scores the card's facts (read from the page DOM: `[data-fact]` + data-*) against labels/facts.jsonl.
 * Pure. A fallback and cross-check for FACTS's own scripts/eval/score-facts.ts, which may score differently.
 */
import type { FactsLabel } from './corpus.ts';
import type { CardFact } from './run-corpus-probe.ts';
import { normaliseText } from './metrics-text.ts';
import { ratio } from './metrics-prf.ts';

export interface FactsCounts {
  pages: number;
  mainAmount: { labelled: number; hits: number };
  parties: { labelled: number; found: number; shown: number; correct: number };
  published: { labelled: number; hits: number };
  keyNumbers: { labelled: number; found: number };
  quotes: { matched: number; speakerRight: number; shown: number };
}

export function emptyFactsCounts(): FactsCounts {
  return {
    pages: 0,
    mainAmount: { labelled: 0, hits: 0 },
    parties: { labelled: 0, found: 0, shown: 0, correct: 0 },
    published: { labelled: 0, hits: 0 },
    keyNumbers: { labelled: 0, found: 0 },
    quotes: { matched: 0, speakerRight: 0, shown: 0 },
  };
}

/** Two numbers within 1% of each other (exact for 0). */
export function closeNumber(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 0.01 * Math.max(Math.abs(a), Math.abs(b));
}

/** Names match when one normal form contains the other ("Nvidia" ~ "Nvidia Corp."; "Huang" ~ "Jensen Huang"). */
export function sameName(a: string, b: string): boolean {
  const x = normaliseText(a);
  const y = normaliseText(b);
  if (x.length < 2 || y.length < 2) return false;
  return ` ${x} `.includes(` ${y} `) || ` ${y} `.includes(` ${x} `);
}

function num(value: string | undefined): number | null {
  if (value === undefined || value.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

interface LabelAmount {
  value?: number;
  currency?: string;
}
interface LabelNumber {
  value?: number;
}
interface LabelQuote {
  speaker?: string;
  snippet?: string;
}

/** Adds one page's card facts against its label to the counts. */
export function scoreFactsPage(counts: FactsCounts, facts: CardFact[], label: FactsLabel): void {
  counts.pages++;
  const of = (kind: string) => facts.filter((f) => f.kind === kind);

  const main = label['main_amount'] as LabelAmount | null | undefined;
  if (main && typeof main.value === 'number') {
    counts.mainAmount.labelled++;
    const first = of('amount')[0];
    const value = num(first?.data['value']);
    if (first && value !== null && closeNumber(value, main.value) && (first.data['currency'] ?? '') === (main.currency ?? '')) counts.mainAmount.hits++;
  }

  const parties = (label['parties'] as string[] | undefined) ?? [];
  const shown = of('party').map((f) => f.text);
  counts.parties.labelled += parties.length;
  counts.parties.found += parties.filter((p) => shown.some((s) => sameName(p, s))).length;
  counts.parties.shown += shown.length;
  counts.parties.correct += shown.filter((s) => parties.some((p) => sameName(p, s))).length;

  const published = label['published'];
  if (typeof published === 'string' && published) {
    counts.published.labelled++;
    const date = of('published')[0]?.data['date'] ?? '';
    if (date.slice(0, 10) === published.slice(0, 10)) counts.published.hits++;
  }

  const numbers = (label['key_numbers'] as LabelNumber[] | undefined) ?? [];
  const values = [...of('number'), ...of('amount')].map((f) => num(f.data['value'])).filter((v): v is number => v !== null);
  for (const n of numbers) {
    if (typeof n.value !== 'number') continue;
    counts.keyNumbers.labelled++;
    if (values.some((v) => closeNumber(v, n.value as number))) counts.keyNumbers.found++;
  }

  // Speaker precision: among card quotes whose words overlap a labelled quote, how many name its speaker.
  const quotes = (label['quotes'] as LabelQuote[] | undefined) ?? [];
  for (const q of of('quote')) {
    counts.quotes.shown++;
    const text = normaliseText(q.text);
    const match = quotes.find((l) => {
      const snippet = normaliseText(l.snippet ?? '');
      const head = snippet.split(' ').slice(0, 6).join(' ');
      return head.length > 8 && (text.includes(head) || snippet.includes(text.slice(0, 40)));
    });
    if (!match) continue;
    counts.quotes.matched++;
    if (sameName(q.data['speaker'] ?? '', match.speaker ?? '')) counts.quotes.speakerRight++;
  }
}

export interface FactsShares {
  pages: number;
  mainAmount: number | null;
  partiesRecall: number | null;
  partiesPrecision: number | null;
  published: number | null;
  keyNumberRecall: number | null;
  quoteSpeakerPrecision: number | null;
  quotesMatched: number;
}

/** The shares the targets are stated in. */
export function factsShares(c: FactsCounts): FactsShares {
  return {
    pages: c.pages,
    mainAmount: ratio(c.mainAmount.hits, c.mainAmount.labelled),
    partiesRecall: ratio(c.parties.found, c.parties.labelled),
    partiesPrecision: ratio(c.parties.correct, c.parties.shown),
    published: ratio(c.published.hits, c.published.labelled),
    keyNumberRecall: ratio(c.keyNumbers.found, c.keyNumbers.labelled),
    quoteSpeakerPrecision: ratio(c.quotes.speakerRight, c.quotes.matched),
    quotesMatched: c.quotes.matched,
  };
}
