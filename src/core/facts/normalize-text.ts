/**
 * Small text helpers shared by the fact parsers.
 */

/** No-break, narrow no-break and thin spaces (French typography) become plain spaces; same length, so offsets survive. */
export function normalizeSpaces(s: string): string {
  return s.replace(/[\u00a0\u202f\u2009\u2007\u200a]/g, ' ');
}

/** Lowercase without diacritics: for matching names and lexicon words. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** Escapes a literal for use inside a RegExp. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
