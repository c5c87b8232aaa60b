/**
 * Small text helpers shared by the fact parsers.
 */

/** No-break, narrow no-break and thin spaces (French typography) become plain spaces; same length, so offsets survive. */
export function normalizeSpaces(s: string): string {
  return s.replace(/[\u00a0\u202f\u2009\u2007\u200a]/g, ' ');
}

const foldMemo = new Map<string, string>();
const FOLD_MEMO_MAX = 20_000;

/** Lowercase without diacritics: for matching names and lexicon words. Short strings are memoised (called per token). */
export function fold(s: string): string {
  if (s.length > 32) return s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
  let f = foldMemo.get(s);
  if (f === undefined) {
    f = /^[\x00-\x7f]*$/.test(s) ? s.toLowerCase() : s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
    if (foldMemo.size >= FOLD_MEMO_MAX) foldMemo.clear();
    foldMemo.set(s, f);
  }
  return f;
}

/** Escapes a literal for use inside a RegExp. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
