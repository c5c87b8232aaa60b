/**
 * The fact card's data: text in, facts out. Pure (no browser APIs). Every fact points back to the sentence
 * it was read from; nothing is invented.
 */
import type { ArticleFacts, PageMeta } from '../types.ts';
import { fallbackSplitSentences as splitSentences, fallbackSummarize as summarize } from './fallback-text.ts';

/** Words per minute used for the reading-time estimate. */
const WPM = 230;

/**
 * Extracts the fact card from an article's plain text (paragraphs joined by "\n\n") and the page metadata.
 */
export function extractFacts({ text, meta }: { text: string; meta: PageMeta }): ArticleFacts {
  const lang = meta.lang;
  const sentences = splitSentences(text, lang);
  const words = text.split(/\s+/).filter(Boolean).length;
  return {
    meta,
    readingMinutes: Math.max(1, Math.round(words / WPM)),
    sentences,
    parties: [],
    event: null,
    amounts: [],
    numbers: [],
    dates: [],
    quotes: [],
    tldr: summarize(sentences, { title: meta.title, lang, maxSentences: 2 }),
  };
}
