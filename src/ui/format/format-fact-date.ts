import type { DateFact } from '../../core/types.ts';
import { t } from '../../platform/i18n.ts';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const HALF = /^(\d{4})-H([12])$/;
const YEAR = /^(\d{4})$/;

/**
 * A normalised date (`YYYY-MM-DD | YYYY-MM | YYYY-Qn | YYYY-H1|H2 | YYYY`) in the reader's locale at its own
 * precision: "22 Sept 2025", "September 2026", "H2 2026". Unknown shapes fall back to the verbatim text.
 */
export function formatFactDate(date: Pick<DateFact, 'norm' | 'text'>, locale: string): string {
  const { norm } = date;
  let m = DAY.exec(norm);
  if (m) {
    const time = calendarTime(+m[1]!, +m[2]!, +m[3]!);
    return time === null ? date.text : formatUtc(time, locale, { day: 'numeric', month: 'short', year: 'numeric' }) ?? date.text;
  }
  m = MONTH.exec(norm);
  if (m) {
    const time = calendarTime(+m[1]!, +m[2]!, 1);
    return time === null ? date.text : formatUtc(time, locale, { month: 'long', year: 'numeric' }) ?? date.text;
  }
  m = QUARTER.exec(norm);
  if (m) return t('card_dateQuarter', [m[2]!, m[1]!]);
  m = HALF.exec(norm);
  if (m) return t('card_dateHalf', [m[2]!, m[1]!]);
  if (YEAR.test(norm)) return norm;
  return date.text;
}

/**
 * The published date of the page (ISO 8601 as the page gave it) as a day in the reader's locale: the calendar
 * day the page wrote, as `data-date` says, not the day the instant falls on in the reader's time zone.
 */
export function formatPublished(iso: string, locale: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  const time = m ? calendarTime(+m[1]!, +m[2]!, +m[3]!) : Date.parse(iso);
  if (time === null || Number.isNaN(time)) return null;
  return formatUtc(time, locale, { day: 'numeric', month: 'short', year: 'numeric' }, !m);
}

/** UTC time of a calendar day, or null for impossible days (2026-13, 2026-02-30) that Date.UTC would roll over. */
function calendarTime(year: number, month: number, day: number): number | null {
  const time = Date.UTC(year, month - 1, day);
  const d = new Date(time);
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? time : null;
}

/**
 * One formatter per locale and shape, kept: building an Intl.DateTimeFormat loads locale data each time (about
 * 13 ms per news page in a fresh renderer when every date of the card built its own), formatting with it is cheap.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatUtc(time: number, locale: string, options: Intl.DateTimeFormatOptions, localTime = false): string | null {
  const key = `${locale}|${localTime}|${options.day ?? ''}|${options.month ?? ''}|${options.year ?? ''}`;
  try {
    let format = formatters.get(key);
    if (!format) {
      // Calendar dates are days, not instants: format them in UTC so no time zone shifts them by one.
      format = new Intl.DateTimeFormat(locale, localTime ? options : { ...options, timeZone: 'UTC' });
      formatters.set(key, format);
    }
    return format.format(time);
  } catch {
    return null;
  }
}
