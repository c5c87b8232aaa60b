import { uiLanguage } from '../platform/i18n.ts';

// Intl constructors are slow (a search re-render formats 100 dates): one formatter per locale.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const languageNames = new Map<string, Intl.DisplayNames>();

/** A date for display in the UI language; the raw text when it does not parse. */
export function formatDate(iso: string | undefined, locale = uiLanguage()): string {
  if (!iso) return '';
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  try {
    let f = dateFormats.get(locale);
    if (!f) dateFormats.set(locale, (f = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' })));
    return f.format(ms);
  } catch {
    return new Date(ms).toISOString().slice(0, 10);
  }
}

/** A language code as its name in the UI language ("fr" → "French"). */
export function languageName(code: string, locale = uiLanguage()): string {
  try {
    let n = languageNames.get(locale);
    if (!n) languageNames.set(locale, (n = new Intl.DisplayNames([locale], { type: 'language' })));
    return n.of(code) ?? code;
  } catch {
    return code;
  }
}
