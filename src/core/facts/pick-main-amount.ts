/**
 * Orders the amounts so the main one (the money tied to the story's event) comes first: the amount the
 * headline repeats, else the largest amount of the lead, else the first one.
 */
import type { AmountFact, Lang } from '../types.ts';
import { parseAmounts } from './parse-amounts.ts';
import { normalizeSpaces } from './normalize-text.ts';
import { budgetSide, isRate, type BudgetSide } from './amount-kind.ts';

const LEAD = 3;
/** How far below a rate (in score points: half a lead position, or 10 sentences) a larger one-off amount may stand and still take its place. */
const RATE_YIELD = 0.5;

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
 * The kind of money, read from the amount's clause (amount-kind.ts): a rate hands its place to a larger one-off
 * amount standing nearly as high; a budget's envelope beats the part of it paid out so far.
 */
export function pickMainAmount(amounts: AmountCandidate[], title: string, lang: Lang, eventSentence: number, sentences: string[] = [], dollar?: string): AmountFact[] {
  const inTitle = parseAmounts(title, lang, dollar ? { dollar } : {});
  if (amounts.length < 2 && !(amounts.length === 0 && inTitle.length)) return amounts.map(strip);
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
  // "17 millions versés sur les 240 promis": the headline's whole, not its part (as with a total above).
  const whole = wholeInTitle(title);
  if (whole) {
    amounts.forEach((a, i) => {
      if (mantissaOf(a.text) === whole) scores[a.conversionOf ?? i] = (scores[a.conversionOf ?? i] ?? 0) + 12;
    });
  }
  // "entre $7 millones y $10 millones": the range's upper end stands for it.
  const lowEnds = rangeLowEnds(amounts, sentences);
  // "une amende maximale de 150.000 euros … condamnée à 120.000 euros": a legal or theoretical maximum is the
  // frame, the amount actually decided is the story's (only when there is another amount in that currency).
  amounts.forEach((a, i) => {
    if (a.conversionOf !== undefined) return;
    const sentence = sentences[a.source.sentence] ?? '';
    const at = sentence.indexOf(a.source.text);
    if (at > 0 && MAXIMUM_BEFORE.test(sentence.slice(Math.max(0, at - 40), at)) && amounts.some((b, j) => j !== i && b.currency === a.currency && b.conversionOf === undefined)) {
      scores[i] = (scores[i] ?? 0) - 4;
    }
  });
  // Where each amount sits in its sentence: the kind of money is read from the words around it (amount-kind.ts).
  const clause = (i: number): [string, number, number] | undefined => {
    const a = amounts[i];
    if (!a || a.conversionOf !== undefined) return undefined;
    const sentence = sentences[a.source.sentence] ?? '';
    const at = sentence.indexOf(a.source.text);
    return at < 0 ? undefined : [sentence, at, a.source.text.length];
  };
  const envelope = envelopeOfFirstPart(amounts, amounts.map((_, i) => {
    const c = clause(i);
    return c && budgetSide(...c);
  }));
  if (envelope >= 0) scores[envelope] = (scores[envelope] ?? 0) + 5;
  const totals = amounts.map((a, i) => {
    if (a.conversionOf !== undefined || lowEnds.has(i)) return -Infinity;
    if (PROMO.test(sentences[a.source.sentence] ?? '')) return -Infinity;
    let score = scores[i] ?? 0;
    if (a.source.sentence < LEAD) score += 3 - a.source.sentence;
    if (a.source.sentence === eventSentence) score += 1;
    return score - a.source.sentence * 0.05;
  });
  let best = -1;
  totals.forEach((t, i) => {
    if (t > -Infinity && (best < 0 || t > (totals[best] ?? -Infinity))) best = i;
  });
  // A rate ("8 millions d'euros de pertes par an", "$2.40 per person") hands its place to a larger one-off amount in
  // the same currency that stands nearly as high ("… soit 17,4 millions d'euros", "$15 million in state funding"):
  // the story's money is the sum, not the running cost. Only larger: a smaller one beside a rate is usually another
  // rate left implicit ("$2,000 a month … the cheapest would cost $1,600").
  const rate = (i: number): boolean => {
    const c = clause(i);
    return c !== undefined && isRate(...c);
  };
  const winner = amounts[best];
  if (winner && rate(best)) {
    let swap = -1;
    amounts.forEach((b, j) => {
      const t = totals[j] ?? -Infinity;
      if (b.currency !== winner.currency || b.value <= winner.value || t < (totals[best] ?? 0) - RATE_YIELD) return;
      if ((swap < 0 || t > (totals[swap] ?? -Infinity)) && !rate(j)) swap = j;
    });
    if (swap >= 0) best = swap;
  }
  const main = amounts[best];
  // The headline states an amount the text never repeats ("… vendue 595.000 dollars"): that is the story's.
  // (Value alone decides "repeats": a headline "$100M" may be read as another dollar than the text's.)
  const onlyInTitle = inTitle.filter((t) => !amounts.some((a) => near(a.value, t.value)));
  if (onlyInTitle.length === inTitle.length && onlyInTitle.length) {
    const top = onlyInTitle.reduce((m, t) => (t.value > m.value ? t : m));
    const fromTitle: AmountFact = { text: top.text, value: top.value, currency: top.currency, qualifier: top.qualifier, source: { sentence: TITLE_SENTENCE, text: top.text } };
    return [fromTitle, ...amounts.map(strip)];
  }
  if (best <= 0 || !main) return amounts.map(strip);
  return [main, ...amounts.filter((_, i) => i !== best)].map(strip);
}

/** Provenance index of a fact read from the headline (not one of the article's sentences). */
export const TITLE_SENTENCE = -1;

const MAXIMUM_BEFORE = /(?:maximal\p{L}*|maximum|máxim\p{L}*|massim\p{L}*|höchst\p{L}*|plafond|ceiling|cap)(?:\s+\p{L}+){0,2}\s+(?:de|of|von|di|del|d['’])?\s*$/iu;
const RANGE_START = /(?:^|\s)(?:entre|between|zwischen|tra|fra|from|de|von)\s*$/iu;
const RANGE_JOIN = /^\s*(?:y|and|et|und|e|to|à|a|bis|-|–)\s*$/iu;

/**
 * The envelope of a budget ("aprobaron … Q745 millones") beats the part of it paid out so far ("ha ejecutado unos
 * Q179 millones"), as a total beats its parts: the first part reported is paired with the smallest larger envelope
 * in its currency stated in the same or the next sentence (farther apart, they are usually different budgets).
 * Returns the envelope's index, or -1.
 */
function envelopeOfFirstPart(amounts: AmountCandidate[], sides: Array<BudgetSide | undefined>): number {
  const part = amounts.find((_, j) => sides[j] === 'disbursed');
  let whole = -1;
  if (!part) return whole;
  amounts.forEach((a, i) => {
    if (sides[i] !== 'envelope' || a.currency !== part.currency || a.value <= part.value || Math.abs(a.source.sentence - part.source.sentence) > 1) return;
    if (whole < 0 || a.value < (amounts[whole]?.value ?? 0)) whole = i;
  });
  return whole;
}

/** The digits of an amount as written ("17,4 millions d'euros" → "17,4"). */
function mantissaOf(text: string): string | undefined {
  return /\d[\d.,\s]*/.exec(normalizeSpaces(text))?.[0].trim().replace(/[.,]$/, '');
}

/** "17 millions d'euros versés sur les 240 promis", "3 of the 10": the number after "sur/of/von…", when the headline has an earlier one. */
function wholeInTitle(title: string): string | undefined {
  const t = normalizeSpaces(title);
  const m = /\d[\d.,]*[^\d]{1,60}?(?:^|\s)(?:sur|out of|of|von|su|de)\s+(?:les|the|den|los|las|i|gli|le)?\s*(\d[\d.,]*)/iu.exec(t);
  return m?.[1]?.replace(/[.,]$/, '');
}

/** Indices of amounts that open a range ("entre $7 millones y $10 millones"): the upper end follows in the same sentence, same currency. */
function rangeLowEnds(amounts: AmountCandidate[], sentences: string[]): Set<number> {
  const out = new Set<number>();
  amounts.forEach((a, i) => {
    const b = amounts[i + 1];
    if (!b || b.source.sentence !== a.source.sentence || b.currency !== a.currency || b.value <= a.value) return;
    const s = sentences[a.source.sentence] ?? '';
    const at = s.indexOf(a.source.text);
    const bt = at < 0 ? -1 : s.indexOf(b.source.text, at + a.source.text.length);
    if (at < 0 || bt < 0) return;
    if (RANGE_START.test(s.slice(Math.max(0, at - 12), at)) && RANGE_JOIN.test(s.slice(at + a.source.text.length, bt))) out.add(i);
  });
  return out;
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
