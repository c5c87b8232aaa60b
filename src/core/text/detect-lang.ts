import type { Lang } from '../types.ts';
import { stopWords } from './stop-words.ts';
import { tokenize } from './tokens.ts';

const LANGS: readonly Lang[] = ['en', 'fr', 'de', 'es', 'it'];
/** Enough words for a stable profile; reading further only costs time. */
const MAX_TOKENS = 1500;

/** "fr-FR", "fr_CA", "FR" → "fr" when it is one of ours. */
function fromHint(hint: string | undefined): Lang | null {
  const code = hint?.trim().toLowerCase().split(/[-_]/)[0];
  return code && (LANGS as readonly string[]).includes(code) ? (code as Lang) : null;
}

/** Words shared by several lists ("la", "en", "il") weigh less than words only one language uses. */
function weight(token: string): number {
  let n = 0;
  for (const lang of LANGS) if (stopWords(lang).has(token)) n++;
  return 1 / n;
}

/**
 * The language of an article. A metadata hint (`<html lang>`, og:locale, JSON-LD inLanguage) wins when it
 * names one of en/fr/de/es/it; otherwise the language whose stop words cover most of the text's words.
 * Tokenised with the French rules so elided "l'"/"d'" count for French and Italian.
 * @param hint language tag from the page's metadata, if any
 * @returns the detected language; 'en' when nothing matches (the English rules are the default)
 */
export function detectLang(text: string, hint?: string): Lang {
  const hinted = fromHint(hint);
  if (hinted) return hinted;
  const tokens = tokenize(text.slice(0, 20_000), 'fr', MAX_TOKENS);
  // One pass over the tokens: each stop word's weight is computed once, then added to every language listing it
  // (in token order per language, so the sums are the same as one pass per language).
  const stops = LANGS.map((lang) => stopWords(lang));
  const scores = LANGS.map(() => 0);
  for (const t of tokens) {
    let w: number | undefined;
    stops.forEach((stop, k) => {
      if (!stop.has(t)) return;
      w ??= weight(t);
      scores[k]! += w;
    });
  }
  let best: Lang = 'en';
  let bestScore = 0;
  LANGS.forEach((lang, k) => {
    if (scores[k]! > bestScore) {
      best = lang;
      bestScore = scores[k]!;
    }
  });
  return best;
}
