/**
 * The fact card's data: text in, facts out. Pure (no browser APIs). Every fact points back to the sentence
 * it was read from (Provenance); nothing is invented.
 */
import type { ArticleFacts, DateFact, EventFact, NumberFact, PageMeta } from '../types.ts';
import { splitSentences } from '../text/sentences.ts';
import { detectLang } from '../text/detect-lang.ts';
import { summarize } from '../summarize/summarize.ts';
import { parseAmounts } from './parse-amounts.ts';
import { parseNumbers } from './parse-numbers.ts';
import { parseDates } from './parse-dates.ts';
import { buildEntityTable } from './entity-table.ts';
import { findQuotes } from './find-quotes.ts';
import { findParties } from './find-parties.ts';
import { classifyEvent } from './classify-event.ts';
import { pickMainAmount, type AmountCandidate } from './pick-main-amount.ts';
import { fold } from './normalize-text.ts';
import { dollarOf } from './dollar-of.ts';
import { finishSteps, type Steps } from '../run-steps.ts';

/** Words per minute used for the reading-time estimate. */
const WPM = 230;
const MAX_NUMBERS = 12;
const MAX_DATES = 10;
const MAX_QUOTES = 8;

/**
 * Extracts the fact card from an article's plain text (paragraphs joined by "\n\n") and the page metadata.
 * Relative dates are resolved against `meta.published`.
 */
export function extractFacts(input: { text: string; meta: PageMeta }): ArticleFacts {
  return finishSteps(factSteps(input));
}

/**
 * extractFacts in steps: the generator pauses (yields) between sentence splitting, amounts and numbers, dates,
 * parties and quotes, and the TL;DR, so a caller on a page's main thread can let the page run between them
 * (the pipeline does). Same facts as extractFacts.
 */
export function* factSteps({ text, meta }: { text: string; meta: PageMeta }): Steps<ArticleFacts> {
  // Pages often declare a site-wide language; the article text decides when there is enough of it.
  const lang = text.length >= 400 ? detectLang(text) : meta.lang;
  const sentences = splitSentences(text, lang);
  const words = text.split(/\s+/).filter(Boolean).length;
  yield;

  const amounts: AmountCandidate[] = [];
  const dollar = dollarOf(meta.url, text);
  const numbers: NumberFact[] = [];
  // Counts of things the unit table does not name ("233 fossiles") come after the quantities it does name.
  const counts: NumberFact[] = [];
  const dates: DateFact[] = [];
  const seenAmounts = new Set<string>();
  const seenNumbers = new Set<string>();
  const seenDates = new Set<string>();
  sentences.forEach((s, i) => {
    const found = parseAmounts(s, lang, dollar ? { dollar } : {});
    const at = new Map<number, number>();
    found.forEach((a, j) => {
      const k = `${a.value}|${a.currency}`;
      if (seenAmounts.has(k)) return;
      seenAmounts.add(k);
      const conv = a.conversionOf !== undefined ? at.get(a.conversionOf) : undefined;
      at.set(j, amounts.length);
      amounts.push({ text: a.text, value: a.value, currency: a.currency, qualifier: a.qualifier, source: { sentence: i, text: a.text }, ...(conv !== undefined ? { conversionOf: conv } : {}) });
    });
    for (const n of parseNumbers(s, lang)) {
      const k = `${n.value}|${n.unit}`;
      const list = n.counted ? counts : numbers;
      if (seenNumbers.has(k) || list.length >= MAX_NUMBERS * 2) continue;
      seenNumbers.add(k);
      list.push({ text: n.text, value: n.value, unit: n.unit, qualifier: n.qualifier, source: { sentence: i, text: n.text } });
    }
  });
  yield;
  // Dates on the whole text at once: chrono's per-call setup dominates when it is called per sentence.
  const starts: number[] = [];
  let joined = '';
  for (const s of sentences) {
    starts.push(joined.length);
    joined += `${s}\n`;
  }
  let si = 0;
  for (const d of parseDates(joined, lang, meta.published)) {
    while (si + 1 < starts.length && (starts[si + 1] ?? Infinity) <= d.index) si++;
    const sentence = sentences[si] ?? '';
    const local = d.index - (starts[si] ?? 0);
    // A match that ran across a sentence boundary is cut to its first sentence.
    const verbatim = sentence.slice(local, local + d.text.length).trim();
    if (!verbatim || seenDates.has(d.norm)) continue;
    seenDates.add(d.norm);
    dates.push({ text: verbatim, norm: d.norm, precision: d.precision, source: { sentence: si, text: verbatim } });
  }

  yield;
  const event = classifyEvent(meta.title, sentences, lang);
  const table = buildEntityTable(sentences, lang, meta.title, meta.about);
  const quotes = findQuotes(sentences, lang, table).slice(0, MAX_QUOTES);
  const parties = findParties(table, lang, meta.about, (name) => {
    const k = fold(name);
    const i = sentences.findIndex((s) => fold(s).includes(k));
    if (i < 0) return undefined;
    const s = sentences[i] ?? '';
    const at = fold(s).indexOf(k);
    return { sentence: i, text: s.slice(at, at + name.length) };
  }, sentences, [meta.site, ...(meta.author ?? '').split(/\s*,\s*/)].filter(Boolean));
  const eventFact: EventFact | null =
    event.sentence >= 0 && event.label
      ? { type: event.type, label: event.label, source: { sentence: event.sentence, text: event.label } }
      : null;

  yield;
  const tldr = summarize(sentences, { title: meta.title, lang, maxSentences: 2 });
  return {
    meta,
    readingMinutes: Math.max(1, Math.round(words / WPM)),
    sentences,
    parties,
    event: eventFact,
    amounts: pickMainAmount(amounts, meta.title, lang, event.sentence, sentences, dollar),
    numbers: [...numbers, ...counts].slice(0, MAX_NUMBERS),
    dates: dates.slice(0, MAX_DATES),
    quotes: quotes.map(({ sentenceIndex: _s, ...q }) => q),
    tldr,
  };
}
