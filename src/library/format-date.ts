import { uiLanguage } from '../platform/i18n.ts';

// Intl constructors are slow (a search re-render formats 100 dates): one formatter per locale.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const languageNames = new Map<string, Intl.DisplayNames>();

const formatted = new Map<string, string>();

/** A date for display in the UI language; the raw text when it does not parse. */
export function formatDate(iso: string | undefined, locale = uiLanguage()): string {
  if (!iso) return '';
  // A search re-render formats two dates per row; the same rows come back as the query changes.
  const cacheKey = `${locale} ${iso}`;
  const hit = formatted.get(cacheKey);
  if (hit !== undefined) return hit;
  if (formatted.size > 20_000) formatted.clear();
  const text = formatUncached(iso, locale);
  formatted.set(cacheKey, text);
  return text;
}

function formatUncached(iso: string, locale: string): string {
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

const named = new Map<string, string>();

/** A language code as its name in the UI language ("fr" → "French"). */
export function languageName(code: string, locale = uiLanguage()): string {
  // `Intl.DisplayNames.of` is slow (it was the largest script item of a search's re-render): once per code.
  const cacheKey = `${locale} ${code}`;
  let name = named.get(cacheKey);
  if (name === undefined) named.set(cacheKey, (name = languageNameUncached(code, locale)));
  return name;
}

function languageNameUncached(code: string, locale: string): string {
  try {
    let n = languageNames.get(locale);
    if (!n) languageNames.set(locale, (n = new Intl.DisplayNames([locale], { type: 'language' })));
    return n.of(code) ?? code;
  } catch {
    return code;
  }
}
