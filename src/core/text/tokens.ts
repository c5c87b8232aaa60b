import type { Lang } from '../types.ts';
import { stopWords } from './stop-words.ts';

/** A word starts with a letter and may contain letters, digits, apostrophes and hyphens ("d'Intel", "Wi-Fi"). */
const WORD = /\p{L}[\p{L}\p{N}'’-]*/gu;

/**
 * French and Italian elided articles and pronouns glued to the next word: "l'investissement", "d'Intel",
 * "jusqu'à", "dell'azienda". Split so the content word is indexed on its own.
 */
const ELISION = /^(l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu|quelqu|un|dell|dall|nell|sull|all|coll|quell|nessun|bell|sant)'(?=\p{L})/u;

const ELIDING_LANGS: ReadonlySet<Lang> = new Set(['fr', 'it']);

/**
 * Splits text into lowercase word tokens. Numbers are not words here (the summarizer and the fact
 * extractors read them separately). French/Italian elisions become two tokens ("d'", "intel"); English
 * possessives lose their "'s"; typographic apostrophes are normalised to "'".
 * @param max stop after this many tokens (the first `max` tokens, as `tokenize(text, lang).slice(0, max)`): callers
 *   that only count or sample words need not read a long text to its end
 * @returns tokens in text order
 */
export function tokenize(text: string, lang: Lang, max = Infinity): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(WORD)) {
    if (out.length >= max) break;
    let word = match[0].toLowerCase().replace(/’/g, "'").replace(/['-]+$/, '');
    if (ELIDING_LANGS.has(lang)) {
      const elided = ELISION.exec(word);
      if (elided) {
        out.push(`${elided[1]}'`);
        word = word.slice(elided[0].length);
      }
    } else if (lang === 'en' && word.endsWith("'s")) {
      word = word.slice(0, -2);
    }
    if (word) out.push(word);
  }
  return out.length > max ? out.slice(0, max) : out;
}

/**
 * Tokens that carry meaning: `tokenize` minus stop words and one-letter tokens.
 * @returns lowercase content words in text order
 */
export function contentWords(text: string, lang: Lang): string[] {
  const stop = stopWords(lang);
  return tokenize(text, lang).filter((w) => w.length > 1 && !stop.has(w));
}
