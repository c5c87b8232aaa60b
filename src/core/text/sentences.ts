import type { Lang } from '../types.ts';
import { ALWAYS_MERGE, BEFORE_NUMBER, DE_MONTHS, MERGE_UNLESS_OPENER, TIME_ZONES } from './abbreviations.ts';
import { stopWords } from './stop-words.ts';

/** A sentence with its place in the input text. */
export interface SentenceSpan {
  /** The sentence, trimmed; always equal to `input.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  /** Index of the paragraph (blocks separated by a blank line). */
  paragraph: number;
}

interface Piece {
  text: string;
  start: number;
}

/** Abbreviations understood in every language (articles quote foreign names and companies). */
const SHARED_ALWAYS = ['Dr', 'Prof', 'St'];
/** Never merge more than this many segments because of an unclosed quote (a stray « must not eat a paragraph). */
const MAX_QUOTE_MERGES = 3;
const MAX_QUOTE_SENTENCE = 600;

const segmenters = new Map<Lang, Intl.Segmenter>();
function segmenter(lang: Lang): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, s);
  }
  return s;
}

const alwaysSets = new Map<Lang, ReadonlySet<string>>();
const unlessSets = new Map<Lang, ReadonlySet<string>>();
function alwaysMerge(lang: Lang): ReadonlySet<string> {
  let s = alwaysSets.get(lang);
  if (!s) alwaysSets.set(lang, (s = new Set([...ALWAYS_MERGE[lang], ...SHARED_ALWAYS])));
  return s;
}
function mergeUnlessOpener(lang: Lang): ReadonlySet<string> {
  let s = unlessSets.get(lang);
  if (!s) unlessSets.set(lang, (s = new Set(MERGE_UNLESS_OPENER[lang])));
  return s;
}
const timeZones = new Set(TIME_ZONES);
const beforeNumber = new Set(BEFORE_NUMBER);
const deMonths = new Set(DE_MONTHS);

/** The token right before a final period: "M" in "déclaré M.", "U.S" in "the U.S.", "3" in "am 3.". */
const TOKEN_BEFORE_PERIOD = /(?:^|[\s(«“„"'[])([\p{L}\p{N}][\p{L}\p{N}.'’-]*)\.$/u;
const WIRE_TAG = /^\s*\((?:AP|Reuters|AFP|dpa|EFE|ANSA|Bloomberg)\)/u;
const FIRST_WORD = /^[\s«“„"'([]*([\p{L}\p{N}]+)/u;

/** True when `word` typically opens a sentence (a function word or pronoun), in the language or in English. */
function isOpener(word: string, lang: Lang): boolean {
  const w = word.toLowerCase();
  return stopWords(lang).has(w) || stopWords('en').has(w);
}

/** Should the segment `cur` (ending with a period) be glued to `next` because the period is an abbreviation? */
function abbreviationContinues(cur: string, next: string, lang: Lang): boolean {
  // "l’On." → "On": an elided article is not part of the abbreviation.
  const token = TOKEN_BEFORE_PERIOD.exec(cur.trimEnd())?.[1]?.split(/['’]/).pop();
  const nextWord = FIRST_WORD.exec(next)?.[1];
  if (!token || !nextWord) return false;
  if (beforeNumber.has(token) && /^\d/.test(nextWord)) return true;
  if (alwaysMerge(lang).has(token)) return true;
  // A dateline: "LA CROSSE, Wis. (AP) — After a summer…".
  if (WIRE_TAG.test(next)) return true;
  // A single initial: "J. K. Rowling", "M. Huang", "z. B.".
  if (/^\p{Lu}$/u.test(token)) return true;
  // Dotted initialisms: "U.S. Treasury", "J.-P. Morgan" — unless a new sentence obviously starts.
  if (/^(?:\p{Lu}\.-?)+\p{Lu}$/u.test(token)) return !isOpener(nextWord, lang);
  // "9 a.m. Eastern": only with a time zone, "at 9 a.m. Officials said" is two sentences.
  if (/^[ap]\.m$/i.test(token)) return timeZones.has(nextWord);
  if (mergeUnlessOpener(lang).has(token)) return !isOpener(nextWord, lang);
  // German ordinals: "am 3. Oktober", "im 20. Jahrhundert".
  if (lang === 'de' && /^\d{1,3}$/.test(token)) {
    return deMonths.has(nextWord) || (/^\p{Lu}/u.test(nextWord) && !isOpener(nextWord, lang));
  }
  return false;
}

/**
 * How many quotations are still open at the end of `s`. « » and „ “ / “ ” are directional (German closes
 * with “ and may use »…« the other way round); a straight " opens after a space or bracket and closes
 * otherwise, so mixed styles ("cuts”) still balance.
 */
function openQuotes(s: string, lang: Lang): number {
  let depth = 0;
  // German »…« style: decided by whichever guillemet comes first.
  const reversed = lang === 'de' && s.indexOf('»') >= 0 && (s.indexOf('«') < 0 || s.indexOf('»') < s.indexOf('«'));
  const chars = [...s];
  chars.forEach((ch, i) => {
    let open: boolean | null = null;
    if (ch === '«') open = !reversed;
    else if (ch === '»') open = reversed;
    else if (ch === '„') open = true;
    else if (ch === '”') open = false;
    else if (ch === '“') open = !(lang === 'de' && depth > 0);
    else if (ch === '"') open = (i === 0 || /[\s([{]/u.test(chars[i - 1]!)) && i + 1 < chars.length && !/\s/u.test(chars[i + 1]!);
    if (open === true) depth++;
    else if (open === false) depth = Math.max(0, depth - 1);
  });
  return depth;
}

/**
 * How many of the following segments to glue to `text` so its open quotation closes; 0 when it does not
 * close within MAX_QUOTE_MERGES segments or MAX_QUOTE_SENTENCE characters (a quote that runs on to the next
 * paragraph, or a stray mark, must not swallow several sentences).
 */
function segmentsUntilQuoteCloses(text: string, raw: readonly Piece[], from: number, lang: Lang): number {
  let joined = text;
  for (let k = 0; k < MAX_QUOTE_MERGES && from + k < raw.length; k++) {
    joined += raw[from + k]!.text;
    if (joined.length > MAX_QUOTE_SENTENCE) return 0;
    if (openQuotes(joined, lang) === 0) return k + 1;
  }
  return 0;
}

/** A closing quote that Intl put at the start of the next segment: "« Nous sommes prêts. » Puis…". */
const LEADING_CLOSE = /^[»”](?:\s+|$)/u;
const LEADING_CLOSE_DE = /^[»”“](?:\s+|$)/u;

function segmentParagraph(para: string, offset: number, lang: Lang): Piece[] {
  const raw: Piece[] = [];
  const leadingClose = lang === 'de' ? LEADING_CLOSE_DE : LEADING_CLOSE;
  for (const seg of segmenter(lang).segment(para)) {
    const piece = { text: seg.segment, start: offset + seg.index };
    const prev = raw[raw.length - 1];
    const close = prev ? leadingClose.exec(piece.text) : null;
    if (prev && close) {
      prev.text += close[0];
      piece.text = piece.text.slice(close[0].length);
      piece.start += close[0].length;
      if (!piece.text.trim()) continue;
    }
    raw.push(piece);
  }
  const out: Piece[] = [];
  // Segments still to be glued because a quotation opened in `cur` closes a few segments later.
  let quoteTail = 0;
  raw.forEach((piece, i) => {
    const cur = out[out.length - 1];
    if (cur && quoteTail === 0 && openQuotes(cur.text, lang) > 0) quoteTail = segmentsUntilQuoteCloses(cur.text, raw, i, lang);
    if (cur && (quoteTail > 0 || abbreviationContinues(cur.text, piece.text, lang))) {
      if (quoteTail > 0) quoteTail--;
      cur.text += piece.text;
      return;
    }
    quoteTail = 0;
    out.push({ ...piece });
  });
  return out;
}

/**
 * Splits article text into sentences with their offsets. Intl.Segmenter per paragraph (blank-line separated;
 * sentences never cross paragraphs, and per-paragraph segmentation keeps V8's cost linear), then a merge
 * pass for abbreviations ("M.", "Dr.", "z. B.", "3 Mrd."), initials, German ordinals and open quotations.
 * @returns one span per sentence, in text order
 */
export function segmentSentences(text: string, lang: Lang): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const paraBreak = /\n[ \t\r]*\n\s*/g;
  let paragraph = 0;
  let from = 0;
  const flush = (end: number): void => {
    const para = text.slice(from, end);
    if (!para.trim()) return;
    for (const piece of segmentParagraph(para, from, lang)) {
      const lead = piece.text.length - piece.text.trimStart().length;
      const sentence = piece.text.trim();
      if (!sentence) continue;
      const start = piece.start + lead;
      spans.push({ text: sentence, start, end: start + sentence.length, paragraph });
    }
    paragraph++;
  };
  for (const m of text.matchAll(paraBreak)) {
    flush(m.index);
    from = m.index + m[0].length;
  }
  flush(text.length);
  return spans;
}

/**
 * Splits article text into sentences (see `segmentSentences`).
 * @param text article text, paragraphs separated by "\n\n"
 * @returns trimmed sentences, each a verbatim substring of `text`
 */
export function splitSentences(text: string, lang: Lang): string[] {
  return segmentSentences(text, lang).map((s) => s.text);
}
