/**
 * Shared data types of the pure core. Everything here is plain, JSON-serialisable data:
 * it crosses the message boundary (content ↔ background ↔ popup) and is stored in the library.
 */

/** Languages Nutgraf understands. Anything else is treated with the English rules. */
export type Lang = 'en' | 'fr' | 'de' | 'es' | 'it';

/** Where a fact came from: the verbatim sentence of the article text, so the card can link to it. */
export interface Provenance {
  /**
   * Index of the sentence in `ArticleFacts.sentences`, or -1 (`TITLE_SENTENCE`) when the fact was read from the
   * headline, which is not part of the article text; the card then finds `text` itself in the page.
   */
  sentence: number;
  /** The exact substring of that sentence the fact was read from. */
  text: string;
}

/** Result of the cheap, always-on news detection. */
export interface NewsVerdict {
  isNews: boolean;
  score: number;
  /** Human-readable signals that fired, e.g. `jsonld:NewsArticle`, `og:type=article`. */
  reasons: string[];
}

export type UpsellKind =
  | 'subscribe'
  | 'support'
  | 'newsletter'
  | 'meter'
  | 'app'
  | 'follow'
  | 'notifications'
  | 'register'
  | 'promo-other';

export type EventType =
  | 'acquisition'
  | 'investment'
  | 'partnership'
  | 'funding'
  | 'merger'
  | 'order'
  | 'listing'
  | 'earnings'
  | 'layoffs'
  | 'lawsuit'
  | 'other';

export type AmountQualifier = 'up-to' | 'about' | 'more-than' | 'less-than' | 'exact';

export interface PartyFact {
  name: string;
  kind: 'org' | 'person';
  /** Role of a person, verbatim ("fondateur et PDG de Nvidia"), when the text gives one. */
  role?: string;
  source: Provenance;
}

export interface EventFact {
  type: EventType;
  /** Short label in the article's words, e.g. the trigger phrase ("investissement"). */
  label: string;
  source: Provenance;
}

export interface AmountFact {
  /** Verbatim text, e.g. "100 milliards de dollars". */
  text: string;
  /** Plain number in units of the currency, e.g. 100000000000. */
  value: number;
  /** ISO 4217 code. */
  currency: string;
  qualifier: AmountQualifier;
  source: Provenance;
}

export interface NumberFact {
  text: string;
  value: number;
  /** Normalised unit: '%', 'GW', 'MW', 'jobs', 'employees', 'barrels', 'aircraft', … */
  unit: string;
  qualifier: AmountQualifier;
  source: Provenance;
}

/** Precision of a normalised date. `norm` follows the card contract: YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY-H1|H2, YYYY. */
export type DatePrecision = 'day' | 'month' | 'quarter' | 'half' | 'year';

export interface DateFact {
  text: string;
  norm: string;
  precision: DatePrecision;
  source: Provenance;
}

export interface QuoteFact {
  speaker: string;
  role?: string;
  /** The quoted words, without the quotation marks. */
  quote: string;
  source: Provenance;
}

export interface TldrFact {
  text: string;
  /** Sentence indices the TL;DR was assembled from (extractive). */
  sentences: number[];
  method: 'extractive' | 'abstractive';
}

/** Page metadata read without Readability: JSON-LD, <meta>, <html lang>. */
export interface PageMeta {
  title: string;
  site: string;
  url: string;
  lang: Lang;
  /** ISO 8601 as given by the page (datePublished / article:published_time), if any. */
  published?: string;
  author?: string;
  /** JSON-LD about/mentions names, when present: strong hints for parties. */
  about: string[];
  /** JSON-LD `isAccessibleForFree === false`: hard paywall, never touched. */
  paywalled: boolean;
}

/** Everything the fact card shows. Produced by core from the article text + page meta. */
export interface ArticleFacts {
  meta: PageMeta;
  readingMinutes: number;
  /** The article text split into sentences; provenance indices point here. */
  sentences: string[];
  parties: PartyFact[];
  event: EventFact | null;
  /** Main amount first (the one tied to the event), then the others. */
  amounts: AmountFact[];
  numbers: NumberFact[];
  dates: DateFact[];
  quotes: QuoteFact[];
  tldr: TldrFact | null;
}

/** One block found by the upsell finder (core finds; content hides). */
export interface UpsellFinding {
  kind: UpsellKind;
  score: number;
  reasons: string[];
  /** First ~80 characters of the block's text, for the "show again" list. */
  preview: string;
}
