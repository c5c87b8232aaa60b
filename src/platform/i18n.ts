/**
 * UI strings through the browser's own i18n (`_locales/<lang>/messages.json`). Works in content scripts and
 * extension pages alike. A missing key, or a context where `browser.i18n` is unavailable (unit tests,
 * an invalidated content script after an update), falls back to the key itself so the UI never goes blank.
 */
import browser from './browser.ts';

export type Substitutions = string | number | Array<string | number>;

/** Looks up `key` in the current UI language, with `$1…$9` substitutions; returns the key when unknown. */
export function t(key: string, substitutions?: Substitutions): string {
  const subs = substitutions === undefined ? undefined
    : Array.isArray(substitutions) ? substitutions.map(String) : String(substitutions);
  try {
    const message = browser.i18n.getMessage(key, subs);
    if (message) return message;
  } catch {
    // No i18n here (tests, dead extension context): fall through to the key.
  }
  return key;
}

/** The browser's UI language (BCP 47), used to format numbers and dates for the reader. */
export function uiLanguage(): string {
  try {
    const lang = browser.i18n.getUILanguage();
    if (lang) return lang;
  } catch {
    // Same fallback as t().
  }
  return typeof navigator === 'undefined' ? 'en' : navigator.language || 'en';
}
