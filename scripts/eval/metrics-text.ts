/**
 * Text helpers for the corpus evaluation: one normal form for page text and snippets, so visibility checks
 * do not fail on whitespace, case (CSS text-transform changes innerText), quotes or non-breaking spaces.
 */

const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const NON_WORD = /[^\p{L}\p{N}]+/gu;

/**
 * Normal form used for every comparison: NFKC, lower case, soft hyphens and zero-width characters dropped, and
 * every run of non-letter/non-digit characters (spaces, punctuation, quotes, dashes) turned into one space.
 */
export function normaliseText(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '').toLowerCase().replace(NON_WORD, ' ').trim();
}

/**
 * Whether `snippet` is visible in the already-normalised page text. Returns null when the snippet has no
 * letters or digits at all (it cannot be judged).
 */
export function isSnippetVisible(snippet: string, normalisedPage: string): boolean | null {
  const needle = normaliseText(snippet);
  if (needle.length < 3) return null;
  return normalisedPage.includes(needle);
}

const SENTENCE_END = /(?<=[.!?…]["”»’)]?)\s+(?=["“«„(¿¡]?\s?\p{Lu})/u;
const MIN_CHARS = 30;
const MAX_CHARS = 300;

/**
 * Splits ground-truth article text into sentences worth checking: paragraphs by line, then at sentence ends
 * followed by a capital. Drops fragments shorter than 30 characters or 5 words (captions, bylines); cuts very
 * long sentences at a word boundary (a long prefix still shows whether the sentence is visible).
 */
export function splitTruthSentences(text: string): string[] {
  const out: string[] = [];
  for (const paragraph of text.split(/\n+/)) {
    for (const raw of paragraph.split(SENTENCE_END)) {
      let s = raw.trim();
      if (s.length > MAX_CHARS) s = s.slice(0, s.lastIndexOf(' ', MAX_CHARS) > MIN_CHARS ? s.lastIndexOf(' ', MAX_CHARS) : MAX_CHARS);
      if (s.length < MIN_CHARS || s.split(/\s+/).length < 5) continue;
      out.push(s);
    }
  }
  return out;
}

/** Up to `max` items spread evenly over the list (first item always kept), in order. Deterministic. */
export function sampleEvenly<T>(list: readonly T[], max: number): T[] {
  if (list.length <= max) return [...list];
  const out: T[] = [];
  for (let i = 0; i < max; i++) out.push(list[Math.floor((i * list.length) / max)] as T);
  return out;
}
