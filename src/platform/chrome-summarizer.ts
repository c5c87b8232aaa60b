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
 * device for this language. Never triggers a download, never throws.
 * @param text article text (paragraphs separated by "\n\n")
 * @param lang article language; the model must support it as input and output
 * @returns the abstractive TL;DR, or null (no API, model not available, timeout, error, or a number in the
 *   summary that the article does not contain)
 */
export async function tryAbstractiveTldr(text: string, lang: Lang, options: AbstractiveOptions = {}): Promise<string | null> {
  // Window-exposed API: absent in the MV3 service worker (no document there) and on Firefox.
  if (typeof document === 'undefined' && !options.api) return null;
  const api = options.api ?? summarizerGlobal();
  if (!api || !text.trim()) return null;
  const config: SummarizerOptions = {
    type: 'tldr',
    format: 'plain-text',
    length: 'short',
    sharedContext: 'A news article. Keep names and figures exactly as written.',
    expectedInputLanguages: [lang],
    expectedContextLanguages: [lang],
    outputLanguage: lang,
  };
  const timeout = AbortSignal.timeout(options.timeoutMs ?? 15_000);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  let session: SummarizerSession | undefined;
  try {
    // 'downloadable' / 'downloading' would need create() with a user gesture and a disk warning: not here.
    if ((await api.availability(config)) !== 'available') return null;
    session = await api.create({ ...config, signal });
    const context = options.title || undefined;
    const input = await fitToQuota(session, text, context);
    const output = tidy(await session.summarize(input, { context, signal }), lang);
    if (!output || !numbersSupported(output, text)) return null;
    return output;
  } catch {
    // Quota, abort, model crash, unsupported language: the extractive TL;DR stays.
    return null;
  } finally {
    session?.destroy();
  }
}

/**
 * The popup's entry point: the abstractive TL;DR for facts already on screen, as a TldrFact to swap in, or
 * null to keep the extractive one. The article text is rebuilt from `facts.sentences` (no extra message).
 */
export async function abstractiveTldrFor(
  facts: Pick<ArticleFacts, 'sentences' | 'meta'>,
  options: Omit<AbstractiveOptions, 'title'> = {},
): Promise<TldrFact | null> {
  const text = await tryAbstractiveTldr(facts.sentences.join('\n\n'), facts.meta.lang, { ...options, title: facts.meta.title });
  return text ? { text, sentences: [], method: 'abstractive' } : null;
}
