/**
 * Optional upgrade of the TL;DR on Chrome 138+: the built-in Summarizer API (Gemini Nano, on-device).
 * Runs from an extension page (the popup), never the service worker or a content script. Only used when the
 * model is already `available`: we never start the multi-GB download without an explicit user gesture.
 * The extractive TL;DR is always shown first; this may replace it, and only when every number in the model's
 * text appears in the article (numbersSupported). Firefox has no Summarizer: the function returns null.
 */
import { numbersSupported } from '../core/summarize/check-numbers.ts';
import { splitSentences } from '../core/text/sentences.ts';
import type { ArticleFacts, Lang, TldrFact } from '../core/types.ts';

type Availability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

interface SummarizerOptions {
  type: 'tldr' | 'key-points' | 'teaser' | 'headline';
  format: 'plain-text' | 'markdown';
  length: 'short' | 'medium' | 'long';
  sharedContext?: string;
  expectedInputLanguages?: string[];
  expectedContextLanguages?: string[];
  outputLanguage?: string;
}

/** The part of Chrome's Summarizer instance we use (https://developer.chrome.com/docs/ai/summarizer-api). */
export interface SummarizerSession {
  summarize(input: string, options?: { context?: string; signal?: AbortSignal }): Promise<string>;
  readonly inputQuota?: number;
  measureInputUsage?(input: string, options?: { context?: string }): Promise<number>;
  destroy(): void;
}

/** The `Summarizer` global (static side). Injectable for tests. */
export interface SummarizerApi {
  availability(options: SummarizerOptions): Promise<Availability>;
  create(options: SummarizerOptions & { signal?: AbortSignal }): Promise<SummarizerSession>;
}

export interface AbstractiveOptions {
  /** The headline, passed as context. */
  title?: string;
  signal?: AbortSignal;
  /** Give up after this long (default 15 s); the extractive TL;DR stays. */
  timeoutMs?: number;
  /** Defaults to `globalThis.Summarizer`. */
  api?: SummarizerApi;
}

const MAX_SENTENCES = 2;
const QUOTA_TRIES = 3;

function summarizerGlobal(): SummarizerApi | undefined {
  const api = (globalThis as { Summarizer?: SummarizerApi }).Summarizer;
  return api && typeof api.availability === 'function' && typeof api.create === 'function' ? api : undefined;
}

/** The browser's Summarizer where a page may use it: undefined on Firefox, in the service worker, in old Chrome. */
export function summarizerApi(): SummarizerApi | undefined {
  // Window-exposed API: absent in the MV3 service worker (no document there) and on Firefox.
  return typeof document === 'undefined' ? undefined : summarizerGlobal();
}

function configFor(lang: Lang): SummarizerOptions {
  return {
    type: 'tldr',
    format: 'plain-text',
    length: 'short',
    sharedContext: 'A news article. Keep names and figures exactly as written.',
    expectedInputLanguages: [lang],
    expectedContextLanguages: [lang],
    outputLanguage: lang,
  };
}

/**
 * Whether to offer the abstractive TL;DR at all: only when the model for this language is already on the
 * device ('available'). 'downloadable' and 'downloading' say no: asking would start a multi-GB download.
 * Never throws.
 */
export async function abstractiveAvailable(lang: Lang, api: SummarizerApi | undefined = summarizerApi()): Promise<boolean> {
  if (!api) return false;
  try {
    return (await api.availability(configFor(lang))) === 'available';
  } catch {
    return false;
  }
}

/** Why there is no abstractive TL;DR: no model here, a figure the article does not have, or a failure. */
export type AbstractiveOutcome =
  | { ok: true; text: string }
  | { ok: false; reason: 'unavailable' | 'numbers' | 'failed' };

/** Cuts the text at a paragraph (else sentence, else word) boundary so it fits the session's input quota. */
async function fitToQuota(session: SummarizerSession, text: string, context: string | undefined): Promise<string> {
  const quota = session.inputQuota;
  if (!quota || !Number.isFinite(quota) || !session.measureInputUsage) return text;
  let input = text;
  for (let i = 0; i < QUOTA_TRIES; i++) {
    const usage = await session.measureInputUsage(input, { context });
    if (usage <= quota) return input;
    const target = Math.floor((input.length * quota * 0.9) / usage);
    const head = input.slice(0, target);
    const cut = Math.max(head.lastIndexOf('\n\n'), head.lastIndexOf('. ') + 1, head.lastIndexOf(' '));
    input = head.slice(0, cut > target / 2 ? cut : target).trim();
  }
  return input;
}

/** Plain text, at most two sentences: the model may add bullets, "TL;DR:" or more than we asked for. */
function tidy(output: string, lang: Lang): string {
  const text = output
    .replace(/^\s*(?:tl;?dr|summary|résumé|zusammenfassung|resumen|riassunto)\s*:\s*/iu, '')
    .replace(/^\s*[-*•]\s+/gmu, '')
    .replace(/\*\*|__/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return splitSentences(text, lang).slice(0, MAX_SENTENCES).join(' ');
}

/**
 * Asks Chrome's built-in Summarizer for a 1–2 sentence TL;DR of the article, if the model is already on the
 * device for this language, and says why not otherwise. Never triggers a download, never throws.
 * @param text article text (paragraphs separated by "\n\n")
 * @param lang article language; the model must support it as input and output
 */
export async function abstractiveOutcome(text: string, lang: Lang, options: AbstractiveOptions = {}): Promise<AbstractiveOutcome> {
  const api = options.api ?? summarizerApi();
  if (!api || !text.trim()) return { ok: false, reason: 'unavailable' };
  const config = configFor(lang);
  const timeout = AbortSignal.timeout(options.timeoutMs ?? 15_000);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  let session: SummarizerSession | undefined;
  try {
    // 'downloadable' / 'downloading' would need create() with a user gesture and a disk warning: not here.
    if ((await api.availability(config)) !== 'available') return { ok: false, reason: 'unavailable' };
    session = await api.create({ ...config, signal });
    const context = options.title || undefined;
    const input = await fitToQuota(session, text, context);
    const output = tidy(await session.summarize(input, { context, signal }), lang);
    if (!output) return { ok: false, reason: 'failed' };
    if (!numbersSupported(output, text)) return { ok: false, reason: 'numbers' };
    return { ok: true, text: output };
  } catch {
    // Quota, abort, model crash, unsupported language: the extractive TL;DR stays.
    return { ok: false, reason: 'failed' };
  } finally {
    session?.destroy();
  }
}

/**
 * The abstractive TL;DR, or null (no API, model not available, timeout, error, or a number in the summary
 * that the article does not contain). See abstractiveOutcome for the reason.
 */
export async function tryAbstractiveTldr(text: string, lang: Lang, options: AbstractiveOptions = {}): Promise<string | null> {
  // Without a document (the service worker) the global is not even looked at, even when injected elsewhere.
  if (typeof document === 'undefined' && !options.api) return null;
  const outcome = await abstractiveOutcome(text, lang, options);
  return outcome.ok ? outcome.text : null;
}

/** The article text the card carries: its sentences, one paragraph each (no extra message to the tab). */
export const articleTextOf = (facts: Pick<ArticleFacts, 'sentences'>): string => facts.sentences.join('\n\n');

/**
 * The popup's entry point: the abstractive TL;DR for facts already on screen, as a TldrFact to swap in, or
 * null to keep the extractive one. The article text is rebuilt from `facts.sentences` (no extra message).
 */
export async function abstractiveTldrFor(
  facts: Pick<ArticleFacts, 'sentences' | 'meta'>,
  options: Omit<AbstractiveOptions, 'title'> = {},
): Promise<TldrFact | null> {
  const text = await tryAbstractiveTldr(articleTextOf(facts), facts.meta.lang, { ...options, title: facts.meta.title });
  return text ? { text, sentences: [], method: 'abstractive' } : null;
}
