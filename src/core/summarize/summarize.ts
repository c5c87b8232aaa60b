import type { Lang, TldrFact } from '../types.ts';
import { contentWords } from '../text/tokens.ts';
import { isSummaryMaterial, quotedShare } from './summary-material.ts';
import { cosine, inverseDocumentFrequency, sumVectors, tfidfVector, type TermVector } from './tfidf.ts';

/** Weights of the sentence score; exported so the evaluation can print them next to its figures. */
export const SUMMARY_WEIGHTS = {
  /** Lead bias: 1/√(1 + rank among eligible sentences). News is written as an inverted pyramid. */
  position: 1,
  /** Cosine with the article's tf-idf centroid (what the article is about). */
  centrality: 0.8,
  /** Cosine with the headline. */
  title: 0.6,
  /** A sentence with a figure usually carries the news ("$100bn", "10 GW"). */
  digits: 0.05,
  /** Penalty × share of the sentence inside quotation marks: the TL;DR speaks in the article's voice. */
  quote: 0.3,
  /** A 2-sentence TL;DR longer than this many words drops its weaker sentence (a card is read at a glance);
   * scaled with maxSentences. */
  maxWords: 75,
  /** MMR trade-off: 1 = pure score, lower = stronger penalty for repeating a selected sentence. */
  lambda: 0.7,
};

/** Preferred sentence length in words: shorter is a fragment, longer is hard to read in a card. */
const IDEAL_MIN_WORDS = 10;
const IDEAL_MAX_WORDS = 45;
/** No TL;DR for texts shorter than this: the article is its own summary. */
const MIN_ARTICLE_WORDS = 60;
const MIN_ARTICLE_SENTENCES = 3;

/** A wire dateline before the lead: "MEXICO CITY (AP) — ", "(Reuters) - ", "Gundremmingen (dpa) - ". */
const DATELINE = /^[\p{Lu}\p{L}.,' -]{0,40}\((?:AP|Reuters|AFP|dpa|EFE|ANSA|Bloomberg|CNN|Europa Press)\)\s*(?:[—–-]+|\.-)\s*/u;

const normalise = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

interface Candidate {
  index: number;
  words: number;
  vector: TermVector;
  score: number;
}

function lengthPenalty(words: number): number {
  if (words < IDEAL_MIN_WORDS) return 0.03 * (IDEAL_MIN_WORDS - words);
  if (words > IDEAL_MAX_WORDS) return 0.01 * (words - IDEAL_MAX_WORDS);
  return 0;
}

/** Maximal marginal relevance: best score, minus similarity to what is already chosen. */
function selectWithMmr(candidates: Candidate[], k: number, lambda: number): Candidate[] {
  const chosen: Candidate[] = [];
  const pool = [...candidates];
  while (chosen.length < k && pool.length > 0) {
    let bestAt = 0;
    let best = -Infinity;
    pool.forEach((c, i) => {
      const redundancy = chosen.reduce((m, s) => Math.max(m, cosine(c.vector, s.vector)), 0);
      const mmr = lambda * c.score - (1 - lambda) * redundancy;
      if (mmr > best) {
        best = mmr;
        bestAt = i;
      }
    });
    chosen.push(...pool.splice(bestAt, 1));
  }
  return chosen;
}

/**
 * Extractive TL;DR: scores each sentence by lead position, tf-idf centrality, similarity to the title and
 * the presence of figures, skips sentences that are not summary material (fragments, questions, captions,
 * credits, "read more", bare quotes), picks 1–2 with MMR against redundancy and returns them in article order.
 * @param sentences the article's sentences (as from splitSentences); indices in the result point here
 * @param opts.title the headline ('' when unknown)
 * @param opts.maxSentences how many sentences at most (default 2)
 * @returns the TL;DR, or null when the text is too short to need one or nothing qualifies
 */
export function summarize(
  sentences: readonly string[],
  opts: { title: string; lang: Lang; maxSentences?: number },
): TldrFact | null {
  const { title, lang, maxSentences = 2 } = opts;
  const tokens = sentences.map((s) => contentWords(s, lang));
  const totalWords = sentences.reduce((n, s) => n + s.split(/\s+/).filter(Boolean).length, 0);
  if (sentences.length < MIN_ARTICLE_SENTENCES || totalWords < MIN_ARTICLE_WORDS || maxSentences < 1) return null;

  const idf = inverseDocumentFrequency(tokens);
  const maxIdf = Math.log(1 + sentences.length);
  const vectors = tokens.map((t) => tfidfVector(t, idf, maxIdf));
  const centroid = sumVectors(vectors);
  const titleVector = tfidfVector(contentWords(title, lang), idf, maxIdf);
  const w = SUMMARY_WEIGHTS;

  const candidates: Candidate[] = [];
  const headline = normalise(title);
  sentences.forEach((sentence, index) => {
    if (!isSummaryMaterial(sentence, lang)) return;
    // The headline (and its dek) repeated at the top of the body: the card shows the title already.
    if (headline.split(' ').length >= 4 && normalise(sentence).startsWith(headline)) return;
    const vector = vectors[index]!;
    const words = sentence.split(/\s+/).length;
    const rank = candidates.length;
    const score =
      w.position / Math.sqrt(1 + rank) +
      w.centrality * cosine(vector, centroid) +
      w.title * cosine(vector, titleVector) +
      (/\d/.test(sentence) ? w.digits : 0) -
      w.quote * quotedShare(sentence) -
      lengthPenalty(words);
    candidates.push({ index, words, vector, score });
  });
  if (candidates.length === 0) return null;

  const chosen = selectWithMmr(candidates, maxSentences, w.lambda);
  // MMR order is best first: drop from the end while too long, never below one sentence.
  const wordBudget = (w.maxWords * maxSentences) / 2;
  while (chosen.length > 1 && chosen.reduce((n, c) => n + c.words, 0) > wordBudget) chosen.pop();
  chosen.sort((a, b) => a.index - b.index);
  return {
    text: chosen.map((c) => sentences[c.index]!.trim().replace(DATELINE, '')).join(' '),
    sentences: chosen.map((c) => c.index),
    method: 'extractive',
  };
}
