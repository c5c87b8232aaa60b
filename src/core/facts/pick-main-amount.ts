/**
 * Orders the amounts so the main one (the money tied to the story's event) comes first: the amount the
 * headline repeats, else the largest amount of the lead, else the first one.
 */
import type { AmountFact, Lang } from '../types.ts';
import { parseAmounts } from './parse-amounts.ts';

const LEAD = 3;

/** Returns `amounts` with the main amount moved to the front (others keep reading order). */
export function pickMainAmount(amounts: AmountFact[], title: string, lang: Lang, eventSentence: number): AmountFact[] {
  if (amounts.length < 2) return amounts;
  const inTitle = parseAmounts(title, lang);
  const near = (a: number, b: number): boolean => Math.abs(a - b) <= Math.max(1, Math.abs(b) * 0.01);
  let best = -1;
  let bestScore = -Infinity;
  amounts.forEach((a, i) => {
    let score = 0;
    if (inTitle.some((t) => near(t.value, a.value) && t.currency === a.currency)) score += 10;
    if (a.source.sentence < LEAD) score += 4 - a.source.sentence;
    if (a.source.sentence === eventSentence) score += 2;
    score += Math.log10(Math.max(1, a.value)) / 4;
    score -= a.source.sentence * 0.05;
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  });
  if (best <= 0) return amounts;
  const main = amounts[best];
  return main ? [main, ...amounts.filter((_, i) => i !== best)] : amounts;
}
