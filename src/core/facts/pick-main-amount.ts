/**
 * Orders the amounts so the main one (the money tied to the story's event) comes first: the amount the
 * headline repeats, else the largest amount of the lead, else the first one.
 */
import type { AmountFact, Lang } from '../types.ts';
import { parseAmounts } from './parse-amounts.ts';
import { normalizeSpaces } from './normalize-text.ts';

const LEAD = 3;

/** Returns `amounts` with the main amount moved to the front (others keep reading order). */
export interface AmountCandidate extends AmountFact {
  /** Index (in the same list) of the amount this one converts ("15 million euros ($16 million)"). */
  conversionOf?: number;
}

/** Sentences that sell the publisher's own offer leak into article text; their prices are never the story's. */
const PROMO = /offre (?:découverte|spéciale|d'essai)|abonnez|abonnement|subscribe|subscription|free trial|essai gratuit|profitez|jetzt abonnieren|\babo\b|probeabo|suscr[ií]b|suscripci[oó]n|abbonati|abbonamento|newsletter/i;

/**
 * Returns `amounts` with the main amount moved to the front (others keep reading order). Signals: the headline
 * repeats it (as money or as a bare number), lead position, the event's sentence. (Sharing words with the
 * headline and being the largest amount were tried on the dev set and lost more than they won.) Conversions in parentheses credit the amount they convert; promo prices never win.
 */
export function pickMainAmount(amounts: AmountCandidate[], title: string, lang: Lang, eventSentence: number, sentences: string[] = []): AmountFact[] {
  if (amounts.length < 2) return amounts.map(strip);
  const inTitle = parseAmounts(title, lang);
  const titleNumbers = (normalizeSpaces(title).match(/\d[\d.,]*/g) ?? []).map((n) => n.replace(/[.,]$/, ''));
  const near = (a: number, b: number): boolean => Math.abs(a - b) <= Math.max(1, Math.abs(b) * 0.01);
  const scores = amounts.map(() => 0);
  amounts.forEach((a, i) => {
    const target = a.conversionOf ?? i;
    if (inTitle.some((t) => near(t.value, a.value) && t.currency === a.currency)) scores[target] = (scores[target] ?? 0) + 10;
    const mantissa = /\d[\d.,\s]*/.exec(normalizeSpaces(a.text))?.[0].trim().replace(/[.,]$/, '');
    if (mantissa && titleNumbers.includes(mantissa)) scores[target] = (scores[target] ?? 0) + 6;
  });
  // A total the article breaks down ("144,2 millions d'euros : 13,1 millions … 131,1 millions …") is the story's
  // amount rather than one of its parts, wherever it sits.
  amounts.forEach((a, i) => {
    if (a.conversionOf === undefined && isSumOfOthers(amounts, i)) scores[i] = (scores[i] ?? 0) + 5;
  });
  let best = -1;
  let bestScore = -Infinity;
  amounts.forEach((a, i) => {
    if (a.conversionOf !== undefined) return;
    const sentence = sentences[a.source.sentence] ?? '';
    if (PROMO.test(sentence)) return;
    let score = scores[i] ?? 0;
    if (a.source.sentence < LEAD) score += 3 - a.source.sentence;
    if (a.source.sentence === eventSentence) score += 1;
    score -= a.source.sentence * 0.05;
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  });
  const main = amounts[best];
  if (best <= 0 || !main) return amounts.map(strip);
  return [main, ...amounts.filter((_, i) => i !== best)].map(strip);
}

/** Whether amount `i` equals (within 1 %) the sum of two or three other amounts of the same currency. */
function isSumOfOthers(amounts: AmountCandidate[], i: number): boolean {
  const a = amounts[i];
  if (!a || a.value <= 0) return false;
  const parts = amounts.filter((b, j) => j !== i && b.currency === a.currency && b.conversionOf === undefined && b.value > 0 && b.value < a.value).map((b) => b.value).slice(0, 12);
  const near = (x: number): boolean => Math.abs(x - a.value) <= a.value * 0.01;
  for (let x = 0; x < parts.length; x++)
    for (let y = x + 1; y < parts.length; y++) {
      const two = (parts[x] ?? 0) + (parts[y] ?? 0);
      if (near(two)) return true;
      for (let z = y + 1; z < parts.length; z++) if (near(two + (parts[z] ?? 0))) return true;
    }
  return false;
}

function strip(a: AmountCandidate): AmountFact {
  const { conversionOf: _c, ...rest } = a;
  return rest;
}
