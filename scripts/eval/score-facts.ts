/**
 * FACTS's scorer: one article's facts against one row of corpus/labels/facts.jsonl, and aggregation per language.
 * Pure. Used by scripts/eval/dev-facts.ts (node, ArticleFacts) and by `npm run eval` (Chromium, the card's
 * `[data-fact]` elements) through `scoreFacts(pages, labels)`.
 *
 * Measures: main amount (first amount, value within 1 % and same currency), parties (recall of labelled names,
 * matching tolerant to case, diacritics, legal suffixes and surname-only forms), published date (same calendar day),
 * key-number recall (value within 1 %, '%' must stay '%'), quote-speaker precision (among our quotes that overlap a
 * labelled quote, the share that name its speaker).
 */
import type { ArticleFacts } from '../../src/core/types.ts';

/** The facts the scorer needs, from either an ArticleFacts or the card DOM. */
export interface ScorableFacts {
  amounts: Array<{ value: number; currency: string }>;
  parties: string[];
  published?: string;
  numbers: Array<{ value: number; unit: string }>;
  quotes: Array<{ speaker: string; quote: string }>;
  /** The event type the card names ("investment"); absent when it names none, or only "other". */
  event?: string;
}

/** A row of labels/facts.jsonl (only the fields scored here). */
export interface FactsLabelRow {
  id: string;
  lang: string;
  published?: string | null;
  parties?: string[];
  main_amount?: { value?: number; currency?: string } | null;
  key_numbers?: Array<{ value?: number; unit?: string }>;
  quotes?: Array<{ speaker?: string; snippet?: string }>;
  /** The story's event type; "other" when it has none of ours, null when not labelled. */
  event?: string | null;
  [key: string]: unknown;
}

export interface PageFactsScore {
  id: string;
  lang: string;
  mainAmount: boolean | null;
  /** `top3` / `top3Correct`: the parties the compact card shows (COMPACT_LIMITS.parties = 3). */
  parties: { labelled: number; found: number; shown: number; correct: number; top3?: number; top3Correct?: number; missed: string[] };
  published: boolean | null;
  keyNumbers: { labelled: number; found: number };
  quotes: { matched: number; speakerRight: number; shown: number; wrong: string[] };
  /** null when the event is not labelled; `labelled`: a type other than "other"; `shown`: the card names one. */
  event: { labelled: boolean; shown: boolean; right: boolean } | null;
}

export interface FactsAggregate {
  pages: number;
  mainAmount: number | null;
  mainAmountN: number;
  partiesRecall: number | null;
  partiesPrecision: number | null;
  /** Precision of the first three parties: what the compact card shows. */
  partiesPrecisionTop3?: number | null;
  published: number | null;
  publishedN: number;
  keyNumberRecall: number | null;
  quoteSpeakerPrecision: number | null;
  quotesMatched: number;
  /** Of the event types the card names, the share that are the labelled one (pages with a labelled event). */
  eventPrecision?: number | null;
  /** Of the labelled event types (other than "other"), the share the card names. */
  eventRecall?: number | null;
}

const SUFFIXES = new Set(['inc', 'corp', 'corporation', 'co', 'ltd', 'llc', 'plc', 'sa', 'sas', 'se', 'ag', 'gmbh', 'spa', 'srl', 'nv', 'bv', 'ab', 'group', 'groupe', 'gruppe', 'grupo', 'gruppo', 'holding', 'holdings', 'the', 'le', 'la', 'les', 'l', 'el', 'los', 'die', 'der', 'das', 'il', 'lo']);
const PARTICLES = new Set(['de', 'du', 'des', 'of', 'von', 'van', 'der', 'di', 'del', 'da', 'y', 'e', 'and', 'et', 'und', '&']);

/** Name tokens: folded, no punctuation, no legal suffixes or articles. */
export function nameTokens(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t && !SUFFIXES.has(t));
}

/**
 * Whether two names denote the same party: equal token sets, or every significant token of the shorter one is in
 * the longer one ("Huang" ~ "Jensen Huang", "SoftBank" ~ "SoftBank Group Corp.", "Lincoln" ≁ "Abraham").
 */
export function sameParty(a: string, b: string): boolean {
  const x = nameTokens(a);
  const y = nameTokens(b);
  if (!x.length || !y.length) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  const sig = short.filter((t) => !PARTICLES.has(t));
  if (!sig.length || !sig.some((t) => t.length >= 2)) return false;
  const set = new Set(long);
  return sig.every((t) => set.has(t));
}

/** Values within 1 % (exact for 0). */
export function closeValue(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 0.01 * Math.max(Math.abs(a), Math.abs(b));
}

const words = (s: string): string =>
  s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Our quote overlaps a labelled snippet: the snippet's first six words are in it, or its first 40 characters are in the snippet. */
export function quoteMatches(ours: string, snippet: string): boolean {
  const a = words(ours);
  const b = words(snippet);
  const head = b.split(' ').slice(0, 6).join(' ');
  return (head.length > 8 && a.includes(head)) || (a.length > 8 && b.includes(a.slice(0, 40)));
}

/** The scorable view of an ArticleFacts. */
export function fromArticleFacts(f: ArticleFacts): ScorableFacts {
  return {
    amounts: f.amounts.map((a) => ({ value: a.value, currency: a.currency })),
    parties: f.parties.map((p) => p.name),
    ...(f.meta.published ? { published: f.meta.published } : {}),
    numbers: f.numbers.map((n) => ({ value: n.value, unit: n.unit })),
    quotes: f.quotes.map((q) => ({ speaker: q.speaker, quote: q.quote })),
    ...(f.event && f.event.type !== 'other' ? { event: f.event.type } : {}),
  };
}

/** The card DOM's facts as read by EVAL's runner: `{ kind, text, data }` per `[data-fact]` element. */
export interface CardFactLike {
  kind: string;
  text: string;
  data: Record<string, string>;
}

/** The scorable view of the card's `[data-fact]` elements. */
export function fromCardFacts(facts: CardFactLike[]): ScorableFacts {
  const of = (k: string): CardFactLike[] => facts.filter((f) => f.kind === k);
  const num = (s: string | undefined): number => (s === undefined || s.trim() === '' ? NaN : Number(s));
  const published = of('published')[0]?.data['date'];
  const event = of('event')[0]?.data['type'];
  return {
    amounts: of('amount').map((f) => ({ value: num(f.data['value']), currency: f.data['currency'] ?? '' })),
    parties: of('party').map((f) => f.data['name'] ?? f.text),
    ...(published ? { published } : {}),
    numbers: of('number').map((f) => ({ value: num(f.data['value']), unit: f.data['unit'] ?? '' })),
    quotes: of('quote').map((f) => ({ speaker: f.data['speaker'] ?? '', quote: f.text })),
    ...(event && event !== 'other' ? { event } : {}),
  };
}

/**
 * How many of `shown` name a labelled party, each labelled party counted once: a duplicate ("Bank" beside
 * "Deutsche Bank", "Deutscher Bahn" beside "Deutsche Bahn") takes a place in the list without naming anyone new.
 */
export function distinctCorrect(shown: readonly string[], labelled: readonly string[]): number {
  const free = [...labelled];
  let n = 0;
  for (const s of shown) {
    const i = free.findIndex((p) => sameParty(p, s));
    if (i < 0) continue;
    free.splice(i, 1);
    n++;
  }
  return n;
}

/** Scores one article against its label. */
export function scoreArticle(f: ScorableFacts, label: FactsLabelRow): PageFactsScore {
  const main = label.main_amount;
  const first = f.amounts[0];
  const mainAmount =
    main && typeof main.value === 'number'
      ? Boolean(first && closeValue(first.value, main.value) && first.currency === (main.currency ?? ''))
      : null;

  const labelled = label.parties ?? [];
  const missed = labelled.filter((p) => !f.parties.some((s) => sameParty(p, s)));
  const parties = {
    labelled: labelled.length,
    found: labelled.length - missed.length,
    shown: f.parties.length,
    correct: distinctCorrect(f.parties, labelled),
    top3: Math.min(3, f.parties.length),
    top3Correct: distinctCorrect(f.parties.slice(0, 3), labelled),
    missed,
  };

  const published = typeof label.published === 'string' && label.published ? (f.published ?? '').slice(0, 10) === label.published.slice(0, 10) : null;

  let nLabelled = 0;
  let nFound = 0;
  for (const n of label.key_numbers ?? []) {
    if (typeof n.value !== 'number') continue;
    nLabelled++;
    const pct = n.unit === '%';
    const pool = [...f.numbers.filter((x) => !pct || x.unit === '%'), ...(pct ? [] : f.amounts)];
    if (pool.some((x) => closeValue(x.value, n.value as number))) nFound++;
  }

  const quotes = { matched: 0, speakerRight: 0, shown: f.quotes.length, wrong: [] as string[] };
  for (const q of f.quotes) {
    const match = (label.quotes ?? []).find((l) => quoteMatches(q.quote, l.snippet ?? ''));
    if (!match) continue;
    quotes.matched++;
    if (sameParty(q.speaker, match.speaker ?? '')) quotes.speakerRight++;
    else quotes.wrong.push(`${q.speaker} ≠ ${match.speaker ?? '?'}: ${q.quote.slice(0, 50)}`);
  }
  const labelledEvent = typeof label.event === 'string' ? label.event : null;
  const event = labelledEvent === null ? null : { labelled: labelledEvent !== 'other', shown: f.event !== undefined, right: f.event === labelledEvent };
  return { id: label.id, lang: label.lang, mainAmount, parties, published, keyNumbers: { labelled: nLabelled, found: nFound }, quotes, event };
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

/** Aggregates page scores. */
export function aggregate(scores: PageFactsScore[]): FactsAggregate {
  const sum = (f: (s: PageFactsScore) => number): number => scores.reduce((n, s) => n + f(s), 0);
  const amountN = scores.filter((s) => s.mainAmount !== null).length;
  const pubN = scores.filter((s) => s.published !== null).length;
  return {
    pages: scores.length,
    mainAmount: ratio(scores.filter((s) => s.mainAmount === true).length, amountN),
    mainAmountN: amountN,
    partiesRecall: ratio(sum((s) => s.parties.found), sum((s) => s.parties.labelled)),
    partiesPrecision: ratio(sum((s) => s.parties.correct), sum((s) => s.parties.shown)),
    partiesPrecisionTop3: ratio(sum((s) => (s.parties.labelled ? (s.parties.top3Correct ?? 0) : 0)), sum((s) => (s.parties.labelled ? (s.parties.top3 ?? 0) : 0))),
    published: ratio(scores.filter((s) => s.published === true).length, pubN),
    publishedN: pubN,
    keyNumberRecall: ratio(sum((s) => s.keyNumbers.found), sum((s) => s.keyNumbers.labelled)),
    quoteSpeakerPrecision: ratio(sum((s) => s.quotes.speakerRight), sum((s) => s.quotes.matched)),
    quotesMatched: sum((s) => s.quotes.matched),
    eventPrecision: ratio(sum((s) => (s.event?.right ? 1 : 0)), sum((s) => (s.event?.shown ? 1 : 0))),
    eventRecall: ratio(sum((s) => (s.event?.right ? 1 : 0)), sum((s) => (s.event?.labelled ? 1 : 0))),
  };
}

/** Aggregates per language plus 'all'. */
export function aggregateByLang(scores: PageFactsScore[]): Record<string, FactsAggregate> {
  const out: Record<string, FactsAggregate> = { all: aggregate(scores) };
  for (const lang of [...new Set(scores.map((s) => s.lang))].sort()) out[lang] = aggregate(scores.filter((s) => s.lang === lang));
  return out;
}

/**
 * Entry point for `npm run eval` (scripts/eval/metrics-facts-runner.ts): the card facts of each page, read from
 * the DOM, against the labels. Pages without a label are skipped.
 */
export function scoreFacts(pages: Array<{ id: string; lang: string; facts: CardFactLike[] }>, labels: FactsLabelRow[]): Record<string, FactsAggregate> {
  const byId = new Map(labels.map((l) => [l.id, l]));
  const scores: PageFactsScore[] = [];
  for (const p of pages) {
    const label = byId.get(p.id);
    if (label) scores.push(scoreArticle(fromCardFacts(p.facts), label));
  }
  return aggregateByLang(scores);
}

const pct = (x: number | null): string => (x === null ? '  –  ' : x.toFixed(2).padStart(5));

/** Plain-text table of the aggregates, one line per language. */
export function formatFactsScores(agg: Record<string, FactsAggregate>): string {
  const rows = ['lang  pages  main-amt(n)   parties R/P   published(n)  key-num R  quote-spk P(n)  parties P@3  event P/R'];
  for (const [lang, a] of Object.entries(agg)) {
    rows.push(
      `${lang.padEnd(5)} ${String(a.pages).padStart(5)}  ${pct(a.mainAmount)}(${a.mainAmountN})`.padEnd(27) +
        `${pct(a.partiesRecall)}/${pct(a.partiesPrecision)}   ${pct(a.published)}(${a.publishedN})`.padEnd(29) +
        `${pct(a.keyNumberRecall)}      ${pct(a.quoteSpeakerPrecision)}(${a.quotesMatched})`.padEnd(25) +
        `${pct(a.partiesPrecisionTop3 ?? null)}        ${pct(a.eventPrecision ?? null)}/${pct(a.eventRecall ?? null)}`,
    );
  }
  return rows.join('\n');
}
