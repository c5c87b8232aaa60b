import { uiLanguage } from '../platform/i18n.ts';

/** A date for display in the UI language; the raw text when it does not parse. */
export function formatDate(iso: string | undefined, locale = uiLanguage()): string {
  if (!iso) return '';
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(ms);
  } catch {
    return new Date(ms).toISOString().slice(0, 10);
  }
}

/** A language code as its name in the UI language ("fr" → "French"). */
export function languageName(code: string, locale = uiLanguage()): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
